"""XLIFF 2.1 with the Translation Candidates, Glossary and Metadata modules.

Layout of a file we write::

    <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="vi" trgLang="en"
           xmlns:mtc=… xmlns:gls=… xmlns:mda=…>
      <file id=<article id as NMTOKEN> original=… xml:space="preserve">
        <mda:metadata><mda:metaGroup category="ttdn:document">
          article-id, source, datatype, date, source-checksum, provenance (signature),
          tool-version</mda:metaGroup></mda:metadata>
        <notes>document notes (category = author)</notes>
        <group id="block-3" name="paragraph-3" type="ttdn:paragraph">
          <unit id=… [name=original id] [translate="no"]>
            <mda:metadata>
              <mda:metaGroup category="ttdn:unit">block-type, block-index, origin[, id]</…>
              <mda:metaGroup category="ttdn:flag">code, severity, message, evidence</…> …
            </mda:metadata>
            <mtc:matches><mtc:match ref="#s1" origin=… type="mt" matchQuality=…>
              [<mda:metadata>raw score</mda:metadata>]<source/><target/></mtc:match></mtc:matches>
            <gls:glossary><gls:glossEntry ref="#t0"><gls:term source="ttdn-glossary">headword
              </gls:term><gls:translation>target</gls:translation>
              <mda:metadata>concept, status, start, end, forbidden…</mda:metadata>
            </gls:glossEntry></gls:glossary>
            <notes>xml replacements, QA flags, glossary summary, unit notes</notes>
            <segment id="s1" state=… [subState=…]>
              <source>… <mrk id="t0" type="term">…</mrk>
                        <mrk id="p0" translate="no" type="ttdn:protected" value="credit">…</mrk>
              </source><target>…</target></segment>
          </unit> …

Annotations that would cross another one are written as ``<sm/>``…``<em/>``
markers, so every term and protected span survives.  Ids that are not valid
NMTOKENs (XLIFF 2 requires them) are replaced by ``u<n>`` and the original id is
kept in ``name`` and in the unit metadata.

States::

    State         segment/@state   subState
    NEW           initial          – (no <target>)
    NEEDS_REVIEW  initial + target ttdn:mt | ttdn:tm | ttdn:review (by origin)
    TRANSLATED    translated       ttdn:human
    SIGNED_OFF    reviewed         –
    FINAL         final            –

MT is ``initial`` with the target filled: Translate Toolkit (and Weblate,
which uses it) then calls it fuzzy / needing work, not a finished translation.
Read back: ``reviewed``/``final`` are reviewed; ``translated`` is TRANSLATED
whatever its subState: only a person (or a tool on a person's behalf) moves a
segment past ``initial``, and tools keep our ``subState`` when they do;
``initial`` (or no state) is NEW with an empty target, NEEDS_REVIEW otherwise.  A unit with several
segments (re-segmented by a tool) is joined back into one.

Alternative scores are kept verbatim in metadata; ``matchQuality`` (0–100)
shows them to tools as a percentage: a score in 0–1 is multiplied by 100, a
score in 1–100 is used as is, others get no ``matchQuality``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from ttdn_i18n._version import __version__
from ttdn_i18n.errors import FormatError
from ttdn_i18n.formats.base import Format, Probe
from ttdn_i18n.formats.notes import (
    AUTHOR_GLOSSARY,
    AUTHOR_PROVENANCE,
    AUTHOR_QA,
    AUTHOR_XML,
    flag_note_text,
    format_score,
    glossary_note_text,
    parse_flag_note,
    parse_score,
    parse_signature,
    provenance_summary,
)
from ttdn_i18n.model import (
    Alternative,
    BlockType,
    Document,
    Flag,
    Note,
    Origin,
    Severity,
    Span,
    State,
    TermHit,
    TermStatus,
    Unit,
    article_order,
)
from ttdn_i18n.xmlsafe import (
    XML_NS,
    Mark,
    fill_marked,
    flatten_inline,
    indent_structure,
    is_nmtoken,
    local_name,
    namespace_of,
    replacement_note_text,
    serialize,
    xml_safe,
    xml_safe_text,
)

__all__ = [
    "FORMAT",
    "NAMESPACE",
    "MTC_NS",
    "GLS_NS",
    "MDA_NS",
    "dump_xliff21",
    "document_from_element",
]

NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0"
MTC_NS = "urn:oasis:names:tc:xliff:matches:2.0"
GLS_NS = "urn:oasis:names:tc:xliff:glossary:2.0"
MDA_NS = "urn:oasis:names:tc:xliff:metadata:2.0"

CAT_DOCUMENT = "ttdn:document"
CAT_UNIT = "ttdn:unit"
CAT_FLAG = "ttdn:flag"
CAT_TERM = "ttdn:term"
CAT_MATCH = "ttdn:match"
PROTECTED_TYPE = "ttdn:protected"
SEGMENT_ID = "s1"

_SUBSTATE = {"mt": "ttdn:mt", "tm": "ttdn:tm"}
_ORIGIN_OF_SUBSTATE = {"ttdn:mt": "mt", "ttdn:tm": "tm", "ttdn:human": "human"}
_ANNOTATES = frozenset({"source", "target"})
# At most 9 digits: a hostile id of thousands would hit Python's int() digit limit.
_GROUP_ID = re.compile(r"\Ablock-(\d{1,9})(?!\d)")
_MARK_ID = re.compile(r"\A[tp](\d{1,9})\Z")
_NOT_NMTOKEN_CHAR = re.compile(r"[^A-Za-z0-9._\-]")


def _q(tag: str, ns: str = NAMESPACE) -> str:
    return f"{{{ns}}}{tag}"


def _mda(tag: str) -> str:
    return f"{{{MDA_NS}}}{tag}"


_CONTAINERS = frozenset(
    [_q(t) for t in ("xliff", "file", "group", "unit", "notes", "segment")]
    + [_mda(t) for t in ("metadata", "metaGroup")]
    + [_q(t, MTC_NS) for t in ("matches", "match")]
    + [_q(t, GLS_NS) for t in ("glossary", "glossEntry")]
)


# --------------------------------------------------------------------------- writing


def dump_xliff21(doc: Document) -> bytes:
    """Serialize ``doc`` as XLIFF 2.1 valid against the core and module schemas."""
    ids = [u.id for u in doc.units]
    if len(set(ids)) != len(ids):
        dup = next(i for i in ids if ids.count(i) > 1)
        raise FormatError(
            f"unit id {dup!r} occurs twice in {doc.article_id}; "
            "unit ids must be unique within a document"
        )
    root = etree.Element(
        _q("xliff"), nsmap={None: NAMESPACE, "mtc": MTC_NS, "gls": GLS_NS, "mda": MDA_NS}
    )
    root.set("version", "2.1")
    root.set("srcLang", xml_safe(doc.source_lang))
    if doc.target_lang:
        root.set("trgLang", xml_safe(doc.target_lang))
    file_el = etree.SubElement(root, _q("file"))
    file_el.set("id", _nmtoken(doc.article_id) or "f1")
    file_el.set("original", xml_safe(doc.original))
    file_el.set(f"{{{XML_NS}}}space", "preserve")
    _metadata(
        file_el,
        [
            (
                CAT_DOCUMENT,
                [
                    ("article-id", doc.article_id),
                    ("source", doc.original),
                    ("datatype", doc.datatype),
                    ("date", doc.date),
                    ("source-checksum", doc.source_checksum),
                    ("provenance", doc.provenance.signature),
                    ("tool-version", __version__),
                ],
            )
        ],
    )
    # For people: which engine made the drafts, or that there was no MT (never "engine: none").
    file_notes: list[tuple[str, str, str, int | None]] = [
        (provenance_summary(doc.provenance), AUTHOR_PROVENANCE, "general", None)]
    file_notes += [(n.text, n.author, n.annotates, None) for n in doc.notes]
    _notes(file_el, file_notes)

    xml_ids = _unit_xml_ids(doc)
    used: set[str] = set(xml_ids.values())
    group: etree._Element | None = None
    current: tuple[BlockType, int] | None = None
    for unit in doc.units:
        key = (unit.block_type, unit.block_index)
        if group is None or key != current:
            group = _new_group(file_el, unit.block_type, unit.block_index, used)
            current = key
        _write_unit(group, unit, xml_ids[unit.id])
    if not doc.units:
        # <file> must hold at least one unit or group.
        etree.SubElement(file_el, _q("group")).set("id", "empty")
    _indent(root)
    return serialize(root)


def _indent(root: etree._Element) -> None:
    indent_structure(root, _CONTAINERS)


def _nmtoken(value: str) -> str:
    return _NOT_NMTOKEN_CHAR.sub("_", value)


def _unit_xml_ids(doc: Document) -> dict[str, str]:
    taken = {u.id for u in doc.units if is_nmtoken(u.id)}
    out: dict[str, str] = {}
    for n, unit in enumerate(doc.units, 1):
        if is_nmtoken(unit.id):
            out[unit.id] = unit.id
            continue
        candidate = f"u{n}"
        while candidate in taken:
            candidate = f"_{candidate}"
        taken.add(candidate)
        out[unit.id] = candidate
    return out


def _new_group(
    file_el: etree._Element, block_type: BlockType, index: int, used: set[str]
) -> etree._Element:
    group_id = f"block-{index}"
    n = 2
    while group_id in used:  # ids are shared by groups and units
        group_id = f"block-{index}-{n}"
        n += 1
    used.add(group_id)
    group = etree.SubElement(file_el, _q("group"))
    group.set("id", group_id)
    group.set("name", f"{block_type.value}-{index}")
    group.set("type", f"ttdn:{block_type.value}")
    return group


def _metadata(
    parent: etree._Element, groups: Iterable[tuple[str, Iterable[tuple[str, str]]]]
) -> None:
    # Empty values are written too: "" is a value (an unknown origin, no status).
    built = [(category, list(metas)) for category, metas in groups]
    built = [(category, items) for category, items in built if items]
    if not built:
        return
    md = etree.SubElement(parent, _mda("metadata"))
    for category, items in built:
        grp = etree.SubElement(md, _mda("metaGroup"))
        grp.set("category", category)
        for type_, value in items:
            meta = etree.SubElement(grp, _mda("meta"))
            meta.set("type", type_)
            meta.text = xml_safe(value)


def _notes(parent: etree._Element, notes: list[tuple[str, str, str, int | None]]) -> None:
    if not notes:
        return
    container = etree.SubElement(parent, _q("notes"))
    for text, author, annotates, priority in notes:
        note = etree.SubElement(container, _q("note"))
        if annotates in _ANNOTATES:
            note.set("appliesTo", annotates)
        if author:
            note.set("category", xml_safe(author))
        if priority is not None:
            note.set("priority", str(priority))
        note.text = xml_safe(text)


def _match_quality(score: float) -> str | None:
    if math.isnan(score):
        return None
    if 0 <= score <= 1:
        value = score * 100
    elif 1 < score <= 100:
        value = score
    else:
        return None
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _write_unit(parent: etree._Element, unit: Unit, xml_id: str) -> None:
    unit_el = etree.SubElement(parent, _q("unit"))
    unit_el.set("id", xml_id)
    if xml_id != unit.id:
        unit_el.set("name", xml_safe(unit.id))
    if not unit.translate:
        unit_el.set("translate", "no")

    unit_meta = [
        ("block-type", unit.block_type.value),
        ("block-index", str(unit.block_index)),
        ("origin", unit.origin),
    ]
    if xml_id != unit.id:
        unit_meta.append(("id", unit.id))
    groups: list[tuple[str, Iterable[tuple[str, str]]]] = [(CAT_UNIT, unit_meta)]
    for flag in unit.flags:
        groups.append(
            (
                CAT_FLAG,
                [
                    ("code", flag.code),
                    ("severity", flag.severity),
                    ("message", flag.message),
                    ("evidence", flag.evidence),
                ],
            )
        )
    _metadata(unit_el, groups)

    source, src_bad = xml_safe_text(unit.source)
    replaced = {"source": src_bad}
    if unit.alternatives:
        matches = etree.SubElement(unit_el, _q("matches", MTC_NS))
        for i, alt in enumerate(unit.alternatives, 1):
            text, bad = xml_safe_text(alt.text)
            replaced[f"alternative {i}"] = bad
            match = etree.SubElement(matches, _q("match", MTC_NS))
            match.set("ref", f"#{SEGMENT_ID}")
            if alt.origin:
                match.set("origin", xml_safe(alt.origin))
            kind = alt.origin.split(":", 1)[0]
            match.set("type", kind if kind in ("mt", "tm") else "other")
            if alt.score is not None:
                quality = _match_quality(alt.score)
                if quality is not None:
                    match.set("matchQuality", quality)
                _metadata(match, [(CAT_MATCH, [("score", format_score(alt.score))])])
            etree.SubElement(match, _q("source")).text = source or None
            match_target = etree.SubElement(match, _q("target"))
            if alt.lang:
                # The English intermediate of a pivot route, in its own language.
                match_target.set(f"{{{XML_NS}}}lang", xml_safe(alt.lang))
            match_target.text = text or None

    if unit.terms:
        glossary = etree.SubElement(unit_el, _q("glossary", GLS_NS))
        for i, t in enumerate(unit.terms):
            entry = etree.SubElement(glossary, _q("glossEntry", GLS_NS))
            if 0 <= t.start < t.end <= len(source):
                entry.set("ref", f"#t{i}")
            term = etree.SubElement(entry, _q("term", GLS_NS))
            term.set("source", AUTHOR_GLOSSARY)
            term.text = xml_safe(t.term) or None
            if t.target:
                etree.SubElement(entry, _q("translation", GLS_NS)).text = xml_safe(t.target)
            metas = [
                ("concept", t.concept_id),
                ("status", t.status or ""),
                ("start", str(t.start)),
                ("end", str(t.end)),
                ("source", t.source),
            ]
            metas += [("forbidden", f) for f in t.forbidden]
            if t.present is not None:
                metas.append(("present", "yes" if t.present else "no"))
            metas += [("forbidden-found", f) for f in t.forbidden_found]
            _metadata(entry, [(CAT_TERM, metas)])

    # CAT tools expect a protected unit to carry its text over unchanged.
    target, tgt_bad = xml_safe_text(unit.target or ("" if unit.translate else unit.source))
    replaced["target"] = tgt_bad
    notes: list[tuple[str, str, str, int | None]] = []
    note_text = replacement_note_text(replaced)
    if note_text and Note(note_text, AUTHOR_XML, "general") not in unit.notes:
        notes.append((note_text, AUTHOR_XML, "general", None))
    notes += [(flag_note_text(f), AUTHOR_QA, "general", Severity.parse(f.severity).priority)
              for f in unit.flags]
    if unit.terms:
        notes.append((glossary_note_text(unit.terms), AUTHOR_GLOSSARY, "source", None))
    notes += [(n.text, n.author, n.annotates, None) for n in unit.notes]
    _notes(unit_el, notes)

    segment = etree.SubElement(unit_el, _q("segment"))
    segment.set("id", SEGMENT_ID)
    if unit.state is State.NEW:
        segment.set("state", "initial")
    elif unit.state is State.NEEDS_REVIEW:
        segment.set("state", "initial")
        segment.set("subState", _SUBSTATE.get(unit.origin, "ttdn:review"))
    elif unit.state is State.TRANSLATED:
        segment.set("state", "translated")
        segment.set("subState", "ttdn:human")
    elif unit.state is State.SIGNED_OFF:
        segment.set("state", "reviewed")
    else:
        segment.set("state", "final")
    marks = [
        Mark(
            p.start,
            p.end,
            _q("mrk"),
            (
                ("id", f"p{i}"),
                ("translate", "no"),
                ("type", PROTECTED_TYPE),
                ("value", xml_safe(p.kind)),
            ),
            rank=0,
        )
        for i, p in enumerate(unit.protected)
    ] + [
        Mark(t.start, t.end, _q("mrk"), (("id", f"t{i}"), ("type", "term")), rank=1)
        for i, t in enumerate(unit.terms)
    ]
    fill_marked(etree.SubElement(segment, _q("source")), source, marks, split=_split)
    if unit.state is not State.NEW or target:
        etree.SubElement(segment, _q("target")).text = target or None


def _split(mark: Mark) -> tuple[Mark, Mark]:
    attrib = dict(mark.attrib)
    start = Mark(mark.start, mark.start, _q("sm"), mark.attrib, point=True)
    end = Mark(mark.end, mark.end, _q("em"), (("startRef", attrib["id"]),), point=True)
    return start, end


# --------------------------------------------------------------------------- reading


def _kids(elem: etree._Element, tag: str, ns: str = NAMESPACE) -> list[etree._Element]:
    qname = _q(tag, ns)
    return [c for c in elem if c.tag == qname]


def _text(elem: etree._Element) -> str:
    return "".join(elem.itertext())


def _meta_groups(elem: etree._Element) -> list[tuple[str, list[tuple[str, str]]]]:
    """(category, [(type, value)]) for each metaGroup directly under ``elem``'s metadata."""
    out: list[tuple[str, list[tuple[str, str]]]] = []
    for md in _kids(elem, "metadata", MDA_NS):
        for grp in md.iter(_mda("metaGroup")):
            metas = [(m.get("type", ""), _text(m)) for m in _kids(grp, "meta", MDA_NS)]
            out.append((grp.get("category", ""), metas))
    return out


