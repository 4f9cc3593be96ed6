"""Block typing shared by every reader: the text rules that turn candidates into blocks.

A reader (:mod:`.txt`, :mod:`.html`, :mod:`.md`) turns its input into
:class:`Candidate` pieces of text, with an optional structural hint (``<h1>`` is a
title, ``.sapo`` a lead, ``<nav>`` boilerplate ...).  :func:`classify` gives each
candidate a block type with rules that use evidence a reader of any site sees:

* **line shape**: short lines without final punctuation, ALL CAPS, dot leaders,
  dates, credit labels, name-like lines;
* **position** relative to the article body: lines before the headline are page
  furniture unless they are the dateline; lines after the sign-off (byline or
  source line) are furniture;
* **repetition**: a headline or caption printed twice is one block, the repeat is
  set aside with a reason;
* **neighbourhood**: runs of short lines are menus, a header followed by dated
  headlines is a related-articles list.

The rules are tables of ``(pattern, reason)`` and small functions; each decision is
written to the candidate's ``trace`` so ``inspect --explain`` can say why a line got
its type, and the reason of a set-aside block names its evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ttdn_i18n.model import BlockType
from ttdn_i18n.sources.normalize import canonical
from ttdn_i18n.sources.segments import split_sentences

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
    r"\s*(?::|\.{2,}|…+)?"  # "Tin tức khác......": dot leaders of old portals
)
#: Line shape of a list header on old portals: a few words trailed by dot leaders.
_DOT_LEADER = re.compile(r"[^.…]{2,60}?\s*(?:\.{3,}|…+\.*)\s*:?")

#: Section names a copied page shows above the headline ("Chính trị", "Thời sự").
_SECTION_NAMES = (
    r"(?:thời sự|chính trị|kinh tế|xã hội|văn hóa|văn hoá|thế giới|quốc tế|thể thao|giáo dục|"
    r"pháp luật|sức khỏe|sức khoẻ|đời sống|du lịch|công nghệ|khoa học|giải trí|quốc phòng|"
    r"an ninh|trong nước|địa phương|đối ngoại|thông tin đối ngoại|tin tức|tin tức - sự kiện|"
    r"video|multimedia|podcast|infographics?|e-?magazine|bạn đọc|ảnh|phóng sự|tiêu điểm)"
)
SECTION_LABELS = re.compile(
    # A breadcrumb copied without its separators reads "Thế giới Đối ngoại": section
    # names in a row.
    rf"{_SECTION_NAMES}(?:\s+{_SECTION_NAMES})*"
    r"(?:\s*[>»›/|-]\s*[^>»›/|]{1,30})*"
)

# A counter: a number and what is counted, in either order ("1.997 lượt xem", "Lượt xem:
# 1.997", "(Lượt đọc: 6319)", "12 bình luận", "2,3K views"), or an icon and a number
# ("👁 1.997", "💬 3").  Line shape, not the site's wording: a line made only of counters
# (with separators) is furniture; a real sentence about visitors ("đón 420.000 lượt
# khách") has other words in it.
_COUNT_NUM = r"\d+(?:[.,]\d+)*\s*(?:k|m|tr|nghìn|ngàn|triệu)?\+?"
_COUNT_WHAT = (
    r"(?:lượt|lần) (?:xem|đọc|thích|chia sẻ|bình luận|truy cập|nghe|tải|like|share)|"
    r"bình luận|ý kiến|thích|chia sẻ|người (?:đã )?(?:xem|đọc)|người đọc|đã xem|"
    r"đang (?:truy cập|online)|views?|likes?|comments?|shares?|reads?"
)
_COUNT_ICON = r"[\u2190-\u2bff\U0001f300-\U0001faff]\ufe0f?"
_COUNT_ITEM = (
    rf"(?:{_COUNT_ICON}\s*)?"
    rf"(?:{_COUNT_NUM}\s*(?:{_COUNT_WHAT})"
    rf"|\(?(?:số |tổng )?(?:{_COUNT_WHAT})\s*:?\s*{_COUNT_NUM}\)?)"
    rf"|{_COUNT_ICON}\s*{_COUNT_NUM}"
)
_COUNT_SEP = r"\s*(?:[|•·,;/–—-]\s*)?"
COUNTERS = rf"(?:{_COUNT_ITEM})(?:{_COUNT_SEP}(?:{_COUNT_ITEM}))*"
# A toolbar item: share, print, e-mail and save buttons, font-size and zoom controls.
_TOOL_ITEM = (
    r"(?:chia sẻ(?: bài viết| bài này)?|share|like|thích|tweet|facebook|twitter|zalo|"
    r"e-?mail|gửi (?:e-?mail|bài(?: này| viết)?|cho bạn bè)|in(?: bài(?: này| viết)?| trang)?|"
    r"bản in|print|lưu(?: bài(?: viết)?| tin)?|copy link|sao chép (?:liên kết|link)|"
    r"(?:mặc định\s*)?cỡ chữ(?: lớn| nhỏ)?|kích (?:cỡ|thước) chữ|phóng to|thu nhỏ|"
    r"zoom(?: in| out)?|font(?:-?size)?|a[+-]|a|aa|[+-]|nghe(?: bài viết| đọc bài)?)"
)
TOOLBAR = rf"(?:{_TOOL_ITEM})(?:\s*[|•·:/,-]?\s*(?:{_TOOL_ITEM}))+\s*[|•·:]?"
# A comment-widget item: sort tabs, reply and like buttons, the age of a comment.
_WIDGET_ITEM = (
    r"(?:mới nhất|cũ nhất|quan tâm nhất|hay nhất|nhiều (?:thích|lượt thích) nhất|thích|"
    r"trả lời|báo (?:vi phạm|xấu)|xem thêm (?:ý kiến|bình luận)|"
    r"\d+\s*(?:h|g|giờ|phút|p|ngày|giây|tuần|tháng) trước|vừa xong|\d+)"
)
COMMENT_WIDGET = rf"(?:{_WIDGET_ITEM})(?:\s*[|•·,-]?\s*(?:{_WIDGET_ITEM}))*"
#: A dateline printed with a counter ("05/07/2024 14:00 | 1.997 lượt xem"): the counter
#: before or after the date is stripped before the date is read.
_COUNTER_AROUND = re.compile(
    rf"^(?:{COUNTERS}){_COUNT_SEP}(?=\S)|(?<=\S){_COUNT_SEP}(?:{COUNTERS})$"
)
_HAS_DATE = re.compile(r"\d[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2}")

#: (pattern, reason) for lines that are page furniture, not article text.
BOILERPLATE_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?",
         "media-player residue (time counter)"),
        (r"(?:nghe (?:bài viết|đọc bài|đọc|tin)|đọc bài|tạm dừng|tốc độ(?: đọc)?|"
         r"giọng (?:nam|nữ)(?: miền (?:bắc|nam|trung))?|\d(?:[.,]\d+)?x|play|pause|"
         r"\d{1,2}:\d{2})", "media-player controls"),
        (r"(?:(?:chia sẻ(?: bài viết)?\s*:?|share|like|thích|tweet|facebook|twitter|zalo|email|"
         r"e-mail|in bài(?: này| viết)?|in|gửi bài(?: này)?|trở về|quay lại|lên đầu trang|"
         r"bản in|print|lưu|lưu bài|lưu tin|copy link|sao chép (?:liên kết|link)|gửi bài|"
         r"gửi email|\d+)\s*[|•·]?\s*)+", "share and print buttons"),
        # View, read, like, share and comment counters, alone or several on one line:
        # "Số lượt xem: 4254", "(Lượt đọc: 6319)", "1.997 lượt xem", "👁 2,3K", "12 bình
        # luận | 5 lượt thích".  See COUNTERS.
        (COUNTERS, "view counter"),
        (r"(?:mặc định\s*)?cỡ chữ.*|(?:a-\s*a\+|a\+\s*a-)", "font-size control"),
        # Line shape: a line made only of toolbar items (print, email, share, save,
        # listen, font size, zoom) in any combination and order ("In bài viết Gửi email
        # Cỡ chữ A- A+", "A+ A- | Chia sẻ | Lưu"): the article's tool bar.  See TOOLBAR.
        (TOOLBAR, "toolbar (share, print, font size)"),
        (r"(?:video|clip) đang phát|đang phát|phát lại|xem video", "video-player residue"),
        (r"lắng nghe|nghe bài(?: viết| này)?", "media-player controls"),
        (r"■|□|▪|\*\s*\*\s*\*", "end mark (no text)"),
        # The comments box header: "Ý kiến", "Bình luận", "Góp ý" and their longer forms,
        # with or without a count in brackets or after the word ("Ý kiến (18)",
        # "Bình luận 3").
        (r"(?:ý kiến(?: bạn đọc| của bạn| độc giả)?|bình luận(?: của bạn| bạn đọc)?|"
         r"góp ý(?: của bạn| bạn đọc)?|gửi bình luận|viết bình luận|gửi ý kiến|gửi góp ý|"
         r"đăng nhập để bình luận|bạn đọc bình luận|chưa có (?:bình luận|ý kiến)(?: nào)?)"
         r"(?:\s*[(\[]\s*\d+\s*[)\]]|\s+\d+)?\s*:?", "comments box"),
        # Line shape: a line made only of comment-widget items (sort tabs, "Thích Trả lời",
        # the comment's age "11h trước", "5 phút trước"): the comments box.
        (COMMENT_WIDGET, "comments box controls"),
        (r"(?:từ khóa|tags?|chủ đề|keywords?)\s*:.*", "tag list"),
        # Line shape: only hashtags ("#giáodục", "#đầutư #Lào"): topic tags; article text
        # is never made of hashtags alone.
        (r"#[^\s#]{2,40}(?:\s*#[^\s#]{2,40})*", "tag list"),
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
         r"top|\^|↑|×|close|đóng|xem tiếp\s*(?:>>|»)|xem thêm\s*(?:>>|»))", "page control"),
        (r"(?:quảng cáo|advertisement|sponsored|nội dung tài trợ)", "advertising label"),
        (r"(?:đăng ký nhận (?:tin|bản tin)|theo dõi (?:\S+\s+){1,4}(?:trên|tại).*|"
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
    # "Cập nhật lúc 08:30 ngày 15/03/2024": the label may be followed by "lúc" (at).
    r"(?:(?:cập nhật|đăng|ngày đăng|đăng lúc|xuất bản|updated|published|posted)"
    r"(?:\s+lúc)?\s*:?\s*)?"
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
# "Theo TTXVN", "Theo Báo Quốc tế", also in brackets: "(Theo Cục Lãnh sự)".
_THEO = re.compile(r"Theo\s+(?:[A-ZĐ0-9]\S*)(?:\s+\S+){0,8}|\(Theo\s+[A-ZĐ0-9][^()]{0,60}\)")
_SOURCE_LINE = re.compile(r"Nguồn\s*:\s*\S.{0,80}")
TERMINAL = re.compile(r"[.!?…:;,][”\"’')\]»]*$")


def _short(text: str, words: int = _SHORT_WORDS) -> bool:
    return len(text.split()) <= words


def boilerplate_reason(text: str) -> str:
    """Why a line of text is page furniture, or "" when it may be article text."""
    if not _short(text, 40):
        return ""
    key = canonical(text)
    if RELATED_HEADERS.fullmatch(key):
        return "related-articles header"
    if _short(text, 8) and _DOT_LEADER.fullmatch(key):
        return "related-articles header"  # evidence: dot leaders after a short label
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
    (GMT+7)``, ``Cập nhật: 09:15 ngày 12/03/2024`` and ISO timestamps, also with a
    counter printed on the same line (``05/07/2024 14:00 | 1.997 lượt xem``).
    """
    key = canonical(text).strip()
    m = _DATELINE.fullmatch(key)
    if (m is None and len(key) <= 120 and _HAS_DATE.search(key)
            and (bare := _COUNTER_AROUND.sub("", key)) != key):
        key = bare  # a counter on the date's line: "05/07/2024 14:00 | 1.997 lượt xem"
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


