"""Markdown reader: headings, lists, images and paragraphs become hinted candidates."""

from __future__ import annotations

import bisect
import re

from ttdn_i18n.model import BlockType
from ttdn_i18n.sources.classify import Candidate
from ttdn_i18n.sources.normalize import normalize_text

__all__ = ["md_candidates"]

B = BlockType

# --- Markdown ----------------------------------------------------------------------------------

# Every pattern here runs over article text and must stay linear: a part that may
# not contain its own opening bracket cannot be rescanned from each of a million
# openers ("![a](![a](…", "<a <a …" took minutes).
_MD_IMAGE = re.compile(r"!\[([^\[\]]*)\]\(([^()]*)\)")
_MD_LINK = re.compile(r"\[([^\[\]]+)\]\([^()]*\)")
_MD_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^<>]+)>")
_MD_CODE = re.compile(r"`([^`]*)`")
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
# Emphasis, as the regex "(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)
# |(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])" would match it, without its quadratic
# search for a closer from every opener ("*a *a *a …": 305 s for 180 KB).
_EM_OPEN = {
    "**": re.compile(r"(?=\*\*\S)"), "__": re.compile(r"(?=__\S)"),
    "*": re.compile(r"(?<![\w*])\*(?=\S)"), "_": re.compile(r"(?<![\w_])_(?=\S)"),
}
_EM_CLOSE = {
    "**": re.compile(r"(?<=\S)(?=\*\*)"), "__": re.compile(r"(?<=\S)(?=__)"),
    "*": re.compile(r"(?<=\S)(?=\*(?!\w))"), "_": re.compile(r"(?<=\S)(?=_(?![\w_]))"),
}
_EM_KINDS = {"*": ("**", "*"), "_": ("__", "_")}
_EM_CHAR = re.compile(r"[*_]")


def _unemphasize(text: str) -> str:
    """Drop emphasis delimiters (one level), in O(n log n)."""
    openers = {k: {m.start() for m in pat.finditer(text)} for k, pat in _EM_OPEN.items()}
    closers = {k: [m.start() for m in pat.finditer(text)] for k, pat in _EM_CLOSE.items()}
    out: list[str] = []
    last = 0
    m = _EM_CHAR.search(text)
    while m is not None:
        i, nxt = m.start(), m.start() + 1
        for kind in _EM_KINDS[m.group()]:
            if i not in openers[kind]:
                continue
            start = i + len(kind)
            found = closers[kind]
            k = bisect.bisect_left(found, start + 1)
            if k < len(found):
                out += (text[last:i], text[start:found[k]])
                last = nxt = found[k] + len(kind)
                break
        m = _EM_CHAR.search(text, nxt)
    out.append(text[last:])
    return "".join(out)


def _md_inline(text: str) -> str:
    text = _MD_IMAGE.sub(lambda m: m.group(1), text)
    text = _MD_LINK.sub(lambda m: m.group(1), text)
    text = _MD_AUTOLINK.sub(lambda m: m.group(1), text)
    text = _MD_CODE.sub(lambda m: m.group(1), text)
    text = _HTML_TAG.sub("", text)
    for _ in range(2):  # nested **_x_**
        text = _unemphasize(text)
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

