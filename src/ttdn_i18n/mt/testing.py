"""Build real, tiny, randomly initialised translation models, offline.

Tests and benchmarks need Argos packages that go through the *real* code path
(zip → install → SentencePiece → CTranslate2 → detokenize) without downloading
anything.  :func:`build_argos_package` makes one in a second or two:

1. a SentencePiece model is trained in memory on a small built-in corpus of
   Vietnamese, English, Lao and Khmer news phrases (or on ``train_text``);
2. a CTranslate2 ``TransformerSpec`` is filled with random numpy weights of the
   right shapes, its vocabulary being the SentencePiece pieces;
3. the Argos layout (``metadata.json``, ``model/``, ``sentencepiece.model``) is
   zipped into a ``.argosmodel`` file.

The translations are nonsense.  Two things are engineered on purpose so tests
can assert on them: the decoder's position encodings carry a "stop" signal so
every hypothesis ends with ``</s>`` after ``stop_after`` tokens (``None``: the
model never ends and always runs into the length cap), and ``<unk>``/``<s>``
are never predicted.

Heavy imports (numpy, sentencepiece, ctranslate2 — whose specs import torch)
happen inside the functions, so importing this module stays cheap.
"""

from __future__ import annotations

import io
import json
import random
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ttdn_i18n.errors import ModelError

__all__ = [
    "BUILTIN_TEXT",
    "REALISTIC",
    "build_argos_package",
    "HF_LICENSES",
    "build_hf_checkpoint",
    "builtin_corpus",
]

#: A few sentences per language the tiny models cover; the SentencePiece model
#: is trained on random recombinations of their words, so every script the
#: tests use has pieces in the vocabulary.
BUILTIN_TEXT: dict[str, tuple[str, ...]] = {
    "vi": (
        "Thủ tướng Chính phủ tiếp Đại sứ Lào tại Hà Nội.",
        "Hai nước nhất trí tăng cường hợp tác kinh tế, thương mại và đầu tư.",
        "Tỉnh Kon Tum tổ chức lễ kỷ niệm ngày thành lập.",
        "Bộ Ngoại giao thông báo về chuyến thăm chính thức của Chủ tịch nước.",
        "Việt Nam và Campuchia ký kết biên bản ghi nhớ về giáo dục.",
        "Đoàn đại biểu đã dâng hoa tại Đài tưởng niệm các anh hùng liệt sĩ.",
        "Kim ngạch xuất khẩu nông sản tăng mạnh trong quý ba.",
        "Người dân vùng biên giới được hỗ trợ xây dựng nhà ở.",
        "Hội nghị diễn ra trong không khí hữu nghị và hiểu biết lẫn nhau.",
        "Lãnh đạo hai bên trao đổi ý kiến về các vấn đề khu vực và quốc tế.",
        "Ủy ban nhân dân tỉnh đã phê duyệt kế hoạch phát triển du lịch.",
        "Các doanh nghiệp Lào quan tâm đến lĩnh vực năng lượng tái tạo.",
        "Quan hệ đặc biệt Việt Nam – Lào không ngừng được củng cố.",
        "Sáng 24/9, tại thành phố Kon Tum, đã diễn ra lễ ra mắt câu lạc bộ.",
        "Đây là dịp để hai bên nhìn lại kết quả hợp tác trong năm qua.",
        "Bà nhấn mạnh vai trò của thanh niên trong việc vun đắp tình hữu nghị.",
        "Học sinh Lào đang theo học tại các trường đại học ở Việt Nam.",
        "Chương trình giao lưu văn hóa thu hút hàng nghìn người tham dự.",
        "Mưa lớn gây sạt lở đất tại nhiều huyện miền núi.",
        "Tổng kim ngạch thương mại song phương đạt 1,5 tỷ USD.",
        "Phó Chủ tịch Quốc hội làm việc với Đại sứ quán Campuchia.",
        "Hai bên cam kết phối hợp chặt chẽ trong công tác quản lý biên giới.",
    ),
    "en": (
        "The Prime Minister received the Lao Ambassador in Hanoi.",
        "The two countries agreed to strengthen cooperation in economy, trade and investment.",
        "Kon Tum province held a ceremony to celebrate its founding day.",
        "The Ministry of Foreign Affairs announced the State President's official visit.",
        "Vietnam and Cambodia signed a memorandum of understanding on education.",
        "The delegation laid flowers at the monument to heroes and martyrs.",
        "Farm produce exports rose sharply in the third quarter.",
        "People in the border area received support to build houses.",
        "The conference took place in an atmosphere of friendship and mutual understanding.",
        "Leaders of both sides exchanged views on regional and international issues.",
        "The provincial People's Committee approved the tourism development plan.",
        "Lao businesses are interested in renewable energy.",
        "The special Vietnam - Laos relationship keeps growing stronger.",
        "Students from Laos are studying at universities in Vietnam.",
        "The cultural exchange programme attracted thousands of people.",
        "Heavy rain caused landslides in many mountainous districts.",
        "Two-way trade reached 1.5 billion USD.",
    ),
    "lo": (
        "ສະບາຍດີ",
        "ລັດຖະບານ ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ",
        "ການຮ່ວມມື ລະຫວ່າງ ສອງ ປະເທດ",
        "ປະເທດລາວ ແລະ ຫວຽດນາມ",
        "ນາຍົກລັດຖະມົນຕີ ໄດ້ຕ້ອນຮັບ ເອກອັກຄະລັດຖະທູດ",
        "ສາຍພົວພັນ ພິເສດ ລາວ - ຫວຽດນາມ",
        "ຂອບໃຈຫຼາຍໆ",
    ),
    "km": (
        "សួស្តី",
        "ព្រះរាជាណាចក្រកម្ពុជា",
        "កិច្ចសហប្រតិបត្តិការ រវាង ប្រទេស ទាំងពីរ",
        "នាយករដ្ឋមន្ត្រី បានទទួលជួប ឯកអគ្គរាជទូត",
        "វៀតណាម និង កម្ពុជា",
        "អរគុណ ច្រើន",
    ),
}

