"""Quality checks on translated documents: what a reviewer must fix before publishing.

:func:`check_document` is pure: it looks at a :class:`~ttdn_i18n.model.Document`
and returns :class:`Finding` values; :func:`check_files` reads files at the edge.

The checks live in one registry, in the style of Translate Toolkit's pofilter:
each is a :class:`Check` (an id, a :class:`Category`, a default severity, a
one-line description and a function), registered with :func:`register_check`
and listed by :func:`all_checks` (``ttdn-i18n check --list``).  The registry is
the only list of checks: the CLI, the config validation and the README table
follow it.  Checks run in registration order, only on translatable units, and
only when the unit has a target unless the check says otherwise
(``empty-target`` is about the missing target itself).  ``skip=`` turns checks
off by id.

The checks are deliberately cheap and explainable, so a reviewer can act on each
finding without knowing how it was computed.
"""

from __future__ import annotations

import enum
import functools
import json
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Protocol

from ttdn_i18n.errors import QAError
from ttdn_i18n.model import Document, Severity, TermHit, Unit
from ttdn_i18n.sources.normalize import has_vietnamese_letters, normalize_text

__all__ = [
    "Category",
    "Check",
    "CheckContext",
    "CheckFunction",
    "Finding",
    "RawFinding",
    "all_checks",
    "check_ids",
    "format_checks",
    "get_check",
    "register_check",
    "unregister_check",
    "validate_skip",
    "check_document",
    "check_files",
    "collect_files",
    "format_findings",
    "findings_as_json",
    "summary_line",
]


@dataclass(frozen=True)
class Finding:
    """One problem in one segment of one file."""

    file: str
    unit_id: str
    severity: Severity
    check: str
    message: str
    #: The text a source flag quoted (spam): written with the QA note so that
    #: the flag, and so this finding, survives a round trip through the file.
    evidence: str = field(default="", compare=False)


class _Glossary(Protocol):
    def hits_for(self, text: str, lang: str) -> Sequence[TermHit]: ...


# --- the registry ----------------------------------------------------------------------------


class Category(enum.StrEnum):
    """What kind of problem a check looks for (``check --list`` shows it).

    ``completeness``: something of the source is not in the target at all;
    ``accuracy``: the target is there but does not carry the source (copied,
    still Vietnamese, a figure or code lost);
    ``terminology``: the glossary's approved or forbidden terms;
    ``fluency``: the target reads wrong even if it is complete (MT loops);
    ``source``: a problem carried in from the article itself (injected spam).
    """

    COMPLETENESS = "completeness"
    ACCURACY = "accuracy"
    TERMINOLOGY = "terminology"
    FLUENCY = "fluency"
    SOURCE = "source"


@dataclass(frozen=True)
class CheckContext:
    """What a check may need besides the unit and language."""

    document: Document | None = None
    glossary: _Glossary | None = None
    #: How English writes personal names: "ascii" (Pham Minh Chinh) or "keep" (as written).
    names: str = "ascii"


#: What a check function returns: (severity, message) or (severity, message, evidence);
#: None means the check's default.
RawFinding = tuple[Severity | None, str] | tuple[Severity | None, str, str]
#: ``(unit, lang, context) -> findings``; ``lang`` is the primary subtag ("en", "lo", "km").
CheckFunction = Callable[[Unit, str, CheckContext], list[RawFinding]]


@dataclass(frozen=True)
class Check:
    """One QA check: an id for ``--skip`` and ``[check] skip``, and the function."""

    id: str
    category: Category
    severity: Severity  # what a finding gets when the function gives None
    description: str  # one line, for ``check --list``
    run: CheckFunction
    needs_target: bool = True  # False: also run on units with a blank target

    def __post_init__(self) -> None:
        if not re.fullmatch(r"[a-z][a-z0-9-]*", self.id):
            raise ValueError(f"check id {self.id!r} must be lower-case letters, digits and -")
        if "\n" in self.description or not self.description.strip():
            raise ValueError(f"check {self.id}: the description must be one non-empty line")


_REGISTRY: dict[str, Check] = {}


def register_check(check: Check) -> Check:
    """Add ``check`` to the registry (it runs after those already there).

    An id that is already registered is a :class:`ValueError`: replacing a
    built-in check silently would change every report.
    """
    if check.id in _REGISTRY:
        raise ValueError(f"a check with id '{check.id}' is already registered")
    _REGISTRY[check.id] = check
    return check


