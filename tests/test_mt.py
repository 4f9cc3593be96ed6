"""Translation through real tiny CTranslate2 models (random weights, real code path)."""

from __future__ import annotations

import shutil
import socket
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ttdn_i18n.errors import ConfigError, ModelError, MTError
from ttdn_i18n.mt.ctranslate2 import (
    BPETokenizer,
    CTranslate2Engine,
    SentencePieceTokenizer,
    _batches,
    cpu_threads,
    length_class,
    load_engine,
)
from ttdn_i18n.mt.engine import DecodeOptions, clear_engine_cache, thread_plan, translate_route
from ttdn_i18n.mt.packages import (
    ModelInfo,
    Route,
    install_package,
    list_models,
    plan_route,
    read_model,
)
from ttdn_i18n.mt.testing import build_argos_package

SENTENCES = [
    "Thủ tướng Chính phủ tiếp Đại sứ Lào tại Hà Nội.",
    "Hai nước nhất trí tăng cường hợp tác kinh tế.",
    "Mưa lớn gây sạt lở đất tại nhiều huyện miền núi.",
    "Xin chào",
    "Tổng kim ngạch thương mại song phương đạt 1,5 tỷ USD, tăng 12% so với cùng kỳ năm trước.",
]


def _model(root: Path, name: str) -> ModelInfo:
    return read_model(root / name)


@pytest.fixture
def vi_en(installed_models: Path) -> ModelInfo:
    return _model(installed_models, "translate-vi_en")


@pytest.fixture
def engine(vi_en: ModelInfo) -> CTranslate2Engine:
    return load_engine(vi_en, DecodeOptions())


def test_results_come_back_one_per_input_in_input_order(engine: CTranslate2Engine) -> None:
    together = engine.translate(SENTENCES)
    alone = [engine.translate([s])[0] for s in SENTENCES]
    assert len(together) == len(SENTENCES)
    assert [r.best for r in together] == [r.best for r in alone]
    # Otherwise the order check above could not fail.
    assert len({r.best for r in together}) > 1
    # A token budget that splits every batch changes no result either.
    split = engine.translate(SENTENCES, options=DecodeOptions(max_batch_tokens=1))
    assert split == together
    assert all(r.best and not r.capped for r in together)
    reversed_ = engine.translate(SENTENCES[::-1])
    assert [r.best for r in reversed_] == [r.best for r in together][::-1]


@pytest.mark.parametrize("n", [1, 2, 3])
def test_num_hypotheses_is_honoured_best_first(vi_en: ModelInfo, n: int) -> None:
    engine = load_engine(vi_en)
    results = engine.translate(SENTENCES[:2], options=DecodeOptions(num_hypotheses=n))
    for result in results:
        assert len(result.hypotheses) == n
        scores = [h.score for h in result.hypotheses]
        assert scores == sorted(scores, reverse=True)
        assert result.hypotheses[0].text == result.best


def test_identical_sentences_are_translated_once(engine: CTranslate2Engine) -> None:
    before = engine.stats
    results = engine.translate([SENTENCES[0], SENTENCES[1], SENTENCES[0], SENTENCES[0], ""])
    after = engine.stats
    assert after.calls - before.calls == 1
    assert after.sentences_requested - before.sentences_requested == 5
    assert after.sentences_translated - before.sentences_translated == 2
    assert results[0] == results[2] == results[3]
    assert results[4].best == "" and not results[4].capped


@pytest.mark.parametrize(
    ("options", "batches"),
    [
        (DecodeOptions(max_batch_size=2), 3),
        (DecodeOptions(max_batch_size=1), 5),
        (DecodeOptions(max_batch_size=30, batch_type="tokens"), None),
    ],
)
def test_bounded_batches_give_the_same_translations(
    engine: CTranslate2Engine, options: DecodeOptions, batches: int | None
) -> None:
    reference = [r.best for r in engine.translate(SENTENCES)]
    before = engine.stats.batches
    got = engine.translate(SENTENCES, options=options)
    used = engine.stats.batches - before
    assert [r.best for r in got] == reference
    # Sentences of different token lengths never share a batch: at least the bound.
    if batches is not None:
        assert batches <= used <= len(SENTENCES)
    else:
        assert 1 < used <= len(SENTENCES)


