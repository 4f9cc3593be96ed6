"""Read news articles (.txt, .html/.htm, .md) into :class:`~ttdn_i18n.model.Article`.

File I/O lives in :func:`find_articles` and :func:`load_article`; everything
else is a pure transform from text to blocks:

1. a format reader turns the input into *candidates*: pieces of text with an
   optional structural hint (``<h1>`` is a title, ``.sapo`` a lead, ``<nav>``
   boilerplate ...);
2. :func:`_classify` applies the text rules shared by every format: the
   boilerplate table, datelines, photo captions, bylines, related-article
   lists, the title and the lead;
3. each block is split into segments, with protected spans, and the article
   is checked for injected spam and foreign-language sentences.

The rules are tables of ``(pattern, reason)``: the reason is what ``inspect``
shows for a block that was set aside, so a reviewer can tell why.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ttdn_i18n.errors import SourceError
from ttdn_i18n.model import Article, Block, BlockType, Flag, Segment, Span
from ttdn_i18n.sources.contamination import check_article
from ttdn_i18n.sources.langid import detect_language, foreign_language, language_name
from ttdn_i18n.sources.normalize import canonical, normalize_text
from ttdn_i18n.sources.segments import protected_spans, split_sentences

__all__ = [
    "NotVietnameseError",
    "SUPPORTED_SUFFIXES",
    "MAX_ARTICLE_BYTES",
    "BOILERPLATE_RULES",
    "RELATED_HEADERS",
    "SECTION_LABELS",
    "DROP_TAGS",
    "CLASS_RULES",
    "boilerplate_reason",
    "CREDIT_LABELS",
    "find_articles",
    "decode_bytes",
    "load_article",
    "parse_article",
    "parse_dateline",
]

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".md")
#: Larger files are refused unread.  Real articles are a few to a few hundred KB; a
#: 50 MB file is a wrong file, and parsing one took minutes and gigabytes.  The
#: XML readers stop at the same size of text node.
MAX_ARTICLE_BYTES = 10_000_000


class NotVietnameseError(SourceError):
    """An article that does not look Vietnamese; a batch may skip it and go on."""

_FORMATS = {".txt": "txt", ".html": "html", ".htm": "html", ".md": "md"}
_SUPPORTED_TEXT = ", ".join(SUPPORTED_SUFFIXES)

B = BlockType

# --- text rules --------------------------------------------------------------------------------
# Every pattern is matched in full against the canonical key of a line (lower case,
# tone placement folded), and only on short lines: a real paragraph is never junk
# because it mentions "bản quyền" or "chia sẻ".
_SHORT_WORDS = 25

#: Headers that introduce a list of links to other articles; the headlines after them
#: are set aside too, until something that reads like article prose appears.
RELATED_HEADERS = re.compile(
    r"(?:tin|bài|bài viết|tin bài|tin tức|nội dung)\s+(?:cùng chuyên mục|liên quan|khác|"
    r"mới|mới nhất|mới hơn|cũ hơn|đọc nhiều(?: nhất)?|xem nhiều(?: nhất)?|nổi bật|tiêu điểm|"
    r"cùng chủ đề|cùng loại|đã đưa)|chuyên mục khác|cùng chuyên mục|các tin khác|"
    r"các tin đã đưa|các bài (?:khác|liên quan)|có thể bạn quan tâm|bạn có thể quan tâm|"
    r"đừng bỏ lỡ|xem thêm|đọc thêm|related(?: articles| news| stories)?|more news|"
    r"most read|tin tức|tin mới"
    r"\s*:?"
)

#: Section names a copied page shows above the headline ("Chính trị", "Thời sự").
SECTION_LABELS = re.compile(
    r"(?:thời sự|chính trị|kinh tế|xã hội|văn hóa|văn hoá|thế giới|quốc tế|thể thao|giáo dục|"
    r"pháp luật|sức khỏe|sức khoẻ|đời sống|du lịch|công nghệ|khoa học|giải trí|quốc phòng|"
    r"an ninh|trong nước|địa phương|đối ngoại|thông tin đối ngoại|tin tức|tin tức - sự kiện|"
    r"video|multimedia|podcast|infographics?|e-?magazine|bạn đọc|ảnh|phóng sự|tiêu điểm)"
    r"(?:\s*[>»›/|-]\s*[^>»›/|]{1,30})*"
)

#: (pattern, reason) for lines that are page furniture, not article text.
BOILERPLATE_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?",
         "media-player residue (time counter)"),
        (r"(?:nghe (?:bài viết|đọc bài|đọc|tin)|đọc bài|tạm dừng|tốc độ(?: đọc)?|"
         r"giọng (?:nam|nữ)(?: miền (?:bắc|nam|trung))?|\d(?:[.,]\d+)?x|play|pause|"
         r"\d{1,2}:\d{2})", "media-player controls"),
        (r"(?:(?:chia sẻ|share|like|thích|tweet|facebook|twitter|zalo|email|e-mail|in bài|in|"
         r"bản in|print|lưu|lưu bài|lưu tin|copy link|sao chép (?:liên kết|link)|gửi bài|"
         r"gửi email|\d+)\s*[|•·]?\s*)+", "share and print buttons"),
        (r"(?:ý kiến bạn đọc|ý kiến của bạn|bình luận|gửi bình luận|viết bình luận|gửi ý kiến|"
         r"đăng nhập để bình luận|bạn đọc bình luận|chưa có bình luận(?: nào)?)"
         r"(?: \(\d+\))?\s*:?", "comments box"),
        (r"(?:từ khóa|tags?|chủ đề|keywords?)\s*:.*", "tag list"),
        (r".*(?:©|copyright|\(c\) \d{4}|bản quyền thuộc|giữ bản quyền|ghi rõ nguồn|"
         r"giấy phép (?:số|hoạt động|xuất bản)|cơ quan chủ quản|tổng biên tập\s*:|"
         r"chịu trách nhiệm (?:xuất bản|nội dung)|không được sao chép|all rights reserved).*",
         "copyright line or site footer"),
        (r"(?:địa chỉ|điện thoại|đt|hotline|fax|email|liên hệ(?: quảng cáo)?|tòa soạn)\s*:.*",
         "contact details (site footer)"),
        (r"trang chủ(?:\s*[>»›/|].*)?", "navigation (breadcrumb)"),
        (r"(?:[^|»›>]{1,40}[|»›>]\s*){2,}[^|»›>]{1,40}", "navigation menu"),
        (r"(?:lên đầu trang|về đầu trang|về trang chủ|trở về|quay lại|đăng nhập|đăng ký|"
         r"đăng xuất|tìm kiếm|menu|rss|english|tiếng việt|xem tiếp|đọc tiếp|xem chi tiết|"
         r"top|\^|↑|×|close|đóng)", "page control"),
        (r"(?:quảng cáo|advertisement|sponsored|nội dung tài trợ)", "advertising label"),
        (r"(?:đăng ký nhận (?:tin|bản tin)|theo dõi (?:chúng tôi|báo|bài viết) (?:trên|tại).*|"
         r"tải ứng dụng.*|follow us.*)", "subscription prompt"),
        (r".{3,200}\(\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*\)", "related headline with a date"),
        (r"(?:>>|»|xem thêm\s*:|đọc thêm\s*:|xem tiếp\s*:|tin liên quan\s*:).+",
         "link to another article"),
        (r"(?:ảnh|hình|video)\s*\d+(?:\s*/\s*\d+)?", "image counter residue"),
        (r"<!--.*-->", "HTML comment"),
    )
)

#: Labels of a photo credit.  The credit is carried over verbatim, never translated.
CREDIT_LABELS = (
    r"Ảnh minh (?:họa|hoạ)|Ảnh tư liệu|Ảnh chụp màn hình|Nguồn ảnh|Ảnh|Nguồn|Photo|"
    r"Đồ (?:họa|hoạ)|Infographic|Video|Clip"
)
# A credit at the end of a caption: ". Ảnh: H.L", " - Ảnh: QUANG HIỆP", " (Ảnh: Phương
# Hoa/TTXVN)", a whole line "Ảnh: TTXVN", or the label alone "(Ảnh minh họa)".
_CREDIT = re.compile(
    rf"(?:^|(?<=\s))(?:[-–—|]\s*)?"
    rf"(?:\(\s*(?:{CREDIT_LABELS})\s*:\s*[^():]{{1,80}}?\s*\)|(?:{CREDIT_LABELS})\s*:\s*[^():]{{1,80}}?"
    rf"|\(\s*Ảnh minh (?:họa|hoạ)\s*\)|Ảnh minh (?:họa|hoạ))\.?$"
)
# The "Caption ảnh 1" residue of image alt texts copied along with the page.
_IMAGE_NUMBER = re.compile(r"(?<=\s)(?:ảnh|Ảnh) \d{1,2}$")
_CAPTION_MAX_WORDS = 60

_DATE = r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})"
_TIME = r"(?P<H>\d{1,2})[:hg](?P<M>\d{2})(?::(?P<S>\d{2}))?(?:\s*(?P<ap>am|pm|sa|ch))?"
_WEEKDAY = r"(?:(?:thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|t[2-7]|cn)\s*,?\s*)?"
_DATELINE = re.compile(
    r"(?:(?:cập nhật|đăng|ngày đăng|đăng lúc|xuất bản|updated|published|posted)\s*:?\s*)?"
    rf"{_WEEKDAY}(?:ngày\s*)?"
    rf"(?:{_DATE}(?:\s*[-|,]?\s*(?:lúc\s*)?{_TIME})?"
    rf"|{_TIME.replace('P<', 'P<t')}\s*[-|,]?\s*{_WEEKDAY}(?:ngày\s*)?"
    rf"{_DATE.replace('P<', 'P<t')})"
    r"(?:\s*\(?(?:gmt|utc)\s*\+\s*7\)?)?"
)
_ISO_DATE = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[t ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
    r"(?:\.\d+)?(?:z|[+-]\d{2}:?\d{2})?"
)

# Bylines.
_SYLLABLE = r"[^\W\d_][^\W\d_]{0,7}"
_NAME = rf"(?:{_SYLLABLE})(?: {_SYLLABLE}){{1,3}}"
_SOURCE_TAG = re.compile(
    r"\((?:Theo\s+)?[A-ZĐ0-9][\w+./&-]*(?:[\s/-]+[A-ZĐ0-9][\w+./&-]*){0,4}\)"
)
_AGENCY = re.compile(r"[A-ZĐ][A-ZĐ0-9+./&-]{1,20}(?:\s*/\s*[A-ZĐ][\w+.&-]{1,20})?")
_INITIALS = re.compile(r"[A-ZĐ](?:\.\s?[A-ZĐ]){1,3}\.?")
_LABELED_BYLINE = re.compile(
    r"(?:bài|tin|bài và ảnh|bài, ảnh|tin và ảnh|tin, ảnh|bài & ảnh|tin & ảnh|bài/ảnh|"
    r"nhóm pv|pv|ctv|phóng viên|tác giả|người viết|thực hiện|nhóm phóng viên)\s*:\s*.{1,60}"
)
_THEO = re.compile(r"Theo\s+(?:[A-ZĐ0-9]\S*)(?:\s+\S+){0,8}")
_SOURCE_LINE = re.compile(r"Nguồn\s*:\s*\S.{0,80}")
_TERMINAL = re.compile(r"[.!?…:;,][”\"’')\]»]*$")


def _short(text: str, words: int = _SHORT_WORDS) -> bool:
    return len(text.split()) <= words


def boilerplate_reason(text: str) -> str:
    """Why a line of text is page furniture, or "" when it may be article text."""
    if not _short(text, 40):
        return ""
    key = canonical(text)
    if RELATED_HEADERS.fullmatch(key):
        return "related-articles header"
    # "Ảnh: © Reuters" is a caption, not a copyright footer.
    caption = _CREDIT.search(text) is not None
    for pattern, reason in BOILERPLATE_RULES:
        if caption and reason.startswith("copyright"):
            continue
        if (_short(text) or reason == "related headline with a date") and pattern.fullmatch(key):
            return reason
    return ""


def parse_dateline(text: str) -> str:
    """ISO date (``2023-09-24T13:39`` or ``2023-09-24``) of a dateline, or "".

    Accepts ``24/09/2023 13:39``, ``08/05/2020 07:48 AM``, ``Thứ Hai, 12/3/2024 - 09:15
    (GMT+7)``, ``Cập nhật: 09:15 ngày 12/03/2024`` and ISO timestamps.
    """
    key = canonical(text).strip()
    m = _DATELINE.fullmatch(key)
    if m is not None:
        g = {k.lstrip("t"): v for k, v in m.groupdict().items() if v is not None}
    else:
        m = _ISO_DATE.fullmatch(key)
        if m is None:
            return ""
        g = {k: v for k, v in m.groupdict().items() if v is not None}
    year, month, day = int(g["y"]), int(g["m"]), int(g["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2200):
        return ""
    date = f"{year:04d}-{month:02d}-{day:02d}"
    if "H" not in g:
        return date
    hour, minute = int(g["H"]), int(g["M"])
    ampm = g.get("ap", "")
    if ampm in ("pm", "ch") and hour < 12:
        hour += 12
    elif ampm in ("am", "sa") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return date
    return f"{date}T{hour:02d}:{minute:02d}"


def _split_credit(text: str) -> tuple[str, str, str]:
    """(caption sentences, photo credit, image number) of a caption-like line."""
    number = ""
    m = _IMAGE_NUMBER.search(text)
    if m is not None:
        number = m.group(0)
        text = text[: m.start()].rstrip()
    c = _CREDIT.search(text)
    if c is None:
        return text, "", number
    return text[: c.start()].rstrip(), c.group(0), number


def _is_caption(text: str) -> bool:
    if not _short(text, _CAPTION_MAX_WORDS):
        return False
    body, credit, number = _split_credit(text)
    return bool(credit or number)


def _byline_kind(text: str, *, tail: bool) -> str:
    """"name", "source tag", "source" (translatable "Theo X") or "" for a byline-like line.

    ``tail`` is True for the last lines of an article, where agency codes and
    "Theo ..." lines sign off; a name alone is accepted there and under the title.
    """
    if len(text) > 80:
        return ""
    if (_THEO.fullmatch(text) or (tail and _SOURCE_LINE.fullmatch(text))) and "," not in text:
        return "source"
    if _SOURCE_TAG.fullmatch(text) and "Ảnh" not in text:
        return "source tag"
    if re.fullmatch(rf"{_NAME}(?:\s*[-–,]\s*{_NAME})?(?:\s*{_SOURCE_TAG.pattern})?", text):
        words = re.findall(r"[^\W\d_]+", text)
        if all(w[0].isupper() for w in words):
            return "name"
    if _LABELED_BYLINE.fullmatch(canonical(text)):
        return "name"
    if not tail:
        return ""
    if _INITIALS.fullmatch(text):
        return "name"
    if _AGENCY.fullmatch(text) and sum(c.isupper() for c in text) >= 2:
        return "source tag"
    return ""


# --- candidates ----------------------------------------------------------------------------------


@dataclass
class _Cand:
    """A piece of the input on its way to becoming a block."""

    text: str
    hint: BlockType | None = None
    reason: str = ""  # set for boilerplate
    type: BlockType | None = None
    byline: str = ""  # the _byline_kind of a BYLINE block


def _body_like(text: str) -> bool:
    """Reads like article prose rather than a headline or a menu entry."""
    words = len(text.split())
    return words >= 40 or len(split_sentences(text)) >= 2 or (
        words >= 12 and _TERMINAL.search(text) is not None and not text.endswith(":")
    )


def _classify(cands: list[_Cand], *, structured: bool) -> list[_Cand]:
    """Give every candidate a block type.  ``structured`` is True for HTML and Markdown."""
    cands = [c for c in cands if c.text]
    for c in cands:
        if c.hint is B.BOILERPLATE:
            c.type = B.BOILERPLATE
        elif (
            c.hint not in (B.TITLE, B.LEAD, B.BYLINE)
            and not parse_dateline(c.text)
            and (reason := boilerplate_reason(c.text))
        ):
            c.type, c.reason = B.BOILERPLATE, reason
    _related_lists(cands)
    if not structured:
        _menu_runs(cands)

    for c in cands:
        if c.type is None and c.hint in (None, B.DATELINE, B.PARAGRAPH) and parse_dateline(c.text):
            c.type = B.DATELINE
        elif c.type is None and c.hint is B.DATELINE:
            c.hint = None  # a "date" element that holds no date

    title = next((c for c in cands if c.type is None and c.hint is B.TITLE), None)
    if title is None:
        for c in cands:
            if c.type is not None:
                continue
            if SECTION_LABELS.fullmatch(canonical(c.text)):
                c.type, c.reason = B.BOILERPLATE, "section label (next to the title)"
                continue
            title = c
            break
    if title is not None:
        title.type = B.TITLE
        for c in cands[cands.index(title) + 1 :]:  # "Chính trị" between headline and text
            if c.type is not None:
                continue
            if c.hint not in (None, B.PARAGRAPH) or not SECTION_LABELS.fullmatch(canonical(c.text)):
                break
            c.type, c.reason = B.BOILERPLATE, "section label (next to the title)"
    for c in cands:
        if c.type is None and c.hint is B.TITLE:
            c.hint = B.HEADING  # a second <h1>
        if c.type is None and c.hint is B.CAPTION:
            c.type = B.CAPTION
    # Bylines before text captions: "Bài và ảnh: Hồng Lam" carries a credit-like label.
    _bylines(cands, title)
    for c in cands:
        if c.type is None and c.hint in (None, B.PARAGRAPH) and _is_caption(c.text):
            c.type = B.CAPTION
    _duplicate_captions(cands, title)

    has_lead = any(c.type is None and c.hint is B.LEAD for c in cands)
    seen_title = False
    for c in cands:
        if c is title:
            seen_title = True
        if c.type is not None:
            continue
        if c.hint in (B.LEAD, B.HEADING, B.LIST_ITEM):
            c.type = c.hint
        elif not has_lead and seen_title:
            c.type, has_lead = B.LEAD, True  # the news sapo: first paragraph after the title
        else:
            c.type = B.PARAGRAPH
    if not structured:
        _txt_headings(cands)
    return cands


def _related_lists(cands: list[_Cand]) -> None:
    header = ""
    for c in cands:
        if c.reason == "related-articles header":
            header = c.text
            continue
        if not header or c.type is B.BOILERPLATE:
            continue
        if c.hint in (B.TITLE, B.LEAD, B.HEADING, B.CAPTION, B.BYLINE) or _body_like(c.text):
            header = ""
            continue
        c.type, c.reason = B.BOILERPLATE, f"related-articles list (after '{header}')"


def _menu_runs(cands: list[_Cand], min_run: int = 4) -> None:
    """Four or more very short lines in a row are a menu copied with the page."""

    def menu_like(c: _Cand) -> bool:
        return (
            c.type is None and c.hint is None and len(c.text.split()) <= 4
            and not _TERMINAL.search(c.text) and not parse_dateline(c.text)
            and not _is_caption(c.text)
        )

    i = 0
    while i < len(cands):
        j = i
        while j < len(cands) and menu_like(cands[j]):
            j += 1
        if j - i >= min_run:
            for c in cands[i:j]:
                c.type, c.reason = B.BOILERPLATE, f"navigation menu ({j - i} short link lines)"
        i = max(j, i + 1)


def _bylines(cands: list[_Cand], title: _Cand | None) -> None:
    for c in cands:
        if c.type is None and c.hint is B.BYLINE:
            c.type = B.BYLINE
            c.byline = _byline_kind(c.text, tail=True) or "source"

    def candidate(c: _Cand) -> bool:
        return c.type is None and c.hint in (None, B.PARAGRAPH)

    # Under the title: "Hồng Lam" or "Bài và ảnh: Hồng Lam" before the lead.
    if title is not None:
        seen = 0
        for c in cands[cands.index(title) + 1 :]:
            if c.type in (B.DATELINE, B.BOILERPLATE, B.BYLINE):
                continue
            if not candidate(c) or seen >= 2:
                break
            kind = _byline_kind(c.text, tail=False)
            if not kind:
                break
            c.type, c.byline, seen = B.BYLINE, kind, seen + 1
    # At the end: up to three sign-off lines ("Hồng Lam", "(TTXVN/Vietnam+)", "Theo ...").
    taken = 0
    for c in reversed(cands):
        if c.type in (B.BOILERPLATE, B.BYLINE):
            continue
        if not candidate(c) or taken >= 3:
            break
        kind = _byline_kind(c.text, tail=True)
        if not kind:
            break
        c.type, c.byline, taken = B.BYLINE, kind, taken + 1


def _duplicate_captions(cands: list[_Cand], title: _Cand | None) -> None:
    seen: set[str] = set()
    for i, c in enumerate(cands):
        if c.type is not B.CAPTION:
            continue
        body, credit, _ = _split_credit(c.text)
        key = canonical(c.text)
        if key in seen:
            c.type, c.reason = B.BOILERPLATE, "caption repeated (second copy)"
            continue
        seen.add(key)
        body_key = canonical(body)
        if title is not None and body_key == canonical(title.text) and not credit:
            c.type, c.reason = B.BOILERPLATE, "image alt text repeating the title"
            continue
        # The same caption without its credit next to it (alt text + figcaption).
        for j in (i - 1, i + 1):
            if 0 <= j < len(cands) and cands[j] is not title and cands[j].type in (None, B.CAPTION):
                other = cands[j]
                if other.type is None and canonical(other.text) == body_key and credit:
                    other.type = B.BOILERPLATE
                    other.reason = "caption repeated (copy without the credit)"


def _txt_headings(cands: list[_Cand]) -> None:
    """In plain text a short line without final punctuation before prose is a heading."""
    content = [c for c in cands if c.type is not B.BOILERPLATE]
    for k, c in enumerate(content[:-1]):
        nxt = content[k + 1]
        if (
            c.type is B.PARAGRAPH and nxt.type is B.PARAGRAPH
            and len(c.text.split()) <= 15 and len(c.text) <= 120
            and not re.search(r"[.;,:…]['”\"’)]*$", c.text)
            and (c.text[0].isupper() or c.text[0].isdigit())
        ):
            c.type = B.HEADING


# --- plain text --------------------------------------------------------------------------------

_BULLET = re.compile(r"^(?:[-*•+]|–)\s+(?=\S)")
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+(?=\S)")


def _txt_candidates(text: str) -> list[_Cand]:
    cands: list[_Cand] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            cands.append(_Cand(" ".join(para)))
            para.clear()

    for raw in text.splitlines():
        line = normalize_text(raw)
        if not line:
            flush()
            continue
        if _BULLET.match(line) or _NUMBERED.match(line):
            flush()
            cands.append(_Cand(_BULLET.sub("", line), hint=B.LIST_ITEM))
            continue
        # Web copies put one paragraph per line; hard-wrapped text continues in lower case.
        if para and not _TERMINAL.search(para[-1]) and line[0].islower():
            para.append(line)
            continue
        flush()
        para.append(line)
    flush()
    return cands


# --- Markdown ----------------------------------------------------------------------------------

_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)]*)\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>]+)>")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)"
                          r"|(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])")
_MD_CODE = re.compile(r"`([^`]*)`")
_HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")


def _md_inline(text: str) -> str:
    text = _MD_IMAGE.sub(lambda m: m.group(1), text)
    text = _MD_LINK.sub(lambda m: m.group(1), text)
    text = _MD_AUTOLINK.sub(lambda m: m.group(1), text)
    text = _MD_CODE.sub(lambda m: m.group(1), text)
    text = _HTML_TAG.sub("", text)
    for _ in range(2):  # nested **_x_**
        text = _MD_EMPHASIS.sub(lambda m: next(g for g in m.groups()[1:] if g is not None), text)
    return normalize_text(text.replace("\\", ""))


def _md_candidates(text: str) -> list[_Cand]:
    lines = text.splitlines()
    cands: list[_Cand] = []
    para: list[str] = []
    has_title = False

    def flush() -> None:
        if para:
            joined = _md_inline(" ".join(para))
            if joined:
                cands.append(_Cand(joined))
            para.clear()

    i = 0
    if lines and lines[0].strip() == "---":
        end = next((k for k in range(1, len(lines)) if lines[k].strip() in ("---", "...")), None)
        if end is not None:
            cands.append(_Cand(normalize_text(" ".join(lines[1:end])), B.BOILERPLATE,
                               "front matter (metadata)"))
            i = end + 1
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            flush()
            fence, body = stripped[:3], []
            i += 1
            while i < len(lines) and not lines[i].strip().startswith(fence):
                body.append(lines[i])
                i += 1
            cands.append(_Cand(normalize_text(" ".join(body)), B.BOILERPLATE, "code block"))
            i += 1
            continue
        if stripped.startswith("<!--"):
            flush()
            body = [stripped]
            while "-->" not in body[-1] and i + 1 < len(lines):
                i += 1
                body.append(lines[i].strip())
            cands.append(_Cand(normalize_text(" ".join(body)), B.BOILERPLATE, "HTML comment"))
            i += 1
            continue
        if not stripped or re.fullmatch(r"(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,}", stripped):
            if para and stripped and set(stripped) <= {"-", " "}:
                # setext level 2 under a paragraph line
                cands.append(_Cand(_md_inline(" ".join(para)), B.HEADING))
                para.clear()
            else:
                flush()
            i += 1
            continue
        if para and re.fullmatch(r"=+", stripped):
            heading = _md_inline(" ".join(para))
            para.clear()
            cands.append(_Cand(heading, B.HEADING if has_title else B.TITLE))
            has_title = True
            i += 1
            continue
        atx = re.match(r"^(#{1,6})\s+(.*?)\s*#*\s*$", stripped)
        if atx:
            flush()
            level1 = len(atx.group(1)) == 1
            hint = B.TITLE if level1 and not has_title else B.HEADING
            has_title = has_title or level1
            cands.append(_Cand(_md_inline(atx.group(2)), hint))
            i += 1
            continue
        image = _MD_IMAGE.fullmatch(stripped)
        if image:
            flush()
            alt = _md_inline(image.group(1))
            if alt:
                cands.append(_Cand(alt, B.CAPTION))
            else:
                cands.append(_Cand(image.group(2), B.BOILERPLATE, "image without a caption"))
            i += 1
            continue
        item = re.match(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+(.*)$", line)
        if item:
            flush()
            body = [item.group(1)]
            while i + 1 < len(lines) and lines[i + 1].startswith(("  ", "\t")) and lines[
                i + 1
            ].strip() and not re.match(r"^\s*(?:[-*+]|\d{1,3}[.)])\s", lines[i + 1]):
                i += 1
                body.append(lines[i].strip())
            cands.append(_Cand(_md_inline(" ".join(body)), B.LIST_ITEM))
            i += 1
            continue
        if stripped.startswith(">"):
            stripped = stripped.lstrip("> ").strip()
        para.append(stripped)
        i += 1
    flush()
    return cands


# --- HTML --------------------------------------------------------------------------------------

#: Elements that never hold article text, with the reason shown by inspect.
DROP_TAGS = {
    "script": "script", "style": "style sheet", "noscript": "noscript fallback",
    "template": "template", "iframe": "embedded frame (iframe)", "nav": "navigation menu",
    "header": "site header", "footer": "site footer", "aside": "sidebar (aside)",
    "form": "form", "button": "button", "select": "form control", "svg": "graphic (svg)",
    "object": "embedded object", "embed": "embedded object", "video": "media player",
    "audio": "media player", "canvas": "graphic (canvas)", "dialog": "dialog", "menu": "menu",
}
#: class/id patterns of page furniture, with the reason shown by inspect.
CLASS_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"relat|lien-?quan|cung-?chuyen-?muc|read-?more|xem-?them|more-?news|other-?news|"
         r"tin-?khac", "related-articles list"),
        (r"share|sharing|social|chia-?se", "share buttons"),
        (r"menu|navbar|(?<![a-z])nav(?![a-z])|breadcrumb", "navigation menu"),
        (r"comment|binh-?luan", "comments"),
        (r"(?<![a-z])(?:ads?|adv|advert\w*|adsbygoogle|banner|quang-?cao|sponsor\w*|promo\w*)"
         r"(?![a-z])", "advertising"),
        (r"(?<![a-z])(?:tags?|keywords?|tu-?khoa)(?![a-z])", "tag list"),
        (r"sidebar|widget|most-?(?:read|view)|doc-?nhieu|xem-?nhieu|newsletter|subscribe|"
         r"popup|modal|cookie", "sidebar widget"),
        (r"(?<![a-z])(?:print|toolbar|font-?size|audio|player|video-?player)(?![a-z])",
         "media player or page tools"),
        (r"(?<![a-z])(?:site-?header|site-?footer|footer|header|copyright)(?![a-z])",
         "site header or footer"),
    )
)
_HINT_CLASSES: tuple[tuple[re.Pattern[str], BlockType], ...] = (
    (re.compile(r"(?<![a-z])(?:sapo|lead|summary|description|chapeau|excerpt|intro|"
                r"tom-?tat|abstract|standfirst|detail-?sapo)(?![a-z])"), B.LEAD),
    (re.compile(r"(?<![a-z])(?:author|byline|tac-?gia|writer|reporter|source|nguon)"
                r"(?![a-z])"), B.BYLINE),
    (re.compile(r"(?<![a-z])(?:date|time|publish\w*|posted|ngay-?dang|datetime|timestamp)"
                r"(?![a-z])"), B.DATELINE),
    (re.compile(r"caption|chu-?thich|(?<![a-z])desc(?![a-z])|image_desc|img-?desc"),
     B.CAPTION),
)
_BLOCK_TAGS = frozenset(
    [
        "p", "div", "section", "article", "main", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5",
        "h6", "figure", "figcaption", "blockquote", "table", "thead", "tbody", "tfoot", "tr", "td",
        "th", "dl", "dt", "dd", "pre", "address", "center", "details", "summary", "hr", "header",
        "footer", "aside", "nav", "form", "fieldset", "caption"
    ]
) | frozenset(DROP_TAGS)
_LEAF_HINTS = {
    "h1": B.TITLE, "h2": B.HEADING, "h3": B.HEADING, "h4": B.HEADING, "h5": B.HEADING,
    "h6": B.HEADING, "li": B.LIST_ITEM, "figcaption": B.CAPTION, "p": B.PARAGRAPH,
    "dd": B.PARAGRAPH, "dt": B.PARAGRAPH, "td": B.PARAGRAPH, "th": B.PARAGRAPH,
    "blockquote": B.PARAGRAPH, "pre": B.PARAGRAPH, "address": B.BYLINE, "time": B.DATELINE,
    "caption": B.CAPTION,
}
# lxml ships without type information; elements are typed as this alias.
_El = Any
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
# HTML parsers do not read a DOCTYPE's internal subset ("[<!ENTITY ...>]"): the
# DOCTYPE ends at its first ">" and the rest of the subset spills into the page
# as text, even into the title.  Entities are never expanded, so drop it whole.
_DOCTYPE_SUBSET = re.compile(
    r"""\A\s*<!DOCTYPE(?:[^\[>"']|"[^"]*"|'[^']*')*\[(?:[^\]"']|"[^"]*"|'[^']*')*\]\s*>""",
    re.I,
)