def split_credit(text: str) -> tuple[str, str, str]:
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
    body, credit, number = split_credit(text)
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


_LEAD_PREFIX = re.compile(r"\(?[A-ZĐ][\w.+/]{1,25}\)?\s*[-–]\s+\S")

#: ``reason`` of the empty candidate a reader emits where a page shows an image.
IMAGE_MARK = "image"

# --- candidates ----------------------------------------------------------------------------------


@dataclass
class Candidate:
    """A piece of the input on its way to becoming a block."""

    text: str
    hint: BlockType | None = None
    reason: str = ""  # set for boilerplate
    type: BlockType | None = None
    byline: str = ""  # the _byline_kind of a BYLINE block
    trace: list[str] = field(default_factory=list)  # rule decisions, for inspect --explain
    meta: str = ""  # reader's note: "page-title" for the <title> of an HTML <head>
    after_image: bool = False  # HTML: the previous element was an image
    credit_only: bool = False
    line: int = 0  # 1-based first line in a .txt input (0: not known)

    def set(self, btype: BlockType, why: str, reason: str = "") -> None:
        """Give the candidate a type, noting the evidence (``reason``: set-aside reason)."""
        self.type = btype
        if reason or btype is B.BOILERPLATE:
            self.reason = reason or why
        self.trace.append(f"{btype.value}: {why}")


