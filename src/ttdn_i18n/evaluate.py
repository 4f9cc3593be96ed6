"""Choose models by evidence: translate reference sets with every route and score them.

``ttdn-i18n evaluate REFS...`` reads pairs of a Vietnamese source and a
reference translation (TMX, TSV ``vi<TAB>target``, a pair of line-aligned plain
files, or the *reviewed* units of XLIFF/PO files), translates the sources with
every route the installed models offer for each language (each direct or
multilingual model, and the English pivot) and scores each route with
sacrebleu's metric classes:

* **chrF++** (``CHRF(word_order=2)``) and **chrF** (``CHRF()``) for every
  language.  They need no tokenizer, so they are the primary metrics for Lao
  and Khmer, which are written without spaces between words (the WMT/FLORES
  practice);
* **BLEU** (``BLEU(tokenize="13a")``) for English only: word-level BLEU means
  nothing for lo/km.  The spBLEU/flores tokenizers are never used: sacrebleu
  downloads their SentencePiece models at run time;
* **TER** (``TER()``);
* **term adherence**: the glossary's hits in each source, verified in the
  hypothesis (:func:`ttdn_i18n.terms.glossary.verify_terms`);
* **sentences per second** (model loading excluded).

Each metric carries its sacrebleu signature, so a score can be reproduced.
Nothing here downloads anything.  :func:`save_choice` writes the best route
per language (by chrF++) into ``[translate.engine]`` of ``ttdn-i18n.toml``.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import time
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ttdn_i18n.errors import ConfigError, FormatError, ModelError, SourceError

if TYPE_CHECKING:
    from ttdn_i18n.mt.engine import DecodeOptions
    from ttdn_i18n.mt.packages import ModelInfo, Route
    from ttdn_i18n.terms.glossary import Glossary

__all__ = [
    "REFERENCE_FORMATS",
    "RefPair",
    "MetricScore",
    "RouteScore",
    "LanguageEvaluation",
    "Evaluation",
    "read_references",
    "read_plain_pair",
    "candidate_routes",
    "route_choice",
    "score_hypotheses",
    "evaluate_references",
    "format_evaluation",
    "evaluation_as_dict",
    "parse_engine_options",
    "update_engine_table",
    "save_choice",
]

#: What ``evaluate`` reads, for messages.
REFERENCE_FORMATS = (
    ".tmx, .tsv (vi<TAB>target), .xlf/.xliff/.po (reviewed units), "
    "or --src FILE --ref FILE (line-aligned plain text)"
)

#: Metric names in table order.
METRICS = ("chrF++", "chrF", "BLEU", "TER")

@dataclass(frozen=True)
class RefPair:
    """One Vietnamese source and its reference translation."""

    source: str
    reference: str


@dataclass(frozen=True)
class MetricScore:
    name: str
    score: float
    signature: str


@dataclass(frozen=True)
class RouteScore:
    """How one route did on one language's reference set."""

    engine: str  # what [translate.engine] would say: a model name or "pivot"
    kind: str  # direct | multilingual | pivot
    description: str  # route_line(): "lo: pivot vi→en→lo (…)"
    models: tuple[str, ...]
    metrics: tuple[MetricScore, ...]
    terms_present: int
    terms_total: int
    seconds: float
    load_seconds: float
    sentences: int
    hypotheses: tuple[str, ...] = ()

    @property
    def sentences_per_second(self) -> float:
        return self.sentences / self.seconds if self.seconds > 0 else float("inf")

    @property
    def term_adherence(self) -> float | None:
        return self.terms_present / self.terms_total if self.terms_total else None

    def metric(self, name: str) -> MetricScore | None:
        return next((m for m in self.metrics if m.name == name), None)


@dataclass(frozen=True)
class LanguageEvaluation:
    lang: str
    pairs: tuple[RefPair, ...]
    files: tuple[str, ...]
    routes: tuple[RouteScore, ...]
    note: str = ""  # why there is no route

    @property
    def best(self) -> RouteScore | None:
        """The route with the highest chrF++ (the first one on a tie)."""
        best: RouteScore | None = None
        for r in self.routes:
            m = r.metric("chrF++")
            b = best.metric("chrF++") if best is not None else None
            if m is not None and (b is None or m.score > b.score):
                best = r
        return best


@dataclass(frozen=True)
class Evaluation:
    languages: tuple[LanguageEvaluation, ...]
    glossary: str
    decoding: str
    saved: str | None = None
    warnings: tuple[str, ...] = field(default=())


