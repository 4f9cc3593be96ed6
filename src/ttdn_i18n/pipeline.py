"""From parsed articles to target-language documents (the core of ``translate``).

Two layers:

* :func:`translate_articles` is the library call: articles in, one
  :class:`~ttdn_i18n.model.Document` per article and language out.  No file
  is written.
* :func:`build_document` is the pure step that turns one article plus MT
  results (or none) into a document; the batch runner in ``batch.py`` and
  this module both use it, so the library and the CLI produce the same
  units.

Glossary enforcement happens here, after MT: among the n-best hypotheses the
first one carrying every approved target term wins (CTranslate2 has no
lexical constraints, and re-ranking the n-best list costs nothing extra).
Whether each term is present is recorded per segment either way.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ttdn_i18n._version import __version__
from ttdn_i18n.model import (
    Alternative,
    Article,
    BlockType,
    Document,
    Flag,
    Note,
    Origin,
    Provenance,
    Segment,
    Severity,
    State,
    TermHit,
    Unit,
)
from ttdn_i18n.terms.glossary import verify_terms
from ttdn_i18n.terms.policy import TermStrategy, choose_hypothesis, inject_terms, term_findings

if TYPE_CHECKING:
    from ttdn_i18n.mt.engine import DecodeOptions
    from ttdn_i18n.mt.packages import Route
    from ttdn_i18n.review.mtcache import MTCache
    from ttdn_i18n.terms.glossary import Glossary

__all__ = [
    "LanguagePlan",
    "plan_languages",
    "NO_MODEL_HINT",
    "SegmentMT",
    "attach_findings",
    "build_document",
    "no_model_reason",
    "provenance_for",
    "translate_sources",
    "translate_articles",
    "word_count",
]

NO_MODEL_HINT = (
    "install a model with `ttdn-i18n models install FILE.argosmodel` "
    "(or `ttdn-i18n models import CHECKPOINT_DIR ...`) and run translate again"
)


@dataclass(frozen=True)
class SegmentMT:
    """What MT produced for one source string (after term-aware re-ranking)."""

    target: str
    alternatives: tuple[Alternative, ...]
    capped: bool = False
    #: The source's glossary hits, found once before MT and reused when the
    #: document is built (None: not looked up).
    terms: tuple[TermHit, ...] | None = None


def word_count(text: str) -> int:
    """Vietnamese words are written as space-separated syllables: count those."""
    return len(text.split())


@dataclass(frozen=True)
class LanguagePlan:
    """How one target language will be translated: the one answer to "usable?".

    ``route`` is None when no installed model reaches the language; the
    documents are then written for human translation, ``no_model_reason``
    says why in every file.
    """

    lang: str
    route: Route | None
    provenance: Provenance
    no_model_reason: str = ""

    @property
    def usable(self) -> bool:
        return self.route is not None

    @property
    def route_kind(self) -> str:
        return self.route.kind if self.route is not None else "none"

    @property
    def engine_description(self) -> str:
        """``ctranslate2: translate-vi_en 1.0 (vi→en)`` for the run summary."""
        if self.route is None:
            return "no model"
        legs = " + ".join(f"{s.model.name} {s.model.package_version} ({s.from_code}→{s.to_code})"
                          for s in self.route.steps)
        return f"{self.provenance.engine}: {legs}"


def plan_languages(
    targets: Sequence[str],
    *,
    glossary: Glossary | None,
    decode: DecodeOptions,
    prefer: Mapping[str, str] | str | None = None,
    backend: str | None = None,
) -> tuple[dict[str, LanguagePlan], list[str]]:
    """A :class:`LanguagePlan` per target language, and warnings about broken models.

    Raises :class:`~ttdn_i18n.errors.ConfigError` for an unknown language code
    or MT backend (``backend``: a name from ``ttdn_i18n.mt.engine.engine_names()``).
    """
    from ttdn_i18n.mt.engine import DEFAULT_BACKEND, check_backend
    from ttdn_i18n.mt.packages import check_language, list_models, plan_routes

    for lang in targets:
        check_language(lang)
    chosen = check_backend(backend or DEFAULT_BACKEND)
    models, warnings = list_models()
    routes = plan_routes(list(targets), models, prefer=prefer, backend=chosen)
    plans: dict[str, LanguagePlan] = {}
    for lang in targets:
        route = routes.get(lang)
        if route is None or route.kind == "none" or not route.steps:
            plans[lang] = LanguagePlan(lang, None, provenance_for(None, glossary, decode),
                                       no_model_reason(lang))
        else:
            plans[lang] = LanguagePlan(lang, route, provenance_for(route, glossary, decode))
    return plans, list(warnings)


def provenance_for(
    route: Route | None, glossary: Glossary | None, decode: DecodeOptions | None
) -> Provenance:
    stamp = glossary.stamp if glossary is not None else "none"
    if route is None or not route.steps:
        return Provenance(__version__, "none", "", "none", stamp)
    # The engine is the route's MT backend (ttdn_i18n.mt.engine), e.g. "ctranslate2".
    return Provenance(__version__, route.provenance_engine, route.model_label,
                      route.provenance_route, stamp,
                      decode.signature if decode is not None else "")


def _file_safe_source(text: str) -> tuple[str, tuple[Note, ...]]:
    """``text`` as every output format can hold it, and a note saying what was replaced.

    Replacing here rather than only in the writers makes a unit's source equal
    to what its file reads back, so a rerun still recognises reviewed segments.
    """
    from ttdn_i18n.formats.notes import AUTHOR_XML
    from ttdn_i18n.xmlsafe import replacement_note_text, xml_safe_text

    safe, bad = xml_safe_text(text)
    if not bad:
        return text, ()
    return safe, (Note(replacement_note_text({"source": bad}), AUTHOR_XML),)


def _protected_unit(seg: Segment, block_type: BlockType, block_index: int,
                    lang: str = "") -> Unit:
    """A ``translate="no"`` unit; photo credits and datelines rendered in ``lang``.

    ``Ảnh: H.L`` gets the target language's label (``Photo: H.L``) and a
    dateline its date in the target language (:func:`publish.render_protected`);
    everything else is carried over as written.  A reviewer may still edit the
    target: publish and reruns keep the edit.
    """
    from dataclasses import replace

    from ttdn_i18n.publish import render_protected

    source, replaced = _file_safe_source(seg.text)
    unit = Unit(
        id=seg.id,
        source=source,
        target=source,
        state=State.FINAL,
        origin=Origin.SOURCE,
        block_type=block_type,
        block_index=block_index,
        translate=False,
        notes=replaced
        + (Note(f"Kept as written: {seg.reason or 'protected text'}.", "ttdn-source"),),
        protected=seg.protected,
    )
    rendered = render_protected(unit, lang) if lang else source
    if rendered == source:
        return unit
    return replace(unit, target=rendered, notes=replaced + (Note(
        f"Not for translation: {seg.reason or 'protected text'}, rendered in {lang} "
        "(an edit of this target is what will be published).", "ttdn-source"),))


def build_document(
    article: Article,
    lang: str,
    *,
    mt: Mapping[str, SegmentMT] | None = None,
    tm: Mapping[str, tuple[str, State]] | None = None,
    glossary: Glossary | None = None,
    provenance: Provenance,
    no_model_reason: str = "",
) -> Document:
    """Turn one article into a document for ``lang``.

    ``mt`` maps a source string to its MT result; ``tm`` maps a segment's
    canonical key to an exact translation-memory match (target, state).
    Segments that are flagged (spam, another language) never get MT: they
    stay empty with a note quoting the evidence.
    """
    mt = mt or {}
    tm = tm or {}
    units: list[Unit] = []
    for block in article.content_blocks:
        for seg in block.segments:
            if not seg.translate:
                units.append(_protected_unit(seg, block.type, block.index, lang))
                continue
            hits: tuple[TermHit, ...] = ()
            if glossary is not None:
                known = mt[seg.text].terms if seg.text in mt else None
                hits = known if known is not None else glossary.hits_for(seg.text, lang)
            # Flags become QA notes in every format (the writers own that).
            source, replaced = _file_safe_source(seg.text)
            notes: list[Note] = list(replaced)
            flags = list(seg.flags)
            target, state, origin = "", State.NEW, Origin.NONE
            alternatives: tuple[Alternative, ...] = ()
            if seg.flags:
                notes.append(Note("Not sent to machine translation: check the source "
                                  "and translate by hand.", "ttdn-mt", "source"))
            elif seg.key in tm:
                target, state = tm[seg.key]
                origin = Origin.TM
            elif seg.text in mt:
                result = mt[seg.text]
                target, state, origin = result.target, State.NEEDS_REVIEW, Origin.MT
                alternatives = result.alternatives
                if result.capped:
                    flags.append(Flag("length-capped",
                                      "MT stopped at the length cap; the output is "
                                      "probably degenerate", severity=Severity.WARNING))
            elif no_model_reason:
                notes.append(Note(no_model_reason, "ttdn-mt", "general"))
            if hits and target and glossary is not None:
                hits = verify_terms(hits, target, lang)
                # The same rule `check` applies to a reviewed file (terms.policy).
                flags.extend(Flag(f.code, f.message, evidence=f.evidence, severity=f.severity)
                             for f in term_findings(hits))
            units.append(
                Unit(
                    id=seg.id,
                    source=source,
                    target=target,
                    state=state,
                    origin=origin,
                    block_type=block.type,
                    block_index=block.index,
                    translate=True,
                    alternatives=alternatives,
                    notes=tuple(notes),
                    terms=hits,
                    flags=tuple(flags),
                    protected=seg.protected,
                )
            )
    doc_notes: tuple[Note, ...] = ()
    if no_model_reason:
        doc_notes = (Note(no_model_reason, "ttdn-mt"),)
    return Document(
        article_id=article.id,
        original=article.url or article.path or article.id,
        source_lang=article.language or "vi",
        target_lang=lang,
        datatype="html" if article.format == "html" else "plaintext",
        units=tuple(units),
        provenance=provenance,
        source_checksum=article.checksum,
        date=article.date,
        notes=doc_notes,
    )


#: Flags that are facts about a segment rather than QA findings: no check reports
#: them, so they are written as plain notes (the reviewer still reads them) and
#: never as QA notes, which hold exactly what ``check`` reports.
_FACT_NOTES = {
    "foreign-language": ("ttdn-source", "source"),
    "length-capped": ("ttdn-mt", "target"),
}


def attach_findings(doc: Document, *, names: str = "ascii") -> Document:
    """``doc`` with each unit's flags replaced by what ``ttdn-i18n check`` reports for it.

    The QA notes every format writes come from ``Unit.flags``; this makes them
    the findings of :func:`ttdn_i18n.review.qa.check_document` (the registry of
    checks), one per distinct problem, so the file a translator opens and
    ``check``/``status`` agree (``names``: the English name style, as
    ``[check] names``).  Flags that are not findings (a sentence in another
    language, MT cut at the length cap) become plain notes.

    The document is checked as built: every format writes and reads back a
    document unchanged (the formats' round-trip property tests), so these are
    the findings ``check FILE`` gives; the test suite also compares the two for
    every document it writes (tests/conftest.py).
    """
    from dataclasses import replace

    from ttdn_i18n.formats.notes import flag_note_text
    from ttdn_i18n.review.qa import check_document

    found: dict[str, list[Flag]] = {}
    for f in check_document(doc, names=names):
        flag = Flag(f.check, f.message, evidence=f.evidence, severity=f.severity)
        if flag not in found.setdefault(f.unit_id, []):
            found[f.unit_id].append(flag)
    units = []
    for unit in doc.units:
        notes = list(unit.notes)
        for flag in unit.flags:
            if flag.code in _FACT_NOTES:
                author, annotates = _FACT_NOTES[flag.code]
                note = Note(flag_note_text(flag), author, annotates)
                if note not in notes:
                    notes.append(note)
        units.append(replace(unit, flags=tuple(found.get(unit.id, ())), notes=tuple(notes)))
    return replace(doc, units=tuple(units))


def translate_sources(
    route: Route,
    sources: Sequence[str],
    lang: str,
    *,
    glossary: Glossary | None,
    decode: DecodeOptions,
    terms: TermStrategy | str = TermStrategy.NBEST,
    cache: MTCache | None = None,
    names: str = "ascii",
    masking: bool = True,
) -> dict[str, SegmentMT]:
    """Translate unique source strings along ``route`` and pick each target.

    With ``terms="nbest"`` (default) the hypothesis carrying the most required
    terms wins (:func:`choose_hypothesis`); the others become alternatives.

    With ``masking`` (default) personal names are masked before MT and
    restored after it (:mod:`ttdn_i18n.terms.names`): each name becomes a
    number placeholder the model copies, then the form ``names`` gives
    ("ascii": "Pham Minh Chinh" in English; Lao/Khmer get the name as
    written for the reviewer to transliterate).  Among the n-best, the
    hypotheses that kept the most placeholders come first; term re-ranking
    chooses among them.  A dropped placeholder leaves the name missing, which
    the ``names`` QA check reports.

    With ``cache`` (:mod:`ttdn_i18n.review.mtcache`) a sentence already
    translated in the same context (models, route, decoding, term strategy)
    is taken from the cache and never translated again; new results are
    stored.  Without it the result is the same: each sentence's MT depends
    only on the sentence (its own forbidden renderings are suppressed, and
    the engine pads each sentence to its own length class).
    """
    from ttdn_i18n.errors import ConfigError
    from ttdn_i18n.mt.engine import MTResult, translate_route_groups
    from ttdn_i18n.xmlsafe import xml_safe

    try:
        terms = TermStrategy(terms)
    except ValueError:
        raise ConfigError(f"unknown term strategy '{terms}'; use one of: "
                          f"{', '.join(TermStrategy)}") from None
    hits = {src: glossary.hits_for(src, lang) if glossary is not None else ()
            for src in sources}
    inputs = list(sources)
    if terms == "inject" and glossary is not None:
        # A pivot's first leg produces English: inject the English term there.
        first_leg = route.steps[0].to_code if route.steps else lang
        inputs = [inject_terms(src, glossary.hits_for(src, first_leg)) for src in sources]
    masks: dict[str, dict[str, str]] = {}
    if masking:
        from ttdn_i18n.terms.names import mask_names, source_names

        for i, src in enumerate(sources):
            inputs[i], masks[src] = mask_names(inputs[i], source_names(src))
    # Forbidden renderings are suppressed in the decoder itself, each sentence's
    # own only: CTranslate2 applies suppress_sequences to a whole call, so
    # sentences with different lists go in different calls and no sentence's
    # output depends on which others are translated with it.
    forbidden = {src: tuple(sorted({f for h in hits[src] for f in h.forbidden}))
                 if terms != "off" else () for src in sources}
    # The tokenizer rejects lone surrogates; MT sees what the files will hold.
    mt_input = {src: xml_safe(text) for src, text in zip(sources, inputs, strict=True)}
    results: dict[str, MTResult] = {}
    context = ""
    if cache is not None:
        from ttdn_i18n.review.mtcache import cache_context

        context = cache_context(route, decode, str(terms), cache=cache,
                                names="mask" if masking else "off")
        found = cache.get_many(context, [(mt_input[s], forbidden[s]) for s in sources])
        results.update((s, r) for s, r in zip(sources, found, strict=True) if r is not None)
    groups: dict[tuple[str, ...], list[str]] = {}
    for src in sources:
        if src not in results:
            groups.setdefault(forbidden[src], []).append(src)
    # One pass for all groups: the engine queues every group's batches before
    # waiting, so small groups do not leave the inter-op workers idle.
    keys = list(groups)
    calls = [(list(dict.fromkeys(mt_input[s] for s in groups[k])), list(k)) for k in keys]
    translated = translate_route_groups(route, calls, decode) if calls else []
    for key, (texts, _), group_results in zip(keys, calls, translated, strict=True):
        done = dict(zip(texts, group_results, strict=True))
        results.update((s, done[mt_input[s]]) for s in groups[key])
        if cache is not None:
            cache.put_many(context, [(t, key, r) for t, r in done.items()])
    origin = f"mt:{route.model_label}"
    out: dict[str, SegmentMT] = {}
    for src in sources:
        res = results[src]
        texts = [h.text for h in res.hypotheses]
        if not texts:
            continue
        order = list(range(len(texts)))
        if masks.get(src):
            from ttdn_i18n.terms.names import restore_names

            restored = [restore_names(t, masks[src], lang, names) for t in texts]
            texts = [t for t, _ in restored]
            kept = max(n for _, n in restored)
            order = [i for i, (_, n) in enumerate(restored) if n == kept]
        pick = (choose_hypothesis([texts[i] for i in order], hits[src], lang)
                if terms != "off" else 0)
        best = order[pick]
        alts = tuple(
            # CTranslate2 scores are length-normalized log-probabilities; CAT tools
            # show match quality as a percentage, so store exp(score) * 100.
            Alternative(texts[i], origin, round(100 * math.exp(min(h.score, 0.0)), 1))
            for i, h in enumerate(res.hypotheses)
            if i != best and texts[i] and texts[i] != texts[best]
        )
        if res.pivot and route.kind == "pivot" and route.steps:
            # The English of a pivot route: what a Lao or Khmer translator reading
            # English works from.
            pivot_lang = route.steps[0].to_code
            pivot = res.pivot
            if masks.get(src):
                pivot = restore_names(pivot, masks[src], pivot_lang, names)[0]
            alts += (Alternative(pivot, f"{origin}:pivot-{pivot_lang}", lang=pivot_lang),)
        out[src] = SegmentMT(texts[best], alts, res.capped,
                             hits[src] if glossary is not None else None)
    return out


def no_model_reason(lang: str) -> str:
    from ttdn_i18n.mt.packages import LANGUAGES

    name = LANGUAGES.get(lang, lang)
    return (
        f"No installed model translates Vietnamese to {name} ({lang}), directly or "
        f"through English: this file is for human translation. To get MT, {NO_MODEL_HINT}."
    )


def translate_articles(
    articles: Sequence[Article],
    targets: Sequence[str],
    *,
    glossary: Glossary | None = None,
    decode: DecodeOptions | None = None,
    model: str | None = None,
    terms: TermStrategy | str = TermStrategy.NBEST,
    backend: str | None = None,
    cache: MTCache | None = None,
    names: str = "ascii",
    names_masking: bool = True,
) -> list[Document]:
    """Translate parsed articles into each target language, in memory.

    Every language gets a document per article; where no model reaches a
    language the documents carry empty targets for human translation.
    Models load once; identical sentences are translated once (and, with an
    open :class:`~ttdn_i18n.review.mtcache.MTCache`, never again).
    """
    import warnings as _warnings

    from ttdn_i18n.errors import TtdnWarning
    from ttdn_i18n.mt.engine import DecodeOptions, route_warnings

    decode = decode or DecodeOptions()
    plans, problems = plan_languages(targets, glossary=glossary, decode=decode, prefer=model,
                                     backend=backend)
    for problem in problems:
        # A broken model folder must not pass unnoticed; the batch job prints these.
        _warnings.warn(problem, TtdnWarning, stacklevel=2)
    sources = list(dict.fromkeys(s.text for a in articles for s in a.segments if s.send_to_mt))
    docs: list[Document] = []
    for lang in targets:
        plan = plans[lang]
        mt: dict[str, SegmentMT] = {}
        if plan.route is not None:
            mt = translate_sources(plan.route, sources, lang, glossary=glossary, decode=decode,
                                   terms=terms, cache=cache, names=names,
                                   masking=names_masking)
            for problem in route_warnings(plan.route, decode):
                _warnings.warn(problem, TtdnWarning, stacklevel=2)
        docs.extend(
            attach_findings(build_document(art, lang, mt=mt, glossary=glossary,
                                           provenance=plan.provenance,
                                           no_model_reason=plan.no_model_reason),
                            names=names)
            for art in articles
        )
    return docs