#: Parameters of the ``realistic=True`` preset: the size of a typical Argos
#: package (Transformer base, int8), for benchmarks only.
REALISTIC: dict[str, Any] = {
    "layers": 6,
    "d_model": 512,
    "heads": 8,
    "ffn": 2048,
    "vocab_size": 8000,
    "quantization": "int8",
    "stop_after": 32,
}

_MAX_POSITIONS = 2048
# Big enough to dominate the decoder's final layer norm whatever the random
# layers write into the other dimensions.
_STOP_SIGNAL = 1e4
_STOP_WEIGHT = 4.0
_WEIGHT_STD = 1.6  # divided by sqrt(d_model): 0.2 for the tiny model
_CROSS_SCALE = 8.0


def builtin_corpus(seed: int = 0, lines_per_language: int = 120) -> list[str]:
    """The built-in sentences plus seeded random recombinations of their words."""
    rng = random.Random(seed)
    out: list[str] = []
    for sentences in BUILTIN_TEXT.values():
        out.extend(sentences)
        words = [w for s in sentences for w in s.split()]
        for _ in range(lines_per_language):
            out.append(" ".join(rng.choice(words) for _ in range(rng.randint(4, 14))))
    return out


def _train_sentencepiece(
    lines: list[str], vocab_size: int, seed: int, model_type: str = "unigram"
) -> bytes:
    import sentencepiece as spm

    # Same seed and text → same pieces, so a rebuilt package is identical.
    spm.set_random_generator_seed(seed)
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=model,
        vocab_size=vocab_size,
        # The built-in corpus cannot fill a large vocabulary; a soft limit
        # gives the biggest vocabulary the text supports instead of failing.
        hard_vocab_limit=False,
        character_coverage=1.0,
        model_type=model_type,
        minloglevel=2,
        num_threads=1,
    )
    return model.getvalue()


