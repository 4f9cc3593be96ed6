"""XLIFF 1.2 (strict schema): the format CAT tools read best.

Layout of a file we write::

    <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
      <file original=… source-language="vi" target-language="en" datatype="plaintext"
            tool-id="ttdn-i18n" [date=…]>
        <header>
          <phase-group><phase phase-name="mt" process-name="translation" tool-id="ttdn-i18n">
            <note>engine, model, route, glossary, decoding</note></phase></phase-group>
          <tool tool-id="ttdn-i18n" tool-name="ttdn-i18n" tool-version=…/>
          <note from="ttdn-provenance">signature</note>
          <note from="ttdn-article">article id</note>
          <note from="ttdn-source-checksum">sha256</note>
          [<note from="ttdn-date">date that is not an xsd:dateTime</note>]
          document notes (from = author)
        </header>
        <body>
          <group id="block-3" restype="x-paragraph" resname="paragraph-3">
            <trans-unit id=… xml:space="preserve" [translate="no"] [approved="yes"]>
              <source>… <mrk mtype="term" mid="t0"
                          comment="concept: headword → target (status)">…</mrk>
                        <mrk mtype="protected" mid="p0" comment="credit">…</mrk></source>
              <target state=… [state-qualifier=…]>…</target>
              <context-group purpose="location">
                <context context-type="sourcefile">UNIT-ID</context></context-group>
              <note from="ttdn-xml">…</note>
              <note from="ttdn-qa" priority="1|3|5">…</note>   (error|warning|info)
              <note from="ttdn-glossary" annotates="source">…</note> unit notes …
              <alt-trans origin=… [match-quality="100"]><target [xml:lang="en"]>…</target>
                [<note from="ttdn-score">87.5</note>]</alt-trans>
            </trans-unit> …

The strict schema allows no foreign attributes or elements without a schema
for them, and drops the transitional ``<prop-group>``, so everything
ttdn-specific (provenance, article id, checksum) is said with standard
attributes, notes and ``x-`` extension values.  Blocks are ``<group>`` elements: XLIFF's
``restype`` vocabulary is about UI resources (dialogs, buttons), so article
structure uses the schema's ``x-`` extension pattern; ``resname`` repeats the
block type and index for tools that show resource names.

The location context (the unit id as "sourcefile") is what Translate
Toolkit's ``xliff2po`` turns into ``#:``/``msgctxt``: without it two units with
the same source are merged ("Duplicate unit found") and one target is lost.
``match-quality`` is what CAT tools show as a fuzzy-match percentage, so it is
only written for exact TM matches (``100``); a model score goes into a
``ttdn-score`` note inside the ``<alt-trans>`` (the strict schema allows no
foreign attributes there) and is read back from it first.  With no MT engine the
header says so instead of naming an engine "none".

States, written (``origin`` picks the ``state-qualifier`` independently)::

    State         target/@state              approved    origin → state-qualifier
    NEW           new (empty target)         –           mt → leveraged-mt
    NEEDS_REVIEW  needs-review-translation   –           tm → exact-match
    TRANSLATED    translated                 yes         human, "" → none
                                                         (read back as human, or "" for
                                                         NEW and translate="no" units)
    SIGNED_OFF    signed-off                 yes
    FINAL         final                      yes

    Profile ``weblate`` (Weblate's "Needs editing"/"Translated"/"Approved"):
    NEW new, NEEDS_REVIEW needs-translation (target filled), TRANSLATED
    translated without ``approved``, SIGNED_OFF/FINAL final + approved="yes".

Read back: ``translated``/``signed-off``/``final`` give TRANSLATED/SIGNED_OFF/
FINAL; otherwise ``approved="yes"`` gives TRANSLATED; anything else is
unreviewed: NEW when the target is empty, NEEDS_REVIEW when it is not.  The
qualifier gives the origin back (``leveraged-mt``/``mt-suggestion`` → mt; TM
qualifiers → tm).  A protected unit (``translate="no"``) with an empty target is
written with its source as target, as CAT tools expect.

Files saved by CAT tools are accepted: BOM, CRLF, pretty printing, any prefix
for the XLIFF namespace, extra namespaces and attributes, notes reordered or
dropped, ``<mrk>`` and ``<g>`` inside targets (flattened to text), unknown
elements (ignored).  Protected spans win over term hints: a term hit whose
markup would cross a protected span (or an earlier hit) cannot be nested, so it
is only listed in the glossary note and does not come back on read (the
glossary stage finds it again).  The QA results of a hit (``present``,
``forbidden_found``) are not written; QA recomputes them after review.
"""

