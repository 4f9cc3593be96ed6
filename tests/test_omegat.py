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


# --------------------------------------------------------------------------- round trip


def _target_texts(path: Path) -> dict[str, str]:
    """trans-unit id -> text of <target> in an XLIFF 1.2 file OmegaT created."""
    from lxml import etree

    ns = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
    root = etree.parse(str(path)).getroot()
    return {tu.get("id"): "".join(tu.find("x:target", ns).itertext())
            for tu in root.iterfind(".//x:trans-unit", ns)}


def test_reviewed_units_open_translated_in_omegat(tmp_path: Path) -> None:
    from ttdn_i18n.model import Note

    base = article(True)
    units = list(base.units)
    # b1-s0 signed by a named reviewer, b3-s0 final with no name; b1-s1 (same source) is MT.
    units[1] = dataclasses.replace(units[1], target="Save it", state=State.TRANSLATED,
                                   origin="human", notes=(Note("ok", "reviewer-bob"),))
    units[4] = dataclasses.replace(units[4], target="Files & folders <b>", state=State.FINAL)
    doc = dataclasses.replace(base, units=tuple(units))
    project = write_omegat_project([doc], tmp_path / "omegat-project")
    save = (project / "omegat" / "project_save.tmx").read_text(encoding="utf-8")
    name = source_file_name(doc)
    assert f'<prop type="file">{name}</prop>' in save
    assert '<prop type="id">b1-s0</prop>' in save and 'changeid="reviewer-bob"' in save
    assert '<prop type="id">b3-s0</prop>' in save and 'changeid="ttdn-reviewed"' in save
    assert "Kon Tum steps up" not in save  # unreviewed MT stays a match in tm/mt only
    run_omegat(project, tmp_path / "cfg")
    stats = read_project_stats(project)
    assert (stats["total"], stats["remaining"]) == (5, 3)
    created = _target_texts(project / "target" / name)
    assert created["b1-s0"] == "Save it"
    assert created["b3-s0"] == "Files & folders <b>"
    assert created["b1-s1"] == "Lưu"  # bound to b1-s0 only, not to its repetition
    back = {u.id: u for u in read_omegat_project(project)[0].units}
    assert (back["b1-s0"].state, back["b1-s0"].target) == (State.TRANSLATED, "Save it")
    assert (back["b3-s0"].state, back["b3-s0"].target) == (State.TRANSLATED,
                                                           "Files & folders <b>")
    assert back["b1-s1"].state is State.NEW
    # Written again (a rerun): the seed and the author's name survive.
    write_omegat_project([doc], project)
    assert 'changeid="reviewer-bob"' in (project / "omegat" / "project_save.tmx").read_text()


KM_ALICE = "ខេត្តកុងទុំ ជំរុញព័ត៌មាន"
KM_BOB = "រក្សាទុក ការងារ"


def _omegat_saves(project: Path, work: list[tuple[str, str, str, str, str]]) -> None:
    """project_save.tmx as OmegaT 3.6 saves it (FINDINGS §5); work: (file, id, vi, km, who),
    file "" for a default translation (the translator typed it for every repetition)."""
    tus = []
    for file, uid, vi, km, who in work:
        props = (f'<prop type="file">{file}</prop><prop type="id">{uid}</prop>' if file else "")
        tus.append(f'<tu>{props}<tuv lang="vi"><seg>{vi}</seg></tuv><tuv lang="km" '
                   f'changeid="{who}" changedate="20261129T150746Z" creationid="{who}" '
                   f'creationdate="20261129T150746Z"><seg>{km}</seg></tuv></tu>')
    (project / "omegat" / "project_save.tmx").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx11.dtd">\n'
        '<tmx version="1.1"><header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" '
        'datatype="plaintext" creationtoolversion="3.6.0_10_unknown" segtype="paragraph" '
        'srclang="vi"/><body>\n' + "\n".join(tus) + "\n</body></tmx>\n", encoding="utf-8")


