"""Precision and recall of glossary marks against hand labels.

Run from the project root::

    .venv/bin/python benchmarks/bench_glossary_precision.py [--glossary FILE] [--quiet]

Gold comes from two places:

* ``benchmarks/data/terms/*.txt``: short articles written for this benchmark, with
  every official name marked inline as ``{{Vietnamese span|English}}``.
* ``benchmarks/data/terms/corpus/<article>.gold``: labels for the three shared corpus
  articles, kept apart from their text (which stays in ../shared/corpus/articles and is
  read at run time): ``LINE<TAB>START<TAB>END<TAB>SHA1<TAB>ENGLISH``, where LINE is the
  1-based line of the article file, START/END index ``normalize_text(line)`` and SHA1 is
  the first 10 hex digits of the sha1 of the span, to detect a changed corpus.

A mark is **right** when its span equals a gold span and its English equals the gold
English compared case-insensitively, without the articles "the", "a", "an" and with
runs of spaces folded ("Director of the Nghe An ..." = "director of Nghe An ...").
Precision = right marks / marks; recall = right marks / gold marks.  A mark on a gold
span with other English counts against both (a wrong rank is a wrong mark).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ttdn_i18n.sources.normalize import normalize_text
from ttdn_i18n.terms.glossary import Glossary, default_glossary_path, load_glossary

__all__ = ["Report", "evaluate", "main", "parse_inline", "english_key"]

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data" / "terms"
ARTICLES = ROOT.parent / "shared" / "corpus" / "articles"
_MARK = re.compile(r"\{\{([^{}|]+)\|([^{}]*)\}\}")
_ARTICLES = re.compile(r"\b(the|a|an)\b", re.IGNORECASE)

Span = tuple[int, int, int, str]  # line, start, end, English


def english_key(text: str) -> str:
    """How English is compared: case-insensitive, articles dropped, spaces folded."""
    return " ".join(_ARTICLES.sub(" ", text).casefold().split())


def parse_inline(line: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Strip ``{{span|English}}`` marks; return the plain line and the gold spans."""
    plain: list[str] = []
    gold: list[tuple[int, int, str]] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(line):
        before = line[pos : m.start()]
        plain.append(before)
        length += len(before)
        span = m.group(1)
        gold.append((length, length + len(span), m.group(2)))
        plain.append(span)
        length += len(span)
        pos = m.end()
    plain.append(line[pos:])
    return "".join(plain), gold


@dataclass
class Article:
    name: str
    lines: list[tuple[int, str]]  # (line number, normalized text)
    gold: list[Span]


@dataclass
class Report:
    marks: int = 0
    right: int = 0
    gold: int = 0
    articles: int = 0
    misses: dict[str, list[str]] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.right / self.marks if self.marks else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.gold if self.gold else 1.0


def load_articles(data: Path = DATA, corpus: Path = ARTICLES) -> list[Article]:
    articles: list[Article] = []
    for path in sorted(data.glob("*.txt")):
        lines: list[tuple[int, str]] = []
        gold: list[Span] = []
        for number, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
            plain, spans = parse_inline(raw)
            if normalize_text(plain) != plain:
                raise ValueError(f"{path.name}:{number}: write the text normalized (NFC, single "
                                 "spaces, no leading/trailing space)")
            lines.append((number, plain))
            gold += [(number, a, b, en) for a, b, en in spans]
        articles.append(Article(path.name, lines, gold))
    for path in sorted((data / "corpus").glob("*.gold")):
        source = corpus / path.name.removesuffix(".gold")
        if not source.is_file():
            continue
        raw_lines = source.read_text(encoding="utf-8").split("\n")
        texts = {n: normalize_text(t) for n, t in enumerate(raw_lines, start=1)}
        gold = []
        for row in path.read_text(encoding="utf-8").splitlines():
            if not row.strip() or row.startswith("#"):
                continue
            line_s, start_s, end_s, sha, en = row.split("\t")
            line, start, end = int(line_s), int(start_s), int(end_s)
            span = texts[line][start:end]
            if hashlib.sha1(span.encode()).hexdigest()[:10] != sha:
                raise ValueError(f"{path.name}: line {line} {start}-{end} no longer holds the "
                                 "labelled text; the corpus changed, relabel it")
            gold.append((line, start, end, en))
        lines = [(n, t) for n, t in texts.items() if t]
        articles.append(Article(path.name.removesuffix(".gold"), lines, gold))
    return articles


def evaluate(glossary: Glossary, articles: list[Article] | None = None) -> Report:
    """Score ``glossary`` on every labelled article."""
    report = Report()
    for article in articles if articles is not None else load_articles():
        report.articles += 1
        gold = {(line, a, b): en for line, a, b, en in article.gold}
        report.gold += len(gold)
        texts = dict(article.lines)
        found: set[tuple[int, int, int]] = set()
        misses: list[str] = []
        for number, text in article.lines:
            for hit in glossary.hits_for(text, "en"):
                key = (number, hit.start, hit.end)
                report.marks += 1
                want = gold.get(key)
                if want is not None and english_key(want) == english_key(hit.target):
                    report.right += 1
                    found.add(key)
                elif want is not None:
                    misses.append(f"  wrong English  line {number}: '{hit.source}' = "
                                  f"'{hit.target}', gold '{want}'")
                else:
                    misses.append(f"  false mark     line {number}: '{hit.source}' = "
                                  f"'{hit.target}'")
        for (number, a, b), en in sorted(gold.items()):
            if (number, a, b) not in found and not any(
                m.startswith("  wrong English  line") and f"line {number}: '{texts[number][a:b]}'"
                in m for m in misses
            ):
                misses.append(f"  missed         line {number}: '{texts[number][a:b]}' = '{en}'")
        if misses:
            report.misses[article.name] = misses
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--glossary", type=Path, default=None,
                        help="glossary file (default: the default glossary)")
    parser.add_argument("--quiet", action="store_true", help="figures only, no misses")
    args = parser.parse_args(argv)
    path = args.glossary or default_glossary_path()
    if path is None:
        print("no glossary found; pass --glossary FILE")
        return 2
    glossary = load_glossary(path)
    report = evaluate(glossary)
    if not args.quiet:
        for name, misses in report.misses.items():
            print(name)
            print("\n".join(misses))
    print(f"{glossary.stamp}: {report.articles} articles, {report.gold} gold marks, "
          f"{report.marks} marks, {report.right} right")
    print(f"precision {report.precision:.3f}  recall {report.recall:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