def _first(metas: list[tuple[str, str]], key: str, default: str = "") -> str:
    return next((v for t, v in metas if t == key), default)


def _get(metas: list[tuple[str, str]], key: str) -> str | None:
    """The value when the meta is there (even empty), else None."""
    return next((v for t, v in metas if t == key), None)


def _category(elem: etree._Element, category: str) -> list[tuple[str, str]]:
    return [m for cat, metas in _meta_groups(elem) if cat == category for m in metas]


def document_from_element(root: etree._Element, *, name: str) -> Document:
    """Build a Document from a parsed XLIFF 2.x root element."""
    if local_name(root) != "xliff" or namespace_of(root) != NAMESPACE:
        raise FormatError(
            f"{name} is not XLIFF 2.x (root <{local_name(root)}> in namespace "
            f"{namespace_of(root)}); export the file as XLIFF 2.1"
        )
    files = _kids(root, "file")
    if len(files) != 1:
        raise FormatError(
            f"{name} holds {len(files)} <file> elements; ttdn-i18n expects one article per "
            "file — split it into one file per article"
        )
    file_el = files[0]
    meta = _category(file_el, CAT_DOCUMENT)
    notes = [
        _read_note(n) for container in _kids(file_el, "notes") for n in _kids(container, "note")
    ]
    units: list[Unit] = []
    _walk(file_el, BlockType.PARAGRAPH, 0, units, name)
    seen: set[str] = set()
    for unit in units:
        if unit.id in seen:
            raise FormatError(f"{name}: unit id {unit.id!r} occurs twice; unit ids must be unique")
        seen.add(unit.id)
    original = file_el.get("original") or _first(meta, "source")
    return Document(
        article_id=_first(meta, "article-id") or file_el.get("id", "") or Path(name).stem,
        original=original,
        source_lang=root.get("srcLang", ""),
        target_lang=root.get("trgLang", ""),
        datatype=_first(meta, "datatype", "plaintext"),
        units=article_order(units),
        provenance=parse_signature(
            _first(meta, "provenance"), tool_version=_first(meta, "tool-version")
        ),
        source_checksum=_first(meta, "source-checksum"),
        date=_first(meta, "date"),
        # The provenance sentence is regenerated from the signature on every write.
        notes=tuple(n for n in notes if n.author != AUTHOR_PROVENANCE),
    )