def _body_like(text: str) -> bool:
    """Reads like article prose rather than a headline or a menu entry."""
    words = len(text.split())
    return words >= 40 or len(split_sentences(text)) >= 2 or (
        words >= 12 and TERMINAL.search(text) is not None and not text.endswith(":")
    )


def _prepare(cands: list[Candidate]) -> list[Candidate]:
    """Drop empty candidates; an empty "image" marker makes the next one ``after_image``."""
    out: list[Candidate] = []
    image = False
    for c in cands:
        if not c.text:
            image = image or c.reason == IMAGE_MARK
            continue
        c.after_image = image
        image = False
        out.append(c)
    return out


def classify(
    cands: list[Candidate], *, structured: bool, marks_lead: bool = False
) -> list[Candidate]:
    """Give every candidate a block type.  ``structured`` is True for HTML and Markdown;
    ``marks_lead`` for formats whose pages mark their sapo (HTML classes)."""
    cands = _prepare(cands)
    for c in cands:
        if c.hint is B.BOILERPLATE:
            c.set(B.BOILERPLATE, c.reason or "set aside by the reader", c.reason)
        elif (
            c.hint not in (B.TITLE, B.LEAD, B.BYLINE)
            and not parse_dateline(c.text)
            and (reason := boilerplate_reason(c.text))
        ):
            c.set(B.BOILERPLATE, f"line shape: {reason}", reason)
    if not structured:
        _menu_runs(cands)  # first: a menu entry "Tin tức" is not a related-list header
    _related_lists(cands)

    for c in cands:
        if c.type is None and c.hint in (None, B.DATELINE, B.PARAGRAPH) and parse_dateline(c.text):
            c.set(B.DATELINE, f"a date ({parse_dateline(c.text)})")
        elif c.type is None and c.hint is B.DATELINE:
            c.hint = None  # a "date" element that holds no date

    title = _find_title(cands)
    if title is not None:
        _before_title(cands, title)
        _repeated_title(cands, title)
        _comments(cands, title)
    for c in cands:
        if c.type is None and c.hint is B.TITLE:
            c.hint = B.HEADING  # a second <h1>
        if c.type is None and c.hint is B.CAPTION:
            c.set(B.CAPTION, "caption element of the page")
    # Bylines before text captions: "Bài và ảnh: Hồng Lam" carries a credit-like label.
    _bylines(cands, title)
    for c in cands:
        if c.type is None and c.hint in (None, B.PARAGRAPH) and _is_caption(c.text):
            c.set(B.CAPTION, "ends with a photo credit")
    _uncredited_captions(cands)
    _duplicate_captions(cands, title)
    _after_signoff(cands, title)
    if not structured:
        _txt_lists(cands)

    has_lead = any(c.type is None and c.hint is B.LEAD for c in cands)
    seen_title = para_seen = False
    for c in cands:
        if c is title:
            seen_title = True
        if c.type is not None:
            continue
        first, para_seen = seen_title and not para_seen, para_seen or seen_title
        if c.hint in (B.LEAD, B.HEADING, B.LIST_ITEM):
            c.set(c.hint, f"{c.hint.value} element of the page")
        elif not has_lead and seen_title and (
                not marks_lead or _LEAD_PREFIX.match(c.text) or (first and c.meta == "bold")):
            # The news sapo: in plain text, the first paragraph after the title.  A page's
            # HTML marks its sapo (class "sapo", "lead"...): without one, only an agency
            # prefix ("VOV.VN - ", "(Chinhphu.vn) - ") or a first paragraph set wholly in
            # bold (how many CMS print the sapo) is evidence of a lead.  A paste keeps no
            # markup: whether its page had a sapo is not in the text (a sapo-less page's
            # first paragraph reads like a sapo), so news practice decides: lead.
            c.set(B.LEAD, "first paragraph after the headline")
            has_lead = True
        else:
            c.set(B.PARAGRAPH, "article text (no other rule matched)")
    if not structured:
        _txt_headings(cands)
    return cands