def _fill_transformer(
    *,
    vocab: list[str],
    layers: int,
    d_model: int,
    heads: int,
    ffn: int,
    seed: int,
    stop_after: int | None,
) -> Any:
    import numpy as np
    from ctranslate2.specs import transformer_spec

    if d_model % heads:
        raise ModelError(f"d_model={d_model} is not divisible by heads={heads}; change one")
    rng = np.random.default_rng(seed)
    std = _WEIGHT_STD / float(np.sqrt(d_model))

    def rand(*shape: int) -> Any:
        return (rng.standard_normal(shape) * std).astype(np.float32)

    def zeros(*shape: int) -> Any:
        return np.zeros(shape, dtype=np.float32)

    def norm(spec: Any) -> None:
        spec.gamma = np.ones(d_model, dtype=np.float32)
        spec.beta = zeros(d_model)

    def linear(spec: Any, out_dim: int, in_dim: int, scale: float = 1.0) -> None:
        spec.weight = rand(out_dim, in_dim) * scale
        spec.bias = zeros(out_dim)

    def ffn_block(spec: Any) -> None:
        norm(spec.layer_norm)
        linear(spec.linear_0, ffn, d_model)
        linear(spec.linear_1, d_model, ffn)

    spec = transformer_spec.TransformerSpec.from_config((layers, layers), heads)
    n = len(vocab)
    enc, dec = spec.encoder, spec.decoder
    enc.embeddings[0].weight = rand(n, d_model)
    norm(enc.layer_norm)
    for layer in enc.layer:
        norm(layer.self_attention.layer_norm)
        linear(layer.self_attention.linear[0], 3 * d_model, d_model)
        linear(layer.self_attention.linear[1], d_model, d_model)
        ffn_block(layer.ffn)

    dec.embeddings.weight = rand(n, d_model)
    norm(dec.layer_norm)
    for layer in dec.layer:
        norm(layer.self_attention.layer_norm)
        linear(layer.self_attention.linear[0], 3 * d_model, d_model)
        linear(layer.self_attention.linear[1], d_model, d_model)
        norm(layer.attention.layer_norm)
        linear(layer.attention.linear[0], d_model, d_model)
        # Louder cross-attention makes the (nonsense) output depend on the input.
        linear(layer.attention.linear[1], 2 * d_model, d_model, _CROSS_SCALE)
        linear(layer.attention.linear[2], d_model, d_model, _CROSS_SCALE)
        ffn_block(layer.ffn)

    # Sinusoidal decoder positions, except dimension 0 which switches on at
    # position ``stop_after``: the projection maps it onto ``</s>``, so every
    # hypothesis ends after exactly that many tokens.  Random weights alone
    # would almost never emit ``</s>`` and every output would hit the cap.
    pos = np.arange(_MAX_POSITIONS, dtype=np.float32)[:, None]
    div = np.exp(np.arange(0, d_model, 2, dtype=np.float32) * (-np.log(10000.0) / d_model))
    dec_pos = np.zeros((_MAX_POSITIONS, d_model), dtype=np.float32)
    dec_pos[:, 0::2] = np.sin(pos * div)
    dec_pos[:, 1::2] = np.cos(pos * div)
    dec_pos[:, 0] = 0.0
    if stop_after is not None:
        dec_pos[stop_after:, 0] = _STOP_SIGNAL
    dec.position_encodings.encodings = dec_pos

    # Keep dimension 0 of the decoder's residual stream for the stop signal
    # alone: nothing else writes into it, so it survives the random layers.
    dec.embeddings.weight[:, 0] = 0.0
    for layer in dec.layer:
        for out in (layer.self_attention.linear[1], layer.attention.linear[2], layer.ffn.linear_1):
            out.weight[0, :] = 0.0

    projection = rand(n, d_model)
    projection[:, 0] = 0.0
    bias = zeros(n)
    eos, unk, bos = vocab.index("</s>"), vocab.index("<unk>"), vocab.index("<s>")
    projection[eos] = 0.0
    projection[eos, 0] = _STOP_WEIGHT
    bias[eos] = -10.0
    bias[unk] = bias[bos] = -30.0
    dec.projection.weight = projection
    dec.projection.bias = bias

    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    return spec