def _walk(
    elem: etree._Element, block_type: BlockType, index: int, units: list[Unit], name: str
) -> None:
    for child in elem:
        if child.tag == _q("group"):
            btype, bindex = block_type, index
            gtype = child.get("type", "")
            if gtype.startswith("ttdn:"):
                btype = _block_type(gtype[5:], block_type)
            m = _GROUP_ID.match(child.get("id", ""))
            if m:
                bindex = int(m.group(1))
            _walk(child, btype, bindex, units, name)
        elif child.tag == _q("unit"):
            units.append(_read_unit(child, block_type, index, name))


def _block_type(value: str, default: BlockType) -> BlockType:
    try:
        return BlockType(value)
    except ValueError:
        return default


def _read_note(note: etree._Element) -> Note:
    return Note(
        text=_text(note),
        author=note.get("category", ""),
        annotates=note.get("appliesTo", "general"),
    )


class _Inline:
    """Collects term and protected annotations while the source is flattened."""

    def __init__(self) -> None:
        self.ranges: dict[str, tuple[etree._Element, int, int]] = {}
        self.open: dict[str, tuple[etree._Element, int]] = {}

    def visit(self, el: etree._Element, start: int, end: int) -> None:
        name = local_name(el)
        if name == "mrk":
            self.ranges[el.get("id", "")] = (el, start, end)
        elif name == "sm":
            self.open[el.get("id", "")] = (el, start)
        elif name == "em":
            ref = el.get("startRef", "")
            if ref in self.open:
                sm, s = self.open.pop(ref)
                self.ranges[ref] = (sm, s, start)


