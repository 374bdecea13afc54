"""Hand-written Korean and mixed-script reference strings with the item each should give.

Our own strings in the forms Korean reference lists use (KCI journals, KIISE/HCLT
proceedings, theses, books, reports, news, web pages with 검색일, Hanja titles), labelled by
the dev scorer's conventions: family name = first syllable (two for 남궁, 선우, 제갈, 황보…),
`외`/`등`/`et al.` are not names, romanised forms in parentheses are not extra authors,
titles lose their 「」『』 marks, and a translated title in [...] is not part of ``title``.
"""

from __future__ import annotations

import pytest
from parse_generalise_support import labelled_params, wrong_fields

J, C, B = "article-journal", "paper-conference", "book"
NEWS, WEB, T, R = "article-newspaper", "webpage", "thesis", "report"
CASES: list[tuple[str, dict]] = [
    # KCI journal articles, APA-like
    ("박지훈, 최수연, 정다은 (2022). 한국어 감성 분석을 위한 도메인 적응 기법 비교. 한국정보과학회 "
     "논문지, 49(3), 211-220.",
     {"author": "박|지훈; 최|수연; 정|다은", "title": "한국어 감성 분석을 위한 도메인 적응 기법 비교",
      "container-title": "한국정보과학회 논문지", "issued": 2022, "volume": "49", "issue": "3",
      "page": "211-220", "type": J}),
    ("남궁민수, 선우은정. (2019). 지역 방송의 재난 보도 관행 연구. 언론과학연구, 19(2), 5-38.",
     {"author": "남궁|민수; 선우|은정", "title": "지역 방송의 재난 보도 관행 연구",
      "container-title": "언론과학연구", "issued": 2019, "volume": "19", "issue": "2",
      "page": "5-38", "type": J}),
    ("황보현우·제갈민 (2020). 공공데이터 개방 정책의 성과 평가. 한국행정학보, 54(1), 77-104.",
     {"author": "황보|현우; 제갈|민", "title": "공공데이터 개방 정책의 성과 평가",
      "container-title": "한국행정학보", "issued": 2020, "volume": "54", "issue": "1",
      "page": "77-104", "type": J}),
    ("이서준 외 (2021). 초등학생의 디지털 리터러시 수준 분석. 교육공학연구, 37(4), 901-925.",
     {"author": "이|서준", "title": "초등학생의 디지털 리터러시 수준 분석",
      "container-title": "교육공학연구", "issued": 2021, "volume": "37", "issue": "4",
      "page": "901-925", "type": J}),
    ("김하늘 외 3인, 「기후위기와 농업 보험 제도」, 『농업경제연구』 제63권 제2호, 2022, 45-70쪽.",
     {"author": "김|하늘", "title": "기후위기와 농업 보험 제도", "container-title": "농업경제연구",
      "volume": "63", "issue": "2", "issued": 2022, "page": "45-70", "type": J}),
    ("정민호 등. 2018. 「조선 후기 향촌 사회의 재편」. 『역사와 현실』 108: 133-165.",
     {"author": "정|민호", "title": "조선 후기 향촌 사회의 재편", "container-title": "역사와 현실",
      "volume": "108", "issued": 2018, "page": "133-165", "type": J}),
    ("윤재석, 「秦漢代 戶籍制度 硏究」, 『東洋史學硏究』 第120輯, 2012, pp. 1-40.",
     {"author": "윤|재석", "title": "秦漢代 戶籍制度 硏究", "container-title": "東洋史學硏究",
      "volume": "120", "issued": 2012, "page": "1-40", "type": J}),
    ("송하영(Song, Ha-young). 「근대 잡지의 독자 투고란 연구」. 『한국현대문학연구』 55 (2018): "
     "201-236.",
     {"author": "송|하영", "title": "근대 잡지의 독자 투고란 연구",
      "container-title": "한국현대문학연구", "volume": "55", "issued": 2018, "page": "201-236",
      "type": J}),
    ("강태우, 「해방기 문단의 재편」 [The Reorganization of the Literary Field after "
     "Liberation], 『상허학보』 61, 2021, 11-48쪽.",
     {"author": "강|태우", "title": "해방기 문단의 재편", "container-title": "상허학보",
      "volume": "61", "issued": 2021, "page": "11-48", "type": J}),
    ("[1] 최영진, 한소희, 오정민, \"트랜스포머 기반 한국어 형태소 분석기,\" 정보과학회논문지, 제48권 "
     "제9호, pp. 1012-1020, 2021.",
     {"author": "최|영진; 한|소희; 오|정민", "title": "트랜스포머 기반 한국어 형태소 분석기",
      "container-title": "정보과학회논문지", "volume": "48", "issue": "9", "page": "1012-1020",
      "issued": 2021, "type": J}),
    ("[2] 유나래, 임도윤, “소셜 미디어 텍스트의 혐오 표현 탐지,” 한국콘텐츠학회논문지, Vol. 22, "
     "No. 7, pp. 88-97, 2022.",
     {"author": "유|나래; 임|도윤", "title": "소셜 미디어 텍스트의 혐오 표현 탐지",
      "container-title": "한국콘텐츠학회논문지", "volume": "22", "issue": "7", "page": "88-97",
      "issued": 2022, "type": J}),
    ("류성민, 곽예린, 한지호. 생성형 AI를 활용한 고등학교 작문 교육 사례. 국어교육학연구. "
     "2024;59(1):155-182.",
     {"author": "류|성민; 곽|예린; 한|지호", "title": "생성형 AI를 활용한 고등학교 작문 교육 사례",
      "container-title": "국어교육학연구", "issued": 2024, "volume": "59", "issue": "1",
      "page": "155-182", "type": J}),
    ("배수진, et al. \"딥러닝 기반 해양 쓰레기 탐지.\" 한국해양공학회지 35.4 (2021): 301-310.",
     {"author": "배|수진", "title": "딥러닝 기반 해양 쓰레기 탐지",
      "container-title": "한국해양공학회지", "volume": "35", "issue": "4", "issued": 2021,
      "page": "301-310", "type": J}),
    ("조은비·문태식, 「중세 국어 의문문의 변화」, 『國語學』 제85집, 2017, 3-31면.",
     {"author": "조|은비; 문|태식", "title": "중세 국어 의문문의 변화", "container-title": "國語學",
      "volume": "85", "issued": 2017, "page": "3-31", "type": J}),
    ("Kim, Minji, and Lee Sang-woo. \"Hallyu and Soft Power in Southeast Asia.\" Korea Journal "
     "61, no. 3 (2021): 45-72.",
     {"author": "Kim|M; Lee|S", "title": "Hallyu and Soft Power in Southeast Asia",
      "container-title": "Korea Journal", "volume": "61", "issue": "3", "issued": 2021,
      "page": "45-72", "type": J}),
    ("Park Hyun-jin (박현진), \"Colonial Census and the Making of Koreans,\" Journal of Korean "
     "Studies 24, no. 1 (2019): 119-148.",
     {"author": "Park|H", "title": "Colonial Census and the Making of Koreans",
      "container-title": "Journal of Korean Studies", "volume": "24", "issue": "1", "issued": 2019,
      "page": "119-148", "type": J}),
    ("신동혁 (2023). 메타버스 플랫폼의 청소년 이용 실태. 한국언론학보, 67(2), 40-75. "
     "https://doi.org/10.20879/kjjcs.2023.67.2.002",
     {"author": "신|동혁", "title": "메타버스 플랫폼의 청소년 이용 실태",
      "container-title": "한국언론학보", "issued": 2023, "volume": "67", "issue": "2",
      "page": "40-75", "DOI": "10.20879/kjjcs.2023.67.2.002",
      "URL": "https://doi.org/10.20879/kjjcs.2023.67.2.002", "type": J}),
    ("서문영, 독고준. (2016). 「고려 시대 불교 의례의 재구성」. 『불교학연구』, 48, 77-109.",
     {"author": "서문|영; 독고|준", "title": "고려 시대 불교 의례의 재구성",
      "container-title": "불교학연구", "issued": 2016, "volume": "48", "page": "77-109", "type": J}),
    # Conference papers
    ("김도현, 이수빈, 박재원. (2022). 대규모 언어모델을 이용한 한국어 문법 오류 교정. 제34회 한글 및 "
     "한국어 정보처리 학술대회 논문집, 301-306.",
     {"author": "김|도현; 이|수빈; 박|재원", "title": "대규모 언어모델을 이용한 한국어 문법 오류 교정",
      "container-title": "제34회 한글 및 한국어 정보처리 학술대회 논문집", "issued": 2022,
      "page": "301-306", "type": C}),
    ("오승현, 장민서, \"경량 객체 탐지 모델의 양자화 성능 비교,\" 한국정보과학회 학술발표논문집, "
     "pp. 1540-1542, 2023.",
     {"author": "오|승현; 장|민서", "title": "경량 객체 탐지 모델의 양자화 성능 비교",
      "container-title": "한국정보과학회 학술발표논문집", "page": "1540-1542", "issued": 2023,
      "type": C}),
    ("허준영, et al. \"블록체인 기반 전자투표 시스템 설계.\" 한국정보처리학회 학술대회논문집 29.1 "
     "(2022): 210-213.",
     {"author": "허|준영", "title": "블록체인 기반 전자투표 시스템 설계",
      "container-title": "한국정보처리학회 학술대회논문집", "volume": "29", "issue": "1",
      "issued": 2022, "page": "210-213", "type": C}),
    ("임채원, 노유진 (2021). 음성 인식 오류가 대화 시스템에 미치는 영향. 한국통신학회 동계종합학술"
     "발표회 논문집, 512-513.",
     {"author": "임|채원; 노|유진", "title": "음성 인식 오류가 대화 시스템에 미치는 영향",
      "container-title": "한국통신학회 동계종합학술발표회 논문집", "issued": 2021,
      "page": "512-513", "type": C}),
    ("Hyunwoo Kim, Jiyoung Park, and Sungmin Cho. 2023. KoBEST-2: A harder benchmark for "
     "Korean reasoning. In Proceedings of the 2023 Conference on Empirical Methods in Natural "
     "Language Processing, pages 1201–1215.",
     {"author": "Kim|H; Park|J; Cho|S", "title": "KoBEST-2: A harder benchmark for Korean reasoning",
      "container-title": "Proceedings of the 2023 Conference on Empirical Methods in Natural "
                         "Language Processing",
      "issued": 2023, "page": "1201-1215", "type": C}),
    # Theses
    ("한지민. (2019). 한국 근대 신문의 광고 문체 연구 [석사학위논문, 연세대학교 대학원].",
     {"author": "한|지민", "title": "한국 근대 신문의 광고 문체 연구",
      "publisher": "연세대학교 대학원", "issued": 2019, "type": T}),
    ("장서윤, 「조선 후기 여성 호주의 법적 지위」, 서울대학교 박사학위논문, 2020.",
     {"author": "장|서윤", "title": "조선 후기 여성 호주의 법적 지위", "publisher": "서울대학교",
      "issued": 2020, "type": T}),
    ("문현수 (2015). 도시재생 사업의 주민 참여 요인 분석. 박사학위논문, 한양대학교 대학원.",
     {"author": "문|현수", "title": "도시재생 사업의 주민 참여 요인 분석",
      "publisher": "한양대학교 대학원", "issued": 2015, "type": T}),
    ("권나연, \"딥러닝 기반 수어 인식 시스템,\" 석사학위논문, 부산대학교, 2021.",
     {"author": "권|나연", "title": "딥러닝 기반 수어 인식 시스템", "publisher": "부산대학교",
      "issued": 2021, "type": T}),
    ("오세훈. 『15세기 국어 관형절 연구』. 고려대학교 대학원 박사학위논문, 2011.",
     {"author": "오|세훈", "title": "15세기 국어 관형절 연구", "publisher": "고려대학교 대학원",
      "issued": 2011, "type": T}),
    # Books
    ("이정우 (2018). 『세계철학사 2: 아시아세계의 철학』. 도서출판 길.",
     {"author": "이|정우", "title": "세계철학사 2: 아시아세계의 철학", "publisher": "도서출판 길",
      "issued": 2018, "type": B}),
    ("박태균, 『한국전쟁: 끝나지 않은 전쟁, 끝나야 할 전쟁』, 책과함께, 2005.",
     {"author": "박|태균", "title": "한국전쟁: 끝나지 않은 전쟁, 끝나야 할 전쟁",
      "publisher": "책과함께", "issued": 2005, "type": B}),
    ("최은영 편, 『디지털 아카이브의 이론과 실제』, 서울: 한울아카데미, 2020.",
     {"title": "디지털 아카이브의 이론과 실제", "publisher": "한울아카데미", "issued": 2020,
      "type": B}),
    ("유발 하라리, 『사피엔스』, 조현욱 옮김, 김영사, 2015.",
     {"author": "유|발 하라리", "title": "사피엔스", "publisher": "김영사", "issued": 2015,
      "type": B}),
    ("김민정, 이현우 (2021). 데이터 과학을 위한 통계 (개정판). 한빛아카데미.",
     {"author": "김|민정; 이|현우", "title": "데이터 과학을 위한 통계", "publisher": "한빛아카데미",
      "issued": 2021, "type": B}),
    ("한국고전번역원 편. 2014. 《국역 승정원일기》. 서울: 한국고전번역원.",
     {"title": "국역 승정원일기", "publisher": "한국고전번역원", "issued": 2014, "type": B}),
    ("정약용, 『牧民心書』, 다산연구회 역주, 창비, 2018.",
     {"author": "정|약용", "title": "牧民心書", "publisher": "창비", "issued": 2018, "type": B}),
    ("안병직. 〈식민지 조선의 고용구조에 관한 연구〉. 《근대 조선의 경제구조》, 비봉출판사, 1989, "
     "pp. 387-420.",
     {"author": "안|병직", "title": "식민지 조선의 고용구조에 관한 연구",
      "container-title": "근대 조선의 경제구조", "publisher": "비봉출판사", "issued": 1989,
      "page": "387-420", "type": "chapter"}),
    # Reports
    ("한국교육개발원 (2020). 코로나19 시기 원격수업 실태 조사 (연구보고 RR 2020-11). "
     "한국교육개발원.",
     {"author": "=한국교육개발원", "title": "코로나19 시기 원격수업 실태 조사",
      "publisher": "한국교육개발원", "issued": 2020, "type": R}),
    ("정지현·김태윤, 『고령화와 지역 의료 접근성』, 한국보건사회연구원 연구보고서 2019-21, 2019.",
     {"author": "정|지현; 김|태윤", "title": "고령화와 지역 의료 접근성",
      "publisher": "한국보건사회연구원", "issued": 2019, "type": R}),
    ("국토연구원, 「스마트시티 국가 시범도시 추진 성과 분석」, 2023.",
     {"author": "=국토연구원", "title": "스마트시티 국가 시범도시 추진 성과 분석", "issued": 2023,
      "type": R}),
    ("통계청, 「2022 인구주택총조사 결과」 [2022 Population and Housing Census], 2023. 7. 27. "
     "https://kostat.go.kr/board.es?mid=a10301010000&bid=11",
     {"author": "=통계청", "title": "2022 인구주택총조사 결과", "issued": [2023, 7, 27],
      "URL": "https://kostat.go.kr/board.es?mid=a10301010000&bid=11", "type": R}),
    # News
    ("임수정, 「전세사기 피해자 지원법 국회 통과」, 연합뉴스, 2023년 5월 25일.",
     {"author": "임|수정", "title": "전세사기 피해자 지원법 국회 통과", "container-title": "연합뉴스",
      "issued": [2023, 5, 25], "type": NEWS}),
    ("김철민 기자, \"반도체 수출 석 달 만에 반등\", 조선일보, 2024. 2. 1., "
     "https://www.chosun.com/economy/2024/02/01/ABCD1234/",
     {"author": "김|철민", "title": "반도체 수출 석 달 만에 반등", "container-title": "조선일보",
      "issued": [2024, 2, 1], "URL": "https://www.chosun.com/economy/2024/02/01/ABCD1234/",
      "type": NEWS}),
    ("KBS, “폭우로 중부지방 피해 속출”, 2022.08.09, https://news.kbs.co.kr/news/view.do?ncd=5525001",
     {"author": "=KBS", "title": "폭우로 중부지방 피해 속출", "issued": [2022, 8, 9],
      "URL": "https://news.kbs.co.kr/news/view.do?ncd=5525001", "type": NEWS}),
    ("박은지. (2021, 11월 3일). 청년 고용률 역대 최고…질은 여전히 과제. 경향신문. "
     "https://www.khan.co.kr/economy/article/202111031200001",
     {"author": "박|은지", "title": "청년 고용률 역대 최고…질은 여전히 과제",
      "container-title": "경향신문", "issued": [2021, 11, 3],
      "URL": "https://www.khan.co.kr/economy/article/202111031200001", "type": NEWS}),
    ("Choe Sang-Hun, \"South Korea's Birthrate Hits New Low,\" The New York Times, February 22, "
     "2023.",
     {"author": "Choe|S", "title": "South Korea's Birthrate Hits New Low",
      "container-title": "The New York Times", "issued": [2023, 2, 22], "type": NEWS}),
    ("이동건, 한겨레, 「의대 정원 확대 두고 갈등 격화」, 2024.02.19.",
     {"author": "이|동건", "title": "의대 정원 확대 두고 갈등 격화", "container-title": "한겨레",
      "issued": [2024, 2, 19], "type": NEWS}),
    # Web pages with access dates
    ("국가법령정보센터, “개인정보 보호법”, https://www.law.go.kr/법령/개인정보보호법, 검색일: "
     "2024.3.15.",
     {"author": "=국가법령정보센터", "title": "개인정보 보호법",
      "URL": "https://www.law.go.kr/법령/개인정보보호법", "accessed": [2024, 3, 15], "type": WEB}),
    ("한국관광공사, 「2023 방한 외래관광객 실태조사」, https://kto.visitkorea.or.kr/kor/notice/"
     "data/statis.kto (접속일: 2024년 1월 10일)",
     {"author": "=한국관광공사", "title": "2023 방한 외래관광객 실태조사",
      "URL": "https://kto.visitkorea.or.kr/kor/notice/data/statis.kto", "accessed": [2024, 1, 10],
      "type": WEB}),
    ("국립국어원, \"표준국어대사전\", https://stdict.korean.go.kr/ (열람일 2023. 9. 1.)",
     {"author": "=국립국어원", "title": "표준국어대사전", "URL": "https://stdict.korean.go.kr/",
      "accessed": [2023, 9, 1], "type": WEB}),
    ("환경부 보도자료(2021.6.4), “탄소중립 이행 계획 발표”, https://www.me.go.kr/home/web/board/"
     "read.do?boardId=1450000, 검색일: 2021.7.1.",
     {"author": "=환경부", "title": "탄소중립 이행 계획 발표", "issued": [2021, 6, 4],
      "URL": "https://www.me.go.kr/home/web/board/read.do?boardId=1450000",
      "accessed": [2021, 7, 1], "type": R}),
    ("OpenAI, “GPT-4 Technical Report”, https://openai.com/research/gpt-4, 검색일: 2023.4.2.",
     {"author": "=OpenAI", "title": "GPT-4 Technical Report",
      "URL": "https://openai.com/research/gpt-4", "accessed": [2023, 4, 2], "type": WEB}),
    ("문화재청. (2022). 국가문화유산포털. https://www.heritage.go.kr (검색일: 2022. 10. 5.)",
     {"author": "=문화재청", "title": "국가문화유산포털", "issued": 2022,
      "URL": "https://www.heritage.go.kr", "accessed": [2022, 10, 5], "type": WEB}),
    # Mixed Latin/Hangul
    ("Lee, J., & 김수현. (2020). Code-switching in Korean-English bilingual children. 언어학, "
     "28(1), 99-120.",
     {"author": "Lee|J; 김|수현", "title": "Code-switching in Korean-English bilingual children",
      "container-title": "언어학", "issued": 2020, "volume": "28", "issue": "1", "page": "99-120",
      "type": J}),
    ("홍길동(Hong, Gil-dong)·김영희(Kim, Young-hee), 「AI 윤리 가이드라인 비교」, 『정보법학』 "
     "제27권 제1호, 2023, 1-30면.",
     {"author": "홍|길동; 김|영희", "title": "AI 윤리 가이드라인 비교", "container-title": "정보법학",
      "volume": "27", "issue": "1", "issued": 2023, "page": "1-30", "type": J}),
    ("Jeon, S. (2022). 한국어 교육에서의 피드백 연구 [A study of feedback in Korean language "
     "education]. Journal of Korean Language Education, 33(2), 201-230.",
     {"author": "Jeon|S", "title": "한국어 교육에서의 피드백 연구",
      "container-title": "Journal of Korean Language Education", "issued": 2022, "volume": "33",
      "issue": "2", "page": "201-230", "type": J}),
]

KNOWN_WRONG: dict[int, str] = {  # case index: the fields still wrong
    31: "author",
    39: "type",
}


@pytest.mark.parametrize(
    ("raw", "expected"),
    labelled_params(CASES, KNOWN_WRONG),
)
def test_reference_parses_to_the_labelled_fields(raw: str, expected: dict) -> None:
    assert wrong_fields(raw, expected) == {}


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 50
