"""Which language a report is in: py3langid (langid.py's model, weights inside the package).

py3langid 0.4.0 covers Pashto as well as Dari/Persian, Urdu and Arabic and ships its model in
the wheel, so nothing is downloaded; lingua-language-detector has no Pashto. Its Persian
model is Iranian Persian: Dari comes out as `fa`, which is what we call Dari too.

Texts with hardly any Arabic-script letters are not given to the model for the choice that
matters to extraction (English or one of the four): the script alone decides that, and the
model only names the language for the record.
"""

from __future__ import annotations

import copy
import lzma
import re
import shutil
import threading
from array import array
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from tasdiq.cache import derived_file
from tasdiq.extract.native.script import arabic_share

# Languages Tasdiq extracts from: English by the main extractor, the others by this package.
READABLE = ("en", "fa", "ps", "ur", "ar")
NATIVE = ("fa", "ps", "ur", "ar")
NAMES = {"en": "English", "fa": "Dari/Persian", "ps": "Pashto", "ur": "Urdu", "ar": "Arabic"}
# Below this share of Arabic-script letters a text is read as English (a quoted name or a
# dateline in Urdu inside an English story does not make it Urdu); above, as Arabic script.
ARABIC_SCRIPT = 0.5
SAMPLE = 3000  # characters the model reads: enough for a language, bounded for speed
# A Latin-script text is taken from the English path only when the model is this sure of
# another language: on the 1,500 English dev texts no text reaches it (short incident notes
# sometimes look like Latin or Tagalog to the model, at lower confidence).
CONFIDENT = 0.95

_lock = threading.Lock()
# stdlib array type codes by item size, as py3langid converts its tokenizer's tables
WIDTHS = {2: "H", 4: "I", 8: "L"}
_models: dict[str, Any] = {}


@dataclass(frozen=True)
class Identified:
    code: str  # ISO 639-1, "und" for no letters
    confidence: float

    @property
    def readable(self) -> bool:
        return self.code in READABLE

    @property
    def name(self) -> str:
        return NAMES.get(self.code, self.code)


def _model(scope: str) -> Any:
    """The langid model, over all its 97 languages or only the four of Arabic script.

    The file is read once (~0.6 CPU s to unpack) into a model over every language; each scope
    is a shallow copy of it that `set_languages` narrows by slicing new arrays, so the
    unpacked weights are shared and never changed.

    A scope's weights are then widened to float32 in row order, once. Scoring a text is
    `log1p(counts) @ weights[its feature rows]` (float32 counts): on the float16 weights numpy
    casts the gathered rows to a row-ordered float32 copy and runs the float32 product, and
    that cast (~15 us for a 1 KB report's 104 rows × 116 languages) and the gather from
    `set_languages`' column-ordered slice (~18 us, a cache line a value) were a fifth of
    identifying a report, which ingest does for every source. The product now gets the same
    operand, values and layout, so every score is the same bit for bit; the "all" scope's
    copy is 46 MB instead of 23."""
    import numpy as np

    with _lock:
        if scope not in _models:
            if "full" not in _models:
                _models["full"] = _full_model()
            full = _models["full"]
            model = copy.copy(full)
            if scope == "arabic":
                model.set_languages(list(NATIVE))
            else:
                # langid.py's own 97 languages: the later three-letter additions (Nigerian
                # Pidgin, Bikol ...) take short English headlines away from English
                model.set_languages(sorted({str(c) for c in full.nb_classes if len(str(c)) == 2}))
            model.nb_ptc = model.nb_ptc.astype(np.float32, order="C")
            _models[scope] = model
        return _models[scope]


def _unpack(packed: Path, target: Path) -> None:
    with lzma.open(packed) as src, target.open("wb") as dst:
        shutil.copyfileobj(src, dst, length=1 << 20)


def _as_array(values: Any) -> array[int]:
    # py3langid's own conversion (modelio._to_array): its tokenizer indexes stdlib arrays
    import numpy as np

    out: array[int] = array(WIDTHS[values.dtype.itemsize])
    out.frombytes(np.ascontiguousarray(values).tobytes())
    return out


def _full_model() -> Any:
    """py3langid's model over every language. Inflating its LZMA file costs 0.5 CPU s in each
    process; the inflated copy (68 MB) is kept in the cache folder (`tasdiq.cache`) and read
    in 0.06 s. Where the cache cannot be written, the packed file is read as py3langid reads it."""
    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    from tasdiq.extract.native.walk import identifier_class

    packed = Path(MODEL_DIR) / MODEL_FILE
    unpacked = derived_file("py3langid-model", source=packed, build=partial(_unpack, packed), suffix=".npz")
    if unpacked is None:
        return identifier_class().from_model_file(MODEL_FILE, norm_probs=True)
    with np.load(unpacked, allow_pickle=False) as data:
        return identifier_class()(
            np.asarray(data["ptc"]), np.asarray(data["pc"]), data["classes"].tolist(),
            _as_array(data["nextmove"]), data["out_feat"].tolist(),
            norm_probs=True, tk_row=_as_array(data["nextmove_row"]),
        )


def identify(text: str) -> Identified:
    """The language of a text; in Arabic script, always one of fa, ps, ur, ar."""
    sample = text[:SAMPLE]
    if not any(ch.isalpha() for ch in sample):
        return Identified("und", 0.0)
    # An ASCII text has no Arabic-script letter: no need to count its letters (ingest asks this
    # of every report, 30 us a KB)
    scope = "arabic" if not sample.isascii() and arabic_share(sample) >= ARABIC_SCRIPT else "all"
    code, confidence = _model(scope).classify(sample)
    return Identified(str(code), round(float(confidence), 3))


def native_language(text: str) -> str | None:
    """fa/ps/ur/ar for a text the native extractor should read, None for the English path."""
    if arabic_share(text[:SAMPLE]) < ARABIC_SCRIPT:
        return None
    return identify(text).code


# Words that make up a sixth or more of any English prose and little of other languages':
# such a text goes to the English path without the model (a millisecond per text saved).
ENGLISH_WORDS = frozenset({"the", "of", "and", "in", "to", "a", "was", "were", "is", "by", "on", "at", "for",
                           "said", "with", "from", "that"})
LATIN_WORD = re.compile(r"[A-Za-z]+")


def plainly_english(text: str) -> bool:
    words = LATIN_WORD.findall(text[:1500])
    return len(words) >= 8 and sum(w.lower() in ENGLISH_WORDS for w in words) / len(words) >= 0.15


def reading_language(text: str) -> str:
    """The language a text is read as: fa, ps, ur or ar (native path), en (English path),
    or the code of a language Tasdiq cannot read, which is then not read at all."""
    if plainly_english(text):
        return "en"
    found = identify(text)
    if found.code in NATIVE or found.code == "und":
        return found.code if found.code != "und" else "en"
    if found.code != "en" and found.confidence >= CONFIDENT:
        return found.code
    return "en"


def source_language(text: str, declared: str | None) -> str | None:
    """The language stored on a source: what the text is, unless the model is unsure and the
    publisher declared one (an HTML lang, a feed's language).

    Identifying is an enrichment, never a condition for keeping a report: the model unpacks
    itself into a temporary file on first use, and where the disk refuses that (full, over
    quota) the source keeps the declared language and extraction identifies it later."""
    try:
        found = identify(text)
    except OSError:
        return declared
    if found.code == "und":
        return declared
    if declared and found.code not in NATIVE and found.confidence < CONFIDENT:
        return declared.split("-")[0].lower()
    return found.code
