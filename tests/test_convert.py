"""`models import`: tiny random Hugging Face checkpoints of each kind, converted for real."""

from __future__ import annotations

import json
import shutil
import socket
import sys
from pathlib import Path
from typing import Any

import pytest

from ttdn_i18n.errors import ConfigError, ModelError
from ttdn_i18n.mt.convert import (
    detect_kind,
    import_checkpoint,
    import_metadata,
    is_non_commercial,
    language_token,
    read_license,
)
from ttdn_i18n.mt.ctranslate2 import _NOT_TEXT, SentencePieceTokenizer
from ttdn_i18n.mt.engine import DecodeOptions, translate_route
from ttdn_i18n.mt.packages import list_models, plan_route, plan_routes, read_model

SENTENCES = [
    "Thủ tướng Chính phủ tiếp Đại sứ Lào tại Hà Nội.",
    "Hai nước nhất trí tăng cường hợp tác kinh tế.",
    "Mưa lớn gây sạt lở đất tại nhiều huyện miền núi.",
]
TARGETS = {"marian": ("en",), "m2m100": ("en", "lo", "km"), "nllb": ("en", "lo", "km")}
NAMES = {"marian": "opus-mt-vi-en-tiny", "m2m100": "m2m100-tiny", "nllb": "nllb-tiny"}
#: The kinds conftest's session checkpoints cover; MADLAD-400 (T5) has tests/test_madlad.py.
IMPORT_KINDS = tuple(NAMES)


def _entries(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir()) if root.exists() else []


# ---------------------------------------------------------------- pure logic


def test_kind_is_detected_from_model_type_and_tokenizer_class() -> None:
    assert detect_kind({"model_type": "marian"}, {}) == "marian"
    assert detect_kind({"model_type": "m2m_100"}, {"tokenizer_class": "M2M100Tokenizer"}) == (
        "m2m100"
    )
    assert detect_kind({"model_type": "m2m_100"}, {}) == "m2m100"
    assert detect_kind({"model_type": "m2m_100"}, {"tokenizer_class": "NllbTokenizerFast"}) == (
        "nllb"
    )
    assert detect_kind({"model_type": "bert"}, {}) is None


def test_language_tokens_follow_each_kind() -> None:
    assert [language_token("m2m100", c) for c in ("vi", "lo", "km")] == [
        "__vi__", "__lo__", "__km__",
    ]
    assert [language_token("nllb", c) for c in ("vi", "lo", "km", "en")] == [
        "vie_Latn", "lao_Laoo", "khm_Khmr", "eng_Latn",
    ]
    assert language_token("marian", "lo", {"lo": "lao"}) == ">>lao<<"
    with pytest.raises(ConfigError, match="unknown kind 'bart'"):
        language_token("bart", "lo")


def test_metadata_of_each_kind_drives_the_engine(tmp_path: Path) -> None:
    """The metadata import_metadata writes, read back as packages.read_model sees it."""
    expected = {
        # kind: (source tokens vi→lo, target tokens lo, tokenizer files)
        "m2m100": (("__vi__",), ("__lo__",), ("sentencepiece.bpe.model",) * 2),
        "nllb": (("vie_Latn",), ("lao_Laoo",), ("sentencepiece.bpe.model",) * 2),
        "marian": ((">>lao<<",), (), ("source.spm", "target.spm")),
    }
    for kind, (src_tokens, tgt_tokens, files) in expected.items():
        meta = import_metadata(
            kind=kind, name=f"x-{kind}", from_codes=["vi"], to_codes=["lo", "km"],
            license_text="MIT", quantization="int8",
            marian_tokens={"lo": "lao", "km": "khm"}, multi_target=True,
        )
        assert (meta["from_code"], meta["to_code"], meta["type"]) == ("vi", "lo", "translate")
        folder = tmp_path / kind
        folder.mkdir()
        for name in files:
            (folder / name).write_bytes(b"")
        (folder / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")
        info = read_model(folder)
        assert info.kind == kind and info.to_codes == ("lo", "km")
        assert info.source_tokens("vi", "lo") == src_tokens
        assert info.target_tokens("lo") == tgt_tokens
        assert info.append_eos, "all three kinds were trained with </s> ending the source"
        assert (info.source_tokenizer, info.target_tokenizer) == files
        assert info.tokenizer == "sentencepiece"  # not the Moses/BPE path of old Argos models
        assert (info.license, info.quantization) == ("MIT", "int8")
    single = import_metadata(kind="marian", name="m", from_codes=["vi"], to_codes=["en"])
    assert single["ttdn"]["source_prefix"] == "" and "lang_tokens" not in single["ttdn"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cc-by-nc-4.0", True),
        ("CC-BY-NC-SA-4.0", True),
        ("Non-commercial research only", True),
        ("cc-by-4.0", False),
        ("mit", False),
        ("apache-2.0", False),
        ("", False),
    ],
)
def test_non_commercial_licences_are_recognised(text: str, expected: bool) -> None:
    assert is_non_commercial(text) is expected