def unregister_check(check_id: str) -> Check:
    """Remove a check from the registry and return it (for plug-ins and tests)."""
    return _REGISTRY.pop(get_check(check_id).id)


def check_ids() -> list[str]:
    """Every registered id, sorted."""
    return sorted(_REGISTRY)


def _unknown(check_id: str) -> QAError:
    return QAError(f"unknown check '{check_id}'; use one of: {', '.join(check_ids())}")


def get_check(check_id: str) -> Check:
    """The check registered as ``check_id``; :class:`QAError` naming the valid ids if none."""
    try:
        return _REGISTRY[check_id]
    except KeyError:
        raise _unknown(check_id) from None


def all_checks() -> list[Check]:
    """Every registered check, in the order they run."""
    return list(_REGISTRY.values())


def validate_skip(skip: Iterable[str]) -> frozenset[str]:
    """``skip`` as a set of ids; the first unknown id (sorted) is a :class:`QAError`."""
    ids = frozenset(skip)
    unknown = sorted(ids - _REGISTRY.keys())
    if unknown:
        raise _unknown(unknown[0])
    return ids


def format_checks(checks: Sequence[Check] | None = None) -> str:
    """An aligned table (ID, CATEGORY, SEVERITY, DESCRIPTION) of ``checks`` (default: all)."""
    rows = [("ID", "CATEGORY", "SEVERITY", "DESCRIPTION")]
    rows += [(c.id, c.category, c.severity, c.description)
             for c in (all_checks() if checks is None else checks)]
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    return "\n".join(
        "  ".join([*(r[i].ljust(widths[i]) for i in range(3)), r[3]]).rstrip() for r in rows
    )


# --- helpers ---------------------------------------------------------------------------------


def _primary(lang: str) -> str:
    return lang.replace("_", "-").split("-")[0].lower()


_URL = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+", re.IGNORECASE)
_LETTER_WORD = re.compile(r"[^\W\d_]+")


def _words(text: str) -> list[str]:
    return _LETTER_WORD.findall(text)


def _blank_out(text: str, pieces: Iterable[str]) -> str:
    # Replace with spaces rather than delete so neighbouring tokens never fuse.
    for piece in pieces:
        if piece:
            text = text.replace(piece, " " * len(piece))
    return text


def _protected_texts(unit: Unit) -> list[str]:
    # Names and codes the segmenter marked as "keep verbatim" may legitimately
    # stay Vietnamese (with diacritics) in any target language.
    out = []
    for span in unit.protected:
        piece = unit.source[span.start : span.end]
        if piece.strip():
            out.append(piece)
    return out


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= limit else text[: limit - 1] + '…'}”"


# --- empty-target ----------------------------------------------------------------------------


def _empty_target(unit: Unit, lang: str, ctx: CheckContext) -> list[RawFinding]:
    if unit.target.strip():
        return []
    if unit.state.value == "new":
        return [(Severity.WARNING, "not translated yet")]
    return [(None, f"the target is empty although the state is {unit.state.value}; "
                   "translate the segment or set it back to new")]


# --- same-as-source --------------------------------------------------------------------------


def _is_name_or_code(source: str) -> bool:
    """True for a short source made only of capitalised words: a name, a place, an acronym."""
    words = _words(source)
    if not words:
        return True
    return len(words) <= 5 and all(w[0].isupper() for w in words)


def _same_as_source(unit: Unit, lang: str, ctx: CheckContext) -> list[RawFinding]:
    src, tgt = normalize_text(unit.source), normalize_text(unit.target)
    if src.casefold() != tgt.casefold() or _is_name_or_code(src):
        return []
    return [(None, "the target is the Vietnamese source copied unchanged; translate it")]


# --- untranslated-vietnamese -----------------------------------------------------------------

_LAO = (0x0E80, 0x0EFF)
_KHMER = (0x1780, 0x17FF)
_SCRIPT_RANGES = {"lo": _LAO, "km": _KHMER}
_SCRIPT_NAMES = {"lo": "Lao", "km": "Khmer"}
_LANG_NAMES = {"en": "English", "lo": "Lao", "km": "Khmer"}
# Lao and Khmer digits are not letters: they must not count for or against the script.
_LOCAL_DIGITS = {base + i: str(i) for base in (0x0ED0, 0x17E0) for i in range(10)}


def _is_latin_letter(ch: str) -> bool:
    return ch.isalpha() and (ch < "\u0250" or "\u1e00" <= ch <= "\u1eff")


