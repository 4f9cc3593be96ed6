"""A new translator-file format is one module plus one registry entry.

The toy format below is a complete (if plain) JSON serialization of a
Document.  Registered once, it must be accepted by every command that reads
or writes translator files: translate --format, check, status, tm import and
publish, with no other change to the package.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from support import EXAMPLES, run_cli
from ttdn_i18n.errors import FormatError
from ttdn_i18n.formats import (
    Format,
    Probe,
    format_names,
    get_format,
    register_format,
    translation_suffixes,
    unregister_format,
)
from ttdn_i18n.formats.notes import parse_signature
from ttdn_i18n.model import BlockType, Document, Origin, State, Unit

MAGIC = "toy-translation-file"


def _dump(doc: Document) -> bytes:
    return json.dumps({
        "format": MAGIC,
        "article": doc.article_id,
        "original": doc.original,
        "source_lang": doc.source_lang,
        "target_lang": doc.target_lang,
        "datatype": doc.datatype,
        "provenance": doc.provenance.signature,
        "checksum": doc.source_checksum,
        "date": doc.date,
        "units": [
            {"id": u.id, "source": u.source, "target": u.target, "state": u.state.value,
             "origin": u.origin.value, "block": [u.block_type.value, u.block_index],
             "translate": u.translate}
            for u in doc.units
        ],
    }, ensure_ascii=False, indent=1).encode("utf-8")


def _parse(probe: Probe) -> Document:
    data = json.loads(probe.data.decode("utf-8"))
    return Document(
        article_id=data["article"],
        original=data["original"],
        source_lang=data["source_lang"],
        target_lang=data["target_lang"],
        datatype=data["datatype"],
        provenance=parse_signature(data["provenance"]),
        source_checksum=data["checksum"],
        date=data["date"],
        units=tuple(
            Unit(id=u["id"], source=u["source"], target=u["target"], state=State(u["state"]),
                 origin=Origin(u["origin"]), block_type=BlockType(u["block"][0]),
                 block_index=u["block"][1], translate=u["translate"])
            for u in data["units"]
        ),
    )


TOY = Format(
    name="toy",
    suffix=".toyjson",
    description="a JSON format written by this test",
    dump=_dump,
    parse=_parse,
    detect=lambda probe: probe.data.lstrip().startswith(b"{") and MAGIC.encode() in probe.data[:64],
    label="toy JSON",
)


@pytest.fixture()
def toy_format() -> Iterator[Format]:
    register_format(TOY)
    try:
        yield TOY
    finally:
        unregister_format(TOY.name)


def test_the_table_is_the_one_list() -> None:
    assert format_names()[:3] == ("xliff12", "xliff21", "po")
    assert translation_suffixes() == (".xlf", ".xliff", ".po", ".pot")
    with pytest.raises(FormatError, match="unknown format 'toy'; use one of: xliff12, xliff21, po"):
        get_format("toy")


def test_a_suffix_belongs_to_one_format() -> None:
    clash = Format("other", ".po", "x", _dump, _parse, lambda p: False)
    with pytest.raises(FormatError, match=r"suffix \.po of format 'other' is already used by 'po'"):
        register_format(clash)


def test_every_command_accepts_a_registered_format(toy_format: Format, tmp_path: Path) -> None:
    out = tmp_path / "out"
    article = EXAMPLES / "hoi-nghi-thong-tin-doi-ngoai.txt"
    code, stdout, stderr = run_cli("translate", str(article), "--to", "en", "--out", str(out),
                                   "--format", "toy")
    assert code == 0, stderr
    written = out / "en" / "hoi-nghi-thong-tin-doi-ngoai.toyjson"
    assert written.is_file()
    assert "Output: " in stdout and "(toy, 1 files written)" in stdout
    doc = json.loads(written.read_text("utf-8"))
    assert doc["format"] == MAGIC and doc["target_lang"] == "en"

    # check: finds the file in the folder and reports findings on it.
    code, stdout, _ = run_cli("check", str(out))
    assert "hoi-nghi-thong-tin-doi-ngoai.toyjson" in stdout
    assert code == 0  # no model: empty targets are warnings, not errors

    # status: one row for the toy file.
    code, stdout, _ = run_cli("status", str(out))
    assert code == 0
    assert "en/hoi-nghi-thong-tin-doi-ngoai.toyjson" in stdout

    # A reviewer fills every translatable unit and marks it translated.
    doc["units"] = [
        dict(u, target=u["source"] if not u["translate"] else f"Reviewed {u['id']}.",
             state="translated" if u["translate"] else u["state"])
        for u in doc["units"]
    ]
    written.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")

    # tm import: the reviewed units go into the memory.
    code, stdout, stderr = run_cli("tm", "import", str(written), "--out", str(out))
    assert code == 0, stderr
    units = sum(1 for u in doc["units"] if u["translate"])
    assert stdout.startswith(f"{written}: imported {units} entries")

    # publish: the page is built from the toy file.
    site = tmp_path / "site"
    code, stdout, stderr = run_cli("publish", str(out / "en"), "--out", str(site),
                                   "--format", "txt", "--allow-unreviewed")
    assert code == 0, stderr
    page = (site / "en" / "hoi-nghi-thong-tin-doi-ngoai.txt").read_text("utf-8")
    assert "Reviewed b0.s1." in page
