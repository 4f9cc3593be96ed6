"""End to end: the `translate` command users run, through a real (tiny) CTranslate2 model."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from lxml import etree

from support import EXAMPLES, GLOSSARY, SHARED
from support import run_cli as _run
from support import schema12 as _schema12

XLIFF_NS = {"x": "urn:oasis:names:tc:xliff:document:1.2"}


def _corpus() -> Path:
    corpus = SHARED / "corpus" / "articles"
    if not corpus.is_dir():
        pytest.skip(f"../shared not found: {corpus} holds the test articles")
    return corpus


def test_corpus_with_models_writes_nine_valid_translated_files(
    tmp_path: Path, installed_models: Path
) -> None:
    schema = _schema12()
    out = tmp_path / "out"
    code, stdout, stderr = _run(
        "translate", str(_corpus()), "--to", "en,lo,km", "--out", str(out),
        "--glossary", str(GLOSSARY),
    )
    assert code == 0, stderr
    files = sorted(out.rglob("*.xlf"))
    assert [f.relative_to(out).as_posix() for f in files] == [
        f"{lang}/{name}.xlf"
        for lang in ("en", "km", "lo")
        for name in ("kontum-2023-09-24", "quangtri-2020-05-08", "ttxvn-2024-07-17")
    ]
    from translate.storage import xliff as tt_xliff

    for f in files:
        tree = etree.parse(str(f))
        schema.assertValid(tree)
        store = tt_xliff.xlifffile.parsestring(f.read_bytes())
        assert len(store.units) > 5
    en = etree.parse(str(out / "en" / "kontum-2023-09-24.xlf"))
    mt_targets = en.findall(".//x:target[@state='needs-review-translation']", XLIFF_NS)
    assert mt_targets, "English must be machine translated by the installed package"
    assert all(t.get("state-qualifier") == "leveraged-mt" for t in mt_targets)
    assert en.findall(".//x:alt-trans", XLIFF_NS), "n-best alternatives belong in <alt-trans>"
    # lo is reached through the English pivot; km has no model at all.
    assert "pivot" in stdout and "lo:" in stdout
    km = etree.parse(str(out / "km" / "kontum-2023-09-24.xlf"))
    assert not km.findall(".//x:target[@state='needs-review-translation']", XLIFF_NS)
    assert "No model for km" in stdout
    assert "Articles: 3" in stdout


def test_corpus_without_models_writes_files_for_human_translation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    schema = _schema12()
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "no-packages"))
    out = tmp_path / "out"
    code, stdout, stderr = _run("translate", str(_corpus()), "--to", "en,lo,km", "--out", str(out))
    assert code == 0, stderr
    files = sorted(out.rglob("*.xlf"))
    assert len(files) == 9
    for f in files:
        tree = etree.parse(str(f))
        schema.assertValid(tree)
        targets = tree.findall(".//x:trans-unit[@translate='yes']/x:target", XLIFF_NS) or \
            tree.findall(".//x:trans-unit/x:target", XLIFF_NS)
        translatable = [t for t in targets if t.getparent().get("translate") != "no"]
        assert translatable and all(not (t.text or "") for t in translatable)
        assert all(t.get("state") in ("new", "needs-translation") for t in translatable)
        notes = " ".join(n.text or "" for n in tree.iter("{*}note"))
        assert "ttdn-i18n models install" in notes
    assert "No model for en, lo, km" in stdout
    assert "models install" in stdout


def test_examples_translate(tmp_path: Path, installed_models: Path) -> None:
    out = tmp_path / "ex"
    code, stdout, stderr = _run("translate", str(EXAMPLES), "--to", "en", "--out", str(out),
                                "--glossary", str(GLOSSARY), "--json")
    assert code == 0, stderr
    summary = json.loads(stdout)
    assert summary["articles"] == 3
    assert summary["languages"][0]["route"] == "direct"
    assert summary["languages"][0]["mt_segments"] > 0
    assert summary["languages"][0]["terms_total"] > 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.txt"], "Error: `missing.txt` does not exist; check the path"),
        (["notes.docx"], "is not a supported article type"),
        (["empty.txt"], "is empty"),
        (["latin1.txt"], "is not valid UTF-8"),
    ],
)
def test_bad_inputs_fail_cleanly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin1.txt").write_bytes("Hội nghị".encode("utf-16-le"))
    out = tmp_path / "out"
    code, stdout, stderr = _run("translate", *args, "--to", "en", "--out", str(out))
    assert code == 1
    assert message in stderr
    assert stderr.startswith("Error: ") and stderr.count("\n") == 1
    assert "Traceback" not in stderr
    assert not out.exists() or not list(out.rglob("*.xlf"))


def test_unknown_language(tmp_path: Path) -> None:
    code, _, stderr = _run("translate", str(EXAMPLES), "--to", "en,xx", "--out",
                           str(tmp_path / "o"))
    assert code == 1
    assert stderr.startswith("Error: unknown language code 'xx'")
    assert not (tmp_path / "o").exists()


def test_quiet_prints_only_errors_and_json_prints_everything(tmp_path: Path) -> None:
    # No model here, so the summary has a "No model" line and a warning-worthy run:
    # --quiet still prints nothing; --json carries it all.
    code, stdout, stderr = _run("translate", str(EXAMPLES), "--to", "en", "--out",
                                str(tmp_path / "q"), "--quiet")
    assert (code, stdout, stderr) == (0, "", "")
    assert list((tmp_path / "q" / "en").glob("*.xlf"))
    code, stdout, stderr = _run("translate", str(EXAMPLES), "--to", "en,xx", "--out",
                                str(tmp_path / "q2"), "--quiet")
    assert code == 1 and stdout == ""
    assert stderr == ("Error: unknown language code 'xx' in --to; use one of: en, km, lo "
                      "(also known: de, es, fr, id, ja, ko, ms, my, ru, th, vi, zh)\n")
    code, stdout, stderr = _run("translate", str(EXAMPLES), "--to", "en", "--out",
                                str(tmp_path / "j"), "--quiet", "--json")
    assert code == 0 and stderr == ""
    summary = json.loads(stdout)
    assert summary["languages"][0]["lang"] == "en"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere: permissions not testable")
def test_unwritable_out(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    code, _, stderr = _run("translate", str(EXAMPLES), "--to", "en", "--out", str(locked / "o"))
    assert code == 1
    assert stderr.startswith("Error: cannot create output folder")


def test_out_is_a_file(tmp_path: Path) -> None:
    # Runs as root too: a regular file can never become a folder.
    target = tmp_path / "file"
    target.write_text("x")
    code, _, stderr = _run("translate", str(EXAMPLES), "--to", "en", "--out", str(target))
    assert code == 1
    assert stderr.startswith("Error: cannot create output folder")
    assert target.read_text() == "x"


def test_project_config_supplies_languages_blocklist_and_engine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, installed_models: Path
) -> None:
    art = tmp_path / "a.txt"
    art.write_text(
        "Hội nghị thông tin đối ngoại\n\nSáng nay, Ban Chỉ đạo họp bàn kế hoạch năm 2024 "
        "với các sở, ngành của tỉnh.\n\nĐại biểu đề nghị tăng cường quảng cáo xổ số kiến "
        "thiết trên báo chí địa phương.\n",
        "utf-8",
    )
    (tmp_path / "ttdn-i18n.toml").write_text(
        '[translate]\nto = ["en", "lo"]\nformat = "po"\n\n'
        '[translate.engine]\nlo = "pivot"\n\n'
        '[contamination]\nblocklist = ["xổ số kiến thiết"]\n',
        "utf-8",
    )
    monkeypatch.chdir(tmp_path)
    code, stdout, stderr = _run("translate", "a.txt", "--out", "o", "--json")
    assert code == 0, stderr
    summary = json.loads(stdout)
    assert [s["lang"] for s in summary["languages"]] == ["en", "lo"]
    assert summary["languages"][1]["route"] == "pivot"
    assert summary["format"] == "po"
    assert summary["flagged_segments"] == 1  # the office's own blocklist
    assert summary["glossary"].startswith("ttdn-national@sha256:")  # the default glossary
    assert (tmp_path / "o" / "en" / "a.po").is_file()


def test_forced_engine_that_cannot_be_met_fails_before_writing(
    tmp_path: Path, installed_models: Path
) -> None:
    out = tmp_path / "o"
    code, _, stderr = _run("translate", str(EXAMPLES), "--to", "lo", "--engine", "lo=direct",
                           "--out", str(out))
    assert code == 1
    assert stderr.startswith("Error: ") and "lo" in stderr and "Traceback" not in stderr
    assert not out.exists()


def test_no_glossary_and_bad_glossary(tmp_path: Path, installed_models: Path) -> None:
    code, stdout, stderr = _run("translate", str(EXAMPLES), "--to", "en", "--out",
                                str(tmp_path / "o"), "--no-glossary", "--json")
    assert code == 0, stderr
    assert json.loads(stdout)["glossary"] == "none"
    bad = tmp_path / "g.tbx"
    bad.write_text("<martif><text><body><termEntry>", "utf-8")
    code, _, stderr = _run("translate", str(EXAMPLES), "--to", "en", "--out",
                           str(tmp_path / "o2"), "--glossary", str(bad))
    assert code == 1 and stderr.startswith("Error: ") and "g.tbx" in stderr
    assert not (tmp_path / "o2").exists()


def test_progress_events_count_files_and_segments(tmp_path: Path, installed_models: Path) -> None:
    from ttdn_i18n.batch import ProgressEvent, translate_paths
    from ttdn_i18n.cli import format_progress

    events: list[ProgressEvent] = []
    translate_paths([EXAMPLES], tmp_path / "o", ["en", "km"], progress=events.append)
    assert [e.files_done for e in events] == [1, 2, 3, 4, 5, 6]
    assert {e.files_total for e in events} == {6}
    assert events[-1].segments_done == events[-1].segments_total > 0
    assert [e.lang for e in events] == ["en"] * 3 + ["km"] * 3
    # A rerun skips every file as unchanged and still reports them as done.
    again: list[ProgressEvent] = []
    translate_paths([EXAMPLES], tmp_path / "o", ["en", "km"], progress=again.append)
    assert [e.files_done for e in again] == [1, 2, 3, 4, 5, 6]

    half = ProgressEvent("lo", 2, 4, 50, 100)
    assert format_progress(half, 30.0) == "[lo] files 2/4  segments 50/100  ETA 0:30"
    assert format_progress(ProgressEvent("en", 0, 4, 0, 100), 1.0).endswith("ETA --:--")
    assert format_progress(ProgressEvent("en", 4, 4, 100, 100), 9.0).endswith("ETA 0:00")


def test_no_progress_output_when_not_a_terminal(tmp_path: Path, installed_models: Path) -> None:
    code, stdout, stderr = _run("translate", str(EXAMPLES), "--to", "en", "--out",
                                str(tmp_path / "o"))
    assert code == 0
    assert stderr == ""
    assert "\r" not in stdout


def test_the_poedit_profile_writes_msgfmt_clean_po(tmp_path: Path) -> None:
    """`--for poedit` implies PO; another explicit format is refused, naming the flag."""
    import shutil
    import subprocess

    article = EXAMPLES / "hoi-nghi-thong-tin-doi-ngoai.txt"
    code, stdout, stderr = _run("translate", str(article), "--to", "en", "--out",
                                str(tmp_path / "o"), "--for", "poedit")
    assert code == 0, stderr
    po = tmp_path / "o" / "en" / "hoi-nghi-thong-tin-doi-ngoai.po"
    assert po.is_file() and stdout.endswith("(po, 1 files written)\n")
    if shutil.which("msgfmt"):
        check = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po)],
                               capture_output=True, text=True)
        assert (check.returncode, check.stderr) == (0, "")
    code, _, stderr = _run("translate", str(article), "--to", "en", "--out",
                           str(tmp_path / "p"), "--for", "poedit", "--format", "xliff21")
    assert code == 1
    assert stderr == ("Error: the poedit profile writes po files, not xliff21; drop --format "
                      "or choose po\n")
    assert not (tmp_path / "p" / "en").exists()


def test_help_skips_the_formats_package() -> None:
    """The --for choices come from ttdn_i18n.profiles (one list), not the format writers."""
    import subprocess
    import sys

    code = ("import sys, runpy\nsys.argv = ['ttdn-i18n', '--help']\n"
            "try:\n    runpy.run_module('ttdn_i18n', run_name='__main__')\n"
            "except SystemExit:\n    pass\n"
            "print('LOADED', ','.join(m for m in ('lxml', 'ttdn_i18n.formats', 'langdetect')"
            " if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.rstrip().endswith("LOADED")
