"""With no MT, every format says so in words, never "engine: none" (issue 11)."""

from __future__ import annotations

import pytest

from ttdn_i18n.formats import dump_document, parse_document
from ttdn_i18n.model import Document, Provenance, State, Unit


def _doc(engine: str) -> Document:
    prov = (Provenance("1.0", "none", "", "none", "none") if engine == "none"
            else Provenance("1.0", "ctranslate2", "translate-vi_en 1.0", "direct", "none"))
    unit = Unit("b1.s0", "Xin chào.", "" if engine == "none" else "Hello.",
                State.NEW if engine == "none" else State.NEEDS_REVIEW)
    return Document("a", "a.txt", "vi", "en", "plaintext", (unit,), prov)


@pytest.mark.parametrize("fmt", ["xliff12", "xliff21", "po"])
def test_no_mt_header_says_so(fmt: str) -> None:
    data = dump_document(_doc("none"), fmt).decode()
    assert "no machine translation" in data
    assert "engine: none" not in data and "machine draft" not in data
    back = parse_document(data.encode(), name="a" + (".po" if fmt == "po" else ".xlf"))
    assert back.notes == () and back.provenance.engine == "none"


@pytest.mark.parametrize("fmt", ["xliff12", "xliff21", "po"])
def test_mt_header_names_the_engine(fmt: str) -> None:
    data = dump_document(_doc("ct2"), fmt).decode()
    assert "machine translation by ttdn-i18n" in data and "engine: ctranslate2" in data
    back = parse_document(data.encode(), name="a" + (".po" if fmt == "po" else ".xlf"))
    assert back.notes == ()