from __future__ import annotations

import re
from dataclasses import replace
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
    parse_term_label,
    provenance_summary,
    term_label,
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
    Unit,
    article_order,
    id_block,
)
from ttdn_i18n.xmlsafe import (
    XML_NS,
    Mark,
    fill_marked,
    flatten_inline,
    indent_structure,
    is_xsd_datetime,
    local_name,
    namespace_of,
    replacement_note_text,
    serialize,
    xml_safe,
    xml_safe_text,
)

__all__ = [
    "NAMESPACE",
    "NAMESPACES",
    "RESTYPES",
    "dump_xliff12",
    "document_from_element",
    "FORMAT",
]

NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2"
#: Namespaces read as XLIFF 1.x (1.1 differs only in details we do not use).
NAMESPACES = frozenset({NAMESPACE, "urn:oasis:names:tc:xliff:document:1.1"})

TOOL_ID = "ttdn-i18n"
AUTHOR_ARTICLE = "ttdn-article"
AUTHOR_CHECKSUM = "ttdn-source-checksum"
AUTHOR_DATE = "ttdn-date"
AUTHOR_SCORE = "ttdn-score"  # a model score, inside <alt-trans>
_HEADER_AUTHORS = frozenset({AUTHOR_PROVENANCE, AUTHOR_ARTICLE, AUTHOR_CHECKSUM, AUTHOR_DATE})

RESTYPES: dict[BlockType, str] = {
    BlockType.TITLE: "x-title",
    BlockType.DATELINE: "x-dateline",
    BlockType.LEAD: "x-lead",
    BlockType.HEADING: "x-heading",
    BlockType.PARAGRAPH: "x-paragraph",
    BlockType.LIST_ITEM: "x-li",
    BlockType.CAPTION: "x-caption",
    BlockType.BYLINE: "x-byline",
    BlockType.BOILERPLATE: "x-boilerplate",
}
_BLOCK_OF_RESTYPE = {v: k for k, v in RESTYPES.items()}

_STATE_ATTR = {
    State.NEW: "new",
    State.NEEDS_REVIEW: "needs-review-translation",
    State.TRANSLATED: "translated",
    State.SIGNED_OFF: "signed-off",
    State.FINAL: "final",
}
#: The ``weblate`` profile (``translate --for weblate``): Weblate's own XLIFF 1.2 rules.
#: Weblate shows a non-empty target whose state is new/needs-translation/
#: needs-adaptation/needs-l10n as "Needs editing", any other non-empty target as
#: "Translated" (waiting for review) and only ``approved="yes"`` as "Approved";
#: it saves exactly these values back.  Generic ``needs-review-translation`` MT
#: would show in Weblate as a finished translation.
_WEBLATE_STATE_ATTR = {
    State.NEW: "new",
    State.NEEDS_REVIEW: "needs-translation",
    State.TRANSLATED: "translated",
    State.SIGNED_OFF: "final",
    State.FINAL: "final",
}
#: Review profiles the XLIFF 1.2 writer knows.
PROFILES = ("generic", "weblate")
_REVIEWED_ATTR = {
    "translated": State.TRANSLATED,
    "signed-off": State.SIGNED_OFF,
    "final": State.FINAL,
}
_QUALIFIER = {"mt": "leveraged-mt", "tm": "exact-match"}
_MT_QUALIFIERS = frozenset({"leveraged-mt", "mt-suggestion"})
_TM_QUALIFIERS = frozenset(
    {
        "exact-match",
        "fuzzy-match",
        "id-match",
        "leveraged-tm",
        "leveraged-repository",
        "leveraged-inherited",
    }
)
# Native-code inline elements: their content is markup, not text.
_SKIP_INLINE = frozenset({"ph", "bpt", "ept", "it"})
_ANNOTATES = frozenset({"source", "target", "general"})
# At most 9 digits: a hostile id of thousands would hit Python's int() digit limit.
_GROUP_ID = re.compile(r"\Ablock-(\d{1,9})(?!\d)")
_TRAILING_INDEX = re.compile(r"-(\d{1,9})\Z")
_MID = re.compile(r"\A[tp](\d{1,9})\Z")


def _q(tag: str) -> str:
    return f"{{{NAMESPACE}}}{tag}"


_CONTAINERS = frozenset(
    _q(t)
    for t in (
        "xliff",
        "file",
        "header",
        "phase-group",
        "phase",
        "body",
        "group",
        "trans-unit",
        "alt-trans",
    )
)