def _classes(el: _El) -> str:
    get = getattr(el, "get", None)
    if get is None:
        return ""
    return f"{get('class') or ''} {get('id') or ''}".lower().strip()


def _html_candidates(text: str, name: str) -> tuple[list[_Cand], str, str]:
    """Candidates of an HTML page, plus its canonical URL and published date."""
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    try:
        page = _DOCTYPE_SUBSET.sub("", _XML_DECL.sub("", text))
        doc = lxml.html.document_fromstring(page, parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise SourceError(
            f"`{name}` cannot be parsed as HTML ({exc}); save the page again or as .txt"
        ) from exc
    # libxml2 stops at a text node over 10 MB and, for HTML, silently drops the
    # rest of the page: refuse rather than translate half an article.
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        raise SourceError(
            f"`{name}` has a text node over 10 MB; no article paragraph is that long — "
            "check that the right file was given"
        )
    url = ""
    for xpath in ("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content"):
        found = doc.xpath(xpath)
        if found and str(found[0]).strip():
            url = str(found[0]).strip()
            break
    meta_date = ""
    for xpath in ("//meta[@property='article:published_time']/@content",
                  "//meta[@name='pubdate']/@content", "//time/@datetime"):
        found = doc.xpath(xpath)
        if found and (meta_date := parse_dateline(str(found[0]))):
            break

    body = doc.find("body")
    root = body if body is not None else doc
    root = _content_root(root)
    keep = {id(a) for a in root.iterancestors()} | {id(root)}
    has_h1 = bool(root.xpath(".//h1"))
    cands: list[_Cand] = []

    head = doc.find("head")
    if head is not None:
        for el in head:
            tag = el.tag if isinstance(el.tag, str) else ""
            if tag in ("script", "style", "noscript", "template"):
                cands.append(_drop_cand(el, DROP_TAGS[tag]))
            elif tag == "title":
                title = normalize_text(el.text_content())
                if has_h1:
                    reason = "page <title> (the <h1> is the title)"
                    cands.append(_Cand(title, B.BOILERPLATE, reason))
                elif title:
                    parts = [p.strip() for p in title.split(" | ")]
                    cands.append(_Cand(max(parts, key=len), B.TITLE))
    if body is not None:
        _walk(body, cands, root=root, keep=keep, inherited=None, inside=root is body)
    return cands, url, meta_date


def _content_root(body: _El) -> _El:
    """The <article> (or <main>) holding the most paragraph text, widened to include an <h1>."""
    best, best_len = None, 0
    for el in body.iter("article", "main"):
        length = sum(len(p.text_content()) for p in el.iter("p"))
        if length > best_len:
            best, best_len = el, length
    if best is None:
        return body
    node = best
    while not node.xpath(".//h1") and node.getparent() is not None and node is not body:
        node = node.getparent()
    return node if node.xpath(".//h1") else best


def _drop_reason(el: _El, keep: set[int]) -> str:
    tag = getattr(el, "tag", "")
    if id(el) in keep or not isinstance(tag, str):
        return ""
    get = el.get
    holds_title = tag in ("header", "footer", "div", "section") and bool(
        el.xpath(".//h1")
    )
    if get("hidden") is not None or _HIDDEN_STYLE.search(get("style") or ""):
        return "hidden element"
    classes = _classes(el)
    if classes:
        for pattern, reason in CLASS_RULES:
            if pattern.search(classes) and not (reason == "site header or footer" and holds_title):
                return reason
    if tag in DROP_TAGS and not (tag in ("header", "footer") and holds_title):
        return DROP_TAGS[tag]
    return ""


def _drop_cand(el: _El, reason: str) -> _Cand:
    # Spaces between pieces: menus are <li><a>..</a></li> runs without any.
    text = normalize_text(" ".join(el.itertext()))
    if not text and (src := el.get("src")):
        text = f"<{el.tag} src=\"{src}\">"
    return _Cand(text, B.BOILERPLATE, reason)  # empty ones are dropped without a trace


def _raw_text(el: _El, keep: set[int]) -> str:
    """Visible text of ``el`` (without its tail), not yet normalized.

    No comments, scripts or furniture; ``<br>`` and block boundaries become spaces,
    inline elements join as they are ("<b>Vi</b>ệt" stays one word).
    """
    parts: list[str] = []

    def visit(node: _El) -> None:
        tag = getattr(node, "tag", None)
        if isinstance(tag, str):
            if tag == "br":
                parts.append(" ")
            elif not _drop_reason(node, keep):
                if tag in _BLOCK_TAGS:
                    parts.append(" ")
                if node.text:
                    parts.append(node.text)
                for child in node:
                    visit(child)
                if tag in _BLOCK_TAGS:
                    parts.append(" ")
        if node is not el and getattr(node, "tail", None):
            parts.append(node.tail)

    visit(el)
    return "".join(parts)


def _text(el: _El, keep: set[int]) -> str:
    return normalize_text(_raw_text(el, keep))


def _element_hint(el: _El) -> BlockType | None:
    classes = _classes(el)
    for pattern, hint in _HINT_CLASSES:
        if classes and pattern.search(classes):
            return hint
    return None


def _walk(
    el: _El,
    out: list[_Cand],
    *,
    root: _El,
    keep: set[int],
    inherited: BlockType | None,
    inside: bool,
) -> None:
    inside = inside or el is root
    if reason := _drop_reason(el, keep):
        out.append(_drop_cand(el, reason))
        return
    if not inside and id(el) not in keep:
        text = _text(el, keep)
        if text:
            out.append(_Cand(text, B.BOILERPLATE, "outside the article body"))
        return
    tag = getattr(el, "tag", "")
    hint = _element_hint(el) or inherited
    if tag in _LEAF_HINTS:
        own = _element_hint(el)
        hint = own or (_LEAF_HINTS[tag] if inherited is None or tag.startswith("h") else inherited)
    children = [c for c in el if isinstance(c.tag, str)]
    # Old CMS pages separate paragraphs of a <div> or <td> with <br><br>: split those.
    splits_on_br = tag not in _LEAF_HINTS and any(c.tag == "br" for c in children)
    is_leaf = not splits_on_br and not any(c.tag in _BLOCK_TAGS for c in children)
    if is_leaf and tag not in ("body", "html"):
        text = _text(el, keep)
        if text:
            out.append(_Cand(text, hint))
        return
    # A container: its inline text between block children forms paragraphs of its own.
    buf: list[str] = [el.text or ""]

    def flush() -> None:
        text = normalize_text("".join(buf))
        if text and inside:
            out.append(_Cand(text, hint))
        elif text:
            out.append(_Cand(text, B.BOILERPLATE, "outside the article body"))
        buf.clear()

    for child in el:
        ctag = child.tag
        if not isinstance(ctag, str):  # a comment or processing instruction
            buf.append(child.tail or "")
            continue
        if ctag in _BLOCK_TAGS or _drop_reason(child, keep) or id(child) in keep:
            flush()
            # Hints of the page frame (body, wrappers of the article) are not inherited.
            _walk(child, out, root=root, keep=keep,
                  inherited=None if id(el) in keep else hint, inside=inside)
            buf.append(child.tail or "")
        elif ctag == "br":
            flush()
            buf.append(child.tail or "")
        else:
            buf.append(_raw_text(child, keep))
            buf.append(child.tail or "")
    flush()


# --- blocks and segments -------------------------------------------------------------------------


def _segment(
    block_index: int,
    n: int,
    text: str,
    *,
    translate: bool = True,
    reason: str = "",
    spans: tuple[Span, ...] | None = None,
    source_prefix: bool = False,
) -> Segment:
    if spans is None:
        spans = protected_spans(text, source_prefix=source_prefix)
    flags: tuple[Flag, ...] = ()
    if translate and (foreign := foreign_language(text)):
        code, prob = foreign
        flags = (
            Flag(
                code="foreign-language",
                message=(
                    f"this sentence looks like {language_name(code)} ({code}, p={prob:.2f}),"
                    " not Vietnamese; it is not sent to vi→X MT: translate it by hand"
                ),
                evidence=text,
                severity="warning",
            ),
        )
    return Segment(
        id=f"b{block_index}.s{n}",
        text=text,
        key=canonical(text),
        translate=translate,
        reason=reason,
        protected=spans,
        flags=flags,
    )


def _whole(kind: str, text: str) -> tuple[Span, ...]:
    return (Span(0, len(text), kind),)


def _block(index: int, c: _Cand) -> Block:
    btype = c.type or B.PARAGRAPH
    text = c.text
    if btype is B.BOILERPLATE:
        return Block(index=index, type=btype, text=text, reason=c.reason or "boilerplate")
    segs: list[Segment] = []
    if btype is B.DATELINE:
        segs.append(_segment(index, 1, text, translate=False, reason="date",
                             spans=_whole("date", text)))
    elif btype is B.BYLINE:
        kind = c.byline or "source"
        if kind == "name":
            segs.append(_segment(index, 1, text, translate=False, reason="byline (name)",
                                 spans=_whole("name", text)))
        elif kind == "source tag":
            segs.append(_segment(index, 1, text, translate=False, reason="source tag",
                                 spans=_whole("code", text)))
        else:
            segs.append(_segment(index, 1, text))
    elif btype is B.CAPTION:
        body, credit, number = _split_credit(text)
        for sentence in split_sentences(body):
            segs.append(_segment(index, len(segs) + 1, sentence))
        if credit:
            segs.append(_segment(index, len(segs) + 1, credit, translate=False,
                                 reason="photo credit", spans=_whole("credit", credit)))
        if number:
            segs.append(_segment(index, len(segs) + 1, number.strip(), translate=False,
                                 reason="image number (page residue)",
                                 spans=_whole("code", number.strip())))
    else:
        for k, sentence in enumerate(split_sentences(text)):
            segs.append(_segment(index, k + 1, sentence, source_prefix=k == 0))
    return Block(index=index, type=btype, text=text, segments=tuple(segs))


def parse_article(
    text: str,
    *,
    fmt: str,
    article_id: str,
    path: str = "",
    checksum: str = "",
    blocklist: Sequence[str] = (),
) -> Article:
    """Parse decoded ``text`` in format ``fmt`` ("txt", "html" or "md") into an Article.

    Pure: no file access.  ``checksum`` defaults to the sha256 of ``text`` in
    UTF-8.  Raises :class:`SourceError` when nothing translatable is left.
    """
    name = path or f"{article_id}.{fmt}"
    if not normalize_text(text):
        raise SourceError(f"`{name}` is empty; nothing to translate")
    url = date = ""
    if fmt == "txt":
        cands = _classify(_txt_candidates(text), structured=False)
    elif fmt == "md":
        cands = _classify(_md_candidates(text), structured=True)
    elif fmt == "html":
        raw, url, date = _html_candidates(text, name)
        cands = _classify(raw, structured=True)
    else:
        raise SourceError(
            f"`{name}` has format '{fmt}'; use one of txt, html, md"
        )
    blocks = tuple(_block(i, c) for i, c in enumerate(cands))
    content = [b for b in blocks if b.type is not B.BOILERPLATE]
    if not content:
        if not blocks:
            raise SourceError(f"`{name}` is empty; nothing to translate")
        reasons = sorted({b.reason for b in blocks})
        raise SourceError(
            f"`{name}` holds only boilerplate ({', '.join(reasons[:3])}); nothing to translate"
        )
    if not any(s.translate for b in content for s in b.segments):
        kinds = sorted({b.type.value for b in content})
        raise SourceError(
            f"`{name}` holds no text to translate (only {', '.join(kinds)}); nothing to translate"
        )
    for b in content:
        if b.type is B.DATELINE and (iso := parse_dateline(b.text)):
            date = iso
            break
    prose = " ".join(
        b.text for b in content if b.type in (B.TITLE, B.LEAD, B.PARAGRAPH, B.HEADING, B.LIST_ITEM)
    )
    article = Article(
        id=article_id,
        path=path,
        format=fmt,
        blocks=blocks,
        # surrogatepass: text from a broken decoder may hold lone surrogates; the
        # writers replace them (with a note), the checksum must not crash first.
        checksum=checksum or hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        language=detect_language(prose) or "unknown",
        date=date,
        url=url,
    )
    return check_article(article, blocklist=blocklist)


# --- files -------------------------------------------------------------------------------------

_MOJIBAKE = re.compile(r"Ã[\u0080-\u00bf]|Ä[\u0080-\u00bf‘’“”•–—]|á»|áº|Æ°|Æ¡")
_DECLARED_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)