def _headline_shaped(c: Candidate) -> bool:
    """Evidence: a headline is 4-40 words, does not end in a full stop, is not ALL CAPS
    (kickers and section labels are) and is not a section name or a person's name."""
    words = c.text.split()
    return (
        c.type is None and c.hint in (None, B.PARAGRAPH, B.HEADING, B.TITLE)
        and 4 <= len(words) <= 40 and not c.text.rstrip("”\"’)").endswith((".", ":", ";"))
        and not c.text.isupper() and not SECTION_LABELS.fullmatch(canonical(c.text))
        and not _byline_kind(c.text, tail=False)
    )


def _find_title(cands: list[Candidate]) -> Candidate | None:
    title = _pick_title(cands)
    if title is None:
        return None
    # Evidence of repetition: a headline printed twice is the title at its first copy.
    key = canonical(title.text)
    first = next(c for c in cands if c is title or (c.type is None and canonical(c.text) == key))
    if first is not title:
        why = title.trace[-1].partition(": ")[2]
        title.type, title.trace = None, []
        first.set(B.TITLE, f"first copy of the headline ({why})")
        return first
    return title


def _pick_title(cands: list[Candidate]) -> Candidate | None:
    title = next((c for c in cands if c.type is None and c.hint is B.TITLE), None)
    if title is not None:
        title.set(B.TITLE, "headline element of the page (<h1> / # heading)")
        return title
    # No headline element: the visible line that repeats the page's <title>, else the
    # <title> itself.
    page_titles = [c for c in cands if c.meta == "page-title"]
    for pt in page_titles:
        parts = {canonical(p) for p in re.split(r"\s+[|–-]\s+", pt.text)} | {canonical(pt.text)}
        for c in cands:
            if c.type is None and canonical(c.text) in parts and c.hint is not B.BOILERPLATE:
                c.set(B.TITLE, "same text as the page <title>")
                return c
        pt.reason = ""
        pt.set(B.TITLE, "page <title> (no headline in the page body)")
        return pt
    # Evidence of position: the headline sits next to the article's date (just above it,
    # or just below it on sites that print the date first).
    dates = [i for i, c in enumerate(cands) if c.type is B.DATELINE]
    if dates:
        d = dates[0]
        near: list[int] = [*range(d - 1, max(-1, d - 4), -1), *range(d + 1, min(len(cands), d + 3))]
        for k in near:
            cand: Candidate = cands[k]
            if _headline_shaped(cand):
                cand.set(B.TITLE, "headline-shaped line next to the dateline")
                return cand
    # No date either.  Position: the headline sits directly above the article text, so
    # of the headline-shaped lines above the first prose paragraph take the last one.
    prose = next((k for k, c in enumerate(cands) if c.type is None and _body_like(c.text)), None)
    if prose is not None:
        above = [c for c in cands[:prose] if _headline_shaped(c)]
        if above and above[-1] is cands[prose - 1]:
            above[-1].set(B.TITLE, "headline-shaped line directly above the first paragraph")
            return above[-1]
    for c in cands:
        if c.type is not None:
            continue
        if SECTION_LABELS.fullmatch(canonical(c.text)):
            c.set(B.BOILERPLATE, "section label above the headline",
                  "section label (next to the title)")
            continue
        following = [n for n in cands[cands.index(c) + 1 :] if n.type is None][:3]
        if c.text.isupper() and len(c.text.split()) <= 6 and any(
                _headline_shaped(n) for n in following):
            # Shape: an ALL CAPS label above a headline-shaped line is a kicker or a
            # sidebar label, not the headline.
            c.set(B.BOILERPLATE, "upper-case label above a headline-shaped line",
                  "section label or kicker above the headline")
            continue
        c.set(B.TITLE, "first line of text")
        return c
    return None