# --------------------------------------------------------------------------- writing


def dump_xliff12(doc: Document, *, profile: str = "generic") -> bytes:
    """Serialize ``doc`` as XLIFF 1.2 that validates against the strict schema.

    ``profile="weblate"`` writes the states Weblate reads and writes (see
    ``_WEBLATE_STATE_ATTR``); reading needs no profile, both read back the same way.
    """
    if profile not in PROFILES:
        raise FormatError(f"unknown XLIFF 1.2 profile {profile!r}; use {' or '.join(PROFILES)}")
    _check_unique_ids(doc)
    root = etree.Element(_q("xliff"), nsmap={None: NAMESPACE})
    root.set("version", "1.2")
    file_el = etree.SubElement(root, _q("file"))
    file_el.set("original", xml_safe(doc.original))
    file_el.set("source-language", xml_safe(doc.source_lang))
    if doc.target_lang:
        file_el.set("target-language", xml_safe(doc.target_lang))
    file_el.set("datatype", _datatype(doc.datatype))
    file_el.set("tool-id", TOOL_ID)
    if is_xsd_datetime(doc.date):
        file_el.set("date", doc.date)
    _write_header(file_el, doc)
    body = etree.SubElement(file_el, _q("body"))
    used_group_ids: set[str] = set()
    group: etree._Element | None = None
    current: tuple[BlockType, int] | None = None
    for unit in doc.units:
        key = (unit.block_type, unit.block_index)
        if group is None or key != current:
            group = _new_group(body, unit.block_type, unit.block_index, used_group_ids)
            current = key
        _write_unit(group, unit, weblate=profile == "weblate")
    indent_structure(root, _CONTAINERS)
    return serialize(root)


def _check_unique_ids(doc: Document) -> None:
    seen: set[str] = set()
    for unit in doc.units:
        if unit.id in seen:
            raise FormatError(
                f"unit id {unit.id!r} occurs twice in {doc.article_id}; "
                "unit ids must be unique within a document"
            )
        seen.add(unit.id)


def _datatype(datatype: str) -> str:
    # The strict schema has a closed list plus "x-" extensions.
    if datatype in ("plaintext", "html", "xml", "xhtml", "htmlbody") or datatype.startswith("x-"):
        return datatype
    cleaned = re.sub(r"\s+", "-", xml_safe(datatype)) or "plaintext"
    return f"x-{cleaned}" if datatype else "plaintext"


def _note(
    parent: etree._Element,
    text: str,
    author: str = "",
    annotates: str = "general",
    priority: int | None = None,
) -> None:
    note = etree.SubElement(parent, _q("note"))
    if author:
        note.set("from", xml_safe(author))
    if annotates in ("source", "target"):
        note.set("annotates", annotates)
    if priority is not None:
        note.set("priority", str(priority))
    note.text = xml_safe(text)


def _write_header(file_el: etree._Element, doc: Document) -> None:
    header = etree.SubElement(file_el, _q("header"))
    phase_group = etree.SubElement(header, _q("phase-group"))
    phase = etree.SubElement(phase_group, _q("phase"))
    has_mt = doc.provenance.engine not in ("", "none")
    phase.set("phase-name", "mt" if has_mt else "extraction")
    phase.set("process-name", "translation" if has_mt else "extraction")
    phase.set("tool-id", TOOL_ID)
    if is_xsd_datetime(doc.date):
        phase.set("date", doc.date)
    _note(phase, provenance_summary(doc.provenance))
    tool = etree.SubElement(header, _q("tool"))
    tool.set("tool-id", TOOL_ID)
    tool.set("tool-name", "ttdn-i18n")
    tool.set("tool-version", __version__)
    _note(header, doc.provenance.signature, AUTHOR_PROVENANCE)
    _note(header, doc.article_id, AUTHOR_ARTICLE)
    if doc.source_checksum:
        _note(header, doc.source_checksum, AUTHOR_CHECKSUM)
    if doc.date and not is_xsd_datetime(doc.date):
        _note(header, doc.date, AUTHOR_DATE)
    for n in doc.notes:
        _note(header, n.text, n.author, n.annotates)


def _new_group(
    body: etree._Element, block_type: BlockType, index: int, used: set[str]
) -> etree._Element:
    group_id = f"block-{index}"
    n = 2
    while group_id in used:  # a block split in two runs of units
        group_id = f"block-{index}-{n}"
        n += 1
    used.add(group_id)
    group = etree.SubElement(body, _q("group"))
    group.set("id", group_id)
    group.set("restype", RESTYPES[block_type])
    group.set("resname", f"{block_type.value}-{index}")
    return group


