"""Block typing on the labelled page set (tests/data/pages) and the shared corpus.

One test per document: it fails with every line whose block type differs from the
gold label ("page X line N: gold title, got paragraph").  Today's rules get many
pages wrong; the aggregate figures are in benchmarks/bench_sources.py.  Scoring
rules and label mapping: tests/pagelabels.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import ttdn_i18n
from pagelabels import corpus_gold, iter_pages, load_gold, score_file

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "data" / "pages"
CORPUS = ROOT.parent / "shared" / "corpus"
CORPUS_GOLD = ROOT / "benchmarks" / "data" / "corpus-gold"

_PAGES = iter_pages(PAGES)
_CORPUS_GOLD = sorted(CORPUS_GOLD.glob("*.gold"))


def _check(doc: Path, gold: list[tuple[str, str]]) -> None:
    try:
        score = score_file(doc, gold, ttdn_i18n.load_article)
    except ttdn_i18n.SourceError as exc:
        pytest.fail(f"page {doc.relative_to(ROOT)}: load_article refused it: {exc}")
    if not score.ok:
        lines = [m.replace(str(ROOT) + "/", "") for m in score.mismatches]
        pytest.fail(
            f"{len(lines)} of {len(score.lines)} lines wrong:\n" + "\n".join(lines), pytrace=False
        )


def test_page_set_is_complete() -> None:
    """At least 40 pages in both forms, 10 site kinds, 4 pages per kind, gold files parse."""
    stems: dict[str, set[str]] = {}
    for doc, gold in _PAGES:
        assert load_gold(gold), gold
        stems.setdefault(doc.parent.name, set()).add(doc.stem)
        assert doc.with_suffix(".html" if doc.suffix == ".txt" else ".txt").exists(), doc
    assert len(stems) >= 10
    assert all(len(s) >= 4 for s in stems.values()), {k: len(v) for k, v in stems.items()}
    assert sum(len(s) for s in stems.values()) >= 40


@pytest.mark.parametrize("doc,gold", _PAGES, ids=[str(d.relative_to(PAGES)) for d, _ in _PAGES])
def test_page_block_types(doc: Path, gold: Path) -> None:
    _check(doc, load_gold(gold))


@pytest.mark.parametrize("gold", _CORPUS_GOLD, ids=[g.name[: -len(".gold")] for g in _CORPUS_GOLD])
def test_corpus_block_types(gold: Path) -> None:
    name = gold.name[: -len(".gold")]
    doc = CORPUS / ("html" if name.endswith(".html") else "articles") / name
    if not doc.exists():
        pytest.skip(f"../shared not found: {doc} is a shared-corpus article")
    _check(doc, corpus_gold(doc, gold))
