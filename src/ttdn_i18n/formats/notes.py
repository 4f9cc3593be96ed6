"""Text conventions every translator-file format shares.

The provenance signature, the QA and glossary notes and the score attribute
are written in the same words by XLIFF 1.2, XLIFF 2.1 and PO, and parsed back
by the same functions, so a finding or a term hit survives any format.  Format
modules import from here; nothing here imports a format module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from ttdn_i18n.atomic import read_regular_file
from ttdn_i18n.errors import FormatError
from ttdn_i18n.model import Flag, Provenance, Severity, TermHit, TermStatus

__all__ = [
    "AUTHOR_QA",
    "AUTHOR_GLOSSARY",
    "AUTHOR_XML",
    "AUTHOR_PROVENANCE",
    "parse_signature",
    "provenance_summary",
    "flag_note_text",
    "parse_flag_note",
    "glossary_note_text",
    "term_label",
    "parse_term_label",
    "format_score",
    "parse_score",
    "read_input",
]

#: Note authors ttdn-i18n writes itself.  Notes by these authors are derived
#: from unit fields (flags, terms) and are turned back into those fields on read.
AUTHOR_QA = "ttdn-qa"
AUTHOR_GLOSSARY = "ttdn-glossary"
AUTHOR_XML = "ttdn-xml"
AUTHOR_PROVENANCE = "ttdn-provenance"

_FLAG_NOTE = re.compile(
    r"\A\[(?P<severity>[^\]\s]*)\] (?P<code>[^:\s]*):(?: (?P<message>.*?))?"
    r"(?: — evidence: «(?P<evidence>.*)»)?\Z",
    re.S,
)
_TERM_LABEL = re.compile(
    r"\A(?P<concept>[^:]*): (?P<term>.*?) → (?P<target>.*) \((?P<status>[^()]*)\)"
    r"(?: \[avoid: (?P<avoid>.*)\])?\Z",
    re.S,
)


def parse_signature(signature: str, *, tool_version: str = "") -> Provenance:
    """Rebuild a :class:`Provenance` from its ``signature`` string.

    Unknown or missing parts fall back to "nothing was used" values, so a file
    written by another tool still yields a usable, honest provenance.
    """
    fields: dict[str, str] = {}
    for part in signature.strip().split("|"):
        key, sep, value = part.partition(":")
        if sep:
            fields[key.strip()] = value.strip()
    model = fields.get("model", "")
    return Provenance(
        tool_version=fields.get("ttdn-i18n", tool_version),
        engine=fields.get("engine", "none"),
        model="" if model == "none" else model,
        route=fields.get("route", "none"),
        glossary=fields.get("glossary", "none"),
        decoding=fields.get("decoding", ""),
    )


def provenance_summary(prov: Provenance) -> str:
    """A sentence for people: which engine and model produced the drafts.

    With no engine it says that there was no machine translation, rather than
    naming an engine "none".
    """
    if prov.engine in ("", "none"):
        return (
            f"no machine translation (ttdn-i18n {prov.tool_version}): targets are empty "
            f"unless taken from a translation memory; glossary: {prov.glossary}"
        )
    parts = [
        f"engine: {prov.engine}",
        f"model: {prov.model or 'none'}",
        f"route: {prov.route}",
        f"glossary: {prov.glossary}",
    ]
    if prov.decoding:
        parts.append(f"decoding: {prov.decoding}")
    return "machine translation by ttdn-i18n " + prov.tool_version + " (" + "; ".join(parts) + ")"


def flag_note_text(flag: Flag) -> str:
    """``[warning] spam: message — evidence: «quoted text»``."""
    text = f"[{flag.severity}] {flag.code}: {flag.message}"
    if flag.evidence:
        text += f" — evidence: «{flag.evidence}»"
    return text


def parse_flag_note(text: str) -> Flag | None:
    """The :class:`Flag` a QA note was written from, or None if it is not one."""
    m = _FLAG_NOTE.match(text)
    if m is None:
        return None
    return Flag(
        code=m["code"],
        message=m["message"] or "",
        evidence=m["evidence"] or "",
        severity=Severity.parse(m["severity"]),
    )


def glossary_note_text(terms: Iterable[TermHit]) -> str:
    """``source → target (status); …`` for the translator, each term once.

    A term that occurs twice in a sentence is listed once: this note is the one
    place a translator reads the unit's terms.
    """
    entries: list[str] = []
    for t in terms:
        entry = f"{t.source} → {t.target or '?'} ({t.status or 'no status'})"
        if t.forbidden:
            entry += f" [avoid: {', '.join(t.forbidden)}]"
        if entry not in entries:
            entries.append(entry)
    return "; ".join(entries)


def term_label(t: TermHit) -> str:
    """``concept: headword → target (status) [avoid: …]``: one hit, parseable."""
    label = f"{t.concept_id}: {t.term} → {t.target} ({t.status or ''})"
    if t.forbidden:
        label += f" [avoid: {', '.join(t.forbidden)}]"
    return label


def parse_term_label(label: str, *, start: int, end: int, source: str) -> TermHit:
    """Inverse of :func:`term_label`; an unknown label still gives a usable hit."""
    m = _TERM_LABEL.match(label)
    if m is None:
        return TermHit(concept_id=label, start=start, end=end, source=source, term=source)
    avoid = m["avoid"]
    return TermHit(
        concept_id=m["concept"],
        start=start,
        end=end,
        source=source,
        term=m["term"],
        target=m["target"],
        status=TermStatus.parse(m["status"]),
        forbidden=tuple(avoid.split(", ")) if avoid else (),
    )


def format_score(score: float) -> str:
    return repr(float(score))


def parse_score(text: str | None) -> float | None:
    """A score attribute as float; CAT tools sometimes write ``95%``."""
    if text is None:
        return None
    try:
        return float(text.strip().rstrip("%"))
    except ValueError:
        return None


#: Largest translator or TMX file read (a FIFO or /dev/zero must not be read forever).
MAX_INPUT_BYTES = 500_000_000


def read_input(path: Path) -> bytes:
    """The bytes of a translator file, or a :class:`FormatError` that says why not."""
    try:
        return read_regular_file(path, MAX_INPUT_BYTES, what="file", error_cls=FormatError)
    except OSError as exc:
        raise FormatError(
            f"cannot read {path}: {exc.strerror or exc}; check the path and permissions"
        ) from None
