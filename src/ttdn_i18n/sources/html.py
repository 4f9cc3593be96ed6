"""HTML reader: elements of a saved page become candidates with structural hints.

Furniture elements (``<nav>``, ``<aside>``, class names such as ``sidebar``,
``related``, ``share``) are set aside here with the element as the evidence; the
text rules of :mod:`.classify` then type what is left.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ttdn_i18n.errors import SourceError
from ttdn_i18n.model import BlockType
from ttdn_i18n.sources.classify import IMAGE_MARK, TERMINAL, Candidate, parse_dateline
from ttdn_i18n.sources.normalize import normalize_text

__all__ = ["DROP_TAGS", "CLASS_RULES", "html_candidates"]

B = BlockType

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


def html_candidates(text: str, name: str) -> tuple[list[Candidate], str, str]:
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
    cands: list[Candidate] = []

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
                    cands.append(Candidate(title, B.BOILERPLATE, reason))
                elif title:
                    # No <h1>: classify looks for the visible line with this text (the
                    # headline of table-layout portals) and falls back to this one.
                    parts = [p.strip() for p in title.split(" | ")]
                    cands.append(Candidate(max(parts, key=len), B.BOILERPLATE,
                                           "page <title> (the headline is shown in the page)",
                                           meta="page-title"))
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


def _header_dates(el: _El) -> list[_El]:
    """Date elements of a furniture block inside the article, above its headline.

    Evidence of position and markup: an article's own header (breadcrumb, section,
    date: ``<div class="header-content">``) sits inside the article container before the
    ``<h1>``; a ``<time>`` or date-classed element in it whose whole text is a date
    ("Thứ năm, 25/7/2024, 21:47 (GMT+7)") is the article's dateline, wherever the
    page's markup puts it.  Dated items after the headline (related lists) stay
    furniture.
    """
    if not el.xpath("following::h1"):
        return []
    found = []
    for d in el.iter():
        if not isinstance(d.tag, str) or d is el:
            continue
        if not (d.tag == "time" or _element_hint(d) is B.DATELINE):
            continue
        if any(isinstance(k.tag, str) and k.tag in _BLOCK_TAGS for k in d.iterdescendants()):
            continue
        if parse_dateline(normalize_text(" ".join(d.itertext()))):
            found.append(d)
    return found


def _itertext_skip(el: _El, skip: set[int]) -> list[str]:
    """``el.itertext()`` without the subtrees in ``skip`` (their tails are kept)."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and id(child) not in skip:
            parts.extend(_itertext_skip(child, skip))
        parts.append(child.tail or "")
    return parts


def _drop_cand(el: _El, reason: str, skip: Sequence[_El] = ()) -> Candidate:
    # Spaces between pieces: menus are <li><a>..</a></li> runs without any.
    if skip:
        text = normalize_text(" ".join(_itertext_skip(el, {id(d) for d in skip})))
    else:
        text = normalize_text(" ".join(el.itertext()))
    if not text and (src := el.get("src")):
        text = f"<{el.tag} src=\"{src}\">"
    return Candidate(text, B.BOILERPLATE, reason)  # empty ones are dropped without a trace


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


_BOLD = ("b", "strong")
_RIGHT_ALIGNED = re.compile(r"text-align\s*:\s*right", re.I)


def _subheading(el: _El, text: str, bold: bool) -> bool:
    """A paragraph made of one bold run is a sub-heading.  Evidence: markup (the whole
    text is one ``<b>``/``<strong>``) and line shape (2-12 words, no final punctuation);
    a right-aligned one is the author's sign-off ("<p align=right><b>Thu Hà</b>")."""
    return (
        bold and 2 <= len(text.split()) <= 12 and not TERMINAL.search(text)
        and not _right_aligned(el)
    )


#: A list marker opening a paragraph or a <br>-delimited line ("- Bố trí...", "+ Đổi mới...",
#: "• ..."): old CMS pages write lists as such lines, not <li>; the text reader reads
#: the same lines as list items (txt.py ``_BULLET``).
_BULLET = re.compile(r"^(?:[-*•+]|–)\s+(?=\S)")


def _item_hint(text: str, hint: BlockType | None) -> tuple[str, BlockType | None]:
    if hint in (None, B.PARAGRAPH) and _BULLET.match(text):
        return _BULLET.sub("", text), B.LIST_ITEM
    return text, hint


def _right_aligned(el: _El) -> bool:
    style = el.get("style", "")
    return el.get("align", "").lower() == "right" or bool(_RIGHT_ALIGNED.search(style))


def _signoff(el: _El, text: str) -> bool:
    """A right-aligned short line without final punctuation is the article's sign-off
    ("<p style="text-align: right"><strong>Minh Thu</strong></p>", "<p align=right><em>Nguồn:
    ...</em></p>").  Evidence: markup (CMS editors right-align the author and source) and
    line shape (at most 12 words, no final punctuation)."""
    return (
        _right_aligned(el) and len(text.split()) <= 12 and not TERMINAL.search(text)
        and any(ch.isalpha() for ch in text)  # an end mark "■" names nobody
    )


def _bold_only(el: _El) -> bool:
    kids = [c for c in el if isinstance(c.tag, str)]
    return (
        not (el.text or "").strip() and len(kids) == 1 and kids[0].tag in _BOLD
        and not (kids[0].tail or "").strip()
    )


def _walk(
    el: _El,
    out: list[Candidate],
    *,
    root: _El,
    keep: set[int],
    inherited: BlockType | None,
    inside: bool,
) -> None:
    inside = inside or el is root
    if reason := _drop_reason(el, keep):
        dates = _header_dates(el) if inside else []
        out.append(_drop_cand(el, reason, skip=dates))
        # The dates taken out of the furniture are the article's dateline.
        out.extend(Candidate(normalize_text(" ".join(d.itertext())), B.DATELINE) for d in dates)
        return
    if not inside and id(el) not in keep:
        text = _text(el, keep)
        if text:
            out.append(Candidate(text, B.BOILERPLATE, "outside the article body"))
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
        if text and hint is B.PARAGRAPH and tag == "p" and _subheading(el, text, _bold_only(el)):
            hint = B.HEADING
        elif text and hint is B.PARAGRAPH and tag == "p" and _signoff(el, text):
            hint = B.BYLINE
        if text:
            out.append(Candidate(*_item_hint(text, hint)))
            if hint is B.PARAGRAPH and tag == "p" and _bold_only(el):
                out[-1].meta = "bold"  # a sapo printed in bold: lead evidence (classify)
        elif el.find(".//img") is not None or tag == "img":
            out.append(Candidate("", reason=IMAGE_MARK))  # captions follow images
        return
    # A container: its inline text between block children forms paragraphs of its own.
    buf: list[str] = [el.text or ""]
    bold: list[str] = []  # the text of <b>/<strong> children in ``buf``

    def flush() -> None:
        text = normalize_text("".join(buf))
        # "<br><br><b>Sub-heading</b><br><br>" of old CMS pages: one bold run alone.
        alone = len(bold) == 1 and normalize_text(bold[0]) == text
        if text and inside:
            own = hint
            if hint in (None, B.PARAGRAPH) and _subheading(el, text, alone):
                own = B.HEADING
            out.append(Candidate(*_item_hint(text, own)))
        elif text:
            out.append(Candidate(text, B.BOILERPLATE, "outside the article body"))
        buf.clear()
        bold.clear()

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
            if ctag in _BOLD:
                bold.append(buf[-1])
            buf.append(child.tail or "")
    flush()