# ---------------------------------------------------------------- reading references


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


def _missing(path: Path) -> SourceError:
    return SourceError(f"reference file {path} not found; give {REFERENCE_FORMATS}")


def _read_text(path: Path) -> str:
    if not path.exists():
        raise _missing(path)
    if path.is_dir():
        raise SourceError(f"{path} is a folder; give reference files ({REFERENCE_FORMATS})")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read {path}: {exc.strerror}; check its permissions") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SourceError(f"{path} is not UTF-8; save it as UTF-8") from None


def _lang_from_name(path: Path) -> str | None:
    """``refs.lo.tsv`` → lo, ``a.km`` → km; None when the name does not say."""
    from ttdn_i18n.mt.packages import LANGUAGES

    for suffix in reversed(path.suffixes):
        code = suffix.lstrip(".").lower()
        if code in LANGUAGES and code != "vi":
            return code
    return None


def _single_target(path: Path, to: Sequence[str] | None, how: str) -> str:
    found = _lang_from_name(path)
    if found is not None:
        return found
    if to and len(to) == 1:
        return to[0]
    raise ConfigError(
        f"cannot tell the target language of {path}; {how}, or pass --to with one language"
    )


def _read_tsv(path: Path, to: Sequence[str] | None) -> dict[str, list[RefPair]]:
    from ttdn_i18n.mt.packages import LANGUAGES

    text = _read_text(path)
    rows = list(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))
    rows = [r for r in rows if any(c.strip() for c in r)]
    lang: str | None = None
    if rows and len(rows[0]) == 2 and rows[0][0].strip().lower() == "vi" \
            and rows[0][1].strip().lower() in LANGUAGES:
        lang = rows[0][1].strip().lower()
        rows = rows[1:]
    if lang is None:
        lang = _single_target(path, to, f"name it {path.stem}.lo.tsv or start it with the "
                                        "header line vi<TAB>lo")
    pairs: list[RefPair] = []
    for n, row in enumerate(rows, start=1):
        if len(row) != 2:
            raise FormatError(
                f"{path}: row {n} has {len(row)} columns; each line must be "
                "Vietnamese<TAB>reference"
            )
        src, ref = _nfc(row[0]), _nfc(row[1])
        if src and ref:
            pairs.append(RefPair(src, ref))
    return {lang: pairs}


