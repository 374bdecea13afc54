"""Legal and UN references parsed into the encoding of docs/legal.md (strings of our own)."""

from __future__ import annotations

import pytest

from citekit.parse import parse_reference


def _item(raw: str) -> dict:
    item = dict(parse_reference(raw).item)
    item.pop("id")
    extra = item.pop("custom", {})
    if "locator" in extra:
        item["locator"] = extra["locator"]
    item.pop("language", None)
    return item


CASES = [
    # UK neutral citation with a parallel law report
    ("R (Miller) v Secretary of State for Exiting the European Union [2017] UKSC 5, [2018] AC 61",
     {"type": "legal_case", "title": "R (Miller) v Secretary of State for Exiting the European Union",
      "authority": "UKSC", "number": "5", "references": "[2018] AC 61",
      "issued": {"date-parts": [[2017]]}}),
    ("R (Begum) v Special Immigration Appeals Commission [2021] UKSC 7, [2021] AC 765",
     {"type": "legal_case", "title": "R (Begum) v Special Immigration Appeals Commission",
      "authority": "UKSC", "number": "7", "references": "[2021] AC 765",
      "issued": {"date-parts": [[2021]]}}),
    ("Smith v Hughes [2019] EWHC 1234 (QB)",
     {"type": "legal_case", "title": "Smith v Hughes", "authority": "EWHC", "number": "1234 (QB)",
      "issued": {"date-parts": [[2019]]}}),
    # law report with the court
    ("Hedley Byrne & Co Ltd v Heller & Partners Ltd [1964] AC 465 (HL)",
     {"type": "legal_case", "title": "Hedley Byrne & Co Ltd v Heller & Partners Ltd",
      "container-title": "AC", "page": "465", "authority": "HL",
      "issued": {"date-parts": [[1964]]}}),
    # US reports: the year follows the page; the reporter keeps its periods
    ("Brown v Board of Education, 347 U.S. 483 (1954)",
     {"type": "legal_case", "title": "Brown v Board of Education", "volume": "347",
      "container-title": "U.S.", "page": "483", "issued": {"date-parts": [[1954]]}}),
    ("Miranda v. Arizona, 384 U.S. 436 (1966)",
     {"type": "legal_case", "title": "Miranda v. Arizona", "volume": "384",
      "container-title": "U.S.", "page": "436", "issued": {"date-parts": [[1966]]}}),
    ("Roe v Wade 410 US 113 (1973)",
     {"type": "legal_case", "title": "Roe v Wade", "volume": "410", "container-title": "US",
      "page": "113", "issued": {"date-parts": [[1973]]}}),
    ("Henningsen v Bloomfield Motors Inc 161 A 2d 69 (NJ 1960)",
     {"type": "legal_case", "title": "Henningsen v Bloomfield Motors Inc", "volume": "161",
      "container-title": "A 2d", "page": "69", "authority": "NJ",
      "issued": {"date-parts": [[1960]]}}),
    # ECtHR: OSCOLA, HUDOC's citation and HUDOC's heading
    ("Othman (Abu Qatada) v United Kingdom App no 8139/09 (ECtHR, 17 January 2012)",
     {"type": "legal_case", "title": "Othman (Abu Qatada) v United Kingdom", "number": "8139/09",
      "authority": "ECtHR", "issued": {"date-parts": [[2012, 1, 17]]}}),
    ("Hirst v. the United Kingdom (no. 2), no. 74025/01, ECHR 2005",
     {"type": "legal_case", "title": "Hirst v. the United Kingdom (no. 2)", "number": "74025/01",
      "authority": "ECtHR", "issued": {"date-parts": [[2005]]}}),
    ("CASE OF SAADI v. ITALY (Application no. 37201/06)",
     {"type": "legal_case", "title": "Saadi v Italy", "number": "37201/06", "authority": "ECtHR"}),
    # treaty-body views
    ("Human Rights Committee, Toonen v Australia, Communication No 488/1992, "
     "UN Doc CCPR/C/50/D/488/1992 (31 March 1994)",
     {"type": "legal_case", "title": "Toonen v Australia", "number": "Communication No 488/1992",
      "authority": "Human Rights Committee", "references": "UN Doc CCPR/C/50/D/488/1992",
      "issued": {"date-parts": [[1994, 3, 31]]}}),
    # Korean decisions: 대법원 종합법률정보, 헌법재판소, 고등법원, 지방법원, gazette labels
    ("대법원 2019. 5. 30. 선고 2016다12345 판결",
     {"type": "legal_case", "authority": "대법원", "number": "2016다12345", "genre": "판결",
      "issued": {"date-parts": [[2019, 5, 30]]}}),
    ("대법원 2021. 4. 29. 선고 2020도16369 전원합의체 판결 [공직선거법위반][공2021상,1057]",
     {"type": "legal_case", "authority": "대법원", "number": "2020도16369",
      "genre": "전원합의체 판결", "title": "공직선거법위반",
      "issued": {"date-parts": [[2021, 4, 29]]}}),
    ("헌법재판소 2012. 8. 23. 선고 2010헌마620 결정",
     {"type": "legal_case", "authority": "헌법재판소", "number": "2010헌마620", "genre": "결정",
      "issued": {"date-parts": [[2012, 8, 23]]}}),
    ("헌재 2015. 2. 26. 2009헌바17 [형법 제241조 위헌소원]",
     {"type": "legal_case", "authority": "헌재", "number": "2009헌바17",
      "title": "형법 제241조 위헌소원", "issued": {"date-parts": [[2015, 2, 26]]}}),
    ("서울고등법원 2018. 11. 14. 선고 2017나2032475 판결",
     {"type": "legal_case", "authority": "서울고등법원", "number": "2017나2032475",
      "genre": "판결", "issued": {"date-parts": [[2018, 11, 14]]}}),
    ("수원지방법원 성남지원 2016. 7. 8. 선고 2015가단12345 판결 (손해배상)",
     {"type": "legal_case", "authority": "수원지방법원 성남지원", "number": "2015가단12345",
      "genre": "판결", "title": "손해배상", "issued": {"date-parts": [[2016, 7, 8]]}}),
    ("부산지법 2009-2-5. 선고 2008고합123 판결",
     {"type": "legal_case", "authority": "부산지법", "number": "2008고합123", "genre": "판결",
      "issued": {"date-parts": [[2009, 2, 5]]}}),
    ("광주고등법원, \"부당이득금\" (2013나1234, March 6, 2014)",
     {"type": "legal_case", "authority": "광주고등법원", "number": "2013나1234",
      "title": "부당이득금", "issued": {"date-parts": [[2014, 3, 6]]}}),
    ("Constitutional Court, 2010Hun-Ma620, 23 August 2012",
     {"type": "legal_case", "authority": "Constitutional Court", "number": "2010Hun-Ma620",
      "issued": {"date-parts": [[2012, 8, 23]]}}),
    ("Supreme Court Decision 2016Da12345 decided May 30, 2019",
     {"type": "legal_case", "authority": "Supreme Court", "number": "2016Da12345",
      "genre": "Decision", "issued": {"date-parts": [[2019, 5, 30]]}}),
]

