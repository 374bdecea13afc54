"""A fourth batch of our own labelled strings: English humanities and social-science
references in less tidy forms (older journal styles, notes, reviews, reprints, series,
translations, multi-volume works), the bulk of what the held-out set holds. Same conventions.
"""

from __future__ import annotations

import pytest
from parse_generalise_support import labelled_params, wrong_fields

J, C, B, CH = "article-journal", "paper-conference", "book", "chapter"
NEWS, WEB, T, R = "article-newspaper", "webpage", "thesis", "report"
CASES: list[tuple[str, dict]] = [
    ("Thompson, E. P. 1971. \"The Moral Economy of the English Crowd in the Eighteenth "
     "Century.\" Past and Present 50: 76–136.",
     {"author": "Thompson|E", "title": "The Moral Economy of the English Crowd in the Eighteenth "
                                       "Century",
      "container-title": "Past and Present", "volume": "50", "page": "76-136", "issued": 1971,
      "type": J}),
    ("Scott, James C. 1998. Seeing Like a State: How Certain Schemes to Improve the Human "
     "Condition Have Failed. New Haven: Yale University Press.",
     {"author": "Scott|J", "title": "Seeing Like a State: How Certain Schemes to Improve the "
                                   "Human Condition Have Failed",
      "publisher": "Yale University Press", "issued": 1998, "type": B}),
    ("Bourdieu, P. (1984). Distinction: A social critique of the judgement of taste (R. Nice, "
     "Trans.). Harvard University Press.",
     {"author": "Bourdieu|P", "title": "Distinction: A social critique of the judgement of taste",
      "publisher": "Harvard University Press", "issued": 1984, "type": B}),
    ("Foucault, Michel. Discipline and Punish: The Birth of the Prison. Translated by Alan "
     "Sheridan. New York: Vintage Books, 1995.",
     {"author": "Foucault|M", "title": "Discipline and Punish: The Birth of the Prison",
      "publisher": "Vintage Books", "issued": 1995, "type": B}),
    ("Anderson, Benedict. Imagined Communities: Reflections on the Origin and Spread of "
     "Nationalism. Rev. ed. London: Verso, 2006.",
     {"author": "Anderson|B", "title": "Imagined Communities: Reflections on the Origin and "
                                      "Spread of Nationalism",
      "publisher": "Verso", "issued": 2006, "type": B}),
    ("Putnam, R. D. (2000). Bowling alone: The collapse and revival of American community. New "
     "York, NY: Simon & Schuster.",
     {"author": "Putnam|R", "title": "Bowling alone: The collapse and revival of American community",
      "publisher": "Simon & Schuster", "issued": 2000, "type": B}),
    ("Hochschild, A. R. (1979). Emotion work, feeling rules, and social structure. American "
     "Journal of Sociology, 85(3), 551–575. https://doi.org/10.1086/227049",
     {"author": "Hochschild|A", "title": "Emotion work, feeling rules, and social structure",
      "container-title": "American Journal of Sociology", "volume": "85", "issue": "3",
      "page": "551-575", "issued": 1979, "DOI": "10.1086/227049",
      "URL": "https://doi.org/10.1086/227049", "type": J}),
    ("Geertz, Clifford. \"Deep Play: Notes on the Balinese Cockfight.\" In The Interpretation of "
     "Cultures, 412–53. New York: Basic Books, 1973.",
     {"author": "Geertz|C", "title": "Deep Play: Notes on the Balinese Cockfight",
      "container-title": "The Interpretation of Cultures", "page": "412-53",
      "publisher": "Basic Books", "issued": 1973, "type": CH}),
    ("Sewell, William H., Jr. \"A Theory of Structure: Duality, Agency, and Transformation.\" "
     "American Journal of Sociology 98, no. 1 (1992): 1–29.",
     {"author": "Sewell|W", "title": "A Theory of Structure: Duality, Agency, and Transformation",
      "container-title": "American Journal of Sociology", "volume": "98", "issue": "1",
      "issued": 1992, "page": "1-29", "type": J}),
    ("Tilly, C. (1990) Coercion, Capital, and European States, AD 990–1990. Oxford: Blackwell.",
     {"author": "Tilly|C", "title": "Coercion, Capital, and European States, AD 990–1990",
      "publisher": "Blackwell", "issued": 1990, "type": B}),
    ("Davis, Natalie Zemon. The Return of Martin Guerre. Cambridge, MA: Harvard University "
     "Press, 1983.",
     {"author": "Davis|N", "title": "The Return of Martin Guerre",
      "publisher": "Harvard University Press", "issued": 1983, "type": B}),
    ("Ginzburg, C. 1980. The Cheese and the Worms: The Cosmos of a Sixteenth-Century Miller. "
     "Trans. J. and A. Tedeschi. Baltimore: Johns Hopkins University Press.",
     {"author": "Ginzburg|C", "title": "The Cheese and the Worms: The Cosmos of a "
                                      "Sixteenth-Century Miller",
      "publisher": "Johns Hopkins University Press", "issued": 1980, "type": B}),
    ("Mahoney, J., & Thelen, K. (Eds.). (2010). Explaining institutional change: Ambiguity, "
     "agency, and power. Cambridge University Press.",
     {"title": "Explaining institutional change: Ambiguity, agency, and power",
      "publisher": "Cambridge University Press", "issued": 2010, "type": B}),
    ("Hall, Stuart. 1980. \"Encoding/Decoding.\" Pp. 128–38 in Culture, Media, Language, "
     "edited by S. Hall, D. Hobson, A. Lowe, and P. Willis. London: Hutchinson.",
     {"author": "Hall|S", "title": "Encoding/Decoding", "container-title": "Culture, Media, Language",
      "page": "128-38", "publisher": "Hutchinson", "issued": 1980, "type": CH}),
    ("Said, E. W. (2003 [1978]). Orientalism. London: Penguin.",
     {"author": "Said|E", "title": "Orientalism", "publisher": "Penguin", "issued": 2003,
      "type": B}),
    ("Weber, Max. Economy and Society. Edited by Guenther Roth and Claus Wittich. 2 vols. "
     "Berkeley: University of California Press, 1978.",
     {"author": "Weber|M", "title": "Economy and Society",
      "publisher": "University of California Press", "issued": 1978, "type": B}),
    ("Lamont, Michèle, and Virág Molnár. 2002. \"The Study of Boundaries in the Social "
     "Sciences.\" Annual Review of Sociology 28:167–95.",
     {"author": "Lamont|M; Molnár|V", "title": "The Study of Boundaries in the Social Sciences",
      "container-title": "Annual Review of Sociology", "volume": "28", "page": "167-95",
      "issued": 2002, "type": J}),
    ("Burke, P. (2004). What is cultural history? Cambridge: Polity.",
     {"author": "Burke|P", "title": "What is cultural history?", "publisher": "Polity",
      "issued": 2004, "type": B}),
    ("Skocpol, Theda. States and Social Revolutions. Cambridge University Press, 1979.",
     {"author": "Skocpol|T", "title": "States and Social Revolutions",
      "publisher": "Cambridge University Press", "issued": 1979, "type": B}),
    ("Brubaker, R., & Cooper, F. (2000). Beyond \"identity\". Theory and Society, 29(1), 1-47.",
     {"author": "Brubaker|R; Cooper|F", "title": "Beyond \"identity\"",
      "container-title": "Theory and Society", "volume": "29", "issue": "1", "page": "1-47",
      "issued": 2000, "type": J}),
    ("Hobsbawm, E. and Ranger, T. (eds) (1983) The Invention of Tradition. Cambridge: Cambridge "
     "University Press.",
     {"title": "The Invention of Tradition", "publisher": "Cambridge University Press",
      "issued": 1983, "type": B}),
    ("Mintz, Sidney W. Sweetness and Power: The Place of Sugar in Modern History. New York: "
     "Viking, 1985.",
     {"author": "Mintz|S", "title": "Sweetness and Power: The Place of Sugar in Modern History",
      "publisher": "Viking", "issued": 1985, "type": B}),
    ("Ostrom, E. (1990). Governing the commons: The evolution of institutions for collective "
     "action. Cambridge University Press. https://doi.org/10.1017/CBO9780511807763",
     {"author": "Ostrom|E", "title": "Governing the commons: The evolution of institutions for "
                                    "collective action",
      "publisher": "Cambridge University Press", "issued": 1990,
      "DOI": "10.1017/CBO9780511807763", "URL": "https://doi.org/10.1017/CBO9780511807763",
      "type": B}),
    ("Granovetter, Mark. \"The Strength of Weak Ties.\" American Journal of Sociology 78 (1973): "
     "1360-80.",
     {"author": "Granovetter|M", "title": "The Strength of Weak Ties",
      "container-title": "American Journal of Sociology", "volume": "78", "issued": 1973,
      "page": "1360-80", "type": J}),
    ("Stoler, A. L. (2009). Along the archival grain: Epistemic anxieties and colonial common "
     "sense. Princeton: Princeton University Press.",
     {"author": "Stoler|A", "title": "Along the archival grain: Epistemic anxieties and colonial "
                                    "common sense",
      "publisher": "Princeton University Press", "issued": 2009, "type": B}),
]

@pytest.mark.parametrize(
    ("raw", "expected"),
    labelled_params(CASES),
)
def test_reference_parses_to_the_labelled_fields(raw: str, expected: dict) -> None:
    assert wrong_fields(raw, expected) == {}


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 25
