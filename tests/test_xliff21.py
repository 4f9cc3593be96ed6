"""XLIFF 2.1: strict validation with the module schemas, exact round trips, CAT files."""

from __future__ import annotations

import dataclasses
import functools
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from ttdn_i18n.errors import FormatError
from ttdn_i18n.formats import (
    Probe,
    detect_format,
    get_format,
    parse_document,
    read_document,
    write_document,
)
from ttdn_i18n.formats.xliff21 import (
    GLS_NS,
    MDA_NS,
    MTC_NS,
    NAMESPACE,
    dump_xliff21,
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

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SCHEMAS = SHARED / "schemas" / "xliff-2.1"
NS = {"x": NAMESPACE, "mtc": MTC_NS, "gls": GLS_NS, "mda": MDA_NS}


@functools.cache
def driver_schema() -> etree.XMLSchema | None:
    """The driver schema shipped in the package, pointed at wherever ../shared really is."""
    from ttdn_i18n.formats.schemas import xliff21_driver_text, xliff21_schema

    if not (SCHEMAS / "xliff_core_2.0.xsd").exists():
        return None
    assert xliff21_driver_text().count("../../shared/schemas/xliff-2.1/") == 4
    return xliff21_schema(SCHEMAS)


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    loaded = driver_schema()
    if loaded is None:
        pytest.skip(f"../shared not found: no XLIFF 2.1 schemas in {SCHEMAS}")
    return loaded


@pytest.fixture(scope="module")
def core_only() -> etree.XMLSchema:
    if not (SCHEMAS / "xliff_core_2.0.xsd").exists():
        pytest.skip(f"../shared not found: no XLIFF 2.1 schemas in {SCHEMAS}")
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "xliff_core_2.0.xsd")))


PROV = Provenance("0.1.0", "ctranslate2", "translate-vi_lo-1.1", "pivot:en",
                  "ttdn-core@sha256:0123456789ab", "beam=4,n=3")


