"""The SQLite translation memory and TMX 1.4b import/export."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from ttdn_i18n.cli import cli
from ttdn_i18n.errors import FormatError, TMError
from ttdn_i18n.formats.tmx import parse_tmx
from ttdn_i18n.model import Document, Provenance, State, Unit
from ttdn_i18n.review.tm import TMMatch, default_tm_path, export_tmx, import_file, open_tm

SRC_DIR = Path(__file__).resolve().parents[1] / "src"
PROV = Provenance("0.1.0", "none", "", "none", "none")

NEW_TONE = "Chính sách đối ngoại hòa bình, hữu nghị của Việt Nam."
OLD_TONE = "Chính sách đối ngoại hoà bình, hữu nghị của Việt Nam."
EN = "Vietnam's foreign policy of peace and friendship."


def test_default_path(tmp_path: Path) -> None:
    assert default_tm_path(tmp_path) == tmp_path / "ttdn-tm.sqlite"


def test_lookup_matches_nfd_old_tone_and_case(tmp_path: Path) -> None:
    with open_tm(tmp_path / "tm.sqlite") as tm:
        tm.add(OLD_TONE, EN, source_lang="vi", target_lang="en", state=State.SIGNED_OFF)
        for query in (NEW_TONE, OLD_TONE, unicodedata.normalize("NFD", NEW_TONE),
                      NEW_TONE.upper(), "  " + NEW_TONE.replace(" ", "\u00a0")):
            match = tm.lookup(query, "vi-VN", "en_US")
            assert match is not None, query
            assert (match.target, match.state) == (EN, State.SIGNED_OFF)
            assert match.source == OLD_TONE  # the author's spelling is kept
        assert tm.lookup(NEW_TONE, "vi", "lo") is None
        assert tm.lookup("Một câu khác.", "vi", "en") is None
        assert len(tm) == 1


def test_adding_again_replaces_the_target_and_keeps_one_entry(tmp_path: Path) -> None:
    with open_tm(tmp_path / "tm.sqlite") as tm:
        tm.add(OLD_TONE, EN, source_lang="vi", target_lang="en", state=State.TRANSLATED)
        first = tm.lookup(NEW_TONE, "vi", "en")
        tm.add(NEW_TONE, EN + " (edited)", source_lang="vi", target_lang="en",
               state=State.FINAL, note="approved by desk")
        again = tm.lookup(OLD_TONE, "vi", "en")
        assert len(tm) == 1
    assert first is not None and again is not None
    assert (again.target, again.state, again.note) == (EN + " (edited)", State.FINAL,
                                                       "approved by desk")
    assert again.created == first.created


def test_empty_source_or_target_is_refused(tmp_path: Path) -> None:
    with open_tm(tmp_path / "tm.sqlite") as tm, pytest.raises(TMError, match="non-empty"):
        tm.add("  ", EN, source_lang="vi", target_lang="en", state=State.TRANSLATED)


def test_only_reviewed_units_are_stored(tmp_path: Path) -> None:
    units = (
        Unit("s1", "Câu thứ nhất đã dịch.", "First sentence.", State.TRANSLATED, "human"),
        Unit("s2", "Câu thứ hai đã duyệt.", "Second sentence.", State.SIGNED_OFF, "mt"),
        Unit("s3", "Câu thứ ba hoàn tất.", "Third sentence.", State.FINAL, "tm"),
        Unit("s4", "Câu thứ tư máy dịch.", "Fourth sentence.", State.NEEDS_REVIEW, "mt"),
        Unit("s5", "Câu thứ năm chưa dịch.", "", State.NEW),
        Unit("s6", "Câu thứ sáu rỗng.", " ", State.TRANSLATED),
        Unit("s7", "Ảnh: H.L", "Ảnh: H.L", State.FINAL, "source", translate=False),
    )
    doc = Document("a", "a.txt", "vi", "en-GB", "plaintext", units, PROV)
    with open_tm(tmp_path / "tm.sqlite") as tm:
        assert tm.add_reviewed(doc) == 3
        assert sorted(e.target for e in tm.entries()) == [
            "First sentence.", "Second sentence.", "Third sentence."
        ]
        assert tm.lookup("Câu thứ tư máy dịch.", "vi", "en") is None
        hit = tm.lookup("câu thứ hai đã duyệt.", "vi", "en")
    assert hit is not None and (hit.state, hit.origin, hit.target_lang) == (
        State.SIGNED_OFF, "mt", "en")


# --- TMX -------------------------------------------------------------------------------------


def test_tmx_export_import_round_trip(tmp_path: Path) -> None:
    entries = [
        TMMatch(OLD_TONE, EN, "vi", "en", State.SIGNED_OFF, "human", "checked by desk"),
        TMMatch("Hợp tác Việt Nam – Lào <đặc biệt> & bền vững.", "ການຮ່ວມມື ວຽດນາມ – ລາວ",
                "vi", "lo", State.TRANSLATED, "tm"),
        TMMatch("Quan hệ Việt Nam – Campuchia.", "ទំនាក់ទំនង វៀតណាម – កម្ពុជា", "vi", "km",
                State.FINAL),
    ]
    with open_tm(tmp_path / "a.sqlite") as tm:
        assert tm.add_many(entries) == 3
        assert export_tmx(tm, tmp_path / "out.tmx") == 3
    root = etree.fromstring((tmp_path / "out.tmx").read_bytes())
    assert root.tag == "tmx" and root.get("version") == "1.4"
    header = root.find("header")
    assert header is not None and dict(header.attrib) == {
        "creationtool": "ttdn-i18n",
        "creationtoolversion": "0.1.0",
        "segtype": "sentence",
        "o-tmf": "ttdn-sqlite",
        "adminlang": "en",
        "srclang": "vi",
        "datatype": "plaintext",
    }
    assert len(root.findall("body/tu")) == 3
    assert not list(tmp_path.glob(".*.tmp"))
    with open_tm(tmp_path / "b.sqlite") as tm2:
        assert import_file(tm2, tmp_path / "out.tmx") == 3
        back = sorted(tm2.entries(), key=lambda e: e.target_lang)
    key = lambda e: (e.source, e.target, e.source_lang, e.target_lang, e.state, e.note)  # noqa: E731
    assert [key(e) for e in back] == [key(e) for e in sorted(entries, key=lambda e: e.target_lang)]
    assert back[0].origin == "human"
    assert back[1].origin == "tmx:out.tmx"  # no origin was recorded: say where it came from


OTHER_TOOL_TMX = """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="OmegaT" creationtoolversion="6.0.0" segtype="sentence"
          o-tmf="OmegaT TMX" adminlang="EN-US" srclang="vi-VN" datatype="plaintext"
          o-encoding="UTF-8">
    <prop type="x-project">ttdn</prop>
  </header>
  <body>
    <tu tuid="1" creationid="translator" changedate="20240101T101010Z" usagecount="3">
      <prop type="x-context">para-1</prop>
      <note>from the 2023 review</note>
      <tuv xml:lang="vi-VN" creationdate="20240101T101010Z">
        <seg>Hội nghị <bpt i="1">&lt;b&gt;</bpt>thông tin<ept i="1">&lt;/b&gt;</ept> đối \
