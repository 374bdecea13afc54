"""Full-text search with SQLite FTS5, for Korean and for romanized queries.

Korean writes compounds without spaces (납북피해), so Hangul, Han and kana runs are
indexed as overlapping two-character tokens (납북 북피 피해, plus the run's last
character): a query of any length inside a compound is a phrase of its bigrams. A second
table holds each Hangul item's text with Hangul romanized, indexed by trigrams, so that
``napbuk`` finds 납북피해 (``napbukpihae``). This module is the one place with SQL that
only SQLite speaks.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata

from .. import rx
from .fields import SearchText
from .romanizer import fold, romanize_runs, romanized_forms

_CJK_RUN = rx.compile(
    r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff]+"
)
_TERM = rx.compile(r"[\w\u3130-\u318f]+")

SCHEMA = (
    "CREATE VIRTUAL TABLE search_words USING fts5("
    "title, names, container, notes, tokenize='unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE search_roman USING fts5(text, tokenize='trigram')",
)


def _bigrams(run: str) -> str:
    if len(run) == 1:
        return run
    return " ".join(run[i : i + 2] for i in range(len(run) - 1)) + " " + run[-1]


def tokenize(text: str) -> str:
    """Text as indexed: normalised, with CJK runs written as bigrams."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _CJK_RUN.sub(lambda m: f" {_bigrams(m.group())} ", text)


def add(conn: sqlite3.Connection, rowid: int, text: SearchText) -> None:
    """Index one item."""
    conn.execute(
        "INSERT INTO search_words(rowid, title, names, container, notes) VALUES (?, ?, ?, ?, ?)",
        (rowid, *(tokenize(part) for part in (text.title, text.names, text.container, text.notes))),
    )
    roman = romanized_forms(text.all(), text.korean_names)
    if roman:
        conn.execute("INSERT INTO search_roman(rowid, text) VALUES (?, ?)", (rowid, roman))


def remove(conn: sqlite3.Connection, rowid: int) -> None:
    """Drop one item from the index."""
    conn.execute("DELETE FROM search_words WHERE rowid = ?", (rowid,))
    conn.execute("DELETE FROM search_roman WHERE rowid = ?", (rowid,))


def _phrase(term: str) -> str:
    """One query term as an FTS5 expression over the bigram-indexed table."""
    tokens = tokenize(term).split()
    if len(tokens) == 1:
        return f'"{tokens[0]}"*'
    if _CJK_RUN.fullmatch(term):
        tokens = tokens[:-1]  # the run's last character, indexed again after its bigrams
    return '"' + " ".join(tokens) + '"'


def terms(query: str) -> list[str]:
    """The words of a query, without FTS5 syntax."""
    found: list[str] = []
    for word in _TERM.findall(unicodedata.normalize("NFKC", query)):
        found.extend(part for part in re.split(r"_+", word) if part)
    return found


def match_words(query: str) -> str | None:
    """The FTS5 expression for the bigram table, or None for an empty query."""
    words = terms(query)
    return " AND ".join(_phrase(word) for word in words) if words else None


def match_roman(query: str) -> str | None:
    """The FTS5 expression for the romanized table (folded: ``Ch'ŏl-su`` is ``cholsu``), or
    None when it cannot apply (a term in another script, or no term of three letters;
    shorter terms, such as the surname ``Yi``, are left out)."""
    words = terms(fold(query))
    if not words or any(not word.isascii() for word in words):
        return None
    long_words = [word for word in words if len(word) >= 3]  # trigrams: "Yi" cannot match
    if not long_words:
        return None
    return " AND ".join(f'"{word}"' for word in long_words)


_YEAR = rx.compile(r"^(?:1[5-9][0-9][0-9]|20[0-9][0-9])$")


def split_years(query: str) -> tuple[str, list[int]]:
    """A query without its years, and the years (``korea 2023`` → ``korea``, [2023]): a
    year in a query filters by the year of publication, it is not a word to match."""
    words = query.split()
    years = [int(word) for word in words if _YEAR.match(word)]
    return " ".join(word for word in words if not _YEAR.match(word)), years


def searches(query: str) -> list[tuple[str, str, str]]:
    """(table, MATCH expression, ORDER BY) for each index that applies, best first.

    Word and bigram matches are ranked by bm25; romanized matches (substrings, often
    thousands) come newest first, as ranking them costs more than it tells. A Hangul
    query also looks, romanized, for the words of romanized titles (납북자 finds
    ``Napbukja gajok``).
    """
    found = []
    words, roman = match_words(query), match_roman(query)
    if words:
        found.append(("search_words", words, "search_words.rank"))
    if roman:
        found.append(("search_roman", roman, "search_roman.rowid DESC"))
    romanized_query = romanize_runs(query)
    if romanized_query and match_roman(romanized_query):
        found.append(("search_words", match_words(romanized_query), "search_words.rank"))
    return found
