"""Publish reviewed translations as pages a news site can use.

A reviewed XLIFF/PO file holds one article in one target language as units
(sentences).  Publishing rebuilds the article from them: blocks in their
original order, sentences of a block joined again, protected pieces (names,
source tags) taken verbatim from the source, photo credits and datelines
rendered in the target language (``Ảnh: H.L`` -> ``Photo: H.L``, ``15/3/2024
08:30`` -> ``15 March 2024, 08:30``; :func:`render_protected`), a reviewer's
edit of a protected unit winning over both, and the result written as HTML,
JSON (for a CMS), Markdown or plain text.

Publishing is the last gate before a translation goes public, so by default it
refuses any article that still has unreviewed segments or QA errors, and it
refuses the whole run: nothing is written for any article until every article
passes.  ``allow_unreviewed`` lets an editor preview a draft; the output then
says so in its metadata and visibly.

:func:`publish_document` is pure (Document to bytes); :func:`publish_files`
is the edge that reads files, runs QA and writes ``OUT/<lang>/<article>.<ext>``.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Protocol

from ttdn_i18n._version import __version__
from ttdn_i18n.errors import ConfigError, OutputError, PublishError
from ttdn_i18n.model import BlockType, Document, Unit

__all__ = [
    "CONTENT_SECURITY_POLICY",
    "CSP_META",
    "escape_html",
    "FORMATS",
    "FindingLike",
    "Readiness",
    "Piece",
    "PageBlock",
    "Page",
    "PublishedFile",
    "PublishReport",
    "readiness",
    "refusal_message",
    "build_page",
    "render_page",
    "publish_document",
    "plan_publication",
    "publish_files",
    "CREDIT_LABELS",
    "render_credit",
    "render_dateline",
    "render_protected",
    "protected_text",
]

#: Output formats and the file extension each one gets.
FORMATS: dict[str, str] = {"html": "html", "json": "json", "md": "md", "txt": "txt"}

_SHOWN_IDS = 3  # how many segment ids a message lists before "and N more"
_UNTRANSLATED_MARK = "untranslated"


class FindingLike(Protocol):
    """What publishing needs from a QA finding (``ttdn_i18n.review.qa.Finding``)."""

    @property
    def unit_id(self) -> str: ...

    @property
    def severity(self) -> str: ...

    @property
    def check(self) -> str: ...


@dataclass(frozen=True)
class Readiness:
    """Why a document may not be published yet.

    ``unreviewed`` lists translatable units not yet reviewed (or reviewed with
    an empty target); ``untranslated`` the subset with no target at all;
    ``qa_errors`` one ``"unit: check/check"`` entry per unit with QA errors.
    """

    unreviewed: tuple[str, ...] = ()
    untranslated: tuple[str, ...] = ()
    qa_errors: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.unreviewed and not self.qa_errors


@dataclass(frozen=True)
class Piece:
    """One unit's contribution to a block.

    ``kind`` is ``"target"`` (a translation), ``"source"`` (protected text
    carried over verbatim) or ``"untranslated"`` (no translation yet: the
    source is shown, marked, because the editor allowed unreviewed output).
    """

    text: str
    kind: str = "target"


@dataclass(frozen=True)
class PageBlock:
    type: BlockType
    pieces: tuple[Piece, ...]
    credit: str = ""

    @property
    def text(self) -> str:
        return " ".join(p.text for p in self.pieces if p.text)


@dataclass(frozen=True)
class Page:
    """An article rebuilt in the target language, before rendering."""

    article_id: str
    language: str
    source_language: str
    blocks: tuple[PageBlock, ...]
    original: str
    date: str
    provenance: str
    provenance_fields: tuple[tuple[str, str], ...]
    readiness: Readiness

    def first(self, kind: BlockType) -> PageBlock | None:
        return next((b for b in self.blocks if b.type is kind), None)

    @property
    def title(self) -> str:
        block = self.first(BlockType.TITLE)
        return _plain(block) if block else ""


@dataclass(frozen=True)
class PublishedFile:
    """One page written (or about to be written) by :func:`publish_files`."""

    path: Path
    source: Path
    article_id: str
    language: str
    readiness: Readiness


@dataclass(frozen=True)
class PublishReport:
    files: tuple[PublishedFile, ...]

    @property
    def written(self) -> tuple[Path, ...]:
        return tuple(f.path for f in self.files)

    @property
    def notes(self) -> tuple[str, ...]:
        """One line per page published with unreviewed segments or QA errors."""
        return tuple(
            f"{f.path}: {_problem_summary(f.readiness)}" for f in self.files if not f.readiness.ok
        )


# --- protected text per language ----------------------------------------------------------

#: The photo-credit label per target language ("Ảnh: H.L" -> "Photo: H.L"); the name is kept.
CREDIT_LABELS: dict[str, str] = {"en": "Photo", "lo": "ຮູບ", "km": "រូបថត"}
_CREDIT = re.compile(r"\A(?P<pre>[-–—(\[]?\s*)(?P<label>ảnh|hình ảnh|ảnh minh họa|ảnh minh hoạ)"
                     r"\s*:\s*(?P<rest>\S.*)\Z", re.IGNORECASE | re.DOTALL)
#: Month names (CLDR, format-wide) for datelines; other languages get the ISO date.
_MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "lo": ("ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ",
           "ກັນຍາ", "ຕຸລາ", "ພະຈິກ", "ທັນວາ"),
    "km": ("មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា",
           "តុលា", "វិច្ឆិកា", "ធ្នូ"),
}
_ISO = re.compile(r"\A(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?\Z")


def render_credit(text: str, lang: str) -> str | None:
    """A photo credit with the target language's label, the name kept; None if not one.

    ``Ảnh: H.L`` -> ``Photo: H.L`` (en), ``ຮູບ: H.L`` (lo), ``រូបថត: H.L`` (km);
    ``(Ảnh: Phương Hoa/TTXVN)`` -> ``(Photo: Phương Hoa/TTXVN)``.
    """
    label = CREDIT_LABELS.get(_primary(lang))
    m = _CREDIT.match(text.strip())
    if label is None or m is None:
        return None
    return f"{m['pre']}{label}: {m['rest']}"


def render_dateline(iso: str, lang: str) -> str | None:
    """An ISO date (``2024-03-15`` or ``2024-03-15T08:30``) in the target language.

    en ``15 March 2024, 08:30``; lo ``15 ມີນາ 2024, 08:30``; km ``15 មីនា 2024,
    08:30`` (day, CLDR month name, year, 24-hour time: the Vietnamese source gives
    no time zone beyond the site's own).  Other languages: the ISO date itself.
    None when ``iso`` is not a date.
    """
    m = _ISO.match(iso)
    if m is None:
        return None
    months = _MONTHS.get(_primary(lang))
    if months is None:
        return iso.replace("T", " ")
    year, month, day = int(m[1]), int(m[2]), int(m[3])
    if not 1 <= month <= 12:
        return None
    text = f"{day} {months[month - 1]} {year}"
    return f"{text}, {m[4]}:{m[5]}" if m[4] else text


def render_protected(unit: Unit, lang: str) -> str:
    """What we write as a protected unit's target: credits and datelines in ``lang``.

    Anything else (names, source tags, codes) stays as written in the source.
    """
    from ttdn_i18n.sources.classify import parse_dateline

    kinds = {s.kind for s in unit.protected}
    rendered: str | None = None
    if "credit" in kinds or unit.block_type is BlockType.CAPTION:
        rendered = render_credit(unit.source, lang)
    if rendered is None and ("date" in kinds or unit.block_type is BlockType.DATELINE):
        iso = parse_dateline(unit.source)
        rendered = render_dateline(iso, lang) if iso else None
    return rendered if rendered is not None else unit.source


def reviewer_edited(unit: Unit, lang: str) -> bool:
    """Did a reviewer replace a protected unit's text (not ours: the source or its rendering)?"""
    target = _clean(unit.target)
    return bool(target) and target not in (_clean(unit.source),
                                           _clean(render_protected(unit, lang)))


def protected_text(unit: Unit, lang: str) -> str:
    """The published text of a protected unit: the reviewer's edit wins, else our rendering."""
    if reviewer_edited(unit, lang):
        return _clean(unit.target)
    return _clean(render_protected(unit, lang))


# --- readiness -----------------------------------------------------------------------------


def readiness(doc: Document, findings: Iterable[FindingLike] = ()) -> Readiness:
    """What stands between ``doc`` and publication (pure)."""
    unreviewed = tuple(
        u.id for u in doc.units if u.translate and (not u.state.reviewed or not u.target.strip())
    )
    untranslated = tuple(u.id for u in doc.units if u.translate and not u.target.strip())
    checks: dict[str, list[str]] = {}
    for f in findings:
        if f.severity == "error":
            names = checks.setdefault(f.unit_id or "document", [])
            if f.check not in names:
                names.append(f.check)
    qa_errors = tuple(f"{uid}: {'/'.join(names)}" for uid, names in checks.items())
    return Readiness(unreviewed=unreviewed, untranslated=untranslated, qa_errors=qa_errors)


def _id_list(ids: Sequence[str]) -> str:
    shown = ", ".join(ids[:_SHOWN_IDS])
    rest = len(ids) - _SHOWN_IDS
    return f"{shown} and {rest} more" if rest > 0 else shown


def _problem_summary(r: Readiness) -> str:
    parts = []
    if r.unreviewed:
        n = len(r.unreviewed)
        verb = "segment is" if n == 1 else "segments are"
        parts.append(f"{n} {verb} not reviewed ({_id_list(r.unreviewed)})")
    if r.qa_errors:
        n = len(r.qa_errors)
        if parts:
            subject = "1 has" if n == 1 else f"{n} have"
        else:
            subject = "1 segment has" if n == 1 else f"{n} segments have"
        parts.append(f"{subject} QA errors ({_id_list(r.qa_errors)})")
    return " and ".join(parts)


def refusal_message(doc: Document, r: Readiness) -> str:
    """The one-line reason ``doc`` is not published, e.g.
    ``kontum-2023-09-24 (en): 2 segments are not reviewed (b3.s1, b3.s2); review them or
    pass --allow-unreviewed``."""
    return (
        f"{doc.article_id} ({doc.target_lang}): {_problem_summary(r)}; "
        "review them or pass {opt:allow-unreviewed}"
    )


# --- building the page ---------------------------------------------------------------------


def _clean(text: str) -> str:
    # A segment is a sentence: line breaks a CAT tool let in would break txt/md layout.
    return " ".join(text.split())


def _credit_spans(unit: Unit) -> list[str]:
    return [
        unit.source[s.start : s.end].strip()
        for s in unit.protected
        if s.kind == "credit" and 0 <= s.start < s.end <= len(unit.source)
    ]


def _split_credit(target: str, credit: str) -> str | None:
    """``target`` without a verbatim ``credit`` (and its now empty brackets), or None."""
    at = target.rfind(credit)
    if not credit or at < 0:
        return None
    rest = target[:at] + target[at + len(credit) :]
    rest = re.sub(r"[(\[]\s*[)\]]", "", rest)
    return _clean(rest)


def _unit_piece(unit: Unit, allow_unreviewed: bool, lang: str) -> Piece:
    if not unit.translate:
        return Piece(protected_text(unit, lang), "source")
    target = _clean(unit.target)
    if target:
        return Piece(target, "target")
    if not allow_unreviewed:  # pragma: no cover - readiness() refuses this before
        raise PublishError(f"{unit.id} has no translation; translate it or pass "
                           "{opt:allow-unreviewed}")
    return Piece(_clean(unit.source), "untranslated")


def _block(units: Sequence[Unit], allow_unreviewed: bool, lang: str) -> PageBlock:
    kind = units[0].block_type
    pieces: list[Piece] = []
    credits: list[str] = []
    for unit in units:
        spans = _credit_spans(unit)
        if kind is BlockType.CAPTION and not unit.translate and spans:
            # The photo credit ("Ảnh: H.L") is its own protected unit.
            credits.append(protected_text(unit, lang))
            continue
        piece = _unit_piece(unit, allow_unreviewed, lang)
        if kind is BlockType.CAPTION and piece.kind == "target":
            for credit in spans:
                rest = _split_credit(piece.text, _clean(credit))
                if rest is not None:
                    piece = Piece(rest, piece.kind)
                    credits.append(render_credit(_clean(credit), lang) or _clean(credit))
        pieces.append(piece)
    if kind is not BlockType.CAPTION and credits:  # pragma: no cover - defensive
        pieces.extend(Piece(c, "source") for c in credits)
        credits = []
    return PageBlock(kind, tuple(p for p in pieces if p.text), " ".join(credits))


def build_page(
    doc: Document, *, allow_unreviewed: bool = False, findings: Iterable[FindingLike] = ()
) -> Page:
    """Rebuild ``doc`` as blocks in the target language (pure).

    Raises :class:`PublishError` when the document is not ready and
    ``allow_unreviewed`` is False.
    """
    ready = readiness(doc, findings)
    if not ready.ok and not allow_unreviewed:
        raise PublishError(refusal_message(doc, ready))
    groups: dict[int, list[Unit]] = {}
    for unit in doc.units:
        if unit.block_type is not BlockType.BOILERPLATE:
            groups.setdefault(unit.block_index, []).append(unit)
    blocks = tuple(_block(groups[i], allow_unreviewed, doc.target_lang) for i in sorted(groups))
    prov = doc.provenance
    return Page(
        article_id=doc.article_id,
        language=doc.target_lang,
        source_language=doc.source_lang,
        blocks=tuple(b for b in blocks if b.pieces or b.credit),
        original=doc.original,
        date=doc.date,
        provenance=prov.signature,
        provenance_fields=tuple((k, str(v)) for k, v in asdict(prov).items()),
        readiness=ready,
    )


# --- rendering -----------------------------------------------------------------------------

_FONTS = {
    "lo": '"Noto Sans Lao", "Phetsarath OT", "Saysettha OT", "Lao UI", sans-serif',
    "km": '"Noto Sans Khmer", "Khmer OS", "Khmer UI", "Leelawadee UI", sans-serif',
}
_SYSTEM_FONTS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif'
# Lao and Khmer stack vowels and subscripts above and below the line: they need more room.
_LINE_HEIGHT = {"lo": "1.8", "km": "1.8"}
_HEADING_LINE_HEIGHT = {"lo": "1.6", "km": "1.6"}


def _primary(lang: str) -> str:
    return lang.replace("_", "-").split("-")[0].lower()


def _plain(block: PageBlock) -> str:
    return " ".join(
        f"[{_UNTRANSLATED_MARK}: {p.text}]" if p.kind == "untranslated" else p.text
        for p in block.pieces
    )


def _notice(page: Page) -> str:
    r = page.readiness
    return f"NOT REVIEWED, do not publish: {_problem_summary(r)}"


def _css(lang: str) -> str:
    primary = _primary(lang)
    font = _FONTS.get(primary, _SYSTEM_FONTS)
    line_height = _LINE_HEIGHT.get(primary, "1.5")
    return (
        f"body{{margin:0;font-family:{font};line-height:{line_height};color:#1a1a1a;"
        "background:#fff}"
        "article{max-width:42rem;margin:2rem auto;padding:0 1rem}"
        f"h1,h2{{line-height:{_HEADING_LINE_HEIGHT.get(primary, '1.3')}}}"
        ".lead{font-weight:600}"
        ".dateline,.byline{color:#555}"
        ".byline{text-align:right;font-style:italic}"
        "figure{margin:1.5rem 0}figcaption{font-size:.95em;color:#333}"
        ".credit{display:block;color:#666}"
        "mark.untranslated{background:#ffe08a}"
        ".ttdn-notice{border:2px solid #b00020;padding:.5rem 1rem;color:#b00020}"
    )


def _html_pieces(page: Page, block: PageBlock) -> str:
    out = []
    for p in block.pieces:
        text = html.escape(p.text)
        if p.kind == "untranslated":
            lang = html.escape(page.source_language)
            out.append(
                f'<mark class="untranslated" lang="{lang}" title="not translated">{text}</mark>'
            )
        else:
            out.append(text)
    return " ".join(out)


#: The Content-Security-Policy of every HTML page ttdn-i18n writes (pages, the review
#: report): no scripts, no fetches, inline styles only, images from the page's own origin.
CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'"
CSP_META = f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">'


def escape_html(text: str) -> str:
    """Text for HTML content and attribute values (quotes escaped too)."""
    return html.escape(text, quote=True)


def _render_html(page: Page) -> str:
    esc = escape_html
    r = page.readiness
    status = "reviewed" if not r.unreviewed else f"unreviewed segments: {len(r.unreviewed)}"
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{esc(page.language)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        # Defence in depth: even if markup slipped through, the page cannot run scripts.
        CSP_META,
        f"<title>{esc(page.title)}</title>",
        f'<meta name="generator" content="ttdn-i18n {esc(__version__)}">',
        f'<meta name="ttdn-provenance" content="{esc(page.provenance)}">',
        f'<meta name="ttdn-article-id" content="{esc(page.article_id)}">',
        f'<meta name="ttdn-source-language" content="{esc(page.source_language)}">',
        f'<meta name="ttdn-original" content="{esc(page.original)}">',
        f'<meta name="ttdn-review-status" content="{esc(status)}">',
    ]
    if r.qa_errors:
        head.append(f'<meta name="ttdn-qa-errors" content="{len(r.qa_errors)}">')
    if page.date:
        head.append(f'<meta name="date" content="{esc(page.date)}">')
    head += [f"<style>{_css(page.language)}</style>", "</head>", "<body>", "<article>"]

    body: list[str] = []
    if not r.ok:
        body.append(f'<p class="ttdn-notice" role="note" lang="en">{esc(_notice(page))}</p>')
    in_list = False
    for block in page.blocks:
        if in_list and block.type is not BlockType.LIST_ITEM:
            body.append("</ul>")
            in_list = False
        text = _html_pieces(page, block)
        if block.type is BlockType.TITLE:
            body.append(f"<h1>{text}</h1>")
        elif block.type is BlockType.LEAD:
            body.append(f'<p class="lead">{text}</p>')
        elif block.type is BlockType.DATELINE:
            body.append(f'<p class="dateline">{text}</p>')
        elif block.type is BlockType.HEADING:
            body.append(f"<h2>{text}</h2>")
        elif block.type is BlockType.LIST_ITEM:
            if not in_list:
                body.append("<ul>")
                in_list = True
            body.append(f"<li>{text}</li>")
        elif block.type is BlockType.CAPTION:
            credit = ""
            if block.credit:
                # The label is in the page's language now ("Photo: H.L"); the name is a name.
                credit = f' <small class="credit">{esc(block.credit)}</small>'
            body.append(f"<figure><figcaption>{text}{credit}</figcaption></figure>")
        elif block.type is BlockType.BYLINE:
            body.append(f'<p class="byline">{text}</p>')
        else:
            body.append(f"<p>{text}</p>")
    if in_list:
        body.append("</ul>")
    tail = ["</article>", "</body>", "</html>", ""]
    return "\n".join(head + body + tail)


def _render_json(page: Page) -> str:
    title = page.first(BlockType.TITLE)
    lead = page.first(BlockType.LEAD)
    body = []
    for block in page.blocks:
        if block is title or block is lead or block.type is BlockType.BYLINE:
            continue
        entry: dict[str, str] = {"type": block.type.value, "text": _plain(block)}
        if block.credit:
            entry["credit"] = block.credit
        body.append(entry)
    r = page.readiness
    data = {
        "article_id": page.article_id,
        "language": page.language,
        "source_language": page.source_language,
        "title": _plain(title) if title else "",
        "lead": _plain(lead) if lead else "",
        "blocks": body,
        "byline": " ".join(_plain(b) for b in page.blocks if b.type is BlockType.BYLINE),
        "date": page.date,
        "original": page.original,
        "provenance": {"signature": page.provenance, **dict(page.provenance_fields)},
        "reviewed": not r.unreviewed,
        "unreviewed_segments": list(r.unreviewed),
        "untranslated_segments": list(r.untranslated),
        "qa_errors": list(r.qa_errors),
        "published_by": f"ttdn-i18n {__version__}",
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>&|~])")
_MD_LINE_START = re.compile(r"^(#|[-+=]|\d+[.)])")


