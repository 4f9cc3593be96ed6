"""PO: state and fuzzy mapping, header, round trips, edits in a PO editor, Translate Toolkit."""

from __future__ import annotations

import dataclasses
import unicodedata
from pathlib import Path

import polib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ttdn_i18n import __version__
from ttdn_i18n.errors import FormatError
from ttdn_i18n.formats import dump_document, parse_document, read_document, write_document
from ttdn_i18n.formats.po import PROTECTED_FLAG, dump_po
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
    Unit,
)

PROV = Provenance("0.1.0", "ctranslate2", "translate-vi_km-1.0", "pivot:en",
                  "ttdn-core@sha256:0123456789ab", "beam=4")


def at(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def rich_document() -> Document:
    title = "Tỉnh Kon Tum đẩy mạnh công tác thông tin đối ngoại"
    units = (
        Unit(
            "b0-s0", title, "ខេត្តកុងទុំ", State.NEEDS_REVIEW, "mt", BlockType.TITLE, 0,
            alternatives=(Alternative("line one\nline two \\n literal", "mt:a-1.0", 0.5),
                          Alternative("no score (really)", "previous")),
            terms=(TermHit("kt", *at(title, "Kon Tum"), "Kon Tum", "Kon Tum", "កុងទុំ", "approved",
                           ("Kontum",)),),
            flags=(Flag("spam", "injected betting text", "bet365 tiếng việt", "error"),),
            notes=(Note("check the province name", "reviewer-lan", "target"),
                   Note("two\nlines", "reviewer-minh")),
        ),
        Unit("b1-s0", "24/09/2023 13:39", "", State.FINAL, "", BlockType.DATELINE, 1,
             translate=False, protected=(Span(0, 16, "code"),)),
        Unit("b2-s0", "Câu \"trích dẫn\"\tvà\\ tab", "", State.NEW, "", BlockType.LEAD, 2),
        Unit("b3-s0", "Đã dịch", "បានបកប្រែ", State.TRANSLATED, "human", BlockType.PARAGRAPH, 3),
        Unit("b3-s1", "Đã duyệt", "បានពិនិត្យ", State.SIGNED_OFF, "tm", BlockType.PARAGRAPH, 3),
        Unit("b4-s0", "Hoàn tất", "រួចរាល់", State.FINAL, "mt", BlockType.LIST_ITEM, 4),
        Unit("b5-s0", "Dòng\x0bxấu", "ok", State.TRANSLATED, "human", BlockType.CAPTION, 5),
    )
    return Document(
        article_id="kontum-2023-09-24",
        original="articles/kontum 2023.txt",
        source_lang="vi",
        target_lang="km",
        datatype="plaintext",
        units=units,
        provenance=PROV,
        source_checksum="sha256:" + "ef" * 32,
        date="2024-05-01",
        notes=(Note("Batch 3", "lead-editor"),),
    )


def expected_after_read(doc: Document) -> Document:
    """What PO can give back: reviewed states collapse to TRANSLATED; a protected
    unit carries its source; TermHit QA results are not kept; bad characters are
    replaced (and noted) like in XLIFF."""
    units = []
    for u in doc.units:
        state = State.TRANSLATED if u.state.reviewed else u.state
        target = u.target or ("" if u.translate else u.source)
        terms = tuple(dataclasses.replace(t, present=None, forbidden_found=()) for t in u.terms)
        notes = u.notes
        source = u.source
        if "\x0b" in source:
            source = source.replace("\x0b", "\ufffd")
            notes = (Note("control characters XML 1.0 cannot hold were replaced by U+FFFD: "
                          "source at 4 (0-based character positions)", "ttdn-xml"),) + notes
        units.append(dataclasses.replace(u, source=source, state=state, target=target,
                                         terms=terms, notes=notes))
    return dataclasses.replace(doc, units=tuple(units))


# --------------------------------------------------------------------------- mapping


def test_entries_header_and_flags() -> None:
    doc = rich_document()
    po = polib.pofile(dump_po(doc).decode("utf-8"))
    meta = po.metadata
    assert meta["Language"] == "km"
    assert meta["X-Generator"] == f"ttdn-i18n {__version__}"
    assert meta["X-TTDN-Provenance"] == PROV.signature
    assert meta["X-TTDN-Source-Checksum"] == "sha256:" + "ef" * 32
    assert meta["Project-Id-Version"] == "kontum-2023-09-24"
    assert meta["Content-Type"] == "text/plain; charset=UTF-8"
    entries = {e.msgctxt: e for e in po}
    assert list(entries) == [u.id for u in doc.units]
    mt = entries["b0-s0"]
    assert mt.fuzzy and mt.msgstr == "ខេត្តកុងទុំ"
    assert "QA [error] spam: injected betting text — evidence: «bet365 tiếng việt»" in mt.tcomment
    assert "glossary: Kon Tum → កុងទុំ (approved) [avoid: Kontum]" in mt.tcomment
    assert "block: title 0" in mt.comment and "origin: mt" in mt.comment
    assert mt.occurrences == [("articles/kontum%202023.txt", "")]
    assert entries["b2-s0"].msgstr == "" and not entries["b2-s0"].fuzzy
    for uid in ("b3-s0", "b3-s1", "b4-s0"):
        assert not entries[uid].fuzzy and entries[uid].msgstr
    protected = entries["b1-s0"]
    assert protected.flags == [PROTECTED_FLAG] and protected.msgstr == protected.msgid


@pytest.mark.parametrize(
    ("flags", "msgstr", "expected"),
    [
        ("", "", State.NEW),
        ("#, fuzzy\n", "", State.NEW),
        ("#, fuzzy\n", "x", State.NEEDS_REVIEW),
        ("#, fuzzy, c-format\n", "x", State.NEEDS_REVIEW),
        ("", "x", State.TRANSLATED),
    ],
)
def test_state_on_read(flags: str, msgstr: str, expected: State) -> None:
    data = f'{flags}msgctxt "u"\nmsgid "s"\nmsgstr "{msgstr}"\n'.encode()
    assert parse_document(data, name="s.po").units[0].state is expected


# --------------------------------------------------------------------------- round trip


def test_round_trip() -> None:
    doc = rich_document()
    assert parse_document(dump_po(doc), name="a.po") == expected_after_read(doc)


VI = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
TEXT = st.text(alphabet=VI + VI.upper() + "0123456789 .,;:!?'\"()&<>-/\\\t\r\n", max_size=40)
# Comment lines: PO editors strip their trailing spaces, so generated notes have none.
LINE = st.text(alphabet=VI + "0123456789 .,;'\"&<>-/\\\t", max_size=30).map(str.strip)
WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=12)
NONBLANK = TEXT.filter(lambda s: s.strip() != "")