STATUTES = [
    ("Human Rights Act 1998, s 3",
     {"type": "legislation", "title": "Human Rights Act", "issued": {"date-parts": [[1998]]},
      "locator": "s 3"}),
    ("Equality Act 2010, ss 13-14",
     {"type": "legislation", "title": "Equality Act", "issued": {"date-parts": [[2010]]},
      "locator": "ss 13-14"}),
    ("Refugee Act 2012 (Republic of Korea), art 2",
     {"type": "legislation", "title": "Refugee Act", "issued": {"date-parts": [[2012]]},
      "container-title": "Republic of Korea", "locator": "art 2"}),
    ("Immigration (Restrictions) Regulations 2019, SI 2019/745",
     {"type": "legislation", "title": "Immigration (Restrictions) Regulations",
      "issued": {"date-parts": [[2019]]}, "number": "SI 2019/745"}),
    ("Council Directive 2000/43/EC of 29 June 2000 implementing the principle of equal treatment"
     " between persons irrespective of racial or ethnic origin [2000] OJ L180/22",
     {"type": "legislation", "title": "Council Directive 2000/43/EC of 29 June 2000 implementing"
      " the principle of equal treatment between persons irrespective of racial or ethnic origin",
      "container-title": "OJ L180/22", "issued": {"date-parts": [[2000]]}, "jurisdiction": "eu"}),
    ("「난민법」 제2조",
     {"type": "legislation", "title": "난민법", "locator": "제2조"}),
    ("「출입국관리법 시행령」 제12조 제1호",
     {"type": "legislation", "title": "출입국관리법 시행령", "locator": "제12조 제1호"}),
    ("난민법(법률 제11298호, 2012. 2. 10. 제정) 제2조 제1호",
     {"type": "legislation", "title": "난민법", "number": "법률 제11298호",
      "issued": {"date-parts": [[2012, 2, 10]]}, "locator": "제2조 제1호"}),
    ("근로기준법 [시행 2021. 11. 19.] [법률 제18176호, 2021. 5. 18., 일부개정] 제23조",
     {"type": "legislation", "title": "근로기준법", "number": "법률 제18176호",
      "issued": {"date-parts": [[2021, 5, 18]]}, "locator": "제23조"}),
    ("출입국관리법 시행령 [시행 2022. 12. 1.] [대통령령 제32981호, 2022. 11. 29., 일부개정]",
     {"type": "legislation", "title": "출입국관리법 시행령", "number": "대통령령 제32981호",
      "issued": {"date-parts": [[2022, 11, 29]]}}),
    ("「형법」(2020. 12. 8. 법률 제17571호로 개정되기 전의 것) 제250조",
     {"type": "legislation", "title": "형법",
      "status": "2020. 12. 8. 법률 제17571호로 개정되기 전의 것", "locator": "제250조"}),
    ("「주택임대차보호법」(2020. 7. 31. 법률 제17470호로 개정된 것) 제6조의3",
     {"type": "legislation", "title": "주택임대차보호법", "number": "법률 제17470호",
      "issued": {"date-parts": [[2020, 7, 31]]},
      "status": "2020. 7. 31. 법률 제17470호로 개정된 것", "locator": "제6조의3"}),
    ("근로기준법, 법률 제18176호 (2021).",
     {"type": "legislation", "title": "근로기준법", "number": "법률 제18176호",
      "issued": {"date-parts": [[2021]]}}),
]

