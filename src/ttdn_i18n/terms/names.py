"""Personal names in MT output: the office's written form, placeholder masking.

The segmenter marks Vietnamese personal names as ``protected`` spans of kind
``name`` (:func:`ttdn_i18n.sources.segments.name_spans`).  This module says
what form a name must take in a target and keeps MT from losing it:

* :func:`expected_name` — the form the office writes.  English-language
  Vietnamese media (VNA, Vietnam News, VOV World) write names without
  diacritics ("Pham Minh Chinh"): the ``ascii`` style (default).  ``keep``
  writes the name as in the source.  Lao and Khmer media transliterate: the
  form is left to the reviewer, MT output carries the name as written.
* :func:`mask_names` / :func:`restore_names` — mask → translate → restore.
  Each name in the source is replaced by a number placeholder (``8801``,
  ``8802`` …; a number the sentence does not contain) before MT: NMT models
  copy numbers far more reliably than rare proper nouns, which they split
  into sub-words and "translate".  After MT each placeholder is replaced by
  the expected form.  A model that drops a placeholder leaves a target
  without the name: the ``names`` QA check reports it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ttdn_i18n.model import Span
from ttdn_i18n.sources.normalize import strip_diacritics

__all__ = [
    "NAME_STYLES",
    "DEFAULT_NAME_STYLE",
    "check_name_style",
    "source_names",
    "expected_name",
    "name_in_target",
    "mask_names",
    "restore_names",
]

#: ``ascii``: "Pham Minh Chinh" (the press default); ``keep``: "Phạm Minh Chính".
NAME_STYLES = ("ascii", "keep")
DEFAULT_NAME_STYLE = "ascii"
# Placeholder numbers: the first base none of whose numbers the sentence holds.
_BASES = (8800, 7700, 6600, 9900, 5500)


def check_name_style(style: str) -> str:
    from ttdn_i18n.errors import ConfigError

    if style not in NAME_STYLES:
        raise ConfigError(f"unknown name style '{style}'; use one of: {', '.join(NAME_STYLES)}")
    return style


def source_names(source: str, protected: Sequence[Span] | None = None) -> list[str]:
    """The distinct personal names of ``source``, in order.

    From the unit's ``protected`` spans when it has any; a unit read back from a
    format that does not keep them (or an empty tuple) gets them recomputed
    from the source with :func:`~ttdn_i18n.sources.segments.protected_spans`.
    """
    if not protected:
        from ttdn_i18n.sources.segments import protected_spans

        protected = protected_spans(source)
    names = (source[s.start : s.end].strip() for s in protected if s.kind == "name")
    return list(dict.fromkeys(n for n in names if n))


def _primary(lang: str) -> str:
    return lang.replace("_", "-").split("-")[0].lower()


def expected_name(name: str, lang: str, style: str = DEFAULT_NAME_STYLE) -> str:
    """The form ``name`` takes in a ``lang`` target: ASCII for English in the
    ``ascii`` style, otherwise as written (Lao/Khmer: the reviewer transliterates)."""
    if _primary(lang) == "en" and style == "ascii":
        return strip_diacritics(name)
    return name


def _accepted(name: str, lang: str, style: str) -> list[str]:
    if _primary(lang) == "en" and style == "keep":
        return [name]
    return list(dict.fromkeys([expected_name(name, lang, style), name, strip_diacritics(name)]))


def _contains(target: str, form: str) -> bool:
    words = [re.escape(w) for w in form.split()]
    pattern = r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)"
    return re.search(pattern, target, re.IGNORECASE) is not None


def name_in_target(target: str, name: str, lang: str, style: str = DEFAULT_NAME_STYLE) -> bool:
    """Does ``target`` hold ``name`` in an accepted form (case-insensitive)?

    English, ``ascii``: the ASCII form or the name as written; ``keep``: as
    written only.  Lao/Khmer: either form (a transliteration cannot be checked).
    """
    return any(_contains(target, form) for form in _accepted(name, lang, style))


def _placeholders(source: str, count: int) -> list[str]:
    for base in _BASES:
        numbers = [str(base + i) for i in range(1, count + 1)]
        if not any(n in source for n in numbers):
            return numbers
    return [f"{_BASES[0]}{i}" for i in range(1, count + 1)]  # practically unreachable


def mask_names(text: str, names: Iterable[str]) -> tuple[str, dict[str, str]]:
    """``text`` with each name replaced by a placeholder; {placeholder: name}."""
    found = [n for n in dict.fromkeys(names) if n and n in text]
    if not found:
        return text, {}
    mapping: dict[str, str] = {}
    for placeholder, name in zip(_placeholders(text, len(found)),
                                 sorted(found, key=len, reverse=True), strict=True):
        mapping[placeholder] = name
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", placeholder, text)
    return text, mapping


def restore_names(text: str, mapping: dict[str, str], lang: str,
                  style: str = DEFAULT_NAME_STYLE) -> tuple[str, int]:
    """``text`` with each placeholder back as the name's expected form, and how many
    placeholders were found (one per name: a dropped one stays dropped)."""
    kept = 0
    for placeholder, name in mapping.items():
        pattern = re.compile(rf"(?<![\d.,]){placeholder}(?!\d|[.,]\d)")
        form = expected_name(name, lang, style)
        text, n = pattern.subn(lambda _m: form, text)  # noqa: B023 (used at once)
        kept += int(n > 0)
    return text, kept
