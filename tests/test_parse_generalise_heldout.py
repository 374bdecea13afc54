"""A second batch of our own labelled strings, written after the parser fixes that the first
batch (``test_parse_generalise_en``/``_ko``) prompted and kept out of that tuning: a check
that those fixes generalise. Same conventions as the other two files.
"""

from __future__ import annotations

import pytest
from parse_generalise_support import labelled_params, wrong_fields

J, C, B, CH = "article-journal", "paper-conference", "book", "chapter"
NEWS, WEB, T, R = "article-newspaper", "webpage", "thesis", "report"
CASES: list[tuple[str, dict]] = [
    ("Oduya, P. K., Marsh, E., & Tran, V. (2020). Mobile money and savings behaviour in Kenya. "
     "World Development, 128, Article 104862.",
     {"author": "Oduya|P; Marsh|E; Tran|V", "title": "Mobile money and savings behaviour in Kenya",
      "container-title": "World Development", "issued": 2020, "volume": "128", "page": "104862",
      "type": J}),
    ("Halvorsen, Ingrid. Nordic Welfare and the Politics of Care. Oslo: Universitetsforlaget, "
     "2016.",
     {"author": "Halvorsen|I", "title": "Nordic Welfare and the Politics of Care",
      "publisher": "Universitetsforlaget", "issued": 2016, "type": B}),
    ("Costa, R. (2017). Fado and nostalgia in Lisbon. In M. Lopes (Ed.), Music and the city "
     "(pp. 99–121). Routledge.",
     {"author": "Costa|R", "title": "Fado and nostalgia in Lisbon",
      "container-title": "Music and the city", "page": "99-121", "publisher": "Routledge",
      "issued": 2017, "type": CH}),
    ("Byrne, Declan. \"The Ledger and the Lough: Accounting in Plantation Ulster.\" Irish "
     "Historical Studies 44, no. 165 (2020): 1–24. https://doi.org/10.1017/ihs.2020.3.",
     {"author": "Byrne|D", "title": "The Ledger and the Lough: Accounting in Plantation Ulster",
      "container-title": "Irish Historical Studies", "volume": "44", "issue": "165",
      "issued": 2020, "page": "1-24", "DOI": "10.1017/ihs.2020.3",
      "URL": "https://doi.org/10.1017/ihs.2020.3", "type": J}),
    ("Svensson, A. and Holm, B. (2009) 'Coastal erosion in Skåne', Geografiska Annaler, 91(4), "
     "pp. 251-266.",
     {"author": "Svensson|A; Holm|B", "title": "Coastal erosion in Skåne",
      "container-title": "Geografiska Annaler", "issued": 2009, "volume": "91", "issue": "4",
      "page": "251-266", "type": J}),
    ("Tiwari S, Kaur R, Menon V. Hand hygiene compliance in neonatal units: a cross-sectional "
     "study. Indian J Pediatr. 2019;86(8):712-8.",
     {"author": "Tiwari|S; Kaur|R; Menon|V",
      "title": "Hand hygiene compliance in neonatal units: a cross-sectional study",
      "container-title": "Indian J Pediatr", "issued": 2019, "volume": "86", "issue": "8",
      "page": "712-8", "type": J}),
    ("[7] L. Zhou, Y. Ma, and D. Fong, \"Sparse attention for long documents,\" in Proc. 60th "
     "Annu. Meeting Assoc. Comput. Linguistics, Dublin, Ireland, May 2022, pp. 881–893.",
     {"author": "Zhou|L; Ma|Y; Fong|D", "title": "Sparse attention for long documents",
      "container-title": "Proc. 60th Annu. Meeting Assoc. Comput. Linguistics",
      "issued": [2022, 5], "page": "881-893", "type": C}),
    ("[8] T. Becker, \"Thermal limits of GaN power amplifiers,\" IEEE Trans. Microw. Theory "
     "Techn., vol. 69, no. 2, pp. 1101–1110, Feb. 2021, doi: 10.1109/TMTT.2020.3041218.",
     {"author": "Becker|T", "title": "Thermal limits of GaN power amplifiers",
      "container-title": "IEEE Trans. Microw. Theory Techn.", "volume": "69", "issue": "2",
      "page": "1101-1110", "issued": [2021, 2], "DOI": "10.1109/TMTT.2020.3041218", "type": J}),
    ("Greta Lindholm. 2021. Auditing fairness in hiring algorithms. In Proceedings of the 2021 "
     "AAAI/ACM Conference on AI, Ethics, and Society (AIES '21), 402–411.",
     {"author": "Lindholm|G", "title": "Auditing fairness in hiring algorithms",
      "container-title": "Proceedings of the 2021 AAAI/ACM Conference on AI, Ethics, and "
                         "Society (AIES '21)",
      "issued": 2021, "page": "402-411", "type": C}),
    ("J. Ortiz and P. Hale. Lock-free queues revisited. In PODC, pages 77-86, 2014.",
     {"author": "Ortiz|J; Hale|P", "title": "Lock-free queues revisited", "container-title": "PODC",
      "page": "77-86", "issued": 2014, "type": C}),
    ("Vogel, Martina: Die Hanse und der Ostseehandel. 2. Aufl. München: C. H. Beck 2012.",
     {"author": "Vogel|M", "title": "Die Hanse und der Ostseehandel", "publisher": "C. H. Beck",
      "issued": 2012, "type": B}),
    ("Roux, Anne, « Les greniers à sel sous l'Ancien Régime », Annales du Midi, vol. 120, "
     "n° 263, 2008, p. 355-378.",
     {"author": "Roux|A", "title": "Les greniers à sel sous l'Ancien Régime",
      "container-title": "Annales du Midi", "volume": "120", "issue": "263", "issued": 2008,
      "page": "355-378", "type": J}),
    ("Ferri, Luca, Il lavoro delle donne nelle filande, in «Quaderni storici», 45 (2010), "
     "n. 2, pp. 301-330.",
     {"author": "Ferri|L", "title": "Il lavoro delle donne nelle filande",
      "container-title": "Quaderni storici", "volume": "45", "issue": "2", "issued": 2010,
      "page": "301-330", "type": J}),
    ("Wagner, Lukas (2018): Digitale Edition und Textkritik. Dissertation, Universität Trier.",
     {"author": "Wagner|L", "title": "Digitale Edition und Textkritik",
      "publisher": "Universität Trier", "issued": 2018, "type": T}),
    ("Donoghue v Stevenson [1932] UKHL 100",
     {"title": "Donoghue v Stevenson", "authority": "UKHL", "number": "100", "issued": 1932,
      "type": "legal_case"}),
    ("Children Act 1989, s 1(3)",
     {"title": "Children Act", "issued": 1989, "type": "legislation"}),
    ("Hazel Carty, 'The Economic Torts and English Law' (2008) 124 LQR 641",
     {"author": "Carty|H", "title": "The Economic Torts and English Law", "container-title": "LQR",
      "volume": "124", "page": "641", "issued": 2008, "type": J}),
    ("Ewan McKendrick, Contract Law: Text, Cases, and Materials (9th edn, OUP 2020)",
     {"author": "McKendrick|E", "title": "Contract Law: Text, Cases, and Materials",
      "publisher": "OUP", "issued": 2020, "type": B}),
    ("Institute for Fiscal Studies (2021) Living standards, poverty and inequality in the UK: "
     "2021. London: IFS.",
     {"author": "=Institute for Fiscal Studies",
      "title": "Living standards, poverty and inequality in the UK: 2021", "publisher": "IFS",
      "issued": 2021, "type": B}),
    ("Marsh, K. \"Tidal Power Stalls Again.\" The Times, 3 March 2019, p. 12.",
     {"author": "Marsh|K", "title": "Tidal Power Stalls Again", "container-title": "The Times",
      "issued": [2019, 3, 3], "page": "12", "type": NEWS}),
    ("UNESCO. (2022). Reimagining our futures together: A new social contract for education. "
     "UNESCO Publishing. Retrieved from https://unesdoc.unesco.org/ark:/48223/pf0000379707",
     {"author": "=UNESCO", "title": "Reimagining our futures together: A new social contract for "
                                   "education",
      "publisher": "UNESCO Publishing", "issued": 2022,
      "URL": "https://unesdoc.unesco.org/ark:/48223/pf0000379707", "type": B}),
    ("Mozilla Developer Network. \"Using the Fetch API.\" Last modified June 2, 2023. "
     "https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch. Accessed "
     "August 1, 2023.",
     {"author": "=Mozilla Developer Network", "title": "Using the Fetch API",
      "issued": [2023, 6, 2], "accessed": [2023, 8, 1],
      "URL": "https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch",
      "type": WEB}),
    # Korean / mixed
    ("양지수, 구본혁, 우민지 (2023). 법률 문서 요약을 위한 한국어 사전학습 모델 비교. 한국정보과학회"
     " 학술발표논문집, 1120-1122.",
     {"author": "양|지수; 구|본혁; 우|민지", "title": "법률 문서 요약을 위한 한국어 사전학습 모델 비교",
      "container-title": "한국정보과학회 학술발표논문집", "issued": 2023, "page": "1120-1122",
      "type": C}),
    ("선우진, 「한말 의병 운동의 지역적 양상」, 『한국근현대사연구』 제92집, 2020, 7-39쪽.",
     {"author": "선우|진", "title": "한말 의병 운동의 지역적 양상",
      "container-title": "한국근현대사연구", "volume": "92", "issued": 2020, "page": "7-39",
      "type": J}),
    ("Cho, Y. (2018). 조선시대 과거 합격자의 지역 분포 [The regional distribution of civil "
     "examination graduates in Joseon]. 역사학보, 240, 115-150.",
     {"author": "Cho|Y", "title": "조선시대 과거 합격자의 지역 분포", "container-title": "역사학보",
      "issued": 2018, "volume": "240", "page": "115-150", "type": J}),
    ("하은서 외 2인, \"공공 와이파이 보안 취약점 분석\", 정보보호학회논문지, 제31권 제3호, "
     "pp. 455-466, 2021.",
     {"author": "하|은서", "title": "공공 와이파이 보안 취약점 분석",
      "container-title": "정보보호학회논문지", "volume": "31", "issue": "3", "page": "455-466",
      "issued": 2021, "type": J}),
    ("김소윤 (2022). 청소년의 숏폼 영상 이용과 자기 조절. 석사학위논문, 이화여자대학교 대학원.",
     {"author": "김|소윤", "title": "청소년의 숏폼 영상 이용과 자기 조절",
      "publisher": "이화여자대학교 대학원", "issued": 2022, "type": T}),
    ("전상욱, 『한국 근대 금융사』, 서울: 역사비평사, 2017.",
     {"author": "전|상욱", "title": "한국 근대 금융사", "publisher": "역사비평사", "issued": 2017,
      "type": B}),
    ("한국개발연구원 (2021). 『인구구조 변화와 노동시장 전망』. 한국개발연구원.",
     {"author": "=한국개발연구원", "title": "인구구조 변화와 노동시장 전망",
      "publisher": "한국개발연구원", "issued": 2021, "type": R}),
    ("이하늘, 「폭염 속 전력 수요 사상 최대」, 『동아일보』, 2024년 8월 20일.",
     {"author": "이|하늘", "title": "폭염 속 전력 수요 사상 최대", "container-title": "동아일보",
      "issued": [2024, 8, 20], "type": NEWS}),
    ("연합뉴스, \"정부, 소상공인 대출 만기 연장\", 2022.09.27., https://www.yna.co.kr/view/"
     "AKR20220927000000002",
     {"author": "=연합뉴스", "title": "정부, 소상공인 대출 만기 연장", "issued": [2022, 9, 27],
      "URL": "https://www.yna.co.kr/view/AKR20220927000000002", "type": NEWS}),
    ("서울특별시, “2030 서울도시기본계획”, https://urban.seoul.go.kr/view/html/"
     "PMNU2000000000, 접속일: 2023.11.2.",
     {"author": "=서울특별시", "title": "2030 서울도시기본계획",
      "URL": "https://urban.seoul.go.kr/view/html/PMNU2000000000", "accessed": [2023, 11, 2],
      "type": WEB}),
    ("황보윤, 「高麗史 地理志의 編纂 過程」, 『震檀學報』 第135號, 2020, 1-28面.",
     {"author": "황보|윤", "title": "高麗史 地理志의 編纂 過程", "container-title": "震檀學報",
      "issue": "135", "issued": 2020, "page": "1-28", "type": J}),
    ("Lee, Namhee. The Making of Minjung: Democracy and the Politics of Representation in South "
     "Korea. Ithaca: Cornell University Press, 2007.",
     {"author": "Lee|N", "title": "The Making of Minjung: Democracy and the Politics of "
                                  "Representation in South Korea",
      "publisher": "Cornell University Press", "issued": 2007, "type": B}),
    ("임재현·송가은, 「AI 기본법 제정의 쟁점」, 『법학논총』 제40권 제2호, 2023, 233-260면.",
     {"author": "임|재현; 송|가은", "title": "AI 기본법 제정의 쟁점", "container-title": "법학논총",
      "volume": "40", "issue": "2", "issued": 2023, "page": "233-260", "type": J}),
    ("국회입법조사처 (2022). 디지털 플랫폼 노동자 보호 입법 과제 (NARS 현안분석 제250호). "
     "국회입법조사처.",
     {"author": "=국회입법조사처", "title": "디지털 플랫폼 노동자 보호 입법 과제",
      "publisher": "국회입법조사처", "issued": 2022, "type": R}),
    ("박민, 최윤, \"KoNLI: 한국어 자연어 추론 데이터셋,\" 제33회 한글 및 한국어 정보처리 "
     "학술대회 논문집, pp. 210-215, 2021.",
     {"author": "박|민; 최|윤", "title": "KoNLI: 한국어 자연어 추론 데이터셋",
      "container-title": "제33회 한글 및 한국어 정보처리 학술대회 논문집", "page": "210-215",
      "issued": 2021, "type": C}),
    ("네이버 D2, \"대규모 검색 로그 처리 아키텍처\", 2021년 3월 4일, https://d2.naver.com/helloworld/"
     "1234567 (검색일: 2022년 1월 5일)",
     {"author": "=네이버 D2", "title": "대규모 검색 로그 처리 아키텍처", "issued": [2021, 3, 4],
      "URL": "https://d2.naver.com/helloworld/1234567", "accessed": [2022, 1, 5], "type": WEB}),
    ("최민정 (2019). 한국 사회의 세대 갈등. 서울: 나남.",
     {"author": "최|민정", "title": "한국 사회의 세대 갈등", "publisher": "나남", "issued": 2019,
      "type": B}),
    ("Yoon, Hyejin, and Dae-hoon Kang. \"Platform Labour in Seoul.\" Korean Journal of "
     "Sociology 55, no. 4 (2021): 1–33.",
     {"author": "Yoon|H; Kang|D", "title": "Platform Labour in Seoul",
      "container-title": "Korean Journal of Sociology", "volume": "55", "issue": "4",
      "issued": 2021, "page": "1-33", "type": J}),
]

KNOWN_WRONG: dict[int, str] = {  # case index: the fields still wrong
    19: "type",
}


@pytest.mark.parametrize(
    ("raw", "expected"),
    labelled_params(CASES, KNOWN_WRONG),
)
def test_reference_parses_to_the_labelled_fields(raw: str, expected: dict) -> None:
    assert wrong_fields(raw, expected) == {}


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 40