TREATIES = [
    ("Convention on the Rights of the Child (adopted 20 November 1989, entered into force"
     " 2 September 1990) 1577 UNTS 3 (CRC) art 3",
     {"type": "treaty", "title": "Convention on the Rights of the Child",
      "issued": {"date-parts": [[1989, 11, 20]]}, "genre": "adopted 20 November 1989, entered into force 2 September 1990",
      "volume": "1577", "container-title": "UNTS", "page": "3", "title-short": "CRC",
      "locator": "art 3"}),
    ("Convention for the Protection of Human Rights and Fundamental Freedoms (European"
     " Convention on Human Rights, as amended) (adopted 4 November 1950, entered into force"
     " 3 September 1953) ETS 5",
     {"type": "treaty", "title": "Convention for the Protection of Human Rights and Fundamental"
      " Freedoms (European Convention on Human Rights, as amended)",
      "issued": {"date-parts": [[1950, 11, 4]]}, "genre": "adopted 4 November 1950, entered into force 3 September 1953",
      "container-title": "ETS", "number": "5"}),
]

UN_DOCUMENTS = [
    ("UNGA Res 217 A (III) (10 December 1948)",
     {"type": "report", "author": [{"literal": "UNGA"}], "number": "Res 217 A (III)",
      "issued": {"date-parts": [[1948, 12, 10]]}}),
    ("UNSC Res 1325 (31 October 2000) UN Doc S/RES/1325",
     {"type": "report", "author": [{"literal": "UNSC"}], "number": "Res 1325",
      "issued": {"date-parts": [[2000, 10, 31]]}, "references": "UN Doc S/RES/1325"}),
    ("UN Human Rights Council Res 7/8 'Situation of human rights in the Democratic People's"
     " Republic of Korea' (27 March 2008)",
     {"type": "report", "author": [{"literal": "UN Human Rights Council"}], "number": "Res 7/8",
      "title": "Situation of human rights in the Democratic People's Republic of Korea",
      "issued": {"date-parts": [[2008, 3, 27]]}}),
    ("UN Human Rights Council, 'Report of the Special Rapporteur on the right to food' (2021)"
     " UN Doc A/HRC/46/33",
     {"type": "report", "author": [{"literal": "UN Human Rights Council"}],
      "title": "Report of the Special Rapporteur on the right to food",
      "issued": {"date-parts": [[2021]]}, "number": "A/HRC/46/33"}),
    ("Committee on Economic, Social and Cultural Rights, 'General Comment No 14: The Right to"
     " the Highest Attainable Standard of Health' (2000) UN Doc E/C.12/2000/4",
     {"type": "report",
      "author": [{"literal": "Committee on Economic, Social and Cultural Rights"}],
      "title": "General Comment No 14: The Right to the Highest Attainable Standard of Health",
      "issued": {"date-parts": [[2000]]}, "number": "E/C.12/2000/4"}),
    ("A/HRC/49/74 Report of the Special Rapporteur on the situation of human rights"
     " defenders",
     {"type": "report", "number": "A/HRC/49/74",
      "title": "Report of the Special Rapporteur on the situation of human rights defenders"}),
    ("CCPR/C/KOR/CO/5  Distr.: General  3 December 2015  Concluding observations on the fifth"
     " periodic report of the Republic of Korea",
     {"type": "report", "number": "CCPR/C/KOR/CO/5", "issued": {"date-parts": [[2015, 12, 3]]},
      "title": "Concluding observations on the fifth periodic report of the Republic of Korea"}),
    ("Committee against Torture. (2017, May 30). Concluding observations on the fifth periodic"
     " report of the Republic of Korea (CAT/C/KOR/CO/3-5).",
     {"type": "report", "author": [{"literal": "Committee against Torture"}],
      "issued": {"date-parts": [[2017, 5, 30]]}, "number": "CAT/C/KOR/CO/3-5",
      "title": "Concluding observations on the fifth periodic report of the Republic of Korea"}),
]


