"""The engine seam: what the pipeline knows about machine translation.

Everything here is engine-neutral.  The pipeline speaks only this vocabulary:

* :class:`DecodeOptions` (how to decode), :class:`Hypothesis` and
  :class:`MTResult` (what comes back);
* the :class:`Engine` protocol: one loaded model that translates sentences;
* a registry of *backends*: a name (``"ctranslate2"``) and a factory
  ``(ModelInfo, DecodeOptions) -> Engine``.  :func:`get_engine` loads an
  engine once per backend, model and compute type; :func:`translate_route`
  runs a planned route (pivot = chaining legs) through engines of the route's
  backend, so nothing above this module names CTranslate2.

The built-in backend, ``ctranslate2`` (:mod:`ttdn_i18n.mt.ctranslate2`), is
registered lazily: importing this module imports neither CTranslate2 nor
SentencePiece.  A new engine is one module plus one call::

    from ttdn_i18n.mt.engine import register_engine
    register_engine("my-engine", MyEngine)      # MyEngine(model, options)

and is chosen with ``[translate] backend = "my-engine"`` in
``ttdn-i18n.toml`` (or ``translate --backend my-engine``).  Installed
packages can also provide engines through the ``ttdn_i18n.engines``
entry-point group (each entry point names a factory); they are loaded only
when chosen, so a broken plug-in never gets in the way of the others.
"""

from __future__ import annotations

import contextlib
import math
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib.metadata import EntryPoint, entry_points
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from ttdn_i18n.errors import ConfigError, ModelError, MTError
from ttdn_i18n.mt.packages import DEFAULT_BACKEND

if TYPE_CHECKING:
    from ttdn_i18n.mt.packages import ModelInfo, Route

__all__ = [
    "COMPUTE_TYPES",
    "QUALITY_PRESETS",
    "thread_plan",
    "DEFAULT_BACKEND",
    "ENTRY_POINT_GROUP",
    "DecodeOptions",
    "Hypothesis",
    "MTResult",
    "Engine",
    "EngineFactory",
    "register_engine",
    "unregister_engine",
    "get_engine_factory",
    "engine_names",
    "check_backend",
    "get_engine",
    "clear_engine_cache",
    "route_warnings",
    "translate_route",
    "translate_route_groups",
    "preload_engines",
]

#: Entry-point group through which installed packages add backends.
ENTRY_POINT_GROUP = "ttdn_i18n.engines"

#: Built-in backends, declared like entry points and imported only when first
#: chosen: ``import ttdn_i18n`` and ``--help`` load neither CTranslate2 nor
#: SentencePiece, and this module does not import its backends (they import it).
_BUILTIN = {DEFAULT_BACKEND: "ttdn_i18n.mt.ctranslate2:open_engine"}

#: Weight/activation types a backend may be asked to load a model with.
COMPUTE_TYPES = (
    "int8",
    "int8_float32",
    "int8_float16",
    "int8_bfloat16",
    "int16",
    "float32",
    "float16",
    "bfloat16",
    "default",
    "auto",
)


#: ``--quality`` presets: (beam size, hypotheses).  ``draft`` is greedy; ``best``
#: keeps a 5-best list that the term policy re-ranks (``--terms nbest``).
QUALITY_PRESETS: dict[str, tuple[int, int]] = {
    "draft": (1, 1),
    "standard": (4, 3),
    "best": (5, 5),
}


