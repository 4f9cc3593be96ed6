"""The whole review loop: translate → review in a "CAT tool" → check → publish → re-translate.

Reviews are made the way CAT tools make them: by editing the XLIFF/PO file
itself (lxml, polib), not by calling our writer.
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import polib
import pytest
from lxml import etree

from support import GLOSSARY, SHARED, reviewed_text, run_cli
from ttdn_i18n.formats import read_document

NS = "urn:oasis:names:tc:xliff:document:1.2"
X = {"x": NS}


def _corpus(tmp_path: Path) -> Path:
    corpus = SHARED / "corpus" / "articles"
    if not corpus.is_dir():
        pytest.skip(f"../shared not found: {corpus} holds the test articles")
    # A private copy: the test edits one article's source later on.
    copy = tmp_path / "articles"
    shutil.copytree(corpus, copy)
    return copy


def _review_xliff(path: Path, ids: list[str], state: str = "translated") -> dict[str, str]:
    """Edit targets and states in place, as a CAT tool saves them (pretty-printed, CRLF)."""
    tree = etree.parse(str(path))
    done: dict[str, str] = {}
    for tu in tree.iter(f"{{{NS}}}trans-unit"):
        if tu.get("id") not in ids:
            continue
        source = "".join(tu.find("x:source", X).itertext())
        target = tu.find("x:target", X)
        for child in list(target):
            target.remove(child)
        target.text = reviewed_text(source)
        target.set("state", state)
        target.attrib.pop("state-qualifier", None)
        done[tu.get("id")] = target.text
    etree.indent(tree, space="    ")
    data = etree.tostring(tree, xml_declaration=True, encoding="UTF-8")
    path.write_bytes(data.replace(b"\n", b"\r\n"))
    return done


def _units(path: Path) -> dict[str, tuple[str, str]]:
    doc = read_document(path)
    return {u.id: (u.target, u.state.value) for u in doc.units}


def test_full_review_cycle(tmp_path: Path, installed_models: Path) -> None:
    articles = _corpus(tmp_path)
    out = tmp_path / "out"
    code, _, err = run_cli("translate", str(articles), "--to", "en,lo,km", "--out", str(out),
                           "--glossary", str(GLOSSARY))
    assert code == 0, err

    en_file = out / "en" / "kontum-2023-09-24.xlf"
    doc = read_document(en_file)
    translatable = [u for u in doc.units if u.translate]
    # Review the whole English kontum article, and only a subset of the Lao one.
    reviewed_en = _review_xliff(en_file, [u.id for u in translatable])
    lo_file = out / "lo" / "ttxvn-2024-07-17.xlf"
    lo_ids = [u.id for u in read_document(lo_file).units if u.translate][:3]
    reviewed_lo = _review_xliff(lo_file, lo_ids, state="signed-off")
    before = {p: _units(p) for p in sorted(out.rglob("*.xlf"))}

    # QA on the reviewed English article: no errors, so the gate opens.
    code, stdout, err = run_cli("check", str(en_file), "--json")
    report = json.loads(stdout)
    assert report["errors"] == 0, report["findings"]
    assert code == 0, err

    # Status counts what the reviewer did.
    code, stdout, _ = run_cli("status", str(out), "--json")
    rows = {(r["article_id"], r["lang"]): r for r in json.loads(stdout)["files"]}
    assert rows[("kontum-2023-09-24", "en")]["reviewed"] == len(translatable)
    assert rows[("ttxvn-2024-07-17", "lo")]["reviewed"] == 3

    # Publishing refuses unreviewed work, then publishes the reviewed article.
    site = tmp_path / "site"
    code, _, err = run_cli("publish", str(out / "lo"), "--out", str(site))
    assert code == 1 and "not reviewed" in err and "--allow-unreviewed" in err
    assert not site.exists() or not list(site.rglob("*.*"))
    code, stdout, err = run_cli("publish", str(en_file), "--out", str(site), "--format", "html")
    assert code == 0, err
    page = (site / "en" / "kontum-2023-09-24.html").read_text("utf-8")
    assert '<html lang="en"' in page
    assert reviewed_en[translatable[0].id] in page
    assert "Hồng Lam" in page  # the byline is a name: carried over untranslated
    assert "Chuyên mục khác" not in page  # boilerplate never published

    # Re-translate into the same folder: nothing a reviewer touched may change.
    code, stdout, err = run_cli("translate", str(articles), "--to", "en,lo,km", "--out", str(out),
                                "--glossary", str(GLOSSARY), "--json")
    assert code == 0, err
    after = {p: _units(p) for p in sorted(out.rglob("*.xlf"))}
    assert set(after) == set(before)
    for uid, text in reviewed_en.items():
        assert after[en_file][uid] == (text, "translated")
    for uid, text in reviewed_lo.items():
        assert after[lo_file][uid] == (text, "signed-off")
    assert after == before, "an unchanged rerun must leave every file's units as they were"

    # Change one reviewed source sentence: that unit goes back to review, old text kept.
    src = articles / "kontum-2023-09-24.txt"
    text = src.read_text("utf-8")
    unit_to_change = next(u for u in translatable[1:] if text.count(u.source) == 1)
    changed_id, old_sentence = unit_to_change.id, unit_to_change.source
    src.write_text(text.replace(old_sentence, old_sentence.rstrip(".") + " trong năm nay."),
                   "utf-8")
    code, stdout, err = run_cli("translate", str(articles), "--to", "en", "--out", str(out),
                                "--glossary", str(GLOSSARY), "--json")
    assert code == 0, err
    doc = read_document(en_file)
    unit = next(u for u in doc.units if u.id == changed_id)
    assert unit.state.value == "needs-review"
    assert any(a.origin == "previous" and a.text == reviewed_en[changed_id]
               for a in unit.alternatives)
    for uid, text in reviewed_en.items():
        if uid != changed_id:
            assert _units(en_file)[uid] == (text, "translated")


def test_translate_toolkit_xliff2po_po2xliff_round_trip(
    tmp_path: Path, installed_models: Path
) -> None:
    from translate.convert import po2xliff, xliff2po

    articles = _corpus(tmp_path)
    out = tmp_path / "out"
    code, _, err = run_cli("translate", str(articles / "ttxvn-2024-07-17.txt"), "--to", "en",
                           "--out", str(out))
    assert code == 0, err
    xlf = out / "en" / "ttxvn-2024-07-17.xlf"
    ours = read_document(xlf)

    po_buf = io.BytesIO()
    with xlf.open("rb") as fh:
        # Photo credits repeat verbatim; keep every unit so the order can be compared.
        assert xliff2po.convertxliff(fh, po_buf, None, duplicatestyle="allow") == 1
    po_path = tmp_path / "tt.po"
    po_path.write_bytes(po_buf.getvalue())
    po = polib.pofile(str(po_path))
    # PO keys entries by (msgctxt, msgid): the repeated credit collapses to one entry.
    unique = list(dict.fromkeys(u.source for u in ours.units))
    assert [e.msgid for e in po if e.msgid] == unique

    xlf_buf = io.BytesIO()
    with po_path.open("rb") as fh:
        assert po2xliff.convertpo(fh, xlf_buf, None) == 1
    back = tmp_path / "back.xlf"
    back.write_bytes(xlf_buf.getvalue())
    theirs = read_document(back)
    first = {u.source: u for u in reversed(ours.units)}
    assert [u.source for u in theirs.units] == unique
    assert [u.target for u in theirs.units] == [first[s].target for s in unique]


def test_polib_round_trip_into_tm_and_publish(tmp_path: Path, installed_models: Path) -> None:
    articles = _corpus(tmp_path)
    out = tmp_path / "out"
    code, _, err = run_cli("translate", str(articles / "quangtri-2020-05-08.txt"), "--to", "en",
                           "--out", str(out), "--format", "po")
    assert code == 0, err
    po_file = out / "en" / "quangtri-2020-05-08.po"
    po = polib.pofile(str(po_file))
    assert all("fuzzy" in e.flags for e in po if e.msgstr and "ttdn-protected" not in e.flags)
    edited = {}
    for entry in po:
        if "ttdn-protected" in entry.flags:
            continue
        entry.msgstr = reviewed_text(entry.msgid)
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
        edited[entry.msgctxt] = entry.msgstr
    po.save(str(po_file))

    tm = tmp_path / "office-tm.sqlite"
    code, stdout, err = run_cli("tm", "import", str(po_file), "--tm", str(tm))
    assert code == 0, err
    assert str(len(edited)) in stdout

    # The same article into a new folder: every segment now comes from the memory.
    out2 = tmp_path / "out2"
    code, stdout, err = run_cli("translate", str(articles / "quangtri-2020-05-08.txt"), "--to",
                                "en", "--out", str(out2), "--tm", str(tm), "--json")
    assert code == 0, err
    summary = json.loads(stdout)
    # Spam-flagged segments never get a target automatically, not even from memory.
    from ttdn_i18n.sources import load_article

    article = load_article(articles / "quangtri-2020-05-08.txt")
    flagged = {s.id for s in article.segments if s.flags}
    assert len(flagged) == 2
    assert summary["languages"][0]["tm_segments"] == len(edited) - len(flagged)
    tree = etree.parse(str(out2 / "en" / "quangtri-2020-05-08.xlf"))
    quals = {tu.get("id"): tu.find("x:target", X).get("state-qualifier")
             for tu in tree.iter(f"{{{NS}}}trans-unit") if tu.get("translate") != "no"}
    assert {q for i, q in quals.items() if i not in flagged} == {"exact-match"}
    assert all(quals[i] is None for i in flagged)

    # Spam segments were reviewed by hand too, so publishing goes through.
    site = tmp_path / "site"
    code, _, err = run_cli("publish", str(po_file), "--out", str(site), "--format", "json")
    assert code == 0, err
    published = json.loads((site / "en" / "quangtri-2020-05-08.json").read_text("utf-8"))
    assert published["reviewed"] is True


def test_reviewed_sentence_with_a_control_character_is_reused_from_memory(
    tmp_path: Path, installed_models: Path
) -> None:
    # Pasted from Word: a vertical tab is folded, but U+0001 is kept as U+FFFD in the files.
    text = ("Hội nghị về thông tin đối ngoại\n\nSáng nay\x01 tỉnh họp bàn công tác thông tin "
            "đối ngoại năm 2024 với các sở, ngành liên quan.\n")
    a = tmp_path / "a"
    a.mkdir()
    (a / "one.txt").write_text(text, "utf-8")
    out = tmp_path / "out"
    assert run_cli("translate", str(a), "--to", "en", "--out", str(out))[0] == 0
    xlf = out / "en" / "one.xlf"
    doc = read_document(xlf)
    body = next(u for u in doc.units if u.translate and "Sáng nay" in u.source)
    _review_xliff(xlf, [body.id])
    code, _, err = run_cli("tm", "import", str(xlf), "--tm", str(tmp_path / "tm.sqlite"))
    assert code == 0, err
    # The same sentence in another article, into a fresh folder, comes from memory.
    b = tmp_path / "b"
    b.mkdir()
    (b / "two.txt").write_text(text.replace("Hội nghị", "Tin mới: hội nghị"), "utf-8")
    code, stdout, err = run_cli("translate", str(b), "--to", "en", "--out", str(tmp_path / "o2"),
                                "--tm", str(tmp_path / "tm.sqlite"), "--json")
    assert code == 0, err
    assert json.loads(stdout)["languages"][0]["tm_segments"] == 1
