"""Pick a translator file format, write it, and read any of them back.

Three formats, one ``Document`` model:

========== ========== ===============================================
name        extension   for
========== ========== ===============================================
``xliff12`` ``.xlf``    CAT tools (OmegaT, Trados, memoQ, Translate Toolkit)
``xliff21`` ``.xliff``  XLIFF 2.1 tools; metadata survives exactly
``po``      ``.po``     gettext editors (Poedit, Weblate, Lokalize)
========== ========== ===============================================

XLIFF 2.1 gets ``.xliff`` so that both XLIFF flavours of one article can sit
side by side.  :func:`read_document` does not trust the extension for XLIFF: it
looks at the root element's namespace and ``version``.

This module also holds the small text conventions every format shares (the
provenance signature, the QA and glossary notes), so the three writers say the
same thing in the same words.  The format modules import those helpers from
here, which is why the dispatch functions import the format modules lazily.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ttdn_i18n.errors import FormatError
from ttdn_i18n.model import Document, Flag, Provenance, TermHit

if TYPE_CHECKING:
    from lxml import etree

__all__ = [
    "FORMATS",
    "AUTHOR_QA",
    "AUTHOR_GLOSSARY",
    "AUTHOR_XML",
    "AUTHOR_PROVENANCE",
    "dump_document",
    "parse_document",
    "write_document",
    "read_document",
    "detect_format",
    "read_input",
    "parse_signature",
    "provenance_summary",
    "flag_note_text",
    "parse_flag_note",
    "glossary_note_text",
    "term_label",
    "parse_term_label",
    "format_score",
    "parse_score",
]

FORMATS: dict[str, str] = {"xliff12": ".xlf", "xliff21": ".xliff", "po": ".po"}

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
    """A sentence for people: which engine and model produced the drafts."""
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
        severity=m["severity"],
    )


def glossary_note_text(terms: Iterable[TermHit]) -> str:
    """``source → target (status); …`` for the translator, one entry per hit."""
    entries = []
    for t in terms:
        entry = f"{t.source} → {t.target or '?'} ({t.status or 'no status'})"
        if t.forbidden:
            entry += f" [avoid: {', '.join(t.forbidden)}]"
        entries.append(entry)
    return "; ".join(entries)


def term_label(t: TermHit) -> str:
    """``concept: headword → target (status) [avoid: …]``: one hit, parseable."""
    label = f"{t.concept_id}: {t.term} → {t.target} ({t.status})"
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
        status=m["status"],
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


def dump_document(doc: Document, fmt: str) -> bytes:
    """Serialize ``doc`` in format ``fmt`` (a key of :data:`FORMATS`)."""
    # Imported here: the format modules import the helpers above from this module.
    from ttdn_i18n import po, xliff12, xliff21

    if fmt == "xliff12":
        return xliff12.dump_xliff12(doc)
    if fmt == "xliff21":
        return xliff21.dump_xliff21(doc)
    if fmt == "po":
        return po.dump_po(doc)
    raise FormatError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def write_document(doc: Document, path: Path, fmt: str) -> None:
    """Write ``doc`` to ``path`` atomically: the file is complete or absent."""
    from ttdn_i18n.atomic import atomic_write

    atomic_write(path, dump_document(doc, fmt))


def detect_format(data: bytes, *, name: str) -> str:
    """``xliff12``, ``xliff21`` or ``po`` by content (and, for PO, by extension)."""
    if _looks_like_po(data, name):
        return "po"
    return _xml_format(_parse_xml_input(data, name), name)


def parse_document(data: bytes, *, name: str) -> Document:
    """Read a Document from bytes in any supported format."""
    from ttdn_i18n import po, xliff12, xliff21

    if _looks_like_po(data, name):
        return po.parse_po(data, name=name)
    root = _parse_xml_input(data, name)
    if _xml_format(root, name) == "xliff12":
        return xliff12.document_from_element(root, name=name)
    return xliff21.document_from_element(root, name=name)


def _parse_xml_input(data: bytes, name: str) -> etree._Element:
    from ttdn_i18n.xmlsafe import parse_xml

    if not _looks_like_xml(data):
        raise FormatError(_not_a_format(name, "it is neither XML nor PO"))
    return parse_xml(data, what=name)


def _xml_format(root: etree._Element, name: str) -> str:
    from ttdn_i18n import xliff12, xliff21
    from ttdn_i18n.xmlsafe import local_name, namespace_of

    ns = namespace_of(root)
    if local_name(root) == "xliff":
        version = root.get("version", "")
        if ns in xliff12.NAMESPACES or (ns is None and version.startswith("1.")):
            return "xliff12"
        if ns == xliff21.NAMESPACE and version.startswith("2."):
            return "xliff21"
    raise FormatError(
        _not_a_format(name, f"its root element is <{local_name(root)}> in namespace {ns}")
    )


def read_input(path: Path) -> bytes:
    """The bytes of a translator file, or a :class:`FormatError` that says why not."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise FormatError(
            f"cannot read {path}: {exc.strerror or exc}; check the path and permissions"
        ) from None


def read_document(path: Path) -> Document:
    """Read an XLIFF 1.2, XLIFF 2.x or PO file, whatever its extension."""
    return parse_document(read_input(path), name=str(path))


def _looks_like_xml(data: bytes) -> bool:
    head = data.removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n")
    return head.startswith(b"<") or data.startswith((b"\xff\xfe", b"\xfe\xff"))


def _looks_like_po(data: bytes, name: str) -> bool:
    # Content first: a CAT tool may well save XLIFF under a ".po" name.
    if _looks_like_xml(data):
        return False
    if name.lower().endswith((".po", ".pot")):
        return True
    head = data.removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n")
    return head.startswith((b"#", b"msgid", b"msgctxt"))


def _not_a_format(name: str, why: str) -> str:
    return (
        f"{name} is not XLIFF 1.2, XLIFF 2.x or PO ({why}); export the translation from your "
        "CAT tool as XLIFF 1.2, XLIFF 2.1 or PO"
    )
