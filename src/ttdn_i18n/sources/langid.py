"""Language identification: is this article Vietnamese, is this sentence a quotation?

langdetect is random by design; ``DetectorFactory.seed = 0`` makes it give the
same answer on every run, which the tests and the review files rely on.  Its
language profiles load once, on first use, and are shared by every later call;
the probability table is built lazily, one n-gram at a time (``_LazyProbMap``).
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
    "language_probability",
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
# Vietnamese letters outside Latin Extended Additional (U+1EA0-U+1EF9, all Vietnamese).
_VI_LETTERS = frozenset("đăâêôơưàáãèéìíòóõùúýĐĂÂÊÔƠƯÀÁÃÈÉÌÍÒÓÕÙÚÝ")
_VI_MIN_SHARE = 0.25
_VI_MIN_MARKED = 30


class _LazyProbMap:
    """langdetect's ``word_lang_prob_map``, built per n-gram on first lookup.

    ``DetectorFactory.load_profile`` fills one list of ~55 probabilities for
    every n-gram of every profile (about 180,000) before the first detection;
    a detection only looks at the few hundred n-grams of its text. This map
    gives exactly the same lists (same profile order, same arithmetic), only
    when asked for, which cuts the first detection from ~0.3 s to the JSON load.
    """

    def __init__(self, profiles: list[tuple[dict[str, int], list[int]]], size: int) -> None:
        self._profiles = profiles
        self._size = size  # langdetect sizes the lists by the directory listing
        self._built: dict[str, list[float] | None] = {}  # None: in no profile

    def _lookup(self, word: str) -> list[float] | None:
        if word in self._built:
            return self._built[word]
        probs: list[float] | None = None
        length = len(word)
        for index, (freq, n_words) in enumerate(self._profiles):
            count = freq.get(word)
            if count is None:
                continue
            if probs is None:
                probs = [0.0] * self._size
            if 1 <= length <= 3:
                probs[index] = 1.0 * count / n_words[length - 1]
        self._built[word] = probs
        return probs

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._lookup(word) is not None

    def __getitem__(self, word: str) -> list[float]:
        probs = self._lookup(word)
        if probs is None:
            raise KeyError(word)
        return probs


@lru_cache(maxsize=1)
def _factory_ready() -> bool:
    import json
    import os

    from langdetect import DetectorFactory
    from langdetect import detector_factory as factory_module

    DetectorFactory.seed = 0
    if factory_module._factory is None:
        # Same profiles, same order as ``init_factory()`` (os.listdir order), but
        # the per-n-gram probability lists are built lazily (see _LazyProbMap).
        directory = factory_module.PROFILES_DIRECTORY
        langlist: list[str] = []
        profiles: list[tuple[dict[str, int], list[int]]] = []
        filenames = os.listdir(directory)
        for filename in filenames:
            if filename.startswith("."):
                continue
            path = os.path.join(directory, filename)
            if not os.path.isfile(path):
                continue
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle)
            if data["name"] in langlist:
                factory_module.init_factory()  # let langdetect report the problem
                return True
            langlist.append(data["name"])
            profiles.append((data["freq"], data["n_words"]))
        factory = DetectorFactory()
        factory.langlist = langlist
        factory.word_lang_prob_map = _LazyProbMap(profiles, len(filenames))
        factory_module._factory = factory
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
    sample = text[:5000]
    if _surely_vietnamese(sample):
        return "vi"
    ranked = _probabilities(sample)
    return ranked[0][0] if ranked else "unknown"


def _surely_vietnamese(text: str) -> bool:
    """True when ``text`` is so full of Vietnamese letters that langdetect can only say "vi".

    Letters found only in Vietnamese (ă â đ ê ô ơ ư and the tone-marked vowels of
    Latin Extended Additional) plus the acute/grave/tilde vowels make up 25-40 % of
    the letters of Vietnamese prose. On the labelled pages, the examples and the
    corpus (1,894 texts), no text langdetect called another language had more
    than 4 %. Above a quarter, with at least 30 such letters, the answer is
    "vi" without loading the profiles.
    """
    letters = _LETTER.findall(text)
    if not letters:
        return False
    marked = sum(1 for c in letters if c in _VI_LETTERS or "\u1ea0" <= c <= "\u1ef9")
    return marked >= _VI_MIN_MARKED and marked >= _VI_MIN_SHARE * len(letters)


def language_probability(text: str, code: str) -> float:
    """The probability langdetect gives language ``code`` for ``text`` (0.0: cannot tell).

    Seeded and with the lazily built profiles of this module, like every other
    langdetect question ttdn-i18n asks.
    """
    return max((prob for lang, prob in _probabilities(text) if lang == code), default=0.0)


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
