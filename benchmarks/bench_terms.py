"""Term adherence on the corpus, per language and per enforcement strategy.

    .venv/bin/python benchmarks/bench_terms.py [--realistic]

Builds a vi→en and an en→lo package with ttdn_i18n.mt.testing (random weights,
SentencePiece trained on the corpus), translates every corpus article with the
starter glossary under each ``--terms`` strategy, and prints

    approved target present / term occurrences

per language. With random weights the figure says little about quality; what
matters is that it is computed exactly (see tests/test_pipeline.py) and that the
same script gives the real figure once an office installs real models: run it
with ``--installed`` to use the models in ARGOS_PACKAGES_DIR instead.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "articles"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--installed", action="store_true",
                        help="use the models already in ARGOS_PACKAGES_DIR")
    parser.add_argument("--realistic", action="store_true",
                        help="build 6+6-layer int8 models instead of tiny ones")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} not found (the corpus lives in ../shared)", file=sys.stderr)
        return 0

    from ttdn_i18n.pipeline import TERM_STRATEGIES, translate_articles
    from ttdn_i18n.sources import find_articles, load_article
    from ttdn_i18n.terms.glossary import load_glossary

    articles = [load_article(p) for p in find_articles([CORPUS])]
    glossary = load_glossary(ROOT / "src" / "ttdn_i18n" / "glossaries" / "ttdn-starter.tbx")

    if not args.installed:
        from ttdn_i18n.mt.packages import install_package
        from ttdn_i18n.mt.testing import build_argos_package

        tmp = Path(tempfile.mkdtemp(prefix="ttdn-bench-terms-"))
        os.environ["ARGOS_PACKAGES_DIR"] = str(tmp / "packages")
        text = [s.text for a in articles for s in a.segments]
        for src, tgt in (("vi", "en"), ("en", "lo")):
            pkg = build_argos_package(tmp / "build", from_code=src, to_code=tgt,
                                      train_text=text, realistic=args.realistic)
            install_package(pkg)

    print(f"{len(articles)} articles, glossary {glossary.stamp}")
    header = ("strategy", "lang", "present", "total", "adherence", "seconds")
    print("{:<8} {:<4} {:>7} {:>6} {:>9} {:>8}".format(*header))
    for strategy in TERM_STRATEGIES:
        start = time.perf_counter()
        docs = translate_articles(articles, ["en", "lo"], glossary=glossary, terms=strategy)
        seconds = time.perf_counter() - start
        for lang in ("en", "lo"):
            present = total = 0
            for doc in docs:
                if doc.target_lang != lang:
                    continue
                for unit in doc.units:
                    if unit.origin != "mt" or not unit.target:
                        continue
                    for hit in unit.terms:
                        if hit.target:
                            total += 1
                            present += int(bool(hit.present))
            rate = f"{present / total:.1%}" if total else "-"
            print(f"{strategy:<8} {lang:<4} {present:>7} {total:>6} {rate:>9} {seconds:>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