def test_length_cap_flags_capped_hypotheses(engine: CTranslate2Engine) -> None:
    # The tiny model always writes 6 tokens then </s>: a cap of 2 cuts it.
    capped = engine.translate(SENTENCES[:3], options=DecodeOptions(length_cap=(0.0, 2)))
    assert all(r.capped and all(h.capped for h in r.hypotheses) for r in capped)
    free = engine.translate(SENTENCES[:3])
    assert not any(r.capped for r in free)
    assert all(len(c.best) < len(f.best) for c, f in zip(capped, free, strict=True))


def test_a_model_that_never_stops_is_capped_by_default(tmp_path: Path) -> None:
    pkg = build_argos_package(tmp_path / "b", name="never-stops", stop_after=None, seed=4)
    model = install_package(pkg, tmp_path / "packages")
    results = load_engine(model).translate(["Xin chào", "Hà Nội"])
    assert all(r.capped for r in results)
    assert load_engine(model).stats.capped == 2


def test_pivot_route_goes_through_the_best_english_hypothesis(installed_models: Path) -> None:
    models, _ = list_models()
    route = plan_route("lo", models)
    assert route.kind == "pivot"
    options = DecodeOptions(num_hypotheses=2)
    results = translate_route(route, SENTENCES, options)
    assert len(results) == len(SENTENCES)
    first, second = (load_engine(step.model, options) for step in route.steps)
    english = first.translate(SENTENCES)
    for result, en in zip(results, english, strict=True):
        assert result.pivot == en.best
        assert len(result.hypotheses) == 2
        lao = second.translate([en.best], options=options)[0]
        assert [h.text for h in result.hypotheses] == [h.text for h in lao.hypotheses]
    # The en→lo model's vocabulary has Lao script; some of it shows up.
    assert any(any("\u0e80" <= ch <= "\u0eff" for ch in r.best) for r in results)


@pytest.mark.parametrize("target", ["en", "lo"])
def test_grouped_route_equals_one_call_per_group(installed_models: Path, target: str) -> None:
    # translate_sources sends every forbidden-term group in one pass; each group's
    # results must be what the group alone gets (direct and pivot routes).
    from ttdn_i18n.mt.engine import translate_route_groups

    models, _ = list_models()
    route = plan_route(target, models)
    options = DecodeOptions(num_hypotheses=2)
    alone = translate_route(route, SENTENCES[:2], options)
    forbidden = [alone[0].best.split()[0]]
    groups = [(SENTENCES[:2], []), (SENTENCES[2:], forbidden), (SENTENCES[1:3], [])]
    together = translate_route_groups(route, groups, options)
    assert together == [translate_route(route, list(s), options, suppress=f) for s, f in groups]
    assert together[0] == alone
    assert all(forbidden[0] not in h.text.split() for r in together[1] for h in r.hypotheses)


def test_direct_route_and_no_route(installed_models: Path) -> None:
    models, _ = list_models()
    direct = translate_route(plan_route("en", models), SENTENCES[:2])
    assert [r.best for r in direct] == [
        r.best for r in load_engine(models[1]).translate(SENTENCES[:2])
    ]
    with pytest.raises(MTError, match="no installed model translates vi→km"):
        translate_route(Route("km", (), "none"), SENTENCES)


def test_multilingual_model_uses_language_tokens(
    tmp_path: Path, argos_package_multilingual: Path
) -> None:
    model = install_package(argos_package_multilingual, tmp_path / "packages")
    engine = load_engine(model)
    to_lo = engine.translate(SENTENCES, source="vi", target="lo")
    to_km = engine.translate(SENTENCES, source="vi", target="km")
    for result in (*to_lo, *to_km):
        assert result.best and "__" not in result.best
    # The forced target token steers the decoder.
    assert [r.best for r in to_lo] != [r.best for r in to_km]
    with pytest.raises(MTError, match="does not translate vi→fr"):
        engine.translate(SENTENCES, source="vi", target="fr")