def _write_unit(parent: etree._Element, unit: Unit, *, weblate: bool = False) -> None:
    tu = etree.SubElement(parent, _q("trans-unit"))
    tu.set("id", xml_safe(unit.id))
    # Keeps CAT tools from collapsing spaces; the text is exactly the article's.
    tu.set(f"{{{XML_NS}}}space", "preserve")
    if not unit.translate:
        tu.set("translate", "no")
    if unit.state.reviewed and not (weblate and unit.state is State.TRANSLATED):
        # Tools such as Translate Toolkit and Okapi read approved="yes" as "not fuzzy".
        # Weblate reads it as "Approved" (a reviewer's step): there only sign-offs get it.
        tu.set("approved", "yes")

    source, src_bad = xml_safe_text(unit.source)
    marks = [
        Mark(
            p.start,
            p.end,
            _q("mrk"),
            (("mtype", "protected"), ("mid", f"p{i}"), ("comment", xml_safe(p.kind))),
            rank=0,
        )
        for i, p in enumerate(unit.protected)
    ] + [
        Mark(
            t.start,
            t.end,
            _q("mrk"),
            (("mtype", "term"), ("mid", f"t{i}"), ("comment", xml_safe(term_label(t)))),
            rank=1,
        )
        for i, t in enumerate(unit.terms)
    ]
    fill_marked(etree.SubElement(tu, _q("source")), source, marks)

    target_el = etree.SubElement(tu, _q("target"))
    target_el.set("state", (_WEBLATE_STATE_ATTR if weblate else _STATE_ATTR)[unit.state])
    if unit.origin in _QUALIFIER:
        target_el.set("state-qualifier", _QUALIFIER[unit.origin])
    # CAT tools expect a protected unit to carry its text over unchanged.
    target, tgt_bad = xml_safe_text(unit.target or ("" if unit.translate else unit.source))
    target_el.text = target or None
    # Translate Toolkit builds msgctxt/#: from locations; keeps same-source units apart.
    context_group = etree.SubElement(tu, _q("context-group"))
    context_group.set("purpose", "location")
    context = etree.SubElement(context_group, _q("context"))
    context.set("context-type", "sourcefile")
    context.text = xml_safe(unit.id)

    replaced = {"source": src_bad, "target": tgt_bad}
    alt_texts = []
    for i, alt in enumerate(unit.alternatives, 1):
        text, bad = xml_safe_text(alt.text)
        replaced[f"alternative {i}"] = bad
        alt_texts.append(text)
    note_text = replacement_note_text(replaced)
    if note_text and Note(note_text, AUTHOR_XML, "general") not in unit.notes:
        _note(tu, note_text, AUTHOR_XML)
    for flag in unit.flags:
        _note(tu, flag_note_text(flag), AUTHOR_QA, priority=Severity.parse(flag.severity).priority)
    if unit.terms:
        _note(tu, glossary_note_text(unit.terms), AUTHOR_GLOSSARY, "source")
    for n in unit.notes:
        _note(tu, n.text, n.author, n.annotates)
    for alt, text in zip(unit.alternatives, alt_texts, strict=True):
        alt_el = etree.SubElement(tu, _q("alt-trans"))
        if alt.origin:
            alt_el.set("origin", xml_safe(alt.origin))
        exact_tm = alt.origin.startswith("tm") and alt.score is not None and alt.score >= 100
        if exact_tm:
            alt_el.set("match-quality", "100")
        alt_target = etree.SubElement(alt_el, _q("target"))
        if alt.lang:
            # The English intermediate of a pivot route, in its own language.
            alt_target.set(f"{{{XML_NS}}}lang", xml_safe(alt.lang))
        alt_target.text = text
        if alt.score is not None:
            _note(alt_el, format_score(alt.score), AUTHOR_SCORE)


# --------------------------------------------------------------------------- reading


def _children(elem: etree._Element, ns: str | None, tag: str) -> list[etree._Element]:
    qname = f"{{{ns}}}{tag}" if ns else tag
    return [c for c in elem if c.tag == qname]


def _text(elem: etree._Element) -> str:
    return "".join(elem.itertext())