def decode_bytes(data: bytes, *, encoding: str | None, name: str) -> str:
    """Decode an article's bytes; never guess beyond what the bytes say.

    With ``encoding`` that codec is used (``cp1258`` gives tones as combining
    marks; normalization composes them).  Without it: UTF-8 with or without
    BOM, UTF-16/32 with a BOM.  Anything else is a :class:`SourceError` that
    says which byte failed and what to pass.
    """
    if encoding:
        try:
            codec = codecs.lookup(encoding).name
        except LookupError as exc:
            raise SourceError(
                f"unknown encoding '{encoding}'; pass a Python codec name such as utf-8 or cp1258"
            ) from exc
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            raise SourceError(
                f"`{name}` cannot be decoded as {encoding} (byte 0x{data[exc.start]:02x} at "
                f"offset {exc.start}); check the --encoding value"
            ) from exc
        return text.removeprefix("\ufeff")
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                offset = exc.start + len(bom)
                raise SourceError(
                    f"`{name}` starts with a {codec.upper()} byte-order mark but is not valid "
                    f"{codec.upper()} (byte 0x{data[offset]:02x} at offset {offset}); "
                    "save it again as UTF-8"
                ) from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"`{name}` is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "pass --encoding cp1258 (or the right encoding) if it is a legacy file"
        ) from exc
    if "\x00" in text:
        raise SourceError(
            f"`{name}` contains NUL bytes, so it is probably UTF-16 without a byte-order mark;"
            " pass --encoding utf-16-le (or utf-16-be)"
        )
    found = _MOJIBAKE.findall(text)
    if len(found) >= 3:
        raise SourceError(
            f"`{name}` looks double-encoded (mojibake such as '{found[0]}'); save it again as"
            " UTF-8 from the original page"
        )
    return text