@st.composite
def units(draw: st.DrawFn, uid: str) -> Unit:
    source = draw(NONBLANK)
    translate = draw(st.booleans())
    state = draw(st.sampled_from([State.NEW, State.NEEDS_REVIEW, State.TRANSLATED]))
    if not translate:
        state = draw(st.sampled_from([State.NEEDS_REVIEW, State.TRANSLATED]))
        target = source
    else:
        target = "" if state is State.NEW else draw(NONBLANK)
    origin = (Origin.NONE if state is State.NEW or not translate
              else draw(st.sampled_from([Origin.MT, Origin.TM])))

    def span() -> tuple[int, int]:
        start = draw(st.integers(0, len(source) - 1))
        return start, draw(st.integers(start + 1, len(source)))

    terms = tuple(
        TermHit(draw(WORD), s, e, source[s:e], draw(LINE), draw(LINE),
                draw(st.sampled_from(["approved", "proposed"])))
        for s, e in (span() for _ in range(draw(st.integers(0, 2))))
    )
    return Unit(
        id=uid,
        source=source,
        target=target,
        state=state,
        origin=origin,
        block_type=draw(st.sampled_from(BlockType)),
        block_index=draw(st.integers(0, 30)),
        translate=translate,
        alternatives=tuple(draw(st.lists(st.builds(
            Alternative, TEXT, WORD, st.none() | st.floats(allow_nan=False)), max_size=2))),
        notes=tuple(draw(st.lists(st.builds(
            Note, LINE, WORD.filter(lambda w: not w.startswith("ttdn-")),
            st.sampled_from(["general", "source", "target"])), max_size=2))),
        terms=terms,
        flags=tuple(draw(st.lists(st.builds(
            Flag, WORD, LINE, LINE, st.sampled_from(list(Severity))), max_size=2))),
        protected=tuple(Span(*span(), draw(WORD)) for _ in range(draw(st.integers(0, 2)))),
    )


@st.composite
def documents(draw: st.DrawFn) -> Document:
    ids = draw(st.lists(TEXT.filter(lambda s: s != ""), max_size=5, unique=True))
    return Document(
        article_id=draw(WORD),
        original=draw(WORD),
        source_lang="vi",
        target_lang=draw(st.sampled_from(["en", "lo", "km"])),
        datatype=draw(st.sampled_from(["plaintext", "html"])),
        units=tuple(draw(units(uid)) for uid in ids),
        provenance=PROV,
        source_checksum=draw(st.sampled_from(["", "sha256:" + "0f" * 32])),
        date=draw(st.sampled_from(["", "2024-05-01"])),
        notes=tuple(draw(st.lists(st.builds(Note, LINE, WORD), max_size=2))),
    )


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_round_trip_property(doc: Document) -> None:
    assert parse_document(dump_po(doc), name="prop.po") == doc


# --------------------------------------------------------------------------- editors


def test_edit_in_a_po_editor() -> None:
    """A translator un-fuzzies an MT entry after editing it and adds a comment."""
    po = polib.pofile(dump_po(rich_document()).decode("utf-8"))
    entry = po.find("b0-s0", by="msgctxt")
    assert entry is not None
    entry.flags.remove("fuzzy")
    entry.msgstr = "ខេត្តកុងទុំ (edited)"
    entry.tcomment += "\nlooks right now\nsecond line"
    new = po.find("b2-s0", by="msgctxt")
    new.msgstr = "ឃ្លា"
    back = parse_document(str(po).encode("utf-8"), name="edited.po")
    u0 = back.units[0]
    assert (u0.state, u0.origin, u0.target) == (State.TRANSLATED, "mt", "ខេត្តកុងទុំ (edited)")
    assert u0.notes[-1] == Note("two\nlines\nlooks right now\nsecond line", "reviewer-minh")
    assert (back.units[2].state, back.units[2].origin) == (State.TRANSLATED, "human")


