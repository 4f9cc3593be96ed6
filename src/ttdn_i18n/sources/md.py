"""Markdown reader: headings, lists, images and paragraphs become hinted candidates."""

from __future__ import annotations

import re

from ttdn_i18n.model import BlockType
from ttdn_i18n.sources.classify import Candidate
from ttdn_i18n.sources.normalize import normalize_text

__all__ = ["md_candidates"]

B = BlockType

# --- Markdown ----------------------------------------------------------------------------------

_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)]*)\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>]+)>")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)"
                          r"|(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])")
_MD_CODE = re.compile(r"`([^`]*)`")
_HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")


def _md_inline(text: str) -> str:
    text = _MD_IMAGE.sub(lambda m: m.group(1), text)
    text = _MD_LINK.sub(lambda m: m.group(1), text)
    text = _MD_AUTOLINK.sub(lambda m: m.group(1), text)
    text = _MD_CODE.sub(lambda m: m.group(1), text)
    text = _HTML_TAG.sub("", text)
    for _ in range(2):  # nested **_x_**
        text = _MD_EMPHASIS.sub(lambda m: next(g for g in m.groups()[1:] if g is not None), text)
    return normalize_text(text.replace("\\", ""))


def md_candidates(text: str) -> list[Candidate]:
    lines = text.splitlines()
    cands: list[Candidate] = []
    para: list[str] = []
    has_title = False

    def flush() -> None:
        if para:
            joined = _md_inline(" ".join(para))
            if joined:
                cands.append(Candidate(joined))
            para.clear()

    i = 0
    if lines and lines[0].strip() == "---":
        end = next((k for k in range(1, len(lines)) if lines[k].strip() in ("---", "...")), None)
        if end is not None:
            cands.append(Candidate(normalize_text(" ".join(lines[1:end])), B.BOILERPLATE,
                               "front matter (metadata)"))
            i = end + 1
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            flush()
            fence, body = stripped[:3], []
            i += 1
            while i < len(lines) and not lines[i].strip().startswith(fence):
                body.append(lines[i])
                i += 1
            cands.append(Candidate(normalize_text(" ".join(body)), B.BOILERPLATE, "code block"))
            i += 1
            continue
        if stripped.startswith("<!--"):
            flush()
            body = [stripped]
            while "-->" not in body[-1] and i + 1 < len(lines):
                i += 1
                body.append(lines[i].strip())
            cands.append(Candidate(normalize_text(" ".join(body)), B.BOILERPLATE, "HTML comment"))
            i += 1
            continue
        if not stripped or re.fullmatch(r"(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,}", stripped):
            if para and stripped and set(stripped) <= {"-", " "}:
                # setext level 2 under a paragraph line
                cands.append(Candidate(_md_inline(" ".join(para)), B.HEADING))
                para.clear()
            else:
                flush()
            i += 1
            continue
        if para and re.fullmatch(r"=+", stripped):
            heading = _md_inline(" ".join(para))
            para.clear()
            cands.append(Candidate(heading, B.HEADING if has_title else B.TITLE))
            has_title = True
            i += 1
            continue
        atx = re.match(r"^(#{1,6})\s+(.*?)\s*#*\s*$", stripped)
        if atx:
            flush()
            level1 = len(atx.group(1)) == 1
            hint = B.TITLE if level1 and not has_title else B.HEADING
            has_title = has_title or level1
            cands.append(Candidate(_md_inline(atx.group(2)), hint))
            i += 1
            continue
        image = _MD_IMAGE.fullmatch(stripped)
        if image:
            flush()
            alt = _md_inline(image.group(1))
            if alt:
                cands.append(Candidate(alt, B.CAPTION))
            else:
                cands.append(Candidate(image.group(2), B.BOILERPLATE, "image without a caption"))
            i += 1
            continue
        item = re.match(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+(.*)$", line)
        if item:
            flush()
            body = [item.group(1)]
            while i + 1 < len(lines) and lines[i + 1].startswith(("  ", "\t")) and lines[
                i + 1
            ].strip() and not re.match(r"^\s*(?:[-*+]|\d{1,3}[.)])\s", lines[i + 1]):
                i += 1
                body.append(lines[i].strip())
            cands.append(Candidate(_md_inline(" ".join(body)), B.LIST_ITEM))
            i += 1
            continue
        if stripped.startswith(">"):
            stripped = stripped.lstrip("> ").strip()
        para.append(stripped)
        i += 1
    flush()
    return cands