ngoại<ph x="2">&lt;br/&gt;</ph></seg>
      </tuv>
      <tuv xml:lang="en-US">
        <seg>Conference on <hi type="b">external</hi> information<ph x="2">{2}</ph></seg>
      </tuv>
      <tuv xml:lang="lo-LA">
        <seg>ກອງປະຊຸມ</seg>
      </tuv>
    </tu>
    <tu>
      <tuv xml:lang="en-US"><seg>Only English here.</seg></tuv>
    </tu>
    <tu srclang="en-US">
      <tuv xml:lang="en-US"><seg>Hello.</seg></tuv>
      <tuv xml:lang="vi-VN"><seg>Xin chào.</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="vi-VN"><seg>Câu chưa dịch.</seg></tuv>
      <tuv xml:lang="en-US"><seg>   </seg></tuv>
    </tu>
  </body>
</tmx>
"""


def test_tmx_from_another_cat_tool(tmp_path: Path) -> None:
    path = tmp_path / "omegat.tmx"
    path.write_text(OTHER_TOOL_TMX, encoding="utf-8")
    with open_tm(tmp_path / "tm.sqlite") as tm:
        assert import_file(tm, path) == 3
        en = tm.lookup("Hội nghị thông tin đối ngoại", "vi", "en")
        lo = tm.lookup("hội nghị thông tin đối ngoại", "vi", "lo")
        reverse = tm.lookup("Hello.", "en", "vi")
    assert en is not None and lo is not None and reverse is not None
    assert en.source == "Hội nghị thông tin đối ngoại"  # <bpt>/<ept>/<ph> codes dropped
    assert en.target == "Conference on external information"  # <hi> text kept
    assert (en.state, en.origin, en.note) == (State.NEEDS_REVIEW, "tmx:omegat.tmx",
                                              "from the 2023 review")
    assert lo.target == "ກອງປະຊຸມ"
    assert reverse.target == "Xin chào."


def test_tmx_with_an_external_entity_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-PASSWORD-42", encoding="utf-8")
    evil = tmp_path / "evil.tmx"
    evil.write_text(
        f"""<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file://{secret}">]>