def _in_range(ch: str, rng: tuple[int, int]) -> bool:
    return rng[0] <= ord(ch) <= rng[1]


def _vi_words(text: str) -> list[str]:
    return [w for w in _words(text) if has_vietnamese_letters(w)]


# One Vietnamese syllable written without diacritics: onset, 1-3 vowels, coda.
_BARE_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)
#: langdetect is asked only when at least this share of the lower-case words could be
#: Vietnamese syllables.  Measured: sentences of the corpus, examples and labelled
#: pages stripped of diacritics score 0.88 or more; English (the glossary's
#: renderings and README sentences, 411 texts) 0.5 or less in 97 % of texts, at
#: most 0.75.  A langdetect call costs ~10 ms, and most English targets need none.
_BARE_VIETNAMESE_SHARE = 0.6


def _could_be_bare_vietnamese(words: Sequence[str]) -> bool:
    fits = sum(1 for w in words if _BARE_SYLLABLE.fullmatch(w.lower()))
    return fits >= _BARE_VIETNAMESE_SHARE * len(words)


@functools.lru_cache(maxsize=4096)
def _langdetect_vi(text: str) -> float:
    """Probability langdetect gives Vietnamese for ``text`` (0.0 when it cannot tell)."""
    from ttdn_i18n.sources.langid import language_probability

    return language_probability(text, "vi")


def _untranslated(unit: Unit, lang: str, ctx: CheckContext) -> list[RawFinding]:
    target = _blank_out(_URL.sub(" ", unit.target), _protected_texts(unit))
    if lang in _SCRIPT_RANGES:
        return _wrong_script(target, lang)
    # Capitalised words are mostly names, which English keeps (often with their
    # diacritics); untranslated Vietnamese shows up in the lower-case words.
    shout = target.isupper()
    words = _words(target.lower() if shout else target)
    lower = [w for w in words if w[0].islower()]
    vi_lower = [w for w in lower if has_vietnamese_letters(w)]
    if len(vi_lower) >= 2 and len(vi_lower) >= 0.25 * len(words):
        return [(None, f"the target still contains Vietnamese text "
                       f"({_quote(' '.join(vi_lower[:6]))}); translate it")]
    if (lang == "en" and len(lower) >= 3 and _could_be_bare_vietnamese(lower)
            and _langdetect_vi(" ".join(lower)) >= 0.7):
        # Vietnamese typed without diacritics ("to chuc hoi nghi") has no special letters.
        return [(None, f"the target looks like Vietnamese without diacritics "
                       f"({_quote(' '.join(lower[:6]))}); translate it")]
    return []


def target_in_script(target: str, lang: str) -> bool:
    """Is ``target`` written in ``lang``'s script (Lao, Khmer; Latin for the others)?

    The gate a translation-memory entry passes before it may count as reviewed:
    English stored as Lao, or Lao stored as English, is not a translation.
    """
    if lang in _SCRIPT_RANGES:
        return not _wrong_script(target, lang)
    letters = [c for c in target if c.isalpha()]
    return sum(1 for c in letters if _is_latin_letter(c)) * 2 >= len(letters)


def _wrong_script(target: str, lang: str) -> list[RawFinding]:
    rng, script = _SCRIPT_RANGES[lang], _SCRIPT_NAMES[lang]
    letters = [c for c in target if c.isalpha() and ord(c) not in _LOCAL_DIGITS]
    if not letters:
        return []
    own = sum(1 for c in letters if _in_range(c, rng))
    out: list[RawFinding] = []
    if own * 2 < len(letters):
        latin = sum(1 for c in letters if _is_latin_letter(c))
        what = "Latin letters" if latin * 2 >= len(letters) else "letters of another script"
        out.append((None, f"the {_LANG_NAMES[lang]} target is mostly {what}, not {script} "
                          f"script ({own} of {len(letters)} letters are {script}); "
                          f"translate it into {_LANG_NAMES[lang]}"))
    vi = _vi_words(target)
    if vi:
        out.append((None, f"the {_LANG_NAMES[lang]} target contains Vietnamese words "
                          f"({_quote(' '.join(vi[:6]))}); translate them"))
    return out


# --- numbers ---------------------------------------------------------------------------------

