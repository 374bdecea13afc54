"""py3langid's model, restricted to a few languages, loaded in milliseconds.

py3langid unpacks its whole LZMA-compressed model (97 languages) with NumPy on first use,
about half a second, which a command formatting one reference pays every time. citekit
only asks about :data:`detect.LATIN_LANGUAGES`, so on first use it writes the part of the
model those need (the byte automaton, and the feature weights of those languages) as
flat arrays in the user cache folder, and afterwards maps that file and scores a text in
plain Python: the same naive Bayes sum as py3langid (``log1p`` of each feature's count
times its weights, plus the priors; probabilities by softmax over ``sqrt`` of the length),
so the answers are py3langid's. ``tests/test_lang_langid_model.py`` compares the two.

Where the cache cannot be written, py3langid's own identifier is used.
"""

from __future__ import annotations

import json
import math
import mmap
import os
import unicodedata
import zlib
from collections import Counter
from pathlib import Path

FORMAT = 2
"""Layout version of the cache file."""


class CachedIdentifier:
    """Scores texts with the arrays of a cache file (see :func:`write_cache`)."""

    def __init__(self, path: Path) -> None:
        with open(path, "rb") as handle:
            self._map = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        header_size = int.from_bytes(self._map[:8], "little")
        header = json.loads(self._map[8 : 8 + header_size])
        view = memoryview(self._map)
        arrays = {}
        for name, (code, start, length) in header["arrays"].items():
            arrays[name] = view[start : start + length].cast(code)
        self.classes: list[str] = header["classes"]
        self._nextmove = arrays["nextmove"]
        self._rowbase = arrays["rowbase"]
        self._output = arrays["output"]
        self._weights = arrays["weights"]
        self._priors = list(arrays["priors"])

    def classify(self, text: str) -> tuple[str, float]:
        """(language, probability) as py3langid's ``classify`` with ``norm_probs``."""
        if text.isupper():
            text = text.lower()
        data = unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")
        nextmove, rowbase, output = self._nextmove, self._rowbase, self._output
        state, found = 0, []
        for byte in data:
            state = nextmove[rowbase[state] + byte]
            feature = output[state]
            if feature >= 0:
                found.append(feature)
        count = len(self.classes)
        if not found:
            return self.classes[0], 1.0 / count
        scores = list(self._priors)
        weights = self._weights
        for feature, seen in Counter(found).items():
            weight = math.log1p(seen)
            row = feature * count
            for index in range(count):
                scores[index] += weight * weights[row + index]
        scale = 1.0 / math.sqrt(len(data) or 1)
        top = max(scores) * scale
        exps = [math.exp(score * scale - top) for score in scores]
        total = sum(exps)
        best = max(range(count), key=exps.__getitem__)
        return self.classes[best], exps[best] / total

    def release(self) -> None:
        """Give the pages of the file read so far back (they are read again when needed):
        a long list touches about half the file, which would otherwise stay in memory."""
        if hasattr(self._map, "madvise") and hasattr(mmap, "MADV_DONTNEED"):
            self._map.madvise(mmap.MADV_DONTNEED)


MODEL_FILE = "data/model.npz.xz"
"""py3langid's model, inside its package (``py3langid.langid.MODEL_FILE``)."""


def _model_file() -> Path:
    """py3langid's model file, found without importing py3langid (which imports NumPy,
    ~100 ms, where the cache already holds what is needed)."""
    from importlib.util import find_spec

    spec = find_spec("py3langid")
    if spec is None or not spec.submodule_search_locations:
        raise OSError("py3langid is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / MODEL_FILE


def cache_path(languages: tuple[str, ...]) -> Path:
    """Where the restricted model for ``languages`` is cached (named by model and languages)."""
    from ..userdirs import cache_folder

    model = _model_file()
    stat = model.stat()
    key = f"{FORMAT} {model} {stat.st_size} {stat.st_mtime_ns} {','.join(languages)}"
    digest = f"{zlib.crc32(key.encode('utf-8')):08x}"  # a name, not a check: hashlib costs ~2 ms
    return cache_folder() / f"langid-{digest}.bin"


def write_cache(identifier: object, path: Path) -> None:
    """Write ``identifier``'s (a restricted py3langid ``LanguageIdentifier``) arrays to
    ``path`` atomically: a JSON header (array type codes, offsets, lengths) then the data."""
    import numpy as np

    classes = list(identifier.nb_classes)  # type: ignore[attr-defined]
    if len(set(classes)) != len(classes):
        raise ValueError("aliased languages are not supported")
    nextmove = np.asarray(identifier.tk_nextmove)  # type: ignore[attr-defined]
    arrays = {
        "nextmove": ("I", nextmove.astype(np.uint32)),
        "rowbase": ("I", np.asarray(identifier.tk_row, dtype=np.uint32) << 8),  # type: ignore[attr-defined]
        "output": ("i", np.asarray(identifier.tk_output, dtype=np.int32)),  # type: ignore[attr-defined]
        "weights": ("d", np.asarray(identifier.nb_ptc, dtype=np.float64)),  # type: ignore[attr-defined]
        "priors": ("d", np.asarray(identifier.nb_pc, dtype=np.float64)),  # type: ignore[attr-defined]
    }
    blobs, layout, offset = [], {}, 0
    for name, (code, values) in arrays.items():
        blob = np.ascontiguousarray(values).tobytes()
        layout[name] = [code, offset, len(blob)]
        blobs.append(blob)
        offset += len(blob)
    header = json.dumps({"classes": classes, "arrays": layout}).encode("utf-8")
    start = 8 + len(header)
    start += -start % 8  # arrays aligned for memoryview.cast
    for entry in layout.values():
        entry[1] += start
    header = json.dumps({"classes": classes, "arrays": layout}).encode("utf-8")
    padding = b" " * (start - 8 - len(header))
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "wb") as handle:
            handle.write(len(header + padding).to_bytes(8, "little") + header + padding)
            for blob in blobs:
                handle.write(blob)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def py3langid_identifier(languages: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """py3langid's own identifier, restricted to ``languages`` (the slow load)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(languages))
    return identifier


def load_identifier(languages: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """A fast identifier from the cache (written on first use), else py3langid's."""
    try:
        path = cache_path(languages)
        if not path.is_file():
            write_cache(py3langid_identifier(languages), path)
        return CachedIdentifier(path)
    except (OSError, ValueError, KeyError):
        return py3langid_identifier(languages)
