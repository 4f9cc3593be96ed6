"""XLIFF 1.2 as CAT tools read it: xliff2po, match-quality, priorities, header, Weblate."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import polib
import pytest
from lxml import etree

from support import schema12
from ttdn_i18n.formats import parse_document
from ttdn_i18n.formats.xliff12 import NAMESPACE, dump_xliff12
from ttdn_i18n.model import (
    Alternative,
    BlockType,
    Document,
    Flag,
    Provenance,
    State,
    Unit,
)

NS = {"x": NAMESPACE}
MT = Provenance("0.1.0", "ctranslate2", "translate-vi_en-1.9", "direct", "none")
NO_MT = Provenance("0.1.0", "none", "", "none", "none")


def two_same_source(prov: Provenance = MT) -> Document:
    units = (
        Unit("b1-s0", "Ảnh: H.L", "Photo: H.L", State.NEEDS_REVIEW, "mt", BlockType.CAPTION, 1,
             alternatives=(Alternative("Image: H.L", "mt:translate-vi_en-1.9", 71.3),
                           Alternative("Photo: H.L.", "tm", 100.0)),
             flags=(Flag("term-missing", "proposed term not used", severity="info"),
                    Flag("numbers", "a number is missing", severity="error"))),
        Unit("b2-s0", "Ảnh: H.L", "Picture: H.L", State.NEEDS_REVIEW, "mt", BlockType.CAPTION, 2),
    )
    return Document("a", "a.txt", "vi", "en", "plaintext", units, prov)


def _xliff2po() -> str:
    exe = Path(sys.executable).parent / "xliff2po"
    if not exe.exists():
        pytest.skip(f"Translate Toolkit's xliff2po is not installed next to {sys.executable}")
    return str(exe)


def test_xliff2po_keeps_two_units_with_the_same_source(tmp_path: Path) -> None:
    exe = _xliff2po()
    src = tmp_path / "a.xlf"
    src.write_bytes(dump_xliff12(two_same_source()))
    out = tmp_path / "a.po"
    res = subprocess.run([exe, "-i", str(src), "-o", str(out)],
                         capture_output=True, text=True, check=False)
    assert res.returncode == 0, res.stderr
    assert "Duplicate" not in res.stderr + res.stdout
    entries = [e for e in polib.pofile(str(out)) if e.msgid]
    assert sorted(e.msgstr for e in entries) == ["Photo: H.L", "Picture: H.L"]
    assert sorted(e.msgctxt or "" for e in entries) == ["b1-s0", "b2-s0"]


def test_scores_priorities_and_schema() -> None:
    data = dump_xliff12(two_same_source())
    schema12().assertValid(etree.fromstring(data))
    root = etree.fromstring(data)
    alts = root.findall(".//x:trans-unit[@id='b1-s0']/x:alt-trans", NS)
    # A model score is not a fuzzy-match percentage: only the exact TM match gets one.
    assert [a.get("match-quality") for a in alts] == [None, "100"]
    assert alts[0].find("x:note[@from='ttdn-score']", NS).text == "71.3"
    prios = [n.get("priority")
             for n in root.findall(".//x:trans-unit[@id='b1-s0']/x:note[@from='ttdn-qa']", NS)]
    assert prios == ["5", "1"]  # info, error
    back = parse_document(data, name="a.xlf")
    assert [a.score for a in back.units[0].alternatives] == [71.3, 100.0]


def test_old_files_with_a_score_in_match_quality_still_read() -> None:
    data = dump_xliff12(two_same_source()).replace(
        b'<alt-trans origin="mt:translate-vi_en-1.9">',
        b'<alt-trans origin="mt:translate-vi_en-1.9" match-quality="1.6">',
    ).replace(b'<note from="ttdn-score">71.3</note>', b"")
    back = parse_document(data, name="a.xlf")
    assert back.units[0].alternatives[0].score == 1.6


def test_header_is_honest_without_mt() -> None:
    data = dump_xliff12(two_same_source(NO_MT))
    schema12().assertValid(etree.fromstring(data))
    phase = etree.fromstring(data).find(".//x:phase", NS)
    text = "".join(phase.itertext()).strip()
    assert "machine translation by" not in text and "engine: none" not in text
    assert text.startswith("no machine translation")
    assert phase.get("phase-name") != "mt"
    with_mt = etree.fromstring(dump_xliff12(two_same_source())).find(".//x:phase", NS)
    assert "machine translation by ttdn-i18n" in "".join(with_mt.itertext())


# --------------------------------------------------------------------------- Weblate profile
# `translate --for weblate`: XLIFF 1.2 states as Weblate reads and saves them (issue 11).
# Two readers judge our units: a small function applying Weblate's documented XLIFF 1.2
# rules (notes/omegat/FINDINGS.md §7: weblate/formats/ttkit.py's XLIFF_FUZZY_STATES and
# approved), and Translate Toolkit's own unit API (translate.storage.xliff:
# isfuzzy/istranslated/isapproved).

#: Weblate's XLIFF_FUZZY_STATES (weblate/formats/ttkit.py).
WEBLATE_FUZZY_STATES = {"new", "needs-translation", "needs-adaptation", "needs-l10n"}


def weblate_state(tu: etree._Element) -> str:
    """What Weblate shows for a trans-unit: empty, needs-editing, translated or approved."""
    target = tu.find("x:target", NS)
    text = "".join(target.itertext()) if target is not None else ""
    if not text:
        return "empty"
    if tu.get("approved") == "yes":
        return "approved"
    if target is not None and target.get("state") in WEBLATE_FUZZY_STATES:
        return "needs-editing"
    return "translated"  # any other state, or none, is "translated, waiting for review"


def weblate_save(tu: etree._Element, shown: str, text: str | None = None) -> None:
    """Save a unit the way Weblate writes XLIFF 1.2 back (FINDINGS §7)."""
    target = tu.find("x:target", NS)
    if text is not None:
        target.text = text
    target.set("state", {"needs-editing": "needs-translation", "translated": "translated",
                         "approved": "final"}[shown])
    if shown == "approved":
        tu.set("approved", "yes")
    else:
        tu.attrib.pop("approved", None)


def weblate_article() -> Document:
    units = (
        Unit("b0-s0", "Hội nghị thông tin đối ngoại", "", State.NEW, "", BlockType.TITLE, 0),
        Unit("b1-s0", "Thủ tướng dự hội nghị.", "The Prime Minister attends.",
             State.NEEDS_REVIEW, "mt", BlockType.PARAGRAPH, 1),
        Unit("b1-s1", "Hội nghị diễn ra tại Hà Nội.", "The conference was held in Hanoi.",
             State.TRANSLATED, "human", BlockType.PARAGRAPH, 1),
        Unit("b1-s2", "Đại biểu phát biểu.", "Delegates spoke.", State.FINAL, "human",
             BlockType.PARAGRAPH, 1),
        Unit("b2-s0", "Ảnh: H.L", "Photo: H.L", State.FINAL, "source", BlockType.CAPTION, 2,
             translate=False),
    )
    return Document("a", "a.txt", "vi", "en", "plaintext", units, MT)


def _units(data: bytes) -> dict[str, etree._Element]:
    root = etree.fromstring(data)
    return {tu.get("id"): tu for tu in root.iterfind(".//x:trans-unit", NS)}


def test_weblate_reads_our_states_per_profile() -> None:
    generic = {k: weblate_state(v) for k, v in _units(dump_xliff12(weblate_article())).items()}
    weblate = {k: weblate_state(v)
               for k, v in _units(dump_xliff12(weblate_article(), profile="weblate")).items()}
    # generic: MT (needs-review-translation) would show as a finished translation.
    assert generic == {"b0-s0": "empty", "b1-s0": "translated", "b1-s1": "approved",
                       "b1-s2": "approved", "b2-s0": "approved"}
    assert weblate == {"b0-s0": "empty", "b1-s0": "needs-editing", "b1-s1": "translated",
                       "b1-s2": "approved", "b2-s0": "approved"}


def test_weblate_profile_is_schema_valid_and_reads_back() -> None:
    data = dump_xliff12(weblate_article(), profile="weblate")
    schema12().assertValid(etree.fromstring(data))
    back = {u.id: u for u in parse_document(data, name="a.xlf").units}
    assert {k: u.state for k, u in back.items()} == {
        "b0-s0": State.NEW, "b1-s0": State.NEEDS_REVIEW, "b1-s1": State.TRANSLATED,
        "b1-s2": State.FINAL, "b2-s0": State.FINAL}
    assert back["b1-s0"].target == "The Prime Minister attends."
    assert str(back["b1-s0"].origin) == "mt"


def test_a_unit_weblate_saved_counts_as_reviewed() -> None:
    units = _units(dump_xliff12(weblate_article(), profile="weblate"))
    root = next(iter(units.values())).getroottree().getroot()
    weblate_save(units["b1-s0"], "translated")  # confirmed unchanged: reviewed
    weblate_save(units["b0-s0"], "needs-editing", "Conference")  # a draft: still unreviewed
    weblate_save(units["b1-s1"], "approved")
    back = {u.id: u for u in parse_document(etree.tostring(root), name="a.xlf").units}
    assert back["b1-s0"].state is State.TRANSLATED
    assert back["b0-s0"].state is State.NEEDS_REVIEW and back["b0-s0"].target == "Conference"
    assert back["b1-s1"].state is State.FINAL


@pytest.mark.parametrize("profile", ["generic", "weblate"])
def test_translate_toolkit_unit_api(profile: str) -> None:
    xliff = pytest.importorskip("translate.storage.xliff",
                                reason="Translate Toolkit is not installed")
    store = xliff.xlifffile.parsestring(dump_xliff12(weblate_article(), profile=profile))
    got = {u.getid().rsplit("\x04", 1)[-1]: (u.isfuzzy(), u.istranslated(), u.isapproved())
           for u in store.units if not u.isheader()}
    # (fuzzy, translated, approved).  TTK's xliff: fuzzy <=> target and not approved,
    # translated <=> target and approved, whatever the state says.
    expected = {
        "b0-s0": (False, False, False),
        "b1-s0": (True, False, False),  # MT: needs work in both profiles
        "b1-s1": (False, True, True) if profile == "generic" else (True, False, False),
        "b1-s2": (False, True, True),
        "b2-s0": (False, True, True),
    }
    assert got == expected


def test_translate_for_weblate_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from support import SHARED, run_cli
    from ttdn_i18n.formats import read_document

    corpus = SHARED / "corpus" / "articles"
    if not corpus.is_dir():
        pytest.skip(f"../shared not found: {corpus} holds the test articles")
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "no-packages"))
    out = tmp_path / "out"
    code, _, stderr = run_cli("translate", str(corpus), "--to", "en", "--out", str(out),
                              "--for", "weblate")
    assert code == 0, stderr
    path = sorted((out / "en").glob("*.xlf"))[0]
    units = _units(path.read_bytes())
    tu = next(t for t in units.values() if t.get("translate") != "no")
    weblate_save(tu, "translated", "Reviewed in Weblate")
    path.write_bytes(etree.tostring(tu.getroottree().getroot(), xml_declaration=True,
                                    encoding="UTF-8"))
    code, stdout, stderr = run_cli("translate", str(corpus), "--to", "en", "--out", str(out),
                                   "--for", "weblate")
    assert code == 0, stderr
    back = {u.id: u for u in read_document(path).units}
    assert back[tu.get("id")].target == "Reviewed in Weblate"
    assert back[tu.get("id")].state is State.TRANSLATED
    rewritten = _units(path.read_bytes())[tu.get("id")]
    assert rewritten.get("approved") is None  # Weblate: translated, waiting for review
    assert rewritten.find("x:target", NS).get("state") == "translated"


def test_profile_weblate_in_the_config(tmp_path: Path) -> None:
    from ttdn_i18n.config import load_config

    cfg = tmp_path / "ttdn-i18n.toml"
    cfg.write_text('[translate]\nprofile = "weblate"\n', encoding="utf-8")
    assert load_config(cfg).translate.profile == "weblate"


# --------------------------------------------------------------------------- foreign language codes


def test_po2xliff_output_and_a_po_without_language_are_named_with_the_fix(
        tmp_path: Path) -> None:
    """po2xliff writes XLIFF 1.1, source-language="en-US" and no target-language (issue 11)."""
    from support import run_cli

    po2xliff = Path(sys.executable).parent / "po2xliff"
    if not po2xliff.exists():
        pytest.skip(f"Translate Toolkit's po2xliff is not installed next to {sys.executable}")
    po_text = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
               'msgctxt "b1-s0"\nmsgid "Thủ tướng dự hội nghị."\n'
               'msgstr "The Prime Minister attends."\n')
    for folder in ("en", "inbox"):
        (tmp_path / folder).mkdir()
        po = tmp_path / folder / "a.po"
        po.write_text(po_text, encoding="utf-8")
        res = subprocess.run([str(po2xliff), str(po), str(tmp_path / folder / "b.xlf")],
                             capture_output=True, text=True, check=False)
        assert res.returncode == 0, res.stderr
    xlf = (tmp_path / "en" / "b.xlf").read_text(encoding="utf-8")
    assert 'version="1.1"' in xlf and 'source-language="en-US"' in xlf
    assert "target-language" not in xlf

    # Folder named after a language: warnings, the language taken from the folder.
    code, out, err = run_cli("check", str(tmp_path / "en"))
    assert code == 0, err
    assert "b.xlf: no target language; read as en from the folder name" in out
    assert 'add target-language="en" on <file>' in out
    assert "b.xlf: source language en-US is not Vietnamese" in out
    assert 'a.po: no target language; read as en from the folder name — add a "Language: en"' \
        in out
    code, out, err = run_cli("status", str(tmp_path / "en"))
    assert code == 0, err
    rows = [line.split() for line in out.splitlines() if line.startswith("a ")]
    assert [r[1] for r in rows] == ["en", "en"]  # never an empty language column
    assert "warning: " in out and "no target language; read as en" in out
    code, out, err = run_cli("tm", "import", str(tmp_path / "en" / "b.xlf"),
                             "--tm", str(tmp_path / "tm.sqlite"))
    assert code == 0 and "imported 1 entry" in out
    assert "no target language; read as en" in err

    # Anywhere else: an error naming the file and the fix; nothing imported.
    code, out, err = run_cli("check", str(tmp_path / "inbox"))
    assert code != 0
    assert "inbox/b.xlf: no target language, and the folder name 'inbox' is not a language " \
        "code; add target-language=" in out
    assert 'inbox/a.po: no target language' in out and '"Language: …" line' in out
    code, out, err = run_cli("status", str(tmp_path / "inbox"))
    assert code != 0 and "error: b.xlf:" in out and "lang" in out
    code, out, err = run_cli("tm", "import", str(tmp_path / "inbox" / "b.xlf"),
                             "--tm", str(tmp_path / "tm2.sqlite"))
    assert code != 0 and "cannot import" in err and "inbox/b.xlf" in err