def test_licence_is_read_from_readme_front_matter_then_config(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text('{"license": "apache-2.0"}', encoding="utf-8")
    assert read_license(tmp_path) == "apache-2.0"
    (tmp_path / "README.md").write_text(
        "---\nlanguage:\n- vi\nlicense:\n- 'cc-by-nc-4.0'\n---\n# x\nlicense: mit\n",
        encoding="utf-8",
    )
    assert read_license(tmp_path) == "cc-by-nc-4.0"
    (tmp_path / "README.md").write_text("# no front matter\nlicense: mit\n", encoding="utf-8")
    assert read_license(tmp_path) == "apache-2.0"
    (tmp_path / "config.json").unlink()
    assert read_license(tmp_path) == ""


# ---------------------------------------------------------------- real imports


@pytest.mark.parametrize("kind", IMPORT_KINDS)
def test_each_kind_is_installed_with_its_tokenizers_and_metadata(
    imported_packages_dir: Path, hf_checkpoints: dict[str, Path], kind: str
) -> None:
    models, warnings = list_models([imported_packages_dir])
    assert warnings == []
    assert sorted(m.name for m in models) == sorted(NAMES.values())
    info = next(m for m in models if m.name == NAMES[kind])
    assert (info.kind, info.from_code, info.to_codes) == (kind, "vi", TARGETS[kind])
    assert info.quantization == "int8" and info.package_version == "1.0"
    assert (info.path / "model" / "model.bin").is_file()
    for name in {info.source_tokenizer, info.target_tokenizer}:
        assert (info.path / name).read_bytes() == (hf_checkpoints[kind] / name).read_bytes()
    meta = json.loads((info.path / "metadata.json").read_text(encoding="utf-8"))
    assert meta["ttdn"]["imported_from"]["checkpoint"] == hf_checkpoints[kind].name
    assert "ctranslate2" in meta["ttdn"]["imported_from"]["converter"]
    license_ = {"marian": "cc-by-4.0", "m2m100": "mit", "nllb": "cc-by-nc-4.0"}[kind]
    assert info.license == license_
    # No hidden temporary folders are left beside the models.
    assert not [n for n in _entries(imported_packages_dir) if n.startswith(".")]


def test_routes_prefer_direct_then_multilingual(imported_packages_dir: Path) -> None:
    models, _ = list_models([imported_packages_dir])
    routes = plan_routes(["en", "lo", "km"], models)
    assert [(r.kind, r.model_label) for r in routes.values()] == [
        ("direct", "opus-mt-vi-en-tiny-1.0"),
        # m2m100-tiny and nllb-tiny tie on kind and version; the name decides.
        ("multilingual", "m2m100-tiny-1.0"),
        ("multilingual", "m2m100-tiny-1.0"),
    ]


@pytest.mark.parametrize("kind", IMPORT_KINDS)
def test_imported_models_translate_vi_to_each_target(
    imported_packages_dir: Path, kind: str
) -> None:
    models, _ = list_models([imported_packages_dir])
    outputs: dict[str, list[str]] = {}
    for target in TARGETS[kind]:
        route = plan_route(target, models, prefer=NAMES[kind])
        assert route.steps[0].model.kind == kind and route.steps[0].to_code == target
        results = translate_route(route, SENTENCES, DecodeOptions(num_hypotheses=2))
        assert len(results) == len(SENTENCES)
        assert all(len(r.hypotheses) == 2 for r in results)
        texts = [h.text for r in results for h in r.hypotheses]
        assert any(texts)
        pattern = _NOT_TEXT[kind]
        assert not any(pattern.search(t) for t in texts), "language tokens leaked into text"
        outputs[target] = [r.best for r in results]
    # The encoder reads the sentence: different inputs, different outputs.
    assert len(set(outputs["en"])) > 1
    if kind != "marian":
        # The forced target-language token steers the decoder.
        assert outputs["lo"] != outputs["km"]


@pytest.mark.parametrize("kind", IMPORT_KINDS)
def test_conversion_matches_transformers_greedy_decoding(
    tmp_path: Path, hf_checkpoints: dict[str, Path], kind: str
) -> None:
    """CTranslate2 via our engine and transformers' generate() agree token for token:
    vocabulary, language-token ids, prefixes and EOS were all carried over."""
    import torch

    # Tiny matrices: torch's thread barriers cost more than they save, badly so
    # when other jobs share the cores.
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        _compare_with_transformers(tmp_path, hf_checkpoints[kind], kind)
    finally:
        torch.set_num_threads(threads)


def _compare_with_transformers(tmp_path: Path, checkpoint: Path, kind: str) -> None:
    import torch
    import transformers

    info = import_checkpoint(
        checkpoint, kind=kind, from_codes="vi", to_codes=",".join(TARGETS[kind]),
        quantization="float32", packages_dir=tmp_path,
    ).model
    hf = transformers.AutoModelForSeq2SeqLM.from_pretrained(str(checkpoint)).eval()
    hf.generation_config.forced_eos_token_id = None  # CTranslate2 does not force one
    vocab = transformers.AutoTokenizer.from_pretrained(str(checkpoint)).get_vocab()
    id_to_token = {i: t for t, i in vocab.items()}
    source_sp = SentencePieceTokenizer(info.path / info.source_tokenizer)
    target_sp = SentencePieceTokenizer(info.path / info.target_tokenizer)
    options = DecodeOptions(beam_size=1, num_hypotheses=1, compute_type="float32")
    for target in TARGETS[kind]:
        ours = translate_route(plan_route(target, [info]), SENTENCES[:2], options)
        for sentence, result in zip(SENTENCES[:2], ours, strict=True):
            pieces = [*info.source_tokens("vi", target), *source_sp.encode(sentence), "</s>"]
            prefix = list(info.target_tokens(target))
            forced = {"forced_bos_token_id": vocab[prefix[0]]} if prefix else {}
            with torch.no_grad():
                out = hf.generate(
                    torch.tensor([[vocab.get(p, vocab["<unk>"]) for p in pieces]]),
                    # The same cap as ours: 3n+10 tokens after the forced prefix.
                    max_new_tokens=options.max_length(len(source_sp.encode(sentence)))
                    + len(prefix),
                    num_beams=1,
                    do_sample=False,
                    **forced,
                )
            tokens = [id_to_token[i] for i in out[0].tolist()[1:]]
            assert "<unk>" not in tokens
            tokens = tokens[len(prefix):]
            expected = target_sp.decode([t for t in tokens if not _NOT_TEXT[kind].fullmatch(t)])
            assert result.best == expected, (kind, target, sentence)


def test_m2m100_tokenizer_without_listed_language_tokens_still_converts(
    tmp_path: Path, hf_checkpoints: dict[str, Path], imported_packages_dir: Path
) -> None:
    """transformers 5 registers M2M-100's __xx__ tokens only when tokenizer_config.json
    lists them; without our fix the vocabulary comes out 100 tokens short."""
    from ttdn_i18n.mt.testing import build_hf_checkpoint

    bare = build_hf_checkpoint(
        tmp_path / "hf", kind="m2m100", layers=1, d_model=32, heads=2, ffn=64,
        vocab_size=400, seed=5, list_language_tokens=False,
    )
    assert "__lo__" not in (bare / "tokenizer_config.json").read_text(encoding="utf-8")
    info = import_checkpoint(
        bare, kind="m2m100", from_codes="vi", to_codes="lo", name="bare",
        packages_dir=tmp_path / "pk",
    ).model
    reference = imported_packages_dir / NAMES["m2m100"] / "model" / "shared_vocabulary.json"
    assert (info.model_dir / "shared_vocabulary.json").read_text(encoding="utf-8") == (
        reference.read_text(encoding="utf-8")
    )


def test_multi_target_marian_gets_its_target_token(
    tmp_path: Path, hf_checkpoints: dict[str, Path]
) -> None:
    # Turn one vocabulary entry into >>lao<<, as opus-mt-*-mul models have.
    checkpoint = tmp_path / "opus-mt-vi-mul-tiny"
    shutil.copytree(hf_checkpoints["marian"], checkpoint)
    vocab = json.loads((checkpoint / "vocab.json").read_text(encoding="utf-8"))
    victim = next(t for t in vocab if t.startswith("▁") and len(t) > 3)
    vocab[">>lao<<"] = vocab.pop(victim)
    (checkpoint / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), "utf-8")

    with pytest.raises(ModelError) as err:
        import_checkpoint(checkpoint, kind="marian", to_codes="lo,km", packages_dir=tmp_path)
    assert str(err.value) == (
        f"{checkpoint} is a multi-target Marian model without a >>khm<< token, so it "
        "cannot translate into km; drop km from --to"
    )
    info = import_checkpoint(
        checkpoint, kind="marian", to_codes="lo", packages_dir=tmp_path / "pk"
    ).model
    assert info.source_tokens("vi", "lo") == (">>lao<<",)
    results = translate_route(plan_route("lo", [info]), SENTENCES)
    assert len(results) == 3 and any(r.best for r in results)