def _md(text: str) -> str:
    # Markdown passes raw HTML through, so "<" must be escaped like any markup character.
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _MD_LINE_START.sub(r"\\\1", text)


def _md_pieces(block: PageBlock) -> str:
    return " ".join(
        f"\\[{_UNTRANSLATED_MARK}: {_md(p.text)}\\]" if p.kind == "untranslated" else _md(p.text)
        for p in block.pieces
    )


def _render_md(page: Page) -> str:
    lines: list[str] = []
    if not page.readiness.ok:
        lines += [f"> **{_md(_notice(page))}**", ""]
    prev: BlockType | None = None
    for block in page.blocks:
        text = _md_pieces(block)
        if prev is BlockType.LIST_ITEM and block.type is not BlockType.LIST_ITEM:
            lines.append("")
        if block.type is BlockType.TITLE:
            lines += [f"# {text}", ""]
        elif block.type is BlockType.HEADING:
            lines += [f"## {text}", ""]
        elif block.type is BlockType.LEAD:
            lines += [f"**{text}**", ""]
        elif block.type is BlockType.LIST_ITEM:
            lines.append(f"- {text}")
        elif block.type is BlockType.CAPTION:
            caption = f"*{text}*" if text else ""
            credit = _md(block.credit)
            lines += [" ".join(x for x in (caption, credit) if x), ""]
        elif block.type in (BlockType.BYLINE, BlockType.DATELINE):
            lines += [f"_{text}_", ""]
        else:
            lines += [text, ""]
        prev = block.type
    return "\n".join(lines).rstrip("\n") + "\n"