def test_comments_wrapped_by_an_editor_read_back_whole() -> None:
    """polib's default wrapwidth (and Poedit) wrap long comment lines; flags must survive."""
    doc = rich_document()
    flag = Flag("spam", "looks like injected SEO spam (brand-like token 'bet365' mixes letters "
                "and digits; underscore-joined phrase 'việt_đặt')",
                evidence="bet365 tiếng việt_đặt cược bet365_cách vào bet365", severity="error")
    doc = dataclasses.replace(doc, units=(dataclasses.replace(doc.units[0], flags=(flag,)),)
                              + doc.units[1:])
    po = polib.pofile(dump_po(doc).decode("utf-8"), wrapwidth=78)
    wrapped = po.__unicode__() if hasattr(po, "__unicode__") else str(po)
    assert any(line.startswith("# ") and "QA [" not in line and "bet365" in line
               for line in wrapped.splitlines()), "the test needs a wrapped comment line"
    back = parse_document(wrapped.encode("utf-8"), name="wrapped.po")
    assert back.units[0].flags == (flag,)
    assert back.units[0].terms == expected_after_read(doc).units[0].terms


def test_plain_translator_comment_gets_an_author() -> None:
    data = (b'msgid ""\nmsgstr ""\n"Language: km\\n"\n\n'
            b'# please check\n# the date\nmsgctxt "u"\nmsgid "s"\nmsgstr "t"\n')
    (unit,) = parse_document(data, name="c.po").units
    assert unit.notes == (Note("please check\nthe date", "translator"),)


def test_translate_toolkit_reads_our_file() -> None:
    tpo = pytest.importorskip("translate.storage.po")
    doc = rich_document()
    store = tpo.pofile.parsestring(dump_po(doc))
    units = [u for u in store.units if not u.isheader()]
    assert [u.getcontext() for u in units] == [u.id for u in doc.units]
    clean = expected_after_read(doc).units
    assert [u.source for u in units] == [u.source for u in clean]
    assert [u.target for u in units] == [u.target for u in clean]
    assert [u.isfuzzy() for u in units] == [u.state is State.NEEDS_REVIEW for u in doc.units]


# --------------------------------------------------------------------------- files and errors


def test_files_and_sniffing(tmp_path: Path) -> None:
    doc = rich_document()
    path = tmp_path / "a.po"
    write_document(doc, path, "po")
    assert read_document(path) == expected_after_read(doc)
    assert read_document(path) == expected_after_read(doc)
    # Recognized by content too, and through the generic API.
    assert parse_document(dump_document(doc, "po"), name="noext") == expected_after_read(doc)


def test_other_encodings_and_bom() -> None:
    # Windows-1258 spells tones with combining marks, so the text comes back decomposed;
    # composing it (NFC) is the source reader's job, not the format's.
    hanoi = "Ha\u0300 N\u00f4\u0323i"
    assert unicodedata.normalize("NFC", hanoi) == "Hà Nội"
    data = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=windows-1258\\n"\n\n'
            f'msgctxt "u"\nmsgid "{hanoi}"\nmsgstr "Hanoi"\n').encode("cp1258")
    assert parse_document(data, name="w.po").units[0].source == hanoi
    assert parse_document(b"\xef\xbb\xbf" + dump_po(rich_document()), name="bom.po").units


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'msgctxt "u"\nmsgid "a"\nbogus line\nmsgstr "b"\n', "is not a valid PO file"),
        (b'msgctxt "u"\nmsgid "a"\nmsgstr "b"\n\nmsgctxt "u"\nmsgid "c"\nmsgstr "d"\n',
         "occurs twice"),
        (b'msgid "\xff\xfe"\nmsgstr ""\n', "is not UTF-8"),
    ],
)
def test_bad_po_files(data: bytes, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        parse_document(data, name="bad.po")


def test_duplicate_unit_ids_are_refused() -> None:
    with pytest.raises(FormatError, match="occurs twice"):
        dump_po(dataclasses.replace(rich_document(), units=(Unit("a", "x"), Unit("a", "y"))))


def test_sniffing_trusts_content_over_extension(tmp_path: Path) -> None:
    doc = rich_document()
    xliff_named_po = tmp_path / "saved-by-cat-tool.po"
    xliff_named_po.write_bytes(dump_document(doc, "xliff12"))
    assert read_document(xliff_named_po).units[0].state is State.NEEDS_REVIEW
    po_named_xlf = tmp_path / "wrong.xlf"
    po_named_xlf.write_bytes(dump_po(doc))
    assert read_document(po_named_xlf) == expected_after_read(doc)
    with pytest.raises(FormatError,
                       match="unknown format 'docx'; use one of: xliff12, xliff21, po"):
        dump_document(doc, "docx")
