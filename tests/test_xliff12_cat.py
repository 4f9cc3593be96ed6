"""XLIFF 1.2 as CAT tools read it: xliff2po, match-quality, priorities, header."""

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