def _read_unit(unit_el: etree._Element, block_type: BlockType, index: int, name: str) -> Unit:
    xml_id = unit_el.get("id")
    if xml_id is None:
        raise FormatError(f"{name}: a <unit> has no id; every unit needs one")
    unit_meta = _category(unit_el, CAT_UNIT)
    inline = _Inline()
    sources: list[str] = []
    targets: list[str] = []
    states: list[tuple[str, str]] = []
    offset = 0
    for part in unit_el:
        if part.tag not in (_q("segment"), _q("ignorable")):
            continue
        src = _kids(part, "source")
        if not src:
            raise FormatError(f"{name}: unit {xml_id!r} has a segment without <source>")

        def visit(el: etree._Element, s: int, e: int, base: int = offset) -> None:
            inline.visit(el, s + base, e + base)

        text = flatten_inline(src[0], codepoint="cp", visit=visit)
        sources.append(text)
        offset += len(text)
        tgt = _kids(part, "target")
        tgt_text = flatten_inline(tgt[0], codepoint="cp") if tgt else ""
        # An ignorable without target stands for itself (usually whitespace).
        targets.append(tgt_text if tgt or part.tag == _q("segment") else text)
        if part.tag == _q("segment"):
            states.append((part.get("state", "initial"), part.get("subState", "")))
    if not states:
        raise FormatError(f"{name}: unit {xml_id!r} has no <segment>; restore it")
    source = "".join(sources)
    target = "".join(targets)
    state = _combine_states(states, target)
    translate = unit_el.get("translate", "yes") != "no"
    sub_states = {s for _, s in states}
    origin = _get(unit_meta, "origin")
    if origin is None:
        sub = next(iter(sub_states)) if len(sub_states) == 1 else ""
        default = "human" if translate and state is not State.NEW else ""
        origin = _ORIGIN_OF_SUBSTATE.get(sub, default)

    protected: list[tuple[int, Span]] = []
    for mark_id, (el, start, end) in inline.ranges.items():
        m = _MARK_ID.match(mark_id)
        if el.get("translate") == "no":
            rank = int(m.group(1)) if m and mark_id.startswith("p") else 1_000_000 + start
            protected.append((rank, Span(start, end, el.get("value", "protected"))))
    terms = _read_terms(unit_el, inline, source)

    flags = [_flag(metas) for cat, metas in _meta_groups(unit_el) if cat == CAT_FLAG]
    # The QA notes say in words what the metadata says exactly; without the
    # metadata (a tool dropped it) the notes are parsed instead.
    flag_notes = {flag_note_text(f) for f in flags}
    from_metadata = bool(flags)
    notes: list[Note] = []
    glossary_notes: list[Note] = []
    for container in _kids(unit_el, "notes"):
        for note_el in _kids(container, "note"):
            note = _read_note(note_el)
            parsed = parse_flag_note(note.text) if note.author == AUTHOR_QA else None
            if note.author == AUTHOR_QA and note.text in flag_notes:
                continue
            if parsed is not None and not from_metadata:
                flags.append(parsed)
            elif note.author == AUTHOR_GLOSSARY:
                glossary_notes.append(note)
            else:
                notes.append(note)
    if not terms:
        notes.extend(glossary_notes)

    alternatives = []
    for matches in _kids(unit_el, "matches", MTC_NS):
        for match in _kids(matches, "match", MTC_NS):
            tgt = _kids(match, "target")
            if not tgt:
                continue
            raw = _first(_category(match, CAT_MATCH), "score", "")
            score = parse_score(raw) if raw else parse_score(match.get("matchQuality"))
            alternatives.append(
                Alternative(
                    text=flatten_inline(tgt[0], codepoint="cp"),
                    origin=match.get("origin", ""),
                    score=score,
                    lang=tgt[0].get(f"{{{XML_NS}}}lang", ""),
                )
            )
    try:
        block_index = int(_first(unit_meta, "block-index", str(index)))
    except ValueError:
        block_index = index
    return Unit(
        id=_first(unit_meta, "id") or xml_id,
        source=source,
        target=target,
        state=state,
        origin=Origin.parse(origin),
        block_type=_block_type(_first(unit_meta, "block-type"), block_type),
        block_index=block_index,
        translate=translate,
        alternatives=tuple(alternatives),
        notes=tuple(notes),
        terms=tuple(terms),
        flags=tuple(flags),
        protected=tuple(p for _, p in sorted(protected, key=lambda x: x[0])),
    )


