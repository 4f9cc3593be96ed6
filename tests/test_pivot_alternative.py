"""Pivot routes keep the English intermediate as an alternative in every format (issue 11)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from ttdn_i18n.batch import translate_paths
from ttdn_i18n.formats import read_document

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


@pytest.mark.parametrize("fmt", ["xliff12", "xliff21", "po"])
def test_lao_through_english_keeps_the_english(installed_models: Path, tmp_path: Path,
                                               fmt: str) -> None:
    out = tmp_path / "out"
    summary = translate_paths([EXAMPLES / "hoi-nghi-thong-tin-doi-ngoai.txt"], out, ["en", "lo"],
                              fmt=fmt)
    routes = {s.lang: s.route for s in summary.languages}
    assert routes == {"en": "direct", "lo": "pivot"}
    (lo_file,) = summary.outputs[1:] if summary.outputs[0].parent.name == "en" else \
        summary.outputs[:1]
    (en_file,) = [p for p in summary.outputs if p != lo_file]
    lo = read_document(lo_file)
    mt_units = [u for u in lo.units if u.origin == "mt"]
    assert mt_units
    for u in mt_units:
        english = [a for a in u.alternatives if a.lang == "en"]
        assert len(english) == 1 and english[0].text and "pivot-en" in english[0].origin
    # A direct route has no intermediate.
    assert not any(a.lang for u in read_document(en_file).units for a in u.alternatives)
    data = lo_file.read_bytes()
    if fmt == "xliff12":
        from support import schema12

        schema12().assertValid(etree.fromstring(data))
    if fmt == "po":
        assert b'\n# pivot en (' in data
    else:
        root = etree.fromstring(data)
        targets = root.xpath("//*[local-name()='alt-trans' or local-name()='match']"
                             "/*[local-name()='target']")
        langs = {t.get("{http://www.w3.org/XML/1998/namespace}lang") for t in targets}
        assert "en" in langs
