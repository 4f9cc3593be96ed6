"""TMX 1.4b: the translation-memory exchange format every CAT tool reads and writes.

Pure transforms between bytes and :class:`TmxEntry` values; the translation
memory (:mod:`ttdn_i18n.review.tm`) does the file I/O.

Reading is lenient about what other tools add (extra attributes, ``<prop>``,
``<note>``, inline codes, region subtags such as ``vi-VN``) and strict about
safety: files come from outside, so they go through
:func:`ttdn_i18n.xmlsafe.parse_xml`, which refuses entity declarations (XXE,
billion laughs).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from lxml import etree

from ttdn_i18n._version import __version__
from ttdn_i18n.errors import FormatError
from ttdn_i18n.model import State

__all__ = [
    "TmxEntry",
    "STATE_PROP",
    "ORIGIN_PROP",
    "parse_tmx",
    "build_tmx",
    "primary_lang",
    "tmx_date",
]

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# Elements whose content is native markup, not text: TMX 1.4b section 3.5.
_CODE_ELEMENTS = frozenset({"bpt", "ept", "it", "ph", "ut"})

#: ``<prop>`` types ttdn-i18n writes so its own export round-trips exactly.
STATE_PROP = "x-ttdn-state"
ORIGIN_PROP = "x-ttdn-origin"


@dataclass(frozen=True)
class TmxEntry:
    """One source/target pair of a translation unit.

    ``state`` is None when the file does not say (other tools' TMX): whoever
    imports decides what that means.
    """

    source: str
    target: str
    source_lang: str
    target_lang: str
    state: State | None = None
    origin: str = ""
    note: str = ""
    created: str = ""  # TMX date, e.g. "20240717T083000Z"
    updated: str = ""


def primary_lang(code: str) -> str:
    """``vi-VN`` → ``vi``, ``en_US`` → ``en``: the TM matches on the language only."""
    return code.strip().replace("_", "-").split("-")[0].lower()


def tmx_date(iso: str) -> str:
    """``2024-07-17T08:30:00Z`` → ``20240717T083000Z`` (the TMX date format)."""
    digits = iso.replace("-", "").replace(":", "")
    return digits.split(".")[0].rstrip("Z") + "Z" if digits else ""


def _seg_text(seg: etree._Element) -> str:
    from ttdn_i18n.xmlsafe import flatten_inline

    # Inline codes (<ph>, <bpt>...) stand for formatting, not words; <hi> wraps words.
    text = flatten_inline(seg, skip=_CODE_ELEMENTS)
    return " ".join(text.split())


def _local(elem: etree._Element) -> str:
    return etree.QName(elem).localname if isinstance(elem.tag, str) else ""


def _children(elem: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in elem if _local(c) == name]


def parse_tmx(data: bytes, *, what: str) -> tuple[TmxEntry, ...]:
    """All pairs of a TMX document (1.1–1.4b), source language first.

    The source language is the ``<tu srclang>``, else the header's ``srclang``;
    ``*all*`` (any language may be the source) means Vietnamese, the only
    source this tool translates from.  Every other ``<tuv>`` of a unit gives one
    entry.  Raises :class:`FormatError` when the file is not TMX.
    """
    from ttdn_i18n.xmlsafe import parse_xml

    root = parse_xml(data, what=what)
    if _local(root) != "tmx":
        raise FormatError(
            f"{what} is not a TMX file (its root element is <{_local(root)}>); "
            "export the translation memory from your CAT tool as TMX 1.4"
        )
    headers = _children(root, "header")
    header_src = headers[0].get("srclang", "") if headers else ""
    bodies = _children(root, "body")
    entries: list[TmxEntry] = []
    for body in bodies:
        for tu in _children(body, "tu"):
            entries.extend(_unit_entries(tu, header_src))
    return tuple(entries)


def _unit_entries(tu: etree._Element, header_src: str) -> list[TmxEntry]:
    src_code = tu.get("srclang") or header_src
    src = "vi" if not src_code or src_code.lower() == "*all*" else primary_lang(src_code)
    props = {p.get("type", ""): (p.text or "").strip() for p in _children(tu, "prop")}
    notes = [" ".join((n.text or "").split()) for n in _children(tu, "note")]
    state: State | None = None
    if props.get(STATE_PROP):
        try:
            state = State(props[STATE_PROP])
        except ValueError:
            state = None  # a value we do not know: treat like any other tool's TMX
    variants: list[tuple[str, str]] = []
    for tuv in _children(tu, "tuv"):
        lang = tuv.get(_XML_LANG) or tuv.get("lang") or ""  # "lang" is TMX 1.1
        segs = _children(tuv, "seg")
        if lang and segs:
            variants.append((primary_lang(lang), _seg_text(segs[0])))
    sources = [text for lang, text in variants if lang == src and text]
    if not sources:
        return []
    return [
        TmxEntry(
            source=sources[0],
            target=text,
            source_lang=src,
            target_lang=lang,
            state=state,
            origin=props.get(ORIGIN_PROP, ""),
            note=" ".join(n for n in notes if n),
            created=tu.get("creationdate", ""),
            updated=tu.get("changedate", ""),
        )
        for lang, text in variants
        if lang != src and text
    ]


def build_tmx(entries: Iterable[TmxEntry], *, srclang: str = "vi") -> bytes:
    """A TMX 1.4b document, one ``<tu>`` per entry, UTF-8.

    State and origin go into ``<prop>`` elements other tools keep and ignore.
    """
    from ttdn_i18n.xmlsafe import indent_structure, serialize, xml_safe

    root = etree.Element("tmx", version="1.4")
    etree.SubElement(
        root,
        "header",
        creationtool="ttdn-i18n",
        creationtoolversion=__version__,
        segtype="sentence",
        attrib={
            "o-tmf": "ttdn-sqlite",
            "adminlang": "en",
            "srclang": srclang,
            "datatype": "plaintext",
        },
    )
    body = etree.SubElement(root, "body")
    for e in entries:
        tu = etree.SubElement(body, "tu")
        if e.source_lang != srclang:
            tu.set("srclang", e.source_lang)
        if e.created:
            tu.set("creationdate", e.created)
        if e.updated:
            tu.set("changedate", e.updated)
        if e.note:
            etree.SubElement(tu, "note").text = xml_safe(e.note)
        if e.state is not None:
            etree.SubElement(tu, "prop", type=STATE_PROP).text = e.state.value
        if e.origin:
            etree.SubElement(tu, "prop", type=ORIGIN_PROP).text = xml_safe(e.origin)
        for lang, text in ((e.source_lang, e.source), (e.target_lang, e.target)):
            tuv = etree.SubElement(tu, "tuv", attrib={_XML_LANG: lang})
            etree.SubElement(tuv, "seg").text = xml_safe(text)
    indent_structure(root, frozenset({"tmx", "body", "tu", "tuv"}))
    return serialize(root)
