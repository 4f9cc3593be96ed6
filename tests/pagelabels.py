"""Gold labels for article pages and a scorer for ttdn_i18n's block typing.

Pure Python (standard library only).  The page set lives in ``tests/data/pages``
(see its README); ``benchmarks/bench_sources.py`` and ``tests/test_pages.py`` use
this module.

Gold files
----------
``<page>.html.gold`` / ``<page>.txt.gold``: one line per text line a reader sees,
in reading order, ``LABEL<TAB>TEXT``.  ``TEXT`` is whitespace-collapsed.

Alignment
---------
ttdn_i18n works in blocks, the gold in lines.  One block may hold several gold
lines (a menu dropped as one piece, hard-wrapped lines joined) and a line may be
cut into blocks.  :func:`align` maps every gold line to at most one block with a
monotone (order-keeping) dynamic programme that prefers, in this order: a block
equal to the line, a block containing the line at word boundaries, containing it
anywhere, and a block that is a large piece of the line.  A line no block matches
in order is looked up anywhere ("out of order"); if that fails too it is "not
found".

Label mapping (gold label -> what counts as correct)
----------------------------------------------------
* ``title``, ``dateline``, ``lead``, ``heading``, ``paragraph``, ``list-item``,
  ``caption``, ``boilerplate``: the block type with the same value.
* ``byline`` and ``source``: a ``byline`` block (ttdn_i18n has one type for both;
  "Theo Báo X" and "(TTXVN/Vietnam+)" are byline blocks with a ``source``/``source
  tag`` segment).
* ``credit`` (a line that is only a photo credit): correct when its text lands in
  a segment with ``translate=False`` of a non-boilerplate block (typically the
  ``photo credit`` segment of a caption), or when it is a boilerplate block of its
  own (set aside whole: not translated, not mixed with anything).  A credit that
  lands in a translated segment is wrong (its label is the block type) and is also
  counted in ``credits_to_mt``.
* a gold ``boilerplate`` line that no block holds was dropped by the parser (a
  script, an empty element...): that is correct (predicted ``boilerplate``).
* a gold article line that no block holds is ``not-found`` and counts as set aside.
* a non-boilerplate block that holds no gold line at all is a spurious block; it
  counts against the precision of its type (gold ``none``).

Lead or paragraph in pasted text (``paste_lead=True``, a second set of figures)
-------------------------------------------------------------------------------
The gold of a ``.txt`` page is the gold of its HTML page: its first body paragraph is
``lead`` when the HTML prints it as a sapo (``class="sapo"``, bold) and ``paragraph``
when the page template has no sapo.  Pasting drops that markup, and on this set
nothing left in the text tells the two apart: a sapo-less page's first paragraph
opens like a sapo ("Ngày 18/4, ...", one summary sentence after the headline and
date), and of the 30 first paragraphs without an agency prefix 15 are gold ``lead``
and 15 gold ``paragraph``.  With ``paste_lead=True`` the scorer therefore accepts
``lead`` and ``paragraph`` alike for that one line of a ``.txt`` page (the first gold
``lead``/``paragraph`` line after the title), both ways, unless the line opens with an
agency prefix ("(Chinhphu.vn) - ", "VOV.VN - ", "QĐND - "): a prefixed line is a sapo
and must be ``lead``.  HTML pages and every other line are scored as above.  The
benchmark reports the strict figures first and these beside them; the per-page test
uses these (a page whose only error is that unknowable label would otherwise sit on
the known-failure list and its other lines would go untested).

Counters
--------
* ``furniture_to_mt``: gold ``boilerplate`` lines that land in a non-boilerplate
  block in a segment with ``translate=True`` (what a translator would be paid to
  translate and a reader would see in the translated article).
* ``article_set_aside``: gold non-boilerplate lines that land in a boilerplate
  block or are not found (a credit kept as its own boilerplate piece excepted).
"""

from __future__ import annotations