@pytest.mark.parametrize(("raw", "expected"), CASES + STATUTES + TREATIES + UN_DOCUMENTS,
                         ids=lambda v: v[:40] if isinstance(v, str) else "")
def test_legal_reference_is_encoded_as_documented(raw, expected):
    item = _item(raw)
    got = {key: item.get(key) for key in expected}
    assert got == expected
    assert item["type"] == expected["type"]


ORDINARY = [
    # "v" between words, bracketed years, Acts and symbols in ordinary references
    "Smith J, 'Rethinking Donoghue v Stevenson' (2010) 126 LQR 123",
    "Lee, H. (2019). The Act of Seeing: Photography and Law. Oxford University Press.",
    "Kim, S. (2021). TCP/IP 8/2 offload in practice. Journal of Networks, 12(3), 45-60.",
    "Park J, A/B Testing at Scale (O'Reilly 2020)",
    "김철수, 「헌법재판소 2010헌마620 결정에 대한 평석」, 『법학연구』 제20권 제1호, 2011, 1-20면.",
    "이영희, 『난민법 해설』, 박영사, 2015.",
    "Brown, A. (2018). Law reports 1954: a history. Legal History Review, 3, 483-490.",
    "Jones v The World: essays on litigation (Hart 2015)",
]


@pytest.mark.parametrize("raw", ORDINARY)
def test_ordinary_references_are_not_legal(raw):
    item = _item(raw)
    assert item["type"] not in ("legal_case", "legislation", "treaty")
    assert "authority" not in item and "locator" not in item


def test_un_symbol_in_an_ordinary_reference_only_claims_the_number():
    item = _item("Amnesty International, 'Detained and forgotten' (2022) UN Doc A/77/1 report")
    assert item["number"] == "A/77/1" and item["type"] == "report"
    assert item["author"] == [{"literal": "Amnesty International"}]