# "57-KL/TW", "3083/KH-UBND", "01/2013/CT-UBND", "369/QĐ-BTTTT", "2138/QĐ-TTg"
_CODE = re.compile(
    r"(?<![\w/.-])\d+(?:/\d+)*[-/][A-ZĐ][A-Za-zĐđ]*"
    r"(?:[-/](?:[A-ZĐ][A-Za-zĐđ]*|\d+))*(?![\w])"
)
_DMY = re.compile(r"(?<![\w/.,-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\w/])")
_MY = re.compile(r"(?<![\w/.,-])(\d{1,2})/(\d{4})(?![\w/])")
_DM = re.compile(r"(?<![\w/.,-])(\d{1,2})/(\d{1,2})(?![\w/]|[.,]\d)")
_THANG = re.compile(r"(?i)(?<!\w)tháng\s+(\d{1,2})(?![\w/]|[.,]\d)")
_VI_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")
_EN_NUMBER = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)")
_VI_SCALE = re.compile(r"\s*(triệu|tỷ|tỉ|nghìn|ngàn)(?!\w)", re.IGNORECASE)
_SCALES = {
    "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9, "nghìn": 10**3, "ngàn": 10**3,
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "ພັນ": 10**3, "ລ້ານ": 10**6, "ຕື້": 10**9,  # Lao
    "ពាន់": 10**3, "លាន": 10**6, "ប៊ីលាន": 10**9,  # Khmer
}
_TARGET_SCALE = re.compile(
    r"\s*(thousand|million|billion|trillion|ພັນ|ລ້ານ|ຕື້|ពាន់|លាន|ប៊ីលាន)", re.IGNORECASE
)
_EN_WORDS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
]  # fmt: skip
_EN_ORDINALS = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
]  # fmt: skip
_EN_WORD_NUMBER = re.compile(r"(?i)\b(" + "|".join(_EN_WORDS + _EN_ORDINALS) + r")\b")
_MONTHS = {
    "en": (
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
        ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
        ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
        ("december", "dec"),
    ),
    "lo": (
        ("ມັງກອນ",), ("ກຸມພາ",), ("ມີນາ",), ("ເມສາ",), ("ພຶດສະພາ",), ("ມິຖຸນາ",),
        ("ກໍລະກົດ",), ("ສິງຫາ",), ("ກັນຍາ",), ("ຕຸລາ",), ("ພະຈິກ",), ("ທັນວາ",),
    ),
    "km": (
        ("មករា",), ("កុម្ភៈ",), ("មីនា",), ("មេសា",), ("ឧសភា",), ("មិថុនា",),
        ("កក្កដា",), ("សីហា",), ("កញ្ញា",), ("តុលា",), ("វិច្ឆិកា",), ("ធ្នូ",),
    ),
}
_EN_MONTH_NAMES = [m[0].capitalize() for m in _MONTHS["en"]]


def _dec(text: str) -> Decimal:
    return Decimal(text).normalize()


def _vi_number_values(token: str) -> list[set[Decimal]]:
    """What a number written with Vietnamese conventions may mean; one set per number.

    "1.234,5" → {1234.5}; "3.083" → {3083}; "77,59" → {77.59}; "1,500" is
    ambiguous (Vietnamese 1.5 or an English-style 1500 some authors write), so
    both are accepted.  Anything else ("1.2.3") is read as separate integers.
    """
    if re.fullmatch(r"\d+", token):
        return [{_dec(token)}]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", token):
        return [{_dec(token.replace(".", "").replace(",", "."))}]
    if re.fullmatch(r"\d+,\d+", token):
        values = {_dec(token.replace(",", "."))}
        if re.fullmatch(r"\d{1,3},\d{3}", token):
            values.add(_dec(token.replace(",", "")))
        return [values]
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", token):
        return [{_dec(token.replace(",", ""))}]
    if re.fullmatch(r"\d+\.\d+", token):
        return [{_dec(token)}]
    return [{_dec(part)} for part in re.split(r"[.,]", token)]


def _en_form(value: Decimal) -> str:
    # Decimal formatting, not int(): a number of thousands of digits in an article
    # would hit Python's int() digit limit.
    if value == value.to_integral_value():
        return f"{value:,f}" if value < 1000 else f"{value:,f} or {value:f}"
    return f"{value:,f}"


@dataclass(frozen=True)
class _Expected:
    """Something of the source the target must carry: a code, a date or a number."""

    text: str  # as written in the source
    kind: str  # "code" | "date" | "month" | "number"
    values: frozenset[Decimal] = frozenset()  # numbers: any of these is fine
    shown: frozenset[Decimal] = frozenset()  # numbers: the readings without the scale word
    day: int = 0
    month: int = 0
    year: int = 0