import hashlib
import html.parser
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

LABELS = (
    "title",
    "dateline",
    "lead",
    "heading",
    "paragraph",
    "list-item",
    "caption",
    "credit",
    "byline",
    "source",
    "boilerplate",
)
CONTENT_LABELS = frozenset(LABELS) - {"boilerplate"}
BLOCK_TYPES = (
    "title",
    "dateline",
    "lead",
    "heading",
    "paragraph",
    "list-item",
    "caption",
    "byline",
    "boilerplate",
)

# --- text normalization --------------------------------------------------------------------------

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def norm(text: str) -> str:
    """NFC, look-alike Đ fixed, invisible characters removed, spaces collapsed."""
    text = unicodedata.normalize("NFC", text.translate(_INVISIBLE))
    text = text.replace("\u00d0", "\u0110").replace("\u00f0", "\u0111")
    return _SPACES.sub(" ", text).strip()


def sha10(text: str) -> str:
    """First 10 hex digits of the sha1 of the normalized text (corpus gold keys)."""
    return hashlib.sha1(norm(text).encode("utf-8")).hexdigest()[:10]


# --- gold files ----------------------------------------------------------------------------------


def load_gold(path: str | Path) -> list[tuple[str, str]]:
    """``[(label, text), ...]`` of a ``.gold`` file; raises ValueError on a bad line."""
    out: list[tuple[str, str]] = []
    for n, raw in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        label, sep, text = raw.partition("\t")
        if not sep or label not in LABELS or not text.strip():
            raise ValueError(f"{path}:{n}: expected LABEL<TAB>TEXT with a known label: {raw!r}")
        out.append((label, norm(text)))
    return out


def iter_pages(root: str | Path) -> list[tuple[Path, Path]]:
    """``[(document, gold), ...]``: every ``*.html``/``*.txt`` under ``root`` with a gold file."""
    root = Path(root)
    pages = []
    for doc in sorted(root.rglob("*")):
        if doc.suffix in (".html", ".txt") and doc.is_file():
            gold = doc.with_name(doc.name + ".gold")
            if gold.exists():
                pages.append((doc, gold))
    return pages


# --- visible lines of an HTML page ---------------------------------------------------------------

BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "caption",
        "legend",
        "option",
        "select",
        "label",
        "button",
    ]
)
_SKIP_TAGS = frozenset(
    ["head", "script", "style", "noscript", "template", "title", "svg", "iframe", "object"]
)
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


