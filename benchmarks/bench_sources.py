#!/usr/bin/env python3
"""How well does ttdn_i18n type the blocks of real-looking article pages?

Scores ``ttdn_i18n.load_article`` against the labelled page set in ``tests/data/pages``
(HTML half, text half, both) and against the three shared-corpus articles
(``../shared/corpus``; their gold is hash-only, in ``benchmarks/data/corpus-gold``).

    .venv/bin/python benchmarks/bench_sources.py                 # table
    .venv/bin/python benchmarks/bench_sources.py --json out.json # also raw figures (- = stdout)
    .venv/bin/python benchmarks/bench_sources.py --mismatches 20 # list the first N wrong lines
    .venv/bin/python benchmarks/bench_sources.py --trafilatura   # compare with trafilatura (HTML)

``--trafilatura`` imports trafilatura only when asked.  It is not a project dependency:
install it in a throwaway venv (``python3 -m venv /tmp/trafvenv && /tmp/trafvenv/bin/pip
install trafilatura lxml_html_clean``); the benchmark then runs it through that
interpreter (``--traf-python``, default ``/tmp/trafvenv/bin/python`` when present).
Scoring rules: see ``tests/pagelabels.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import pagelabels as pl  # noqa: E402

PAGES = ROOT / "tests" / "data" / "pages"
CORPUS = ROOT.parent / "shared" / "corpus"
CORPUS_GOLD = ROOT / "benchmarks" / "data" / "corpus-gold"
DEFAULT_TRAF = Path("/tmp/trafvenv/bin/python")


Loader = Callable[[str], Any]


def _load_ttdn() -> Loader:
    try:
        from ttdn_i18n.sources import load_article
    except ImportError as exc:  # pragma: no cover - environment problem
        sys.exit(f"cannot import ttdn_i18n ({exc}); run with the project's .venv/bin/python")
    return load_article


def score_doc(
    doc: Path, gold: list[tuple[str, str]], load: Loader, *, paste_lead: bool = False
) -> tuple[pl.PageScore, str]:
    """Score one document; a document the loader refuses scores as 'nothing found'.
    ``paste_lead``: the paste-aware lead/paragraph scoring (see tests/pagelabels.py)."""
    try:
        return pl.score_file(doc, gold, load, paste_lead=paste_lead), ""
    except Exception as exc:  # noqa: BLE001 - a refused page is a result, not a crash
        err = f"{type(exc).__name__}: {exc}"
        return pl.score(gold, [], path=str(doc), line_numbers=pl.gold_line_numbers(doc, gold)), err


def corpus_docs() -> list[tuple[Path, list[tuple[str, str]]]]:
    out = []
    for g in sorted(CORPUS_GOLD.glob("*.gold")):
        name = g.name[: -len(".gold")]
        doc = CORPUS / ("html" if name.endswith(".html") else "articles") / name
        if doc.exists():
            out.append((doc, pl.corpus_gold(doc, g)))
    return out


def fmt_table(groups: dict[str, dict[str, Any]]) -> str:
    names = list(groups)
    w = 21
    rows = [
        f"{'label':<18}" + "".join(f"{n:>{w}}" for n in names),
        f"{'':<18}" + "".join(f"{'n    P    R   F1':>{w}}" for _ in names),
    ]
    for lab in pl.LABELS:
        cells = []
        for n in names:
            m = groups[n]["labels"].get(lab)
            cells.append(
                f"{m['gold']:>4} {m['precision']:.2f} {m['recall']:.2f} {m['f1']:.2f}" if m else "-"
            )
        rows.append(f"{lab:<18}" + "".join(f"{c:>{w}}" for c in cells))
    rows.append("")
    for key, title in (
        ("pages", "documents"),
        ("lines", "gold lines"),
        ("article_lines", "article lines"),
        ("furniture_lines", "furniture lines"),
        ("accuracy", "line accuracy"),
        ("furniture_to_mt", "furniture -> MT"),
        ("article_set_aside", "article set aside"),
        ("credits_to_mt", "credits -> MT"),
        ("spurious_blocks", "spurious blocks"),
        ("pages_all_correct", "docs all right"),
    ):
        rows.append(f"{title:<18}" + "".join(f"{groups[n][key]!s:>{w}}" for n in names))
    rows.append(
        f"{'content P/R/F1':<18}"
        + "".join(
            "{precision:.2f} {recall:.2f} {f1:.2f}".format(**g["content"]).rjust(w)
            for g in groups.values()
        )
    )
    return "\n".join(rows)


# --- trafilatura ---------------------------------------------------------------------------------

_TRAF_SCRIPT = r"""
import json, sys
import trafilatura
out = {}
for path in json.load(sys.stdin):
    html = open(path, encoding="utf-8").read()
    d = trafilatura.bare_extraction(html, with_metadata=True)
    if d is not None and hasattr(d, "as_dict"):
        d = d.as_dict()
    d = d or {}
    title = d.get("title") or ""
    title = max(title.split(" | "), key=len)  # "Headline | Site name" from og:title
    out[path] = {"title": title, "text": d.get("text") or ""}