def _expected_items(source: str) -> list[_Expected]:
    items: list[_Expected] = []
    text = _URL.sub(lambda m: " " * len(m.group(0)), source)

    def take(pattern: re.Pattern[str], make: Callable[[re.Match[str]], _Expected | None]) -> None:
        nonlocal text
        for m in list(pattern.finditer(text)):
            item = make(m)
            if item is None:
                continue
            items.append(item)
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]

    def code(m: re.Match[str]) -> _Expected:
        return _Expected(m.group(0), "code")

    def dmy(m: re.Match[str]) -> _Expected | None:
        d, mo, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if not (1 <= d <= 31 and 1 <= mo <= 12):
            return None
        return _Expected(m.group(0), "date", day=d, month=mo, year=y)

    def my(m: re.Match[str]) -> _Expected | None:
        mo, y = int(m.group(1)), int(m.group(2))
        return _Expected(m.group(0), "date", month=mo, year=y) if 1 <= mo <= 12 else None

    def dm(m: re.Match[str]) -> _Expected | None:
        d, mo = int(m.group(1)), int(m.group(2))
        if not (1 <= d <= 31 and 1 <= mo <= 12):
            return None
        return _Expected(m.group(0), "date", day=d, month=mo)

    def thang(m: re.Match[str]) -> _Expected | None:
        mo = int(m.group(1))
        return _Expected(m.group(1), "month", month=mo) if 1 <= mo <= 12 else None

    take(_CODE, code)
    take(_DMY, dmy)
    take(_MY, my)
    take(_DM, dm)
    take(_THANG, thang)
    for m in _VI_NUMBER.finditer(text):
        scale = _VI_SCALE.match(text, m.end())
        factor = _SCALES[scale.group(1).lower()] if scale else 1
        for values in _vi_number_values(m.group(0)):
            allowed = values | {v * factor for v in values}
            items.append(_Expected(m.group(0), "number", frozenset(v.normalize() for v in allowed),
                                   frozenset(values)))
    return items


def _target_numbers(target: str, lang: str) -> set[Decimal]:
    out: set[Decimal] = set()
    for m in _EN_NUMBER.finditer(target):
        value = _dec(m.group(0).replace(",", ""))
        out.add(value)
        scale = _TARGET_SCALE.match(target, m.end())
        if scale:
            out.add((value * _SCALES[scale.group(1).lower()]).normalize())
    if lang != "en":
        # Lao and Khmer writers use either convention; accept both readings.
        for m in _VI_NUMBER.finditer(target):
            for values in _vi_number_values(m.group(0)):
                out |= values
    else:
        for m in _EN_WORD_NUMBER.finditer(target):
            word = m.group(1).lower()
            n = _EN_WORDS.index(word) if word in _EN_WORDS else _EN_ORDINALS.index(word) + 1
            out.add(Decimal(n))
            scale = _TARGET_SCALE.match(target, m.end())
            if scale:
                out.add(Decimal(n * _SCALES[scale.group(1).lower()]))
    return out


def _has_month(target: str, month: int, numbers: set[Decimal], lang: str) -> bool:
    if Decimal(month) in numbers:
        return True
    names = _MONTHS.get(lang, ())
    if not names:
        return False
    folded = target.casefold()
    for name in names[month - 1]:
        if lang == "en":
            if re.search(rf"\b{name}\b", folded):
                return True
        elif name in target:
            return True
    return False


def _date_hint(item: _Expected, lang: str) -> str:
    if lang != "en":
        return item.text
    name = _EN_MONTH_NAMES[item.month - 1]
    if item.day and item.year:
        return f"{name} {item.day}, {item.year} or {item.day} {name} {item.year}"
    if item.day:
        return f"{name} {item.day} or {item.day} {name}"
    if item.year:
        return f"{name} {item.year}"
    return name