<tmx version="1.4"><header srclang="vi" creationtool="x" creationtoolversion="1"
segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/>
<body><tu><tuv xml:lang="vi"><seg>Xin chào</seg></tuv>
<tuv xml:lang="en"><seg>&xxe;</seg></tuv></tu></body></tmx>""",
        encoding="utf-8",
    )
    with open_tm(tmp_path / "tm.sqlite") as tm:
        with pytest.raises(FormatError) as info:
            import_file(tm, evil)
        assert "TOP-SECRET" not in str(info.value)
        assert "declares XML entities" in str(info.value)
        assert len(tm) == 0
    assert b"TOP-SECRET" not in (tmp_path / "tm.sqlite").read_bytes()


def test_a_file_that_is_not_tmx(tmp_path: Path) -> None:
    path = tmp_path / "x.tmx"
    path.write_text("<xliff version='1.2'/>", encoding="utf-8")
    with pytest.raises(FormatError, match=r"is not a TMX file \(its root element is <xliff>\)"):
        parse_tmx(path.read_bytes(), what=str(path))


def test_unknown_extension(tmp_path: Path) -> None:
    with open_tm(tmp_path / "tm.sqlite") as tm, pytest.raises(TMError) as info:
        import_file(tm, tmp_path / "memory.csv")
    assert str(info.value) == (
        f"cannot import {tmp_path / 'memory.csv'}: unknown file type '.csv'; "
        "give a .tmx file or a translator file (.xlf, .xliff, .po or .pot)"
    )


def test_reviewed_units_import_from_xliff(tmp_path: Path) -> None:
    try:
        from ttdn_i18n.formats import write_document

        units = (
            Unit("s1", "Câu đã duyệt.", "Reviewed sentence.", State.SIGNED_OFF, "human"),
            Unit("s2", "Câu máy dịch.", "Machine sentence.", State.NEEDS_REVIEW, "mt"),
        )
        doc = Document("a", "a.txt", "vi", "en", "plaintext", units, PROV)
        write_document(doc, tmp_path / "a.xlf", "xliff12")
    except ImportError as exc:  # pragma: no cover - until every format module exists
        pytest.skip(f"formats not importable yet: {exc}")
    with open_tm(tmp_path / "tm.sqlite") as tm:
        assert import_file(tm, tmp_path / "a.xlf") == 1
        assert [e.target for e in tm.entries()] == ["Reviewed sentence."]


# --- durability and errors -------------------------------------------------------------------

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from ttdn_i18n.model import State
    from ttdn_i18n.review.tm import TMMatch, open_tm

    with open_tm(Path(sys.argv[1])) as tm:
        done = 0
        while True:
            batch = [TMMatch(f"Câu số {n} về hợp tác Việt Nam – Lào.", f"Sentence {n}.",
                             "vi", "en", State.TRANSLATED) for n in range(done, done + 20)]
            tm.add_many(batch)
            done += 20
            print(done, flush=True)
    """
)