def _render_txt(page: Page) -> str:
    lines: list[str] = []
    if not page.readiness.ok:
        lines += [f"[{_notice(page)}]", ""]
    prev: BlockType | None = None
    for block in page.blocks:
        text = _plain(block)
        if block.type is BlockType.LIST_ITEM:
            lines.append(f"- {text}")
        else:
            if prev is BlockType.LIST_ITEM:
                lines.append("")
            if block.type is BlockType.CAPTION:
                text = " ".join(x for x in (text, block.credit) if x)
            lines += [text, ""]
        prev = block.type
    return "\n".join(lines).rstrip("\n") + "\n"


_RENDERERS = {"html": _render_html, "json": _render_json, "md": _render_md, "txt": _render_txt}


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ConfigError(f"unknown publish format {fmt!r}; use one of {', '.join(FORMATS)}")


def render_page(page: Page, fmt: str) -> bytes:
    """``page`` as UTF-8 bytes in ``fmt`` (``html``, ``json``, ``md`` or ``txt``)."""
    _check_format(fmt)
    return _RENDERERS[fmt](page).encode("utf-8")


def publish_document(
    doc: Document,
    fmt: str,
    *,
    allow_unreviewed: bool = False,
    findings: Iterable[FindingLike] = (),
) -> bytes:
    """``doc`` rebuilt in its target language as ``fmt`` bytes (pure).

    Raises :class:`PublishError` when a translatable unit is not reviewed or
    has a QA error in ``findings``, unless ``allow_unreviewed``.
    """
    _check_format(fmt)
    return render_page(
        build_page(doc, allow_unreviewed=allow_unreviewed, findings=findings), fmt
    )


