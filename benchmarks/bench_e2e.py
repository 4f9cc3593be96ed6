"""End-to-end ``ttdn-i18n translate`` (whole process) against bare CTranslate2 and argostranslate.

Run from the project root::

    .venv/bin/python benchmarks/bench_e2e.py --sizes 3,30 --reps 2
    .venv/bin/python benchmarks/bench_e2e.py --presets --fixed      # issue 14 parts 2 and 3

What is timed (issue 14, "Honest speed goals"):

* **ttdn**: ``ttdn-i18n translate SET --to en,lo,km --out FRESH --quiet --json`` as a
  user runs it, a new process each time (interpreter start, imports, glossary,
  parsing, model load, MT, XLIFF, teardown), under ``/usr/bin/time`` for its
  peak RSS.  A fresh ``--out`` every time, so the translation memory and the MT
  cache (``OUT/ttdn-mt-cache.sqlite``) start empty.
* **floor**: bare ``ctranslate2.Translator.translate_batch`` in a separate
  process on the pre-tokenized unique MT sentences of the same set, decoding
  only (model load and tokenization not timed), same decoding options as the
  CLI defaults (int8, beam 4, 3 hypotheses, cap 3x+10 per batch).  Four
  configurations, the fastest of each round is the floor.
* **argos**: ``argostranslate.translate`` one sentence at a time with
  ``intra_threads=1`` (its best setting on these 2-core VMs), decoding only;
  the MiniSBD splitter is patched out as in ``bench_translate.py`` (it would
  download a model).  Skipped with a message when ``argostranslate`` is missing.

The sets of 30 and 300 articles are distinct copies of the 3 articles in
``examples/articles``: copy k puts `` k.`` before every full stop, so nearly every
sentence is new and neither dedupe nor the MT cache shrinks the work (the
unique-sentence count of each set is printed).  Variants run interleaved
round by round because the machine is shared; ratios are medians of per-round
ratios.  Packages with random weights (``mt.testing.build_argos_package``,
realistic = 6+6 layers d512 int8) are built once into ``--work``.
"""

# ruff: noqa: B023  (the per-language closures run inside their own loop iteration)
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"
PAGES = ROOT / "tests" / "data" / "pages"
TTDN = ROOT / ".venv" / "bin" / "ttdn-i18n"
BEAM, NBEST, BATCH = 4, 3, 32
_RESULT = "@@RESULT@@ "


# ------------------------------------------------------------------ helpers


def _sentences(folder: Path) -> list[str]:
    from ttdn_i18n.sources import find_articles, load_article

    seen: dict[str, None] = {}
    for f in find_articles([folder]):
        for seg in load_article(f).segments:
            if seg.send_to_mt:
                seen.setdefault(seg.text)
    return list(seen)


def _make_set(dest: Path, n: int) -> Path:
    files = sorted(p for p in EXAMPLES.iterdir() if p.is_file())
    if dest.exists():
        return dest
    dest.mkdir(parents=True)
    copies = max(1, n // len(files))
    for k in range(copies):
        for f in files:
            text = f.read_text(encoding="utf-8")
            if k:
                text = re.sub(r"\.(?=\s|$|<)", f" {k + 1}.", text, flags=re.MULTILINE)
            (dest / f"{f.stem}-{k + 1:03d}{f.suffix}").write_text(text, encoding="utf-8")
    return dest


def _vmhwm_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def _run_child(task: str, spec: dict[str, Any], env: dict[str, str]) -> dict[str, Any]:
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", task,
                           json.dumps(spec)], env=env, capture_output=True, text=True,
                          check=False)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith(_RESULT)]
    if proc.returncode != 0 or not lines:
        sys.stderr.write(proc.stdout[-2000:] + proc.stderr[-3000:])
        raise SystemExit(f"child {task} failed ({proc.returncode})")
    out: dict[str, Any] = json.loads(lines[-1][len(_RESULT):])
    return out


def _timed(cmd: list[str], env: dict[str, str]) -> tuple[float, int, str]:
    """Wall seconds and peak RSS (kB, /usr/bin/time %M) of one whole process."""
    with tempfile.NamedTemporaryFile(suffix=".time") as tf:
        t0 = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-o", tf.name, "-f", "%M", *cmd], env=env,
                              capture_output=True, text=True, check=False)
        wall = time.perf_counter() - t0
        if proc.returncode != 0:
            sys.stderr.write(proc.stderr[-3000:])
            raise SystemExit(f"{cmd[:3]} failed ({proc.returncode})")
        rss = int(Path(tf.name).read_text().split()[-1])
    return wall, rss, proc.stdout