def _numbers(unit: Unit, lang: str, ctx: CheckContext) -> list[RawFinding]:
    target = _URL.sub(" ", unit.target.translate(_LOCAL_DIGITS))
    items = _expected_items(unit.source)
    codes = [i.text for i in items if i.kind == "code"]
    out: list[RawFinding] = []
    for c in codes:
        if c not in target:
            out.append((None, f"the document code “{c}” is missing; copy it verbatim "
                              "into the target"))
    numbers = _target_numbers(_blank_out(target, codes), lang)
    for item in items:
        if item.kind == "code":
            continue
        if item.kind == "number":
            if not item.values & numbers:
                hint = (" or ".join(sorted({_en_form(v) for v in item.shown}))
                        if lang == "en" else item.text)
                out.append((None, f"the number “{item.text}” is missing from the target "
                                  f"(write {hint})"))
            continue
        ok = _has_month(target, item.month, numbers, lang)
        ok = ok and (not item.day or Decimal(item.day) in numbers)
        ok = ok and (not item.year or Decimal(item.year) in numbers)
        if not ok:
            what = "month" if item.kind == "month" else "date"
            text = f"tháng {item.text}" if item.kind == "month" else item.text
            out.append((None, f"the {what} “{text}” is missing from the target "
                              f"(write {_date_hint(item, lang)})"))
    return out


# --- glossary --------------------------------------------------------------------------------


def _glossary(unit: Unit, lang: str, ctx: CheckContext) -> list[RawFinding]:
    from ttdn_i18n.terms.glossary import verify_terms
    from ttdn_i18n.terms.policy import term_findings

    glossary = ctx.glossary
    # Without a glossary, the hits stored in the file are verified again against
    # the current target: the reviewer may have edited it since they were marked.
    stored = glossary.hits_for(unit.source, lang) if glossary is not None else unit.terms
    # The same rule MT output gets when it is written (terms.policy.term_findings).
    return [(f.severity, f.message) for f in term_findings(verify_terms(stored, unit.target, lang))]


# --- names ---------------------------------------------------------------------------------


def _names(unit: Unit, lang: str, ctx: CheckContext) -> list[RawFinding]:
    from ttdn_i18n.terms.names import expected_name, name_in_target, source_names

    out: list[RawFinding] = []
    for name in source_names(unit.source, unit.protected):
        if name_in_target(unit.target, name, lang, ctx.names):
            continue
        form = expected_name(name, lang, ctx.names)
        if lang == "en":
            out.append((None, f"the name “{name}” is missing from the target; write it "
                              f"as “{form}”"))
        elif not unit.state.reviewed:
            # Lao and Khmer transliterate: the form is the reviewer's, a warning only.
            out.append((Severity.WARNING, f"the name “{name}” is not in the target; check "
                                          f"that it is there, transliterated or as “{form}”"))
    return out


# --- repetition ------------------------------------------------------------------------------


def _word_loop(tokens: Sequence[str]) -> str:
    for n in range(1, 5):
        for i in range(len(tokens) - 3 * n + 1):
            gram = tokens[i : i + n]
            if gram == tokens[i + n : i + 2 * n] == tokens[i + 2 * n : i + 3 * n]:
                if all(t.isdigit() for t in gram):
                    continue
                return " ".join(tokens[i : i + 3 * n])
    return ""


_CHAR_LOOP = re.compile(r"(\S.{1,29}?)\1{2,}", re.DOTALL)


def _char_loop(text: str) -> str:
    # Lao and Khmer are written without spaces between words: look for a chunk of
    # characters repeated three times instead of words.
    for m in _CHAR_LOOP.finditer(text):
        chunk = m.group(1)
        if sum(1 for c in chunk if c.isalpha()) >= 2:
            return m.group(0)
    return ""


def _loop(text: str, lang: str) -> str:
    if lang in _SCRIPT_RANGES:
        return _char_loop(text)
    return _word_loop(re.findall(r"\w+", text.casefold()))


def _repetition(unit: Unit, lang: str, ctx: CheckContext) -> list[RawFinding]:
    loop = _loop(unit.target, lang)
    if not loop or _loop(unit.source, "vi"):
        return []  # a loop the author wrote on purpose may be kept
    return [(None, f"the target repeats itself ({_quote(loop)}), a typical machine "
                   "translation failure; rewrite it")]


# --- length-ratio ----------------------------------------------------------------------------

#: Acceptable target/source length ratios.  Lao and Khmer spell with stacked
#: vowels and subscript consonants, so their character counts vary more.
LENGTH_BANDS: dict[str, tuple[float, float]] = {
    "en": (0.6, 2.2),
    "lo": (0.5, 3.0),
    "km": (0.5, 3.5),
}
_DEFAULT_BAND = (0.4, 3.0)
_MIN_RATIO_CHARS = 20


