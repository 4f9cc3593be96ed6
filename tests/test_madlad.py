"""MADLAD-400 (T5) import: `models import CKPT --kind madlad`, offline, through CTranslate2.

A tiny random T5 v1.1 checkpoint shaped like google/madlad400-*-mt (spiece.model
with ``<2xx>`` user-defined pieces, gated-GELU, untied output layer) is built
with transformers, imported, and must translate vi→lo/km through our engine
exactly as transformers' greedy ``generate()`` does, token for token, with the
source written the MADLAD way: ``tokenizer("<2lo> " + sentence)``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from support import run_cli
from ttdn_i18n.mt.convert import detect_kind, import_checkpoint, language_token
from ttdn_i18n.mt.packages import commercial_use, list_models, plan_route, plan_routes

SENTENCES = [
    "Thủ tướng Chính phủ tiếp Đại sứ Lào tại Hà Nội.",
    "Việt Nam và Campuchia ký kết biên bản ghi nhớ về giáo dục.",
    "Người dân vùng biên giới được hỗ trợ xây dựng nhà ở.",
]


@pytest.fixture(scope="module")
def madlad_checkpoint(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("transformers", reason="the [convert] extra is not installed")
    pytest.importorskip("torch", reason="the [convert] extra is not installed")
    from ttdn_i18n.mt.testing import build_hf_checkpoint

    return build_hf_checkpoint(
        tmp_path_factory.mktemp("hf-madlad"), kind="madlad", layers=1, d_model=32, heads=2,
        ffn=64, vocab_size=400, seed=5,
    )


def test_t5_is_madlad_and_its_language_tokens() -> None:
    assert detect_kind({"model_type": "t5"}, {"tokenizer_class": "T5Tokenizer"}) == "madlad"
    assert [language_token("madlad", c) for c in ("lo", "km", "en")] == ["<2lo>", "<2km>",
                                                                          "<2en>"]


@pytest.mark.parametrize(("text", "allowed"), [
    ("Apache-2.0", True), ("apache-2.0", True), ("mit", True), ("cc-by-4.0", True),
    ("CC0-1.0 (random weights built by ttdn_i18n.mt.testing)", True),
    ("CC-BY-NC-4.0", False), ("cc-by-nc-sa-4.0", False), ("non-commercial research only", False),
    ("", None), ("licensed to us by contract 42", None),
])
def test_commercial_use_of_a_licence(text: str, allowed: bool | None) -> None:
    assert commercial_use(text) is allowed


def test_import_records_kind_licence_and_multilingual_routes(
    tmp_path: Path, madlad_checkpoint: Path
) -> None:
    result = import_checkpoint(madlad_checkpoint, kind="madlad", to_codes="en,lo,km",
                               packages_dir=tmp_path)
    info = result.model
    assert result.warnings == ()  # Apache-2.0: nothing to warn about
    assert (info.kind, info.license, info.quantization) == ("madlad", "apache-2.0", "int8")
    assert info.multilingual and info.to_codes == ("en", "lo", "km")
    assert info.source_tokens("vi", "km") == ("▁", "<2km>") and info.target_tokens("km") == ()
    meta = json.loads((info.path / "metadata.json").read_text("utf-8"))["ttdn"]
    assert meta["kind"] == "madlad" and meta["source_prefix"] == "▁ <2{tgt}>"
    assert (info.path / "spiece.model").read_bytes() == \
        (madlad_checkpoint / "spiece.model").read_bytes()
    models, problems = list_models([tmp_path])
    assert problems == []
    routes = plan_routes(["en", "lo", "km"], models)
    assert {t: (r.kind, r.model_label) for t, r in routes.items()} == {
        t: ("multilingual", "madlad-tiny-1.0") for t in ("en", "lo", "km")}


def test_madlad_matches_transformers_greedy_decoding_token_for_token(
    tmp_path: Path, madlad_checkpoint: Path
) -> None:
    import ctranslate2
    import torch
    import transformers

    from ttdn_i18n.mt.ctranslate2 import SentencePieceTokenizer
    from ttdn_i18n.mt.engine import DecodeOptions, translate_route

    info = import_checkpoint(madlad_checkpoint, kind="madlad", to_codes="lo,km",
                             quantization="float32", packages_dir=tmp_path).model
    tok = transformers.AutoTokenizer.from_pretrained(str(madlad_checkpoint))
    hf = transformers.AutoModelForSeq2SeqLM.from_pretrained(str(madlad_checkpoint)).eval()
    hf.generation_config.forced_eos_token_id = None
    ct2 = ctranslate2.Translator(str(info.model_dir), device="cpu", compute_type="float32")
    sp = SentencePieceTokenizer(info.path / info.source_tokenizer)
    options = DecodeOptions(beam_size=1, num_hypotheses=1, compute_type="float32")
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    outputs: dict[str, list[str]] = {}
    try:
        for lang in ("lo", "km"):
            route = plan_route(lang, [info])
            for sentence in SENTENCES:
                ids = tok(f"<2{lang}> {sentence}").input_ids
                hf_source = tok.convert_ids_to_tokens(ids)
                ours = [*info.source_tokens("vi", lang), *sp.encode(sentence), "</s>"]
                # The engine writes the source exactly as MADLAD's tokenizer does.
                assert ours == hf_source
                cap = options.max_length(len(sp.encode(sentence)))
                with torch.no_grad():
                    out = hf.generate(torch.tensor([ids]), max_new_tokens=cap, num_beams=1,
                                      do_sample=False)
                generated = tok.convert_ids_to_tokens(out[0].tolist()[1:])  # drop <pad> start
                if generated and generated[-1] == "</s>":
                    generated = generated[:-1]
                converted = ct2.translate_batch([ours], beam_size=1, max_decoding_length=cap)
                assert converted[0].hypotheses[0] == generated, (lang, sentence)
                (result,) = translate_route(route, [sentence], options)
                assert result.best == sp.decode(
                    [t for t in generated if not (t.startswith("<2") and t.endswith(">"))])
                outputs.setdefault(lang, []).append(result.best)
    finally:
        torch.set_num_threads(threads)
    # The <2xx> token at the start of the source steers the decoder; the input matters.
    assert outputs["lo"] != outputs["km"]
    assert len(set(outputs["lo"])) > 1


def test_cli_imports_madlad_and_lists_licences(
    tmp_path: Path, madlad_checkpoint: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "packages"))
    code, out, err = run_cli("models", "import", str(madlad_checkpoint), "--kind", "madlad",
                             "--to", "lo,km")
    assert code == 0, err
    assert out.splitlines()[0].startswith("Imported madlad-tiny 1.0 (madlad, vi → lo,km), int8")
    assert "  lo: multilingual (madlad-tiny 1.0)" in out
    assert "  km: multilingual (madlad-tiny 1.0)" in out

    code, out, err = run_cli("models", "list")
    assert code == 0, err
    header, row = out.splitlines()[1:3]
    assert header.split() == ["NAME", "KIND", "LANGUAGES", "VERSION", "SIZE", "QUANTIZATION",
                              "COMMERCIAL", "LICENSE"]
    assert row.split()[:2] == ["madlad-tiny", "madlad"]
    assert row.split()[-2:] == ["yes", "apache-2.0"]
    code, out, err = run_cli("models", "list", "--json")
    (model,) = json.loads(out)["models"]
    assert (model["license"], model["commercial_use"]) == ("apache-2.0", True)
