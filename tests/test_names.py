"""Personal names: the ``names`` QA check, placeholder masking around MT, the summary figure."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from support import run_cli
from ttdn_i18n.config import parse_config
from ttdn_i18n.errors import ConfigError
from ttdn_i18n.model import Document, Origin, Provenance, State, Unit
from ttdn_i18n.mt.engine import DecodeOptions, Hypothesis, MTResult
from ttdn_i18n.mt.packages import ModelInfo
from ttdn_i18n.review.qa import check_document
from ttdn_i18n.sources.segments import protected_spans
from ttdn_i18n.terms.names import (
    expected_name,
    mask_names,
    name_in_target,
    restore_names,
    source_names,
)

SRC = "Thủ tướng Phạm Minh Chính phát biểu tại hội nghị."
ARTICLE = """Thủ tướng làm việc với tỉnh

Sáng 7/5, Thủ tướng Phạm Minh Chính làm việc với lãnh đạo tỉnh.

Ông Nguyễn Văn An báo cáo tình hình kinh tế xã hội của tỉnh.
"""


def _doc(lang: str, target: str, *, state: State = State.NEEDS_REVIEW,
         source: str = SRC) -> Document:
    unit = Unit(id="u1", source=source, target=target, state=state, origin=Origin.MT,
                protected=protected_spans(source))
    return Document("a", "a.txt", "vi", lang, "plaintext", (unit,),
                    Provenance("0", "none", "", "none", "none"))


def _names(doc: Document, **kw: str) -> list[tuple[str, str]]:
    return [(f.severity, f.message) for f in check_document(doc, **kw) if f.check == "names"]


# --- the check -------------------------------------------------------------------------------


def test_english_target_without_the_name_is_an_error_naming_the_ascii_form() -> None:
    found = _names(_doc("en", "The Prime Minister spoke at the conference."))
    assert found == [("error", "the name “Phạm Minh Chính” is missing from the target; "
                               "write it as “Pham Minh Chinh”")]


@pytest.mark.parametrize("target", [
    "Prime Minister Pham Minh Chinh spoke at the conference.",
    "PRIME MINISTER PHAM MINH CHINH SPOKE AT THE CONFERENCE.",
    "Prime Minister Phạm Minh Chính spoke at the conference.",  # as written: accepted too
    "Pham Minh Chinh's speech at the conference.",
])
def test_ascii_style_accepts_the_ascii_form_or_the_name_as_written(target: str) -> None:
    assert _names(_doc("en", target)) == []


def test_keep_style_expects_the_name_as_written() -> None:
    doc = _doc("en", "Prime Minister Pham Minh Chinh spoke at the conference.")
    assert _names(doc, names="keep") == [
        ("error", "the name “Phạm Minh Chính” is missing from the target; "
                  "write it as “Phạm Minh Chính”")]
    assert _names(_doc("en", "Prime Minister Phạm Minh Chính spoke."), names="keep") == []


def test_lao_and_khmer_get_a_warning_until_the_unit_is_reviewed() -> None:
    for lang in ("lo", "km"):
        found = _names(_doc(lang, "ນາຍົກລັດຖະມົນຕີ ກ່າວ"))
        assert [s for s, _ in found] == ["warning"]
        assert "“Phạm Minh Chính”" in found[0][1]
        # A reviewer transliterated it: nothing to check against.
        assert _names(_doc(lang, "ນາຍົກລັດຖະມົນຕີ ຟ້າມ ມິງ ຈິ້ງ", state=State.FINAL)) == []
    assert _names(_doc("lo", "ນາຍົກ Phạm Minh Chính ກ່າວ")) == []


def test_names_are_recomputed_when_a_unit_has_no_protected_spans() -> None:
    doc = _doc("en", "The PM spoke.")
    bare = dataclasses.replace(doc, units=(dataclasses.replace(doc.units[0], protected=()),))
    assert _names(bare) == _names(doc) != []


@pytest.mark.parametrize("fmt", ["xliff12", "xliff21", "po"])
def test_protected_names_survive_every_format(fmt: str) -> None:
    from ttdn_i18n.formats import dump_document, parse_document

    doc = _doc("en", "The PM spoke.")
    back = parse_document(dump_document(doc, fmt), name="a")
    assert [s for s in back.units[0].protected if s.kind == "name"] == [
        s for s in doc.units[0].protected if s.kind == "name"]
    assert _names(back) == _names(doc)


def test_config_names_setting() -> None:
    assert parse_config({}).check.names == "ascii"
    assert parse_config({"check": {"names": "keep"}}).check.names == "keep"
    with pytest.raises(ConfigError, match=r"\[check\] names is 'latin'"):
        parse_config({"check": {"names": "latin"}})
    assert parse_config({"translate": {"names_masking": False}}).translate.names_masking is False
    with pytest.raises(ConfigError, match="names_masking must be true or false"):
        parse_config({"translate": {"names_masking": "off"}})


def test_cli_check_reads_the_name_style_from_the_config(tmp_path: Path) -> None:
    from ttdn_i18n.formats import dump_document

    xlf = tmp_path / "a.xlf"
    xlf.write_bytes(dump_document(_doc("en", "Prime Minister Pham Minh Chinh spoke at the "
                                                "conference."), "xliff12"))
    code, out, _ = run_cli("check", "--json", str(xlf))
    assert [f for f in json.loads(out)["findings"] if f["check"] == "names"] == []
    (tmp_path / "keep.toml").write_text('[check]\nnames = "keep"\n', encoding="utf-8")
    code, out, _ = run_cli("check", "--json", "--config", str(tmp_path / "keep.toml"), str(xlf))
    assert code == 1
    assert [f["check"] for f in json.loads(out)["findings"]] == ["names"]


# --- masking ---------------------------------------------------------------------------------


def test_mask_and_restore() -> None:
    src = "Ông Nguyễn Văn An gặp Phạm Minh Chính và Nguyễn Văn Anh năm 8801."
    names = source_names(src)
    assert names == ["Nguyễn Văn An", "Phạm Minh Chính", "Nguyễn Văn Anh"]
    masked, mapping = mask_names(src, names)
    assert not any(n in masked for n in names) and "8801." in masked  # a number of the text
    assert sorted(mapping.values()) == sorted(names)
    assert set(mapping) == {"7701", "7702", "7703"}  # 88xx is taken by the sentence
    hyp = masked.replace("Ông", "Mr").replace("gặp", "met").replace("và", "and")
    restored, kept = restore_names(hyp, mapping, "en")
    assert restored == "Mr Nguyen Van An met Pham Minh Chinh and Nguyen Van Anh năm 8801."
    assert kept == 3
    assert restore_names(hyp, mapping, "lo")[0].startswith("Mr Nguyễn Văn An met Phạm Minh")
    assert restore_names("Mr met.", mapping, "en") == ("Mr met.", 0)
    assert expected_name("Đặng Thị Ngọc Thịnh", "en") == "Dang Thi Ngoc Thinh"
    assert name_in_target("DANG THI NGOC THINH", "Đặng Thị Ngọc Thịnh", "en")


_PLACEHOLDER = re.compile(r"(?<!\d)\d{4}(?!\d)")
SEEN: list[str] = []


class _CopiesNumbers:
    """The real CTranslate2 engine (random tiny weights) + what a trained model does
    with a number: copy it.  Every hypothesis gets the input's placeholders appended."""

    name = "copies-numbers"

    def __init__(self, model: ModelInfo, options: DecodeOptions) -> None:
        from ttdn_i18n.mt.ctranslate2 import open_engine

        self.inner = open_engine(model, options)
        self.model_label = self.inner.model_label

    @property
    def warnings(self) -> Sequence[str]:
        return self.inner.warnings

    def translate(self, sentences: Sequence[str], options: DecodeOptions,
                  suppress: Sequence[str] = (), *, source: str | None = None,
                  target: str | None = None) -> list[MTResult]:
        SEEN.extend(sentences)
        out = self.inner.translate(sentences, options, suppress, source=source, target=target)
        return [
            dataclasses.replace(res, hypotheses=tuple(
                Hypothesis(" ".join([h.text, *_PLACEHOLDER.findall(s)]), h.score, h.capped)
                for h in res.hypotheses))
            for s, res in zip(sentences, out, strict=True)
        ]


