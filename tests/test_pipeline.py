"""pipeline: articles → documents (units, states, glossary enforcement, provenance)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ttdn_i18n.model import State
from ttdn_i18n.pipeline import (
    SegmentMT,
    build_document,
    choose_hypothesis,
    inject_terms,
    provenance_for,
    translate_articles,
)
from ttdn_i18n.sources import parse_article
from ttdn_i18n.terms.glossary import load_glossary

ROOT = Path(__file__).resolve().parents[1]
GLOSSARY = load_glossary(ROOT / "src" / "ttdn_i18n" / "glossaries" / "ttdn-starter.tbx")

TEXT = """Hội nghị của Ban Chỉ đạo tỉnh

Sáng 7/5, Ban Chỉ đạo (BCĐ) công tác thông tin đối ngoại tỉnh họp với các sở, ngành.

Đại biểu dự hội nghị. Ảnh: T.H

BCĐ sẽ tiếp tục phối hợp với Sở Ngoại vụ. Trang web bet365_cách vào bet365 đặt cược bet365 ngay.

Thu Hà
"""


def _article():
    return parse_article(TEXT, fmt="txt", article_id="bcd", path="bcd.txt", checksum="abc")


def test_choose_hypothesis_prefers_the_approved_term_and_avoids_forbidden_ones() -> None:
    hits = GLOSSARY.hits_for("Ban Chỉ đạo họp", "en")
    assert [h.target for h in hits] == ["Steering Committee"]
    assert choose_hypothesis(["The board met", "The Steering Committee met"], hits, "en") == 1
    # Ties keep the model's order.
    assert choose_hypothesis(["A met", "B met"], hits, "en") == 0
    assert choose_hypothesis(
        ["The Board of Directors and Steering Committee met", "The committee met"], hits, "en"
    ) == 1
    assert choose_hypothesis(["anything"], hits, "en") == 0


def test_inject_terms_replaces_each_matched_span() -> None:
    text = "Ban Chỉ đạo phối hợp với Sở Ngoại vụ."
    hits = GLOSSARY.hits_for(text, "en")
    assert inject_terms(text, hits) == (
        "Steering Committee phối hợp với Department of Foreign Affairs."
    )
    assert inject_terms(text, ()) == text


def test_build_document_units_states_and_flags() -> None:
    art = _article()
    segs = {s.text: s for s in art.segments}
    para = next(t for t in segs if t.startswith("Sáng 7/5"))
    follow = next(t for t in segs if t.startswith("BCĐ sẽ"))
    mt = {
        para: SegmentMT("On May 7, the Steering Committee met.", ()),
        follow: SegmentMT("The Board of Directors will work with it.", ()),
    }
    prov = provenance_for(None, GLOSSARY, None)
    doc = build_document(art, "en", mt=mt, glossary=GLOSSARY, provenance=prov)
    by_source = {u.source: u for u in doc.units}

    ok = by_source[para]
    assert (ok.state, ok.origin, ok.target) == (State.NEEDS_REVIEW, "mt",
                                                "On May 7, the Steering Committee met.")
    steering = [t for t in ok.terms if t.target == "Steering Committee"]
    assert steering and all(t.present for t in steering)
    assert not any(f.code == "term-missing" and "Steering" in f.message for f in ok.flags)

    bad = by_source[follow]
    codes = {f.code: f for f in bad.flags}
    assert "term-forbidden" in codes and codes["term-forbidden"].severity == "error"
    assert codes["term-forbidden"].evidence == "Board of Directors"
    assert "term-missing" in codes

    credit = next(u for u in doc.units if u.source == "Ảnh: T.H")
    assert (credit.translate, credit.target, credit.state) == (False, "Photo: T.H", State.FINAL)
    byline = next(u for u in doc.units if u.source == "Thu Hà")
    assert not byline.translate

    spam = next(u for u in doc.units if "bet365" in u.source)
    assert spam.target == "" and spam.state is State.NEW
    assert any(f.code == "spam" for f in spam.flags)
    assert doc.provenance.signature.startswith("ttdn-i18n:")
    assert "glossary:ttdn-starter@sha256:" in doc.provenance.signature


def test_translation_memory_match_wins_over_mt() -> None:
    art = _article()
    seg = next(s for s in art.segments if s.text.startswith("Sáng 7/5"))
    doc = build_document(
        art, "en",
        mt={seg.text: SegmentMT("machine", ())},
        tm={seg.key: ("From memory", State.SIGNED_OFF)},
        provenance=provenance_for(None, None, None),
    )
    unit = next(u for u in doc.units if u.id == seg.id)
    assert (unit.target, unit.state, unit.origin) == ("From memory", State.SIGNED_OFF, "tm")


def test_no_model_documents_are_for_human_translation() -> None:
    doc = build_document(_article(), "km", provenance=provenance_for(None, None, None),
                         no_model_reason="No installed model … install one")
    translatable = [u for u in doc.units if u.translate]
    assert translatable and all(u.target == "" and u.state is State.NEW for u in translatable)
    assert doc.notes and "install" in doc.notes[0].text
    assert doc.provenance.engine == "none"


def test_translate_articles_through_a_real_model(installed_models: Path) -> None:
    docs = translate_articles([_article()], ["en", "lo", "km"], glossary=GLOSSARY)
    by_lang = {d.target_lang: d for d in docs}
    assert set(by_lang) == {"en", "lo", "km"}
    en = by_lang["en"]
    mt_units = [u for u in en.units if u.origin == "mt"]
    assert mt_units and all(u.target for u in mt_units)
    assert en.provenance.engine == "ctranslate2" and en.provenance.route == "direct"
    assert by_lang["lo"].provenance.route == "pivot:en"
    assert by_lang["km"].provenance.route == "none"
    # Flagged segments never reach the engine, whatever the language.
    for d in docs:
        assert all(u.target == "" for u in d.units if any(f.code == "spam" for f in u.flags))


@pytest.mark.parametrize("terms", ["nbest", "inject", "off"])
def test_term_strategies_run(installed_models: Path, terms: str) -> None:
    docs = translate_articles([_article()], ["en"], glossary=GLOSSARY, terms=terms)
    assert any(u.origin == "mt" for u in docs[0].units)


def test_unknown_term_strategy(installed_models: Path) -> None:
    from ttdn_i18n.errors import ConfigError

    with pytest.raises(ConfigError, match="unknown term strategy 'magic'"):
        translate_articles([_article()], ["en"], glossary=GLOSSARY, terms="magic")



def test_a_term_missing_twice_is_flagged_once() -> None:
    art = parse_article("Tin ngắn\n\nThành viên BCĐ họp với BCĐ tỉnh bạn hôm nay.\n", fmt="txt",
                        article_id="x")
    seg = next(s for s in art.segments if "họp" in s.text)
    doc = build_document(art, "en", mt={seg.text: SegmentMT("They met today.", ())},
                         glossary=GLOSSARY, provenance=provenance_for(None, GLOSSARY, None))
    unit = next(u for u in doc.units if u.id == seg.id)
    assert len([h for h in unit.terms if h.target == "Steering Committee"]) == 2
    assert [f.code for f in unit.flags] == ["term-missing"]
