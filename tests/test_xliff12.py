"""XLIFF 1.2: strict-schema validity, round trips, CAT-tool files, Translate Toolkit."""

from __future__ import annotations

import dataclasses
import functools
import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from ttdn_i18n import __version__
from ttdn_i18n.errors import FormatError
from ttdn_i18n.formats import parse_document, read_document, write_document
from ttdn_i18n.formats.xliff12 import (
    NAMESPACE,
    dump_xliff12,
)
from ttdn_i18n.model import (
    Alternative,
    BlockType,
    Document,
    Flag,
    Note,
    Origin,
    Provenance,
    Severity,
    Span,
    State,
    TermHit,
    TermStatus,
    Unit,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCHEMA = SHARED / "schemas" / "xliff-1.2" / "xliff-core-1.2-strict.xsd"
GOLDEN = Path(__file__).parent / "golden" / "sample.xlf"


@functools.cache
def strict_schema() -> etree.XMLSchema | None:
    return etree.XMLSchema(etree.parse(str(SCHEMA))) if SCHEMA.exists() else None


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    loaded = strict_schema()
    if loaded is None:
        pytest.skip(f"../shared not found: no XLIFF 1.2 schema at {SCHEMA}")
    return loaded


def assert_valid(schema: etree.XMLSchema, data: bytes) -> None:
    doc = etree.fromstring(data)
    assert schema.validate(doc), str(schema.error_log)


PROV = Provenance(
    tool_version="0.1.0",
    engine="ctranslate2",
    model="translate-vi_en-1.9",
    route="direct",
    glossary="ttdn-core@sha256:0123456789ab",
    decoding="beam=4,n=3,maxlen=3x+10",
)


def at(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def rich_document() -> Document:
    """Every state, origin, block type we use; terms, protected spans, flags, notes."""
    title = "Kon Tum đẩy mạnh công tác thông tin đối ngoại"
    lead = "Sáng 24/9, Ban Chỉ đạo (BCĐ) tỉnh Kon Tum tổ chức hội nghị."
    para = 'Tỉnh ủy Kon Tum ban hành Kế hoạch số 3083/KH-UBND <về> "thông tin" & ngoại giao.'
    units = (
        Unit(
            "b0-s0", title, "Kon Tum promotes external information work", State.NEEDS_REVIEW,
            "mt", BlockType.TITLE, 0,
            alternatives=(
                Alternative("Kon Tum boosts foreign information", "mt:translate-vi_en-1.9", 0.71),
                Alternative("Kon Tum steps up external information", "previous"),
            ),
            terms=(
                TermHit("kon-tum", *at(title, "Kon Tum"), "Kon Tum", "Kon Tum", "Kon Tum",
                        "approved"),
                TermHit("ttdn", *at(title, "thông tin đối ngoại"), "thông tin đối ngoại",
                        "thông tin đối ngoại", "external information", "approved",
                        ("foreign propaganda",)),
            ),
        ),
        Unit("b1-s0", "24/09/2023 13:39", "24/09/2023 13:39", State.FINAL, "", BlockType.DATELINE,
             1, translate=False),
        Unit(
            "b2-s0", lead, "On the morning of September 24, the Steering Committee met.",
            State.TRANSLATED, "mt", BlockType.LEAD, 2,
            terms=(TermHit("bcd", *at(lead, "Ban Chỉ đạo"), "Ban Chỉ đạo", "ban chỉ đạo",
                           "Steering Committee", "proposed"),),
            notes=(Note("date checked against the print edition", "reviewer-lan", "target"),),
        ),
        Unit("b3-s0", "Nội dung chính", "Main content", State.SIGNED_OFF, "tm", BlockType.HEADING,
             3),
        Unit(
            "b4-s0", para, "", State.NEW, "", BlockType.PARAGRAPH, 4,
            flags=(Flag("spam", "injected betting text", "bet365 tiếng việt", "error"),
                   Flag("length-capped", "source longer than the MT limit")),
            protected=(Span(*at(para, "Kế hoạch số 3083/KH-UBND"), "code"),),
        ),
        Unit("b4-s1", "Câu thứ hai của đoạn.", "The paragraph's second sentence.",
             State.NEEDS_REVIEW, "tm", BlockType.PARAGRAPH, 4),
        Unit("b5-s0", "Hội nghị trực tuyến", "Online conference", State.TRANSLATED, "human",
             BlockType.LIST_ITEM, 5, notes=(Note("no author"),)),
        Unit("b6-s0", "Ảnh: H.L", "Ảnh: H.L", State.FINAL, "", BlockType.CAPTION, 6,
             translate=False, protected=(Span(0, 8, "credit"),)),
        Unit("b7-s0", "Hồng Lam", "Hồng Lam", State.FINAL, "", BlockType.BYLINE, 7,
             translate=False, protected=(Span(0, 8, "name"),)),
    )
    return Document(
        article_id="kontum-2023-09-24",
        original="articles/kontum-2023-09-24.txt",
        source_lang="vi",
        target_lang="en",
        datatype="plaintext",
        units=units,
        provenance=PROV,
        source_checksum="sha256:" + "ab" * 32,
        date="2024-05-01T08:30:00Z",
        notes=(Note("Batch 12 for the provincial portal", "lead-editor"),),
    )


# --------------------------------------------------------------------------- validity


def test_rich_document_validates_against_strict_schema(schema: etree.XMLSchema) -> None:
    data = dump_xliff12(rich_document())
    assert_valid(schema, data)
    root = etree.fromstring(data)
    ns = {"x": NAMESPACE}
    assert root.get("version") == "1.2"
    file_el = root.find("x:file", ns)
    assert file_el is not None and file_el.get("target-language") == "en"
    tool = root.find("x:file/x:header/x:tool", ns)
    assert tool is not None and tool.get("tool-version") == __version__
    phase = root.find("x:file/x:header/x:phase-group/x:phase", ns)
    assert phase is not None and phase.get("phase-name") == "mt"
    assert "translate-vi_en-1.9" in "".join(phase.itertext())
    header_notes = {n.get("from"): n.text for n in root.iterfind("x:file/x:header/x:note", ns)}
    assert header_notes["ttdn-provenance"] == PROV.signature
    assert header_notes["ttdn-source-checksum"] == "sha256:" + "ab" * 32
    groups = root.findall(".//x:group", ns)
    assert [g.get("restype") for g in groups] == [
        "x-title", "x-dateline", "x-lead", "x-heading", "x-paragraph", "x-li", "x-caption",
        "x-byline",
    ]
    assert root.find(".//x:trans-unit[@id='b6-s0']", ns).get("translate") == "no"
    qa = root.findall(".//x:trans-unit[@id='b4-s0']/x:note[@from='ttdn-qa']", ns)
    assert [n.get("priority") for n in qa] == ["1", "3"]  # error, warning
    assert "bet365 tiếng việt" in qa[0].text
    target = root.find(".//x:trans-unit[@id='b0-s0']/x:target", ns)
    assert target.get("state") == "needs-review-translation"
    assert target.get("state-qualifier") == "leveraged-mt"
    new_target = root.find(".//x:trans-unit[@id='b4-s0']/x:target", ns)
    assert new_target.get("state") == "new" and new_target.text is None
    mrk = root.findall(".//x:trans-unit[@id='b0-s0']/x:source/x:mrk", ns)
    assert [(m.get("mtype"), m.text) for m in mrk] == [
        ("term", "Kon Tum"), ("term", "thông tin đối ngoại")
    ]


def test_forbidden_characters_still_give_valid_xml(schema: etree.XMLSchema) -> None:
    source = "Dòng\x0bmột \ud83d và \x00 hết"
    doc = dataclasses.replace(
        rich_document(),
        units=(Unit("u1", source, "Line\x0cone", State.NEEDS_REVIEW, "mt",
                    alternatives=(Alternative("alt\x1f", "mt:x", 0.5),)),),
    )
    data = dump_xliff12(doc)
    assert_valid(schema, data)
    unit = parse_document(data, name="t.xlf").units[0]
    assert unit.source == "Dòng\ufffdmột \ufffd và \ufffd hết"
    assert unit.target == "Line\ufffdone"
    assert unit.alternatives[0].text == "alt\ufffd"
    (note,) = unit.notes
    assert note.author == "ttdn-xml"
    assert "source at 4, 9, 14" in note.text and "target at 4" in note.text
    assert "alternative 1 at 3" in note.text
    # Writing what was read adds no second note: the text is clean now.
    again = parse_document(dump_xliff12(dataclasses.replace(doc, units=(unit,))), name="t")
    assert again.units[0].notes == (note,)


def test_corpus_articles_validate_and_round_trip(schema: etree.XMLSchema) -> None:
    articles = SHARED / "corpus" / "articles"
    if not articles.is_dir():
        pytest.skip(f"../shared not found: no corpus at {articles}")
    for path in sorted(articles.glob("*.txt")):
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        units = tuple(
            Unit(f"l{i}", line, block_index=i, block_type=BlockType.PARAGRAPH)
            for i, line in enumerate(lines)
        )
        doc = dataclasses.replace(rich_document(), units=units, original=str(path))
        data = dump_xliff12(doc)
        assert_valid(schema, data)
        assert parse_document(data, name=path.name) == doc


# --------------------------------------------------------------------------- round trip


def test_round_trip_returns_the_same_document() -> None:
    doc = rich_document()
    back = parse_document(dump_xliff12(doc), name="kontum.xlf")
    assert back.units == doc.units
    assert back == doc


def test_term_crossing_a_protected_span_is_only_in_the_note() -> None:
    source = "Tỉnh Kon Tum"
    unit = Unit(
        "u1", source, "Kon Tum Province", State.NEEDS_REVIEW, "mt",
        terms=(TermHit("tinh-kt", 0, 12, source, "tỉnh Kon Tum", "Kon Tum Province", "approved"),
               TermHit("kt", 5, 12, "Kon Tum", "Kon Tum", "Kon Tum", "approved")),
        protected=(Span(3, 8, "name"),),
    )
    doc = dataclasses.replace(rich_document(), units=(unit,))
    data = dump_xliff12(doc)
    root = etree.fromstring(data)
    ns = {"x": NAMESPACE}
    marked = [m.get("comment") for m in root.iterfind(".//x:source//x:mrk", ns)]
    # The protected span wins over the term hint that crosses it.
    assert marked == ["tinh-kt: tỉnh Kon Tum → Kon Tum Province (approved)", "name"]
    note = root.find(".//x:note[@from='ttdn-glossary']", ns).text
    assert "Tỉnh Kon Tum → Kon Tum Province" in note and "; Kon Tum → Kon Tum" in note
    back = parse_document(data, name="x").units[0]
    assert back.terms == unit.terms[:1] and back.protected == unit.protected


VI = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
TEXT = st.text(alphabet=VI + VI.upper() + "0123456789 .,;:!?'\"()&<>-/\n\t\r", max_size=40)
WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=12)
NONBLANK = TEXT.filter(lambda s: s.strip() != "")


@st.composite
def units(draw: st.DrawFn, uid: str) -> Unit:
    source = draw(NONBLANK)
    state = draw(st.sampled_from(State))
    translate = draw(st.booleans())
    if not translate:  # carried over verbatim: a target, so never NEW
        state = draw(st.sampled_from([s for s in State if s is not State.NEW]))
        target, origin = source, draw(st.sampled_from([Origin.NONE, Origin.MT, Origin.TM]))
    elif state is State.NEW:
        target, origin = "", draw(st.sampled_from([Origin.NONE, Origin.MT, Origin.TM]))
    else:
        target, origin = draw(NONBLANK), draw(st.sampled_from([Origin.MT, Origin.TM, Origin.HUMAN]))
    cuts = sorted(set(draw(st.lists(st.integers(0, len(source)), max_size=6))))
    pairs = list(zip(cuts[::2], cuts[1::2], strict=False))
    terms, protected = [], []
    for start, end in pairs:
        if draw(st.booleans()):
            terms.append(TermHit(
                draw(WORD), start, end, source[start:end], draw(TEXT), draw(TEXT),
                draw(st.sampled_from([TermStatus.APPROVED, TermStatus.PROPOSED, None])),
                tuple(draw(st.lists(st.text(alphabet="abcxyz ", min_size=1, max_size=6)
                                    .filter(lambda s: s.strip() == s and s), max_size=2))),
            ))
        else:
            protected.append(Span(start, end, draw(st.sampled_from(["credit", "name", "url"]))))
    return Unit(
        id=uid,
        source=source,
        target=target,
        state=state,
        origin=origin,
        block_type=draw(st.sampled_from(BlockType)),
        block_index=draw(st.integers(0, 3)),
        translate=translate,
        alternatives=tuple(draw(st.lists(st.builds(
            Alternative, TEXT, st.sampled_from(["", "mt:a-1.0", "previous"]),
            st.none() | st.floats(-5, 100, allow_nan=False)), max_size=2))),
        notes=tuple(draw(st.lists(st.builds(
            Note, TEXT, WORD.filter(lambda w: not w.startswith("ttdn-")) | st.just(""),
            st.sampled_from(["general", "source", "target"])), max_size=2))),
        terms=tuple(terms),
        flags=tuple(draw(st.lists(st.builds(
            Flag, WORD, TEXT, TEXT, st.sampled_from(list(Severity))), max_size=2))),
        protected=tuple(protected),
    )


@st.composite
def documents(draw: st.DrawFn) -> Document:
    ids = draw(st.lists(TEXT.filter(lambda s: s != ""), min_size=1, max_size=5, unique=True))
    return Document(
        article_id=draw(WORD),
        original=draw(TEXT),
        source_lang="vi",
        target_lang=draw(st.sampled_from(["en", "lo", "km", ""])),
        datatype=draw(st.sampled_from(["plaintext", "html"])),
        units=tuple(draw(units(uid)) for uid in ids),
        provenance=PROV,
        source_checksum=draw(st.sampled_from(["", "sha256:" + "0f" * 32])),
        date=draw(st.sampled_from(["", "2024-05-01", "2024-05-01T08:30:00+07:00"])),
        # "ttdn-…" authors are the writer's own notes (the date, provenance), rebuilt
        # from the document's fields on reading, as for unit notes above.
        notes=tuple(draw(st.lists(st.builds(
            Note, TEXT, WORD.filter(lambda w: not w.startswith("ttdn-"))), max_size=2))),
    )


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_round_trip_property(doc: Document) -> None:
    data = dump_xliff12(doc)
    assert parse_document(data, name="prop.xlf") == doc
    schema = strict_schema()  # validity is checked too when ../shared is there
    if schema is not None:
        assert_valid(schema, data)


# --------------------------------------------------------------------------- CAT tools


def _cat_tool_resave(data: bytes) -> bytes:
    """What a CAT tool might save: other prefix, extra namespace and attributes,
    unknown elements, notes reordered and partly dropped, <mrk> in targets,
    a <seg-source>, BOM and CRLF line ends."""
    old = etree.fromstring(data)
    cat = "http://example.com/cat-tool"
    root = etree.Element(f"{{{NAMESPACE}}}xliff", nsmap={"x": NAMESPACE, "cat": cat})
    root.set("version", "1.2")
    root.set(f"{{{cat}}}saved-by", "SomeCAT 9")
    for child in old:
        root.append(child)
    ns = {"x": NAMESPACE}
    for tu in root.iterfind(".//x:trans-unit", ns):
        tu.set(f"{{{cat}}}locked", "false")
        notes = tu.findall("x:note", ns)
        for n in notes:
            tu.remove(n)
        target = tu.find("x:target", ns)
        keep = [n for n in notes if n.get("from") != "ttdn-glossary"]
        for n in reversed(keep):  # reordered, after the alt-trans
            tu.append(n)
        if target is not None and target.text:
            text, target.text = target.text, None
            mrk = etree.SubElement(target, f"{{{NAMESPACE}}}mrk", mtype="seg", mid="0")
            mrk.text = text
        seg = etree.Element(f"{{{NAMESPACE}}}seg-source")
        seg.text = "".join(tu.find("x:source", ns).itertext())
        tu.insert(1, seg)
        etree.SubElement(tu, f"{{{cat}}}history").text = "edited"
    _reindent(root, 0)
    out = etree.tostring(root, encoding="UTF-8", xml_declaration=True)
    return b"\xef\xbb\xbf" + out.replace(b"\n", b"\r\n")


_STRUCTURE = {f"{{{NAMESPACE}}}{t}" for t in (
    "xliff", "file", "header", "phase-group", "phase", "body", "group", "trans-unit", "alt-trans")}


def _reindent(elem: etree._Element, level: int) -> None:
    """Tab indentation of structure only: text-bearing elements keep their content."""
    if elem.tag not in _STRUCTURE or len(elem) == 0:
        return
    elem.text = "\n" + "\t" * (level + 1)
    for child in elem:
        child.tail = "\n" + "\t" * (level + 1)
        _reindent(child, level + 1)
    elem[-1].tail = "\n" + "\t" * level


def _key(unit: Unit) -> tuple[object, ...]:
    return (
        unit.id, unit.source, unit.target, unit.state, unit.origin, unit.block_type,
        unit.block_index, unit.translate, unit.alternatives, unit.terms, unit.protected,
        sorted(unit.flags, key=repr), sorted(unit.notes, key=repr),
    )


def test_cat_tool_saved_file_reads_the_same_units() -> None:
    doc = rich_document()
    saved = _cat_tool_resave(dump_xliff12(doc))
    assert saved.startswith(b"\xef\xbb\xbf") and b"<x:trans-unit" in saved and b"\r\n" in saved
    back = parse_document(saved, name="saved.xlf")
    assert [_key(u) for u in back.units] == [_key(u) for u in doc.units]
    assert back.provenance == doc.provenance and back.article_id == doc.article_id


def test_hand_written_cat_file() -> None:
    """An OmegaT-like file: no groups, prefix, approved attribute, inline codes."""
    data = """<?xml version="1.0" encoding="utf-8"?>
<!-- saved by a CAT tool -->
<x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:1.2" xmlns:o="urn:other" version="1.2">
  <x:file original="a.txt" source-language="vi" target-language="lo" datatype="plaintext">
    <x:body>
      <x:trans-unit id="1" approved="yes">
        <x:source>Xin chào <x:g id="g1">Hà Nội</x:g><x:ph id="p1">&lt;br/&gt;</x:ph></x:source>
        <x:target><x:g id="g1">ສະບາຍດີ</x:g> ຮ່າໂນ້ຍ<x:x id="x1"/></x:target>
        <x:note from="reviewer">ok</x:note>
        <o:unknown>ignored</o:unknown>
      </x:trans-unit>
      <x:trans-unit id="2">
        <x:source>Câu hai</x:source>
        <x:target state="needs-translation"/>
      </x:trans-unit>
      <x:trans-unit id="3">
        <x:source>Câu ba</x:source>
        <x:target state="x-custom">ປະໂຫຍກສາມ</x:target>
      </x:trans-unit>
    </x:body>
  </x:file>
</x:xliff>""".encode()
    doc = parse_document(data, name="omegat.xlf")
    assert doc.target_lang == "lo" and doc.article_id == "a"
    u1, u2, u3 = doc.units
    assert (u1.source, u1.target) == ("Xin chào Hà Nội", "ສະບາຍດີ ຮ່າໂນ້ຍ")
    assert (u1.state, u1.origin, u1.notes) == (State.TRANSLATED, "human", (Note("ok", "reviewer"),))
    assert (u2.state, u2.target, u2.origin) == (State.NEW, "", "")
    assert u3.state is State.NEEDS_REVIEW
    assert all((u.block_type, u.block_index) == (BlockType.PARAGRAPH, 0) for u in doc.units)
    assert doc.provenance.engine == "none" and doc.provenance.model == ""


@pytest.mark.parametrize(
    ("target", "approved", "expected", "origin"),
    [
        ('<target state="new"/>', None, State.NEW, ""),
        ('<target state="needs-translation">x</target>', None, State.NEEDS_REVIEW, "human"),
        ('<target state="needs-review-translation" state-qualifier="leveraged-mt">x</target>',
         None, State.NEEDS_REVIEW, "mt"),
        ('<target state="needs-review-translation" state-qualifier="mt-suggestion">x</target>',
         "yes", State.TRANSLATED, "mt"),
        ('<target state="translated" state-qualifier="fuzzy-match">x</target>', None,
         State.TRANSLATED, "tm"),
        ('<target state="signed-off">x</target>', None, State.SIGNED_OFF, "human"),
        ('<target state="final">x</target>', "no", State.FINAL, "human"),
        ("<target>x</target>", None, State.NEEDS_REVIEW, "human"),
        ("<target>x</target>", "yes", State.TRANSLATED, "human"),
        ("", None, State.NEW, ""),
    ],
)
def test_state_mapping_on_read(
    target: str, approved: str | None, expected: State, origin: str
) -> None:
    attr = f' approved="{approved}"' if approved else ""
    data = (
        f'<xliff xmlns="{NAMESPACE}" version="1.2"><file original="o" source-language="vi" '
        f'datatype="plaintext"><body><trans-unit id="u"{attr}><source>s</source>{target}'
        "</trans-unit></body></file></xliff>"
    ).encode()
    unit = parse_document(data, name="s.xlf").units[0]
    assert (unit.state, unit.origin) == (expected, origin)


@pytest.mark.parametrize("state", list(State))
def test_state_mapping_on_write_round_trips(state: State) -> None:
    unit = Unit("u", "nguồn", "" if state is State.NEW else "target", state,
                "" if state is State.NEW else "human")
    doc = dataclasses.replace(rich_document(), units=(unit,))
    assert parse_document(dump_xliff12(doc), name="s").units == (unit,)


# --------------------------------------------------------------------------- interop


def test_translate_toolkit_reads_our_file() -> None:
    xliff = pytest.importorskip("translate.storage.xliff")
    doc = rich_document()
    store = xliff.xlifffile.parsestring(dump_xliff12(doc))
    tt_units = list(store.units)
    assert [u.xmlelement.get("id") for u in tt_units] == [u.id for u in doc.units]
    assert [u.source for u in tt_units] == [u.source for u in doc.units]
    assert [u.target for u in tt_units] == [u.target for u in doc.units]
    for tt, ours in zip(tt_units, doc.units, strict=True):
        if ours.target:
            assert tt.isfuzzy() == (not ours.state.reviewed), ours.id
    assert "injected betting text" in tt_units[4].getnotes()


# --------------------------------------------------------------------------- golden file


def _blank_volatile(data: bytes) -> bytes:
    data = re.sub(rb'tool-version="[^"]*"', b'tool-version=""', data)
    return re.sub(rb' date="[^"]*"', b' date=""', data)


def test_golden_file() -> None:
    """The exact bytes we write, tool version and dates blanked.

    When the layout changes on purpose, regenerate and review the diff:
    ``TTDN_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/test_xliff12.py -k golden``.
    """
    data = _blank_volatile(dump_xliff12(rich_document()))
    if os.environ.get("TTDN_REGEN_GOLDEN"):
        GOLDEN.write_bytes(data)
    assert data == GOLDEN.read_bytes()


# --------------------------------------------------------------------------- files and errors


def test_write_and_read_files(tmp_path: Path) -> None:
    doc = rich_document()
    path = tmp_path / "kontum.en.xlf"
    write_document(doc, path, "xliff12")
    assert read_document(path) == doc
    # Sniffed by content, not by name.
    renamed = tmp_path / "kontum.txt"
    write_document(doc, renamed, "xliff12")
    assert read_document(renamed) == doc


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<html><body/></html>", "is not XLIFF 1.2, XLIFF 2.x or PO"),
        (b"%PDF-1.4", "is not XML and no other format recognises it"),
        (b'<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="a"'
         b' source-language="vi" datatype="plaintext"><body/></file><file original="b" '
         b'source-language="vi" datatype="plaintext"><body/></file></xliff>',
         "holds 2 <file> elements"),
        (b'<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="a"'
         b' source-language="vi" datatype="plaintext"><body><trans-unit id="1"><target>x</target>'
         b"</trans-unit></body></file></xliff>", "has no <source>"),
        (b'<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="a"'
         b' source-language="vi" datatype="plaintext"><body><trans-unit id="1"><source>a</source>'
         b'</trans-unit><trans-unit id="1"><source>b</source></trans-unit></body></file></xliff>',
         "occurs twice"),
    ],
)
def test_bad_files_are_refused_with_a_clear_message(
    tmp_path: Path, data: bytes, message: str
) -> None:
    path = tmp_path / "bad.xlf"
    path.write_bytes(data)
    with pytest.raises(FormatError, match=re.escape(message)):
        read_document(path)


def test_duplicate_ids_and_missing_file() -> None:
    unit = Unit("same", "a")
    with pytest.raises(FormatError, match="'same' occurs twice"):
        dump_xliff12(dataclasses.replace(rich_document(), units=(unit, unit)))
    with pytest.raises(FormatError, match="cannot read .*nowhere.xlf"):
        read_document(Path("/nonexistent/nowhere.xlf"))
