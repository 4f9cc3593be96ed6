"""Vietnamese text normalization.

Two levels, on purpose:

* :func:`normalize_text` is *safe*: it changes only what no author meant
  (decomposed characters, the look-alike Icelandic eth, invisible spaces).
  Its result is what goes into the XLIFF ``<source>``.
* :func:`canonical` is the *matching key* (glossary, translation memory,
  duplicate detection).  It also folds tone-mark placement ("hoà" and "hòa"
  are both correct spellings of the same word) and, by default, case.  It is
  never shown to a translator.

``canonical(normalize_text(s))`` has exactly the length of
``normalize_text(s)``, so offsets found on the key index the source text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "normalize_text",
    "canonical",
    "fold_tone_placement",
    "strip_diacritics",
    "has_vietnamese_letters",
]

# Spaces that are not U+0020 but mean one (NBSP, narrow NBSP, figure space,
# ideographic space, tabs) and characters that should simply vanish.
_SPACE_LIKE = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u2009\u200a\u3000\t\r\n\f\v"), " ")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACE_RUN = re.compile(r" {2,}")
_WORD = re.compile(r"\w+")
# Letters that show a word really is Icelandic/Faroese/Nordic, where "ð" is right.
_NORDIC = set("þÞæÆöÖøØåÅ")

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook, dot below
# Open syllables ending in these vowel pairs are spelled both ways.
_MOVABLE_PAIRS = ("oa", "oe", "uy")


def _fix_eth(match: re.Match[str]) -> str:
    word = match.group(0)
    if ("Ð" not in word and "ð" not in word) or _NORDIC.intersection(word):
        return word
    return word.replace("Ð", "Đ").replace("ð", "đ")


def normalize_text(text: str) -> str:
    """Return ``text`` in NFC with the look-alike Đ fixed and spaces folded.

    * NFC, so NFD input and Windows-1258 combining tones compare equal;
    * ``Ð`` (U+00D0) and ``ð`` (U+00F0) become ``Đ``/``đ`` inside words that are
      not Nordic (Vietnamese never uses eth; copy-paste from some fonts does);
    * NBSP and other space characters become a space, zero-width characters
      and soft hyphens vanish, runs of spaces collapse, ends are trimmed.
    """
    # Invisible characters go first: one between a letter and its combining
    # tone mark would otherwise keep NFC from composing them.
    text = unicodedata.normalize("NFC", text.translate(_INVISIBLE)).translate(_SPACE_LIKE)
    if "Ð" in text or "ð" in text:
        text = _WORD.sub(_fix_eth, text)
    return _SPACE_RUN.sub(" ", text).strip()


def _fold_syllable(match: re.Match[str]) -> str:
    return _fold_word(match.group(0))


# Pure, and a text has few distinct syllables: fold each one once per process.
@lru_cache(maxsize=16384)
def _fold_word(syllable: str) -> str:
    if syllable.isascii():
        return syllable  # no combining tone mark can hide in ASCII
    decomposed = unicodedata.normalize("NFD", syllable)
    tones = [c for c in decomposed if c in _TONE_MARKS]
    if len(tones) != 1:
        return syllable
    tone = tones[0]
    bare = [c for c in decomposed if c not in _TONE_MARKS]
    # bare letters with their other marks (circumflex, horn...) still attached
    bare_nfc = unicodedata.normalize("NFC", "".join(bare))
    low = bare_nfc.lower()
    pair = low[-2:]
    if pair not in _MOVABLE_PAIRS or len(low) < 2:
        return syllable
    if pair == "uy" and low[-3:-2] == "q":
        return syllable  # "quý": the u belongs to "qu", the tone sits on y either way
    # Put the tone on the first vowel of the pair (the "hòa"/"thủy" form).
    head, first, last = bare_nfc[:-2], bare_nfc[-2], bare_nfc[-1]
    folded = head + unicodedata.normalize("NFC", first + tone) + last
    return folded if len(folded) == len(syllable) else syllable


def fold_tone_placement(text: str) -> str:
    """Rewrite old-style tone placement to one form: "hoà"→"hòa", "thuỷ"→"thủy".

    Length-preserving on NFC text.
    """
    return _WORD.sub(_fold_syllable, text)


def _lower_same_length(text: str) -> str:
    # str.lower() may grow a string ("İ" -> "i̇"); the key must keep offsets.
    out = text.lower()
    if len(out) == len(text):
        return out
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def canonical(text: str, *, fold_case: bool = True) -> str:
    """The matching key of ``text``: normalized, tone placement folded, case folded.

    Use ``fold_case=False`` for case-sensitive entries such as abbreviations
    ("BCĐ" must not match the word "bcđ" in a URL slug).
    """
    if len(text) > _CANONICAL_MEMO_MAX_CHARS:
        return _canonical_uncached(text, fold_case)
    return _canonical(text, fold_case)


#: Longer texts are not memoized, so the memo stays small (a few MB at most).
_CANONICAL_MEMO_MAX_CHARS = 400


def _canonical_uncached(text: str, fold_case: bool) -> str:
    key = fold_tone_placement(normalize_text(text))
    return _lower_same_length(key) if fold_case else key


# Pure: block texts and words are canonicalised again by each classifier and check.
_canonical = lru_cache(maxsize=8192)(_canonical_uncached)


def strip_diacritics(text: str) -> str:
    """"Quảng Trị" -> "Quang Tri", "Đắk Lắk" -> "Dak Lak" (English press forms)."""
    text = text.replace("Đ", "D").replace("đ", "d").replace("Ð", "D").replace("ð", "d")
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


_VI_SPECIFIC = re.compile(
    "[ăâđêôơưĂÂĐÊÔƠƯ"
    "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
    "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]"
)


def has_vietnamese_letters(text: str) -> bool:
    """True when ``text`` contains a letter only Vietnamese spelling uses."""
    return _VI_SPECIFIC.search(text) is not None