@pytest.fixture
def copies_numbers(installed_models: Path) -> Iterator[str]:
    from ttdn_i18n.mt.engine import register_engine, unregister_engine

    SEEN.clear()
    register_engine(_CopiesNumbers.name, _CopiesNumbers)  # type: ignore[arg-type]
    try:
        yield _CopiesNumbers.name
    finally:
        unregister_engine(_CopiesNumbers.name)


def _article():  # type: ignore[no-untyped-def]
    from ttdn_i18n.sources import parse_article

    return parse_article(ARTICLE, fmt="txt", article_id="pm", path="pm.txt", checksum="x")


def _unit_with(doc: Document, word: str) -> Unit:
    return next(u for u in doc.units if word in u.source and u.translate)


def test_masking_restores_the_office_form_through_the_real_tiny_models(
    copies_numbers: str,
) -> None:
    from ttdn_i18n.pipeline import translate_articles

    docs = translate_articles([_article()], ["en", "lo"], backend=copies_numbers)
    en, lo = docs
    assert any("8801" in s and "Phạm" not in s for s in SEEN)  # the model saw the mask
    pm = _unit_with(en, "Phạm Minh Chính")
    assert pm.origin == Origin.MT and "Pham Minh Chinh" in pm.target
    assert not any(f.code == "names" for f in pm.flags)
    assert "Nguyen Van An" in _unit_with(en, "Nguyễn Văn An").target
    # Lao (through the English pivot): the name as written, for the reviewer.
    assert "Phạm Minh Chính" in _unit_with(lo, "Phạm Minh Chính").target
    keep = translate_articles([_article()], ["en"], backend=copies_numbers, names="keep")[0]
    assert "Phạm Minh Chính" in _unit_with(keep, "Phạm Minh Chính").target


