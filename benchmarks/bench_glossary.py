"""Glossary cost: matching (10 vs 10,000 entries; national vs starter) and loading.

Run from the project root::

    .venv/bin/python benchmarks/bench_glossary.py [--passes N]

Part 2 compares the national glossary (800+ concepts, titles composed with ranks,
bodies and province names) with the 122-concept starter on the corpus (target: within
1.2x) and times loading each file from disk (target: national <= 0.3 s).  Times are
CPU seconds (``time.process_time``), best of 5, so that other processes on the machine
do not count.

The 10,000 entries are synthesized from the corpus's own syllables (so most
of them share prefixes with the text, the worst case for a trie walk) plus
the starter glossary.  Matching should cost about the same for both: the trie
is walked once per syllable, whatever the number of entries.
"""

from __future__ import annotations

import argparse
import functools
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

from ttdn_i18n.model import TermStatus
from ttdn_i18n.sources.normalize import normalize_text
from ttdn_i18n.terms.glossary import Concept, Glossary, TargetTerm, load_glossary

__all__ = ["main", "synthesize"]

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT.parent / "shared" / "corpus" / "articles"
STARTER = ROOT / "src" / "ttdn_i18n" / "glossaries" / "ttdn-starter.tbx"
NATIONAL = ROOT / "src" / "ttdn_i18n" / "glossaries" / "ttdn-national.tbx"


def synthesize(base: Glossary, syllables: list[str], size: int, seed: int = 0) -> Glossary:
    """``base`` plus plausible entries (2–5 corpus syllables) up to ``size`` concepts."""
    rng = random.Random(seed)
    concepts = list(base.concepts)
    seen = {c.vi.lower() for c in concepts}
    heads = [c.vi for c in base.concepts]
    while len(concepts) < size:
        words = rng.choices(syllables, k=rng.randint(2, 5))
        if rng.random() < 0.2:  # extensions of real terms: long shared prefixes
            words = [rng.choice(heads), *words[:2]]
        vi = " ".join(words)
        if vi.lower() in seen:
            continue
        seen.add(vi.lower())
        n = len(concepts)
        concepts.append(
            Concept(f"syn-{n}", vi, (), (TargetTerm("en", f"term {n}", TermStatus.APPROVED),))
        )
    return Glossary(tuple(concepts[:size]), name=f"synthetic-{size}")


def _match_all(g: Glossary, texts: list[str]) -> None:
    for text in texts:
        g.match(text)


def _time(fn: Callable[[], object], passes: int) -> float:
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        for _ in range(passes):
            fn()
        best = min(best, (time.process_time() - start) / passes)
    return best


def _load(path: Path) -> None:
    from ttdn_i18n.terms import glossary

    glossary._canon.cache_clear()  # a cold load, as in a fresh process
    load_glossary(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=20, help="corpus passes per timing")
    args = parser.parse_args(argv)
    if not ARTICLES.is_dir():
        print(f"../shared not found: {ARTICLES} holds the corpus this benchmark reads")
        return 2
    texts = [
        normalize_text(p)
        for path in sorted(ARTICLES.glob("*.txt"))
        for p in path.read_text(encoding="utf-8").split("\n")
        if p.strip()
    ]
    chars = sum(len(t) for t in texts)
    syllables = sorted({w.strip(".,;:()“”\"") for t in texts for w in t.split()} - {""})
    starter = load_glossary(STARTER)
    small = Glossary(starter.concepts[:10], name="starter-10")
    start = time.perf_counter()
    large = synthesize(starter, syllables, 10_000)
    build = time.perf_counter() - start

    rows = []
    for g, built in ((small, None), (large, build)):
        seconds = _time(functools.partial(_match_all, g, texts), args.passes)
        hits = sum(len(g.match(t)) for t in texts)
        rows.append((len(g), built, seconds, hits))
    print(f"corpus: {len(texts)} paragraphs, {chars} characters; best of 5 x {args.passes} passes")
    header = ("entries", "build s", "match ms/pass", "us/1k chars", "hits")
    print("  ".join(h.rjust(w) for h, w in zip(header, (8, 8, 13, 11, 5), strict=True)))
    for n, built, seconds, hits in rows:
        build_cell = f"{built:8.3f}" if built is not None else f"{'-':>8}"
        print(f"{n:>8}  {build_cell}  {seconds * 1e3:13.2f}  {seconds * 1e6 / chars * 1000:11.1f}"
              f"  {hits:>5}")
    ratio = rows[1][2] / rows[0][2]
    print(f"ratio 10,000 / 10 entries: {ratio:.2f}x")

    national = load_glossary(NATIONAL)
    print()
    print("glossary       concepts  load s  match ms/pass  hits  composed")
    timed = []
    for g, path in ((starter, STARTER), (national, NATIONAL)):
        load_s = _time(functools.partial(_load, path), 1)
        seconds = _time(functools.partial(_match_all, g, texts), args.passes)
        marks = [h for t in texts for h in g.hits_for(t, "en")]
        heads = {c.id: c.vi for c in g.concepts}
        # A composed mark carries its source span as its term, not the concept's headword.
        composed = sum(1 for h in marks if h.term == h.source != heads.get(h.concept_id))
        timed.append(seconds)
        print(f"{g.name:<14} {len(g):>8}  {load_s:6.3f}  {seconds * 1e3:13.2f}  {len(marks):>4}"
              f"  {composed:>8}")
    print(f"ratio national / starter matching: {timed[1] / timed[0]:.2f}x (target <= 1.2x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
