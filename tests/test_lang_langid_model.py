"""The cached language model answers as py3langid does, and loads only when needed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from citekit.lang import langid_model
from citekit.lang.detect import LATIN_LANGUAGES

TEXTS = [
    "The Concept of Law",
    "Die Verfassung des Deutschen Reiches",
    "Le droit administratif en France",
    "El derecho constitucional comparado",
    "Il diritto privato europeo",
    "O direito civil brasileiro",
    "Het recht van de Europese Unie",
    "Woordenboek der Nederlandsche Taal",
    "Tijdschrift voor Privaatrecht",
    "Zeitschrift für ausländisches öffentliches Recht",
    "ÉTUDES DE DROIT INTERNATIONAL",
    "Human Rights Law Review",
    "São Paulo",
    "Müller",
    "x",
    "1234–1240",
    "",
    "Crimes against humanity in North Korea",
]


@pytest.fixture(scope="module")
def identifiers(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    slow = langid_model.py3langid_identifier(LATIN_LANGUAGES)
    path = tmp_path_factory.mktemp("langid") / "model.bin"
    langid_model.write_cache(slow, path)
    return langid_model.CachedIdentifier(path), slow


@pytest.mark.parametrize("text", TEXTS)
def test_cached_model_gives_py3langids_answer(identifiers, text: str) -> None:  # type: ignore[no-untyped-def]
    fast, slow = identifiers
    language, probability = fast.classify(text)
    expected, expected_probability = slow.classify(text)
    assert language == expected
    assert probability == pytest.approx(expected_probability, abs=1e-4)


def test_unwritable_cache_falls_back_to_py3langid(identifiers, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(langid_model, "cache_path", lambda languages: blocker / "model.bin")
    monkeypatch.setattr(langid_model, "py3langid_identifier", lambda languages: identifiers[1])
    assert langid_model.load_identifier(LATIN_LANGUAGES) is identifiers[1]


def test_cache_written_once_and_reused(identifiers, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "cache" / "model.bin"
    monkeypatch.setattr(langid_model, "cache_path", lambda languages: path)
    monkeypatch.setattr(langid_model, "py3langid_identifier", lambda languages: identifiers[1])
    first = langid_model.load_identifier(LATIN_LANGUAGES)
    assert isinstance(first, langid_model.CachedIdentifier) and path.is_file()
    stamp = path.stat().st_mtime_ns
    second = langid_model.load_identifier(LATIN_LANGUAGES)
    assert isinstance(second, langid_model.CachedIdentifier)
    assert path.stat().st_mtime_ns == stamp
    assert not list(path.parent.glob(".*.tmp"))


def _loaded_after(code: str) -> dict:
    probe = (
        "import json, sys\n" + code + "\nfrom citekit.lang import detect\n"
        "print(json.dumps({'model': detect._identifier.cache_info().currsize,"
        " 'numpy': 'numpy' in sys.modules, 'requests': 'requests' in sys.modules}))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_script_decided_reference_never_loads_the_model() -> None:
    found = _loaded_after(
        "import citekit\nitem = citekit.parse('김철수, 「북한 인권 연구」, 『법학연구』 12(3) (2020): 1-20.')"
        "\nassert item['language'] == 'ko'"
    )
    assert found == {"model": 0, "numpy": False, "requests": False}


def test_function_words_decide_without_the_model() -> None:
    found = _loaded_after(
        "from citekit.lang import detect_language\n"
        "assert detect_language('The history of the law of the sea') == 'en'"
    )
    assert found["model"] == 0


def test_import_citekit_loads_no_command_modules() -> None:
    probe = "import sys, citekit\nprint(sorted(m for m in sys.modules if m.startswith('citekit')))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "['citekit']"


_TITLE_WORDS = {
    "en": "law court review journal history of the and rights state public policy essays",
    "de": "Recht Gericht Zeitschrift Geschichte des der und Staat öffentliches Verfahren für",
    "fr": "droit cour revue histoire de la et des État public procédure société études",
    "es": "derecho tribunal revista historia del la y los Estado público proceso años",
    "it": "diritto corte rivista storia della il e dei Stato pubblico processo società",
    "pt": "direito tribunal revista história do da e dos Estado público processo ações",
    "nl": "recht rechtbank tijdschrift geschiedenis van het en der staat openbaar bestuur",
}
_WORDS = {language: words.split() for language, words in _TITLE_WORDS.items()}
_OTHER = ["1999", "12(3)", "pp. 45–67", "Vol.", "No. 4", "—", "«", "»", "“", "”", "Müller",
          "São", "ÉTUDES", "Łódź", "Ørsted", "naïve", "x", "&", "https://example.org/a"]


def _generated(count: int, seed: int) -> list[str]:
    """Short titles: words of one or two languages, sometimes capitals, digits, marks."""
    import random

    rng = random.Random(seed)
    languages = sorted(_WORDS)
    texts = []
    for _ in range(count):
        first, second = rng.choice(languages), rng.choice(languages)
        words = [rng.choice(_WORDS[first if rng.random() < 0.75 else second])
                 for _ in range(rng.randint(1, 9))]
        if rng.random() < 0.3:
            words.insert(rng.randrange(len(words) + 1), rng.choice(_OTHER))
        text = " ".join(words)
        texts.append(text.upper() if rng.random() < 0.1 else text)
    return texts


def test_cached_model_agrees_on_generated_titles(identifiers) -> None:  # type: ignore[no-untyped-def]
    fast, slow = identifiers
    for text in _generated(400, seed=15):
        language, probability = fast.classify(text)
        expected, expected_probability = slow.classify(text)
        assert language == expected, text
        assert probability == pytest.approx(expected_probability, abs=1e-4), text  # float32 there


def test_cached_model_agrees_on_the_language_dev_set(identifiers, shared: Path) -> None:  # type: ignore[no-untyped-def]
    fast, slow = identifiers
    rows = [json.loads(line) for line in (shared / "lang-dev" / "langid.jsonl").open(encoding="utf-8")
            if line.strip()]
    assert len(rows) > 100
    for row in rows:
        assert fast.classify(row["input"])[0] == slow.classify(row["input"])[0], row["id"]


def test_a_latin_reference_left_to_the_model_imports_no_numpy() -> None:
    code = (
        "from citekit.lang import detect\n"
        "assert detect.confident_language('Tijdschrift voor Privaatrecht') is not None"
    )
    _loaded_after(code)  # writes the cache where it is missing (NumPy then)
    found = _loaded_after(code)
    assert found == {"model": 1, "numpy": False, "requests": False}



def _mapped_kib(path: Path) -> int:
    """Resident KiB of ``path``'s mappings in this process (Linux smaps)."""
    total, current = 0, ""
    with open("/proc/self/smaps", encoding="utf-8") as smaps:
        for line in smaps:
            parts = line.split()
            if parts and "-" in parts[0] and len(parts) >= 5:
                current = parts[5] if len(parts) > 5 else ""
            elif parts and parts[0] == "Rss:" and current == str(path):
                total += int(parts[1])
    return total


def test_release_gives_the_pages_back_and_keeps_the_answers():
    import os
    import random

    identifier = langid_model.load_identifier(LATIN_LANGUAGES)
    if not isinstance(identifier, langid_model.CachedIdentifier) or not os.path.exists(
        "/proc/self/smaps"
    ):
        pytest.skip("needs the cached model and Linux smaps")
    path = langid_model.cache_path(LATIN_LANGUAGES)
    rng = random.Random(5)
    texts = [
        "".join(rng.choice("abcdefghijklmnopqrstuvwxyz    ") for _ in range(80))
        for _ in range(300)
    ]
    before = [identifier.classify(text) for text in texts]
    touched = _mapped_kib(path)
    identifier.release()
    assert touched > 1024 and _mapped_kib(path) < touched // 10
    assert [identifier.classify(text) for text in texts] == before