def _decode_html(data: bytes, *, name: str) -> str:
    try:
        return decode_bytes(data, encoding=None, name=name)
    except SourceError:
        # A page may declare its legacy charset; that is the page saying, not us guessing.
        m = _DECLARED_CHARSET.search(data[:4096])
        if m is None or m.group(1).decode("ascii").lower().replace("_", "-") in ("utf-8", "utf8"):
            raise
        return decode_bytes(data, encoding=m.group(1).decode("ascii"), name=name)


#: Documentation that sits next to articles in a folder is not an article.
_NOT_ARTICLES = frozenset({"readme", "changelog", "license", "licence", "contributing"})


def _skipped(path: Path, base: Path) -> bool:
    hidden = any(part.startswith(".") for part in path.relative_to(base).parts)
    return hidden or path.stem.lower() in _NOT_ARTICLES


def find_articles(paths: Sequence[Path | str]) -> list[Path]:
    """Article files among ``paths`` (files or folders, searched recursively), sorted.

    Hidden files and folders inside a folder are skipped, and so are README,
    LICENSE, CHANGELOG and CONTRIBUTING files.  A missing path, an
    explicit file of an unsupported type or a folder without articles is a
    :class:`SourceError`.
    """
    found: set[Path] = set()
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise SourceError(f"`{given}` does not exist; check the path")
        if path.is_dir():
            inside = {
                f for f in path.rglob("*")
                if f.suffix.lower() in SUPPORTED_SUFFIXES and f.is_file() and not _skipped(f, path)
            }
            if not inside:
                raise SourceError(
                    f"`{given}` holds no articles ({_SUPPORTED_TEXT}); point to a file or a"
                    " folder that has some"
                )
            found |= inside
        elif path.suffix.lower() in SUPPORTED_SUFFIXES:
            found.add(path)
        else:
            raise SourceError(
                f"`{given}` is not a supported article type ({_SUPPORTED_TEXT}); save it as"
                " text or HTML"
            )
    return sorted(found, key=lambda p: (str(p.parent), p.name))


