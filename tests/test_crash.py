"""Crashes and concurrency: a killed run, two runs at once, a CAT tool's idea of XLIFF.

The runs are real: ``python -m ttdn_i18n translate`` in a subprocess with the
session's tiny Argos models, killed with SIGKILL or stopped with SIGSTOP.
test_resume.py covers the plain kill-then-resume; these tests add a reviewer:
the kill lands while a rerun merges reviewed files, and nothing reviewed may
be lost, from the files or from the translation memory.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from support import EXAMPLES, X12, reviewed_text
from support import run_cli as _run
from support import schema12 as _schema12
from ttdn_i18n.formats import read_document
from ttdn_i18n.model import State

OKAPI = "okapi-framework:xliff-extensions"


def _articles(folder: Path, count: int) -> Path:
    """``count`` short articles: the examples' text, each with sentences of its own."""
    folder.mkdir()
    bases = [p.read_text("utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    for i in range(count):
        own = (f"\n\nNăm {2000 + i}, tỉnh tổ chức {i + 3} hội nghị về thông tin đối ngoại. "
               f"Đoàn {i + 2} đại biểu tham dự.\n")
        (folder / f"bai-{i:03d}.txt").write_text(bases[i % len(bases)] + own, "utf-8")
    return folder


def _command(articles: Path, out: Path, langs: str) -> list[str]:
    return [sys.executable, "-m", "ttdn_i18n", "translate", str(articles), "--to", langs,
            "--out", str(out), "--no-glossary", "--json", "--quiet"]


def _env(models: Path) -> dict[str, str]:
    return dict(os.environ, ARGOS_PACKAGES_DIR=str(models))


def _outputs(out: Path) -> list[Path]:
    return sorted(p for p in out.rglob("*.xlf") if not p.name.startswith("."))


@pytest.fixture
def processes() -> Iterator[list[subprocess.Popen[bytes]]]:
    """Subprocesses started by a test; none outlives it, stopped or not."""
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            proc.send_signal(signal.SIGCONT)
            proc.kill()
            proc.wait()


def _save_like_a_cat_tool(path: Path) -> dict[str, str]:
    """Review every translatable unit and save the file the way CAT tools do.

    BOM, CRLF, the XLIFF namespace under another prefix, extra namespaces with
    attributes and an element of their own, and everything pretty-printed
    (which puts whitespace inside ``<source>`` after inline markup).
    """
    tree = etree.parse(str(path))
    reviewed: dict[str, str] = {}
    for tu in tree.iter(f"{{{X12}}}trans-unit"):
        if tu.get("translate") == "no":
            continue
        source = "".join(tu.find(f"{{{X12}}}source").itertext())
        target = tu.find(f"{{{X12}}}target")
        target.text = reviewed[tu.get("id")] = reviewed_text(source)
        target.set("state", "translated")
        target.attrib.pop("state-qualifier", None)
    text = etree.tostring(tree, encoding="unicode")
    text = re.sub(r"<(/?)([A-Za-z][\w.-]*)(?=[\s/>])", r"<\1xlf:\2", text)
    text = text.replace(
        f'xmlns="{X12}"',
        f'xmlns:xlf="{X12}" xmlns:okp="{OKAPI}" xmlns:its="http://www.w3.org/2005/11/its"', 1)
    text = text.replace("<xlf:trans-unit ", '<xlf:trans-unit okp:lockStatus="unlocked" '
                        'its:locNote="checked" ')
    text = text.replace("<xlf:header>", '<xlf:header><okp:stats words="42"/>', 1)
    pretty = etree.fromstring(text.encode())
    etree.indent(pretty, space="  ")
    data = etree.tostring(pretty, xml_declaration=True, encoding="UTF-8")
    path.write_bytes(b"\xef\xbb\xbf" + data.replace(b"\n", b"\r\n"))
    return reviewed


def _targets(path: Path) -> dict[str, tuple[str, State]]:
    return {u.id: (u.target, u.state) for u in read_document(path).units if u.translate}


def test_kill_mid_rerun_loses_no_review_and_leaves_only_whole_files(
    tmp_path: Path, installed_models: Path, processes: list[subprocess.Popen[bytes]]
) -> None:
    schema = _schema12()
    articles = _articles(tmp_path / "articles", 40)
    out = tmp_path / "out"
    code, _, stderr = _run("translate", str(articles), "--to", "en", "--out", str(out),
                           "--no-glossary", "--quiet")
    assert code == 0, stderr

    # A reviewer finishes ten English articles in a CAT tool.
    reviewed_files = [out / "en" / f"bai-{i:03d}.xlf" for i in range(0, 40, 4)]
    reviews = {p: _save_like_a_cat_tool(p) for p in reviewed_files}
    assert reviewed_files[0].read_bytes().startswith(b"\xef\xbb\xbf<?xml")
    assert b"<xlf:trans-unit" in reviewed_files[0].read_bytes()
    # ...and check, status and publish read those files as the reviewer meant them.
    for path, review in reviews.items():
        assert _targets(path) == {uid: (text, State.TRANSLATED) for uid, text in review.items()}
    code, stdout, stderr = _run("check", *map(str, reviewed_files), "--json")
    assert code == 0, stdout + stderr
    assert json.loads(stdout)["errors"] == 0
    code, stdout, _ = _run("status", str(out), "--json")
    rows = {r["file"]: r for r in json.loads(stdout)["files"]}
    for path, review in reviews.items():
        row = rows[f"en/{path.name}"]
        assert row["reviewed"] == row["segments"] == len(review) and row["ready"]
    site = tmp_path / "site"
    code, _, stderr = _run("publish", str(reviewed_files[0]), "--out", str(site), "--format",
                           "txt")
    assert code == 0, stderr
    page = (site / "en" / "bai-000.txt").read_text("utf-8")
    assert all(text in page for text in reviews[reviewed_files[0]].values())

    # Rerun for en and lo, SIGKILLed once the first Lao file is on disk: the English pass
    # has merged the reviewed files and stored them in the memory; Lao is half written.
    proc = subprocess.Popen(_command(articles, out, "en,lo"), env=_env(installed_models),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    processes.append(proc)
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline and not _outputs(out / "lo"):
        time.sleep(0.005)
    assert proc.poll() is None, "the rerun ended before it could be killed; add articles"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    lao_before_rerun = len(_outputs(out / "lo"))
    assert 1 <= lao_before_rerun <= 40
    # The English pass ran to its end: the CAT-saved files were read, merged, rewritten.
    assert not [p for p in reviewed_files if p.read_bytes().startswith(b"\xef\xbb\xbf")]

    # Only whole files: every output parses and validates, whatever moment the kill hit.
    for path in _outputs(out):
        schema.assertValid(etree.parse(str(path)))
        assert read_document(path).units
    # Not one reviewed translation is lost, from the files...
    for path, review in reviews.items():
        assert _targets(path) == {uid: (text, State.TRANSLATED) for uid, text in review.items()}
    # ...or from the translation memory, which opens after the kill.
    tmx = tmp_path / "memory.tmx"
    code, stdout, stderr = _run("tm", "export", str(tmx), "--tm", str(out / "ttdn-tm.sqlite"))
    assert code == 0, stderr
    exported = tmx.read_text("utf-8")
    assert all(text in exported for review in reviews.values() for text in review.values())

    # A temporary file left by a kill between write and rename (atomic_write's naming) is
    # not an output: status and check do not read it.
    stale = out / "lo" / ".bai-039.xlf.k1ll3d00.tmp"
    stale.write_bytes(reviewed_files[0].read_bytes()[:300])
    code, stdout, stderr = _run("status", str(out), "--json")
    assert code == 0, stderr
    assert json.loads(stdout)["totals"]["files"] == len(_outputs(out))
    code, stdout, stderr = _run("check", str(out), "--json")
    assert "Error: " not in stderr or "errors in" in stderr  # QA findings, never a read error
    assert {f["file"] for f in json.loads(stdout)["findings"]} <= {str(p) for p in _outputs(out)}

    # The same command again finishes the job and skips what was already done.
    done = subprocess.run(_command(articles, out, "en,lo"), env=_env(installed_models),
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    summary = {lang["lang"]: lang for lang in json.loads(done.stdout)["languages"]}
    assert summary["en"]["files_skipped"] == 40
    assert summary["lo"]["files_skipped"] >= lao_before_rerun - 1
    assert summary["lo"]["files_skipped"] + summary["lo"]["files_written"] == 40
    assert len(_outputs(out)) == 80
    # Under its lock the rerun removed what killed runs left (pins the stale-temp cleanup).
    assert not stale.exists() and not list(out.rglob("*.tmp"))
    for path, review in reviews.items():
        assert _targets(path) == {uid: (text, State.TRANSLATED) for uid, text in review.items()}
    code, _, stderr = _run("publish", *map(str, reviewed_files), "--out", str(site),
                           "--format", "html")
    assert code == 0, stderr
    assert len(list((site / "en").glob("*.html"))) == 10


def test_two_runs_on_one_out_at_once(
    tmp_path: Path, installed_models: Path, processes: list[subprocess.Popen[bytes]]
) -> None:
    # Pins batch._locked with two real runs: the first is frozen (SIGSTOP) while it holds
    # the lock, so the second one is certain to meet it; then the first finishes intact.
    schema = _schema12()
    articles = _articles(tmp_path / "articles", 12)
    out = tmp_path / "out"
    first = subprocess.Popen(_command(articles, out, "en"), env=_env(installed_models),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    processes.append(first)
    lock = out / ".ttdn.lock"
    deadline = time.monotonic() + 60
    while first.poll() is None and time.monotonic() < deadline:
        # The run writes its pid into the lock file right after taking the lock.
        if lock.exists() and lock.read_text() == str(first.pid):
            break
        time.sleep(0.005)
    assert first.poll() is None, "the first run ended before the second could start"
    first.send_signal(signal.SIGSTOP)

    code, stdout, stderr = _run("translate", str(articles), "--to", "en", "--out", str(out),
                                "--no-glossary")
    assert code == 1
    assert stderr == (f"Error: another ttdn-i18n run is writing to {out}; wait for it to "
                      "finish or use another --out folder\n")
    assert stdout == ""

    first.send_signal(signal.SIGCONT)
    stdout_b, stderr_b = first.communicate(timeout=120)
    assert first.returncode == 0, stderr_b.decode()
    assert json.loads(stdout_b)["languages"][0]["files_written"] == 12
    assert len(_outputs(out)) == 12
    for path in _outputs(out):
        schema.assertValid(etree.parse(str(path)))
