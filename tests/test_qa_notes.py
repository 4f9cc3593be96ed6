"""The QA notes in a written file are exactly what `check` reports for it (issue 11)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from ttdn_i18n.batch import translate_paths
from ttdn_i18n.formats import read_document
from ttdn_i18n.review.qa import check_document, check_files
from ttdn_i18n.review.status import collect_status
from ttdn_i18n.terms.glossary import default_glossary_path, load_glossary

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


@pytest.mark.parametrize("fmt", ["xliff12", "xliff21", "po"])
def test_file_qa_notes_equal_check_findings(installed_models: Path, tmp_path: Path,
                                            fmt: str) -> None:
    glossary = load_glossary(default_glossary_path())
    out = tmp_path / "out"
    translate_paths([EXAMPLES], out, ["en", "lo", "km"], fmt=fmt, glossary=glossary)
    files = sorted(p for p in out.rglob("*") if p.suffix in (".xlf", ".xliff", ".po"))
    assert len(files) == 9
    total_noted = 0
    for path in files:
        doc = read_document(path)
        noted = Counter((u.id, f.code) for u in doc.units for f in u.flags)
        found = check_document(doc, file=str(path))
        assert set(noted) == {(f.unit_id, f.check) for f in found}, path
        # One note per distinct problem: never the same finding twice.
        assert all(n == sum(1 for f in found if (f.unit_id, f.check) == key)
                   for key, n in noted.items()), path
        total_noted += sum(noted.values())
        # `status` counts the errors `check` reports.
    assert total_noted > 0
    findings = check_files([out])
    rows = collect_status(out)
    assert sum(r.qa_errors for r in rows) == sum(1 for f in findings if f.severity == "error")


def test_each_term_is_listed_once_per_unit(installed_models: Path, tmp_path: Path) -> None:
    glossary = load_glossary(default_glossary_path())
    out = tmp_path / "out"
    translate_paths([EXAMPLES], out, ["en"], glossary=glossary)
    ns = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
    for path in (out / "en").glob("*.xlf"):
        root = etree.parse(str(path)).getroot()
        for tu in root.iterfind(".//x:trans-unit", ns):
            notes = [n.text or "" for n in tu.iterfind("x:note[@from='ttdn-glossary']", ns)]
            assert len(notes) <= 1
            if notes:
                entries = notes[0].split("; ")
                assert len(entries) == len(set(entries))
            qa = [n.text for n in tu.iterfind("x:note[@from='ttdn-qa']", ns)]
            assert len(qa) == len(set(qa))