def at(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def rich_document() -> Document:
    title = "Tỉnh Kon Tum đẩy mạnh công tác thông tin đối ngoại"
    para = "Ảnh: Phương Hoa/TTXVN, theo Kế hoạch số 3083/KH-UBND."
    units = (
        Unit(
            "b0-s0", title, "Kon Tum Province steps up external information work",
            State.NEEDS_REVIEW, "mt", BlockType.TITLE, 0,
            alternatives=(Alternative("Kon Tum boosts foreign information", "mt:a-1.0", 0.82),
                          Alternative("TM hit", "tm:project", 87.5),
                          Alternative("log-prob scored", "mt:b-2.0", -1.25),
                          Alternative("unscored", "previous")),
            terms=(
                TermHit("tinh-kt", *at(title, "Tỉnh Kon Tum"), "Tỉnh Kon Tum", "tỉnh Kon Tum",
                        "Kon Tum Province", "approved", present=True),
                TermHit("kt", *at(title, "Kon Tum"), "Kon Tum", "Kon Tum", "Kon Tum", "approved"),
                TermHit("ttdn", *at(title, "thông tin đối ngoại"), "thông tin đối ngoại",
                        "thông tin đối ngoại", "external information", "approved",
                        ("foreign propaganda", "overseas information"), present=False,
                        forbidden_found=("foreign propaganda",)),
            ),
            # Crosses "Tỉnh Kon Tum" and "Kon Tum": written as <sm/>…<em/>.
            protected=(Span(*at(title, "Tum đẩy"), "name"),),
        ),
        Unit("b1-s0", "24/09/2023 13:39", "24/09/2023 13:39", State.FINAL, "",
             BlockType.DATELINE, 1, translate=False),
        Unit("b2 s0/odd id", "Câu có id lạ", "ປະໂຫຍກ", State.TRANSLATED, "human", BlockType.LEAD,
             2, notes=(Note("checked", "reviewer-lan", "target"), Note("plain"))),
        Unit("u1", "Trùng với id sinh ra?", "", State.NEW, "", BlockType.PARAGRAPH, 3,
             flags=(Flag("spam", "injected betting text", "bet365 — «x»", "error"),
                    Flag("foreign-language", "", "", "info"))),
        Unit("b3-s1", "Dòng\x0bcó ký tự lạ \ud800", "ok", State.SIGNED_OFF, "tm",
             BlockType.PARAGRAPH, 3),
        Unit("b4-s0", para, para, State.FINAL, "", BlockType.CAPTION, 4, translate=False,
             protected=(Span(0, len(para), "credit"),)),
        Unit("block-5", "Nguyễn Văn A", "", State.NEW, "mt", BlockType.BYLINE, 5),
        Unit("b9-s0", "Mục khác", "", State.NEW, "", BlockType.BOILERPLATE, 9),
    )
    return Document(
        article_id="ttxvn 2024/07/17",
        original="https://baotintuc.vn/a b.htm",
        source_lang="vi",
        target_lang="lo",
        datatype="html",
        units=units,
        provenance=PROV,
        source_checksum="sha256:" + "cd" * 32,
        date="2024-07-17",
        notes=(Note("Batch 7", "lead-editor"), Note("for the source", "", "source")),
    )


def _expected(doc: Document) -> Document:
    """What reading gives back: the forbidden characters come back as U+FFFD + a note."""
    units = []
    for u in doc.units:
        if "\x0b" in u.source:
            units.append(dataclasses.replace(
                u,
                source=u.source.replace("\x0b", "\ufffd").replace("\ud800", "\ufffd"),
                notes=(Note("control characters XML 1.0 cannot hold were replaced by U+FFFD: "
                            "source at 4, 17 (0-based character positions)", "ttdn-xml"),),
            ))
        else:
            units.append(u)
    return dataclasses.replace(doc, units=tuple(units))


# --------------------------------------------------------------------------- validity


def test_rich_document_validates_with_module_schemas(schema: etree.XMLSchema) -> None:
    data = dump_xliff21(rich_document())
    root = etree.fromstring(data)
    assert schema.validate(root), str(schema.error_log)
    assert root.get("version") == "2.1" and root.get("trgLang") == "lo"
    assert root.find("x:file", NS).get("id") == "ttxvn_2024_07_17"
    seg = root.find(".//x:unit[@id='b0-s0']/x:segment", NS)
    assert (seg.get("state"), seg.get("subState")) == ("initial", "ttdn:mt")
    assert root.find(".//x:unit[@id='b1-s0']", NS).get("translate") == "no"
    qualities = [m.get("matchQuality") for m in root.iterfind(".//mtc:match", NS)]
    assert qualities == ["82", "87.5", None, None]
    assert [e.get("ref") for e in root.iterfind(".//gls:glossEntry", NS)] == ["#t0", "#t1", "#t2"]
    # The protected span wins; the two term hints crossing it become <sm/>…<em/>.
    title_source = root.find(".//x:unit[@id='b0-s0']/x:segment/x:source", NS)
    assert [m.get("id") for m in title_source.iter(f"{{{NAMESPACE}}}mrk")] == ["p0", "t2"]
    assert [m.get("id") for m in title_source.iter(f"{{{NAMESPACE}}}sm")] == ["t0", "t1"]
    doc_meta = {m.get("type"): m.text for m in root.iterfind("x:file/mda:metadata//mda:meta", NS)}
    assert doc_meta["provenance"] == PROV.signature
    assert doc_meta["source"] == "https://baotintuc.vn/a b.htm"
    assert doc_meta["source-checksum"] == "sha256:" + "cd" * 32


def test_every_reference_points_into_its_unit() -> None:
    root = etree.fromstring(dump_xliff21(rich_document()))
    for unit in root.iterfind(".//x:unit", NS):
        ids = {el.get("id") for el in unit.iter() if el.get("id")}
        for el in unit.iter():
            ref = el.get("ref") or el.get("startRef")
            if ref is not None:
                assert ref.lstrip("#") in ids, (unit.get("id"), ref)


def test_driver_validates_module_content_the_core_lets_through(
    schema: etree.XMLSchema, core_only: etree.XMLSchema
) -> None:
    root = etree.fromstring(dump_xliff21(rich_document()))
    root.find(".//mtc:match", NS).set("matchQuality", "150")
    assert core_only.validate(root), "the core schema checks modules laxly"
    assert not schema.validate(root)
    assert "matchQuality" in str(schema.error_log)


def test_unit_id_collisions_are_avoided() -> None:
    root = etree.fromstring(dump_xliff21(rich_document()))
    ids = [el.get("id") for el in root.iter(f"{{{NAMESPACE}}}unit", f"{{{NAMESPACE}}}group")]
    assert len(ids) == len(set(ids))
    odd = root.find(".//x:unit[@name='b2 s0/odd id']", NS)
    assert odd is not None and re.fullmatch(r"[\w.\-]+", odd.get("id"))


# --------------------------------------------------------------------------- round trip


def test_round_trip_is_exact() -> None:
    doc = rich_document()
    assert parse_document(dump_xliff21(doc), name="a.xliff") == _expected(doc)


def test_empty_document_is_still_valid(schema: etree.XMLSchema) -> None:
    doc = dataclasses.replace(rich_document(), units=())
    data = dump_xliff21(doc)
    assert schema.validate(etree.fromstring(data)), str(schema.error_log)
    assert parse_document(data, name="e") == doc


VI = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
TEXT = st.text(alphabet=VI + VI.upper() + "0123456789 .,;:!?'\"()[]&<>-/—«»→|\n\t\r", max_size=40)
NONBLANK = TEXT.filter(lambda s: s.strip() != "")


@st.composite
def units(draw: st.DrawFn, uid: str) -> Unit:
    source = draw(NONBLANK)
    translate = draw(st.booleans())
    state = draw(st.sampled_from(State if translate else [s for s in State if s is not State.NEW]))
    if not translate:
        target = source
    elif state is State.NEW:
        target = ""
    else:
        target = draw(NONBLANK) if state is State.NEEDS_REVIEW else draw(TEXT)

    def span() -> tuple[int, int]:  # any non-empty range: spans may overlap and cross
        start = draw(st.integers(0, len(source) - 1))
        return start, draw(st.integers(start + 1, len(source)))

    terms = tuple(
        TermHit(draw(TEXT), s, e, source[s:e], draw(TEXT), draw(TEXT),
                draw(st.sampled_from([*TermStatus, None])),
                tuple(draw(st.lists(TEXT, max_size=2))), draw(st.none() | st.booleans()),
                tuple(draw(st.lists(TEXT, max_size=1))))
        for s, e in (span() for _ in range(draw(st.integers(0, 3))))
    )
    protected = tuple(Span(*span(), draw(TEXT)) for _ in range(draw(st.integers(0, 2))))
    return Unit(
        id=uid,
        source=source,
        target=target,
        state=state,
        origin=draw(st.sampled_from(list(Origin))),
        block_type=draw(st.sampled_from(BlockType)),
        block_index=draw(st.integers(0, 3)),
        translate=translate,
        alternatives=tuple(draw(st.lists(st.builds(
            Alternative, TEXT, TEXT, st.none() | st.floats(allow_nan=False)), max_size=2))),
        notes=tuple(draw(st.lists(st.builds(
            Note, TEXT, TEXT.filter(lambda a: not a.startswith("ttdn-")),
            st.sampled_from(["general", "source", "target"])), max_size=2))),
        terms=terms,
        flags=tuple(draw(st.lists(
            st.builds(Flag, TEXT, TEXT, TEXT, st.sampled_from(list(Severity))), max_size=2))),
        protected=protected,
    )


@st.composite
def documents(draw: st.DrawFn) -> Document:
    ids = draw(st.lists(TEXT.filter(lambda s: s != ""), max_size=5, unique=True))
    return Document(
        article_id=draw(NONBLANK),
        original=draw(TEXT),
        source_lang="vi",
        target_lang=draw(st.sampled_from(["en", "lo", "km", ""])),
        datatype=draw(TEXT),
        units=tuple(draw(units(uid)) for uid in ids),
        provenance=PROV,
        source_checksum=draw(TEXT),
        date=draw(TEXT),
        notes=tuple(draw(st.lists(st.builds(
            Note, TEXT, TEXT, st.sampled_from(["general", "source", "target"])), max_size=2))),
    )


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_round_trip_property(doc: Document) -> None:
    data = dump_xliff21(doc)
    assert parse_document(data, name="prop.xliff") == doc
    schema = driver_schema()  # validity is checked too when ../shared is there
    if schema is not None:
        assert schema.validate(etree.fromstring(data)), str(schema.error_log)


# --------------------------------------------------------------------------- CAT tools


def test_cat_tool_saved_file() -> None:
    """Other prefixes, BOM, CRLF, foreign attributes and elements, notes reordered,
    inline codes in the target, a unit split into two segments, no metadata."""
    data = """<?xml version="1.0" encoding="UTF-8"?>
<z:xliff xmlns:z="urn:oasis:names:tc:xliff:document:2.0"
    xmlns:m="urn:oasis:names:tc:xliff:matches:2.0" xmlns:o="urn:other"
    version="2.1" srcLang="vi" trgLang="km" o:by="tool">
  <z:file id="f1" original="a.txt">
    <o:junk>ignored</o:junk>
    <z:group id="block-2" type="ttdn:heading">
      <z:unit id="u1" o:locked="no">
        <m:matches><m:match ref="#s1" matchQuality="75" origin="tm"><z:source>Xin chào</z:source>
          <z:target>សួស្តី</z:target></m:match></m:matches>
        <z:notes><z:note category="reviewer" appliesTo="target">ok</z:note>
          <z:note category="ttdn-qa" priority="1">[warning] spam: odd — evidence: «x»</z:note>
        </z:notes>
        <z:segment id="s1" state="translated" subState="ttdn:human">
          <z:source>Xin <z:pc id="1">chào</z:pc></z:source>
          <z:target><z:pc id="1">សួស្តី</z:pc></z:target>
        </z:segment>
        <z:ignorable><z:source> </z:source></z:ignorable>
        <z:segment id="s2" state="reviewed">
          <z:source>bạn<z:cp hex="0B"/></z:source>
          <z:target><z:mrk id="m1" type="comment" value="x">មិត្ត</z:mrk></z:target>
        </z:segment>
      </z:unit>
      <z:unit id="u2"><z:segment state="translated"><z:source>Hai</z:source>
        <z:target>ពីរ</z:target></z:segment></z:unit>
      <z:unit id="u3"><z:segment><z:source>Ba</z:source></z:segment></z:unit>
    </z:group>
    <z:unit id="u4"><z:segment state="final"><z:source>Bốn</z:source><z:target>បួន</z:target>
    </z:segment></z:unit>
  </z:file>
</z:xliff>"""
    raw = b"\xef\xbb\xbf" + data.replace("\n", "\r\n").encode("utf-8")
    doc = parse_document(raw, name="saved.xliff")
    assert (doc.article_id, doc.target_lang, doc.original) == ("f1", "km", "a.txt")
    u1, u2, u3, u4 = doc.units
    assert (u1.source, u1.target) == ("Xin chào bạn\x0b", "សួស្តី មិត្ត")
    assert (u1.state, u1.origin) == (State.TRANSLATED, "human")
    assert (u1.block_type, u1.block_index) == (BlockType.HEADING, 2)
    assert u1.alternatives == (Alternative("សួស្តី", "tm", 75.0),)
    assert u1.notes == (Note("ok", "reviewer", "target"),)
    assert u1.flags == (Flag("spam", "odd", "x", "warning"),)
    assert (u2.state, u2.origin) == (State.TRANSLATED, "human")  # "translated" by another tool
    assert (u3.state, u3.target, u3.origin) == (State.NEW, "", "")
    assert (u4.state, u4.block_type, u4.block_index) == (State.FINAL, BlockType.PARAGRAPH, 0)


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        ('<segment state="initial"><source>s</source></segment>', State.NEW),
        ('<segment><source>s</source><target>t</target></segment>', State.NEEDS_REVIEW),
        # Another tool moved our MT on to "translated" and kept our subState: reviewed.
        ('<segment state="translated" subState="ttdn:mt"><source>s</source><target>t</target>'
         "</segment>", State.TRANSLATED),
        ('<segment state="translated" subState="other:x"><source>s</source><target>t</target>'
         "</segment>", State.TRANSLATED),
        ('<segment state="initial" subState="ttdn:mt"><source>s</source><target>t</target>'
         "</segment>", State.NEEDS_REVIEW),
        ('<segment state="translated" subState="ttdn:human"><source>s</source><target>t</target>'
         "</segment>", State.TRANSLATED),
        ('<segment state="reviewed"><source>s</source><target>t</target></segment>',
         State.SIGNED_OFF),
        ('<segment state="final"><source>s</source><target>t</target></segment>', State.FINAL),
        ('<segment state="final"><source>s</source><target>t</target></segment>'
         '<segment state="translated" subState="ttdn:human"><source>s</source><target>t</target>'
         "</segment>", State.TRANSLATED),
        ('<segment state="final"><source>s</source><target>t</target></segment>'
         '<segment state="initial"><source>s</source></segment>', State.NEEDS_REVIEW),
    ],
)
def test_state_mapping_on_read(segment: str, expected: State) -> None:
    data = (f'<xliff xmlns="{NAMESPACE}" version="2.1" srcLang="vi"><file id="f">'
            f'<unit id="u">{segment}</unit></file></xliff>').encode()
    assert parse_document(data, name="s").units[0].state is expected