# --- files ---------------------------------------------------------------------------------


def plan_publication(
    docs: Sequence[tuple[Path, Document, Sequence[FindingLike]]],
    fmt: str,
    *,
    allow_unreviewed: bool = False,
) -> list[tuple[str, bytes, PublishedFile]]:
    """What to write for each ``(source file, document, findings)``, checked all at once.

    Returns ``(relative output name, bytes, record)`` triples whose record's
    ``path`` is still relative.  Raises one :class:`PublishError` naming every
    article that is not ready (unless ``allow_unreviewed``) or every output
    name two inputs would share, so a run never publishes half a batch.
    """
    _check_format(fmt)
    refusals = []
    for _, doc, findings in docs:
        ready = readiness(doc, findings)
        if not ready.ok and not allow_unreviewed:
            refusals.append(refusal_message(doc, ready))
    if len(refusals) == 1:
        raise PublishError(refusals[0])
    if refusals:
        hint = "; review them or pass {opt:allow-unreviewed}"
        shown = "; ".join(m.removesuffix(hint) for m in refusals)
        raise PublishError(
            f"{len(refusals)} articles are not ready, nothing was published: {shown}; "
            + hint.removeprefix("; ")
        )

    plan: list[tuple[str, bytes, PublishedFile]] = []
    seen: dict[str, Path] = {}
    for source, doc, findings in docs:
        if not doc.article_id or not doc.target_lang:
            raise PublishError(
                f"{source} has no article id or target language; "
                "publish files written by `ttdn-i18n translate`"
            )
        name = f"{doc.target_lang}/{doc.article_id}.{FORMATS[fmt]}"
        if name in seen:
            raise PublishError(
                f"{seen[name]} and {source} both translate {doc.article_id} into "
                f"{doc.target_lang}; pass only one of them"
            )
        seen[name] = source
        page = build_page(doc, allow_unreviewed=allow_unreviewed, findings=findings)
        record = PublishedFile(Path(name), source, doc.article_id, doc.target_lang, page.readiness)
        plan.append((name, render_page(page, fmt), record))
    return plan


