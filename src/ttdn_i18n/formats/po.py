"""Gettext PO: one file per article and target language, for Poedit and Weblate.

Each unit is one entry::

    # QA [warning] spam: … — evidence: «…»          translator comments: QA flags,
    # glossary: Kon Tum → Kon Tum (approved)          the glossary hits, unit notes
    # [reviewer] please check the date                  as "[author] text"
    #. block: paragraph 3                             extracted comments: where the
    #. origin: mt                                       unit sits and what the tool knows
    #. term 5-12: kontum: Kon Tum → Kon Tum (approved)
    #. protected 0-4: credit
    #. alternative (mt:translate-vi_en-1.0, score 0.87): "…"
    #: in/kontum.txt
    #, fuzzy
    msgctxt "b3-s1"            the unit id (keeps two identical sentences apart)
    msgid "…"                  the source
    msgstr "…"                 the target

States: NEW is an empty ``msgstr``; NEEDS_REVIEW (MT or any unreviewed draft) is
``fuzzy``; TRANSLATED, SIGNED_OFF and FINAL are all a non-fuzzy ``msgstr``.  PO
has no way to tell those three apart, so they are all read back as TRANSLATED.
On read, an empty ``msgstr`` is NEW whatever its flags.

Protected units (``translate=False``: credits, bylines that are only a name)
are kept so that the file is complete, with ``msgstr`` equal to the source (if
the unit has no target), the extracted comment ``#. ttdn-protected`` and the
flag ``ttdn-protected``.  gettext (msgcat, msgattrib, msgmerge) drops flags it
does not know but keeps extracted comments, and OmegaT shows them, so the
comment is what carries the mark; read back, either one sets ``translate=False``.

Header fields: ``Project-Id-Version`` (the article id), ``PO-Revision-Date``,
``Last-Translator``, ``Language-Team``, ``Language``, ``MIME-Version``,
``Content-Type`` (UTF-8), ``Content-Transfer-Encoding``, ``Plural-Forms`` (so
that ``msgfmt -c`` is silent), ``X-Generator: ttdn-i18n <version>``,
``X-TTDN-Provenance`` (the signature), ``X-TTDN-Source-Checksum``, and
``X-TTDN-Article``, ``-Original``, ``-Source-Language``, ``-Datatype``, ``-Date``.
Document notes go into the header comment, one ``[author] text`` per note.

Characters XML 1.0 forbids (C0 controls, lone surrogates, which UTF-8 cannot
encode either) are replaced by U+FFFD exactly as in the XLIFF writers, with the
same unit note, so all three formats carry the same text.  Alternatives are
quoted, with line breaks escaped as ``\\n``, so each stays on one comment line.
Notes are human text: PO editors strip spaces at the end of comment lines.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

import polib

from ttdn_i18n._version import __version__
from ttdn_i18n.errors import FormatError
from ttdn_i18n.formats.base import Format, Probe
from ttdn_i18n.formats.notes import (
    AUTHOR_PROVENANCE,
    AUTHOR_XML,
    flag_note_text,
    format_score,
    glossary_note_text,
    parse_flag_note,
    parse_score,
    parse_signature,
    parse_term_label,
    provenance_summary,
    term_label,
)
from ttdn_i18n.model import (
    Alternative,
    BlockType,
    Document,
    Flag,
    Note,
    Origin,
    Span,
    State,
    TermHit,
    Unit,
    article_order,
)
from ttdn_i18n.xmlsafe import replacement_note_text, xml_safe, xml_safe_text

__all__ = ["FORMAT", "PROTECTED_COMMENT", "PROTECTED_FLAG", "dump_po", "parse_po"]

PROTECTED_FLAG = "ttdn-protected"
# The extracted comment line that marks a protected unit; survives gettext tools.
PROTECTED_COMMENT = PROTECTED_FLAG

# gettext's Plural-Forms per target language; msgfmt -c wants one.
_PLURAL_FORMS = {
    "lo": "nplurals=1; plural=0;",
    "km": "nplurals=1; plural=0;",
    "vi": "nplurals=1; plural=0;",
}
_DEFAULT_PLURAL_FORMS = "nplurals=2; plural=(n != 1);"
_ISO_DATE = re.compile(r"\A(\d{4}-\d{2}-\d{2})")


def _plural_forms(lang: str) -> str:
    return _PLURAL_FORMS.get(lang.split("-")[0].split("_")[0].lower(), _DEFAULT_PLURAL_FORMS)


def _revision_date(date: str) -> str:
    # Deterministic (no clock): the article date, else the epoch. Not a template value.
    m = _ISO_DATE.match(date or "")
    return f"{m[1] if m else '1970-01-01'} 00:00+0000"

# Editors strip trailing spaces, so "[author] " of an empty note may come back as "[author]".
_NOTE_LINE = re.compile(
    r"\A\[(?P<author>[^\]]*?)(?: on (?P<on>source|target))?\](?: (?P<text>.*))?\Z"
)
# At most 9 digits: a hostile comment of thousands would hit Python's int() digit limit.
_BLOCK = re.compile(r"\Ablock: (?P<type>\S+) (?P<index>-?\d{1,9})\Z")
_SPAN = re.compile(
    r"\A(?P<what>term|protected) (?P<start>-?\d{1,9})-(?P<end>-?\d{1,9}): (?P<rest>.*)\Z")
_ALT = re.compile(
    r'\Aalternative \((?P<origin>.*?)(?:, score (?P<score>[^)]*))?\): "(?P<text>.*)"\Z'
)
_PIVOT = re.compile(
    r'\Apivot (?P<lang>[\w-]+) \((?P<origin>.*?)(?:, score (?P<score>[^)]*))?\): "(?P<text>.*)"\Z'
)
_CHARSET = re.compile(rb"charset=([A-Za-z0-9._-]+)")


def _one_line(s: str) -> str:
    # Comment lines and header fields are read back line by line: only line
    # breaks must go; other spacing is kept so labels parse back exactly.
    return re.sub(r"\r\n|[\r\n]", " ", xml_safe(s))


def _escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")


def _unescape(s: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "r": "\r"}.get(m[1], m[1]), s)


def _note_lines(note: Note) -> str:
    # Lines are split on "\n" when read back; a bare CR would end a PO line.
    text = xml_safe(note.text).replace("\r\n", "\n").replace("\r", "\n")
    label = xml_safe(note.author).replace("]", ")")
    if note.annotates in ("source", "target"):
        label += f" on {note.annotates}"
    return f"[{label}] {text}"


# --------------------------------------------------------------------------- writing


def dump_po(doc: Document) -> bytes:
    """Serialize ``doc`` as a UTF-8 PO file."""
    seen: set[str] = set()
    for unit in doc.units:
        if unit.id in seen:
            raise FormatError(
                f"unit id {unit.id!r} occurs twice in {doc.article_id}; "
                "unit ids must be unique within a document"
            )
        seen.add(unit.id)
    # wrapwidth 0: wrapping would split comment lines, which are read back line by line.
    po = polib.POFile(wrapwidth=0)
    # For people: which engine made the drafts, or that there was no MT (never "engine: none").
    po.header = "\n".join(_note_lines(n) for n in (
        Note(provenance_summary(doc.provenance), AUTHOR_PROVENANCE), *doc.notes))
    has_mt = doc.provenance.engine not in ("", "none")
    po.metadata = {
        "Project-Id-Version": _one_line(doc.article_id),
        "PO-Revision-Date": _revision_date(doc.date),
        "Last-Translator": ("ttdn-i18n (machine draft, not reviewed) <ttdn-i18n@localhost>"
                            if has_mt else
                            "ttdn-i18n (no machine translation) <ttdn-i18n@localhost>"),
        "Language-Team": f"{_one_line(doc.target_lang) or 'none'} reviewers <ttdn-i18n@localhost>",
        "Language": _one_line(doc.target_lang),
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": _plural_forms(doc.target_lang),
        "X-Generator": f"ttdn-i18n {__version__}",
        "X-TTDN-Provenance": _one_line(doc.provenance.signature),
        "X-TTDN-Source-Checksum": _one_line(doc.source_checksum),
        "X-TTDN-Article": _one_line(doc.article_id),
        "X-TTDN-Original": _one_line(doc.original),
        "X-TTDN-Source-Language": _one_line(doc.source_lang),
        "X-TTDN-Datatype": _one_line(doc.datatype),
    }
    if doc.date:
        po.metadata["X-TTDN-Date"] = _one_line(doc.date)
    occurrence = re.sub(r"\s", "%20", xml_safe(doc.original))
    for unit in doc.units:
        po.append(_entry(unit, occurrence))
    return str(po).encode("utf-8")


def _entry(unit: Unit, occurrence: str) -> polib.POEntry:
    source, src_bad = xml_safe_text(unit.source)
    target, tgt_bad = xml_safe_text(unit.target or ("" if unit.translate else unit.source))
    tcomment: list[str] = []
    replaced = {"source": src_bad, "target": tgt_bad}
    alt_texts = []
    for i, alt in enumerate(unit.alternatives, 1):
        text, bad = xml_safe_text(alt.text)
        replaced[f"alternative {i}"] = bad
        alt_texts.append(text)
    note_text = replacement_note_text(replaced)
    if note_text and Note(note_text, AUTHOR_XML, "general") not in unit.notes:
        tcomment.append(_note_lines(Note(note_text, AUTHOR_XML)))
    tcomment += ["QA " + _one_line(flag_note_text(f)) for f in unit.flags]
    if unit.terms:
        tcomment.append("glossary: " + _one_line(glossary_note_text(unit.terms)))
    tcomment += [_note_lines(n) for n in unit.notes]

    comment = [f"block: {unit.block_type.value} {unit.block_index}"]
    if not unit.translate:
        comment.append(PROTECTED_COMMENT)
    if unit.origin:
        comment.append(f"origin: {_one_line(unit.origin)}")
    comment += [f"term {t.start}-{t.end}: {_one_line(term_label(t))}" for t in unit.terms]
    comment += [f"protected {p.start}-{p.end}: {_one_line(p.kind)}" for p in unit.protected]
    for alt, text in zip(unit.alternatives, alt_texts, strict=True):
        score = "" if alt.score is None else f", score {format_score(alt.score)}"
        origin = _one_line(alt.origin).replace(")", "]")
        if alt.lang:
            # The English of a pivot route is for the translator: a translator comment.
            tcomment.append(f'pivot {_one_line(alt.lang)} ({origin}{score}): "{_escape(text)}"')
            continue
        # Quoted: editors strip spaces at the end of comment lines.
        comment.append(f'alternative ({origin}{score}): "{_escape(text)}"')

    flags = []
    if unit.state is State.NEEDS_REVIEW:
        flags.append("fuzzy")
    if not unit.translate:
        flags.append(PROTECTED_FLAG)
    return polib.POEntry(
        msgctxt=xml_safe(unit.id),
        msgid=source,
        msgstr=target,
        tcomment="\n".join(tcomment),
        comment="\n".join(comment),
        occurrences=[(occurrence, "")] if occurrence else [],
        flags=flags,
    )


# --------------------------------------------------------------------------- reading


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    m = _CHARSET.search(data[:4096])
    if m:
        try:
            return data.decode(m.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    raise FormatError(
        f"{name} is not UTF-8 and declares no charset Python can decode; save it as UTF-8"
    )


def parse_po(data: bytes, *, name: str) -> Document:
    """Read a PO file (ours, or edited in Poedit/Weblate)."""
    text = _decode(data, name)
    # polib treats its argument as a path when such a file exists; content always
    # holds a newline, so no real file name can match.
    if "\n" not in text:
        text += "\n"
    try:
        po = polib.pofile(text, wrapwidth=0)
    except (OSError, ValueError) as exc:
        raise FormatError(
            f"{name} is not a valid PO file ({exc}); fix the syntax or export it again"
        ) from None
    meta = po.metadata
    units: list[Unit] = []
    seen: set[str] = set()
    for entry in po:
        if entry.obsolete:
            continue
        unit = _read_entry(entry)
        if unit.id in seen:
            raise FormatError(
                f"{name}: msgctxt {unit.id!r} occurs twice; each entry needs its own msgctxt"
            )
        seen.add(unit.id)
        units.append(unit)
    generator = meta.get("X-Generator", "")
    return Document(
        article_id=meta.get("X-TTDN-Article") or meta.get("Project-Id-Version") or Path(name).stem,
        original=meta.get("X-TTDN-Original", ""),
        source_lang=meta.get("X-TTDN-Source-Language", ""),
        target_lang=meta.get("Language", ""),
        datatype=meta.get("X-TTDN-Datatype", "plaintext"),
        units=article_order(units),
        provenance=parse_signature(
            meta.get("X-TTDN-Provenance", ""),
            tool_version=generator.split()[-1] if generator.startswith("ttdn-i18n ") else "",
        ),
        source_checksum=meta.get("X-TTDN-Source-Checksum", ""),
        date=meta.get("X-TTDN-Date", ""),
        # The provenance sentence is regenerated from the signature on every write.
        notes=tuple(n for n in _read_notes(po.header or "") if n.author != AUTHOR_PROVENANCE),
    )


def _read_notes(text: str) -> list[Note]:
    notes: list[Note] = []
    for line in text.split("\n") if text else []:
        m = _NOTE_LINE.match(line)
        if m:
            notes.append(Note(m["text"] or "", m["author"], m["on"] or "general"))
        elif notes:
            last = notes[-1]
            notes[-1] = Note(last.text + "\n" + line, last.author, last.annotates)
        else:
            notes.append(Note(line))
    return notes


def _unwrap(text: str, starts: tuple[str, ...]) -> list[str]:
    """Rejoin comment lines that an editor (or polib's default wrapwidth) wrapped.

    Lines we write as one line start with a known prefix; a line that does not
    continues the line before it when that one is one of ours.
    """
    lines: list[str] = []
    for line in text.split("\n") if text else []:
        if lines and not line.startswith(starts) and lines[-1].startswith(_ONE_LINERS):
            lines[-1] += " " + line
        else:
            lines.append(line)
    return lines


# Comment lines written with _one_line: safe to rejoin when wrapped.
_ONE_LINERS = ("QA [", "glossary: ", "block: ", "origin: ", "term ", "protected ", "alternative (",
               "pivot ")


def _read_entry(entry: polib.POEntry) -> Unit:
    flags: list[Flag] = []
    note_lines: list[str] = []
    pivots: list[Alternative] = []
    for line in _unwrap(entry.tcomment, ("QA [", "glossary: ", "[", "pivot ")):
        flag = parse_flag_note(line[3:]) if line.startswith("QA [") else None
        if flag is not None:
            flags.append(flag)
        elif line.startswith("glossary: "):
            continue  # regenerated from the term comments
        elif m := _PIVOT.match(line):
            pivots.append(Alternative(_unescape(m["text"]), m["origin"], parse_score(m["score"]),
                                      lang=m["lang"]))
        else:
            note_lines.append(line)
    notes = _read_notes("\n".join(note_lines))
    if notes and notes[0].author == "" and not _NOTE_LINE.match(note_lines[0]):
        # A comment typed in a PO editor has no "[author]"; say where it came from.
        notes[0] = Note(notes[0].text, "translator", "general")

    block_type, block_index = BlockType.PARAGRAPH, 0
    origin: str | None = None
    terms: list[TermHit] = []
    protected: list[Span] = []
    alternatives: list[Alternative] = []
    source = entry.msgid
    translate = PROTECTED_FLAG not in entry.flags
    for line in _unwrap(entry.comment, (*_ONE_LINERS, PROTECTED_COMMENT)):
        if line.strip() == PROTECTED_COMMENT:
            translate = False
        elif m := _BLOCK.match(line):
            with contextlib.suppress(ValueError):
                block_type = BlockType(m["type"])
            block_index = int(m["index"])
        elif line.startswith("origin: "):
            origin = line[len("origin: ") :]
        elif m := _SPAN.match(line):
            start, end = int(m["start"]), int(m["end"])
            if m["what"] == "term":
                terms.append(
                    parse_term_label(m["rest"], start=start, end=end, source=source[start:end])
                )
            else:
                protected.append(Span(start, end, m["rest"]))
        elif m := _ALT.match(line):
            alternatives.append(
                Alternative(_unescape(m["text"]), m["origin"], parse_score(m["score"]))
            )

    target = entry.msgstr
    if not target and entry.msgstr_plural:
        target = entry.msgstr_plural.get(0, "")
    if not target:
        state = State.NEW
    elif "fuzzy" in entry.flags:
        state = State.NEEDS_REVIEW
    else:
        state = State.TRANSLATED
    if origin is None:
        origin = "human" if translate and state is not State.NEW else ""
    return Unit(
        id=entry.msgctxt if entry.msgctxt is not None else entry.msgid,
        source=source,
        target=target,
        state=state,
        origin=Origin.parse(origin),
        block_type=block_type,
        block_index=block_index,
        translate=translate,
        alternatives=tuple(alternatives + pivots),
        notes=tuple(notes),
        terms=tuple(terms),
        flags=tuple(flags),
        protected=tuple(protected),
    )


#: What PO files are called: the suffix we write, then the template suffix we also read.
_SUFFIXES = (".po", ".pot")


def _detect(probe: Probe) -> bool:
    # Content first: a CAT tool may well save XLIFF under a ".po" name.
    if probe.looks_like_xml:
        return False
    if probe.name.lower().endswith(_SUFFIXES):
        return True
    head = probe.data.removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n")
    return head.startswith((b"#", b"msgid", b"msgctxt"))


FORMAT = Format(
    name="po",
    label="PO",
    suffix=_SUFFIXES[0],
    description="gettext PO for Poedit, Weblate, Lokalize",
    dump=dump_po,
    parse=lambda probe: parse_po(probe.data, name=probe.name),
    detect=_detect,
    read_suffixes=_SUFFIXES[1:],
)
