"""A second MT backend in one module: greedy CTranslate2 decoding, one best hypothesis.

It proves the engine seam (:mod:`ttdn_i18n.mt.engine`) holds: nothing here is
borrowed from :mod:`ttdn_i18n.mt.ctranslate2`.  It opens the package's
CTranslate2 model and SentencePiece tokenizer itself and decodes with another
policy: greedy (``beam_size=1``, ``sampling_topk=1``), one sentence at a time,
no n-best list, so the pipeline writes no alternatives.  It cannot suppress
forbidden renderings and says so in :attr:`GreedyEngine.warnings`.

Register it with ``register_engine(NAME, GreedyEngine)``.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from ttdn_i18n.errors import ModelError, MTError
from ttdn_i18n.mt.engine import DecodeOptions, Hypothesis, MTResult
from ttdn_i18n.mt.packages import ModelInfo

NAME = "greedy-test"


class GreedyEngine:
    name = NAME

    def __init__(self, model: ModelInfo, options: DecodeOptions) -> None:
        import ctranslate2
        import sentencepiece as spm

        if model.tokenizer != "sentencepiece":
            raise ModelError(f"{NAME} reads SentencePiece packages only, not {model.label}")
        self.model = model
        self.model_label = model.label
        self._source = spm.SentencePieceProcessor(
            model_file=str(model.path / model.source_tokenizer))
        self._target = spm.SentencePieceProcessor(
            model_file=str(model.path / model.target_tokenizer))
        self._translator = ctranslate2.Translator(str(model.model_dir), device="cpu",
                                                  compute_type="default", intra_threads=1)
        self._warnings: list[str] = []
        self._lock = threading.Lock()
        self.calls = 0

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(self._warnings)

    def translate(
        self,
        sentences: Sequence[str],
        options: DecodeOptions,
        suppress: Sequence[str] = (),
        *,
        source: str | None = None,
        target: str | None = None,
    ) -> list[MTResult]:
        src = source or self.model.from_code
        tgt = target or self.model.to_code
        if not self.model.covers(src, tgt):
            raise MTError(f"{self.model_label} does not translate {src}→{tgt}")
        if suppress and not self._warnings:
            self._warnings.append(f"{NAME} ({self.model_label}) cannot suppress forbidden "
                                  "renderings; check the glossary notes by hand")
        with self._lock:
            self.calls += 1
            return [self._one(text, src, tgt, options) for text in sentences]

    def _one(self, text: str, src: str, tgt: str, options: DecodeOptions) -> MTResult:
        if not text.strip():
            return MTResult((Hypothesis("", 0.0),))
        tokens = list(self.model.source_tokens(src, tgt))
        tokens += self._source.encode(text, out_type=str)
        if self.model.append_eos:
            tokens.append("</s>")
        prefix = list(self.model.target_tokens(tgt))
        cap = options.max_length(len(tokens))
        out: Any = self._translator.translate_batch(
            [tokens],
            target_prefix=[prefix] if prefix else None,
            beam_size=1,
            sampling_topk=1,
            num_hypotheses=1,
            max_decoding_length=cap + len(prefix),
            return_scores=True,
            return_end_token=True,
        )[0]
        pieces = list(out.hypotheses[0])
        ended = bool(pieces) and pieces[-1] == "</s>"
        if ended:
            pieces.pop()
        pieces = pieces[len(prefix):] if prefix and pieces[:len(prefix)] == prefix else pieces
        words = str(self._target.decode_pieces(pieces)).strip()
        return MTResult((Hypothesis(words, float(out.scores[0]), capped=not ended),),
                        capped=not ended)
