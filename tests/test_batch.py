"""The translate job: plan everything before the first write."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

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


def test_a_unit_a_reviewer_split_is_kept_in_the_memory_and_reported(tmp_path: Path) -> None:
    """A CAT tool's split makes an id and a source we never wrote: warn, keep the text."""
    from ttdn_i18n.review.tm import open_tm

    article = tmp_path / "a.txt"
    article.write_text("Tiêu đề bài viết về thông tin đối ngoại\n\nHội nghị triển khai công tác "
                       "thông tin đối ngoại năm 2024 của tỉnh.\n", encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run_cli("translate", str(article), "--to", "en", "--out", str(out), "--quiet")
    assert code == 0, err
    xlf = out / "en" / "a.xlf"
    data = xlf.read_text("utf-8")
    # The reviewer splits b1.s1 in two; the first half gets a new id and a shorter source.
    start = data.index('<trans-unit id="b1.s1"')
    end = data.index("</trans-unit>", start) + len("</trans-unit>")
    split = (
        '<trans-unit id="b1.s1-a" xml:space="preserve"><source>Hội nghị triển khai</source>'
        '<target state="translated">Conference to roll out</target></trans-unit>'
    )
    xlf.write_text(data[:start] + split + data[end:], "utf-8")
    code, stdout, err = run_cli("translate", str(article), "--to", "en", "--out", str(out))
    assert code == 0, err
    assert (f"Warning: {xlf}: 1 reviewed unit (b1.s1-a) match no sentence of the article "
            "(split in the CAT tool?); their text is kept in the translation memory — "
            "re-enter it in the article's units") in stdout
    with open_tm(out / "ttdn-tm.sqlite") as memory:
        hit = memory.lookup("Hội nghị triển khai", "vi", "en")
    assert hit is not None and hit.target == "Conference to roll out"


def test_an_emptied_target_is_not_reviewed_work_and_the_mt_comes_back(
    tmp_path: Path, installed_models: Path
) -> None:
    """OmegaT writes untouched MT back to PO as msgstr "" without fuzzy: nothing was approved."""
    import polib

    article = EXAMPLES / "hoi-nghi-thong-tin-doi-ngoai.txt"
    out = tmp_path / "out"
    code, _, err = run_cli("translate", str(article), "--to", "en", "--out", str(out),
                           "--format", "po", "--quiet")
    assert code == 0, err
    po_path = out / "en" / "hoi-nghi-thong-tin-doi-ngoai.po"
    po = polib.pofile(str(po_path))
    mt = {e.msgctxt: e.msgstr for e in po if e.msgstr and "fuzzy" in e.flags}
    assert mt
    for e in po:  # what OmegaT's PO filter writes for segments nobody touched
        if e.msgctxt in mt:
            e.msgstr = ""
            e.flags = [f for f in e.flags if f != "fuzzy"]
    po.save(str(po_path))
    code, stdout, _ = run_cli("status", str(out), "--json")
    assert json.loads(stdout)["files"][0]["reviewed"] == 0
    code, stdout, err = run_cli("translate", str(article), "--to", "en", "--out", str(out),
                                "--format", "po")
    assert code == 0, err
    assert "kept from review 0" in stdout
    again = {e.msgctxt: e.msgstr for e in polib.pofile(str(po_path)) if e.msgctxt in mt}
    assert again == mt  # the MT is back, still fuzzy (needs review)


def test_a_damaged_model_fails_with_one_line_while_models_load_in_the_background(
    tmp_path: Path, argos_packages_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # translate loads the models in a background thread while it parses; a model
    # that cannot load must still end the run with the loader's own message.
    import shutil

    from ttdn_i18n.mt.engine import clear_engine_cache

    packages = tmp_path / "packages"
    shutil.copytree(argos_packages_dir, packages)
    for model_bin in packages.glob("*/model/model.bin"):
        model_bin.write_bytes(b"\0" * 64)
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(packages))
    clear_engine_cache()
    out = tmp_path / "out"
    code, stdout, err = run_cli("translate", str(EXAMPLES / "hoi-nghi-thong-tin-doi-ngoai.txt"),
                                "--to", "en", "--out", str(out))
    clear_engine_cache()
    assert code == 1 and stdout == ""
    assert err.startswith("Error: cannot load model ") and "reinstall it" in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_an_unchanged_rerun_loads_no_model(tmp_path: Path, installed_models: Path) -> None:
    # Models are preloaded only into a new output folder; a rerun with nothing to
    # translate must not spend time and memory loading them.
    import threading

    from ttdn_i18n.mt import engine

    def loaded_after(*args: str) -> int:
        engine.clear_engine_cache()
        code, _, err = run_cli(*args)
        assert code == 0, err
        for thread in threading.enumerate():
            if thread.name == "ttdn-preload":
                thread.join()
        return len(engine._CACHE)

    args = ("translate", str(EXAMPLES / "hoi-nghi-thong-tin-doi-ngoai.txt"), "--to", "en",
            "--out", str(tmp_path / "out"))
    assert loaded_after(*args) >= 1
    assert loaded_after(*args) == 0
    engine.clear_engine_cache()