def build_argos_package(
    out_dir: Path,
    *,
    from_code: str = "vi",
    to_code: str = "en",
    layers: int = 2,
    d_model: int = 64,
    heads: int = 2,
    ffn: int = 128,
    vocab_size: int = 800,
    seed: int = 0,
    train_text: Iterable[str] | None = None,
    quantization: str | None = None,
    stop_after: int | None = 6,
    to_codes: Sequence[str] | None = None,
    name: str | None = None,
    package_version: str = "1.0",
    realistic: bool = False,
) -> Path:
    """Build a real, randomly initialised ``.argosmodel`` file in ``out_dir``.

    ``stop_after`` is the number of tokens every hypothesis has before
    ``</s>`` (``None``: never ends — a degenerate model for length-cap tests).
    ``to_codes`` makes a multilingual package in the M2M-100 convention
    (``__vi__`` source token, ``__lo__`` forced target token, ``</s>``
    appended), described by the ``"ttdn"`` metadata block of
    :mod:`ttdn_i18n.mt.packages`.  ``realistic=True`` applies :data:`REALISTIC`
    (Transformer base, int8) for benchmarks; it takes longer.
    """
    if realistic:
        layers, d_model, heads, ffn = (
            REALISTIC["layers"],
            REALISTIC["d_model"],
            REALISTIC["heads"],
            REALISTIC["ffn"],
        )
        vocab_size = REALISTIC["vocab_size"]
        quantization = quantization or REALISTIC["quantization"]
        if stop_after == 6:
            stop_after = REALISTIC["stop_after"]
    lines = list(train_text) if train_text is not None else builtin_corpus(seed)
    if not lines:
        raise ModelError("train_text is empty; give some sentences to train SentencePiece on")

    import sentencepiece as spm

    sp_bytes = _train_sentencepiece(lines, vocab_size, seed)
    sp = spm.SentencePieceProcessor(model_proto=sp_bytes)
    vocab = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]

    multilingual = list(dict.fromkeys(to_codes)) if to_codes else []
    lang_tokens: list[str] = []
    if multilingual:
        codes = list(dict.fromkeys([from_code, *multilingual]))
        lang_tokens = [f"__{c}__" for c in codes]
        vocab += [t for t in lang_tokens if t not in vocab]
        to_code = multilingual[0]

    spec = _fill_transformer(
        vocab=vocab,
        layers=layers,
        d_model=d_model,
        heads=heads,
        ffn=ffn,
        seed=seed,
        stop_after=stop_after,
    )
    spec.validate()
    spec.optimize(quantization=quantization)

    pkg_name = name or (
        f"translate-{from_code}_{'_'.join(multilingual) if multilingual else to_code}"
    )
    metadata: dict[str, Any] = {
        "package_version": package_version,
        "argos_version": "1.9",
        "name": pkg_name,
        "type": "translate",
        "from_code": from_code,
        "to_code": to_code,
        "ttdn": {
            "license": "CC0-1.0 (random weights built by ttdn_i18n.mt.testing)",
            "quantization": quantization or "float32",
        },
    }
    if multilingual:
        metadata["ttdn"].update(
            {
                "kind": "m2m100",
                "from_codes": list(dict.fromkeys([from_code, *multilingual])),
                "to_codes": multilingual,
                "source_prefix": "__{src}__",
                "target_prefix_template": "__{lang}__",
                "append_eos": True,
            }
        )

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    archive = out_dir / f"{pkg_name}.argosmodel"
    with tempfile.TemporaryDirectory(dir=out_dir, prefix=".build-") as tmp:
        root = Path(tmp) / pkg_name
        (root / "model").mkdir(parents=True)
        spec.save(str(root / "model"))
        (root / "sentencepiece.model").write_bytes(sp_bytes)
        (root / "metadata.json").write_text(
            json.dumps(metadata, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        (root / "README.md").write_text(
            f"# {pkg_name}\n\nRandomly initialised test model built by ttdn_i18n.mt.testing;"
            " its translations are nonsense.\n",
            encoding="utf-8",
        )
        partial = archive.with_suffix(".part")
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as z:
            z.writestr(f"{pkg_name}/", "")
            for path in sorted(root.rglob("*")):
                arcname = path.relative_to(Path(tmp)).as_posix()
                if path.is_dir():
                    z.writestr(arcname + "/", "")
                else:
                    z.write(path, arcname)
        shutil.move(str(partial), archive)
    return archive


#: Licences written into the checkpoints' README front matter, as the real
#: models declare them (OPUS-MT, M2M-100, NLLB-200).
HF_LICENSES: dict[str, str] = {
    "marian": "cc-by-4.0", "m2m100": "mit", "nllb": "cc-by-nc-4.0", "madlad": "apache-2.0",
}


def build_hf_checkpoint(
    out_dir: Path,
    *,
    kind: str = "marian",
    from_code: str = "vi",
    to_code: str = "en",
    layers: int = 2,
    d_model: int = 64,
    heads: int = 2,
    ffn: int = 128,
    vocab_size: int = 800,
    seed: int = 0,
    train_text: Iterable[str] | None = None,
    list_language_tokens: bool = True,
) -> Path:
    """Write a tiny randomly initialised Hugging Face checkpoint; return its folder.

    The folder holds what ``save_pretrained`` writes for the real models, so
    the converter is tested without downloading anything:

    * ``marian`` (OPUS-MT): ``config.json``, ``model.safetensors``,
      ``source.spm``, ``target.spm``, ``vocab.json``, ``tokenizer_config.json``;
    * ``m2m100``: ``sentencepiece.bpe.model``, a fairseq-style ``vocab.json``
      and the 100 ``__xx__`` language tokens numbered after it, as in
      ``facebook/m2m100_418M``;
    * ``nllb``: ``sentencepiece.bpe.model``, ``tokenizer.json`` with the 202
      FLORES-200 codes (``vie_Latn`` …) and an M2M-100 model, as in
      ``facebook/nllb-200-distilled-600M``.
    * ``madlad``: a T5 v1.1 model (gated-GELU, untied output layer) with a
      SentencePiece ``spiece.model`` numbered as T5's (``<pad>`` 0, ``</s>`` 1,
      ``<unk>`` 2) whose ``<2xx>`` target-language tokens are user-defined
      pieces, and the ``tokenizer_config.json`` of ``google/madlad400-3b-mt``.

    A ``README.md`` declares the real model's licence.  ``from_code`` and
    ``to_code`` only name the folder (and set the tokenizer's defaults) for the
    multilingual kinds.  ``list_language_tokens=False`` (M2M-100 only) leaves
    the language tokens out of ``tokenizer_config.json``, as older exports do:
    transformers 5 then does not register them, which CTranslate2's converter
    cannot cope with on its own.  Needs transformers and torch (the
    ``convert`` extra).
    """
    if kind not in HF_LICENSES:
        raise ModelError(
            f"build_hf_checkpoint cannot build kind '{kind}'; use one of: "
            + ", ".join(HF_LICENSES)
        )
    try:
        import torch  # noqa: F401  (transformers needs it to build the model)
        import transformers  # noqa: F401
    except ImportError as exc:
        raise ModelError(
            f"building a Hugging Face checkpoint needs transformers and torch ({exc}); "
            "install ttdn-i18n[convert]"
        ) from None
    lines = list(train_text) if train_text is not None else builtin_corpus(seed)
    if not lines:
        raise ModelError("train_text is empty; give some sentences to train SentencePiece on")
    out = Path(out_dir) / (
        f"opus-mt-{from_code}-{to_code}-tiny" if kind == "marian" else f"{kind}-tiny"
    )
    out.mkdir(parents=True, exist_ok=True)
    dims = {"layers": layers, "d_model": d_model, "heads": heads, "ffn": ffn, "seed": seed}
    if kind == "marian":
        _build_marian(out, lines, vocab_size, from_code, to_code, dims)
    elif kind == "m2m100":
        _build_m2m100(out, lines, vocab_size, from_code, to_code, dims, list_language_tokens)
    elif kind == "nllb":
        _build_nllb(out, lines, vocab_size, from_code, to_code, dims)
    else:
        _build_madlad(out, lines, vocab_size, dims)
    (out / "README.md").write_text(
        f"---\nlicense: {HF_LICENSES[kind]}\ntags:\n- translation\n---\n\n"
        f"# {out.name}\n\nRandomly initialised {kind} checkpoint built by "
        "ttdn_i18n.mt.testing; its translations are nonsense.\n",
        encoding="utf-8",
    )
    return out


_HF_INIT_STD = 0.5


def _seq2seq_dims(dims: dict[str, int]) -> dict[str, Any]:
    return {
        "d_model": dims["d_model"],
        "encoder_layers": dims["layers"],
        "decoder_layers": dims["layers"],
        "encoder_attention_heads": dims["heads"],
        "decoder_attention_heads": dims["heads"],
        "encoder_ffn_dim": dims["ffn"],
        "decoder_ffn_dim": dims["ffn"],
        "max_position_embeddings": 512,
        # transformers' default (0.02) gives weights so small that the output
        # ignores the input; louder weights make different sentences differ.
        "init_std": _HF_INIT_STD,
    }


def _build_marian(
    out: Path, lines: list[str], vocab_size: int, from_code: str, to_code: str,
    dims: dict[str, int],
) -> None:
    import sentencepiece as spm
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    sp_bytes = _train_sentencepiece(lines, vocab_size, dims["seed"])
    sp = spm.SentencePieceProcessor(model_proto=sp_bytes)
    # OPUS-MT numbering: </s> 0, <unk> 1, the pieces, <pad> last (it is also
    # the decoder start token).
    vocab: dict[str, int] = {"</s>": 0, "<unk>": 1}
    for i in range(sp.get_piece_size()):
        piece = sp.id_to_piece(i)
        if piece not in vocab and piece != "<s>":
            vocab[piece] = len(vocab)
    vocab["<pad>"] = len(vocab)
    with tempfile.TemporaryDirectory() as tmp:
        src_spm, tgt_spm = Path(tmp) / "source.spm", Path(tmp) / "target.spm"
        vocab_json = Path(tmp) / "vocab.json"
        src_spm.write_bytes(sp_bytes)
        tgt_spm.write_bytes(sp_bytes)
        vocab_json.write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
        tokenizer = MarianTokenizer(
            source_spm=str(src_spm),
            target_spm=str(tgt_spm),
            vocab=str(vocab_json),
            source_lang=from_code,
            target_lang=to_code,
        )
        tokenizer.save_pretrained(str(out))
    torch.manual_seed(dims["seed"])
    config = MarianConfig(
        vocab_size=len(vocab),
        pad_token_id=vocab["<pad>"],
        eos_token_id=0,
        decoder_start_token_id=vocab["<pad>"],
        forced_eos_token_id=0,
        **_seq2seq_dims(dims),
    )
    MarianMTModel(config).save_pretrained(str(out))


def _build_m2m100(
    out: Path, lines: list[str], vocab_size: int, from_code: str, to_code: str,
    dims: dict[str, int], list_language_tokens: bool,
) -> None:
    import sentencepiece as spm
    import torch
    from transformers import M2M100Config, M2M100ForConditionalGeneration, M2M100Tokenizer
    from transformers.models.m2m_100.tokenization_m2m_100 import FAIRSEQ_LANGUAGE_CODES

    sp_bytes = _train_sentencepiece(lines, vocab_size, dims["seed"], model_type="bpe")
    sp = spm.SentencePieceProcessor(model_proto=sp_bytes)
    # fairseq dictionary order: <s> <pad> </s> <unk>, then the pieces; the
    # language tokens and 8 "madeup" words follow it in the embedding matrix.
    vocab: dict[str, int] = {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3}
    for i in range(sp.get_piece_size()):
        vocab.setdefault(sp.id_to_piece(i), len(vocab))
    lang_tokens = [f"__{c}__" for c in FAIRSEQ_LANGUAGE_CODES["m2m100"]]
    with tempfile.TemporaryDirectory() as tmp:
        spm_file, vocab_json = Path(tmp) / "sentencepiece.bpe.model", Path(tmp) / "vocab.json"
        spm_file.write_bytes(sp_bytes)
        vocab_json.write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
        extra: dict[str, Any] = (
            {"additional_special_tokens": lang_tokens} if list_language_tokens else {}
        )
        tokenizer = M2M100Tokenizer(
            vocab_file=str(vocab_json),
            spm_file=str(spm_file),
            src_lang=from_code,
            tgt_lang=to_code,
            **extra,
        )
        tokenizer.save_pretrained(str(out))
    torch.manual_seed(dims["seed"])
    config = M2M100Config(
        vocab_size=len(vocab) + len(lang_tokens) + 8,
        pad_token_id=1,
        bos_token_id=0,
        eos_token_id=2,
        decoder_start_token_id=2,
        **_seq2seq_dims(dims),
    )
    M2M100ForConditionalGeneration(config).save_pretrained(str(out))


def _build_nllb(
    out: Path, lines: list[str], vocab_size: int, from_code: str, to_code: str,
    dims: dict[str, int],
) -> None:
    import torch
    from transformers import M2M100Config, M2M100ForConditionalGeneration, NllbTokenizer
    from transformers.models.nllb.tokenization_nllb import FAIRSEQ_LANGUAGE_CODES

    from ttdn_i18n.mt.packages import NLLB_CODES

    sp_bytes = _train_sentencepiece(lines, vocab_size, dims["seed"], model_type="bpe")
    # The real checkpoints ship the SentencePiece model beside tokenizer.json;
    # transformers builds tokenizer.json from it here.
    (out / "sentencepiece.bpe.model").write_bytes(sp_bytes)
    (out / "tokenizer_config.json").write_text(
        json.dumps({"tokenizer_class": "NllbTokenizer"}), encoding="utf-8"
    )
    tokenizer = NllbTokenizer.from_pretrained(
        str(out),
        additional_special_tokens=list(FAIRSEQ_LANGUAGE_CODES),
        src_lang=NLLB_CODES.get(from_code, "vie_Latn"),
        tgt_lang=NLLB_CODES.get(to_code, "eng_Latn"),
    )
    tokenizer.save_pretrained(str(out))
    torch.manual_seed(dims["seed"])
    config = M2M100Config(
        vocab_size=len(tokenizer),
        pad_token_id=1,
        bos_token_id=0,
        eos_token_id=2,
        decoder_start_token_id=2,
        **_seq2seq_dims(dims),
    )
    M2M100ForConditionalGeneration(config).save_pretrained(str(out))


def _build_madlad(out: Path, lines: list[str], vocab_size: int, dims: dict[str, int]) -> None:
    import sentencepiece as spm
    import torch
    from transformers import AutoTokenizer, T5Config, T5ForConditionalGeneration

    from ttdn_i18n.mt.packages import LANGUAGES

    spm.set_random_generator_seed(dims["seed"])
    buf = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=buf,
        vocab_size=vocab_size,
        hard_vocab_limit=False,
        character_coverage=1.0,
        model_type="unigram",
        # T5/MADLAD numbering: <pad> 0 (also the decoder start), </s> 1, <unk> 2, no <s>.
        pad_id=0, eos_id=1, unk_id=2, bos_id=-1,
        pad_piece="<pad>", eos_piece="</s>", unk_piece="<unk>",
        user_defined_symbols=[f"<2{code}>" for code in LANGUAGES],
        minloglevel=2,
        num_threads=1,
    )
    (out / "spiece.model").write_bytes(buf.getvalue())
    # What google/madlad400-*-mt ship beside spiece.model.  Written by hand: transformers
    # 5's T5Tokenizer(vocab_file=...) ignores the file; AutoTokenizer converts it.
    (out / "tokenizer_config.json").write_text(json.dumps({
        "tokenizer_class": "T5Tokenizer", "eos_token": "</s>", "unk_token": "<unk>",
        "pad_token": "<pad>", "extra_ids": 0, "additional_special_tokens": [],
        "sp_model_kwargs": {}, "legacy": False,
    }), encoding="utf-8")
    tokenizer = AutoTokenizer.from_pretrained(str(out))
    torch.manual_seed(dims["seed"])
    d_model, heads = dims["d_model"], dims["heads"]
    settings: dict[str, Any] = {
        "vocab_size": len(tokenizer),
        "d_model": d_model,
        "d_kv": d_model // heads,
        "d_ff": dims["ffn"],
        "num_layers": dims["layers"],
        "num_decoder_layers": dims["layers"],
        "num_heads": heads,
        "feed_forward_proj": "gated-gelu",  # T5 v1.1, as MADLAD-400
        "tie_word_embeddings": False,  # MADLAD-400 has its own output layer
        "decoder_start_token_id": 0,
        "pad_token_id": 0,
        "eos_token_id": 1,
        "dropout_rate": 0.0,
    }
    model = T5ForConditionalGeneration(T5Config(**settings))
    with torch.no_grad():  # loud weights: the output must depend on the input
        for p in model.parameters():
            if p.dim() == 2:
                p.normal_(0.0, _HF_INIT_STD)
    model.save_pretrained(str(out))
