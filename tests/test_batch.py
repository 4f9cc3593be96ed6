"""The translate job: plan everything before the first write."""

from __future__ import annotations

import os
from pathlib import Path

from support import EXAMPLES, GLOSSARY, run_cli
from ttdn_i18n.errors import GlossaryError
from ttdn_i18n.terms.glossary import load_glossary, write_glossary


def test_a_corrupt_existing_output_stops_the_run_before_anything_is_written(
    tmp_path: Path,
) -> None:
    """Every existing output is read during the plan: a corrupt lo file keeps en as it was."""
    article = EXAMPLES / "hoi-nghi-thong-tin-doi-ngoai.txt"
    out = tmp_path / "out"
    code, _, err = run_cli("translate", str(article), "--to", "en,lo", "--out", str(out),
                           "--quiet")
    assert code == 0, err
    en = out / "en" / "hoi-nghi-thong-tin-doi-ngoai.xlf"
    lo = out / "lo" / "hoi-nghi-thong-tin-doi-ngoai.xlf"
    manifest = out / ".ttdn" / "en" / "hoi-nghi-thong-tin-doi-ngoai.json"
    # Something changes for en (the glossary), so en would be rewritten...
    lo.write_bytes(b"<xliff version='1.2' xmlns='urn:oasis:names:tc:xliff:document:1.2'><file")
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (en, manifest)}
    code, out_text, err = run_cli("translate", str(article), "--to", "en,lo", "--out", str(out),
                                  "--no-glossary", "--quiet")
    assert code == 1
    assert err.startswith(f"Error: {lo} ")
    # ...but the plan found the corrupt lo file first: en and its manifest are untouched.
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (en, manifest)} == before


def test_glossary_files_are_written_by_the_one_atomic_writer(tmp_path: Path) -> None:
    glossary = load_glossary(GLOSSARY)
    old = os.umask(0o022)
    try:
        write_glossary(glossary, tmp_path / "g.csv")
    finally:
        os.umask(old)
    # Mode from the umask (0644), not mkstemp's private 0600.
    assert (tmp_path / "g.csv").stat().st_mode & 0o777 == 0o644
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_glossary_write_errors_are_glossary_errors(tmp_path: Path) -> None:
    glossary = load_glossary(GLOSSARY)
    target = tmp_path / "missing-folder" / "g.tbx"
    try:
        write_glossary(glossary, target)
    except GlossaryError as exc:
        assert "check that the directory exists and is writable" in str(exc)
    else:
        raise AssertionError("writing into a missing folder must fail")
