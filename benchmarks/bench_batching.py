"""How the engine's batching trades speed for batch-invariant output.

Run from the project root::

    .venv/bin/python benchmarks/bench_batching.py                  # the 30-article set
    .venv/bin/python benchmarks/bench_batching.py --set examples/articles --reps 3

For the unique MT sentences of a set (the 30-article set is built as in
``bench_e2e.py``: distinct copies of ``examples/articles``) and the realistic
random vi→en model (6+6 layers, d512, int8; built once into ``--work`` like
``bench_e2e.py`` does), bare CTranslate2 decodes the sentences, inter 2 ×
intra 1, beam 4, 3 hypotheses, cap 3n+10:

* **one padded call**: sorted, 32 per batch, the whole list in one call (the
  fastest; a sentence's output depends on its batch);
* **class k**: what ``translate`` does with ``DecodeOptions(length_class=k)``
  (``mt.ctranslate2._batches``: one length class per batch, a padding row of
  exactly the class length when no sentence has it, all batches queued at once).
  k = 1 is the equal-length batching of before.

Then, for each k and a sample of sentences, each sentence is decoded alone (with
its padding row) and compared with its batched result: the "differ" column
must be 0.  Only decoding is timed (tokenization and model load are not).

``--memory K,BATCH,TOKENS`` instead decodes once with that length class, batch
size and token budget and prints the peak RSS (``VmHWM``) of this process; run
it once per configuration (a process keeps its peak)::

    .venv/bin/python benchmarks/bench_batching.py --memory 8,32,1024
    .venv/bin/python benchmarks/bench_batching.py --memory 8,16,1024 --set SETS/300
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_e2e  # noqa: E402  (benchmarks are scripts, not a package)

ROOT = Path(__file__).resolve().parents[1]
KW: dict[str, Any] = {"beam_size": 4, "num_hypotheses": 3, "return_scores": True,
                      "max_input_length": 1024, "replace_unknowns": True}


def _class_batches(items: list[tuple[str, list[str]]], k: int, eos: str, size: int = 32,
                   tokens: int = 1024) -> list[tuple[list[str], list[list[str]], int]]:
    """(sentences, rows with the padding row, decoding cap) per batch, as the engine."""
    from ttdn_i18n.mt.ctranslate2 import _batches, batch_rows
    from ttdn_i18n.mt.engine import DecodeOptions

    opts = DecodeOptions(length_class=k, max_batch_size=size, max_batch_tokens=tokens)
    return [([s for s, _ in batch], batch_rows(batch, padded, (), (eos,), eos),
             opts.max_length(padded)) for batch, padded in _batches(items, opts)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", type=Path, help="a folder of articles (default: the 30-article set)")
    ap.add_argument("--classes", default="1,2,4,8")
    ap.add_argument("--reps", type=int, default=2)
    ap.add_argument("--sample", type=int, default=40, help="sentences checked alone per class")
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "ttdn-bench-e2e")
    ap.add_argument("--memory", help="K,BATCH,TOKENS: one decode, then print the peak RSS")
    args = ap.parse_args(argv)

    import ctranslate2
    import sentencepiece as spm

    packages = args.work / "packages-realistic"
    if not (packages / "translate-vi_en").exists():
        bench_e2e.main(["--work", str(args.work), "--no-e2e"])  # builds the packages
    model_dir = packages / "translate-vi_en"
    folder = args.set or bench_e2e._make_set(args.work / "sets" / "30", 30)
    sentences = bench_e2e._sentences(folder)
    sp = spm.SentencePieceProcessor(model_file=str(model_dir / "sentencepiece.model"))
    items = sorted(((s, sp.encode(s, out_type=str)) for s in sentences), key=lambda x: len(x[1]))
    eos = "</s>"
    tr = ctranslate2.Translator(str(model_dir / "model"), device="cpu", compute_type="int8",
                                inter_threads=2, intra_threads=1)
    tr.translate_batch([[*items[0][1], eos]], **KW)  # warm-up
    if args.memory:
        return _memory(tr, items, eos, args.memory)
    classes = [int(k) for k in args.classes.split(",")]
    plans = {k: _class_batches(items, k, eos) for k in classes}

    def padded_call() -> None:
        rows = [[*t, eos] for _, t in items]
        tr.translate_batch(rows, max_batch_size=32,
                           max_decoding_length=int(3 * max(len(r) for r in rows) + 10), **KW)

    def classed(k: int) -> dict[str, Any]:
        pending = [(owners, tr.translate_batch(rows, max_batch_size=len(rows), asynchronous=True,
                                               max_decoding_length=cap, **KW))
                   for owners, rows, cap in plans[k]]
        return {s: r.result().hypotheses for owners, futures in pending
                for s, r in zip(owners, futures, strict=False)}

    times: dict[str, list[float]] = {"one padded call": []} | {f"class {k}": [] for k in classes}
    results: dict[int, dict[str, Any]] = {}
    for _ in range(args.reps):
        t0 = time.perf_counter()
        padded_call()
        times["one padded call"].append(time.perf_counter() - t0)
        for k in classes:
            t0 = time.perf_counter()
            results[k] = classed(k)
            times[f"class {k}"].append(time.perf_counter() - t0)
    floor = statistics.median(times["one padded call"])
    print(f"{len(items)} sentences from {folder}; inter 2 x intra 1, beam 4, 3 hypotheses")
    print("| batching | batches | rows decoded | seconds (median) | ÷ one padded call | "
          "alone ≠ batched |")
    print("|---|---:|---:|---:|---:|---:|")
    print(f"| one padded call | | {len(items)} | {floor:.2f} | 1.00 | (not invariant) |")
    step = max(1, len(items) // args.sample)
    for k in classes:
        differ = 0
        for s, toks in items[::step]:
            ((owners, rows, cap),) = _class_batches([(s, toks)], k, eos)
            alone = tr.translate_batch(rows, max_batch_size=len(rows),
                                       max_decoding_length=cap, **KW)[0]
            differ += alone.hypotheses != results[k][s]
        med = statistics.median(times[f"class {k}"])
        rows_total = sum(len(r) for _, r, _ in plans[k])
        print(f"| class {k} | {len(plans[k])} | {rows_total} | {med:.2f} | {med / floor:.2f} | "
              f"{differ} / {len(items[::step])} |")
    print(json.dumps({k: [round(x, 2) for x in v] for k, v in times.items()}))
    return 0


def _memory(tr: Any, items: list[tuple[str, list[str]]], eos: str, spec: str) -> int:
    k, size, tokens = (int(x) for x in spec.split(","))
    t0 = time.perf_counter()
    pending = [tr.translate_batch(rows, max_batch_size=len(rows), asynchronous=True,
                                  max_decoding_length=cap, **KW)
               for _, rows, cap in _class_batches(items, k, eos, size, tokens)]
    for futures in pending:
        [f.result() for f in futures]
    seconds = time.perf_counter() - t0
    hwm = bench_e2e._vmhwm_kb() // 1024
    print(f"{len(items)} sentences, class {k}, batch {size}, {tokens} tokens: "
          f"{seconds:.1f} s, peak RSS {hwm} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