def thread_plan(cores: int, inter: int = 0, intra: int = 0) -> tuple[int, int]:
    """``(inter_threads, intra_threads)`` for ``cores`` cores; 0 means "choose".

    CTranslate2 runs fastest on few cores with several batches in parallel, one
    core each: on 2 cores inter 2 + intra 1 decoded a 6+6-layer int8 model
    1.3x faster than inter 1 + intra 2 (FINDINGS B, issue 14).  Up to 4 workers
    (each holds its own buffers), the rest of the cores go to intra threads.
    """
    cores = max(1, cores)
    if inter <= 0:
        inter = min(cores, 4) if intra <= 0 else max(1, cores // intra)
    if intra <= 0:
        intra = max(1, cores // inter)
    return inter, intra


# ---------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class Hypothesis:
    """One candidate translation.  ``capped``: it hit the length cap."""

    text: str
    score: float
    capped: bool = False


@dataclass(frozen=True)
class MTResult:
    """The n-best list for one input sentence, best first.

    ``capped`` is True when any hypothesis reached the length cap (or the
    input was too long for the model): the pipeline flags such segments.
    ``pivot`` is the intermediate (English) text of a pivot route.
    """

    hypotheses: tuple[Hypothesis, ...]
    capped: bool = False
    pivot: str = ""

    @property
    def best(self) -> str:
        return self.hypotheses[0].text if self.hypotheses else ""


@dataclass(frozen=True)
class DecodeOptions:
    """Decoding settings.  ``length_cap=(a, b)``: at most ``a × n + b`` target
    tokens for a source of ``n`` tokens.

    A backend may decode a batch up to the cap of its longest sentence, but
    each hypothesis is cut to its own sentence's cap (and flagged as capped).
    ``compute_type`` applies when a model is loaded; a backend that cannot
    honour a setting (a greedy decoder and ``beam_size``) ignores it."""

    beam_size: int = 4
    num_hypotheses: int = 3
    max_batch_size: int = 32
    batch_type: str = "examples"  # "examples" | "tokens"
    #: Source tokens per batch at most, on top of ``max_batch_size``: it bounds the
    #: decoder's working memory, which grows with batch × length × beam (at 300
    #: articles, 32 sentences of 86 tokens per batch took the peak from ~300 MB
    #: to ~530 MB; 1024 tokens kept it at ~310 MB at the same speed).  Batches hold
    #: sentences of one length class, so this never changes a translation.
    max_batch_tokens: int = 1024
    #: Every sentence is decoded padded to its length rounded up to a multiple of
    #: this many tokens ("length class"), whatever else is in its batch: a batch
    #: holds one class, and one padding row of exactly the class length when no
    #: sentence has it.  Classes of 8 make fewer, fuller batches than equal
    #: lengths (1), and a sentence's output still depends only on the sentence.
    length_class: int = 8
    compute_type: str = "int8"
    length_cap: tuple[float, int] = (3.0, 10)
    #: Batches decoded in parallel and threads per batch (0: chosen from the
    #: cores, :func:`thread_plan`).  Like ``compute_type`` they apply when a
    #: model is loaded and never change the output (not in :attr:`signature`).
    inter_threads: int = 0
    intra_threads: int = 0

    def __post_init__(self) -> None:
        if self.beam_size < 1 or self.num_hypotheses < 1:
            raise ConfigError(
                f"beam size {self.beam_size} and hypotheses {self.num_hypotheses} "
                "must both be at least 1"
            )
        if self.max_batch_size < 1:
            raise ConfigError(f"batch size {self.max_batch_size} must be at least 1")
        if not 1 <= self.length_class <= 64:
            raise ConfigError(f"length class {self.length_class} must be from 1 to 64")
        if self.max_batch_tokens < 1:
            raise ConfigError(f"batch token budget {self.max_batch_tokens} must be at least 1")
        if self.batch_type not in ("examples", "tokens"):
            raise ConfigError(
                f"batch type '{self.batch_type}' is unknown; use 'examples' or 'tokens'"
            )
        if self.compute_type not in COMPUTE_TYPES:
            raise ConfigError(
                f"compute type '{self.compute_type}' is unknown; use one of: "
                + ", ".join(COMPUTE_TYPES)
            )
        if self.inter_threads < 0 or self.intra_threads < 0:
            raise ConfigError(
                f"threads {self.inter_threads}/{self.intra_threads} must be 0 (automatic) "
                "or more"
            )
        a, b = self.length_cap
        if a < 0 or b < 0 or (a == 0 and b < 1):
            raise ConfigError(
                f"length cap {a}x+{b} allows no output; use positive numbers such as 3x+10"
            )

    @property
    def beam(self) -> int:
        # A beam search cannot return more hypotheses than it keeps in the beam.
        return max(self.beam_size, self.num_hypotheses)

    def max_length(self, source_tokens: int) -> int:
        a, b = self.length_cap
        return max(1, math.floor(a * source_tokens + b))

    @property
    def signature(self) -> str:
        """For :attr:`ttdn_i18n.model.Provenance.decoding`."""
        a, b = self.length_cap
        sig = f"beam={self.beam},n={self.num_hypotheses},maxlen={a:g}x+{b}"
        # Output depends on the length class (padding), so it is part of what
        # reproduces a file; the historical equal-length batching (1) adds nothing.
        return sig if self.length_class == 1 else f"{sig},lenclass={self.length_class}"


# ---------------------------------------------------------------- protocol


@runtime_checkable
class Engine(Protocol):
    """One loaded model, ready to translate.

    ``name`` is the backend's name as provenance records it (``engine:<name>``);
    ``model_label`` the model's name and version; ``warnings`` what the user
    should know about this engine's output (e.g. "forbidden-term suppression
    is off"), one line each, shown in the run summary.
    """

    @property
    def name(self) -> str: ...

    @property
    def model_label(self) -> str: ...

    @property
    def warnings(self) -> Sequence[str]: ...

    def translate(
        self,
        sentences: Sequence[str],
        options: DecodeOptions,
        suppress: Sequence[str] = (),
        *,
        source: str | None = None,
        target: str | None = None,
    ) -> list[MTResult]:
        """One :class:`MTResult` per sentence, in input order (n-best, best first).

        ``suppress`` lists target-language phrases the output must not contain
        (a glossary's forbidden renderings); an engine that cannot honour it
        says so in :attr:`warnings`.  ``source``/``target`` pick the pair of a
        multilingual model (default: the model's first pair).
        """
        ...


#: Builds an engine for an installed model; ``options.compute_type`` applies.
EngineFactory = Callable[["ModelInfo", DecodeOptions], Engine]


# ---------------------------------------------------------------- registry


_BACKENDS: dict[str, EngineFactory | EntryPoint] = {}  # entry points load when chosen
_LOCK = threading.RLock()
_LOADED = False


def _ensure_loaded() -> None:
    global _LOADED
    if _LOADED:
        return
    with _LOCK:
        if _LOADED:
            return
        for name, value in _BUILTIN.items():
            _BACKENDS.setdefault(name, EntryPoint(name, value, ENTRY_POINT_GROUP))
        for ep in entry_points(group=ENTRY_POINT_GROUP):
            _BACKENDS.setdefault(ep.name, ep)
        _LOADED = True


def _check_name(name: str) -> None:
    if not name or name != name.strip() or "," in name or any(c.isspace() for c in name):
        raise ConfigError(f"{name!r} is not a backend name; use letters, digits and dashes")


def register_engine(name: str, factory: EngineFactory, *, replace: bool = False) -> None:
    """Make ``factory`` available as backend ``name``.

    ``factory(model, options)`` returns an :class:`Engine`; it is called once
    per model and compute type (engines are cached by :func:`get_engine`).
    """
    _check_name(name)
    if not callable(factory):
        raise ConfigError(f"the factory of backend {name!r} is not callable")
    _ensure_loaded()
    with _LOCK:
        if not replace and name in _BACKENDS:
            raise ConfigError(f"an MT backend named {name!r} is already registered; "
                              "choose another name or pass replace=True")
        _forget(name)
        _BACKENDS[name] = factory


def unregister_engine(name: str) -> None:
    """Remove backend ``name`` (and its loaded engines); unknown names are ignored."""
    _ensure_loaded()
    with _LOCK:
        _BACKENDS.pop(name, None)
        _forget(name)


def engine_names() -> tuple[str, ...]:
    """Every backend that can be chosen: the built-in one first."""
    _ensure_loaded()
    with _LOCK:
        return tuple(_BACKENDS)


def _unknown(name: str) -> ConfigError:
    return ConfigError(f"unknown MT backend '{name}'; use one of: {', '.join(engine_names())}")


def get_engine_factory(name: str) -> EngineFactory:
    """The factory of backend ``name``; a :class:`ConfigError` listing the choices otherwise."""
    _ensure_loaded()
    with _LOCK:
        found = _BACKENDS.get(name)
        if found is None:
            raise _unknown(name)
        if not isinstance(found, EntryPoint):
            return found
        try:
            loaded: Any = found.load()
        except Exception as exc:  # a broken plug-in is reported, never a traceback
            raise ModelError(
                f"MT backend plug-in '{name}' ({found.value}) cannot be loaded ({exc}); "
                "reinstall or uninstall the package that provides it"
            ) from None
        if not callable(loaded):
            raise ModelError(
                f"MT backend plug-in '{name}' ({found.value}) is not an engine factory; "
                "reinstall or uninstall the package that provides it"
            )
        _BACKENDS[name] = loaded
        return loaded  # type: ignore[no-any-return]


def check_backend(name: str) -> str:
    """``name`` if it is a known backend (its plug-in loads); ConfigError otherwise."""
    get_engine_factory(name)
    return name


# ---------------------------------------------------------------- loaded engines

_CacheKey = tuple[str, str, tuple[int, ...], str]
_CACHE: dict[_CacheKey, Engine] = {}


def _stamp(model: ModelInfo) -> tuple[int, ...]:
    """Modification times of the package's files: a reinstalled model is reloaded."""
    out: list[int] = []
    for path in (model.path / "metadata.json", model.model_dir / "model.bin"):
        try:
            out.append(path.stat().st_mtime_ns)
        except OSError:
            out.append(-1)
    return tuple(out)


def _key(model: ModelInfo, options: DecodeOptions, backend: str) -> _CacheKey:
    load = f"{options.compute_type}|{options.inter_threads}|{options.intra_threads}"
    return (backend, str(model.path.resolve()), _stamp(model), load)


def _forget(backend: str) -> None:
    for key in [k for k in _CACHE if k[0] == backend]:
        del _CACHE[key]


def get_engine(
    model: ModelInfo, options: DecodeOptions | None = None, backend: str = DEFAULT_BACKEND
) -> Engine:
    """The engine of ``backend`` for ``model``, loaded once per process and compute type."""
    opts = options or DecodeOptions()
    key = _key(model, opts, backend)
    with _LOCK:
        engine = _CACHE.get(key)
        if engine is not None:
            return engine
        engine = get_engine_factory(backend)(model, opts)
        if not isinstance(engine, Engine):
            raise ModelError(
                f"MT backend '{backend}' returned {type(engine).__name__}, not an engine "
                "(it needs name, model_label, warnings and translate); fix the backend"
            )
        _CACHE[key] = engine
        return engine


def preload_engines(routes: Sequence[Route], options: DecodeOptions | None = None,
                    *, backend: str | None = None) -> threading.Thread:
    """Load the engines of ``routes`` in a background thread; returns the thread.

    A run parses its articles while the models load (CTranslate2 loads without
    holding the GIL).  Nothing is raised here: a model that fails to load fails
    again, with its message, when the run asks for it (:func:`get_engine`).
    """
    opts = options or DecodeOptions()

    def load() -> None:
        for route in routes:
            for step in route.steps:
                with contextlib.suppress(Exception):  # reported by the real get_engine
                    get_engine(step.model, opts, backend or route.backend)

    thread = threading.Thread(target=load, name="ttdn-preload", daemon=True)
    thread.start()
    return thread


def clear_engine_cache() -> None:
    """Forget loaded engines (after removing a model, or in tests)."""
    with _LOCK:
        _CACHE.clear()


def route_warnings(
    route: Route, options: DecodeOptions | None = None, *, backend: str | None = None
) -> tuple[str, ...]:
    """Warnings of the route's engines that are loaded (nothing is loaded here)."""
    opts = options or DecodeOptions()
    name = backend or route.backend
    found: list[str] = []
    with _LOCK:
        for step in route.steps:
            engine = _CACHE.get(_key(step.model, opts, name))
            if engine is not None:
                found.extend(engine.warnings)
    return tuple(dict.fromkeys(found))


# ---------------------------------------------------------------- routes


def _best_capped(result: MTResult) -> bool:
    # Only the best pivot hypothesis travels on, so only its cap matters.
    return bool(result.hypotheses) and result.hypotheses[0].capped


def translate_route(
    route: Route,
    sentences: Sequence[str],
    options: DecodeOptions | None = None,
    *,
    suppress: Sequence[str] = (),
    backend: str | None = None,
) -> list[MTResult]:
    """Translate along a planned route with the engines of ``backend``
    (default: the route's own, :attr:`~ttdn_i18n.mt.packages.Route.backend`).

    A pivot route translates to the pivot language with n-best, then the best
    pivot hypothesis to the target with n-best; the target hypotheses are the
    result and the pivot text is kept in :attr:`MTResult.pivot`.  ``suppress``
    (target-language phrases) applies to a direct route's one step, and to every
    step after a pivot route's first (which produces the pivot language).
    """
    return translate_route_groups(route, [(sentences, suppress)], options,
                                  backend=backend)[0]


def translate_route_groups(
    route: Route,
    groups: Sequence[tuple[Sequence[str], Sequence[str]]],
    options: DecodeOptions | None = None,
    *,
    backend: str | None = None,
) -> list[list[MTResult]]:
    """:func:`translate_route` for several ``(sentences, suppress)`` groups.

    Same results as one call per group.  An engine with ``translate_groups``
    (CTranslate2) decodes all groups in one pass; a pivot's first leg, which
    suppresses nothing, takes every group's sentences in one call.
    """
    if not route.steps:
        raise MTError(
            f"no installed model translates {route.source}→{route.target}; install one "
            "with `ttdn-i18n models install` (see `ttdn-i18n models list`)"
        )
    opts = options or DecodeOptions()
    name = backend or route.backend
    first = route.steps[0]
    if len(route.steps) == 1:
        return _translate_groups(get_engine(first.model, opts, name), groups, opts, name,
                                 first.from_code, first.to_code)
    everything = list(dict.fromkeys(s for sentences, _ in groups for s in sentences))
    leg = dict(zip(everything, _translate_groups(
        get_engine(first.model, opts, name), [(everything, ())], opts, name,
        first.from_code, first.to_code)[0], strict=True))
    results = [[leg[s] for s in sentences] for sentences, _ in groups]
    for step in route.steps[1:]:
        middles = [[r.best for r in rs] for rs in results]
        nxt = _translate_groups(get_engine(step.model, opts, name),
                                [(middle, suppress) for middle, (_, suppress)
                                 in zip(middles, groups, strict=True)],
                                opts, name, step.from_code, step.to_code)
        results = [
            [MTResult(r2.hypotheses, capped=_best_capped(r1) or r2.capped, pivot=r1.best)
             for r1, r2 in zip(rs1, rs2, strict=True)]
            for rs1, rs2 in zip(results, nxt, strict=True)
        ]
    return results


def _translate_groups(
    engine: Engine,
    groups: Sequence[tuple[Sequence[str], Sequence[str]]],
    opts: DecodeOptions,
    name: str,
    source: str,
    target: str,
) -> list[list[MTResult]]:
    many = getattr(engine, "translate_groups", None)
    if callable(many):
        out: list[list[MTResult]] = many(groups, opts, source=source, target=target)
    else:  # a plug-in engine: one call per group
        out = [engine.translate(sentences, opts, suppress, source=source, target=target)
               for sentences, suppress in groups]
    if len(out) != len(groups):
        raise MTError(f"MT backend '{name}' returned {len(out)} result lists for "
                      f"{len(groups)} groups; fix the backend")
    for (sentences, _), results in zip(groups, out, strict=True):
        _check_count(results, sentences, name)
    return out


def _check_count(results: Sequence[MTResult], sentences: Sequence[str], backend: str) -> None:
    if len(results) != len(sentences):
        raise MTError(
            f"MT backend '{backend}' returned {len(results)} results for {len(sentences)} "
            "sentences; fix the backend"
        )
