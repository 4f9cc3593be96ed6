"""Review status of a folder of XLIFF/PO files."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from ttdn_i18n.formats import find_translation_files
from ttdn_i18n.model import BlockType, Document, Provenance, Span, State, Unit
from ttdn_i18n.review.status import (
    StatusRow,
    format_status,
    status_json,
    status_row,
)

PROV = Provenance("0.1.0", "none", "", "none", "none")


def unit(uid: str, state: State, origin: str = "mt", translate: bool = True) -> Unit:
    return Unit(
        id=uid,
        source=f"Câu {uid}.",
        target="" if state is State.NEW else f"Sentence {uid}.",
        state=state,
        origin=origin,
        block_type=BlockType.PARAGRAPH,
        block_index=1,
        translate=translate,
        protected=() if translate else (Span(0, 3, "name"),),
    )


def mixed_doc(article_id: str = "kontum-2023-09-24", lang: str = "en") -> Document:
    units = (
        unit("b1.s1", State.NEW, origin=""),
        unit("b1.s2", State.NEEDS_REVIEW),  # MT waiting for review
        unit("b1.s3", State.NEEDS_REVIEW),
        unit("b1.s4", State.NEEDS_REVIEW, origin="tm"),  # fuzzy TM: not MT
        unit("b1.s5", State.TRANSLATED),  # MT a person edited: reviewed, no longer "mt"
        unit("b1.s6", State.SIGNED_OFF, origin="human"),
        unit("b1.s7", State.FINAL, origin="human"),
        unit("b1.s8", State.FINAL, origin="source", translate=False),  # protected: not counted
    )
    return Document(article_id, "a.txt", "vi", lang, "plaintext", units, PROV)


def test_status_row_counts_translatable_units_by_state() -> None:
    row = status_row(mixed_doc(), "en/kontum.xlf", qa_error_units=2)
    assert row == StatusRow(
        article_id="kontum-2023-09-24", lang="en", file="en/kontum.xlf",
        segments=7, mt=2, reviewed=3, final=1, new=1, qa_errors=2,
    )
    assert not row.ready


def test_ready_means_everything_reviewed_and_no_qa_errors() -> None:
    units = (unit("b1.s1", State.TRANSLATED), unit("b1.s2", State.FINAL))
    doc = Document("a", "a.txt", "vi", "lo", "plaintext", units, PROV)
    assert status_row(doc, "a.xlf").ready
    assert not status_row(doc, "a.xlf", qa_error_units=1).ready
    assert not StatusRow("", "", "b.xlf", error="broken").ready


def rows() -> list[StatusRow]:
    return [
        status_row(mixed_doc(), "en/kontum-2023-09-24.xlf", 1),
        StatusRow("quangtri-2020-05-08", "lo", "lo/quangtri-2020-05-08.po", 120, 0, 120, 120, 0),
        StatusRow("", "", "km/broken.xlf", error="km/broken.xlf is not XML: line 3; re-export it"),
    ]


def test_format_status_is_an_aligned_table_with_totals_and_errors() -> None:
    assert format_status(rows()).splitlines() == [
        "article              lang  segments  new  mt  reviewed  final  qa errors  file",
        "kontum-2023-09-24    en           7    1   2         3      1          1  "
        "en/kontum-2023-09-24.xlf",
        "quangtri-2020-05-08  lo         120    0   0       120    120          0  "
        "lo/quangtri-2020-05-08.po",
        "?                    ?            -    -   -         -      -          -  km/broken.xlf",
        "total                           127    1   2       123    121          1  1/3 ready",
        "error: km/broken.xlf: km/broken.xlf is not XML: line 3; re-export it",
    ]


def test_format_status_of_nothing() -> None:
    assert format_status([]) == "no .xlf, .xliff or .po files found"


def test_status_json_has_the_same_information() -> None:
    data = json.loads(status_json(rows()))
    assert [f["file"] for f in data["files"]] == [r.file for r in rows()]
    assert data["files"][1]["ready"] is True and data["files"][0]["ready"] is False
    assert data["files"][2]["error"].startswith("km/broken.xlf is not XML")
    assert data["totals"] == {
        "segments": 127, "new": 1, "mt": 2, "reviewed": 123, "final": 121, "qa_errors": 1,
        "files": 3, "ready": 1, "errors": 1,
    }


def test_find_translation_files_skips_hidden_and_temporary_files(tmp_path: Path) -> None:
    for name in ("en/a.xlf", "lo/b.po", "km/deep/c.XLIFF", "en/.a.xlf.tmp123.xlf",
                 ".git/x.po", "en/notes.txt", "en/a.xlf~", "en/a.html"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in find_translation_files(tmp_path)]
    assert found == ["en/a.xlf", "km/deep/c.XLIFF", "lo/b.po"]


# --- real files ------------------------------------------------------------------------------


def review_folder(root: Path) -> None:
    from ttdn_i18n.formats import write_document

    # A reviewer slipped: the figure 250 of the source is missing from one target.
    kontum = mixed_doc()
    wrong = replace(kontum.units[4], source="Có 250 đại biểu.", target="There were 25 delegates.")
    kontum = replace(kontum, units=(*kontum.units[:4], wrong, *kontum.units[5:]))
    write_document(kontum, root / "en" / "kontum-2023-09-24.xlf", "xliff12")
    done = (unit("b1.s1", State.TRANSLATED), unit("b1.s2", State.FINAL, origin="human"))
    write_document(Document("done", "d.txt", "vi", "en", "plaintext", done, PROV),
                   root / "en" / "done.xliff", "xliff21")
    write_document(mixed_doc(lang="lo"), root / "lo" / "kontum-2023-09-24.po", "po")
    (root / "en" / ".done.xliff.x1.tmp").write_text("half a file", encoding="utf-8")


def make_dirs(root: Path) -> None:
    (root / "en").mkdir(parents=True)
    (root / "lo").mkdir(parents=True)


def test_collect_status_reads_every_format_and_keeps_going_past_broken_files(
    tmp_path: Path,
) -> None:
    from ttdn_i18n.review.status import collect_status

    make_dirs(tmp_path)
    review_folder(tmp_path)
    (tmp_path / "km").mkdir()
    (tmp_path / "km" / "broken.xlf").write_text("<xliff version='1.2'><file>", encoding="utf-8")
    rows = collect_status(tmp_path)
    assert [r.file for r in rows] == [
        "en/done.xliff", "en/kontum-2023-09-24.xlf", "km/broken.xlf", "lo/kontum-2023-09-24.po"
    ]
    done, kontum, broken, kontum_po = rows
    assert (done.segments, done.reviewed, done.final, done.new, done.mt) == (2, 2, 1, 0, 0)
    assert done.ready
    # Counts survive the XLIFF round trip; QA found the missing figure.
    assert (kontum.segments, kontum.new, kontum.mt, kontum.reviewed, kontum.final) == (
        7, 1, 2, 3, 1
    )
    assert kontum.qa_errors == 1 and not kontum.ready
    # PO has no "final": a signed-off or final unit comes back as translated.
    assert (kontum_po.lang, kontum_po.segments, kontum_po.new, kontum_po.mt) == ("lo", 7, 1, 2)
    assert (kontum_po.reviewed, kontum_po.final) == (3, 0)
    assert broken.error and "km/broken.xlf" in broken.error
    assert (broken.segments, broken.article_id) == (0, "")


def test_cli_status_table_json_and_exit_code(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from ttdn_i18n.cli import cli

    make_dirs(tmp_path)
    review_folder(tmp_path)
    runner = CliRunner()
    result = runner.invoke(cli, ["status", str(tmp_path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["article", "lang", "segments", "new", "mt", "reviewed", "final",
                                "qa", "errors", "file"]
    assert lines[1].split()[:7] == ["done", "en", "2", "0", "0", "2", "1"]
    assert lines[-1].endswith("1/3 ready")

    data = json.loads(runner.invoke(cli, ["status", str(tmp_path), "--json"]).output)
    assert [(f["article_id"], f["lang"]) for f in data["files"]] == [
        ("done", "en"), ("kontum-2023-09-24", "en"), ("kontum-2023-09-24", "lo")
    ]

    (tmp_path / "en" / "zz.xlf").write_bytes(b"<xliff version='1.2'><file>")
    result = runner.invoke(cli, ["status", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == (
        "Error: 1 of 4 files could not be read (listed above); "
        "fix them or translate the articles again"
    )
    assert any(line.startswith("error: en/zz.xlf: ") for line in result.output.splitlines())