def _length_ratio(unit: Unit, lang: str, ctx: CheckContext) -> list[RawFinding]:
    src, tgt = normalize_text(unit.source), normalize_text(unit.target)
    if len(src) < _MIN_RATIO_CHARS:
        return []
    low, high = LENGTH_BANDS.get(lang, _DEFAULT_BAND)
    ratio = len(tgt) / len(src)
    if low <= ratio <= high:
        return []
    what = "short" if ratio < low else "long"
    return [(None, f"the target is unusually {what} ({len(tgt)} characters for "
                   f"{len(src)}, ratio {ratio:.2f}, expected {low}–{high}); check that "
                   "nothing is missing or added")]


# --- spam ------------------------------------------------------------------------------------

# Gambling brands and SEO keyword stuffing: "bet365", "fun88", "188bet", "nha_cai_uy_tin".
# Upper-case model names ("MH370", "A320") are deliberately not matched.
_SPAM_TOKEN = re.compile(
    r"(?<![\w])(?:[a-z]{2,}\d{2,}[a-z0-9]*|\d{2,}[a-z]{3,}[a-z0-9]*|\w+_\w+)(?!\w)"
)


_SOURCE_SPAM = "the source contains spam"


def _spam(unit: Unit, lang: str, ctx: CheckContext) -> list[RawFinding]:
    out: list[RawFinding] = []
    target_folded = unit.target.casefold()
    for flag in unit.flags:
        # A source flag always quotes its evidence; a finding about the target read
        # back from a file's QA note does not, and is not a source flag.
        if flag.code != "spam" or not flag.evidence:
            continue
        carried = flag.evidence.casefold() in target_folded
        # Once a reviewer has signed off a target free of the quoted spam, the
        # flag is dealt with; otherwise it would block publication forever.
        if carried or not unit.state.reviewed:
            if flag.message.startswith(_SOURCE_SPAM):
                message = flag.message  # this finding, read back from the file's QA note
            else:
                message = (f"{_SOURCE_SPAM} {_quote(flag.evidence)} ({flag.message}); "
                           "translate only the genuine text and mark the unit reviewed")
            out.append((None, message, flag.evidence))
    tokens = sorted(set(_SPAM_TOKEN.findall(_URL.sub(" ", unit.target))))
    if tokens:
        out.append((None, f"the target contains spam-like tokens ({', '.join(tokens)}); "
                          "remove them"))
    return out


# --- document and files ----------------------------------------------------------------------


# The built-in checks, in the order they run.  This is the only list of them.
for _check in (
    Check("empty-target", Category.COMPLETENESS, Severity.ERROR,
          "no translation although the state expects one (a warning while the unit is new)",
          _empty_target, needs_target=False),
    Check("same-as-source", Category.ACCURACY, Severity.ERROR,
          "the target is the Vietnamese source copied (short names and codes may stay)",
          _same_as_source),
    Check("untranslated-vietnamese", Category.ACCURACY, Severity.ERROR,
          "the target is (partly) still Vietnamese, or a Lao/Khmer target is in another script",
          _untranslated),
    Check("numbers", Category.ACCURACY, Severity.ERROR,
          "a document code, date, year or figure of the source is missing from the target",
          _numbers),
    Check("glossary", Category.TERMINOLOGY, Severity.ERROR,
          "a forbidden term is used (error) or an approved term is missing (warning)",
          _glossary),
    Check("names", Category.ACCURACY, Severity.ERROR,
          "a personal name of the source is missing (English: in the office's form; "
          "Lao/Khmer: a warning)",
          _names),
    Check("repetition", Category.FLUENCY, Severity.ERROR,
          "a word, phrase or chunk of characters loops, the typical MT failure",
          _repetition),
    Check("length-ratio", Category.COMPLETENESS, Severity.WARNING,
          "the target is suspiciously short or long for the language",
          _length_ratio),
    Check("spam", Category.SOURCE, Severity.ERROR,
          "injected SEO spam in the source is not dealt with, or spam-like tokens in the target",
          _spam, needs_target=False),
):
    register_check(_check)
del _check


def _check_unit(unit: Unit, lang: str, ctx: CheckContext,
                checks: Sequence[Check]) -> list[tuple[Check, RawFinding]]:
    if not unit.translate:
        return []
    blank = not unit.target.strip()
    return [
        (check, raw)
        for check in checks
        if not (blank and check.needs_target)
        for raw in check.run(unit, lang, ctx)
    ]