def test_nllb_warns_about_non_commercial_use_and_license_can_be_overridden(
    tmp_path: Path, hf_checkpoints: dict[str, Path]
) -> None:
    checkpoint = tmp_path / "nllb-200-distilled-tiny"
    shutil.copytree(hf_checkpoints["nllb"], checkpoint)
    (checkpoint / "README.md").unlink()  # nothing declared: NLLB-200's licence is assumed
    result = import_checkpoint(
        checkpoint, kind="nllb", to_codes="lo", packages_dir=tmp_path / "pk"
    )
    assert result.model.license == "CC-BY-NC-4.0"
    assert result.warnings == (
        "nllb-200-distilled-tiny is licensed CC-BY-NC-4.0: non-commercial use only; do not "
        "use its translations in commercial work without the rights holder's permission",
    )
    assert not result.replaced
    again = import_checkpoint(
        checkpoint, kind="nllb", to_codes="lo", packages_dir=tmp_path / "pk",
        license_text="licensed to us by contract 42",
    )
    assert again.replaced and again.warnings == ()
    assert again.model.license == "licensed to us by contract 42"
    assert _entries(tmp_path / "pk") == ["nllb-200-distilled-tiny"]


def test_import_touches_no_network(
    tmp_path: Path, hf_checkpoints: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError(f"network access attempted: {args}")

    for name in ("connect", "connect_ex"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    info = import_checkpoint(
        hf_checkpoints["m2m100"], kind="m2m100", to_codes="km", name="offline",
        packages_dir=tmp_path,
    ).model
    assert info.to_codes == ("km",)


# ---------------------------------------------------------------- refusals


def test_bad_checkpoints_are_refused_with_a_fix_and_nothing_left(
    tmp_path: Path, hf_checkpoints: dict[str, Path]
) -> None:
    root = tmp_path / "packages"
    marian = hf_checkpoints["marian"]
    cases: list[tuple[Path, str, str]] = [
        (
            tmp_path / "absent", "marian",
            f"checkpoint folder {tmp_path / 'absent'} not found; give the folder that holds "
            "config.json and the model weights",
        ),
        (
            marian / "config.json", "marian",
            f"{marian / 'config.json'} is a file, not a checkpoint folder; give the folder "
            "that holds config.json and the model weights",
        ),
        (
            marian, "m2m100",
            f"{marian} is a marian checkpoint (model_type 'marian'), not m2m100; "
            "use --kind marian",
        ),
        (
            hf_checkpoints["nllb"], "m2m100",
            f"{hf_checkpoints['nllb']} is a nllb checkpoint (model_type 'm2m_100'), not "
            "m2m100; use --kind nllb",
        ),
    ]
    empty = tmp_path / "empty"
    empty.mkdir()
    cases.append((
        empty, "nllb",
        f"{empty} has no config.json, so it is not a Hugging Face checkpoint; give the "
        "folder `save_pretrained` wrote (or the one downloaded from the Hub)",
    ))
    bert = tmp_path / "bert"
    bert.mkdir()
    (bert / "config.json").write_text('{"model_type": "bert"}', encoding="utf-8")
    cases.append((
        bert, "marian",
        f"{bert} is a bert checkpoint (model_type 'bert'), not marian; only marian, m2m100, "
        "nllb, madlad checkpoints can be imported",
    ))
    no_spm = tmp_path / "no-spm"
    shutil.copytree(hf_checkpoints["m2m100"], no_spm)
    (no_spm / "sentencepiece.bpe.model").unlink()
    cases.append((
        no_spm, "m2m100",
        f"{no_spm} has no sentencepiece.bpe.model (the SentencePiece model m2m100 needs); "
        "copy it from the original checkpoint",
    ))
    for checkpoint, kind, message in cases:
        with pytest.raises(ModelError) as err:
            import_checkpoint(checkpoint, kind=kind, to_codes="en", packages_dir=root)
        assert str(err.value) == message
    assert _entries(root) == []


def test_a_conversion_failure_leaves_nothing_behind(
    tmp_path: Path, hf_checkpoints: dict[str, Path]
) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(hf_checkpoints["m2m100"], broken)
    (broken / "model.safetensors").write_bytes(b"not safetensors")
    root = tmp_path / "packages"
    with pytest.raises(ModelError) as err:
        import_checkpoint(broken, kind="m2m100", to_codes="lo", packages_dir=root)
    assert str(err.value).startswith(f"cannot convert {broken}: ")
    assert str(err.value).endswith(
        "; check that it is a complete m2m100 checkpoint (config.json, weights and "
        "tokenizer files)"
    )
    assert _entries(root) == []


def test_options_are_checked_before_anything_is_converted(
    tmp_path: Path, hf_checkpoints: dict[str, Path]
) -> None:
    m2m = hf_checkpoints["m2m100"]
    cases: list[tuple[dict[str, Any], str]] = [
        ({"kind": "bart"}, "unknown --kind 'bart'; use one of: marian, m2m100, nllb"),
        ({"quantization": "int4"}, "unknown --quantization 'int4'; use one of: int8, "),
        ({"to_codes": "lo,vi"}, "--to lists the source language vi; remove it from --to"),
        ({"to_codes": " , "}, "no language given in --to; e.g. --to vi"),
        ({"to_codes": "xx"}, "unknown language code 'xx' in --to"),
        ({"name": ".hidden"}, "model name '.hidden' is not usable as a folder name"),
        ({"name": "a/b"}, "model name 'a/b' is not usable as a folder name"),
        (
            {"kind": "marian", "to_codes": "en,lo"},
            "opus-mt-vi-en-tiny has no >>xxx<< target tokens, so it translates into one "
            "language only; give one code in --to",
        ),
    ]
    for overrides, message in cases:
        args: dict[str, Any] = {"kind": "m2m100", "to_codes": "lo", "packages_dir": tmp_path}
        args.update(overrides)
        checkpoint = hf_checkpoints["marian"] if args["kind"] == "marian" else m2m
        with pytest.raises(ConfigError) as err:
            import_checkpoint(checkpoint, **args)
        assert str(err.value).startswith(message)
    assert _entries(tmp_path) == []


def test_missing_transformers_is_reported_with_the_install_command(
    tmp_path: Path, hf_checkpoints: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "transformers", None)  # import → ImportError
    with pytest.raises(ModelError) as err:
        import_checkpoint(
            hf_checkpoints["m2m100"], kind="m2m100", to_codes="lo", packages_dir=tmp_path
        )
    assert str(err.value) == (
        "converting checkpoints needs transformers: pip install 'ttdn-i18n[convert]'"
    )
    assert _entries(tmp_path) == []