def publish_files(
    paths: Sequence[Path],
    out_dir: Path,
    fmt: str = "html",
    *,
    allow_unreviewed: bool = False,
) -> PublishReport:
    """Publish reviewed XLIFF/PO files (directories are searched) into ``out_dir``.

    Every file is read and checked before anything is written; each page is
    written atomically to ``out_dir/<target_lang>/<article_id>.<ext>``.
    """
    from ttdn_i18n.atomic import atomic_write, ensure_inside
    from ttdn_i18n.formats import find_review_inputs, read_document, read_review_input
    from ttdn_i18n.review.qa import check_document

    _check_format(fmt)
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = find_review_inputs(path)  # files, or OmegaT project folders
            if not found:
                raise PublishError(
                    f"no .xlf, .xliff or .po files in {path}; "
                    "pass the reviewed files, the folder that holds them "
                    "or an OmegaT project folder"
                )
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise PublishError(f"{path} does not exist; pass reviewed .xlf, .xliff or .po files")
    if not files:
        raise PublishError("nothing to publish; pass reviewed .xlf, .xliff or .po files")

    docs: list[tuple[Path, Document, Sequence[FindingLike]]] = []
    for given in dict.fromkeys(files):  # a file named twice is published once
        # An OmegaT project folder holds one document per article.
        read = ([(f, d) for f, d, _ in read_review_input(given)] if given.is_dir()
                else [(given, read_document(given))])
        for file, doc in read:
            docs.append((file, doc, check_document(doc, file=str(file))))
    plan = plan_publication(docs, fmt, allow_unreviewed=allow_unreviewed)

    # Resolve every destination before writing the first byte: a bad article id
    # (one that would escape out_dir) must not leave half a batch behind.
    targets = [(ensure_inside(out_dir, name), data, record) for name, data, record in plan]
    # ensure_inside replaces characters some systems refuse, so two distinct
    # article ids can still meet in one file name.
    claimed: dict[Path, Path] = {}
    for target, _, record in targets:
        if target in claimed:
            raise PublishError(
                f"{claimed[target]} and {record.source} would both be published as {target}; "
                "give the articles distinct ids"
            )
        claimed[target] = record.source
    written = []
    for target, data, record in targets:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(
                f"cannot create {target.parent}: {exc.strerror or exc}; "
                "choose a writable {opt:out} directory"
            ) from exc
        atomic_write(target, data)
        written.append(
            PublishedFile(target, record.source, record.article_id, record.language,
                          record.readiness)
        )
    return PublishReport(tuple(written))