def test_underscores_survive_sentencepiece(vi_en: ModelInfo) -> None:
    tok = SentencePieceTokenizer(vi_en.path / "sentencepiece.model")
    for text in ("a_b", "Hà_Nội và snake_case_name", "__init__"):
        assert tok.decode(tok.encode(text)) == text


def test_bpe_tokenizer_round_trips_words(tmp_path: Path) -> None:
    codes = tmp_path / "bpe.model"
    codes.write_text("#version: 0.2\nn g\nn g</w>\nH à</w>\nt r\n", encoding="utf-8")
    tok = BPETokenizer(codes, "vi", "en")
    pieces = tok.encode("Hà Nội trong năm 2024, (tháng 9).")
    assert "Hà" in pieces and any(p.endswith("@@") for p in pieces)
    assert tok.decode(pieces) == "Hà Nội trong năm 2024, (tháng 9)."


def test_no_network_is_touched(
    vi_en: ModelInfo, installed_models: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    clear_engine_cache()
    models, _ = list_models()
    results = translate_route(plan_route("lo", models), SENTENCES[:2])
    assert len(results) == 2 and all(r.best for r in results)
    assert load_engine(vi_en).translate(["Xin chào"])[0].best


def test_engines_are_cached_per_model(vi_en: ModelInfo) -> None:
    assert load_engine(vi_en) is load_engine(vi_en, DecodeOptions(num_hypotheses=1))
    assert load_engine(vi_en) is not load_engine(vi_en, DecodeOptions(compute_type="float32"))


def test_unsupported_compute_type_falls_back(vi_en: ModelInfo) -> None:
    import ctranslate2

    engine = load_engine(vi_en, DecodeOptions(compute_type="float16"))
    assert engine.compute_type in ctranslate2.get_supported_compute_types("cpu")
    assert engine.translate(["Xin chào"])[0].best


def test_a_damaged_model_raises_model_error(tmp_path: Path, vi_en: ModelInfo) -> None:
    folder = tmp_path / "damaged"
    shutil.copytree(vi_en.path, folder)
    (folder / "model" / "model.bin").write_bytes(b"\0" * 64)
    with pytest.raises(ModelError, match=r"cannot load model damaged-1\.0 .*reinstall it"):
        load_engine(read_model(folder))
    (folder / "model" / "model.bin").unlink()
    with pytest.raises(ModelError, match="has no .*model.bin"):
        load_engine(read_model(folder))


def test_decode_options_are_validated() -> None:
    assert DecodeOptions().signature == "beam=4,n=3,maxlen=3x+10,lenclass=8"
    assert DecodeOptions(length_class=1).signature == "beam=4,n=3,maxlen=3x+10"
    assert DecodeOptions(beam_size=2, num_hypotheses=5).beam == 5
    assert DecodeOptions().max_length(10) == 40
    for bad in (
        {"batch_type": "lines"},
        {"compute_type": "int3"},
        {"num_hypotheses": 0},
        {"length_cap": (0.0, 0)},
        {"max_batch_size": 0},
        {"max_batch_tokens": 0},
        {"length_class": 0},
        {"length_class": 65},
    ):
        with pytest.raises(ConfigError):
            DecodeOptions(**bad)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES + ["", "a_b", "Lào"]), max_size=12))
def test_any_mix_of_repeats_matches_one_by_one_translation(
    argos_packages_dir: Path, picks: list[str]
) -> None:
    engine = load_engine(_model(argos_packages_dir, "translate-vi_en"))
    results = engine.translate(picks, options=DecodeOptions(num_hypotheses=1, max_batch_size=3))
    expected = {s: engine.translate([s], options=DecodeOptions(num_hypotheses=1))[0].best
                for s in set(picks)}
    assert [r.best for r in results] == [expected[s] for s in picks]


