"""The built-in MT backend, ``ctranslate2``: CTranslate2 + SentencePiece, batched, n-best.

We drive CTranslate2 ourselves instead of calling
``argostranslate.translate``: that path loads stanza/spaCy/MiniSBD sentence
splitters, which download models at run time, and its SentencePiece decoder
turns every ``_`` into a space.  Here the source is already split into
sentences by ``segment``; each model directory is loaded once per process
(:func:`ttdn_i18n.mt.engine.get_engine`), sentences are deduplicated, sorted
by length and translated in bounded batches of one length class (see
:func:`_batches`: a sentence's output never depends on its batch), each
output is cut at ``a × n + b`` tokens for a source of ``n`` (3n+10 by
default) and flagged when it hits that cap, and results come back in input
order.  Nothing here touches the network.

:class:`CTranslate2Engine` implements :class:`ttdn_i18n.mt.engine.Engine`;
:mod:`ttdn_i18n.mt.engine` registers :func:`open_engine` as backend
``"ctranslate2"``.  The engine-neutral vocabulary (``DecodeOptions``,
``MTResult``, ``translate_route`` …) lives in :mod:`ttdn_i18n.mt.engine`.

Heavy imports (ctranslate2, sentencepiece, sacremoses) happen inside
functions so that importing this module is cheap.
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from ttdn_i18n.errors import ModelError, MTError
from ttdn_i18n.mt.engine import (
    COMPUTE_TYPES,
    DEFAULT_BACKEND,
    DecodeOptions,
    Hypothesis,
    MTResult,
    clear_engine_cache,
    get_engine,
    thread_plan,
    translate_route,
)
from ttdn_i18n.mt.packages import ModelInfo

__all__ = [
    "NAME",
    "EngineStats",
    "Tokenizer",
    "SentencePieceTokenizer",
    "BPETokenizer",
    "CTranslate2Engine",
    "load_tokenizer",
    "open_engine",
    "load_engine",
    "cpu_threads",
    # Moved to ttdn_i18n.mt.engine and still importable from here, so that
    # importers not yet switched keep working; new code imports them from there.
    "COMPUTE_TYPES",
    "DecodeOptions",
    "Hypothesis",
    "MTResult",
    "clear_engine_cache",
    "translate_route",
]

#: The backend name this module provides (what provenance records as ``engine:``).
NAME = DEFAULT_BACKEND

# CTranslate2 truncates longer inputs; we flag them as capped instead of
# letting a silently shortened translation through.
_MAX_INPUT_TOKENS = 1024

# Tokens a multilingual model may emit that are not text: language tokens of
# other languages, fairseq's padding words.  Random or weak models do emit
# them; they must not reach a translator as "__zh__" in the middle of a line.
_NOT_TEXT: dict[str, re.Pattern[str]] = {
    "m2m100": re.compile(r"__[a-z]{2,3}__|<pad>|<s>|<mask>|madeupword\d+"),
    "nllb": re.compile(r"[a-z]{3}_[A-Z][a-z]{3}|<pad>|<s>|<mask>|madeupword\d+"),
    "marian": re.compile(r">>[A-Za-z_]{2,8}<<|<pad>|<s>"),
    "madlad": re.compile(r"<2[A-Za-z_]{2,12}>|<pad>|<s>|<extra_id_\d+>"),
}

@dataclass(frozen=True)
class EngineStats:
    """Counters of one engine since it was loaded."""

    calls: int = 0
    sentences_requested: int = 0
    sentences_translated: int = 0  # unique, non-empty sentences sent to CTranslate2
    batches: int = 0
    capped: int = 0


# ---------------------------------------------------------------- tokenizers


class Tokenizer(Protocol):
    def encode(self, text: str) -> list[str]: ...

    def decode(self, tokens: Sequence[str]) -> str: ...


class SentencePieceTokenizer:
    """SentencePiece used directly: pieces in, text out, ``_`` left alone."""

    def __init__(self, path: Path) -> None:
        import sentencepiece as spm

        self.path = path
        try:
            self._sp = spm.SentencePieceProcessor(model_file=str(path))
        except (OSError, RuntimeError) as exc:
            raise ModelError(
                f"cannot load the SentencePiece model {path}: {exc}; reinstall the model"
            ) from None

    def encode(self, text: str) -> list[str]:
        return list(self._sp.encode(text, out_type=str))

    def decode(self, tokens: Sequence[str]) -> str:
        return str(self._sp.decode_pieces(list(tokens))).strip()


class BPETokenizer:
    """Moses tokenization + subword-nmt BPE codes, as older Argos packages use.

    Limitation: Moses splits ``a_b`` into ``a _ b`` and does not join it back,
    so underscores survive but gain spaces; SentencePiece packages keep them.
    """

    def __init__(self, path: Path, from_code: str, to_code: str) -> None:
        try:
            from argostranslate.apply_bpe import BPE
            from sacremoses import MosesDetokenizer, MosesPunctNormalizer, MosesTokenizer
        except ImportError as exc:
            raise ModelError(
                f"{path} is a BPE model, which needs sacremoses ({exc}); "
                "install sacremoses or use a SentencePiece package"
            ) from None
        self.path = path
        try:
            with path.open(encoding="utf-8") as codes:
                self._bpe = BPE(codes)
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise ModelError(f"cannot read BPE codes {path}: {exc}; reinstall the model") from None
        self._normalizer = MosesPunctNormalizer(from_code)
        self._tokenizer = MosesTokenizer(from_code)
        self._detokenizer = MosesDetokenizer(to_code)

    def encode(self, text: str) -> list[str]:
        words = self._tokenizer.tokenize(self._normalizer.normalize(text))
        return list(self._bpe.segment_tokens(words))

    def decode(self, tokens: Sequence[str]) -> str:
        words = " ".join(tokens).replace("@@ ", "").removesuffix("@@").split()
        return str(self._detokenizer.detokenize(words)).strip()


def load_tokenizer(model: ModelInfo, side: str = "source") -> Tokenizer:
    """The tokenizer of ``model`` for the ``source`` or ``target`` side."""
    name = model.source_tokenizer if side == "source" else model.target_tokenizer
    path = model.path / name
    if not path.is_file():
        raise ModelError(f"{model.name} has no tokenizer {path.name}; reinstall the model")
    if model.tokenizer == "bpe":
        return BPETokenizer(path, model.from_code, model.to_code)
    return SentencePieceTokenizer(path)


# ---------------------------------------------------------------- engine


def length_class(length: int, options: DecodeOptions) -> int:
    """The padded length a sentence of ``length`` tokens is decoded at."""
    k = options.length_class
    return -(-max(1, length) // k) * k


def _batches(
    items: Sequence[tuple[str, list[str]]], options: DecodeOptions
) -> Iterator[tuple[Sequence[tuple[str, list[str]]], int]]:
    """Slices of length-sorted items, each holding sentences of *one* length class.

    CTranslate2 does not promise that a sentence's output is independent of the
    others in its batch: padding a short sentence to a longer one's length
    changes the int8 GEMM paths, and measured on a 6+6-layer int8 model 21 of
    80 sentences then came out different from the sentence alone.  What decides
    a sentence's output is the length it is padded to, not its companions
    (batches of equal-length sentences equal each sentence alone, 0 of 80
    differ), so every sentence is padded to its *length class*
    (:func:`length_class`): each slice holds one class and is yielded with it,
    and the engine adds a padding row of exactly that length when no sentence
    has it.  Each slice is bounded like CTranslate2's own batches
    (``max_batch_size`` examples or tokens) and by ``max_batch_tokens`` source
    tokens, which bounds the decoder's memory.
    """
    start = 0
    while start < len(items):
        padded = length_class(len(items[start][1]), options)
        end = start
        while end < len(items) and length_class(len(items[end][1]), options) == padded:
            end += 1
        per_batch = (options.max_batch_size if options.batch_type == "examples"
                     else max(1, options.max_batch_size // padded))
        per_batch = min(per_batch, max(1, options.max_batch_tokens // padded))
        if options.length_class > 1 and per_batch > 1:
            per_batch -= 1  # room for the padding row
        for i in range(start, end, per_batch):
            yield items[i : min(end, i + per_batch)], padded
        start = end


def batch_rows(
    batch: Sequence[tuple[str, list[str]]], padded: int, prefix: Sequence[str],
    suffix: Sequence[str], eos: str,
) -> list[list[str]]:
    """The rows CTranslate2 decodes for one batch of :func:`_batches`.

    When no sentence has the class length, a padding row of exactly that length
    is added (the first sentence's tokens repeated; ``eos`` repeated when it has
    none), so every sentence is padded to its class.  Its result is thrown away.
    """
    rows = [[*prefix, *toks, *suffix] for _, toks in batch]
    if all(len(toks) < padded for _, toks in batch):
        first = batch[0][1] or [eos]
        rows.append([*prefix, *(first * (padded // len(first) + 1))[:padded], *suffix])
    return rows


class CTranslate2Engine:
    """One loaded model: a CTranslate2 translator and its tokenizers.

    Implements :class:`ttdn_i18n.mt.engine.Engine` (backend ``ctranslate2``).
    """

    name = NAME

    def __init__(
        self,
        model: ModelInfo,
        translator: Any,
        source_tokenizer: Tokenizer,
        target_tokenizer: Tokenizer,
        *,
        compute_type: str,
        options: DecodeOptions,
        eos_token: str = "</s>",
    ) -> None:
        self.model = model
        self._vocab: frozenset[str] | None = None
        self.compute_type = compute_type
        self.options = options
        self.source_tokenizer = source_tokenizer
        self.target_tokenizer = target_tokenizer
        self._translator = translator
        self._eos = eos_token
        self._not_text = _NOT_TEXT.get(model.kind)
        self._lock = threading.Lock()
        self._stats = EngineStats()
        self._warnings: list[str] = []
        #: Inter-op workers of the loaded translator: >1 submits batches asynchronously.
        self.inter_threads = int(getattr(translator, "num_translators", 1) or 1)

    @property
    def model_label(self) -> str:
        return self.model.label

    @property
    def warnings(self) -> tuple[str, ...]:
        """E.g. that forbidden-term suppression is off (unreadable vocabulary)."""
        with self._lock:
            return tuple(self._warnings)

    @property
    def stats(self) -> EngineStats:
        return self._stats

    def _count(self, **delta: int) -> None:
        with self._lock:
            s = self._stats
            self._stats = EngineStats(
                calls=s.calls + delta.get("calls", 0),
                sentences_requested=s.sentences_requested + delta.get("requested", 0),
                sentences_translated=s.sentences_translated + delta.get("translated", 0),
                batches=s.batches + delta.get("batches", 0),
                capped=s.capped + delta.get("capped", 0),
            )

    def _suppressed(self, phrases: Sequence[str]) -> list[list[str]]:
        """Token sequences for ``phrases`` as written and in lower case.

        A phrase that does not tokenize (empty, or unknown pieces only) is
        skipped: suppressing ``<unk>`` would suppress every unknown word.
        """
        out: list[list[str]] = []
        for phrase in dict.fromkeys(p for ph in phrases for p in (ph, ph.lower()) if p.strip()):
            try:
                toks = self.target_tokenizer.encode(phrase)
            except (RuntimeError, ValueError):
                continue
            if toks and toks not in out and all(t in self._target_vocabulary() for t in toks):
                out.append(toks)
        return out

    def _target_vocabulary(self) -> frozenset[str]:
        # CTranslate2 rejects a suppressed token it does not know, and a
        # tokenizer may emit pieces (rare characters) the model never saw.
        if self._vocab is None:
            self._vocab, problem = _read_target_vocabulary(self.model.model_dir)
            if problem:
                # Without the vocabulary no phrase can be suppressed safely: say so
                # rather than let forbidden renderings through unnoticed.
                message = (f"{self.model.label}: target vocabulary unreadable ({problem}): "
                           "forbidden-term suppression is off")
                with self._lock:
                    if message not in self._warnings:
                        self._warnings.append(message)
        return self._vocab

    def translate(
        self,
        sentences: Sequence[str],
        options: DecodeOptions | None = None,
        suppress: Sequence[str] = (),
        *,
        source: str | None = None,
        target: str | None = None,
    ) -> list[MTResult]:
        """Translate sentences; one :class:`MTResult` per input, in order.

        Identical sentences are translated once.  ``source``/``target``
        default to the model's first pair; multilingual models need them.
        ``options`` default to the ones the engine was loaded with;
        ``options.compute_type`` is ignored here (it applies when loading).
        ``suppress`` lists target-language phrases the decoder must never
        produce (a glossary's forbidden renderings), as CTranslate2's
        ``suppress_sequences``.
        """
        return self.translate_groups([(sentences, suppress)], options,
                                     source=source, target=target)[0]

    def translate_groups(
        self,
        groups: Sequence[tuple[Sequence[str], Sequence[str]]],
        options: DecodeOptions | None = None,
        *,
        source: str | None = None,
        target: str | None = None,
    ) -> list[list[MTResult]]:
        """:meth:`translate` for several ``(sentences, suppress)`` groups at once.

        Each batch holds sentences of one group and one token length, so every
        result is what :meth:`translate` gives for the group alone; but all the
        groups' batches are queued before any result is awaited, so the
        inter-op workers never idle at the end of a small group (sentences
        with their own forbidden renderings make groups of one or two).
        """
        opts = options or self.options
        model = self.model
        src = source or model.from_code
        tgt = target or model.to_code
        if not model.covers(src, tgt):
            raise MTError(
                f"model {model.label} does not translate {src}→{tgt}; "
                "plan the route with ttdn_i18n.mt.packages.plan_route"
            )
        src_prefix = list(model.source_tokens(src, tgt))
        src_suffix = [self._eos] if model.append_eos else []
        tgt_prefix = list(model.target_tokens(tgt))

        done: list[dict[str, MTResult]] = []
        works: list[list[tuple[str, list[str]]]] = []
        for sentences, _ in groups:
            found: dict[str, MTResult] = {}
            work: list[tuple[str, list[str]]] = []
            for text in dict.fromkeys(sentences):
                if not text.strip():
                    found[text] = MTResult((Hypothesis("", 0.0),))
                    continue
                try:
                    work.append((text, self.source_tokenizer.encode(text)))
                except (RuntimeError, ValueError) as exc:
                    raise MTError(
                        f"cannot tokenize {text[:40]!r}: {exc}; check the input") from None
            work.sort(key=lambda item: len(item[1]))
            done.append(found)
            works.append(work)

        # With several inter-op workers every batch is submitted at once and the
        # workers decode them in parallel; results are collected in order.
        asynchronous = self.inter_threads > 1
        n_batches = n_capped = 0
        pending: list[tuple[int, Sequence[tuple[str, list[str]]], list[Any]]] = []
        try:
            for g, ((_, suppress), work) in enumerate(zip(groups, works, strict=True)):
                suppressed = self._suppressed(suppress)
                for batch, padded in _batches(work, opts):
                    rows = batch_rows(batch, padded, src_prefix, src_suffix, self._eos)
                    cap = opts.max_length(padded) + len(tgt_prefix)
                    pending.append((g, batch, self._translator.translate_batch(
                        rows,
                        target_prefix=[tgt_prefix] * len(rows) if tgt_prefix else None,
                        # Exactly these rows in one batch: CTranslate2 must not
                        # split it (a part without the padding row pads less).
                        max_batch_size=len(rows),
                        batch_type="examples",
                        beam_size=opts.beam,
                        num_hypotheses=opts.num_hypotheses,
                        return_scores=True,
                        return_end_token=True,
                        max_decoding_length=cap,
                        max_input_length=_MAX_INPUT_TOKENS,
                        replace_unknowns=True,
                        suppress_sequences=suppressed or None,
                        asynchronous=asynchronous,
                    )))
            collected = [(g, batch, [o.result() if asynchronous else o for o in outputs])
                         for g, batch, outputs in pending]
        except (RuntimeError, ValueError, IndexError) as exc:
            raise MTError(
                f"translation with {model.label} failed: {exc}; "
                "check the model with `ttdn-i18n models list` or reinstall it"
            ) from None
        for g, batch, outputs in collected:
            n_batches += 1
            for (text, toks), out in zip(batch, outputs[: len(batch)], strict=True):
                too_long = len(src_prefix) + len(toks) + len(src_suffix) > _MAX_INPUT_TOKENS
                result = self._result(out, tgt_prefix, too_long, opts.max_length(len(toks)))
                n_capped += result.capped
                done[g][text] = result

        self._count(
            calls=len(groups),
            requested=sum(len(sentences) for sentences, _ in groups),
            translated=sum(len(work) for work in works),
            batches=n_batches,
            capped=n_capped,
        )
        return [[found[text] for text in sentences]
                for (sentences, _), found in zip(groups, done, strict=True)]

    def _result(
        self, out: Any, tgt_prefix: list[str], too_long: bool, cap: int
    ) -> MTResult:
        hyps: list[Hypothesis] = []
        for tokens, score in zip(out.hypotheses, out.scores, strict=True):
            toks = list(tokens)
            ended = bool(toks) and toks[-1] == self._eos
            if ended:
                toks.pop()
            if tgt_prefix and toks[: len(tgt_prefix)] == tgt_prefix:
                toks = toks[len(tgt_prefix) :]
            if len(toks) > cap or (len(toks) == cap and not ended):
                # Decoded under a longer sentence's limit: cut to this one's.
                toks, ended = toks[:cap], False
            if self._not_text is not None:
                pattern = self._not_text
                toks = [t for t in toks if not pattern.fullmatch(t)]
            text = self.target_tokenizer.decode(toks)
            hyps.append(Hypothesis(text, float(score), capped=too_long or not ended))
        return MTResult(tuple(hyps), capped=any(h.capped for h in hyps))


# ---------------------------------------------------------------- loading


def cpu_threads() -> int:
    """Cores this process may run on: CTranslate2's ``intra_threads``.

    ``os.cpu_count()`` counts the whole machine; in a container or under
    ``taskset`` only the affinity mask is ours, and oversubscribing it makes
    translation slower, not faster.
    """
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _open_translator(model_dir: Path, compute_type: str, label: str,
                     inter: int = 0, intra: int = 0) -> Any:
    import ctranslate2

    inter, intra = thread_plan(cpu_threads(), inter, intra)
    supported = ctranslate2.get_supported_compute_types("cpu")
    wanted = compute_type if compute_type in supported else "default"
    attempts = [wanted] if wanted == "default" else [wanted, "default"]
    error: Exception | None = None
    for ct in attempts:
        try:
            return ctranslate2.Translator(
                str(model_dir),
                device="cpu",
                compute_type=ct,
                intra_threads=intra,
                inter_threads=inter,
            )
        except (RuntimeError, ValueError, IndexError, OSError) as exc:
            # int8 on a CPU or model that cannot run it: retry with the model's
            # own weight type.  A damaged model.bin fails both attempts
            # (CTranslate2 reports that as IndexError or RuntimeError).
            error = exc
    raise ModelError(
        f"cannot load model {label} from {model_dir}: {error}; "
        "reinstall it with `ttdn-i18n models install`"
    )


def _read_target_vocabulary(model_dir: Path) -> tuple[frozenset[str], str]:
    """The target-side tokens of a CTranslate2 model directory, and what went
    wrong reading them ("" when nothing did; the set is then never empty)."""
    for name in ("target_vocabulary.json", "shared_vocabulary.json"):
        path = model_dir / name
        if path.is_file():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except OSError as exc:
                return frozenset(), f"cannot read {name}: {exc.strerror}"
            except ValueError:
                return frozenset(), f"{name} is not valid JSON"
            vocab = frozenset(t for t in data if isinstance(t, str)) if isinstance(
                data, list) else frozenset()
            return vocab, "" if vocab else f"{name} holds no tokens"
    for name in ("target_vocabulary.txt", "shared_vocabulary.txt"):
        path = model_dir / name
        if path.is_file():
            try:
                vocab = frozenset(path.read_text(encoding="utf-8").splitlines())
            except OSError as exc:
                return frozenset(), f"cannot read {name}: {exc.strerror}"
            except UnicodeDecodeError:
                return frozenset(), f"{name} is not UTF-8"
            return vocab, "" if vocab else f"{name} holds no tokens"
    return frozenset(), f"no target or shared vocabulary file in {model_dir}"


def _eos_token(model_dir: Path) -> str:
    try:
        config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "</s>"
    eos = config.get("eos_token") if isinstance(config, dict) else None
    return eos if isinstance(eos, str) and eos else "</s>"




def open_engine(model: ModelInfo, options: DecodeOptions | None = None) -> CTranslate2Engine:
    """Load ``model`` into a new engine (uncached: use :func:`load_engine`).

    The factory of backend ``ctranslate2`` in :mod:`ttdn_i18n.mt.engine`.
    """
    opts = options or DecodeOptions()
    model_bin = model.model_dir / "model.bin"
    if not model_bin.is_file():
        raise ModelError(
            f"model {model.label} has no {model_bin}; reinstall it with "
            "`ttdn-i18n models install`"
        )
    translator = _open_translator(model.model_dir, opts.compute_type, model.label,
                                  opts.inter_threads, opts.intra_threads)
    return CTranslate2Engine(
        model,
        translator,
        load_tokenizer(model, "source"),
        load_tokenizer(model, "target"),
        compute_type=str(getattr(translator, "compute_type", opts.compute_type)),
        options=opts,
        eos_token=_eos_token(model.model_dir),
    )


def load_engine(model: ModelInfo, options: DecodeOptions | None = None) -> CTranslate2Engine:
    """The CTranslate2 engine of ``model``, loaded once per process and compute type
    (shared with :func:`ttdn_i18n.mt.engine.get_engine`'s cache)."""
    engine = get_engine(model, options, NAME)
    if isinstance(engine, CTranslate2Engine):
        return engine
    # Someone registered another factory under our name: give them theirs via
    # get_engine, and callers of this function the real thing.
    return open_engine(model, options)
