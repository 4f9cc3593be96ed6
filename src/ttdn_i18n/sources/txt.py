"""Plain-text reader: a copied page becomes one candidate per line (or wrapped paragraph)."""

from __future__ import annotations

import re

from ttdn_i18n.model import BlockType
from ttdn_i18n.sources.classify import TERMINAL, Candidate
from ttdn_i18n.sources.normalize import normalize_text

__all__ = ["txt_candidates"]

B = BlockType

# --- plain text --------------------------------------------------------------------------------

_BULLET = re.compile(r"^(?:[-*•+]|–)\s+(?=\S)")
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+(?=\S)")


def txt_candidates(text: str) -> list[Candidate]:
    cands: list[Candidate] = []
    para: list[str] = []
    start = 0

    def flush() -> None:
        if para:
            cands.append(Candidate(" ".join(para), line=start))
            para.clear()

    for n, raw in enumerate(text.splitlines(), 1):
        line = normalize_text(raw)
        if not line:
            flush()
            continue
        if _BULLET.match(line) or _NUMBERED.match(line):
            flush()
            cands.append(Candidate(_BULLET.sub("", line), hint=B.LIST_ITEM, line=n))
            continue
        # Web copies put one paragraph per line; hard-wrapped text continues in lower case.
        if para and not TERMINAL.search(para[-1]) and line[0].islower():
            para.append(line)
            continue
        flush()
        para.append(line)
        start = n
    flush()
    return cands

