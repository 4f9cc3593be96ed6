"""`ttdn-i18n report`: post-editing effort, term adherence, QA and progress after review.

The figures are checked against sacrebleu called directly on the MT the
manifests recorded and the reviewed targets; the page is rendered by a real
browser (headless Chromium) and the screenshot must not be blank.
"""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from lxml import etree

from support import EXAMPLES, run_cli

sacrebleu = pytest.importorskip("sacrebleu", reason="sacrebleu is a dependency of report")

NS = {"x": "urn:oasis:names:tc:xliff:document:1.2"}


def _review(path: Path, accept: int, edit: int, state: str = "translated") -> None:
    """Accept the first ``accept`` MT targets as they are, rewrite the next ``edit``."""
    tree = etree.parse(str(path))
    seen = 0
    for tu in tree.iterfind(".//x:trans-unit", NS):
        target = tu.find("x:target", NS)
        if tu.get("translate") == "no" or target is None or seen >= accept + edit:
            continue
        if seen >= accept:
            for child in list(target):
                target.remove(child)
            target.text = f"Reviewed <b> & edited sentence {seen}."
        target.set("state", state)
        target.attrib.pop("state-qualifier", None)
        seen += 1
    path.write_bytes(etree.tostring(tree, xml_declaration=True, encoding="UTF-8"))


@pytest.fixture
def reviewed_out(tmp_path: Path, installed_models: Path) -> Path:
    out = tmp_path / "out"
    code, _, err = run_cli("translate", str(EXAMPLES), "--to", "en,lo", "--out", str(out))
    assert code == 0, err
    _review(out / "en" / "giao-luu-huu-nghi.xlf", accept=3, edit=4)
    _review(out / "lo" / "giao-luu-huu-nghi.xlf", accept=1, edit=2, state="signed-off")
    return out


def _expected_edits(out: Path, lang: str) -> tuple[list[str], list[str], int]:
    """(MT, final, accepted) over the reviewed units of ``lang``, from the manifests."""
    from ttdn_i18n.formats import read_document

    mt, final, accepted = [], [], 0
    for path in sorted((out / lang).glob("*.xlf")):
        written = json.loads((out / ".ttdn" / lang / f"{path.stem}.json").read_text())
        for u in read_document(path).units:
            if u.translate and u.state.reviewed and u.id in written["mt_targets"]:
                mt.append(written["mt_targets"][u.id])
                final.append(u.target)
                accepted += u.target == written["mt_targets"][u.id]
    return mt, final, accepted


def test_report_json_measures_post_editing_per_language_route_and_model(
    reviewed_out: Path
) -> None:
    code, out, err = run_cli("report", str(reviewed_out), "--json")
    assert code == 0, err
    data = json.loads(out)
    groups = {g["lang"]: g for g in data["groups"]}
    assert (groups["en"]["route"], groups["en"]["model"]) == ("direct", "translate-vi_en-1.0")
    assert groups["lo"]["route"] == "pivot:en"
    assert groups["lo"]["model"] == "translate-vi_en-1.0+translate-en_lo-1.0"
    for lang, (accepted, compared) in (("en", (3, 7)), ("lo", (1, 3))):
        g = groups[lang]
        mt, final, acc = _expected_edits(reviewed_out, lang)
        assert (g["accepted"], g["compared"], g["reviewed"]) == (accepted, compared, compared)
        assert acc == accepted and len(mt) == compared
        assert g["chrf"] == round(sacrebleu.corpus_chrf(mt, [final]).score, 2)
        assert g["ter"] == round(sacrebleu.corpus_ter(mt, [final]).score, 2)
        chars = [" ".join(c for c in t if not c.isspace()) for t in mt]
        ref_chars = [" ".join(c for c in t if not c.isspace()) for t in final]
        assert g["char_ter"] == round(sacrebleu.corpus_ter(chars, [ref_chars]).score, 2)
        assert g["segments"] == g["with_mt"] > compared
        assert g["terms_mt"]["total"] == g["terms_final"]["total"]
        assert set(g["qa"]) <= {"completeness", "accuracy", "terminology", "fluency", "source"}
    # QA by category = the sum over groups; progress: one row per file.
    total: dict[str, int] = {}
    for g in data["groups"]:
        for cat, n in g["qa"].items():
            total[cat] = total.get(cat, 0) + n
    assert data["qa_by_category"] == total and total
    rows = {(a["lang"], a["article_id"]): a for a in data["articles"]}
    assert len(rows) == 6
    assert rows[("en", "giao-luu-huu-nghi")]["reviewed"] == 7
    assert rows[("lo", "giao-luu-huu-nghi")]["reviewed"] == 3
    assert data["signatures"]["chrF"].startswith("nrefs:1|case:mixed|eff:yes|nc:6|nw:0|")


def _png_rows(data: bytes) -> tuple[int, int, list[bytes]]:
    """Decode an 8-bit RGB/RGBA PNG with zlib and struct only; (width, height, rows)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    height = colour = 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 0xFF
            elif f == 2:
                line[i] = (line[i] + b) & 0xFF
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else b if pb <= pc else c
                line[i] = (line[i] + pred) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, height, [bytes(r) for r in rows]


def test_report_page_renders_in_a_real_browser(reviewed_out: Path, tmp_path: Path) -> None:
    # A folder name with markup in it: the page must show it as text.
    folder = tmp_path / "week <i>1</i> & 2"
    shutil.copytree(reviewed_out, folder)
    page = tmp_path / "report.html"
    code, out, err = run_cli("report", str(folder), "--out", str(page))
    assert code == 0, err
    assert f"wrote {page}" in out
    assert "en · direct · translate-vi_en-1.0: 7/24 reviewed, 3/7 accepted unchanged" in out
    html = page.read_text("utf-8")
    # Standalone and inert: the CSP of publish, no script, nothing fetched.
    from ttdn_i18n.publish import CSP_META

    assert CSP_META in html
    assert "<script" not in html.lower() and "http://" not in html.replace(
        'xmlns="http://www.w3.org/2000/svg"', "")
    assert html.count("<svg") >= 5 and html.count("<rect") > 20
    assert "<i>1</i>" not in html and "week &lt;i&gt;1&lt;/i&gt; &amp; 2" in html

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("chromium is not installed (apt-get install chromium); the page was "
                    "checked as text only")
    shot = tmp_path / "shot.png"
    subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", f"--screenshot={shot}",
         "--window-size=1200,1600", "--hide-scrollbars", page.as_uri()],
        check=True, capture_output=True, timeout=120,
    )
    width, height, rows = _png_rows(shot.read_bytes())
    assert (width, height) == (1200, 1600)
    bpp = len(rows[0]) // width
    colours = {row[i:i + 3] for row in rows[::4] for i in range(0, len(row), bpp * 2)}
    assert len(colours) > 50, f"the screenshot looks blank ({len(colours)} colours)"
    # The bar colours of the charts are on the screen.
    for rgb in ((0x2E, 0x7D, 0x32), (0x15, 0x65, 0xC0), (0xF9, 0xA8, 0x25)):
        assert bytes(rgb) in colours, f"no chart bar of colour #{bytes(rgb).hex()}"


def test_report_errors_are_one_line(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    code, out, err = run_cli("report", str(empty))
    assert (code, out) == (1, "")
    assert err == (f"Error: no translator files (.xlf, .xliff, .po) under {empty}; give the "
                   "folder `translate --out` wrote\n")
    code, out, err = run_cli("report", str(tmp_path / "missing"))
    assert (code, out) == (1, "")
    assert err == (f"Error: {tmp_path / 'missing'} is not a folder; give the folder "
                   "`translate --out` wrote\n")
