"""The OmegaT project we write, checked with the real OmegaT 3.6 (console mode, no display)."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from pathlib import Path

import pytest

from ttdn_i18n.formats.omegat import (
    MT_CHANGEID,
    read_omegat_project,
    read_project_stats,
    source_file_name,
    write_omegat_project,
)
from ttdn_i18n.model import BlockType, Document, Provenance, Span, State, TermHit, Unit
from ttdn_i18n.review.status import status_row

PROV = Provenance("0.1.0", "ctranslate2", "translate-vi_en-1.9", "direct", "none")
NO_MT = Provenance("0.1.0", "none", "", "none", "none")


def article(with_mt: bool) -> Document:
    def u(uid: str, src: str, mt: str, block: int, **kw: object) -> Unit:
        target = mt if with_mt else ""
        state = State.NEEDS_REVIEW if target else State.NEW
        return Unit(uid, src, target, state, "mt" if target else "", BlockType.PARAGRAPH,
                    block, **kw)  # type: ignore[arg-type]

    units = (
        u("b0-s0", "Tỉnh Kon Tum đẩy mạnh thông tin đối ngoại", "Kon Tum steps up outreach", 0,
          terms=(TermHit("kt", 5, 12, "Kon Tum", "Kon Tum", "Kon Tum", "approved"),)),
        u("b1-s0", "Lưu", "Save", 1),
        u("b1-s1", "Lưu", "Keep", 1),  # same source, different unit
        u("b2-s0", "Xin chào. Bạn khỏe không? Tôi khỏe.", "Hello. How are you? Fine.", 2),
        u("b3-s0", "Tệp & thư mục <b>", "Files & folders <b>", 3),
        Unit("b4-s0", "Ảnh: H.L", "", State.FINAL, "", BlockType.CAPTION, 4, translate=False,
             protected=(Span(0, 8, "credit"),)),
    )
    return Document("kontum-2024", "kontum.txt", "vi", "en", "plaintext", units,
                    PROV if with_mt else NO_MT)


def run_omegat(project: Path, config: Path) -> None:
    exe = shutil.which("omegat")
    if exe is None:
        pytest.skip("OmegaT is not on PATH (apt-get install omegat); .ci/run installs it")
    res = subprocess.run(
        [exe, "--mode=console-translate", "--disable-project-locking", "--no-team", "--quiet",
         f"--config-dir={config}", str(project)],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert res.returncode == 0, res.stdout[-2000:] + res.stderr[-2000:]


@pytest.mark.parametrize("with_mt", [True, False], ids=["mt", "no-model"])
def test_omegat_sees_every_translatable_unit(tmp_path: Path, with_mt: bool) -> None:
    doc = article(with_mt)
    project = write_omegat_project([doc], tmp_path / "en" / "omegat-project")
    assert "Kon Tum\tKon Tum\tapproved" in (project / "glossary" / "ttdn-en.txt").read_text()
    run_omegat(project, tmp_path / "cfg")
    stats = read_project_stats(project)
    translatable = sum(1 for u in doc.units if u.translate)
    assert stats["total"] == translatable == 5
    # MT is only offered as a match, never pre-filled: everything is still to do.
    assert stats["remaining"] == translatable
    assert (project / "target" / source_file_name(doc)).exists()
    back = read_omegat_project(project)[0]
    assert [u.id for u in back.units] == [u.id for u in doc.units]
    assert all(u.state is State.NEW for u in back.units if u.translate)
    row = status_row(back, "x")
    assert (row.segments, row.new, row.reviewed) == (5, 5, 0)


def test_work_saved_in_project_save_reads_back_by_person(tmp_path: Path) -> None:
    doc = article(True)
    project = write_omegat_project([doc], tmp_path / "omegat-project")
    name = source_file_name(doc)
    # What OmegaT writes when a translator confirms one unit and another MT is auto-filled.
    (project / "omegat" / "project_save.tmx").write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.1"><header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US"
 datatype="plaintext" segtype="paragraph" srclang="vi"/><body>
<tu><tuv lang="vi"><seg>Lưu</seg></tuv>
 <tuv lang="en" changeid="alice" creationid="alice"><seg>Save</seg></tuv></tu>
<tu><prop type="file">{name}</prop><prop type="id">b1-s1</prop>
 <tuv lang="vi"><seg>Lưu</seg></tuv>
 <tuv lang="en" changeid="{MT_CHANGEID}"><seg>Keep</seg></tuv></tu>
</body></tmx>""", encoding="utf-8")
    back = {u.id: u for u in read_omegat_project(project)[0].units}
    assert (back["b1-s0"].state, back["b1-s0"].target) == (State.TRANSLATED, "Save")
    assert (back["b1-s1"].state, back["b1-s1"].target) == (State.NEEDS_REVIEW, "Keep")
    assert back["b0-s0"].state is State.NEW
    assert not back["b4-s0"].translate
    doc_back = dataclasses.replace(doc, units=tuple(back.values()))
    assert status_row(doc_back, "x").reviewed == 1


def _cli_project(tmp_path: Path, lang: str, *extra: str) -> tuple[Path, int]:
    from support import SHARED, run_cli
    from ttdn_i18n.formats import find_translation_files, read_document

    corpus = SHARED / "corpus" / "articles"
    if not corpus.is_dir():
        pytest.skip(f"../shared not found: {corpus} holds the test articles")
    out = tmp_path / "out"
    code, _, stderr = run_cli("translate", str(corpus), "--to", lang, "--out", str(out),
                              "--for", "omegat", *extra)
    assert code == 0, stderr
    files = find_translation_files(out)  # the project's files are not counted twice
    assert len(files) == 3 and all(f.parent == out / lang for f in files)
    translatable = sum(1 for f in files for u in read_document(f).units
                       if u.translate and u.source.strip())
    return out / lang / "omegat-project", translatable


def test_translate_for_omegat_without_a_model(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "no-packages"))
    project, translatable = _cli_project(tmp_path, "km")
    assert len(list((project / "source").glob("*.xlf"))) == 3
    run_omegat(project, tmp_path / "cfg")
    stats = read_project_stats(project)
    assert stats["total"] == translatable > 0
    assert stats["remaining"] == translatable


def test_translate_for_omegat_with_a_model(tmp_path: Path, installed_models: Path) -> None:
    project, translatable = _cli_project(tmp_path, "en")
    assert "<tu>" in (project / "tm" / "mt" / "en.tmx").read_text(encoding="utf-8")
    run_omegat(project, tmp_path / "cfg")
    stats = read_project_stats(project)
    assert stats["total"] == translatable > 0
    docs = read_omegat_project(project)
    assert sum(1 for d in docs for u in d.units if u.translate) >= translatable


def test_profile_in_the_project_config(tmp_path: Path) -> None:
    from ttdn_i18n.config import load_config
    from ttdn_i18n.errors import TtdnError

    cfg = tmp_path / "ttdn-i18n.toml"
    cfg.write_text('[translate]\nprofile = "omegat"\n', encoding="utf-8")
    assert load_config(cfg).translate.profile == "omegat"
    cfg.write_text('[translate]\n', encoding="utf-8")
    assert load_config(cfg).translate.profile is None  # generic
    cfg.write_text('[translate]\nprofile = "trados"\n', encoding="utf-8")
    with pytest.raises(TtdnError, match="profile"):
        load_config(cfg)