# --------------------------------------------------------------------------- files and errors


def test_write_read_and_sniff(tmp_path: Path) -> None:
    doc = rich_document()
    path = tmp_path / f"a{get_format('xliff21').suffix}"
    write_document(doc, path, "xliff21")
    assert read_document(path) == _expected(doc)
    other = tmp_path / "a.xlf"
    write_document(doc, other, "xliff21")
    assert detect_format(other.read_bytes(), name=str(other)).name == "xliff21"
    assert read_document(other) == _expected(doc)


def test_errors() -> None:
    with pytest.raises(FormatError, match="occurs twice"):
        dump_xliff21(dataclasses.replace(rich_document(), units=(Unit("a", "x"), Unit("a", "y"))))
    with pytest.raises(FormatError, match="has no <segment>"):
        parse_document(f'<xliff xmlns="{NAMESPACE}" version="2.1" srcLang="vi"><file id="f">'
                      '<unit id="u"/></file></xliff>'.encode(), name="e")
    with pytest.raises(FormatError, match="is not XLIFF 2.x"):
        get_format("xliff21").parse(
            Probe(b'<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"/>', "e"))
    with pytest.raises(FormatError, match="is not XLIFF 1.2, XLIFF 2.x or PO"):
        detect_format(f'<xliff xmlns="{NAMESPACE}" version="3.0"/>'.encode(), name="v3.xliff")