# --------------------------------------------------------------- child side


def _child_build(spec: dict[str, Any]) -> dict[str, Any]:
    from ttdn_i18n.mt.packages import install_package
    from ttdn_i18n.mt.testing import build_argos_package, builtin_corpus

    train = _sentences(EXAMPLES) + builtin_corpus()
    out = {}
    for i, tgt in enumerate(spec["langs"]):
        kw: dict[str, Any] = {"realistic": True, "vocab_size": 8000} if spec["realistic"] else {}
        archive = build_argos_package(Path(spec["archives"]), from_code="vi", to_code=tgt,
                                      seed=i, train_text=train, **kw)
        out[tgt] = str(install_package(archive, Path(spec["packages"])).path)
        archive.unlink()
    return out


def _batches_like_translate(tokens: list[list[str]]) -> list[tuple[list[list[str]], int]]:
    """The batches ``translate`` makes (``mt.ctranslate2._batches``, default options):
    one length class per batch, a padding row of the class length when no sentence
    has it; with the decoding cap of the class.  ``tokens`` end with ``</s>``."""
    from ttdn_i18n.mt.ctranslate2 import _batches, batch_rows
    from ttdn_i18n.mt.engine import DecodeOptions

    opts = DecodeOptions()
    items = sorted(((str(i), t[:-1]) for i, t in enumerate(tokens)), key=lambda x: len(x[1]))
    return [(batch_rows(batch, padded, (), ("</s>",), "</s>"), opts.max_length(padded))
            for batch, padded in _batches(items, opts)]


def _child_floor(spec: dict[str, Any]) -> dict[str, Any]:
    import ctranslate2
    import sentencepiece as spm

    sentences = _sentences(Path(spec["set"]))
    kw = dict(beam_size=spec.get("beam", BEAM), num_hypotheses=spec.get("nbest", NBEST),
              return_scores=True, return_end_token=True, max_input_length=1024,
              replace_unknowns=True)
    times: dict[str, float] = {}
    for model_dir in spec["models"].values():
        sp = spm.SentencePieceProcessor(model_file=str(Path(model_dir) / "sentencepiece.model"))
        tokens = [sp.encode(s, out_type=str) + ["</s>"] for s in sentences]
        cap = int(3 * max(len(t) for t in tokens) + 10)
        tr = {th: ctranslate2.Translator(str(Path(model_dir) / "model"), device="cpu",
                                         compute_type="int8", inter_threads=th[0],
                                         intra_threads=th[1]) for th in ((2, 1), (1, 2))}
        for t in tr.values():
            t.translate_batch(tokens[:2], **kw)  # warm-up

        like_translate = _batches_like_translate(tokens)

        def buckets_async(t: Any = tr[(2, 1)]) -> None:
            pending = [t.translate_batch(b, max_batch_size=len(b), asynchronous=True,
                                         max_decoding_length=cap_b, **kw)
                       for b, cap_b in like_translate]
            for p in pending:
                [r.result() for r in p]

        configs = {
            "inter2/intra1 length-class buckets async (translate)": buckets_async,
            "inter2/intra1 one call, 32 examples": lambda t=tr[(2, 1)]: t.translate_batch(
                sorted(tokens, key=len), max_batch_size=BATCH, max_decoding_length=cap, **kw),
            "inter2/intra1 one call, tokens 2048": lambda t=tr[(2, 1)]: t.translate_batch(
                sorted(tokens, key=len), max_batch_size=2048, batch_type="tokens",
                max_decoding_length=cap, **kw),
            "inter1/intra2 one call, 32 examples": lambda t=tr[(1, 2)]: t.translate_batch(
                sorted(tokens, key=len), max_batch_size=BATCH, max_decoding_length=cap, **kw),
        }
        for i, (name, fn) in enumerate(configs.items()):
            if spec.get("only") and i not in spec["only"]:
                continue
            time.sleep(0.2)
            t0 = time.perf_counter()
            fn()
            times[name] = times.get(name, 0.0) + time.perf_counter() - t0
    return {"times": times, "sentences": len(sentences), "peak_kb": _vmhwm_kb()}


