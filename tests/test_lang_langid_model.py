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