json.dump(out, sys.stdout, ensure_ascii=False)
"""


def run_trafilatura(paths: list[Path], python: str | None) -> dict[str, dict[str, str]] | str:
    """{path: {"title", "text"}} or an explanation why trafilatura could not run."""
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        cand = python or (str(DEFAULT_TRAF) if DEFAULT_TRAF.exists() else None)
        if not cand:
            return (
                "trafilatura is not installed (it is not a project dependency). Install it in a "
                "throwaway venv: python3 -m venv /tmp/trafvenv && /tmp/trafvenv/bin/pip install "
                "trafilatura lxml_html_clean; then pass --traf-python /tmp/trafvenv/bin/python"
            )
        proc = subprocess.run(
            [cand, "-c", _TRAF_SCRIPT],
            input=json.dumps([str(p) for p in paths]),
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode:
            return f"trafilatura failed under {cand}: {proc.stderr.strip().splitlines()[-1:]}"
        out: dict[str, dict[str, str]] = json.loads(proc.stdout)
        return out
    # importable here: run in-process
    ns: dict[str, Any] = {}
    import io

    stdin, stdout = sys.stdin, sys.stdout
    try:
        sys.stdin = io.StringIO(json.dumps([str(p) for p in paths]))
        sys.stdout = buf = io.StringIO()
        exec(_TRAF_SCRIPT, ns)  # noqa: S102 - our own constant
    finally:
        sys.stdin, sys.stdout = stdin, stdout
    res: dict[str, dict[str, str]] = json.loads(buf.getvalue())
    return res


def content_split(score: pl.PageScore) -> dict[str, int]:
    art = [r for r in score.lines if r.gold != "boilerplate"]
    fur = [r for r in score.lines if r.gold == "boilerplate"]
    kept = sum(1 for r in art if r.pred not in ("boilerplate", "not-found"))
    body = [r for r in art if r.gold not in ("title", "dateline")]
    body_kept = sum(1 for r in body if r.pred not in ("boilerplate", "not-found"))
    through = sum(1 for r in fur if r.block is not None and r.pred != "boilerplate")
    return {
        "article": len(art),
        "kept": kept,
        "body": len(body),
        "body_kept": body_kept,
        "furniture": len(fur),
        "through": through,
    }


def compare_trafilatura(
    docs: list[tuple[Path, list[tuple[str, str]]]],
    ttdn_scores: dict[str, pl.PageScore],
    python: str | None,
) -> dict[str, Any] | str:
    res = run_trafilatura([d for d, _ in docs], python)
    if isinstance(res, str):
        return res
    tot: dict[str, defaultdict[str, int]] = {
        "ttdn": defaultdict(int),
        "trafilatura": defaultdict(int),
    }
    per_page = {}
    for doc, gold in docs:
        r = res.get(str(doc), {"title": "", "text": ""})
        lines = [ln for ln in [r["title"], *r["text"].splitlines()] if ln.strip()]
        blocks = [("paragraph", ln, (pl.Seg(ln, True),)) for ln in lines]
        ts = pl.score(gold, blocks, path=str(doc))
        a, b = content_split(ttdn_scores[str(doc)]), content_split(ts)
        per_page[str(doc)] = {"ttdn": a, "trafilatura": b}
        for k, v in a.items():
            tot["ttdn"][k] += v
        for k, v in b.items():
            tot["trafilatura"][k] += v
    return {"totals": {k: dict(v) for k, v in tot.items()}, "pages": per_page}


def _f1(group: dict[str, Any], label: str) -> float:
    f1: float = group["labels"].get(label, {}).get("f1", 0.0)
    return f1


# --- main ----------------------------------------------------------------------------------------


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--json",
        nargs="?",
        const="-",
        metavar="PATH",
        help="write the raw figures as JSON to PATH (- or no value: stdout)",
    )
    ap.add_argument("--pages", type=Path, default=PAGES, help="page set root")
    ap.add_argument(
        "--mismatches",
        type=int,
        default=0,
        metavar="N",
        help="print the first N wrong lines of each group",
    )
    ap.add_argument("--by-site", action="store_true", help="also a line per site kind")
    ap.add_argument(
        "--trafilatura",
        action="store_true",
        help="compare content-vs-furniture with trafilatura on the HTML pages",
    )
    ap.add_argument("--traf-python", help="interpreter that has trafilatura installed")
    ap.add_argument(
        "--hold-out",
        default="",
        metavar="KINDS",
        help="comma-separated site kinds (e.g. mofa,qdnd) reported as a separate 'held-out'"
        " column and left out of the set:* columns (for rule development)",
    )
    args = ap.parse_args()

    load_article = _load_ttdn()
    loaded: dict[str, object] = {}

    def load(path: str) -> Any:  # each document is parsed once for both scorings
        if path not in loaded:
            loaded[path] = load_article(path)
        return loaded[path]

    t0 = time.perf_counter()
    pages = pl.iter_pages(args.pages)
    if not pages:
        sys.exit(f"no pages under {args.pages}; run tests/data/pages/make_pages.py")
    scores: dict[str, pl.PageScore] = {}
    paste_scores: dict[str, pl.PageScore] = {}
    errors: dict[str, str] = {}
    gold_of: dict[str, list[tuple[str, str]]] = {}
    for doc, gpath in pages:
        gold = pl.load_gold(gpath)
        gold_of[str(doc)] = gold
        s, err = score_doc(doc, gold, load)
        scores[str(doc)] = s
        paste_scores[str(doc)] = score_doc(doc, gold, load, paste_lead=True)[0]
        if err:
            errors[str(doc)] = err
    held_kinds = {k.strip() for k in args.hold_out.split(",") if k.strip()}
    held = {p: s for p, s in scores.items() if Path(p).parent.name in held_kinds}
    dev = {p: s for p, s in scores.items() if p not in held}
    html_s = [s for p, s in dev.items() if p.endswith(".html")]
    txt_s = [s for p, s in dev.items() if p.endswith(".txt")]
    groups = {
        "set:html": pl.aggregate(html_s),
        "set:txt": pl.aggregate(txt_s),
        "set:all": pl.aggregate(list(dev.values())),
    }
    if held:
        groups["held-out"] = pl.aggregate(list(held.values()))
    paste_groups = {
        "set:html": pl.aggregate([paste_scores[p] for p in dev if p.endswith(".html")]),
        "set:txt": pl.aggregate([paste_scores[p] for p in dev if p.endswith(".txt")]),
        "set:all": pl.aggregate([paste_scores[p] for p in dev]),
    }
    if held:
        paste_groups["held-out"] = pl.aggregate([paste_scores[p] for p in held])

    corpus_scores: dict[str, pl.PageScore] = {}
    if CORPUS.exists() and CORPUS_GOLD.exists():
        for doc, gold in corpus_docs():
            s, err = score_doc(doc, gold, load)
            corpus_scores[str(doc)] = s
            if err:
                errors[str(doc)] = err
        groups["corpus"] = pl.aggregate(list(corpus_scores.values()))
        corpus_note = ""
    else:
        corpus_note = f"shared corpus not found at {CORPUS}: corpus rows skipped"

    report: dict[str, Any] = {
        "groups": groups,
        "paste_lead_groups": paste_groups,
        "errors": errors,
        "seconds": round(time.perf_counter() - t0, 2),
    }
    print(
        f"ttdn_i18n block typing: {len(pages)} documents in {args.pages.relative_to(ROOT)}"
        + (f", {len(corpus_scores)} corpus documents" if corpus_scores else "")
    )
    if corpus_note:
        print(corpus_note)
    print(fmt_table(groups))
    print(
        "\npaste-aware scoring (a .txt page's first body paragraph without an agency prefix"
        " counts as right typed lead or paragraph: the paste does not show whether the page"
        " had a sapo; see tests/pagelabels.py):"
    )
    print(f"{'':<18}" + "".join(f"{n:>21}" for n in paste_groups))
    pg = list(paste_groups.values())
    for title, cells in (
        ("lead F1", [f"{_f1(g, 'lead'):.2f}" for g in pg]),
        ("paragraph F1", [f"{_f1(g, 'paragraph'):.2f}" for g in pg]),
        ("line accuracy", [str(g["accuracy"]) for g in pg]),
        ("docs all right", [str(g["pages_all_correct"]) for g in pg]),
    ):
        print(f"{title:<18}" + "".join(f"{c:>21}" for c in cells))
    if errors:
        print(f"\n{len(errors)} document(s) refused by load_article (scored as nothing found):")
        for p, e in errors.items():
            print(f"  {os.path.relpath(p, ROOT)}: {e[:140]}")

    if args.by_site:
        by_site: dict[str, list[pl.PageScore]] = defaultdict(list)
        for p, s in scores.items():
            by_site[Path(p).parent.name].append(s)
        print(
            f"\n{'site kind':<14}{'docs':>5}{'acc':>7}{'content F1':>12}{'furn->MT':>10}"
            f"{'art aside':>11}{'title F1':>10}"
        )
        report["by_site"] = {}
        for site, ss in sorted(by_site.items()):
            g = pl.aggregate(ss)
            report["by_site"][site] = g
            tf = g["labels"].get("title", {}).get("f1", 0.0)
            print(
                f"{site:<14}{len(ss):>5}{g['accuracy']:>7.2f}{g['content']['f1']:>12.2f}"
                f"{g['furniture_to_mt']:>10}{g['article_set_aside']:>11}{tf:>10.2f}"
            )

    if args.mismatches:
        for name, ss in (("set", list(dev.values())), ("corpus", list(corpus_scores.values()))):
            mm = [m for s in ss for m in s.mismatches]
            print(f"\nfirst {min(args.mismatches, len(mm))} of {len(mm)} mismatches ({name}):")
            for m in mm[: args.mismatches]:
                print("  " + m.replace(str(ROOT) + "/", ""))

    if args.trafilatura:
        docs = [(Path(p), gold_of[p]) for p in scores if p.endswith(".html")]
        docs += [
            (Path(p), pl.corpus_gold(Path(p), CORPUS_GOLD / (Path(p).name + ".gold")))
            for p in corpus_scores
            if p.endswith(".html")
        ]
        allscores = {**scores, **corpus_scores}
        cmp = compare_trafilatura(docs, allscores, args.traf_python)
        if isinstance(cmp, str):
            print(f"\ntrafilatura: {cmp}")
            report["trafilatura"] = {"error": cmp}
        else:
            report["trafilatura"] = cmp
            print(
                f"\ncontent vs furniture on {len(docs)} HTML pages (trafilatura has no block types;"
                " its title is metadata, its date is not printed):"
            )
            print(
                f"{'extractor':<13}{'article kept':>16}{'body kept':>14}{'furniture through':>20}"
            )
            for k, v in cmp["totals"].items():
                print(
                    f"{k:<13}{v['kept']:>9}/{v['article']:<6}{v['body_kept']:>8}/{v['body']:<5}"
                    f"{v['through']:>12}/{v['furniture']:<7}"
                )
            print(
                "  (kept: gold article line present in the output; body: without title and"
                " dateline; through: gold furniture line present in the output / in a"
                " non-boilerplate block)"
            )

    if args.json:
        out = {
            "report": report,
            "pages": {
                os.path.relpath(p, ROOT): {
                    "mismatches": s.mismatches,
                    "furniture_to_mt": s.furniture_to_mt,
                    "article_set_aside": s.article_set_aside,
                }
                for p, s in {**scores, **corpus_scores}.items()
            },
        }
        text = json.dumps(out, ensure_ascii=False, indent=1)
        if args.json == "-":
            print(text)
        else:
            Path(args.json).write_text(text + "\n", encoding="utf-8")
            print(f"\nJSON written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