def document_from_element(root: etree._Element, *, name: str) -> Document:
    """Build a Document from a parsed XLIFF 1.x root element."""
    ns = namespace_of(root)
    if local_name(root) != "xliff" or (ns is not None and ns not in NAMESPACES):
        raise FormatError(
            f"{name} is not XLIFF 1.2 (root <{local_name(root)}> in namespace {ns}); "
            "export the file as XLIFF 1.2"
        )
    files = _children(root, ns, "file")
    if len(files) != 1:
        raise FormatError(
            f"{name} holds {len(files)} <file> elements; ttdn-i18n expects one article per "
            "file — split it into one file per article"
        )
    file_el = files[0]
    meta: dict[str, str] = {}
    doc_notes: list[Note] = []
    tool_versions: dict[str, str] = {}
    for header in _children(file_el, ns, "header"):
        for tool in _children(header, ns, "tool"):
            tool_versions.setdefault(tool.get("tool-id", ""), tool.get("tool-version", ""))
        for note in _children(header, ns, "note"):
            author = note.get("from", "")
            if author in _HEADER_AUTHORS and author not in meta:
                meta[author] = _text(note)
            else:
                doc_notes.append(_read_note(note))
    units: list[Unit] = []
    seen: set[str] = set()
    for body in _children(file_el, ns, "body"):
        _walk(body, ns, BlockType.PARAGRAPH, 0, units, seen, name, top=True)
    original = file_el.get("original", "")
    return Document(
        article_id=meta.get(AUTHOR_ARTICLE) or Path(original or name).stem,
        original=original,
        source_lang=file_el.get("source-language", ""),
        target_lang=file_el.get("target-language", ""),
        datatype=file_el.get("datatype", "plaintext"),
        units=article_order(units),
        provenance=parse_signature(
            meta.get(AUTHOR_PROVENANCE, ""), tool_version=tool_versions.get(TOOL_ID, "")
        ),
        source_checksum=meta.get(AUTHOR_CHECKSUM, ""),
        date=meta.get(AUTHOR_DATE) or file_el.get("date", ""),
        notes=tuple(doc_notes),
    )


def _walk(
    elem: etree._Element,
    ns: str | None,
    block_type: BlockType,
    block_index: int,
    units: list[Unit],
    seen: set[str],
    name: str,
    *,
    top: bool = False,
) -> None:
    group_tag = f"{{{ns}}}group" if ns else "group"
    unit_tag = f"{{{ns}}}trans-unit" if ns else "trans-unit"
    for child in elem:
        if child.tag == group_tag:
            btype, bindex = _group_block(child, block_type, block_index)
            _walk(child, ns, btype, bindex, units, seen, name)
        elif child.tag == unit_tag:
            if child.get("restype") == "x-gettext-domain-header":
                # Translate Toolkit's po2xliff carries the PO header as a unit; it is
                # file metadata, not a segment of the article.
                continue
            unit = _read_unit(child, ns, block_type, block_index, name)
            if top and (index := id_block(unit.id)) is not None:
                # No <group> (a CAT tool dropped them): our id still names the block.
                unit = replace(unit, block_index=index)
            if unit.id in seen:
                raise FormatError(
                    f"{name}: trans-unit id {unit.id!r} occurs twice; "
                    "each trans-unit id must be unique"
                )
            seen.add(unit.id)
            units.append(unit)


def _group_block(group: etree._Element, block_type: BlockType, index: int) -> tuple[BlockType, int]:
    restype = group.get("restype", "")
    resname = group.get("resname", "")
    if restype in _BLOCK_OF_RESTYPE:
        block_type = _BLOCK_OF_RESTYPE[restype]
    else:
        for bt in BlockType:
            if resname.startswith(bt.value):
                block_type = bt
    m = _GROUP_ID.match(group.get("id", "")) or _TRAILING_INDEX.search(resname)
    if m:
        index = int(m.group(1))
    return block_type, index


def _read_note(note: etree._Element) -> Note:
    annotates = note.get("annotates", "general")
    return Note(
        text=_text(note),
        author=note.get("from", ""),
        annotates=annotates if annotates in _ANNOTATES else "general",
    )


