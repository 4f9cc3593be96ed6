"""What the tool made of an article, for a person checking it before translation.

:func:`inspect_article` is the JSON-ready view (``ttdn-i18n inspect --json``);
:func:`format_inspect` is the listing a reviewer reads: every block with its
type, its sentences and their ids, the protected pieces, the flags with the
evidence quoted, and a "Set aside" section saying why each piece of page
furniture was left out.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ttdn_i18n.model import Article, Block, Flag, Segment, Span

__all__ = ["inspect_article", "format_inspect", "explain_line"]

_SET_ASIDE_WIDTH = 90


def _span(seg: Segment, span: Span) -> dict[str, Any]:
    return {
        "start": span.start,
        "end": span.end,
        "kind": span.kind,
        "text": seg.text[span.start : span.end],
    }


def _flag(flag: Flag) -> dict[str, Any]:
    return {
        "code": flag.code,
        "severity": flag.severity,
        "message": flag.message,
        "evidence": flag.evidence,
    }


def _segment(seg: Segment) -> dict[str, Any]:
    return {
        "id": seg.id,
        "text": seg.text,
        "translate": seg.translate,
        "send_to_mt": seg.send_to_mt,
        "reason": seg.reason,
        "flags": [_flag(f) for f in seg.flags],
        "protected": [_span(seg, s) for s in seg.protected],
    }


def _block(block: Block) -> dict[str, Any]:
    return {
        "index": block.index,
        "type": block.type.value,
        "text": block.text,
        "reason": block.reason,
        "segments": [_segment(s) for s in block.segments],
    }


def _counts(article: Article) -> dict[str, Any]:
    segments = article.segments
    return {
        "blocks": len(article.blocks),
        "content_blocks": len(article.content_blocks),
        "set_aside": len(article.boilerplate),
        "segments": len(segments),
        "send_to_mt": sum(s.send_to_mt for s in segments),
        "protected": sum(not s.translate for s in segments),
        "flagged": sum(bool(s.flags) for s in segments),
        "flags": dict(Counter(f.code for s in segments for f in s.flags)),
        "by_type": dict(Counter(b.type.value for b in article.blocks)),
    }


def inspect_article(article: Article) -> dict[str, Any]:
    """A JSON-ready description of ``article``: blocks, segments, set-aside text, counts."""
    return {
        "id": article.id,
        "path": article.path,
        "format": article.format,
        "checksum": article.checksum,
        "date": article.date,
        "url": article.url,
        "language": article.language,
        "title": article.title,
        "blocks": [_block(b) for b in article.blocks],
        "set_aside": [
            {"index": b.index, "reason": b.reason, "text": b.text} for b in article.boilerplate
        ],
        "counts": _counts(article),
    }


def _short(text: str, width: int = _SET_ASIDE_WIDTH) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _segment_lines(seg: Segment) -> list[str]:
    lines = [f"    {seg.id:<7} {seg.text}"]
    pad = " " * 12
    if not seg.translate:
        lines.append(f"{pad}kept verbatim, not translated: {seg.reason}")
    pieces = [
        f'{s.kind} "{seg.text[s.start:s.end]}"' for s in seg.protected
        if seg.translate or (s.start, s.end) != (0, len(seg.text))
    ]
    if pieces:
        lines.append(f"{pad}protected: {', '.join(pieces)}")
    for flag in seg.flags:
        lines.append(f"{pad}FLAG {flag.code} ({flag.severity}): {flag.message}")
        if flag.evidence and flag.evidence != seg.text:
            lines.append(f'{pad}  evidence: "{flag.evidence}"')
    return lines


def format_inspect(article: Article) -> str:
    """A plain-text listing of ``article`` for a person (``ttdn-i18n inspect``)."""
    counts = _counts(article)
    lines = [
        f"{article.id} ({article.format}) {article.path}".rstrip(),
        f"language: {article.language or '-'}  date: {article.date or '-'}  "
        f"url: {article.url or '-'}",
        f"{counts['content_blocks']} blocks of content, {counts['set_aside']} set aside; "
        f"{counts['segments']} segments: {counts['send_to_mt']} for MT, "
        f"{counts['protected']} kept verbatim, {counts['flagged']} flagged",
        "",
    ]
    for block in article.content_blocks:
        lines.append(f"[{block.index}] {block.type.value}")
        for seg in block.segments:
            lines.extend(_segment_lines(seg))
    flagged = [s for s in article.segments if s.flags]
    if flagged:
        lines += ["", f"Flagged ({len(flagged)} segments, not sent to MT):"]
        for seg in flagged:
            for flag in seg.flags:
                lines.append(f'  {seg.id}: {flag.code}: "{_short(flag.evidence)}"')
    aside = article.boilerplate
    lines += ["", f"Set aside ({len(aside)}):" if aside else "Set aside: nothing"]
    for block in aside:
        text = _short(block.text) if block.text else "(no text)"
        lines.append(f'  [{block.index}] {block.reason}: "{text}"')
    return "\n".join(lines) + "\n"


def explain_line(path: str, line: str, *, encoding: str | None = None) -> str:
    """Why one line of an article got its type (``ttdn-i18n inspect ARTICLE --explain LINE``).

    ``line`` is a 1-based line number of a ``.txt`` file or a fragment of the line's
    text.  The answer lists the rule decisions recorded for that piece of text, last
    decision last.
    """
    from ttdn_i18n.errors import SourceError
    from ttdn_i18n.sources.normalize import canonical
    from ttdn_i18n.sources.read import file_candidates

    cands, fmt = file_candidates(path, encoding=encoding)
    found = None
    if line.strip().isdigit() and len(line.strip()) <= 9 and fmt == "txt":
        n = int(line)
        before = [c for c in cands if 0 < c.line <= n]
        found = before[-1] if before else None
        where = f"line {n}"
    else:
        key = canonical(line)
        found = next((c for c in cands if key and key in canonical(c.text)), None)
        where = f'"{line}"'
    if found is None:
        raise SourceError(
            f"{where} is not in `{path}` (blank, dropped by the reader, or not found);"
            " pass a line number of a .txt file or a piece of the line's text"
        )
    btype = found.type.value if found.type is not None else "paragraph"
    out = [f"{where}: {_short(found.text)}", f"type: {btype}"]
    if found.reason and btype == "boilerplate":
        out.append(f"set aside because: {found.reason}")
    if found.hint is not None:
        out.append(f"reader hint: {found.hint.value}")
    out.append("rule decisions (in order):")
    out += [f"  - {step}" for step in found.trace] or ["  - none recorded"]
    return "\n".join(out) + "\n"