def _read_tmx(path: Path) -> dict[str, list[RefPair]]:
    from ttdn_i18n.formats.tmx import parse_tmx

    if not path.exists():
        raise _missing(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read {path}: {exc.strerror}; check its permissions") from None
    out: dict[str, list[RefPair]] = {}
    for e in parse_tmx(data, what=str(path)):
        if e.source_lang != "vi" or not e.source.strip() or not e.target.strip():
            continue
        out.setdefault(e.target_lang, []).append(RefPair(_nfc(e.source), _nfc(e.target)))
    return out


def _read_reviewed(path: Path) -> dict[str, list[RefPair]]:
    from ttdn_i18n.formats import read_document
    from ttdn_i18n.mt.packages import LANGUAGES

    if not path.exists():
        raise _missing(path)
    doc = read_document(path)
    lang = doc.target_lang.replace("_", "-").split("-")[0].lower()
    if lang not in LANGUAGES:
        raise FormatError(f"{path} translates into '{doc.target_lang}', a language "
                          "ttdn-i18n does not know")
    pairs = [RefPair(_nfc(u.source), _nfc(u.target)) for u in doc.units
             if u.translate and u.state.reviewed and u.target.strip() and u.source.strip()]
    return {lang: pairs}


def read_plain_pair(src: Path, ref: Path, to: Sequence[str] | None = None
                    ) -> dict[str, list[RefPair]]:
    """Two line-aligned plain files: line *n* of ``ref`` translates line *n* of ``src``."""
    sources = _read_text(src).splitlines()
    refs = _read_text(ref).splitlines()
    while sources and not sources[-1].strip():
        sources.pop()
    while refs and not refs[-1].strip():
        refs.pop()
    if len(sources) != len(refs):
        raise FormatError(
            f"{src} has {len(sources)} lines but {ref} has {len(refs)}; the files must be "
            "line-aligned (line n of --ref translates line n of --src)"
        )
    lang = _single_target(ref, to, f"name it {ref.stem}.lo")
    pairs = [RefPair(_nfc(s), _nfc(r)) for s, r in zip(sources, refs, strict=True)
             if s.strip() and r.strip()]
    return {lang: pairs}


def _reader(path: Path) -> str:
    from ttdn_i18n.formats import translation_suffixes

    suffix = path.suffix.lower()
    if suffix == ".tmx":
        return "tmx"
    if suffix in (".tsv", ".tab"):
        return "tsv"
    if suffix in translation_suffixes():
        return "reviewed"
    return ""


def read_references(
    paths: Sequence[Path | str],
    *,
    src: Path | str | None = None,
    ref: Path | str | None = None,
    to: Sequence[str] | None = None,
) -> tuple[dict[str, list[RefPair]], dict[str, list[str]]]:
    """Pairs per target language from every reference file, and the files per language.

    Every file is read (and every error raised) before anything is translated.
    Folders are searched for XLIFF/PO files.  ``to`` names the language of
    files whose name and content do not say it.
    """
    from ttdn_i18n.formats import find_translation_files, suffix_list

    if (src is None) != (ref is None):
        raise ConfigError("--src and --ref go together: give both plain files, or neither")
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            inside = find_translation_files(p)
            if not inside:
                raise SourceError(f"no {suffix_list()} file in {p}; give reference files "
                                  f"({REFERENCE_FORMATS})")
            files.extend(inside)
        else:
            files.append(p)
    if not files and src is None:
        raise ConfigError(f"no reference files given; give {REFERENCE_FORMATS}")
    pairs: dict[str, list[RefPair]] = {}
    origins: dict[str, list[str]] = {}

    def add(found: Mapping[str, list[RefPair]], name: str) -> None:
        for lang, items in found.items():
            pairs.setdefault(lang, []).extend(items)
            origins.setdefault(lang, []).append(name)

    for path in files:
        if not path.exists():
            raise _missing(path)
        kind = _reader(path)
        if kind == "tmx":
            found = _read_tmx(path)
        elif kind == "tsv":
            found = _read_tsv(path, to)
        elif kind == "reviewed":
            found = _read_reviewed(path)
            if not any(found.values()):
                raise FormatError(
                    f"{path} has no reviewed units; evaluate reads only segments a reviewer "
                    "has translated or signed off (review the file first, or give a TMX/TSV "
                    "reference)"
                )
        else:
            raise FormatError(
                f"{path}: unknown reference format '{path.suffix or path.name}'; give "
                f"{REFERENCE_FORMATS}"
            )
        if not any(found.values()):
            raise FormatError(f"{path} holds no Vietnamese source with a reference translation")
        add(found, str(path))
    if src is not None and ref is not None:
        add(read_plain_pair(Path(src), Path(ref), to), f"{src} + {ref}")
    return pairs, origins


# ---------------------------------------------------------------- routes


def route_choice(route: Route) -> str:
    """What ``[translate.engine]`` says to get ``route`` again: the model of a
    one-model route, else its kind (``pivot``)."""
    if route.kind in ("direct", "multilingual") and len(route.steps) == 1:
        return route.steps[0].model.name
    return route.kind


def candidate_routes(
    lang: str,
    models: Sequence[ModelInfo],
    engines: Sequence[str] = (),
    *,
    backend: str | None = None,
) -> list[Route]:
    """Every route to ``lang``: each model that covers vi→lang alone, then the pivot.

    ``engines`` restricts the list to routes of those kinds (direct,
    multilingual, pivot) or models (names); a named one that cannot reach
    ``lang`` is a :class:`~ttdn_i18n.errors.ModelError`.
    """
    from ttdn_i18n.mt.packages import DEFAULT_BACKEND, plan_route

    chosen = backend or DEFAULT_BACKEND
    routes: list[Route] = []
    if engines:
        for engine in engines:
            if engine in ("direct", "multilingual"):
                routes.extend(r for r in candidate_routes(lang, models, backend=chosen)
                              if r.kind == engine)
                if not any(r.kind == engine for r in routes):
                    # The same message `translate --engine` gives.
                    routes.append(plan_route(lang, models, prefer=engine, backend=chosen))
            else:
                routes.append(plan_route(lang, models, prefer=engine, backend=chosen))
    else:
        for model in sorted(models, key=lambda m: (m.multilingual, m.name)):
            if model.covers("vi", lang):
                routes.append(plan_route(lang, models, prefer=model.name, backend=chosen))
        with contextlib.suppress(ModelError):
            routes.append(plan_route(lang, models, prefer="pivot", backend=chosen))
    unique: dict[tuple[str, str], Route] = {}
    for r in routes:
        if r.steps:
            unique.setdefault((r.kind, r.model_label), r)
    return list(unique.values())


def parse_engine_options(values: Sequence[str]) -> dict[str, list[str]]:
    """``--engine pivot --engine lo=nllb-200,km=direct`` → {"": [pivot], "lo": [...], ...}.

    A bare ENGINE applies to every language; LANG=ENGINE to one.
    """
    from ttdn_i18n.mt.packages import check_language

    out: dict[str, list[str]] = {}
    for value in values:
        for item in value.split(","):
            item = item.strip()
            if not item:
                continue
            lang, sep, engine = item.partition("=")
            if sep:
                if not engine.strip():
                    raise ConfigError(f"--engine '{item}' names no engine; write e.g. "
                                      "--engine lo=pivot")
                out.setdefault(check_language(lang, "--engine"), []).append(engine.strip())
            else:
                out.setdefault("", []).append(item)
    return out


# ---------------------------------------------------------------- scoring


def score_hypotheses(hypotheses: Sequence[str], references: Sequence[str], lang: str
                     ) -> tuple[MetricScore, ...]:
    """chrF++, chrF, BLEU (English only) and TER of a corpus, with signatures.

    Exactly what sacrebleu's own classes compute (corpus level, one reference).
    """
    from sacrebleu.metrics.bleu import BLEU
    from sacrebleu.metrics.chrf import CHRF
    from sacrebleu.metrics.ter import TER

    refs = [list(references)]
    hyps = list(hypotheses)
    metrics: list[tuple[str, Any]] = [("chrF++", CHRF(word_order=2)), ("chrF", CHRF())]
    if lang == "en":
        metrics.append(("BLEU", BLEU(tokenize="13a")))
    metrics.append(("TER", TER()))
    out = []
    for name, metric in metrics:
        score = metric.corpus_score(hyps, refs)
        out.append(MetricScore(name, float(score.score), str(metric.get_signature())))
    return tuple(out)


def _terms(glossary: Glossary | None, pairs: Sequence[RefPair], hyps: Sequence[str],
           lang: str) -> tuple[int, int]:
    if glossary is None:
        return 0, 0
    from ttdn_i18n.terms.glossary import term_adherence, verify_terms

    present = total = 0
    for pair, hyp in zip(pairs, hyps, strict=True):
        hits = glossary.hits_for(pair.source, lang)
        if not hits:
            continue
        p, t = term_adherence(verify_terms(hits, hyp, lang))
        present += p
        total += t
    return present, total


def _evaluate_route(
    route: Route,
    pairs: Sequence[RefPair],
    lang: str,
    *,
    glossary: Glossary | None,
    decode: DecodeOptions,
    terms: str,
) -> RouteScore:
    from ttdn_i18n.mt.engine import get_engine
    from ttdn_i18n.mt.packages import route_line
    from ttdn_i18n.pipeline import translate_sources

    start = time.perf_counter()
    for step in route.steps:  # load every model first: speed is decoding speed
        get_engine(step.model, decode, route.backend)
    load = time.perf_counter() - start
    sources = list(dict.fromkeys(p.source for p in pairs))
    start = time.perf_counter()
    mt = translate_sources(route, sources, lang, glossary=glossary, decode=decode, terms=terms)
    seconds = time.perf_counter() - start
    hyps = [mt[p.source].target if p.source in mt else "" for p in pairs]
    present, total = _terms(glossary, pairs, hyps, lang)
    return RouteScore(
        engine=route_choice(route),
        kind=route.kind,
        description=route_line(route).split(": ", 1)[1],
        models=tuple(s.model.label for s in route.steps),
        metrics=score_hypotheses(hyps, [p.reference for p in pairs], lang),
        terms_present=present,
        terms_total=total,
        seconds=seconds,
        load_seconds=load,
        sentences=len(sources),
        hypotheses=tuple(hyps),
    )


def evaluate_references(
    pairs: Mapping[str, Sequence[RefPair]],
    *,
    origins: Mapping[str, Sequence[str]] | None = None,
    to: Sequence[str] | None = None,
    engines: Mapping[str, Sequence[str]] | None = None,
    glossary: Glossary | None = None,
    decode: DecodeOptions | None = None,
    terms: str = "nbest",
    backend: str | None = None,
) -> Evaluation:
    """Score every route (or those in ``engines``, per language) on each language's pairs.

    ``engines`` maps a language (or "" for every language) to route kinds or
    model names.  ``to`` restricts and orders the languages; a language in ``to`` without
    reference pairs is a :class:`~ttdn_i18n.errors.ConfigError`.  So is a
    run where no language can be translated at all.
    """
    from ttdn_i18n.mt.engine import DecodeOptions, check_backend
    from ttdn_i18n.mt.packages import check_language, list_models

    decode = decode or DecodeOptions()
    chosen = check_backend(backend) if backend else None
    langs = [check_language(c) for c in to] if to else sorted(pairs)
    for lang in langs:
        if not pairs.get(lang):
            have = ", ".join(sorted(k for k, v in pairs.items() if v)) or "none"
            raise ConfigError(f"the references hold no pairs for {lang} (they have: {have}); "
                              "drop it from --to or add a reference file for it")
    models, warnings = list_models()
    engines = engines or {}
    results: list[LanguageEvaluation] = []
    for lang in langs:
        items = tuple(pairs[lang])
        files = tuple((origins or {}).get(lang, ()))
        named = [*engines.get("", ()), *engines.get(lang, ())]
        routes = candidate_routes(lang, models, named, backend=chosen)
        if not routes:
            results.append(LanguageEvaluation(
                lang, items, files, (),
                f"no installed model translates vi→{lang}, directly or through English"))
            continue
        scored = tuple(_evaluate_route(r, items, lang, glossary=glossary, decode=decode,
                                       terms=terms) for r in routes)
        results.append(LanguageEvaluation(lang, items, files, scored))
    if not any(r.routes for r in results):
        from ttdn_i18n.pipeline import NO_MODEL_HINT

        raise ModelError(f"no installed model translates vi to {', '.join(langs)}; "
                         f"{NO_MODEL_HINT.replace('run translate', 'run evaluate')}")
    return Evaluation(
        languages=tuple(results),
        glossary=glossary.stamp if glossary is not None else "none",
        decoding=f"{decode.signature},terms={terms}",
        warnings=tuple(warnings),
    )


# ---------------------------------------------------------------- output


def _fmt(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def format_evaluation(ev: Evaluation) -> str:
    """One side-by-side table per language, then the signatures."""
    lines: list[str] = []
    for le in ev.languages:
        primary = "chrF++ (BLEU below is 13a-tokenized)" if le.lang == "en" else \
            "chrF++ (no word-level BLEU: the script has no spaces between words)"
        lines.append(f"== {le.lang}: {len(le.pairs)} reference pairs from "
                     f"{', '.join(le.files) or '-'}")
        if not le.routes:
            lines.append(f"   {le.note}")
            lines.append("")
            continue
        lines.append(f"   primary metric: {primary}")
        names = [m.name for m in le.routes[0].metrics]
        header = ("ROUTE", *names, "TERMS", "SENT/S", "ENGINE")
        rows: list[tuple[str, ...]] = [header]
        best = le.best
        for r in le.routes:
            terms = (f"{r.terms_present}/{r.terms_total}" if r.terms_total else "-")
            mark = " *" if r is best else ""
            rows.append((r.description + mark, *(_fmt(m.score) for m in r.metrics), terms,
                         _fmt(r.sentences_per_second, 1), r.engine))
        widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
        for row in rows:
            cells = [c.ljust(widths[i]) if i in (0, len(row) - 1) else c.rjust(widths[i])
                     for i, c in enumerate(row)]
            lines.append("   " + "  ".join(cells).rstrip())
        if best is not None:
            lines.append(f"   * best by chrF++: [translate.engine] {le.lang} = \"{best.engine}\"")
        lines.append("   signatures:")
        for m in le.routes[0].metrics:
            lines.append(f"     {m.name}: {m.signature}")
        lines.append(f"     terms: verify|glossary:{ev.glossary}")
        lines.append(f"     speed: sentences/s, model load excluded|decoding:{ev.decoding}")
        lines.append("")
    if ev.saved:
        lines.append(f"Saved the best route per language to {ev.saved}")
    for w in ev.warnings:
        lines.append(f"Warning: {w}")
    return "\n".join(lines).rstrip()


def evaluation_as_dict(ev: Evaluation, *, hypotheses: bool = False) -> dict[str, Any]:
    """What ``evaluate --json`` prints."""
    out: dict[str, Any] = {"glossary": ev.glossary, "decoding": ev.decoding,
                           "languages": {}, "saved": ev.saved, "warnings": list(ev.warnings)}
    for le in ev.languages:
        best = le.best
        out["languages"][le.lang] = {
            "pairs": len(le.pairs),
            "files": list(le.files),
            "note": le.note,
            "best": best.engine if best is not None else None,
            "routes": [
                {
                    "engine": r.engine,
                    "kind": r.kind,
                    "route": r.description,
                    "models": list(r.models),
                    "metrics": {m.name: {"score": m.score, "signature": m.signature}
                                for m in r.metrics},
                    "terms": {"present": r.terms_present, "total": r.terms_total,
                              "adherence": r.term_adherence,
                              "signature": f"verify|glossary:{ev.glossary}"},
                    "sentences": r.sentences,
                    "seconds": round(r.seconds, 4),
                    "load_seconds": round(r.load_seconds, 4),
                    "sentences_per_second": round(r.sentences_per_second, 2),
                    **({"hypotheses": list(r.hypotheses)} if hypotheses else {}),
                }
                for r in le.routes
            ],
        }
    return out


# ---------------------------------------------------------------- --save-choice

_TABLE = re.compile(r"^\s*\[\s*([^\]]+?)\s*\]\s*(?:#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_-]+|\"[^\"]*\")\s*=")


def _toml_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def update_engine_table(text: str, choices: Mapping[str, str]) -> str:
    """``text`` (a ttdn-i18n.toml) with ``[translate.engine]`` LANG = "choice" set.

    Every other line is kept as written, comments included; a missing table
    is appended.  An inline ``engine = {…}`` under ``[translate]`` cannot be
    edited line by line: that is a :class:`ConfigError`.
    """
    lines = text.splitlines()
    current = ""
    start = end = None
    for i, line in enumerate(lines):
        m = _TABLE.match(line)
        if m and not line.lstrip().startswith("[["):
            if current == "translate.engine" and end is None:
                end = i
            current = m.group(1).replace(" ", "")
            if current == "translate.engine":
                start, end = i, None
            continue
        k = _KEY.match(line)
        if current == "translate" and k and k.group(1).strip('"') == "engine":
            raise ConfigError(
                "the config file sets [translate] engine inline; write it as a "
                "[translate.engine] table so --save-choice can update it"
            )
    remaining = dict(choices)
    if start is not None:
        stop = end if end is not None else len(lines)
        for i in range(start + 1, stop):
            k = _KEY.match(lines[i])
            if k and k.group(1).strip('"') in remaining:
                lang = k.group(1).strip('"')
                lines[i] = f"{lang} = {_toml_string(remaining.pop(lang))}"
        insert = [f"{lang} = {_toml_string(v)}" for lang, v in remaining.items()]
        # After the table's last key, before trailing blank lines.
        at = stop
        while at > start + 1 and not lines[at - 1].strip():
            at -= 1
        lines[at:at] = insert
    else:
        if lines and lines[-1].strip():
            lines.append("")
        lines.append("[translate.engine]  # chosen by `ttdn-i18n evaluate --save-choice`")
        lines += [f"{lang} = {_toml_string(v)}" for lang, v in remaining.items()]
    return "\n".join(lines) + "\n"


def save_choice(ev: Evaluation, config_path: Path) -> dict[str, str]:
    """Write the best route per language into ``config_path`` (created when missing).

    The file is validated before and after the edit and replaced atomically.
    """
    from ttdn_i18n.atomic import atomic_write
    from ttdn_i18n.config import load_config, parse_config

    choices = {le.lang: le.best.engine for le in ev.languages if le.best is not None}
    if not choices:
        return {}
    if config_path.exists():
        load_config(config_path)  # refuse to edit a file that is already invalid
        text = config_path.read_text("utf-8")
    else:
        text = ""
    new = update_engine_table(text, choices)
    import tomllib

    parsed = parse_config(tomllib.loads(new), str(config_path))
    if any(parsed.translate.engines.get(k) != v for k, v in choices.items()):
        raise ConfigError(f"could not write [translate.engine] into {config_path}; "
                          "edit the table by hand")
    atomic_write(config_path, new.encode("utf-8"))
    return choices
