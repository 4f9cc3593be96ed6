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

from ttdn_i18n import __version__
from ttdn_i18n.model import (
    Alternative,
    Article,
    Document,
    Flag,
    Note,
    Provenance,
    Segment,
    State,
    TermHit,
    Unit,
)

if TYPE_CHECKING:
    from ttdn_i18n.mt.ctranslate2 import DecodeOptions
    from ttdn_i18n.mt.packages import Route
    from ttdn_i18n.terms.glossary import Glossary

__all__ = [
    "NO_MODEL_HINT",
    "SegmentMT",
    "TERM_STRATEGIES",
    "build_document",
    "choose_hypothesis",
    "inject_terms",
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


def choose_hypothesis(
    hypotheses: Sequence[str], hits: Sequence[TermHit], lang: str
) -> int:
    """Index of the best hypothesis that carries the most required terms.

    Hypotheses arrive best-first; ties keep the model's order, so with no
    glossary hit this always returns 0.
    """
    if not hits or len(hypotheses) < 2:
        return 0
    from ttdn_i18n.terms.glossary import verify_terms

    def score(text: str) -> int:
        # A forbidden rendering costs more than a missing term gains: "Board of
        # Directors" is worse than a paraphrase the reviewer will fix anyway.
        verified = verify_terms(hits, text, lang)
        present = sum(1 for h in verified if h.present)
        forbidden = sum(len(h.forbidden_found) for h in verified)
        return present - 2 * forbidden

    best, best_score = 0, score(hypotheses[0])
    for i, text in enumerate(hypotheses[1:], start=1):
        s = score(text)
        if s > best_score:
            best, best_score = i, s
    return best


def provenance_for(
    route: Route | None, glossary: Glossary | None, decode: DecodeOptions | None
) -> Provenance:
    stamp = glossary.stamp if glossary is not None else "none"
    if route is None or not route.steps:
        return Provenance(__version__, "none", "", "none", stamp)
    return Provenance(__version__, "ctranslate2", route.model_label, route.provenance_route,
                      stamp, decode.signature if decode is not None else "")


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


def _protected_unit(seg: Segment, block_type: object, block_index: int) -> Unit:
    source, replaced = _file_safe_source(seg.text)
    return Unit(
        id=seg.id,
        source=source,
        target=source,
        state=State.FINAL,
        origin="source",
        block_type=block_type,  # type: ignore[arg-type]
        block_index=block_index,
        translate=False,
        notes=replaced
        + (Note(f"Kept as written: {seg.reason or 'protected text'}.", "ttdn-source"),),
        protected=seg.protected,
    )


def _term_flags(hits: Sequence[TermHit]) -> list[Flag]:
    """QA flags for a translated segment: approved term missing, forbidden term used."""
    flags = []
    for h in hits:
        if h.target and h.present is False:
            flags.append(Flag("term-missing", f"glossary term missing: {h.source} → {h.target} "
                              f"({h.status})", evidence=h.source, severity="warning"))
        for bad in h.forbidden_found:
            flags.append(Flag("term-forbidden", f"forbidden rendering of {h.source}: use "
                              f"{h.target or 'the glossary term'}", evidence=bad,
                              severity="error"))
    return flags


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
                units.append(_protected_unit(seg, block.type, block.index))
                continue
            hits: tuple[TermHit, ...] = ()
            if glossary is not None:
                known = mt[seg.text].terms if seg.text in mt else None
                hits = known if known is not None else glossary.hits_for(seg.text, lang)
            # Flags become QA notes in every format (the writers own that).
            source, replaced = _file_safe_source(seg.text)
            notes: list[Note] = list(replaced)
            flags = list(seg.flags)
            target, state, origin = "", State.NEW, ""
            alternatives: tuple[Alternative, ...] = ()
            if seg.flags:
                notes.append(Note("Not sent to machine translation: check the source "
                                  "and translate by hand.", "ttdn-mt", "source"))
            elif seg.key in tm:
                target, state = tm[seg.key]
                origin = "tm"
            elif seg.text in mt:
                result = mt[seg.text]
                target, state, origin = result.target, State.NEEDS_REVIEW, "mt"
                alternatives = result.alternatives
                if result.capped:
                    flags.append(Flag("length-capped",
                                      "MT stopped at the length cap; the output is "
                                      "probably degenerate", severity="warning"))
            elif no_model_reason:
                notes.append(Note(no_model_reason, "ttdn-mt", "general"))
            if hits and target and glossary is not None:
                from ttdn_i18n.terms.glossary import verify_terms

                hits = tuple(verify_terms(hits, target, lang))
                # One flag per distinct problem: "BCĐ" twice in a sentence is one note.
                flags.extend(dict.fromkeys(_term_flags(hits)))
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


#: How glossary terms are enforced around the model (CTranslate2 has no lexical
#: constraints): "nbest" suppresses forbidden renderings in the decoder and
#: re-ranks the n-best list; "inject" also writes the approved target term into
#: the source before MT, which real models tend to copy; "off" takes the
#: model's best hypothesis as is.
TERM_STRATEGIES = ("nbest", "inject", "off")


def inject_terms(text: str, hits: Sequence[TermHit]) -> str:
    """``text`` with each matched term replaced by its target rendering.

    Hits are non-overlapping (the glossary guarantees it); ones without a
    target rendering are left as written.
    """
    out: list[str] = []
    pos = 0
    for h in sorted(hits, key=lambda h: h.start):
        if not h.target or h.start < pos:
            continue
        out.append(text[pos:h.start])
        out.append(h.target)
        pos = h.end
    out.append(text[pos:])
    return "".join(out)


def translate_sources(
    route: Route,
    sources: Sequence[str],
    lang: str,
    *,
    glossary: Glossary | None,
    decode: DecodeOptions,
    terms: str = "nbest",
) -> dict[str, SegmentMT]:
    """Translate unique source strings along ``route`` and pick each target.

    With ``terms="nbest"`` (default) the hypothesis carrying the most required
    terms wins (:func:`choose_hypothesis`); the others become alternatives.
    """
    from ttdn_i18n.errors import ConfigError
    from ttdn_i18n.mt.ctranslate2 import translate_route
    from ttdn_i18n.xmlsafe import xml_safe

    if terms not in TERM_STRATEGIES:
        raise ConfigError(f"unknown term strategy '{terms}'; use one of: "
                          f"{', '.join(TERM_STRATEGIES)}")
    hits = {src: glossary.hits_for(src, lang) if glossary is not None else ()
            for src in sources}
    inputs = list(sources)
    if terms == "inject" and glossary is not None:
        # A pivot's first leg produces English: inject the English term there.
        first_leg = route.steps[0].to_code if route.steps else lang
        inputs = [inject_terms(src, glossary.hits_for(src, first_leg)) for src in sources]
    # Forbidden renderings are suppressed in the decoder itself (all of them
    # at once: CTranslate2 applies suppress_sequences to the whole batch).
    forbidden = (sorted({f for hs in hits.values() for h in hs for f in h.forbidden})
                 if terms != "off" else [])
    # The tokenizer rejects lone surrogates; MT sees what the files will hold.
    results = translate_route(route, [xml_safe(s) for s in inputs], decode, suppress=forbidden)
    origin = f"mt:{route.model_label}"
    out: dict[str, SegmentMT] = {}
    for src, res in zip(sources, results, strict=True):
        texts = [h.text for h in res.hypotheses]
        if not texts:
            continue
        best = choose_hypothesis(texts, hits[src], lang) if terms != "off" else 0
        alts = tuple(
            # CTranslate2 scores are length-normalized log-probabilities; CAT tools
            # show match quality as a percentage, so store exp(score) * 100.
            Alternative(h.text, origin, round(100 * math.exp(min(h.score, 0.0)), 1))
            for i, h in enumerate(res.hypotheses)
            if i != best and h.text and h.text != texts[best]
        )
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
    terms: str = "nbest",
) -> list[Document]:
    """Translate parsed articles into each target language, in memory.

    Every language gets a document per article; where no model reaches a
    language the documents carry empty targets for human translation.
    Models load once; identical sentences are translated once.
    """
    from ttdn_i18n.mt.ctranslate2 import DecodeOptions
    from ttdn_i18n.mt.packages import check_language, list_models, plan_routes

    for lang in targets:
        check_language(lang)
    decode = decode or DecodeOptions()
    models, _warnings = list_models()
    routes = plan_routes(list(targets), models, prefer=model)
    sources = list(dict.fromkeys(s.text for a in articles for s in a.segments if s.send_to_mt))
    docs: list[Document] = []
    for lang in targets:
        route = routes.get(lang)
        usable = route is not None and bool(route.steps)
        prov = provenance_for(route if usable else None, glossary, decode)
        mt: dict[str, SegmentMT] = {}
        if route is not None and usable:
            mt = translate_sources(route, sources, lang, glossary=glossary, decode=decode,
                                   terms=terms)
        reason = "" if usable else no_model_reason(lang)
        docs.extend(
            build_document(art, lang, mt=mt, glossary=glossary, provenance=prov,
                           no_model_reason=reason)
            for art in articles
        )
    return docs