class _Lines(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.buf: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self.skip = 0

    def flush(self) -> None:
        text = norm("".join(self.buf))
        if text:
            self.lines.append(text)
        self.buf.clear()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag in _VOID:
            if tag == "br" and not self.skip or tag == "hr" and not self.skip:
                self.flush()
            return
        hidden = tag in _SKIP_TAGS or "hidden" in a or bool(_HIDDEN.search(a.get("style") or ""))
        self.stack.append((tag, hidden))
        if hidden:
            self.skip += 1
        elif not self.skip and tag in BLOCK_TAGS:
            self.flush()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not any(t == tag for t, _ in self.stack):
            return
        while self.stack:
            t, hidden = self.stack.pop()
            if hidden:
                self.skip -= 1
            elif not self.skip and t in BLOCK_TAGS:
                self.flush()
            if t == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.buf.append(data)


def html_lines(text: str) -> list[str]:
    """The lines a browser shows for an HTML page: one per block-level element (and
    per ``<br>``), whitespace collapsed; head, scripts, styles and hidden elements left out.
    """
    p = _Lines()
    p.feed(text)
    p.close()
    p.flush()
    return p.lines


def txt_lines(text: str) -> list[tuple[int, str]]:
    """``[(line_number, text), ...]`` for the non-blank lines of a plain-text document."""
    return [(n, norm(raw)) for n, raw in enumerate(text.splitlines(), 1) if norm(raw)]


# --- corpus gold (hashes only: the corpus text stays outside the project) ------------------------


def corpus_gold(doc: str | Path, gold: str | Path) -> list[tuple[str, str]]:
    """Gold ``(label, text)`` for a shared-corpus file from a hash-only gold file.

    Gold lines are ``KEY<TAB>LABEL<TAB>SHA10``: for ``.txt`` KEY is the line number of a
    non-blank line; for ``.html`` it is the 1-based index of the visible line
    (:func:`html_lines`).  Raises ValueError when the corpus file no longer matches.
    """
    doc = Path(doc)
    raw = doc.read_text(encoding="utf-8")
    if doc.suffix == ".html":
        lines = {i: t for i, t in enumerate(html_lines(raw), 1)}
    else:
        lines = dict(txt_lines(raw))
    out: list[tuple[str, str]] = []
    seen: set[int] = set()
    for n, row in enumerate(Path(gold).read_text(encoding="utf-8").splitlines(), 1):
        if not row.strip() or row.startswith("#"):
            continue
        key, label, digest = row.split("\t")
        k = int(key)
        text = lines.get(k)
        if text is None or sha10(text) != digest or label not in LABELS:
            raise ValueError(f"{gold}:{n}: does not match line {k} of {doc} (changed file?)")
        seen.add(k)
        out.append((label, text))
    missing = sorted(set(lines) - seen)
    if missing:
        raise ValueError(f"{gold}: lines {missing[:5]} of {doc} have no gold label")
    return out


# --- predicted blocks ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Seg:
    text: str
    translate: bool
    reason: str = ""


def blocks_of(article: Any) -> list[tuple[str, str, tuple[Seg, ...]]]:
    """``(type, text, segments)`` of every block of a ttdn_i18n Article."""
    out = []
    for b in article.blocks:
        segs = tuple(Seg(s.text, bool(s.translate), getattr(s, "reason", "")) for s in b.segments)
        out.append((str(getattr(b.type, "value", b.type)), b.text, segs))
    return out


# --- alignment -----------------------------------------------------------------------------------

_BULLET = re.compile(r"^(?:[-*•+–]|\d{1,2}[.)])\s+")
_WORDCH = re.compile(r"\w")


def _bounded(hay: str, needle: str) -> int:
    """1 when ``needle`` occurs in ``hay`` between word boundaries, 0 elsewhere, -1 never."""
    start, found = 0, -1
    while (i := hay.find(needle, start)) >= 0:
        found = 0
        before = hay[i - 1] if i else " "
        after = hay[i + len(needle)] if i + len(needle) < len(hay) else " "
        left_ok = not (_WORDCH.match(before) and _WORDCH.match(needle[0]))
        right_ok = not (_WORDCH.match(after) and _WORDCH.match(needle[-1]))
        if left_ok and right_ok:
            return 1
        start = i + 1
    return found


def _match(g: str, t: str) -> float:
    if not g or not t:
        return 0.0
    alt = _BULLET.sub("", g)
    if t in (g, alt):
        return 4.0
    for needle in (g, alt):
        b = _bounded(t, needle)
        if b == 1:
            return 3.0
        if b == 0 and len(needle) >= 8:
            return 1.5
    if len(t) >= 0.3 * len(g) and len(t) >= 4 and _bounded(g, t) == 1:
        return 1.0
    return 0.0


def align(gold: Sequence[str], blocks: Sequence[str]) -> list[tuple[int | None, str]]:
    """For each gold line ``(block index or None, how)``; ``how`` is exact/inside/partial/
    out-of-order/not-found.  Monotone DP, see the module docstring."""
    G, B = len(gold), len(blocks)
    # A tiny preference for earlier blocks and a tiny cost for putting a second line into
    # the same block break ties between equal matches: a headline printed twice maps its
    # first line to the first copy and the repeat to the second.
    reuse = 1e-3
    s = [
        [(m - 1e-6 * j) if (m := _match(g, t)) else 0.0 for j, t in enumerate(blocks)] for g in gold
    ]
    neg = -1e18
    # X[i][j]: best score for gold[:i] whose last assigned block is exactly j.
    X = [[neg] * B for _ in range(G + 1)]
    choice = [[0] * B for _ in range(G + 1)]  # 0 line skipped, 1 new block, 2 same block
    prev_arg: list[list[int]] = []
    for i in range(G):
        xi, xn, ci, si = X[i], X[i + 1], choice[i + 1], s[i]
        best, arg = 0.0, -1
        pm, pa = [0.0] * B, [-1] * B  # prefix max of X[i] (0: nothing assigned yet)
        for j in range(B):
            if xi[j] > best:
                best, arg = xi[j], j
            pm[j], pa[j] = best, arg
        prev_arg.append(pa)
        for j in range(B):
            v, c = xi[j], 0
            m = si[j]
            if m > 0:
                new = m + (pm[j - 1] if j else 0.0)
                if new > v:
                    v, c = new, 1
                if xi[j] > neg / 2 and m + xi[j] - reuse > v:
                    v, c = m + xi[j] - reuse, 2
            xn[j], ci[j] = v, c
    result: list[tuple[int | None, str]] = [(None, "not-found")] * G
    j = max(range(B), key=lambda jj: X[G][jj], default=-1)
    if j >= 0 and X[G][j] <= 0:
        j = -1
    i = G
    while i > 0 and j >= 0:
        c = choice[i][j]
        if c:
            m = s[i - 1][j]
            kind = "exact" if m >= 3.9 else "inside" if m >= 1.4 else "partial"
            result[i - 1] = (j, kind)
            if c == 1:
                j = prev_arg[i - 1][j - 1] if j else -1
        i -= 1
    for k, (idx, _kind) in enumerate(result):
        if idx is None:
            best_j = max(range(B), key=lambda jj: s[k][jj], default=None)
            if best_j is not None and s[k][best_j] >= 1.4:
                result[k] = (best_j, "out-of-order")
    return result


# --- scoring -------------------------------------------------------------------------------------


@dataclass
class LineResult:
    lineno: int  # 1-based gold line number (line number in the .txt file for text pages)
    gold: str
    pred: str  # gold label when correct, else the block type / "not-found"
    text: str
    correct: bool
    block: int | None
    how: str
    to_mt: bool = False  # lands in a translated segment of a non-boilerplate block


@dataclass
class PageScore:
    path: str
    lines: list[LineResult] = field(default_factory=list)
    spurious: list[tuple[int, str, str]] = field(default_factory=list)  # (block, type, text)
    furniture_to_mt: int = 0
    article_set_aside: int = 0
    credits_to_mt: int = 0
    credits_dropped: int = 0

    @property
    def confusion(self) -> Counter[tuple[str, str]]:
        c: Counter[tuple[str, str]] = Counter((r.gold, r.pred) for r in self.lines)
        for _, btype, _ in self.spurious:
            c[("none", btype)] += 1
        return c

    @property
    def mismatches(self) -> list[str]:
        out = [
            f"page {self.path} line {r.lineno}: gold {r.gold}, got {r.pred}"
            f"{' (' + r.how + ')' if r.how not in ('exact', 'inside') else ''}: {_short(r.text)}"
            for r in self.lines
            if not r.correct
        ]
        out += [
            f"page {self.path} block {b}: {t} block holds no gold line: {_short(x)}"
            for b, t, x in self.spurious
        ]
        return out

    @property
    def ok(self) -> bool:
        return not self.mismatches


def _short(text: str, n: int = 70) -> str:
    return repr(text if len(text) <= n else text[: n - 1] + "…")


def _segments_for(g: str, segs: Sequence[Seg]) -> list[Seg]:
    alt = _BULLET.sub("", g)
    hit = [s for s in segs if (t := norm(s.text)) and (g in t or alt in t or t in g)]
    return hit


#: An agency or outlet prefix that opens a news sapo: "(Chinhphu.vn) - ", "VOV.VN - ",
#: "QĐND - ", "(TG&VN) -", "TTXVN -", "(GLO)- ".
_LEAD_PREFIX = re.compile(r"^(?:\([^()]{2,30}\)|[A-ZĐ][A-ZĐ0-9.+&/]{1,14})\s*[-–—]\s")


def paste_lead_line(gold_lines: Sequence[tuple[str, str]]) -> int | None:
    """Index of the gold line of a pasted page whose lead/paragraph label the paste does
    not show (the first ``lead``/``paragraph`` line after the title, without an agency
    prefix), or None.  See "Lead or paragraph in pasted text" above."""
    labels = [lab for lab, _ in gold_lines]
    if "title" not in labels:
        return None
    for i in range(labels.index("title") + 1, len(gold_lines)):
        lab, text = gold_lines[i]
        if lab in ("lead", "paragraph"):
            return None if _LEAD_PREFIX.match(text) else i
    return None


def score(
    gold_lines: Sequence[tuple[str, str]],
    predicted_blocks: Sequence[tuple[str, str, Sequence[Seg] | Sequence[Any]]],
    *,
    path: str = "",
    line_numbers: Sequence[int] | None = None,
    lead_or_paragraph: int | None = None,
) -> PageScore:
    """Score one page.  ``predicted_blocks``: ``(type, text, segments)`` in document order
    (see :func:`blocks_of`); segments need ``.text`` and ``.translate``.
    ``lead_or_paragraph``: index of a gold line scored as right when it is typed either
    ``lead`` or ``paragraph`` (see :func:`paste_lead_line`)."""
    gtexts = [norm(t) for _, t in gold_lines]
    btexts = [norm(t) for _, t, _ in predicted_blocks]
    al = align(gtexts, btexts)
    ps = PageScore(path=path)
    used: set[int] = set()
    for k, ((glabel, _), g, (bi, how)) in enumerate(zip(gold_lines, gtexts, al, strict=True)):
        lineno = line_numbers[k] if line_numbers else k + 1
        if bi is None:
            pred = "boilerplate" if glabel == "boilerplate" else "not-found"
            r = LineResult(lineno, glabel, pred, g, glabel == "boilerplate", None, how)
            ps.lines.append(r)
            if glabel != "boilerplate":
                ps.article_set_aside += 1
            continue
        used.add(bi)
        btype, btext, segs = predicted_blocks[bi]
        btype = str(getattr(btype, "value", btype))
        segs = list(segs)
        hit = _segments_for(g, segs)
        to_mt = btype != "boilerplate" and (
            any(s.translate for s in hit) if hit else any(s.translate for s in segs)
        )
        correct = False
        pred = btype
        if glabel in ("byline", "source"):
            correct = btype == "byline"
        elif glabel == "credit":
            if btype == "boilerplate":
                correct = norm(btext) == g
                if correct:
                    ps.credits_dropped += 1
            else:
                correct = bool(hit) and not any(s.translate for s in hit)
            if not correct and to_mt:
                ps.credits_to_mt += 1
        else:
            correct = btype == glabel or (
                k == lead_or_paragraph and {btype, glabel} <= {"lead", "paragraph"}
            )
        if correct:
            pred = glabel
        ps.lines.append(LineResult(lineno, glabel, pred, g, correct, bi, how, to_mt))
        if glabel == "boilerplate" and to_mt:
            ps.furniture_to_mt += 1
        if (
            glabel != "boilerplate"
            and btype == "boilerplate"
            and not (glabel == "credit" and correct)
        ):
            ps.article_set_aside += 1
    for bi, (btype, btext, _segs) in enumerate(predicted_blocks):
        btype = str(getattr(btype, "value", btype))
        if bi not in used and btype != "boilerplate" and norm(btext):
            ps.spurious.append((bi, btype, norm(btext)))
    return ps


# --- aggregation ---------------------------------------------------------------------------------


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def aggregate(scores: Iterable[PageScore]) -> dict[str, Any]:
    """Per-label precision/recall/F1 and the counters, summed over pages."""
    scores = list(scores)
    conf: Counter[tuple[str, str]] = Counter()
    for s in scores:
        conf.update(s.confusion)
    labels: dict[str, dict[str, float]] = {}
    for lab in LABELS:
        tp = conf[(lab, lab)]
        fp = sum(v for (g, p), v in conf.items() if p == lab and g != lab)
        fn = sum(v for (g, p), v in conf.items() if g == lab and p != lab)
        if tp + fp + fn == 0:
            continue
        p, r, f = prf(tp, fp, fn)
        labels[lab] = {
            "gold": tp + fn,
            "pred": tp + fp,
            "tp": tp,
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f, 3),
        }
    # content (any article label) vs furniture, by line
    ctp = cfp = cfn = 0
    for s in scores:
        for line in s.lines:
            gold_c = line.gold != "boilerplate"
            pred_c = line.pred not in ("boilerplate", "not-found") or (
                line.gold == "credit" and line.correct
            )
            ctp += gold_c and pred_c
            cfp += (not gold_c) and pred_c
            cfn += gold_c and not pred_c
        cfp += len(s.spurious)
    cp, cr, cf = prf(ctp, cfp, cfn)
    n_lines = sum(len(s.lines) for s in scores)
    correct = sum(r.correct for s in scores for r in s.lines)
    return {
        "pages": len(scores),
        "lines": n_lines,
        "accuracy": round(correct / n_lines, 3) if n_lines else 0.0,
        "labels": labels,
        "content": {"precision": round(cp, 3), "recall": round(cr, 3), "f1": round(cf, 3)},
        "furniture_lines": sum(1 for s in scores for r in s.lines if r.gold == "boilerplate"),
        "article_lines": sum(1 for s in scores for r in s.lines if r.gold != "boilerplate"),
        "furniture_to_mt": sum(s.furniture_to_mt for s in scores),
        "article_set_aside": sum(s.article_set_aside for s in scores),
        "credits_to_mt": sum(s.credits_to_mt for s in scores),
        "credits_dropped": sum(s.credits_dropped for s in scores),
        "spurious_blocks": sum(len(s.spurious) for s in scores),
        "pages_all_correct": sum(1 for s in scores if s.ok),
        "confusion": {f"{g}->{p}": v for (g, p), v in sorted(conf.items()) if g != p},
    }


def gold_line_numbers(doc: str | Path, gold: Sequence[tuple[str, str]]) -> list[int]:
    """Line numbers in the ``.txt`` file of each gold line (gold line numbers for HTML)."""
    doc = Path(doc)
    if doc.suffix != ".txt":
        return list(range(1, len(gold) + 1))
    nums = [n for n, _ in txt_lines(doc.read_text(encoding="utf-8"))]
    return nums if len(nums) == len(gold) else list(range(1, len(gold) + 1))


def score_file(
    doc: str | Path, gold: Sequence[tuple[str, str]], load: Any = None, *, paste_lead: bool = False
) -> PageScore:
    """Load ``doc`` with ttdn_i18n (or ``load``) and score it against ``gold``.
    ``paste_lead``: on a ``.txt`` page accept lead or paragraph for the first body
    paragraph (see "Lead or paragraph in pasted text" above)."""
    if load is None:
        from ttdn_i18n.sources import load_article

        load = load_article
    article = load(str(doc))
    either = paste_lead_line(gold) if paste_lead and Path(doc).suffix == ".txt" else None
    return score(
        gold,
        blocks_of(article),
        path=str(doc),
        line_numbers=gold_line_numbers(doc, gold),
        lead_or_paragraph=either,
    )