def _before_title(cands: list[Candidate], title: Candidate) -> None:
    """Evidence of position: what a page prints above its headline is the site header,
    menus, breadcrumb and section labels; only the date and the author stay."""
    i = cands.index(title)
    for k, c in enumerate(cands[:i]):
        if c.type is not None or c.hint in (B.LEAD, B.CAPTION):
            continue
        # An author line printed above the headline, in the author/date/headline block:
        # upper case or labelled ("Bài và ảnh:"), and directly above the dateline.
        dated_next = k + 1 < len(cands) and cands[k + 1].type is B.DATELINE
        if c.hint is B.BYLINE:
            continue
        if (
            k >= i - 3 and dated_next and _byline_kind(c.text, tail=False) == "name"
            and (c.text.isupper() or bool(_LABELED_BYLINE.fullmatch(canonical(c.text))))
        ):
            c.set(B.BYLINE, "upper-case or labelled author line above the date and headline")
            c.byline = "name"
            continue
        c.set(B.BOILERPLATE, "before the headline", _before_reason(c))
    for c in cands[i + 1 :]:  # "Chính trị" between headline and text
        if c.type is not None:
            continue
        if c.hint not in (None, B.PARAGRAPH) or not SECTION_LABELS.fullmatch(canonical(c.text)):
            break
        c.set(B.BOILERPLATE, "section name right after the headline",
              "section label (next to the title)")


def _before_reason(c: Candidate) -> str:
    if SECTION_LABELS.fullmatch(canonical(c.text)) or c.text.isupper():
        return "section label or kicker above the headline"
    if len(c.text.split()) <= 6:
        return f"short line above the headline (page header or menu, {len(c.text.split())} words)"
    return "text above the headline (page header, teaser or menu)"


def _repeated_title(cands: list[Candidate], title: Candidate) -> None:
    """Evidence of repetition: pages print the headline twice (visible + og/teaser copy)."""
    key = canonical(title.text)
    for c in cands:
        if c is not title and c.type is None and canonical(c.text) == key:
            c.set(B.BOILERPLATE, "same text as the headline", "headline repeated (second copy)")