def _read_unit(
    tu: etree._Element, ns: str | None, block_type: BlockType, block_index: int, name: str
) -> Unit:
    unit_id = tu.get("id")
    if unit_id is None:
        raise FormatError(f"{name}: a <trans-unit> has no id; every trans-unit needs one")
    sources = _children(tu, ns, "source")
    if not sources:
        raise FormatError(f"{name}: trans-unit {unit_id!r} has no <source>; restore it")
    marks: list[tuple[etree._Element, int, int]] = []
    source = flatten_inline(
        sources[0], skip=_SKIP_INLINE, visit=lambda el, s, e: marks.append((el, s, e))
    )
    protected: list[tuple[int, Span]] = []
    terms: list[tuple[int, TermHit]] = []
    for order, (el, start, end) in enumerate(marks):
        if local_name(el) != "mrk":
            continue
        m = _MID.match(el.get("mid", ""))
        rank = int(m.group(1)) if m else 1_000_000 + order
        mtype = el.get("mtype")
        if mtype == "protected":
            protected.append((rank, Span(start, end, el.get("comment", "protected"))))
        elif mtype == "term":
            label = el.get("comment", "")
            terms.append(
                (rank, parse_term_label(label, start=start, end=end, source=source[start:end]))
            )
    targets = _children(tu, ns, "target")
    target_el = targets[0] if targets else None
    target = flatten_inline(target_el, skip=_SKIP_INLINE) if target_el is not None else ""
    state_attr = target_el.get("state", "") if target_el is not None else ""
    qualifier = target_el.get("state-qualifier", "") if target_el is not None else ""
    state = _read_state(state_attr, tu.get("approved") == "yes", target)
    if qualifier in _MT_QUALIFIERS:
        origin = "mt"
    elif qualifier in _TM_QUALIFIERS:
        origin = "tm"
    else:
        # Without a qualifier only a person can have written a target, except
        # for the verbatim copy in a protected unit.
        translate = tu.get("translate", "yes") != "no"
        origin = "human" if translate and state is not State.NEW else ""

    flags: list[Flag] = []
    notes: list[Note] = []
    glossary_notes: list[Note] = []
    for note_el in _children(tu, ns, "note"):
        note = _read_note(note_el)
        flag = parse_flag_note(note.text) if note.author == AUTHOR_QA else None
        if flag is not None:
            flags.append(flag)
        elif note.author == AUTHOR_GLOSSARY:
            glossary_notes.append(note)
        else:
            notes.append(note)
    if not terms:
        # Nothing to regenerate the note from: keep the translator's view.
        notes.extend(glossary_notes)
    alternatives = []
    for alt in _children(tu, ns, "alt-trans"):
        alt_targets = _children(alt, ns, "target")
        if not alt_targets:
            continue
        score_notes = [n for n in _children(alt, ns, "note") if n.get("from") == AUTHOR_SCORE]
        score_text = _text(score_notes[0]) if score_notes else alt.get("match-quality")
        alternatives.append(
            Alternative(
                text=flatten_inline(alt_targets[0], skip=_SKIP_INLINE),
                origin=alt.get("origin", ""),
                score=parse_score(score_text),
                lang=alt_targets[0].get(f"{{{XML_NS}}}lang", "")
                or alt.get(f"{{{XML_NS}}}lang", ""),
            )
        )
    return Unit(
        id=unit_id,
        source=source,
        target=target,
        state=state,
        origin=Origin.parse(origin),
        block_type=block_type,
        block_index=block_index,
        translate=tu.get("translate", "yes") != "no",
        alternatives=tuple(alternatives),
        notes=tuple(notes),
        terms=tuple(t for _, t in sorted(terms, key=lambda x: x[0])),
        flags=tuple(flags),
        protected=tuple(p for _, p in sorted(protected, key=lambda x: x[0])),
    )


def _read_state(state_attr: str, approved: bool, target: str) -> State:
    if state_attr in _REVIEWED_ATTR:
        return _REVIEWED_ATTR[state_attr]
    if approved:
        # A translator confirming a segment sets approved="yes"; that is not a sign-off.
        return State.TRANSLATED
    return State.NEEDS_REVIEW if target.strip() else State.NEW


def _detect(probe: Probe) -> bool:
    root = probe.xml_root
    if root is None or local_name(root) != "xliff":
        return False
    ns = namespace_of(root)
    return ns in NAMESPACES or (ns is None and root.get("version", "").startswith("1."))


def _parse(probe: Probe) -> Document:
    root = probe.xml_root
    if root is None:
        raise FormatError(f"{probe.name} is not XML; export it from your CAT tool as XLIFF 1.2")
    return document_from_element(root, name=probe.name)


FORMAT = Format(
    name="xliff12",
    label="XLIFF 1.2",
    suffix=".xlf",
    description="XLIFF 1.2 for CAT tools (OmegaT, Trados, memoQ, Translate Toolkit)",
    dump=dump_xliff12,
    parse=_parse,
    detect=_detect,
)
