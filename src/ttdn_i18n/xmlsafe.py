"""Safe XML reading and always-valid XML writing, shared by the XLIFF modules.

Reading: files come back from translators and CAT tools, so they are untrusted.
:func:`parse_xml` never loads DTDs, never touches the network, never expands
entities, refuses documents that declare entities at all (billion laughs, XXE)
and keeps libxml2's 10 MB text-node limit.

Writing: a source article may carry characters XML 1.0 cannot hold (a stray
vertical tab from a CMS, a lone surrogate from a broken decoder).  lxml refuses
such strings, so writers pass every string through :func:`xml_safe_text`, which
swaps them for U+FFFD and reports where, so the unit can say so in a note.

Inline markup: :func:`fill_marked` writes non-overlapping (nested) annotations
as child elements of ``<source>``; :func:`flatten_inline` reads inline content
back to plain text, reporting the offsets of each inline element.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from lxml import etree

from ttdn_i18n.errors import FormatError

__all__ = [
    "XML_NS",
    "parse_xml",
    "xml_safe_text",
    "xml_safe",
    "replacement_note_text",
    "is_nmtoken",
    "is_xsd_datetime",
    "Mark",
    "fill_marked",
    "flatten_inline",
    "indent_structure",
    "serialize",
    "local_name",
    "namespace_of",
    "escape_text",
    "quote_attribute",
]

XML_NS = "http://www.w3.org/XML/1998/namespace"

# Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
# Written as the complement's ranges: a negated class over the astral planes costs
# ~5 ms to compile on every start, this one almost nothing (same characters).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# Checking the raw bytes first refuses a billion-laughs file before libxml2 sees
# it; the post-parse check catches encodings this byte scan cannot read.

# ASCII only: a subset of NMTOKEN under every edition of XML 1.0 and every
# validator; anything else is mapped to a generated id by the XLIFF 2 writer.
_NMTOKEN = re.compile(r"\A[A-Za-z0-9._\-]+\Z")
_XSD_DATETIME = re.compile(
    r"\A-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?\Z"
)


def _entity_message(what: str) -> str:
    return (
        f"{what} declares XML entities (DOCTYPE with <!ENTITY>); ttdn-i18n does not expand "
        "entities — remove the DOCTYPE"
    )


def parse_xml(data: bytes, *, what: str) -> etree._Element:
    """Parse untrusted XML bytes and return the root element.

    ``what`` names the input (usually its path) in error messages.  Raises
    :class:`FormatError` for malformed XML, entity declarations, or a text
    node over libxml2's 10 MB limit.
    """
    if _may_declare_entities(data):
        raise FormatError(_entity_message(what))
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=False,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        text = str(exc)
        if "huge text node" in text or "Text node too long" in text:
            raise FormatError(
                f"{what} has a text node over 10 MB; no article segment is that long — "
                "check that the right file was given"
            ) from None
        raise FormatError(
            f"{what} is not well-formed XML ({text}); fix the file or export it again "
            "from your CAT tool"
        ) from None
    except ValueError as exc:  # e.g. unicode strings with an encoding declaration
        raise FormatError(f"{what} cannot be parsed as XML ({exc}); pass the raw bytes") from None
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise FormatError(_entity_message(what))
    return root


def _may_declare_entities(data: bytes) -> bool:
    """True when the bytes hold a DOCTYPE and an entity declaration.

    Entities can only be declared in a DTD, and external DTDs are never
    loaded, so a file without ``<!DOCTYPE`` is safe.  A literal ``<!ENTITY``
    elsewhere (a comment) in a file with a DOCTYPE is refused too: harmless,
    and the fix is the same.
    """
    return any(
        "<!DOCTYPE".encode(enc) in data and "<!ENTITY".encode(enc) in data
        for enc in ("utf-8", "utf-16-le", "utf-16-be")
    )


def xml_safe_text(s: str) -> tuple[str, list[int]]:
    """Replace characters XML 1.0 forbids with U+FFFD.

    Returns the cleaned text and the code-point positions that were replaced
    (C0 controls other than tab/newline/carriage return, U+FFFE, U+FFFF and
    surrogates).  The length never changes, so character offsets stay valid.
    """
    positions = [m.start() for m in _FORBIDDEN.finditer(s)]
    if not positions:
        return s, positions
    return _FORBIDDEN.sub("\ufffd", s), positions


def xml_safe(s: str) -> str:
    """Like :func:`xml_safe_text`, for strings whose replacements need no report."""
    return _FORBIDDEN.sub("\ufffd", s)


def replacement_note_text(replaced: Mapping[str, list[int]]) -> str:
    """The unit note saying which characters were replaced, or "" if none were."""
    parts = [
        f"{where} at {', '.join(str(p) for p in positions)}"
        for where, positions in replaced.items()
        if positions
    ]
    if not parts:
        return ""
    return (
        "control characters XML 1.0 cannot hold were replaced by U+FFFD: "
        + "; ".join(parts)
        + " (0-based character positions)"
    )


_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_ATTR_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\n": "&#10;",
                               "\r": "&#13;", "\t": "&#9;"})


def escape_text(s: str) -> str:
    """``s`` as XML character data (``&``, ``<``, ``>`` escaped).

    Same output as ``xml.sax.saxutils.escape``, whose import pulls in
    ``urllib.request`` and the ``email`` package (about 30 ms of start-up).
    """
    return s.translate(_TEXT_ESCAPES)


def quote_attribute(s: str) -> str:
    """``s`` escaped and quoted as an XML attribute value (as ``saxutils.quoteattr``)."""
    s = s.translate(_ATTR_ESCAPES)
    if '"' not in s:
        return f'"{s}"'
    if "'" not in s:
        return f"'{s}'"
    return '"{}"'.format(s.replace('"', "&quot;"))


def is_nmtoken(s: str) -> bool:
    return bool(_NMTOKEN.match(s))


def is_xsd_datetime(s: str) -> bool:
    return bool(_XSD_DATETIME.match(s))


def local_name(elem: etree._Element) -> str:
    name: str = etree.QName(elem).localname
    return name


def namespace_of(elem: etree._Element) -> str | None:
    ns: str | None = etree.QName(elem).namespace
    return ns


@dataclass(frozen=True)
class Mark:
    """An annotation over ``text[start:end]`` to write as an inline element.

    A ``point`` mark is an empty element at ``start`` (``end`` equals ``start``),
    such as an XLIFF 2 ``<sm/>`` or ``<em/>`` marker.
    """

    start: int
    end: int
    tag: str
    attrib: tuple[tuple[str, str], ...] = ()
    rank: int = 0  # lower rank wins when marks cross, and goes outside on equal ranges
    point: bool = False


@dataclass
class _Node:
    mark: Mark
    children: list[_Node] = field(default_factory=list)


def fill_marked(
    elem: etree._Element,
    text: str,
    marks: Iterable[Mark],
    *,
    split: Callable[[Mark], tuple[Mark, Mark]] | None = None,
) -> tuple[Mark, ...]:
    """Set ``elem``'s content to ``text`` with ``marks`` as nested child elements.

    Inline elements must nest, so a mark that crosses one of lower (or equal,
    earlier) rank cannot be an element around its text.  With ``split``, such
    a mark is written as the two point marks ``split`` returns (XLIFF 2
    ``<sm/>`` … ``<em/>``); without it, the mark is left out.  Marks outside the
    text or empty are always left out.  Returns the marks left out.
    """
    valid: list[Mark] = []
    left_out: list[Mark] = []
    for m in marks:
        ok = 0 <= m.start == m.end <= len(text) if m.point else 0 <= m.start < m.end <= len(text)
        (valid if ok else left_out).append(m)
    top, crossing = _nest(valid)
    if crossing and split is not None:
        kept = [m for m in valid if m not in crossing]
        points = [p for m in crossing for p in split(m)]
        top, crossing = _nest(kept + points)
    _emit(elem, text, 0, len(text), top)
    return tuple(left_out + crossing)


_INF = sys.maxsize


def _nest(marks: list[Mark]) -> tuple[list[_Node], list[Mark]]:
    # Lower rank wins a crossing: callers rank what matters most to a translator
    # (protected text) before what is merely helpful (term hints).
    accepted: list[Mark] = []
    crossing: list[Mark] = []
    # Accepted spans sorted by start and by end: a crossing span has an end point
    # strictly inside m, so only those are compared.  Comparing every pair was
    # quadratic, and one long "sentence" can carry thousands of term hits.
    by_start: list[tuple[int, int]] = []
    by_end: list[tuple[int, int]] = []
    for m in sorted(marks, key=lambda m: m.rank):
        if not m.point:  # an empty span lies inside or outside any other: it never crosses
            s, e = m.start, m.end
            inside_start = by_start[bisect_right(by_start, (s, _INF)) : bisect_left(by_start, (e,))]
            inside_end = by_end[bisect_right(by_end, (s, _INF)) : bisect_left(by_end, (e,))]
            if any(end > e for _, end in inside_start) or any(st < s for _, st in inside_end):
                crossing.append(m)
                continue
            insort(by_start, (s, e))
            insort(by_end, (e, s))
        accepted.append(m)
    ordered = sorted(accepted, key=lambda m: (m.start, -m.end, m.point, m.rank))
    top: list[_Node] = []
    stack: list[_Node] = []
    for m in ordered:
        while stack and stack[-1].mark.end <= m.start:
            stack.pop()
        node = _Node(m)
        (stack[-1].children if stack else top).append(node)
        if not m.point:
            stack.append(node)
    return top, crossing


def _emit(parent: etree._Element, text: str, start: int, end: int, nodes: list[_Node]) -> None:
    parent.text = (text[start : nodes[0].mark.start] if nodes else text[start:end]) or None
    for i, node in enumerate(nodes):
        child = etree.SubElement(parent, node.mark.tag, dict(node.mark.attrib))
        _emit(child, text, node.mark.start, node.mark.end, node.children)
        stop = nodes[i + 1].mark.start if i + 1 < len(nodes) else end
        child.tail = text[node.mark.end : stop] or None


def flatten_inline(
    elem: etree._Element,
    *,
    skip: frozenset[str] = frozenset(),
    codepoint: str = "",
    visit: Callable[[etree._Element, int, int], None] | None = None,
) -> str:
    """The plain text of an inline-content element such as ``<source>``.

    Children whose local name is in ``skip`` contribute no text (native codes
    such as XLIFF 1.2 ``<ph>``); a ``codepoint`` element (XLIFF 2 ``<cp>``)
    contributes the character in its ``hex`` attribute; comments and processing
    instructions contribute only their tail.  ``visit`` is called for every
    element child with its start and end offsets in the returned text.
    """
    parts: list[str] = []
    length = _flatten(elem, parts, 0, skip, codepoint, visit)
    text = "".join(parts)
    assert len(text) == length
    return text


def _flatten(
    elem: etree._Element,
    parts: list[str],
    pos: int,
    skip: frozenset[str],
    codepoint: str,
    visit: Callable[[etree._Element, int, int], None] | None,
) -> int:
    if elem.text:
        parts.append(elem.text)
        pos += len(elem.text)
    for child in elem:
        if isinstance(child.tag, str):
            start = pos
            name = etree.QName(child).localname
            if name == codepoint and codepoint:
                ch = _codepoint(child.get("hex", ""))
                parts.append(ch)
                pos += len(ch)
            elif name not in skip:
                pos = _flatten(child, parts, pos, skip, codepoint, visit)
            if visit is not None:
                visit(child, start, pos)
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    return pos


def _codepoint(hexvalue: str) -> str:
    try:
        value = int(hexvalue[:9], 16) if len(hexvalue) <= 8 else -1
        # A surrogate (<cp hex="D800"/>) is no character: no encoder would write it.
        if 0xD800 <= value <= 0xDFFF:
            return "\ufffd"
        return chr(value)
    except (ValueError, OverflowError):
        return "\ufffd"


def indent_structure(elem: etree._Element, containers: frozenset[str], level: int = 0) -> None:
    """Indent elements that only hold other elements, never text.

    lxml's pretty printer also indents ``<source>`` when it starts with a
    child element, which would add whitespace to the translatable text; this
    only touches the listed container tags (Clark notation).
    """
    children = [c for c in elem if isinstance(c.tag, str)]
    if elem.tag not in containers or not children:
        return
    inner = "\n" + "  " * (level + 1)
    elem.text = inner
    for child in elem:
        child.tail = inner
        indent_structure(child, containers, level + 1)
    elem[-1].tail = "\n" + "  " * level


def serialize(root: etree._Element) -> bytes:
    body: bytes = etree.tostring(root, encoding="UTF-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body + b"\n"