def _uncredited_captions(cands: list[Candidate]) -> None:
    """Captions without a credit.  Evidence: in HTML, a short line right after an image;
    in any format, a short line followed by a credit-only line ("Ảnh: H.L")."""
    for i, c in enumerate(cands):
        if c.type is not None or c.hint not in (None, B.PARAGRAPH) or len(c.text.split()) > 30:
            continue
        nxt = next((n for n in cands[i + 1 :] if n.type is not B.BOILERPLATE or n.credit_only),
                   None)
        if c.after_image and not _body_like(c.text):
            c.set(B.CAPTION, "short line right after an image")
        elif nxt is not None and _credit_only(nxt.text):
            c.set(B.CAPTION, f"short line followed by a photo credit ('{nxt.text}')")
        elif ((m := _CAPTION_OPENING.match(c.text)) and len(split_sentences(c.text)) == 1
              and not c.text.endswith(":")  # a line ending in ":" introduces what follows
              and not _ARTICLE_END.search(c.text)):  # "/." closes an article, not a caption
            c.set(B.CAPTION, f"one sentence opening the way photo captions do ('{m[0]}')")


#: How Vietnamese photo captions open when the image is gone (pasted text): "Quang cảnh
#: / Toàn cảnh ..." (view of the event), "Các đại biểu ..." (the delegates), "Lãnh đạo
#: hai tỉnh / huyện / Bộ ..." (officials); a one-sentence line of at most 30 words.
#: The end-of-article mark of Vietnamese news copy ("... vùng biên./.", "../.", "/."):
#: the line that carries it is the article's last paragraph, never a photo caption.
_ARTICLE_END = re.compile(r"\.*/\.\s*$")
_CAPTION_OPENING = re.compile(
    r"(?:Quang cảnh|Toàn cảnh|Các đại biểu|Lãnh đạo (?:hai|các|huyện|tỉnh|Bộ|thành phố))(?= )"
)


def _credit_only(text: str) -> bool:
    body, credit, _ = split_credit(text)
    return bool(credit) and not body


def _after_signoff(cands: list[Candidate], title: Candidate | None) -> None:
    """Evidence of position: an article ends with its last paragraph and its sign-off
    (author, "Theo ...", source tag); what follows the sign-off is page furniture
    (share bars, sidebars, related lists, footer)."""
    start = cands.index(title) + 1 if title is not None else 0
    last = None
    for k in range(len(cands) - 1, start - 1, -1):
        c = cands[k]
        if c.type is None and c.hint in (None, B.PARAGRAPH, B.LEAD) and _body_like(c.text):
            last = k
            break
    if last is None:
        return
    signed = ""
    gap = False  # furniture seen between the sign-off and this line
    for c in cands[last + 1 :]:
        if c.type is B.BOILERPLATE:
            gap = gap or bool(signed)
            continue
        if signed:
            if c.type is None and not gap and _office_title(c, signed):
                c.set(B.BYLINE, f"office title under the author's name ('{signed}')")
                c.byline = "name"
                signed = c.text
                continue
            # The sign-off is contiguous ("Name" / "(TTXVN)" / "Theo ...") and a source line
            # ("Theo X", "Nguồn: X", "(TTXVN/Vietnam+)") closes it.
            closed = _byline_kind(signed, tail=True) in ("source", "source tag")
            if c.type is B.BYLINE and not gap and not closed:
                signed = c.text
                continue
            # The author's name then the agency tag or source ("Minh Sơn" / "(Vietnam+)").
            kind = _byline_kind(c.text, tail=True)
            if (c.type is None and c.hint in (None, B.PARAGRAPH) and not gap and not closed
                    and kind in ("source", "source tag")):
                c.set(B.BYLINE, f"{kind} line right under the sign-off ('{_clip(signed)}')")
                c.byline = kind
                signed = c.text
                continue
            c.reason = ""
            c.set(B.BOILERPLATE, f"after the sign-off ('{_clip(signed)}')",
                  f"after the article's sign-off ('{_clip(signed)}')")
            continue
        if c.type is B.BYLINE:
            signed = c.text
        elif c.type is None and c.hint in (None, B.PARAGRAPH) and (
                kind := _byline_kind(c.text, tail=True)):
            c.set(B.BYLINE, f"{kind} line right after the last paragraph")
            c.byline = kind
            signed = c.text
        elif c.type is None and c.hint in (None, B.PARAGRAPH) and _signoff_shaped(c.text):
            c.set(B.BYLINE, "short unpunctuated line right after the last paragraph")
            c.byline = "name"
            signed = c.text


def _comments(cands: list[Candidate], title: Candidate) -> None:
    """Evidence of position: the readers' comments box ("Ý kiến bạn đọc", "Bình luận (0)")
    comes after the article; what follows its header after the headline is readers'
    comments and the comment form (commenter names, "Trả lời Thích", "Họ và tên")."""
    header = ""
    after: list[Candidate] = []
    for c in cands[cands.index(title) + 1 :]:
        if not header:
            if c.type is B.BOILERPLATE and c.reason == "comments box":
                header = c.text
        elif c.type is None:
            after.append(c)
    # A lone sign-off-shaped line under a comment count ("Bình luận (3)" / "Thu Hà") is the
    # author's name (old CMS pages print the count above it); a comment is a name and text.
    if len(after) == 1 and _signoff_shaped(after[0].text):
        return
    for c in after:
        c.set(B.BOILERPLATE, f"after the comments box header ('{_clip(header)}')",
              f"readers' comments (after '{_clip(header)}')")