def load_article(
    path: Path | str,
    *,
    encoding: str | None = None,
    force: bool = False,
    blocklist: Sequence[str] = (),
) -> Article:
    """Read, decode and parse one article file.

    Raises :class:`SourceError` when the file is missing, empty, undecodable or not an
    article type, and :class:`NotVietnameseError` (a SourceError) when it does not
    look Vietnamese, unless ``force``.
    """
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise SourceError(f"`{name}` does not exist; check the path")
    if p.is_dir():
        raise SourceError(f"`{name}` is a folder; pass one article file")
    fmt = _FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise SourceError(
            f"`{name}` is not a supported article type ({_SUPPORTED_TEXT}); save it as text or HTML"
        )
    try:
        size = p.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise SourceError(
                f"`{name}` is {size / 1e6:.0f} MB, too large for a news article (the limit is "
                f"{MAX_ARTICLE_BYTES // 1_000_000} MB); check that the right file was given"
            )
        data = p.read_bytes()
    except OSError as exc:
        raise SourceError(
            f"`{name}` cannot be read ({exc.strerror}); check its permissions"
        ) from exc
    if not data:
        raise SourceError(f"`{name}` is empty; nothing to translate")
    if fmt == "html" and encoding is None:
        text = _decode_html(data, name=name)
    else:
        text = decode_bytes(data, encoding=encoding, name=name)
    article = parse_article(
        text,
        fmt=fmt,
        article_id=p.stem,
        path=name,
        checksum=hashlib.sha256(data).hexdigest(),
        blocklist=blocklist,
    )
    if not force and article.language not in ("vi", "unknown", ""):
        raise NotVietnameseError(
            f"`{name}` looks like {language_name(article.language)}, not Vietnamese;"
            " pass --force to translate it anyway"
        )
    return article
