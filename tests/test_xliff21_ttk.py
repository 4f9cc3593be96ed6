"""XLIFF 2.1 through Translate Toolkit's unit API: MT is fuzzy, a person's work is translated."""

from __future__ import annotations

import pytest

from ttdn_i18n.formats import parse_document
from ttdn_i18n.formats.xliff21 import dump_xliff21
from ttdn_i18n.model import BlockType, Document, Provenance, State, Unit

xliff2 = pytest.importorskip("translate.storage.xliff2", reason="Translate Toolkit not installed")

PROV = Provenance("0.1.0", "ctranslate2", "translate-vi_en-1.9", "direct", "none")


def doc() -> Document:
    units = (
        Unit("b1-s0", "Một", "One", State.NEEDS_REVIEW, "mt", BlockType.PARAGRAPH, 1),
        Unit("b1-s1", "Hai", "", State.NEW, "", BlockType.PARAGRAPH, 1),
        Unit("b1-s2", "Ba", "Three", State.TRANSLATED, "human", BlockType.PARAGRAPH, 1),
        Unit("b1-s3", "Bốn", "Four", State.FINAL, "human", BlockType.PARAGRAPH, 1),
    )
    return Document("a", "a.txt", "vi", "en", "plaintext", units, PROV)


def _ttk_units(data: bytes) -> dict[str, object]:
    store = xliff2.Xliff2File.parsestring(data)
    return {u.source: u for u in store.units if u.source}


def test_translate_toolkit_sees_mt_as_fuzzy() -> None:
    units = _ttk_units(dump_xliff21(doc()))
    mt, new, done, final = units["Một"], units["Hai"], units["Ba"], units["Bốn"]
    assert mt.isfuzzy() and not mt.istranslated()  # raw MT needs work
    assert not new.isfuzzy() and not new.istranslated()
    assert done.istranslated() and not done.isfuzzy()
    assert final.istranslated() and final.isapproved()


def test_work_saved_by_translate_toolkit_reads_as_reviewed() -> None:
    store = xliff2.Xliff2File.parsestring(dump_xliff21(doc()))
    for unit in store.units:
        if unit.source == "Một":
            unit.target = "One (checked)"
            unit.markfuzzy(False)  # what a CAT tool does when the translator confirms
        if unit.source == "Hai":
            unit.target = "Two"
            unit.markfuzzy(False)
    back = {u.source: u for u in parse_document(bytes(store), name="a.xliff").units}
    assert back["Một"].state is State.TRANSLATED and back["Một"].target == "One (checked)"
    assert back["Hai"].state is State.TRANSLATED and back["Hai"].target == "Two"
    assert back["Ba"].state is State.TRANSLATED
