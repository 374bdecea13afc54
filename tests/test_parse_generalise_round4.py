"""A fourth batch of our own labelled strings (issue #12, second round), written before the
parser was run on them and after the round's rule fixes: their first score is reported in
``docs/parsing.md`` ("Generalisation"); misses stay here as strict xfails naming the fields.
"""

from __future__ import annotations

import pytest
from parse_generalise_support import labelled_params, wrong_fields

J, C, B, CH = "article-journal", "paper-conference", "book", "chapter"
NEWS, WEB, T, R = "article-newspaper", "webpage", "thesis", "report"
CASES: list[tuple[str, dict]] = [
    ("Lindahl, M. et al. 2011, Astronomy and Astrophysics, 530, 87",
     {"author": "Lindahl|M", "container-title": "Astronomy and Astrophysics", "volume": "530",
      "page": "87", "issued": 2011, "type": J}),
    ("H. Sato, R. Mori, Angew. Chem. 2014, 126, 4410.",
     {"author": "Sato|H; Mori|R", "container-title": "Angew. Chem", "volume": "126",
      "page": "4410", "issued": 2014, "type": J}),
    ("Quint, Anne. “Night Trains.” Travel Writing Now. Ed. Paul Ferris. London: Granta, 2011. "
     "101-118.",
     {"author": "Quint|A", "title": "Night Trains", "container-title": "Travel Writing Now",
      "publisher": "Granta", "issued": 2011, "page": "101-118", "type": CH}),
    ("Moreno, Julia. Rivers of the Pampas, volume 7 of Latin American Studies. Routledge, "
     "London, 2016.",
     {"author": "Moreno|J", "title": "Rivers of the Pampas", "volume": "7",
      "publisher": "Routledge", "issued": 2016, "type": B}),
    ("Baptiste, L., Coastal erosion in Brittany, Finistère, France (abstract). Marine "
     "Geology, v. 41, pp. 12-13. 2003.",
     {"author": "Baptiste|L",
      "title": "Coastal erosion in Brittany, Finistère, France (abstract)",
      "container-title": "Marine Geology", "volume": "41", "page": "12-13", "issued": 2003,
      "type": J}),
    ("Ferrand, Louise, La banlieue ouvrière (1919-1939), Paris, Armand Colin, 2014.",
     {"author": "Ferrand|L", "title": "La banlieue ouvrière (1919-1939)",
      "publisher": "Armand Colin", "issued": 2014, "type": B}),
    ("Ng, T. (2010). Tidal energy in estuaries. Technical report, Marine Energy Institute, "
     "June 2010.",
     {"author": "Ng|T", "title": "Tidal energy in estuaries",
      "publisher": "Marine Energy Institute", "issued": 2010, "type": R}),
    ("Berg, O., Typed Effect Systems, Ph.D. Thesis, Department of Informatics, University of "
     "Oslo, 2003.",
     {"author": "Berg|O", "title": "Typed Effect Systems",
      "publisher": "Department of Informatics, University of Oslo", "issued": 2003, "type": T}),
    ("Hart, P., & Yoon, J. (2002). Temporal logic for agents. In Proceedings of the Sixth "
     "International Workshop on Agents Lisbon, Portugal.",
     {"author": "Hart|P; Yoon|J", "title": "Temporal logic for agents",
      "container-title": "Proceedings of the Sixth International Workshop on Agents",
      "issued": 2002, "type": C}),
    ("M. Costa and P. Ruiz. Learning shape priors. In International Conference on Computer "
     "Vision (ICCV), pages 88–95. IEEE, 2013.",
     {"author": "Costa|M; Ruiz|P", "title": "Learning shape priors",
      "container-title": "International Conference on Computer Vision (ICCV)", "page": "88-95",
      "publisher": "IEEE", "issued": 2013, "type": C}),
    ("[9] S. Kim, “Underwater docking of gliders,” in OCEANS, 2012. Proceedings of MTS/IEEE, "
     "October 2012, pp. 1–8.",
     {"author": "Kim|S", "title": "Underwater docking of gliders",
      "container-title": "OCEANS, 2012. Proceedings of MTS/IEEE", "page": "1-8",
      "issued": 2012, "type": C}),
    ("Lemaire, A. (2006). Vowel length in Breton. In Rennes working papers in linguistics "
     "(Vol. 3, pp. 55-71).",
     {"author": "Lemaire|A", "title": "Vowel length in Breton",
      "container-title": "Rennes working papers in linguistics", "volume": "3",
      "page": "55-71", "issued": 2006, "type": CH}),
    ("Arendt, Hannah. The Human Condition. 1958. Chicago: University of Chicago Press, 1998.",
     {"author": "Arendt|H", "title": "The Human Condition",
      "publisher": "University of Chicago Press", "issued": 1998, "type": B}),
    ("Roux, Pierre (éd.), Les archives du travail, Lyon, Presses universitaires, 2009.",
     {"editor": "Roux|P", "title": "Les archives du travail",
      "publisher": "Presses universitaires", "issued": 2009, "type": B}),
    ("BERNARD, Lucie. MARTIN, Hugo. L’hôpital et la ville. Revue Urbaine, mars 2015, n°22. "
     "p. 5-18.",
     {"author": "BERNARD|L; MARTIN|H", "title": "L’hôpital et la ville",
      "container-title": "Revue Urbaine", "issue": "22", "page": "5-18", "issued": 2015,
      "type": J}),
    ("Aziz, K., Bell, R., & Cho, M. (2019). Reading aloud to infants: parents’ beliefs.. "
     "Journal of Child Language, 46(4), 700-721.",
     {"author": "Aziz|K; Bell|R; Cho|M", "title": "Reading aloud to infants: parents’ beliefs",
      "container-title": "Journal of Child Language", "volume": "46", "issue": "4",
      "page": "700-721", "issued": 2019, "type": J}),
    ("Ocampo, L. (2012). The open city. Harris, D. (trans.). New York: Verso.",
     {"author": "Ocampo|L", "title": "The open city", "publisher": "Verso", "issued": 2012,
      "type": B}),
    ("정민호·이수진, 『도시 재생의 사회학』, 정책연구 2020-11, 2020. 12.",
     {"author": "정|민호; 이|수진", "title": "도시 재생의 사회학", "issued": [2020, 12],
      "type": R}),
    ("한국노동연구원, 「플랫폼 노동의 실태」, 기본연구 2021-03, 2021.",
     {"author": "=한국노동연구원", "title": "플랫폼 노동의 실태", "issued": 2021, "type": R}),
    ("T. Wu and A. Bose, Fast sparse solvers, Numerische Mathematik 98 (2004), 201-230.",
     {"author": "Wu|T; Bose|A", "title": "Fast sparse solvers",
      "container-title": "Numerische Mathematik", "volume": "98", "page": "201-230",
      "issued": 2004, "type": J}),
    ("Grant, Eleanor. “The Orchard.” Vol. 4 of Collected Stories. Boston: Houghton, 1992.",
     {"author": "Grant|E", "title": "The Orchard", "container-title": "Collected Stories",
      "volume": "4", "publisher": "Houghton", "issued": 1992, "type": CH}),
    ("Petrov, I. (2018). Grain markets in Russia. In Moscow research reports in economics "
     "(Vol. 12, pp. 1-24).",
     {"author": "Petrov|I", "title": "Grain markets in Russia",
      "container-title": "Moscow research reports in economics", "volume": "12",
      "page": "1-24", "issued": 2018, "type": CH}),
    ("Dubois, Marc, Le port et la ville, Marseille, Parenthèses, 2008.",
     {"author": "Dubois|M", "title": "Le port et la ville", "publisher": "Parenthèses",
      "issued": 2008, "type": B}),
    ("Ito, R. (2015). Solar wind models. In A. Hale and B. Stone, editors, Space Weather "
     "Today. Cambridge University Press, 2015.",
     {"author": "Ito|R", "title": "Solar wind models", "container-title": "Space Weather Today",
      "publisher": "Cambridge University Press", "issued": 2015, "type": CH}),
]

# First run, before any change: 22 of 24 fully right; the astronomy rule then stopped reading
# "Title, volume 7 of Series" as a title-less article. Still wrong (strict xfails):
KNOWN_WRONG: dict[int, str] = {
    1: "title, container-title: a two-word journal abbreviation is cut at its first period",
}


@pytest.mark.parametrize(("raw", "expected"), labelled_params(CASES, KNOWN_WRONG))
def test_reference_parses_to_the_labelled_fields(raw: str, expected: dict) -> None:
    assert wrong_fields(raw, expected) == {}