@pytest.mark.slow
def test_tiny_checkpoints_have_the_files_of_the_real_ones(
    tmp_path: Path, hf_checkpoints: dict[str, Path]
) -> None:
    import ctranslate2
    import sentencepiece as spm

    from ttdn_i18n.mt.testing import build_hf_checkpoint

    files = {
        "marian": {"config.json", "model.safetensors", "source.spm", "target.spm", "vocab.json",
                   "tokenizer_config.json", "README.md"},
        "m2m100": {"config.json", "model.safetensors", "sentencepiece.bpe.model", "vocab.json",
                   "tokenizer_config.json", "README.md"},
        "nllb": {"config.json", "model.safetensors", "sentencepiece.bpe.model",
                 "tokenizer.json", "tokenizer_config.json", "README.md"},
    }
    for kind, expected in files.items():
        assert expected <= {p.name for p in hf_checkpoints[kind].iterdir()}, kind
    # The Marian one converts with CTranslate2 alone (no language tokens involved).
    checkpoint = hf_checkpoints["marian"]
    ct2_dir = tmp_path / "ct2"
    ctranslate2.converters.TransformersConverter(str(checkpoint)).convert(str(ct2_dir))
    translator = ctranslate2.Translator(str(ct2_dir), device="cpu")
    sp = spm.SentencePieceProcessor(model_file=str(checkpoint / "source.spm"))
    out = translator.translate_batch(
        [sp.encode("Xin chào Hà Nội", out_type=str) + ["</s>"]], max_decoding_length=5
    )
    assert len(out[0].hypotheses[0]) <= 5
    with pytest.raises(ModelError, match="cannot build kind 'bart'"):
        build_hf_checkpoint(tmp_path / "x", kind="bart")