def _combine_states(states: list[tuple[str, str]], target: str) -> State:
    read = []
    for state, _sub in states:
        if state == "final":
            read.append(State.FINAL)
        elif state == "reviewed":
            read.append(State.SIGNED_OFF)
        elif state == "translated":
            read.append(State.TRANSLATED)
        else:
            read.append(State.NEEDS_REVIEW)
    if all(r.reviewed for r in read):
        order = [State.TRANSLATED, State.SIGNED_OFF, State.FINAL]
        return min(read, key=order.index)
    return State.NEEDS_REVIEW if target.strip() else State.NEW


def _flag(metas: list[tuple[str, str]]) -> Flag:
    return Flag(
        code=_first(metas, "code"),
        message=_first(metas, "message"),
        evidence=_first(metas, "evidence"),
        severity=Severity.parse(_first(metas, "severity", "warning")),
    )


def _read_terms(unit_el: etree._Element, inline: _Inline, source: str) -> list[TermHit]:
    terms: list[TermHit] = []
    for glossary in _kids(unit_el, "glossary", GLS_NS):
        for entry in _kids(glossary, "glossEntry", GLS_NS):
            metas = _category(entry, CAT_TERM)
            ref = entry.get("ref", "").lstrip("#")
            start, end = -1, -1
            if ref in inline.ranges:
                _, start, end = inline.ranges[ref]
            try:
                start = int(_first(metas, "start", str(start)))
                end = int(_first(metas, "end", str(end)))
            except ValueError:
                pass
            term_el = _kids(entry, "term", GLS_NS)
            headword = _text(term_el[0]) if term_el else ""
            translations = _kids(entry, "translation", GLS_NS)
            present = _first(metas, "present")
            concept = _get(metas, "concept")
            found = _get(metas, "source")
            if found is None:
                found = source[start:end] if 0 <= start < end <= len(source) else ""
            terms.append(
                TermHit(
                    concept_id=concept if concept is not None else entry.get("id", headword),
                    start=start,
                    end=end,
                    source=found,
                    term=headword,
                    target=_text(translations[0]) if translations else "",
                    status=TermStatus.parse(_first(metas, "status")),
                    forbidden=tuple(v for t, v in metas if t == "forbidden"),
                    present=None if present == "" else present == "yes",
                    forbidden_found=tuple(v for t, v in metas if t == "forbidden-found"),
                )
            )
    return terms


def _detect(probe: Probe) -> bool:
    root = probe.xml_root
    return (
        root is not None
        and local_name(root) == "xliff"
        and namespace_of(root) == NAMESPACE
        and root.get("version", "").startswith("2.")
    )


def _parse(probe: Probe) -> Document:
    root = probe.xml_root
    if root is None:
        raise FormatError(f"{probe.name} is not XML; export it from your CAT tool as XLIFF 2.1")
    return document_from_element(root, name=probe.name)


FORMAT = Format(
    name="xliff21",
    label="XLIFF 2.x",
    suffix=".xliff",
    description="XLIFF 2.1 (core + matches, glossary, metadata modules)",
    dump=dump_xliff21,
    parse=_parse,
    detect=_detect,
)
