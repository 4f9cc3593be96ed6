"""One terminology policy: how terms are enforced around MT and what a miss means.

CTranslate2 has no lexical constraints, so enforcement happens around the
model (:class:`TermStrategy`): forbidden renderings are suppressed in the
decoder, the n-best hypothesis carrying the most approved terms wins
(:func:`choose_hypothesis`), and with ``inject`` the approved target term is
written into the source first (:func:`inject_terms`).

:func:`term_findings` is the single rule for what a verified hit means, used
both when MT output is written (as unit flags) and when ``check`` reads a
reviewed file (as QA findings):

* a forbidden rendering in the target is an **error**;
* an *approved* term missing from the target is a **warning**;
* a *proposed* term missing (Lao/Khmer renderings no native reviewer has
  confirmed yet) is **info**: a reminder, never a blocker.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ttdn_i18n.model import Severity, TermHit, TermStatus
from ttdn_i18n.terms.glossary import verify_terms

__all__ = [
    "TermStrategy",
    "TermFinding",
    "choose_hypothesis",
    "inject_terms",
    "term_findings",
]


class TermStrategy(enum.StrEnum):
    """How glossary terms are enforced around the model."""

    #: Suppress forbidden renderings in the decoder and re-rank the n-best list.
    NBEST = "nbest"
    #: Also write the approved target term into the source before MT.
    INJECT = "inject"
    #: Take the model's best hypothesis as it is.
    OFF = "off"


@dataclass(frozen=True)
class TermFinding:
    """What one verified term hit means for the translator."""

    code: str  # "term-forbidden" | "term-missing" | "term-proposed"
    severity: Severity
    message: str
    evidence: str


def term_findings(hits: Iterable[TermHit]) -> list[TermFinding]:
    """Findings for hits already verified against a target (see :func:`verify_terms`).

    One finding per distinct problem: the same term twice in a sentence is one.
    """
    out: list[TermFinding] = []
    for h in hits:
        if h.forbidden_found:
            bad = ", ".join(f"“{f}”" for f in h.forbidden_found)
            use = f"; use “{h.target}”" if h.target else ""
            out.append(TermFinding("term-forbidden", Severity.ERROR,
                                   f"“{h.source}” is rendered with the forbidden term {bad}{use}",
                                   h.forbidden_found[0]))
        if h.target and h.present is False:
            if h.status == TermStatus.PROPOSED:
                out.append(TermFinding(
                    "term-proposed", Severity.INFO,
                    f"the proposed term “{h.target}” for “{h.source}” is not in the target "
                    "(not yet confirmed by a native reviewer: use it or a better rendering)",
                    h.source))
            else:
                out.append(TermFinding(
                    "term-missing", Severity.WARNING,
                    f"the approved term “{h.target}” for “{h.source}” is not in the target; "
                    "use it or explain why", h.source))
    return list(dict.fromkeys(out))


def choose_hypothesis(hypotheses: Sequence[str], hits: Sequence[TermHit], lang: str) -> int:
    """Index of the best hypothesis that carries the most required terms.

    Hypotheses arrive best-first; ties keep the model's order, so with no
    glossary hit this always returns 0.
    """
    if not hits or len(hypotheses) < 2:
        return 0

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
