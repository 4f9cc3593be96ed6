"""The review report: what post-editing cost, per language, route and model.

``ttdn-i18n report OUT`` reads every translator file under ``OUT`` (the folder
``translate`` wrote and reviewers edited) together with the manifests
``translate`` keeps beside them (``OUT/.ttdn/<lang>/<article>.json``, whose
``mt_targets`` hold the machine translation written into each unit), and
measures for each language, route and model:

* segments **accepted unchanged** (the reviewer kept the MT as it was);
* **edit distance MT → final**, with sacrebleu: chrF (characters, so it means
  the same for Lao and Khmer as for English), TER (word-level: HTER, the
  industry's post-editing measure) and character TER (TER over characters,
  the meaningful one for scripts written without spaces);
* **term adherence** before and after review (glossary hits verified in the
  MT and in the final target);
* **QA findings by category** (:mod:`ttdn_i18n.review.qa`);
* **review progress per article** (:mod:`ttdn_i18n.review.status`).

The HTML page is standalone: inline SVG bar charts, no script, nothing fetched,
the escaping and Content-Security-Policy of :mod:`ttdn_i18n.publish`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ttdn_i18n._version import __version__
from ttdn_i18n.errors import OutputError, ReviewError, TtdnError
from ttdn_i18n.publish import CSP_META, escape_html

if TYPE_CHECKING:
    from ttdn_i18n.model import Document, TermHit
    from ttdn_i18n.review.qa import _Glossary

__all__ = [
    "GroupReport",
    "ArticleProgress",
    "Report",
    "build_report",
    "report_as_dict",
    "report_json",
    "render_report_html",
    "write_report",
]

_MANIFEST_DIR = ".ttdn"  # batch.MANIFEST_DIR (batch sits on this layer; kept import-free)


@dataclass(frozen=True)
class GroupReport:
    """Post-editing figures for one (language, route, model)."""

    lang: str
    route: str
    model: str
    files: int = 0
    segments: int = 0  # translatable units
    with_mt: int = 0  # units whose MT is on record (manifest)
    reviewed: int = 0  # units a person translated or approved
    compared: int = 0  # reviewed units with MT on record: the post-edited set
    accepted: int = 0  # … whose final target is the MT unchanged
    chrf: float | None = None  # chrF(MT, final) over the compared units
    ter: float | None = None  # TER (word level, = HTER)
    char_ter: float | None = None  # TER over characters
    terms_mt: tuple[int, int] = (0, 0)  # (present, total) in the MT
    terms_final: tuple[int, int] = (0, 0)  # … in the reviewed targets
    qa: tuple[tuple[str, int], ...] = ()  # (category, findings)

    @property
    def label(self) -> str:
        return f"{self.lang} · {self.route} · {self.model or 'no model'}"

    @property
    def accepted_rate(self) -> float | None:
        return self.accepted / self.compared if self.compared else None


@dataclass(frozen=True)
class ArticleProgress:
    article_id: str
    lang: str
    file: str
    segments: int = 0
    reviewed: int = 0
    mt: int = 0
    new: int = 0
    qa_errors: int = 0
    error: str = ""


@dataclass(frozen=True)
class Report:
    directory: str
    groups: tuple[GroupReport, ...]
    articles: tuple[ArticleProgress, ...]
    qa: tuple[tuple[str, int], ...]  # category → findings, all files
    signatures: tuple[tuple[str, str], ...] = ()
    notes: tuple[str, ...] = field(default=())

    def summary(self) -> str:
        lines = []
        for g in self.groups:
            rate = f"{g.accepted}/{g.compared} accepted unchanged" if g.compared else \
                "nothing post-edited yet"
            chrf = f", chrF MT→final {g.chrf:.1f}" if g.chrf is not None else ""
            lines.append(f"{g.label}: {g.reviewed}/{g.segments} reviewed, {rate}{chrf}")
        done = sum(1 for a in self.articles if not a.error and a.segments
                   and a.reviewed == a.segments)
        lines.append(f"{len(self.articles)} files, {done} fully reviewed")
        lines += [f"Note: {n}" for n in self.notes]
        return "\n".join(lines)


# ---------------------------------------------------------------- measuring


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def _chars(text: str) -> str:
    """Every non-space character as a token: TER over these is character TER."""
    return " ".join(ch for ch in text if not ch.isspace())


def _edit_scores(mt: Sequence[str], final: Sequence[str]) -> tuple[float, float, float]:
    from sacrebleu.metrics.chrf import CHRF
    from sacrebleu.metrics.ter import TER

    refs = [list(final)]
    chrf = CHRF().corpus_score(list(mt), refs).score
    ter = TER().corpus_score(list(mt), refs).score
    char_ter = TER().corpus_score([_chars(t) for t in mt], [[_chars(t) for t in final]]).score
    return round(float(chrf), 2), round(float(ter), 2), round(float(char_ter), 2)


def _signatures() -> tuple[tuple[str, str], ...]:
    from sacrebleu.metrics.chrf import CHRF
    from sacrebleu.metrics.ter import TER

    chrf, ter = CHRF(), TER()
    for metric in (chrf, ter):  # sacrebleu knows nrefs only after scoring once
        metric.corpus_score(["x"], [["x"]])
    return (
        ("chrF", str(chrf.get_signature())),
        ("TER", str(ter.get_signature())),
        ("charTER", str(ter.get_signature()) + "|tok:char-ttdn"),
    )


def _manifest_targets(directory: Path, rel: Path) -> dict[str, str] | None:
    path = directory / _MANIFEST_DIR / rel.parent / (rel.stem + ".json")
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    written = data.get("mt_targets") if isinstance(data, dict) else None
    if not isinstance(written, dict):
        return None
    return {str(k): str(v) for k, v in written.items()}


def _adherence(hits: Sequence[TermHit], text: str, lang: str) -> tuple[int, int]:
    from ttdn_i18n.terms.glossary import term_adherence, verify_terms

    return term_adherence(verify_terms(hits, text, lang)) if hits and text else (0, 0)


@dataclass
class _Acc:
    files: int = 0
    segments: int = 0
    with_mt: int = 0
    reviewed: int = 0
    accepted: int = 0
    mt: list[str] = field(default_factory=list)
    final: list[str] = field(default_factory=list)
    terms_mt: list[int] = field(default_factory=lambda: [0, 0])
    terms_final: list[int] = field(default_factory=lambda: [0, 0])
    qa: dict[str, int] = field(default_factory=dict)


def _primary(lang: str) -> str:
    return lang.replace("_", "-").split("-")[0].lower()


def _add_document(acc: _Acc, doc: Document, written: dict[str, str] | None,
                  glossary: _Glossary | None) -> None:
    lang = _primary(doc.target_lang)
    acc.files += 1
    for u in doc.units:
        if not u.translate:
            continue
        acc.segments += 1
        mt = (written or {}).get(u.id)
        if mt is None and u.origin == "mt" and not u.state.reviewed:
            mt = u.target  # still the MT as written
        if mt is not None:
            acc.with_mt += 1
        if u.state.reviewed:
            acc.reviewed += 1
        if mt is None or not u.state.reviewed or not u.target.strip():
            continue
        acc.mt.append(mt)
        acc.final.append(u.target)
        if _same(mt, u.target):
            acc.accepted += 1
        hits = tuple(glossary.hits_for(u.source, lang)) if glossary is not None else u.terms
        for bucket, text in ((acc.terms_mt, mt), (acc.terms_final, u.target)):
            p, t = _adherence(hits, text, lang)
            bucket[0] += p
            bucket[1] += t


def build_report(directory: Path | str, *, glossary: _Glossary | None = None) -> Report:
    """Read every translator file under ``directory`` and its manifest; measure."""
    from ttdn_i18n.formats import find_translation_files, read_document
    from ttdn_i18n.review.qa import all_checks, check_document
    from ttdn_i18n.review.status import status_row

    root = Path(directory)
    if not root.is_dir():
        raise ReviewError(f"{root} is not a folder; give the folder `translate --out` wrote")
    files = find_translation_files(root)
    if not files:
        raise ReviewError(f"no translator files (.xlf, .xliff, .po) under {root}; give the "
                          "folder `translate --out` wrote")
    category = {c.id: str(c.category) for c in all_checks()}
    groups: dict[tuple[str, str, str], _Acc] = {}
    articles: list[ArticleProgress] = []
    qa_total: dict[str, int] = {}
    missing_manifest = 0
    for path in files:
        rel = path.relative_to(root)
        try:
            doc = read_document(path)
            findings = check_document(doc, file=rel.as_posix(), glossary=glossary)
        except TtdnError as exc:
            articles.append(ArticleProgress("", "", rel.as_posix(), error=str(exc)))
            continue
        error_units = {f.unit_id for f in findings if f.severity == "error"}
        row = status_row(doc, rel.as_posix(), len(error_units))
        articles.append(ArticleProgress(row.article_id, row.lang, row.file, row.segments,
                                        row.reviewed, row.mt, row.new, row.qa_errors))
        prov = doc.provenance
        acc = groups.setdefault((_primary(doc.target_lang), prov.route, prov.model), _Acc())
        written = _manifest_targets(root, rel)
        if written is None:
            missing_manifest += 1
        _add_document(acc, doc, written, glossary)
        for f in findings:
            cat = category.get(f.check, "other")
            acc.qa[cat] = acc.qa.get(cat, 0) + 1
            qa_total[cat] = qa_total.get(cat, 0) + 1
    out: list[GroupReport] = []
    for (lang, route, model), acc in sorted(groups.items()):
        scores = _edit_scores(acc.mt, acc.final) if acc.mt else (None, None, None)
        out.append(GroupReport(
            lang=lang, route=route, model=model, files=acc.files, segments=acc.segments,
            with_mt=acc.with_mt, reviewed=acc.reviewed, compared=len(acc.mt),
            accepted=acc.accepted, chrf=scores[0], ter=scores[1], char_ter=scores[2],
            terms_mt=(acc.terms_mt[0], acc.terms_mt[1]),
            terms_final=(acc.terms_final[0], acc.terms_final[1]),
            qa=tuple(sorted(acc.qa.items())),
        ))
    notes = []
    if missing_manifest:
        notes.append(
            f"{missing_manifest} file(s) have no manifest under {_MANIFEST_DIR}/: the MT "
            "written into reviewed segments is unknown there, so they count in progress and "
            "QA but not in post-editing effort"
        )
    return Report(directory=str(root), groups=tuple(out), articles=tuple(articles),
                  qa=tuple(sorted(qa_total.items())), signatures=_signatures(),
                  notes=tuple(notes))


# ---------------------------------------------------------------- JSON


def report_as_dict(report: Report) -> dict[str, Any]:
    groups = []
    for g in report.groups:
        d = asdict(g)
        d["terms_mt"] = {"present": g.terms_mt[0], "total": g.terms_mt[1]}
        d["terms_final"] = {"present": g.terms_final[0], "total": g.terms_final[1]}
        d["qa"] = dict(g.qa)
        d["accepted_rate"] = g.accepted_rate
        groups.append(d)
    return {
        "directory": report.directory,
        "tool_version": __version__,
        "groups": groups,
        "articles": [asdict(a) for a in report.articles],
        "qa_by_category": dict(report.qa),
        "signatures": dict(report.signatures),
        "notes": list(report.notes),
    }


def report_json(report: Report) -> str:
    return json.dumps(report_as_dict(report), ensure_ascii=False, indent=2)


# ---------------------------------------------------------------- HTML

_GREEN, _AMBER, _GREY, _BLUE, _RED = "#2e7d32", "#f9a825", "#9e9e9e", "#1565c0", "#c62828"
_CHART_WIDTH = 720
_LABEL_WIDTH = 260
_ROW = 26
_LABEL_CHARS = 40  # longer labels are cut (the full text is the tooltip)


def _bar_chart(title: str, rows: Sequence[tuple[str, Sequence[tuple[float, str, str]]]],
               scale: float, unit: str = "") -> str:
    """A horizontal (stacked) bar chart as inline SVG.

    ``rows``: (label, [(value, colour, legend)…]); ``scale`` is the value of a
    full-width bar.  Every text goes through :func:`escape_html`.
    """
    esc = escape_html
    bar_width = _CHART_WIDTH - _LABEL_WIDTH - 70
    height = _ROW * len(rows) + 40
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_CHART_WIDTH}" height="{height}" '
        f'viewBox="0 0 {_CHART_WIDTH} {height}" role="img" aria-label="{esc(title)}">',
        f"<title>{esc(title)}</title>",
    ]
    legends: dict[str, str] = {}
    for i, (label, pieces) in enumerate(rows):
        y = 10 + i * _ROW
        short = label if len(label) <= _LABEL_CHARS else label[: _LABEL_CHARS - 1] + "…"
        parts.append(f'<text x="{_LABEL_WIDTH - 8}" y="{y + 15}" text-anchor="end" '
                     f'font-size="12"><title>{esc(label)}</title>{esc(short)}</text>')
        parts.append(f'<rect x="{_LABEL_WIDTH}" y="{y}" width="{bar_width}" height="20" '
                     'fill="#eeeeee"/>')
        x = float(_LABEL_WIDTH)
        total = 0.0
        for value, colour, legend in pieces:
            w = max(0.0, min(value / scale, 1.0) * bar_width) if scale > 0 else 0.0
            total += value
            legends.setdefault(legend, colour)
            parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="20" '
                         f'fill="{colour}"><title>{esc(f"{label}: {legend} {value:g}{unit}")}'
                         "</title></rect>")
            x += w
        shown = f"{total:g}{unit}" if len(pieces) > 1 else f"{pieces[0][0]:g}{unit}" \
            if pieces else ""
        parts.append(f'<text x="{_LABEL_WIDTH + bar_width + 6}" y="{y + 15}" '
                     f'font-size="12">{esc(shown)}</text>')
    lx = _LABEL_WIDTH
    ly = 10 + len(rows) * _ROW + 8
    for legend, colour in legends.items():
        if not legend:
            continue
        parts.append(f'<rect x="{lx}" y="{ly}" width="12" height="12" fill="{colour}"/>')
        parts.append(f'<text x="{lx + 16}" y="{ly + 11}" font-size="12">{esc(legend)}</text>')
        lx += 24 + 7 * len(legend)
    parts.append("</svg>")
    return f'<figure><figcaption>{esc(title)}</figcaption>{"".join(parts)}</figure>'


def _cell(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.1f}"
    return escape_html(str(value))


def _table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    head = "".join(f"<th>{escape_html(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{_cell(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _terms(t: tuple[int, int]) -> str:
    return f"{t[0]}/{t[1]}" if t[1] else "–"


_CSS = (
    "body{margin:0;font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,"
    "\"Noto Sans Lao\",\"Noto Sans Khmer\",sans-serif;color:#1a1a1a;background:#fff}"
    "main{max-width:60rem;margin:1.5rem auto;padding:0 1rem}"
    "table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}"
    "th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:right}"
    "th:first-child,td:first-child{text-align:left}"
    "figure{margin:1rem 0}figcaption{font-weight:600;margin-bottom:.25rem}"
    "svg text{font-family:inherit;fill:#1a1a1a}"
    ".note{color:#555;font-size:.9rem}code{font-size:.85rem}"
)


def render_report_html(report: Report) -> str:
    """The report as one standalone HTML page (inline SVG, no script, strict CSP)."""
    esc = escape_html
    g = report.groups
    body: list[str] = [f"<h1>Review report: {esc(report.directory)}</h1>"]
    body.append('<p class="note">Post-editing effort compares the machine translation '
                "written by <code>translate</code> (kept in the manifests under "
                "<code>.ttdn/</code>) with the reviewed target. A high chrF and a low TER "
                "mean little editing; accepted unchanged counts segments kept as MT wrote "
                "them.</p>")
    for n in report.notes:
        body.append(f'<p class="note">Note: {esc(n)}</p>')

    body.append("<h2>Post-editing effort by language, route and model</h2>")
    body.append(_table(
        ("language · route · model", "files", "segments", "reviewed", "post-edited",
         "accepted unchanged", "chrF MT→final", "TER", "char TER", "terms MT", "terms final"),
        [(x.label, x.files, x.segments, x.reviewed, x.compared, x.accepted, x.chrf, x.ter,
          x.char_ter, _terms(x.terms_mt), _terms(x.terms_final)) for x in g],
    ))
    if g:
        body.append(_bar_chart(
            "Segments accepted unchanged (% of post-edited segments)",
            [(x.label, [(round(100 * (x.accepted_rate or 0.0), 1), _GREEN, "accepted")])
             for x in g], 100, "%"))
        body.append(_bar_chart(
            "chrF between MT and the reviewed target (100 = no edits)",
            [(x.label, [(x.chrf or 0.0, _BLUE, "chrF")]) for x in g], 100))
        body.append(_bar_chart(
            "Character TER, MT → reviewed target (0 = no edits)",
            [(x.label, [(x.char_ter or 0.0, _AMBER, "char TER")]) for x in g],
            max([100.0, *(x.char_ter or 0.0 for x in g)])))
        body.append("<h2>Term adherence before and after review</h2>")
        body.append(_bar_chart(
            "Glossary terms present (%): MT, then reviewed target",
            [row for x in g for row in (
                (f"{x.label} · MT", [(_pct(x.terms_mt), _GREY, "MT")]),
                (f"{x.label} · final", [(_pct(x.terms_final), _GREEN, "final")]),
            )], 100, "%"))

    body.append("<h2>QA findings by category</h2>")
    if report.qa:
        body.append(_bar_chart(
            "QA findings by category (all files)",
            [(cat, [(float(n), _RED, "findings")]) for cat, n in report.qa],
            float(max(n for _, n in report.qa))))
        cats = sorted({c for x in g for c, _ in x.qa})
        body.append(_table(("language · route · model", *cats),
                           [(x.label, *(dict(x.qa).get(c, 0) for c in cats)) for x in g]))
    else:
        body.append("<p>No QA findings.</p>")

    body.append("<h2>Review progress per article</h2>")
    ok = [a for a in report.articles if not a.error]
    if ok:
        body.append(_bar_chart(
            "Segments per article: reviewed, MT waiting for review, untranslated",
            [(f"{a.article_id} ({a.lang})",
              [(float(a.reviewed), _GREEN, "reviewed"), (float(a.mt), _AMBER, "MT to review"),
               (float(max(a.segments - a.reviewed - a.mt, 0)), _GREY, "other")])
             for a in ok],
            float(max(a.segments for a in ok) or 1)))
    body.append(_table(("file", "article", "lang", "segments", "reviewed", "MT to review",
                        "new", "QA errors", "error"),
                       [(a.file, a.article_id, a.lang, a.segments, a.reviewed, a.mt, a.new,
                         a.qa_errors, a.error) for a in report.articles]))
    body.append("<h2>Signatures</h2><ul>")
    body += [f"<li>{esc(name)}: <code>{esc(sig)}</code></li>" for name, sig in report.signatures]
    body.append("</ul>")
    head = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        CSP_META,
        f"<title>ttdn-i18n review report: {esc(report.directory)}</title>",
        f'<meta name="generator" content="ttdn-i18n {esc(__version__)}">',
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<main>",
    ]
    return "\n".join([*head, *body, "</main>", "</body>", "</html>", ""])


def _pct(t: tuple[int, int]) -> float:
    return round(100 * t[0] / t[1], 1) if t[1] else 0.0


def write_report(report: Report, path: Path | str) -> Path:
    """Write the HTML page atomically; returns its path."""
    from ttdn_i18n.atomic import atomic_write

    out = Path(path)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create {out.parent}: {exc.strerror}; choose another "
                          "--out") from None
    atomic_write(out, render_report_html(report).encode("utf-8"))
    return out
