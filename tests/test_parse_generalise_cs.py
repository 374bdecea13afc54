"""A fifth batch of our own labelled strings: computer-science references in the loose forms
older CS bibliographies use (initials, tech reports, proceedings by acronym, journals with
``vol(no):pages``), plus Korean CS papers. Same conventions as the other batches.
"""

from __future__ import annotations

import pytest
from parse_generalise_support import labelled_params, wrong_fields

J, C, B, CH = "article-journal", "paper-conference", "book", "chapter"
T, R = "thesis", "report"
CASES: list[tuple[str, dict]] = [
    ("J. Pearl. Probabilistic Reasoning in Intelligent Systems. Morgan Kaufmann, San Mateo, CA, "
     "1988.",
     {"author": "Pearl|J", "title": "Probabilistic Reasoning in Intelligent Systems",
      "publisher": "Morgan Kaufmann", "issued": 1988, "type": B}),
    ("L. Breiman. Bagging predictors. Machine Learning, 24(2):123-140, 1996.",
     {"author": "Breiman|L", "title": "Bagging predictors", "container-title": "Machine Learning",
      "volume": "24", "issue": "2", "page": "123-140", "issued": 1996, "type": J}),
    ("Quinlan, J.R. (1993). C4.5: Programs for Machine Learning. San Mateo, CA: Morgan Kaufmann.",
     {"author": "Quinlan|J", "title": "C4.5: Programs for Machine Learning",
      "publisher": "Morgan Kaufmann", "issued": 1993, "type": B}),
    ("M. Jordan and R. Jacobs. Hierarchical mixtures of experts and the EM algorithm. Neural "
     "Computation, 6:181-214, 1994.",
     {"author": "Jordan|M; Jacobs|R",
      "title": "Hierarchical mixtures of experts and the EM algorithm",
      "container-title": "Neural Computation", "volume": "6", "page": "181-214", "issued": 1994,
      "type": J}),
    ("Cohen, W. W. (1995). Fast effective rule induction. In Proceedings of the Twelfth "
     "International Conference on Machine Learning (pp. 115-123). Tahoe City, CA: Morgan "
     "Kaufmann.",
     {"author": "Cohen|W", "title": "Fast effective rule induction",
      "container-title": "Proceedings of the Twelfth International Conference on Machine Learning",
      "page": "115-123", "publisher": "Morgan Kaufmann", "issued": 1995, "type": C}),
    ("S. Thrun. Lifelong learning algorithms. Technical Report CMU-CS-96-174, Carnegie Mellon "
     "University, Pittsburgh, PA, 1996.",
     {"author": "Thrun|S", "title": "Lifelong learning algorithms",
      "publisher": "Carnegie Mellon University", "issued": 1996, "type": R}),
    ("D. E. Rumelhart, G. E. Hinton, and R. J. Williams. Learning representations by "
     "back-propagating errors. Nature, 323:533-536, 1986.",
     {"author": "Rumelhart|D; Hinton|G; Williams|R",
      "title": "Learning representations by back-propagating errors", "container-title": "Nature",
      "volume": "323", "page": "533-536", "issued": 1986, "type": J}),
    ("A. Moore. Efficient Memory-based Learning for Robot Control. PhD thesis, University of "
     "Cambridge, 1990.",
     {"author": "Moore|A", "title": "Efficient Memory-based Learning for Robot Control",
      "publisher": "University of Cambridge", "issued": 1990, "type": T}),
    ("Sutton, R. S. (1988). Learning to predict by the methods of temporal differences. Machine "
     "Learning, 3, 9-44.",
     {"author": "Sutton|R", "title": "Learning to predict by the methods of temporal differences",
      "container-title": "Machine Learning", "volume": "3", "page": "9-44", "issued": 1988,
      "type": J}),
    ("K. Lang. NewsWeeder: Learning to filter netnews. In Proc. 12th Int. Conf. on Machine "
     "Learning, pages 331-339, 1995.",
     {"author": "Lang|K", "title": "NewsWeeder: Learning to filter netnews",
      "container-title": "Proc. 12th Int. Conf. on Machine Learning", "page": "331-339",
      "issued": 1995, "type": C}),
    ("T. Joachims, \"Text categorization with support vector machines,\" in Proc. European "
     "Conference on Machine Learning, 1998, pp. 137-142.",
     {"author": "Joachims|T", "title": "Text categorization with support vector machines",
      "container-title": "Proc. European Conference on Machine Learning", "page": "137-142",
      "issued": 1998, "type": C}),
    ("Freund, Y., & Schapire, R. E. (1997). A decision-theoretic generalization of on-line "
     "learning and an application to boosting. Journal of Computer and System Sciences, 55(1), "
     "119-139.",
     {"author": "Freund|Y; Schapire|R",
      "title": "A decision-theoretic generalization of on-line learning and an application to "
               "boosting",
      "container-title": "Journal of Computer and System Sciences", "volume": "55", "issue": "1",
      "page": "119-139", "issued": 1997, "type": J}),
    ("R. Agrawal and R. Srikant. Fast algorithms for mining association rules. In VLDB '94, "
     "pages 487-499, Santiago, Chile, 1994.",
     {"author": "Agrawal|R; Srikant|R", "title": "Fast algorithms for mining association rules",
      "container-title": "VLDB '94", "page": "487-499", "issued": 1994, "type": C}),
    ("G. Salton and M. J. McGill. Introduction to Modern Information Retrieval. McGraw-Hill, New "
     "York, 1983.",
     {"author": "Salton|G; McGill|M", "title": "Introduction to Modern Information Retrieval",
      "publisher": "McGraw-Hill", "issued": 1983, "type": B}),
    ("P. Domingos and M. Pazzani. On the optimality of the simple Bayesian classifier under "
     "zero-one loss. Machine Learning, 29:103-130, 1997.",
     {"author": "Domingos|P; Pazzani|M",
      "title": "On the optimality of the simple Bayesian classifier under zero-one loss",
      "container-title": "Machine Learning", "volume": "29", "page": "103-130", "issued": 1997,
      "type": J}),
    # Korean CS
    ("[3] 김태훈, 이정민, \"그래프 신경망을 이용한 추천 시스템,\" 한국정보과학회 학술발표논문집, "
     "pp. 820-822, 2020.",
     {"author": "김|태훈; 이|정민", "title": "그래프 신경망을 이용한 추천 시스템",
      "container-title": "한국정보과학회 학술발표논문집", "page": "820-822", "issued": 2020,
      "type": C}),
    ("[4] 장현아, 「자율주행 차량의 라이다 점군 분할」, 『한국자동차공학회논문집』, 제28권 제5호, "
     "pp. 301-309, 2020.",
     {"author": "장|현아", "title": "자율주행 차량의 라이다 점군 분할",
      "container-title": "한국자동차공학회논문집", "volume": "28", "issue": "5", "page": "301-309",
      "issued": 2020, "type": J}),
    ("윤서진, 강민호. (2022). 트랜스포머 기반 한국어 개체명 인식. 정보과학회 컴퓨팅의 실제 논문지, "
     "28(4), 190-197.",
     {"author": "윤|서진; 강|민호", "title": "트랜스포머 기반 한국어 개체명 인식",
      "container-title": "정보과학회 컴퓨팅의 실제 논문지", "volume": "28", "issue": "4",
      "page": "190-197", "issued": 2022, "type": J}),
    ("Park, J., Kim, S., & 이동욱. (2021). Efficient Korean tokenization for BERT. In "
     "Proceedings of the 33rd Annual Conference on Human and Cognitive Language Technology "
     "(pp. 55-60).",
     {"author": "Park|J; Kim|S; 이|동욱", "title": "Efficient Korean tokenization for BERT",
      "container-title": "Proceedings of the 33rd Annual Conference on Human and Cognitive "
                         "Language Technology",
      "page": "55-60", "issued": 2021, "type": C}),
    ("홍민기, \"딥러닝 기반 악성코드 탐지 기법 연구\", 석사학위논문, 고려대학교 정보보호대학원, "
     "2019.",
     {"author": "홍|민기", "title": "딥러닝 기반 악성코드 탐지 기법 연구",
      "publisher": "고려대학교 정보보호대학원", "issued": 2019, "type": T}),
]

@pytest.mark.parametrize(
    ("raw", "expected"),
    labelled_params(CASES),
)
def test_reference_parses_to_the_labelled_fields(raw: str, expected: dict) -> None:
    assert wrong_fields(raw, expected) == {}


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 20