def _child_argos(spec: dict[str, Any]) -> dict[str, Any]:
    try:
        from argostranslate import sbd, settings, translate
    except ImportError as exc:
        return {"skipped": f"argostranslate is not installed ({exc})"}
    sbd.MiniSBDSentencizer.split_sentences = lambda self, text: [text]  # offline
    settings.intra_threads = spec["intra"]
    settings.inter_threads = 1
    sentences = _sentences(Path(spec["set"]))
    total = 0.0
    for lang in spec["langs"]:
        tr = translate.get_translation_from_codes("vi", lang)
        if tr is None:
            return {"skipped": f"argostranslate has no vi->{lang} package"}
        tr.translate(sentences[0])
        time.sleep(0.2)
        t0 = time.perf_counter()
        for s in sentences:
            tr.translate(s)
        total += time.perf_counter() - t0
    return {"time": total, "sentences": len(sentences), "peak_kb": _vmhwm_kb()}


def _child_parse(spec: dict[str, Any]) -> dict[str, Any]:
    from ttdn_i18n.sources import load_article

    files = sorted(p for p in PAGES.rglob("*") if p.suffix in (".html", ".txt"))
    load_article(files[0])  # imports and lazy tables
    best = float("inf")
    for _ in range(spec["reps"]):
        t0 = time.perf_counter()
        for f in files:
            load_article(f)
        best = min(best, time.perf_counter() - t0)
    return {"files": len(files), "best_s": best}


_CHILDREN = {"build": _child_build, "floor": _child_floor, "argos": _child_argos,
             "parse": _child_parse}


# -------------------------------------------------------------- parent side


