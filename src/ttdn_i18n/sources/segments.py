"""Sentence splitting and protected pieces inside sentences.

Everything here works on *normalized* text (:func:`ttdn_i18n.sources.normalize.normalize_text`):
single spaces, NFC.  :func:`split_sentences` cuts only at a space, so
``" ".join(split_sentences(t)) == t`` always holds and offsets stay simple.

The rules are tables with the reason each entry exists, because Vietnamese
news text is full of periods that do not end a sentence: titles (``PGS.TS.``),
administrative abbreviations (``TP.``), numbers (``3.083``), document numbers
(``01/2013/CT-UBND``) and the agency sign-off ``../.``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ttdn_i18n.model import Span

__all__ = [
    "NO_BREAK_ABBREVIATIONS",
    "SURNAMES",
    "PLACE_NAMES",
    "split_sentences",
    "source_prefix_end",
    "name_spans",
    "code_spans",
    "url_spans",
    "protected_spans",
]

#: Tokens that end in a period but never end a sentence: they are always followed by
#: a name or a place, which starts with a capital and would otherwise look like a new
#: sentence.  Compound titles ("PGS.TS.", "GS.TSKH.") are split on "." and every part
#: must be listed.
NO_BREAK_ABBREVIATIONS: dict[str, str] = {
    "TP": "thành phố (city) before its name: TP. Hồ Chí Minh",
    "Tp": "thành phố, lower-case variant",
    "TX": "thị xã (town) before its name",
    "TT": "thị trấn (township) before its name",
    "Q": "quận (urban district) before its name or number",
    "P": "phường (ward) before its name or number",
    "H": "huyện (rural district) before its name",
    "GS": "giáo sư (professor) before a name",
    "PGS": "phó giáo sư (associate professor) before a name",
    "TS": "tiến sĩ (doctor) before a name",
    "TSKH": "tiến sĩ khoa học (doctor of science)",
    "ThS": "thạc sĩ (master) before a name",
    "Th": "first half of Th.S (thạc sĩ)",
    "S": "second half of Th.S (thạc sĩ)",
    "BS": "bác sĩ (physician) before a name",
    "BSCK": "bác sĩ chuyên khoa (specialist physician)",
    "KS": "kỹ sư (engineer) before a name",
    "NSND": "nghệ sĩ nhân dân (People's Artist) before a name",
    "NSƯT": "nghệ sĩ ưu tú (Meritorious Artist) before a name",
    "St": "Saint in foreign names: St. Petersburg",
    "Mr": "English title inside quotations",
    "Mrs": "English title inside quotations",
    "Ms": "English title inside quotations",
    "Dr": "English title inside quotations",
    "Prof": "English title inside quotations",
    "NXB": "nhà xuất bản (publisher) before its name",
    "Nxb": "nhà xuất bản, lower-case variant",
    "tr": "trang (page) before a page number",
    "Tr": "trang (page) before a page number",
    "No": "number sign in foreign names: No. 5",
}

# A sentence end: terminal punctuation (including the sign-offs "../." and ".../."),
# then any closing quotes or brackets, which belong to the sentence that ends.
_TERMINATOR = re.compile(r"(?:\.{1,3}/\.|…/\.|[.?!…]+)[”\"’'»)\]]*(?= )")
# What may open a new sentence before its first letter or digit.
_OPENERS = "“\"‘'(«[-–—"


def _starts_sentence(text: str, i: int) -> bool:
    while i < len(text) and text[i] in _OPENERS:
        i += 1
    return i < len(text) and (text[i].isupper() or text[i].isdigit())


def _is_abbreviation(token: str, prev: str) -> bool:
    token = token.lstrip(_OPENERS)
    if token and all(part in NO_BREAK_ABBREVIATIONS for part in token.split(".")):
        return True
    # An initial inside a name ("Donald J. Trump"): a single capital after a capitalised
    # word.  After a lower-case word ("vitamin C.", "nhóm B.") it may end a sentence.
    return len(token) == 1 and token.isupper() and prev[:1].isupper()


def _boundaries(text: str) -> Iterator[int]:
    """Indexes of the spaces where one sentence ends and the next begins."""
    for m in _TERMINATOR.finditer(text):
        space = m.end()
        if not _starts_sentence(text, space + 1):
            continue  # "…" or "v.v." followed by lower case: the sentence goes on
        if m.group(0).rstrip("”\"’'»)]") == ".":
            start = text.rfind(" ", 0, m.start()) + 1
            prev_start = text.rfind(" ", 0, max(start - 1, 0)) + 1
            prev = text[prev_start : start - 1] if start else ""
            if _is_abbreviation(text[start : m.start()], prev):
                continue
        yield space


def split_sentences(text: str) -> list[str]:
    """Split normalized ``text`` into sentences; ``" ".join(result) == text``.

    A sentence ends at ``.``, ``?``, ``!`` or ``…`` (with any closing quote or
    bracket after it) when a space and a capital letter, a digit or an opening
    quote follow.  Abbreviations in :data:`NO_BREAK_ABBREVIATIONS` and initials
    never end a sentence; numbers, dates and document numbers have no space
    after their periods and slashes, so they are never candidates.
    """
    if not text:
        return []
    pieces: list[str] = []
    start = 0
    for space in _boundaries(text):
        pieces.append(text[start:space])
        start = space + 1
    pieces.append(text[start:])
    return pieces


# --- protected pieces ------------------------------------------------------------------------

_UPPER = "A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ"

# A source prefix that opens a news lead: "(QTO) - ", "(TTXVN) – ", "HÀ NỘI (TTXVN) - ",
# "VOV.VN - ".  The agency code is not prose: it is carried over verbatim.
_SOURCE_PREFIX = re.compile(
    rf"^(?:[{_UPPER}][{_UPPER} ,.]{{1,30}} )?\([{_UPPER}0-9][\w+./& -]{{0,28}}\) ?[-–—]"
    rf"|^[{_UPPER}][{_UPPER}0-9.+]{{1,14}} [-–—](?= )"
)


def source_prefix_end(text: str) -> int:
    """Length of a leading source prefix such as ``(QTO) -``, or 0."""
    m = _SOURCE_PREFIX.match(text)
    if m is None or "Ảnh" in m.group(0):
        return 0
    return m.end()


#: Common Vietnamese family names: a run of 2-4 capitalised syllables that starts with
#: one of these is taken for a personal name.  Ambiguous words (Châu "continent",
#: Thái "Thai", Nông "agriculture", Đồng) are left out on purpose.
SURNAMES = frozenset(
    [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
        "Hồ", "Ngô", "Dương", "Lý", "Đoàn", "Trương", "Đinh", "Lâm", "Mai", "Trịnh", "Hà", "Cao",
        "Lưu", "Tô", "Tạ", "Quách", "Lương", "Vương", "Kiều", "Thân", "Triệu", "Chu", "Tăng", "Lại",
        "Đào", "Đàm", "Khổng", "Từ", "Tôn", "Hứa", "Lục", "Mạc", "Phùng", "Lò"
    ]
)

#: Places that start with a family name (prefix match): they are not people.
PLACE_NAMES = (
    "Hà Nội", "Hà Lan", "Hà Tĩnh", "Hà Giang", "Hà Nam", "Hà Tiên", "Hà Đông", "Hà Tây",
    "Hà Bắc", "Hà Trung", "Hà Quảng", "Hoàng Sa", "Hoàng Mai", "Hoàng Su Phì", "Lâm Đồng",
    "Lâm Hà", "Lý Sơn", "Mai Châu", "Mai Sơn", "Phan Thiết", "Phan Rang", "Cao Bằng",
    "Cao Lãnh", "Cao Lộc", "Cao Phong", "Vũ Quang", "Vũ Thư", "Võ Nhai", "Hồ Gươm", "Hồ Tây",
    "Lê Chân", "Đinh Lập", "Lương Sơn", "Lương Tài", "Chu Lai", "Chu Prông", "Chu Sê",
    "Chu Păh", "Triệu Phong", "Từ Sơn", "Từ Liêm", "Dương Minh Châu", "Dương Kinh",
    "Dương Đông", "Đoàn Thanh Niên", "Mai Linh",
)
#: Capitalised phrases that are not names when they stand alone (exact match).
_NOT_NAMES = frozenset({"Đoàn Thanh", "Đoàn Kết", "Đoàn Đại", "Đoàn Công", "Cao Đẳng", "Cao Su"})
#: A place word right before the run makes it a place ("thành phố Hồ Chí Minh",
#: "đường Lê Lợi").  "tỉnh"/"huyện"/"xã" are not here: titles end with them
#: ("Chủ tịch UBND tỉnh Hoàng Nam") and the places they precede are in PLACE_NAMES.
_PLACE_WORDS = frozenset(
    ["TP", "TP.", "Tp.", "Tp", "phố", "Phố", "sông", "núi", "đảo", "đường", "Đường"]
)

_WORD = re.compile(r"[^\W\d_]+")


def _titlecase(word: str) -> bool:
    return word[0].isupper() and (len(word) == 1 or word[1:].islower())


def _runs(text: str) -> Iterator[list[re.Match[str]]]:
    """Runs of capitalised words separated by exactly one space."""
    run: list[re.Match[str]] = []
    for m in _WORD.finditer(text):
        joined = bool(run) and text[run[-1].end() : m.start()] == " "
        if _titlecase(m.group(0)) and (joined or not run):
            run.append(m)
            continue
        if run:
            yield run
        run = [m] if _titlecase(m.group(0)) else []
    if run:
        yield run


def name_spans(text: str) -> tuple[Span, ...]:
    """Vietnamese personal names in ``text`` (2-4 capitalised syllables from a surname)."""
    spans: list[Span] = []
    for run in _runs(text):
        words = [m.group(0) for m in run]
        first = next((i for i, w in enumerate(words) if w in SURNAMES), None)
        if first is None or not 2 <= len(words) - first <= 4:
            continue
        name = " ".join(words[first:])
        if name in _NOT_NAMES or any(name.startswith(p) for p in PLACE_NAMES):
            continue
        start = run[first].start()
        before = text[:start].rstrip().rsplit(" ", 1)[-1] if first == 0 else words[first - 1]
        if before in _PLACE_WORDS:
            continue
        spans.append(Span(start, run[-1].end(), "name"))
    return tuple(spans)


# Official document numbers: "01/2013/CT-UBND", "3083/KH-UBND", "369/QĐ-BTTTT",
# "57-KL/TW", "106-KH/TU".  MT engines mangle them; they are copied as is.
_DOC_NUMBER = re.compile(
    rf"(?<![\w/])\d+(?:/\d{{2,4}})?/[{_UPPER}][{_UPPER}0-9]*(?:-[{_UPPER}0-9]\w*)*(?![\w/])"
    rf"|(?<![\w/])\d+-[{_UPPER}]+/[{_UPPER}]+(?![\w/])"
)
# The look-behind starts an e-mail match only where its run of name characters
# starts: without it a long word (a pasted base64 blob) is scanned from every
# position, quadratic in its length.  Matches are the same.
_URL = re.compile(
    r"https?://[^\s<>\"”]+|www\.[^\s<>\"”]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)


def code_spans(text: str) -> tuple[Span, ...]:
    """Document numbers (``Kết luận số 57-KL/TW``) as ``code`` spans."""
    return tuple(Span(m.start(), m.end(), "code") for m in _DOC_NUMBER.finditer(text))


def url_spans(text: str) -> tuple[Span, ...]:
    """Web addresses and e-mail addresses as ``url`` spans (trailing punctuation excluded)."""
    spans = []
    for m in _URL.finditer(text):
        end = m.start() + len(m.group(0).rstrip(".,;:!?)"))
        spans.append(Span(m.start(), end, "url"))
    return tuple(spans)


def protected_spans(text: str, *, source_prefix: bool = False) -> tuple[Span, ...]:
    """All protected pieces of one sentence, sorted and without overlaps.

    With ``source_prefix`` a leading ``(QTO) -`` is protected as ``code`` too.
    """
    found: list[Span] = []
    if source_prefix and (end := source_prefix_end(text)):
        found.append(Span(0, end, "code"))
    found += url_spans(text) + code_spans(text) + name_spans(text)
    kept: list[Span] = []
    for span in sorted(found, key=lambda s: (s.start, -s.end)):
        if kept and span.start < kept[-1].end:
            continue  # the earlier (wider) span already protects it
        kept.append(span)
    return tuple(kept)