def test_a_dropped_name_is_a_names_error_and_masking_can_be_turned_off(
    installed_models: Path, copies_numbers: str,
) -> None:
    from ttdn_i18n.pipeline import translate_articles

    # The random tiny model alone drops the placeholder: the check says so.
    en = translate_articles([_article()], ["en"])[0]
    pm = _unit_with(en, "Phạm Minh Chính")
    assert pm.origin == Origin.MT
    assert [f.message for f in pm.flags if f.code == "names"] == [
        "the name “Phạm Minh Chính” is missing from the target; write it as “Pham Minh Chinh”"]
    SEEN.clear()
    translate_articles([_article()], ["en"], backend=copies_numbers, names_masking=False)
    assert any("Phạm Minh Chính" in s for s in SEEN) and not any("8801" in s for s in SEEN)


def test_masking_is_part_of_the_mt_cache_key() -> None:
    from types import SimpleNamespace

    from ttdn_i18n.review.mtcache import cache_context

    route = SimpleNamespace(steps=(), backend="ctranslate2", provenance_route="direct")
    on = cache_context(route, DecodeOptions(), "nbest", names="mask")  # type: ignore[arg-type]
    off = cache_context(route, DecodeOptions(), "nbest", names="off")  # type: ignore[arg-type]
    assert on != off and on.endswith("names=mask")


# --- the run summary -------------------------------------------------------------------------


def test_summary_reports_name_adherence_per_language(copies_numbers: str,
                                                     tmp_path: Path) -> None:
    from ttdn_i18n.batch import translate_paths

    src = tmp_path / "pm.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    summary = translate_paths([src], tmp_path / "out", ["en"], backend=copies_numbers,
                              mt_cache=False)
    en = summary.languages[0]
    assert (en.names_present, en.names_total) == (2, 2)
    assert en.name_adherence == 1.0
    assert "names 2/2 (100.0%)" in summary.format()
    row = summary.as_dict()["languages"][0]  # type: ignore[index]
    assert (row["names_present"], row["names_total"], row["name_adherence"]) == (2, 2, 1.0)
    dropped = translate_paths([src], tmp_path / "out2", ["en"], mt_cache=False).languages[0]
    assert (dropped.names_present, dropped.names_total) == (0, 2)


def test_cli_names_masking_option(installed_models: Path, tmp_path: Path) -> None:
    src = tmp_path / "pm.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    code, out, err = run_cli("translate", str(src), "--to", "en", "--out", str(tmp_path / "o"),
                             "--names-masking", "off", "--json", "--no-mt-cache")
    assert code == 0, err
    assert json.loads(out)["languages"][0]["names_total"] == 2