def test_sigkill_mid_write_leaves_a_consistent_database(tmp_path: Path) -> None:
    db = tmp_path / "tm.sqlite"
    env = {**os.environ, "PYTHONPATH": str(SRC_DIR)}
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(db)], stdout=subprocess.PIPE,
                            text=True, env=env)
    assert proc.stdout is not None
    committed = 0
    deadline = time.monotonic() + 60
    try:
        while committed < 400 and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            committed = int(line)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert committed >= 400, "the writer did not get far enough before the deadline"

    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    with open_tm(db) as tm:
        stored = len(tm)
        # Every batch is one transaction: all of it or none of it is there.
        assert stored >= committed and stored % 20 == 0
        for i in (0, committed // 2, committed - 1):
            hit = tm.lookup(f"Câu số {i} về hợp tác Việt Nam – Lào.", "vi", "en")
            assert hit is not None and hit.target == f"Sentence {i}."


def test_corrupt_database_message(tmp_path: Path) -> None:
    db = tmp_path / "tm.sqlite"
    db.write_bytes(b"this is not an sqlite database, just junk " * 200)
    with pytest.raises(TMError) as info:
        open_tm(db)
    assert str(info.value) == (
        f"the translation memory {db} is corrupt (file is not a database); "
        "restore it from backup or delete it to start empty"
    )


def test_another_sqlite_database_is_not_a_tm(tmp_path: Path) -> None:
    db = tmp_path / "other.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE customers (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(TMError, match="is an SQLite database but not a ttdn-i18n translation"):
        open_tm(db)


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "tm.sqlite"
    open_tm(db).close()
    conn = sqlite3.connect(db)
    conn.execute("UPDATE schema_version SET version = 99")
    conn.commit()
    conn.close()
    with pytest.raises(TMError, match=r"newer ttdn-i18n \(schema 99, this version reads 1\)"):
        open_tm(db)


def test_closed_memory(tmp_path: Path) -> None:
    tm = open_tm(tmp_path / "tm.sqlite")
    tm.close()
    with pytest.raises(TMError, match="is closed; open it again"):
        tm.lookup(NEW_TONE, "vi", "en")


# --- CLI -------------------------------------------------------------------------------------


def test_cli_import_and_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "omegat.tmx").write_text(OTHER_TOOL_TMX, encoding="utf-8")
    runner = CliRunner()
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    # No memory named: the message says how to name one, nothing is created.
    res = runner.invoke(cli, ["tm", "import", str(tmp_path / "omegat.tmx")])
    assert res.exit_code == 1
    assert res.stderr == ("Error: which memory? pass --out DIR (the folder translate wrote to; "
                          "its memory is DIR/ttdn-tm.sqlite) or --tm PATH\n")
    assert not Path("ttdn-tm.sqlite").exists()
    # --out DIR: the memory translate keeps in its output folder.
    res = runner.invoke(cli, ["tm", "import", str(tmp_path / "omegat.tmx"), "--out", "proj"])
    assert res.exit_code == 0, res.output
    assert res.stdout == (
        f"{tmp_path / 'omegat.tmx'}: imported 3 entries\nproj/ttdn-tm.sqlite: 3 entries\n"
    )
    assert Path("proj/ttdn-tm.sqlite").is_file()
    res = runner.invoke(cli, ["tm", "export", "all.tmx", "--out", "proj"])
    assert res.exit_code == 0, res.output
    assert res.stdout == "all.tmx: exported 3 entries from proj/ttdn-tm.sqlite\n"
    assert len(parse_tmx(Path("all.tmx").read_bytes(), what="all.tmx")) == 3

    custom = tmp_path / "custom.sqlite"
    res = runner.invoke(cli, ["tm", "export", str(tmp_path / "x.tmx"), "--tm", str(custom)])
    assert res.exit_code == 1
    assert res.stderr == (f"Error: no translation memory at {custom}; translate with --out "
                          f"{tmp_path} first, or give the memory's path with --tm\n")


def test_tm_export_finds_the_memory_translate_used(tmp_path: Path) -> None:
    """One rule: `translate --out DIR` keeps its memory where `tm export --out DIR` looks."""
    article = tmp_path / "a.txt"
    article.write_text("Tiêu đề bài viết về thông tin đối ngoại\n\nHội nghị triển khai "
                       "công tác thông tin đối ngoại năm 2024 của tỉnh.\n", encoding="utf-8")
    runner = CliRunner()
    out = tmp_path / "out"
    res = runner.invoke(cli, ["translate", str(article), "--to", "en", "--out", str(out),
                              "--quiet"])
    assert res.exit_code == 0, res.output
    xlf = out / "en" / "a.xlf"
    data = xlf.read_text("utf-8").replace('<target state="new"/>',
                                          '<target state="translated">A title</target>', 1)
    xlf.write_text(data, "utf-8")
    res = runner.invoke(cli, ["translate", str(article), "--to", "en", "--out", str(out),
                              "--quiet"])  # the rerun stores the reviewed unit in the memory
    assert res.exit_code == 0, res.output
    res = runner.invoke(cli, ["tm", "export", str(tmp_path / "m.tmx"), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert res.stdout == f"{tmp_path / 'm.tmx'}: exported 1 entry from {out / 'ttdn-tm.sqlite'}\n"

    (tmp_path / "bad.sqlite").write_bytes(b"junk" * 1000)
    res = runner.invoke(cli, ["tm", "import", str(tmp_path / "omegat.tmx"),
                              "--tm", str(tmp_path / "bad.sqlite")])
    assert res.exit_code == 1
    assert res.stderr.startswith(f"Error: the translation memory {tmp_path / 'bad.sqlite'} is "
                                 "corrupt (file is not a database)")