def _ratios(num: list[float], den: list[float]) -> float:
    return statistics.median(a / b for a, b in zip(num, den, strict=True))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="3,30")
    ap.add_argument("--langs", default="en,lo,km")
    ap.add_argument("--reps", type=int, default=2)
    ap.add_argument("--argos-max", type=int, default=3,
                    help="time argostranslate only on sets up to this many articles")
    ap.add_argument("--floor-configs", default="0,1,2,3",
                    help="floor configurations to time (indexes; 0 = what ttdn does)")
    ap.add_argument("--presets", action="store_true", help="--quality draft|standard|best")
    ap.add_argument("--fixed", action="store_true", help="--help, no-model run, parsing")
    ap.add_argument("--no-e2e", action="store_true")
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "ttdn-bench-e2e")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(_RESULT + json.dumps(_CHILDREN[args.child[0]](json.loads(args.child[1]))),
              flush=True)
        return 0

    langs = args.langs.split(",")
    work = args.work
    home = work / "home"
    env = dict(os.environ, XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
               PYTHONPATH=str(ROOT / "src"))
    packages = work / "packages-realistic"
    models_file = work / "models.json"
    if not models_file.exists():
        (work / "archives").mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        models = _run_child("build", {"langs": ["en", "lo", "km"], "realistic": True,
                                      "archives": str(work / "archives"),
                                      "packages": str(packages)}, env)
        models_file.write_text(json.dumps(models))
        print(f"built realistic packages in {time.perf_counter() - t0:.0f} s", flush=True)
    models = json.loads(models_file.read_text())
    menv = dict(env, ARGOS_PACKAGES_DIR=str(packages))
    results: dict[str, Any] = {"load": [], "machine": {
        "nproc": os.cpu_count(), "uname": os.uname().release,
        "commit": subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                                 capture_output=True, text=True).stdout.strip()}}

    def save() -> None:
        if args.json:
            args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False))

    def load() -> float:
        la = os.getloadavg()[0]
        results["load"].append(la)
        return la

    run_no = [0]

    def ttdn(folder: Path, *extra: str, env_: dict[str, str] = menv,
             to: str = ",".join(langs)) -> tuple[float, int, dict[str, Any]]:
        run_no[0] += 1
        # Never reuse an --out folder: its TM and MT cache would skip the work.
        out = Path(tempfile.mkdtemp(prefix=f"run{run_no[0]}-", dir=work))
        wall, rss, stdout = _timed([str(TTDN), "translate", str(folder), "--to", to,
                                    "--out", str(out), "--quiet", "--json", *extra], env_)
        summary = json.loads(stdout)
        shutil.rmtree(out, ignore_errors=True)
        return wall, rss, summary

    if not args.no_e2e:
        for n in [int(s) for s in args.sizes.split(",")]:
            folder = _make_set(work / "sets" / str(n), n)
            n_sent = len(_sentences(folder))
            rows: dict[str, Any] = {"articles": len(list(folder.iterdir())),
                                    "unique_sentences": n_sent, "ttdn": [], "ttdn_rss": [],
                                    "floor": [], "floor_configs": [], "argos": [], "la": []}
            print(f"set {n}: {rows['articles']} articles, {n_sent} unique MT sentences",
                  flush=True)
            for rep in range(args.reps):
                rows["la"].append(load())
                wall, rss, summary = ttdn(folder)
                rows["ttdn"].append(wall)
                rows["ttdn_rss"].append(rss)
                rows["mt_segments"] = sum(x["mt_segments"] for x in summary["languages"])
                fl = _run_child("floor", {"set": str(folder),
                                          "models": {lg: models[lg] for lg in langs},
                                          "only": [int(i) for i in
                                                   args.floor_configs.split(",")]}, env)
                rows["floor_configs"].append(fl["times"])
                rows["floor"].append(min(fl["times"].values()))
                rows["floor_peak_kb"] = fl["peak_kb"]
                if n <= args.argos_max:
                    ar = _run_child("argos", {"set": str(folder), "langs": langs, "intra": 1},
                                    menv)
                    if "skipped" in ar:
                        print("argos:", ar["skipped"], flush=True)
                    else:
                        rows["argos"].append(ar["time"])
                        rows["argos_peak_kb"] = ar["peak_kb"]
                print(f"  round {rep + 1}: load {rows['la'][-1]:.2f} ttdn {wall:.2f} s "
                      f"({rss / 1024:.0f} MB) floor {rows['floor'][-1]:.2f} s "
                      f"{ {k: round(v, 2) for k, v in fl['times'].items()} } argos "
                      f"{rows['argos'][-1] if rows['argos'] else '-'}", flush=True)
            rows["ttdn_over_floor"] = _ratios(rows["ttdn"], rows["floor"])
            if rows["argos"]:
                rows["argos_over_ttdn"] = _ratios(rows["argos"], rows["ttdn"])
            rows["s_per_article"] = statistics.median(rows["ttdn"]) / rows["articles"]
            print(f"  -> ttdn/floor {rows['ttdn_over_floor']:.2f}"
                  + (f", argos/ttdn {rows['argos_over_ttdn']:.2f}" if rows["argos"] else "")
                  + f", {rows['s_per_article']:.3f} s/article", flush=True)
            results[f"set{n}"] = rows
            save()

    if args.presets:
        pres: dict[str, list[float]] = {"draft": [], "standard": [], "best": []}
        for rep in range(args.reps):
            load()
            for q in pres:
                pres[q].append(ttdn(EXAMPLES, "--quality", q)[0])
            print(f"  presets round {rep + 1}: "
                  f"{ {q: round(v[-1], 2) for q, v in pres.items()} } load {results['load'][-1]}",
                  flush=True)
        results["presets"] = {q: {"times": v, "over_standard": _ratios(v, pres["standard"])}
                              for q, v in pres.items()}
        save()

    if args.fixed:
        empty = work / "no-packages"
        empty.mkdir(exist_ok=True)
        nenv = dict(env, ARGOS_PACKAGES_DIR=str(empty))
        one = work / "sets" / "one"
        if not one.exists():
            one.mkdir(parents=True)
            f = sorted(EXAMPLES.iterdir())[1]
            (one / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
        fixed: dict[str, list[float]] = {"python -c pass": [], "ttdn-i18n --help": [],
                                         "no-model translate, 1 article": [],
                                         "no-model translate, 30 articles": []}
        thirty = _make_set(work / "sets" / "30", 30)
        for _ in range(5):
            load()
            fixed["python -c pass"].append(_timed([sys.executable, "-c", "pass"], env)[0])
            fixed["ttdn-i18n --help"].append(_timed([str(TTDN), "--help"], env)[0])
            fixed["no-model translate, 1 article"].append(ttdn(one, env_=nenv)[0])
            fixed["no-model translate, 30 articles"].append(ttdn(thirty, env_=nenv)[0])
        results["fixed"] = {k: statistics.median(v) for k, v in fixed.items()}
        results["parse"] = _run_child("parse", {"reps": 3}, env)
        print(json.dumps(results["fixed"], indent=1), results["parse"], flush=True)
        save()
    print("load averages:", [round(x, 2) for x in results["load"]])
    save()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
