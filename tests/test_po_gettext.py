"""PO with the real gettext tools: msgfmt -c is silent, msgcat/msgattrib keep the protected mark."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from pathlib import Path

import pytest

from test_po import rich_document
from ttdn_i18n.formats.po import PROTECTED_COMMENT, dump_po, parse_po
from ttdn_i18n.model import BlockType, Document, Provenance, Span, State, Unit
from ttdn_i18n.review.status import status_row


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} (gettext) is not on PATH; apt-get install gettext")
    return path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, check=False)


@pytest.mark.parametrize(("lang", "plural"), [
    ("en", "nplurals=2; plural=(n != 1);"),
    ("lo", "nplurals=1; plural=0;"),
    ("km", "nplurals=1; plural=0;"),
])
def test_msgfmt_check_is_silent(tmp_path: Path, lang: str, plural: str) -> None:
    msgfmt = _need("msgfmt")
    doc = rich_document()
    doc = dataclasses.replace(doc, target_lang=lang)
    path = tmp_path / "a.po"
    path.write_bytes(dump_po(doc))
    assert f'"Plural-Forms: {plural}\\n"' in path.read_text(encoding="utf-8")
    res = _run(msgfmt, "-c", "-o", "/dev/null", str(path))
    assert res.returncode == 0 and res.stderr == "" and res.stdout == ""


def _status_doc() -> Document:
    def u(uid: str, state: State, translate: bool = True) -> Unit:
        target = "" if state is State.NEW else f"Sentence {uid}."
        origin = "source" if not translate else ("" if state is State.NEW else "mt")
        return Unit(uid, "Câu chung.", target, state, origin,
                    BlockType.PARAGRAPH, 1, translate=translate,
                    protected=() if translate else (Span(0, 3, "credit"),))
    units = (
        u("b1-s1", State.NEEDS_REVIEW),
        u("b1-s2", State.NEEDS_REVIEW),  # same source: msgctxt keeps them apart
        u("b1-s3", State.TRANSLATED),
        u("b1-s4", State.NEW),
        u("b2-s0", State.FINAL, translate=False),
        u("b3-s0", State.NEEDS_REVIEW, translate=False),
    )
    return Document("a", "a.txt", "vi", "en", "plaintext", units,
                    Provenance("0.1.0", "none", "", "none", "none"))


def test_protected_mark_survives_msgcat_and_msgattrib(tmp_path: Path) -> None:
    msgcat, msgattrib = _need("msgcat"), _need("msgattrib")
    doc = _status_doc()
    src = tmp_path / "a.po"
    src.write_bytes(dump_po(doc))
    before = status_row(parse_po(src.read_bytes(), name="a.po"), "a.po")
    assert (before.segments, before.mt, before.reviewed, before.new) == (4, 2, 1, 1)

    cat = tmp_path / "cat.po"
    assert _run(msgcat, "-o", str(cat), str(src)).returncode == 0
    text = cat.read_text(encoding="utf-8")
    assert "#, ttdn-protected" not in text.replace("fuzzy, ", "")  # gettext drops the flag…
    assert text.count(f"#. {PROTECTED_COMMENT}") == 2  # …but keeps the comment
    after = status_row(parse_po(cat.read_bytes(), name="cat.po"), "a.po")
    assert after == before
    units = {u.id: u for u in parse_po(cat.read_bytes(), name="cat.po").units}
    assert not units["b2-s0"].translate and not units["b3-s0"].translate
    assert len(units) == 6

    cleared = tmp_path / "cleared.po"
    res = _run(msgattrib, "--clear-fuzzy", "-o", str(cleared), str(src))
    assert res.returncode == 0, res.stderr
    cleared_doc = parse_po(cleared.read_bytes(), name="cleared.po")
    assert all(not u.translate for u in cleared_doc.units if u.id in ("b2-s0", "b3-s0"))
    row = status_row(cleared_doc, "cleared.po")
    assert row.segments == 4  # protected units are still not counted
    assert row.mt == 0 and row.reviewed == 3  # the MT was accepted by clearing fuzzy


def test_only_the_old_flag_still_marks_a_unit_protected() -> None:
    text = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        '#, ttdn-protected\nmsgctxt "b1"\nmsgid "Ảnh: H.L"\nmsgstr "Ảnh: H.L"\n'
    )
    (unit,) = parse_po(text.encode(), name="old.po").units
    assert not unit.translate
