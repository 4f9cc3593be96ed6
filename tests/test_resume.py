"""A batch killed with SIGKILL halfway is finished by running the same command again."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from lxml import etree

from ttdn_i18n.formats import read_document

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "articles" / "hoi-nghi-thong-tin-doi-ngoai.txt"
SCHEMA = ROOT.parent / "shared" / "schemas" / "xliff-1.2" / "xliff-core-1.2-strict.xsd"


def _articles(folder: Path, count: int) -> Path:
    folder.mkdir()
    base = EXAMPLE.read_text("utf-8")
    for i in range(count):
        # Distinct sentences per article, so every file has its own MT work.
        extra = f"\n\nNăm {2000 + i}, tỉnh tổ chức {i + 3} hội nghị về thông tin đối ngoại.\n"
        (folder / f"bai-{i:03d}.txt").write_text(base + extra, "utf-8")
    return folder


def _command(articles: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "ttdn_i18n", "translate", str(articles), "--to", "en,lo",
            "--out", str(out), "--max-batch-size", "4", "--json"]


def _outputs(out: Path) -> list[Path]:
    return sorted(p for p in out.rglob("*.xlf") if not p.name.startswith("."))


def test_sigkill_mid_batch_then_rerun_finishes(tmp_path: Path, installed_models: Path) -> None:
    articles = _articles(tmp_path / "articles", 60)
    out = tmp_path / "out"
    env = dict(os.environ, ARGOS_PACKAGES_DIR=str(installed_models))
    proc = subprocess.Popen(_command(articles, out), env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if len(_outputs(out)) >= 5:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the run finished before it could be killed; add articles"
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    survivors = _outputs(out)
    assert 5 <= len(survivors) < 120
    schema = etree.XMLSchema(etree.parse(str(SCHEMA))) if SCHEMA.exists() else None
    before = {}
    for path in survivors:
        # Whole files only: each one parses and validates.
        doc = read_document(path)
        assert doc.units
        if schema is not None:
            schema.assertValid(etree.parse(str(path)))
        before[path] = path.read_bytes()

    done = subprocess.run(_command(articles, out), env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert len(_outputs(out)) == 120
    skipped = sum(lang["files_skipped"] for lang in summary["languages"])
    written = sum(lang["files_written"] for lang in summary["languages"])
    # Files finished before the kill are recognised by content hash and skipped...
    # (one file may have been written but not yet recorded in the manifest when killed)
    assert skipped >= len(survivors) - 1 and skipped + written == 120
    # ...and left byte for byte as they were.
    unchanged = sum(1 for p, data in before.items() if p.read_bytes() == data)
    assert unchanged >= len(survivors) - 1
    # No temporary file is left behind once a run completes.
    assert not [p for p in out.rglob("*.tmp")]


def test_second_run_on_the_same_out_is_refused_while_the_first_holds_the_lock(
    tmp_path: Path, installed_models: Path
) -> None:
    import fcntl

    from click.testing import CliRunner

    from ttdn_i18n.cli import cli

    out = tmp_path / "out"
    out.mkdir()
    # What a running translate holds: an exclusive flock on OUT/.ttdn.lock.
    with (out / ".ttdn.lock").open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        result = CliRunner().invoke(cli, ["translate", str(EXAMPLE), "--to", "en", "--out",
                                          str(out)])
        assert result.exit_code == 1
        assert result.stderr == (
            f"Error: another ttdn-i18n run is writing to {out}; wait for it to finish or use "
            "another --out folder\n"
        )
        assert _outputs(out) == []
    # Released (as the kernel does when a run ends or is killed): the next run goes ahead.
    result = CliRunner().invoke(cli, ["translate", str(EXAMPLE), "--to", "en", "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    assert len(_outputs(out)) == 1
