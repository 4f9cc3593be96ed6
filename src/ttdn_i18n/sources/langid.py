"""Language identification: is this article Vietnamese, is this sentence a quotation?

langdetect is random by design; ``DetectorFactory.seed = 0`` makes it give the
same answer on every run, which the tests and the review files rely on.  Its
language profiles load once, on first use (about half a second), and are
shared by every later call.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = [
    "LANGUAGE_NAMES",
    "MIN_LETTERS",
    "detect_language",
    "language_name",
    "foreign_language",
]

#: Below this many letters langdetect guesses; we say "unknown" instead.
MIN_LETTERS = 12
#: Names used in messages; other codes are shown as they are.
LANGUAGE_NAMES = {
    "vi": "Vietnamese", "en": "English", "fr": "French", "de": "German", "ru": "Russian",
    "zh-cn": "Chinese", "zh-tw": "Chinese", "ja": "Japanese", "ko": "Korean", "lo": "Lao",
    "km": "Khmer", "th": "Thai", "es": "Spanish", "pt": "Portuguese", "it": "Italian",
    "id": "Indonesian", "nl": "Dutch",
}

_LETTER = re.compile(r"[^\W\d_]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_WORDS = re.compile(r"[^\W\d_]+")
# A quotation worth flagging has at least this many words and is "mostly ASCII letters":
# Vietnamese prose, even full of proper nouns, has far more accented letters than this.
_FOREIGN_MIN_WORDS = 4
_FOREIGN_MIN_ASCII_SHARE = 0.9
_FOREIGN_MIN_PROB = 0.9


@lru_cache(maxsize=1)
def _factory_ready() -> bool:
    from langdetect import DetectorFactory
    from langdetect.detector_factory import init_factory

    DetectorFactory.seed = 0
    init_factory()  # loads every profile once; later detections reuse them
    return True


def _probabilities(text: str) -> list[tuple[str, float]]:
    _factory_ready()
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        return [(str(r.lang), float(r.prob)) for r in detect_langs(text)]
    except LangDetectException:
        return []


def detect_language(text: str) -> str:
    """The language code of ``text`` ("vi", "en" ...).

    Returns ``""`` for empty text and ``"unknown"`` when there are too few
    letters to tell or langdetect has no answer.
    """
    text = text.strip()
    if not text:
        return ""
    letters = _LETTER.findall(text)
    if len(letters) < MIN_LETTERS:
        return "unknown"
    ranked = _probabilities(text[:5000])
    return ranked[0][0] if ranked else "unknown"


def language_name(code: str) -> str:
    """ "en" -> "English"; unknown codes come back unchanged."""
    return LANGUAGE_NAMES.get(code, code)


def foreign_language(text: str) -> tuple[str, float] | None:
    """``(code, probability)`` when a sentence is confidently not Vietnamese, else None.

    Only sentences of at least four words written mostly in ASCII letters are
    asked about: short phrases ("Festival", "Internet") and Vietnamese with many
    proper nouns are never flagged.
    """
    if len(_WORDS.findall(text)) < _FOREIGN_MIN_WORDS:
        return None
    letters = _LETTER.findall(text)
    if not letters:
        return None
    ascii_share = sum(1 for c in letters if _ASCII_LETTER.match(c)) / len(letters)
    if ascii_share < _FOREIGN_MIN_ASCII_SHARE:
        return None
    ranked = _probabilities(text)
    if not ranked:
        return None
    code, prob = ranked[0]
    if code == "vi" or prob < _FOREIGN_MIN_PROB:
        return None
    return code, prob