def _clip(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _signoff_shaped(text: str) -> bool:
    """A sign-off line: short, starts with a capital, no final punctuation, at most one
    sentence ("Thanh Hải (Sở Ngoại vụ)", "Hữu Đức - Trung tâm Xúc tiến Thương mại")."""
    words = text.split()
    return (
        1 <= len(words) <= 10 and text[0].isupper() and not TERMINAL.search(text)
        and not RELATED_HEADERS.fullmatch(canonical(text))
    )


def _office_title(c: Candidate, above: str) -> bool:
    """The office title printed under an author's name ("Giám đốc Sở Ngoại vụ tỉnh")."""
    return (
        c.hint in (None, B.PARAGRAPH, B.HEADING) and _byline_kind(above, tail=True) == "name"
        and _signoff_shaped(c.text) and len(c.text.split()) >= 2
    )


def _related_lists(cands: list[Candidate]) -> None:
    """Evidence of neighbourhood: a list header ("Tin liên quan", "Các tin khác......")
    followed by headline-shaped lines (often dated) is a list of links, not the article."""
    groups: list[tuple[str, list[Candidate]]] = []
    seen_prose = False
    for k, c in enumerate(cands):
        # Neighbourhood: a line followed by the article's date is a headline, not a link.
        dated_next = k + 1 < len(cands) and bool(parse_dateline(cands[k + 1].text))
        if c.reason == "related-articles header":
            groups.append((c.text, []))
            continue
        if not groups or c.type is B.BOILERPLATE:
            # Article prose above a box ("Tin liên quan" inside the article) counts: the
            # "headline followed by prose" exception below is for the top of the page only.
            seen_prose = seen_prose or (c.type is None and _body_like(c.text))
            continue
        # Above the article (no prose seen yet), a line followed by prose is its headline.
        # Inside the article, pasted text shows it too: a box's links are contiguous lines,
        # so a line set off by a blank line before the prose is the article's own heading.
        nxt = cands[k + 1] if k + 1 < len(cands) else None
        blank_after = nxt is not None and c.line > 0 and nxt.line > c.line + 1
        prose_next = (nxt is not None and (not seen_prose or blank_after) and nxt.type is None
                      and _body_like(nxt.text))
        seen_prose = seen_prose or _body_like(c.text)
        if (c.hint in (B.TITLE, B.LEAD, B.HEADING, B.CAPTION, B.BYLINE) or _body_like(c.text)
                or parse_dateline(c.text) or dated_next  # a dated line starts an article
                or prose_next):
            groups.append(("", []))
            continue
        if groups[-1][0]:
            groups[-1][1].append(c)
    for header, items in groups:
        dated = sum(bool(_DATED.search(c.text)) for c in items)
        what = f"{len(items)} headline{'s' if len(items) != 1 else ''}"
        what += f", {dated} dated" if dated else ""
        for c in items:
            c.set(B.BOILERPLATE, f"list header '{header}' followed by {what}",
                  f"related-articles list (after '{header}': {what})")


_DATED = re.compile(r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\)?$|\d{1,2}:\d{2}")


def _menu_runs(cands: list[Candidate], min_run: int = 4) -> None:
    """Four or more very short lines in a row are a menu copied with the page."""

    # Evidence: line shape (at most 4 words, no final punctuation, no date) repeated over
    # a run.  Lines already set aside by their own shape (a breadcrumb "Trang chủ", a
    # menu entry that reads like a list header "Tin tức") stay inside the run.
    def short(c: Candidate) -> bool:
        return (
            c.hint is None and len(re.findall(r"\w+", c.text)) <= 4
            and not TERMINAL.search(c.text) and not parse_dateline(c.text)
            and not _is_caption(c.text)
        )

    def menu_like(k: int) -> bool:
        c = cands[k]
        # Position: a byline-like line right after a prose paragraph is the sign-off,
        # even when a menu copied along follows it.
        after_prose = k > 0 and cands[k - 1].type is None and _body_like(cands[k - 1].text)
        if after_prose and _byline_kind(c.text, tail=True):
            return False
        # Neighbourhood: an author line ("TRUNG HIẾU", "Bài và ảnh: THU HÀ") right above the
        # article's date is the byline, even when the menu copied along runs into it.
        before_date = k + 1 < len(cands) and bool(parse_dateline(cands[k + 1].text))
        if before_date and _byline_kind(c.text, tail=False):
            return False
        return short(c) and (c.type is None or c.reason in _MENU_PEERS)

    i = 0
    while i < len(cands):
        j = i
        while j < len(cands) and menu_like(j):
            j += 1
        if sum(c.type is None or c.reason == "related-articles header"
               for c in cands[i:j]) >= min_run - 1 and j - i >= min_run:
            for c in cands[i:j]:
                if c.type is None or c.reason == "related-articles header":
                    c.set(B.BOILERPLATE, f"menu run of {j - i} short lines without punctuation",
                          f"navigation menu ({j - i} short link lines)")
        i = max(j, i + 1)


_MENU_PEERS = frozenset(
    {"related-articles header", "navigation (breadcrumb)", "page control", "navigation menu"}
)


def _bylines(cands: list[Candidate], title: Candidate | None) -> None:
    for c in cands:
        if (c.type is None and c.hint is B.BYLINE and _credit_only(c.text)
                and not _SOURCE_LINE.fullmatch(c.text)):
            # Evidence: the photo-credit label ("Ảnh: H.L") outweighs an "author" class;
            # "Nguồn: X" under the article is its source line, not a photo credit.
            c.hint = None
        elif c.type is None and c.hint is B.BYLINE:
            c.set(B.BYLINE, "author/source element of the page")
            c.byline = _byline_kind(c.text, tail=True) or "source"

    def candidate(c: Candidate) -> bool:
        return c.type is None and c.hint in (None, B.PARAGRAPH)

    # Under the title: "Hồng Lam" or "Bài và ảnh: Hồng Lam" before the lead.
    if title is not None:
        seen, above = 0, ""
        for c in cands[cands.index(title) + 1 :]:
            if c.type in (B.DATELINE, B.BOILERPLATE, B.BYLINE):
                continue
            if not candidate(c) or seen >= 2:
                break
            kind = _byline_kind(c.text, tail=False)
            if not kind and seen and _office_title(c, above):
                # "Nguyễn Hoàng Long" / "Giám đốc Sở Ngoại vụ tỉnh ...": the author's office.
                c.set(B.BYLINE, f"office title under the author's name ('{_clip(above)}')")
                c.byline, seen = "name", seen + 1
                continue
            if not kind:
                break
            c.set(B.BYLINE, f"{kind} line under the headline")
            c.byline, seen, above = kind, seen + 1, c.text
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
        c.set(B.BYLINE, f"{kind} line at the end of the article")
        c.byline, taken = kind, taken + 1


def _duplicate_captions(cands: list[Candidate], title: Candidate | None) -> None:
    seen: set[str] = set()
    for i, c in enumerate(cands):
        if c.type is not B.CAPTION:
            continue
        body, credit, _ = split_credit(c.text)
        key = canonical(c.text)
        if key in seen:
            c.set(B.BOILERPLATE, "same text as an earlier caption",
                  "caption repeated (second copy)")
            continue
        seen.add(key)
        body_key = canonical(body)
        if title is not None and body_key == canonical(title.text) and not credit:
            c.set(B.BOILERPLATE, "caption text equal to the headline",
                  "image alt text repeating the title")
            continue
        # The same caption without its credit next to it (alt text + figcaption).
        for j in (i - 1, i + 1):
            if 0 <= j < len(cands) and cands[j] is not title and cands[j].type in (None, B.CAPTION):
                other = cands[j]
                if other.type is None and canonical(other.text) == body_key and credit:
                    other.set(B.BOILERPLATE, "same caption next to it with its credit",
                              "caption repeated (copy without the credit)")


def _txt_lists(cands: list[Candidate]) -> None:
    """A list pasted without its markers.  Evidence: a line ending in ":" introduces it
    (neighbourhood), and its items are short one-sentence lines (at most 30 words) on
    consecutive lines (layout: pasted paragraphs are set apart by blank lines, <li>
    items are not)."""
    content = [c for c in cands if c.type is not B.BOILERPLATE]
    for k, intro in enumerate(content):
        if intro.type is not None or not intro.text.endswith(":"):
            continue
        run: list[Candidate] = []
        for c in content[k + 1 :]:
            if (c.type is not None or c.hint is not None or len(c.text.split()) > 30
                    or len(split_sentences(c.text)) != 1
                    or (run and (not c.line or c.line != run[-1].line + 1))):
                break
            run.append(c)
        if len(run) >= 2:
            for c in run:
                c.set(B.LIST_ITEM, f"short line of a run of {len(run)} after '{_clip(intro.text)}'")


def _txt_headings(cands: list[Candidate]) -> None:
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
            c.set(B.HEADING, "short line without final punctuation followed by a paragraph")