def test_each_model_is_loaded_once_on_cpu_int8_with_every_core(
    installed_models: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    import ctranslate2

    real = ctranslate2.Translator
    calls: list[dict[str, Any]] = []

    def spy(model_path: str, **kwargs: Any) -> Any:
        calls.append({"path": model_path, **kwargs})
        return real(model_path, **kwargs)

    monkeypatch.setattr(ctranslate2, "Translator", spy)
    clear_engine_cache()
    models, _ = list_models()
    route = plan_route("lo", models)  # two models: vi→en, en→lo
    for _ in range(3):
        translate_route(route, SENTENCES[:2])
    translate_route(plan_route("en", models), SENTENCES[:2])
    assert [Path(c["path"]).parent.name for c in calls] == ["translate-vi_en", "translate-en_lo"]
    assert cpu_threads() == len(os.sched_getaffinity(0))
    for call in calls:
        assert call["device"] == "cpu"
        assert call["compute_type"] == "int8"  # the DecodeOptions default
        # Every core used: parallel batches first (mt.engine.thread_plan).
        assert (call["inter_threads"], call["intra_threads"]) == thread_plan(cpu_threads())
        assert call["inter_threads"] * call["intra_threads"] >= cpu_threads()
    # CTranslate2 reports int8 on CPU as int8 weights with float32 activations.
    assert load_engine(models[1]).compute_type in ("int8", "int8_float32")


def test_length_cap_is_per_sentence_whatever_the_batch(tmp_path: Path) -> None:
    pkg = build_argos_package(tmp_path / "b", name="never-stops-2", stop_after=None, seed=6)
    engine = load_engine(install_package(pkg, tmp_path / "packages"))
    short, long_ = "Xin chào", SENTENCES[4]
    # Greedy decoding is prefix-consistent, so cutting a hypothesis decoded
    # under the long sentence's limit gives exactly what its own limit gives.
    greedy = DecodeOptions(beam_size=1, num_hypotheses=1, max_batch_size=8)
    together = engine.translate([short, long_], options=greedy)
    alone = [engine.translate([s], options=greedy)[0] for s in (short, long_)]
    assert [r.best for r in together] == [r.best for r in alone]
    assert all(r.capped for r in together)
    assert len(together[0].best) < len(together[1].best)
    # With a beam, the short sentence's hypotheses are cut to its own cap too.
    n_short = len(engine.source_tokenizer.encode(short))
    for hyp in engine.translate([short, long_], options=DecodeOptions())[0].hypotheses:
        assert hyp.capped
        assert len(engine.target_tokenizer.encode(hyp.text)) <= greedy.max_length(n_short) + 2


@settings(max_examples=80, deadline=None)
@given(
    lengths=st.lists(st.integers(1, 40), max_size=30),
    size=st.integers(1, 64),
    batch_type=st.sampled_from(["examples", "tokens"]),
    budget=st.integers(1, 200),
    k=st.sampled_from([1, 2, 4, 8]),
)
def test_batches_are_bounded_and_keep_order(
    lengths: list[int], size: int, batch_type: str, budget: int, k: int
) -> None:
    items = [(str(i), ["x"] * n) for i, n in enumerate(sorted(lengths))]
    options = DecodeOptions(max_batch_size=size, batch_type=batch_type,
                            max_batch_tokens=budget, length_class=k)
    batches = [(list(b), padded) for b, padded in _batches(items, options)]
    assert [item for b, _ in batches for item in b] == items
    assert all(b for b, _ in batches)
    for batch, padded in batches:
        # One length class per batch, and it is each sentence's own: the padded
        # length never depends on the other sentences.
        assert {length_class(len(t), options) for _, t in batch} == {padded}
        assert padded % k == 0 and all(padded - k < len(t) <= padded for _, t in batch)
        # Room is kept for the padding row the engine may add.
        rows = len(batch) + (k > 1)
        if batch_type == "examples":
            assert len(batch) == 1 or rows <= size
        else:
            assert len(batch) == 1 or rows * padded <= max(size, padded)
        # The token budget bounds memory whatever the batch type.
        assert len(batch) == 1 or rows * padded <= budget


@pytest.mark.parametrize("k", [1, 4, 8])
def test_a_sentence_gets_the_same_translation_alone_or_in_any_batch(
    engine: CTranslate2Engine, k: int
) -> None:
    # The product's promise (same input, same output): each sentence's n-best is
    # the same alone, with all the others, and in batches of 1 or 2.
    options = DecodeOptions(length_class=k, num_hypotheses=2)
    sentences = [*SENTENCES, "Hà Nội", "Đoàn công tác của tỉnh đã thăm và làm việc tại Lào."]
    together = engine.translate(sentences, options)
    for sizes in ({"max_batch_size": 1}, {"max_batch_size": 2}, {"max_batch_tokens": 8}):
        assert engine.translate(sentences, replace(options, **sizes)) == together
    assert [engine.translate([s], options)[0] for s in sentences] == together


def test_a_sentence_with_no_tokens_translates_alone_and_in_a_batch(
    engine: CTranslate2Engine
) -> None:
    # A zero-width space is not blank to str.strip() but SentencePiece gives it no
    # pieces: its padding row must still have the class length.
    assert engine.source_tokenizer.encode("\u200b") == []
    together = engine.translate(["\u200b", *SENTENCES])
    assert together[0] == engine.translate(["\u200b"])[0]
    assert together[1:] == engine.translate(SENTENCES)


@pytest.fixture(scope="module")
def padding_sensitive(tmp_path_factory: pytest.TempPathFactory) -> ModelInfo:
    # Big enough (4 layers, d512, int8) that padding changes some outputs; the
    # tiny test models are not, so they cannot show what length classes protect.
    folder = tmp_path_factory.mktemp("sensitive")
    pkg = build_argos_package(folder / "b", layers=4, d_model=512, heads=4, ffn=2048,
                              quantization="int8", stop_after=None, seed=3)
    return install_package(pkg, folder / "packages")


VARIED = [
    "Sáng nay, Ban Chỉ đạo công tác thông tin đối ngoại tỉnh tổ chức hội nghị.",
    "Hà Nội", "Đoàn công tác của tỉnh đã thăm và làm việc tại Lào.",
    "Ủy ban nhân dân tỉnh và Tỉnh ủy cùng tham dự.",
    "Công tác đối ngoại nhân dân được đẩy mạnh trong năm qua.", "Xin chào",
    "Quang cảnh hội nghị.", "Theo Báo Quảng Trị",
]


def test_length_classes_keep_outputs_independent_of_the_batch(padding_sensitive: ModelInfo) -> None:
    options = DecodeOptions(num_hypotheses=2, length_cap=(1.0, 4), inter_threads=1,
                            intra_threads=1)
    engine = load_engine(padding_sensitive, options)
    # This model is sensitive: one padded CTranslate2 batch differs from the
    # sentences alone (otherwise this test could not fail).
    rows = [engine.source_tokenizer.encode(s) + ["</s>"] for s in VARIED]
    kwargs = {"beam_size": 4, "num_hypotheses": 2, "max_decoding_length": 40}
    raw = engine._translator  # noqa: SLF001 -- the bare CTranslate2 translator
    padded = raw.translate_batch(rows, **kwargs)
    alone_raw = [raw.translate_batch([r], **kwargs)[0] for r in rows]
    assert any(a.hypotheses != b.hypotheses for a, b in zip(padded, alone_raw, strict=True))
    for k in (1, 4, 8):
        opts = replace(options, length_class=k)
        together = engine.translate(VARIED, opts)
        assert [engine.translate([s], opts)[0] for s in VARIED] == together, k
        assert engine.translate(VARIED, replace(opts, max_batch_size=2)) == together, k
        assert engine.translate(VARIED[::-1], opts)[::-1] == together, k


def test_suppressed_sequences_never_appear_in_any_hypothesis(engine: CTranslate2Engine) -> None:
    # Take a phrase the real (random) model does produce, then forbid it.
    options = DecodeOptions(beam_size=4, num_hypotheses=4)
    before = engine.translate(SENTENCES, options=options)
    words = [w for r in before for h in r.hypotheses for w in h.text.split() if len(w) > 2]
    assert words, "the model must produce some output to suppress"
    forbidden = max(set(words), key=words.count)
    after = engine.translate(SENTENCES, options=options, suppress=[forbidden])
    assert len(after) == len(SENTENCES)
    for result in after:
        for hyp in result.hypotheses:
            assert forbidden not in hyp.text.split()
    # Without the phrase the output is unchanged.
    again = engine.translate(SENTENCES, options=options, suppress=[])
    assert [r.best for r in again] == [r.best for r in before]


def test_suppressing_a_phrase_the_model_cannot_spell_is_harmless(engine: CTranslate2Engine) -> None:
    # "Ω" and "€" are not in the tiny model's vocabulary; CTranslate2 would reject them.
    out = engine.translate(SENTENCES[:2], suppress=["Ω€ Board of Directors"])
    assert len(out) == 2


def test_an_unreadable_target_vocabulary_turns_suppression_off_with_a_warning(
    tmp_path: Path, vi_en: ModelInfo
) -> None:
    from ttdn_i18n.mt.ctranslate2 import _read_target_vocabulary

    folder = tmp_path / "vocab-broken"
    shutil.copytree(vi_en.path, folder)
    model = read_model(folder)
    engine = load_engine(model)  # CTranslate2 has read its vocabulary by now
    vocab = model.model_dir / "shared_vocabulary.json"
    assert _read_target_vocabulary(model.model_dir)[1] == ""
    vocab.write_text("{not json", encoding="utf-8")
    assert _read_target_vocabulary(model.model_dir) == (
        frozenset(), "shared_vocabulary.json is not valid JSON")
    assert engine.translate(SENTENCES[:1])[0].best and engine.warnings == ()  # nothing to suppress
    assert engine.translate(SENTENCES[:1], suppress=["Board of Directors"])[0].best
    assert engine.warnings == (
        "vocab-broken-1.0: target vocabulary unreadable (shared_vocabulary.json is not valid "
        "JSON): forbidden-term suppression is off",
    )
    vocab.unlink()
    assert _read_target_vocabulary(model.model_dir) == (
        frozenset(), f"no target or shared vocabulary file in {model.model_dir}")