def test_rerun_keeps_omegat_work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from support import run_cli
    from ttdn_i18n.formats import read_document
    from ttdn_i18n.review.tm import open_tm

    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "no-packages"))
    project, translatable = _cli_project(tmp_path, "km")
    out = tmp_path / "out"
    source = sorted((project / "source").glob("*.xlf"))[0]
    doc = read_document(source)
    counts: dict[str, int] = {}
    for u in doc.units:
        counts[u.source] = counts.get(u.source, 0) + int(u.translate)
    unique = [u for u in doc.units if u.translate and counts[u.source] == 1]
    one, two, three = unique[:3]
    _omegat_saves(project, [
        (source.name, one.id, one.source, KM_ALICE, "alice"),  # an alternative, by a person
        ("", two.source, two.source, KM_BOB, "bob"),  # a default, by a person
        (source.name, three.id, three.source, "MT nobody confirmed", MT_CHANGEID),
    ])
    code, _, stderr = run_cli("translate", str(_articles()), "--to", "km", "--out",
                              str(out), "--for", "omegat")
    assert code == 0, stderr
    # In the file translate keeps, as a person's work ...
    kept = {u.id: u for u in read_document(out / "km" / f"{doc.article_id}.xlf").units}
    assert (kept[one.id].target, kept[one.id].state) == (KM_ALICE, State.TRANSLATED)
    assert (kept[two.id].target, kept[two.id].state) == (KM_BOB, State.TRANSLATED)
    assert not kept[three.id].state.reviewed
    # ... in the memory ...
    with open_tm(out / "ttdn-tm.sqlite", readonly=True) as tm:
        for unit, text in ((one, KM_ALICE), (two, KM_BOB)):
            match = tm.lookup(unit.source, "vi", "km")
            assert match is not None and match.target == text and match.state.reviewed
        assert tm.lookup(three.source, "vi", "km") is None
    # ... and in the new project, with the translator's name.
    save = (project / "omegat" / "project_save.tmx").read_text(encoding="utf-8")
    assert 'changeid="alice"' in save and 'changeid="bob"' in save
    assert "MT nobody confirmed" not in save
    back = {u.id: u for u in read_omegat_project(project)[0].units if u.id in kept}
    assert back[one.id].target == KM_ALICE and back[two.id].target == KM_BOB
    assert back[one.id].state is back[two.id].state is State.TRANSLATED
    run_omegat(project, tmp_path / "cfg")
    stats = read_project_stats(project)
    assert stats["total"] == translatable
    assert stats["remaining"] == translatable - 2
    assert _target_texts(project / "target" / source.name)[one.id] == KM_ALICE
    # status counts the work as reviewed, from OUT and from the project folder.
    for folder in (out, project):
        code, stdout, stderr = run_cli("status", str(folder), "--json")
        assert code == 0, stderr
        assert json.loads(stdout)["totals"]["reviewed"] == 2
    # A second rerun changes nothing and loses nothing.
    code, _, stderr = run_cli("translate", str(_articles()), "--to", "km", "--out",
                              str(out), "--for", "omegat")
    assert code == 0, stderr
    assert 'changeid="alice"' in (project / "omegat" / "project_save.tmx").read_text()


def _articles() -> Path:
    from support import SHARED

    return SHARED / "corpus" / "articles"


def test_check_status_publish_read_a_project_folder(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from support import run_cli
    from ttdn_i18n.formats import find_review_inputs

    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "no-packages"))
    project, translatable = _cli_project(tmp_path, "km")
    assert find_review_inputs(project) == [project]
    handed_back = tmp_path / "handed-back"
    shutil.copytree(project, handed_back / "omegat-project")
    assert find_review_inputs(handed_back) == [handed_back / "omegat-project"]
    run_omegat(project, tmp_path / "cfg")  # creates target/
    source = sorted((project / "source").glob("*.xlf"))[0]
    first = next(u for u in read_omegat_project(project)[0].units if u.translate)
    _omegat_saves(project, [(source.name, first.id, first.source, KM_ALICE, "alice")])

    code, stdout, stderr = run_cli("status", str(project), "--json")
    assert code == 0, stderr
    data = json.loads(stdout)
    assert len(data["files"]) == 3
    assert all(f["file"].startswith("target/") for f in data["files"])
    assert data["totals"]["segments"] == translatable
    assert data["totals"]["reviewed"] == 1
    assert data["totals"]["new"] == translatable - 1

    code, stdout, stderr = run_cli("check", str(project), "--json")
    assert code in (0, 1), stderr
    files = {Path(f["file"]).parent for f in json.loads(stdout)["findings"]}
    assert files <= {project / "target"}

    pub = tmp_path / "pub"
    code, stdout, stderr = run_cli("publish", str(project), "--out", str(pub),
                                   "--format", "txt", "--allow-unreviewed")
    assert code == 0, stderr
    assert "published 3 pages (km)" in stdout
    page = (pub / "km" / f"{read_omegat_project(project)[0].article_id}.txt").read_text()
    assert KM_ALICE in page
    # Without --allow-unreviewed the unconfirmed segments stop it, naming them.
    code, _, stderr = run_cli("publish", str(project), "--out", str(tmp_path / "pub2"))
    assert code != 0 and "not reviewed" in stderr