def check_document(
    doc: Document,
    *,
    file: str = "",
    glossary: _Glossary | None = None,
    skip: Collection[str] = frozenset(),
    names: str = "ascii",
) -> list[Finding]:
    """All findings for ``doc``, in unit order and then check order (pure).

    With ``glossary``, term hits are recomputed from the source; otherwise the
    hits stored on each unit are checked against its current target.  Checks
    whose id is in ``skip`` do not run; an unknown id is a :class:`QAError`.
    ``names`` is the English name style (``[check] names``: "ascii" or "keep").
    """
    skipped = validate_skip(skip)
    checks = [c for c in all_checks() if c.id not in skipped]
    lang = _primary(doc.target_lang)
    ctx = CheckContext(document=doc, glossary=glossary, names=names)
    return [
        Finding(file, unit.id, Severity(raw[0] or check.severity), check.id, raw[1],
                raw[2] if len(raw) > 2 else "")
        for unit in doc.units
        for check, raw in _check_unit(unit, lang, ctx, checks)
    ]


def collect_files(paths: Sequence[Path]) -> list[Path]:
    """``paths`` with directories expanded to their translator files (sorted).

    An OmegaT project folder (one holding ``omegat.project``) stays a folder:
    :func:`check_files` reads it with :func:`ttdn_i18n.formats.read_review_input`.
    """
    from ttdn_i18n.formats import find_review_inputs, suffix_list

    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            found = find_review_inputs(p)
            if not found:
                raise QAError(f"no {suffix_list()} file in {p}; give the folder the "
                              "translate command wrote, an OmegaT project folder, "
                              "or the files themselves")
            out.extend(found)
        elif p.is_file():
            out.append(p)
        elif p.exists():  # a FIFO, device or socket: never opened (it could block)
            raise QAError(f"{p} is not a regular file (a FIFO, device or socket); give a "
                          f"translator file ({suffix_list()}) or a folder of them")
        else:
            raise QAError(f"{p} does not exist; give a translator file ({suffix_list()}) "
                          "or a folder of them")
    return out


def check_files(
    paths: Sequence[Path],
    *,
    glossary: _Glossary | None = None,
    skip: Collection[str] = frozenset(),
    names: str = "ascii",
) -> list[Finding]:
    """Read every file (directories are walked) and check it; ``skip`` and
    ``names`` as in :func:`check_document`, ``skip`` validated before any file is read."""
    from ttdn_i18n.formats import read_review_input

    skipped = validate_skip(skip)
    findings: list[Finding] = []
    for given in collect_files(paths):
        for path, doc, problems in read_review_input(given):
            # A missing or odd language code (files from po2xliff, a PO without Language).
            findings.extend(Finding(str(path), "", Severity(p.severity), "language", p.message)
                            for p in problems)
            if any(p.severity == "error" for p in problems):
                continue  # no target language: the language-dependent checks cannot run
            findings.extend(check_document(doc, file=str(path), glossary=glossary,
                                           skip=skipped, names=names))
    return findings


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def summary_line(findings: Sequence[Finding], files_checked: int | None = None) -> str:
    """"2 errors, 1 warning in 3 files" (the file count only when given)."""
    errors = sum(1 for f in findings if f.severity == Severity.ERROR)
    warnings = sum(1 for f in findings if f.severity == Severity.WARNING)
    line = f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')}"
    if files_checked is not None:
        line += f" in {_plural(files_checked, 'file')}"
    return line


def format_findings(findings: Sequence[Finding], *, files_checked: int | None = None) -> str:
    """An aligned table (FILE, SEGMENT, SEVERITY, CHECK, MESSAGE) and a count line."""
    lines: list[str] = []
    if findings:
        header = ("FILE", "SEGMENT", "SEVERITY", "CHECK", "MESSAGE")
        rows = [(f.file, f.unit_id, f.severity, f.check, f.message) for f in findings]
        widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
        for row in [header, *rows]:
            cells = [row[i].ljust(widths[i]) for i in range(4)]
            lines.append("  ".join([*cells, row[4]]).rstrip())
    lines.append(summary_line(findings, files_checked))
    return "\n".join(lines)


def findings_as_json(findings: Sequence[Finding]) -> str:
    """``{"findings": [...], "errors": N, "warnings": M}`` as indented JSON."""
    return json.dumps(
        {
            "findings": [{k: v for k, v in asdict(f).items() if k != "evidence"}
                         for f in findings],
            "errors": sum(1 for f in findings if f.severity == Severity.ERROR),
            "warnings": sum(1 for f in findings if f.severity == Severity.WARNING),
        },
        ensure_ascii=False,
        indent=2,
    )

