"""Batch translation speed and memory: argostranslate vs bare CTranslate2 vs ``ttdn-i18n translate``.

Run from the project root::

    .venv/bin/python benchmarks/bench_translate.py            # tiny + realistic model (~10 min)
    .venv/bin/python benchmarks/bench_translate.py --quick    # tiny model only (~1 min)

Options: ``--reps N`` (timed repetitions, median reported; default 3),
``--json PATH`` (raw results), ``--profile`` (cProfile one ``translate``
run and print its top costs), ``--keep`` (keep the temporary folder).

All corpus articles in ``../shared/corpus/articles`` are read with
:func:`ttdn_i18n.sources.load_article`; the sentences are the unique,
translatable, non-flagged segments (what MT sees).  Packages with random
weights are built offline by :func:`ttdn_i18n.testing.build_argos_package`
(vi→en, vi→lo, vi→km direct, plus en→lo and en→km for a pivot row) into a
temporary ``ARGOS_PACKAGES_DIR``.  For each model size and output language:

(a) ``argos``: ``argostranslate.translate.get_translation_from_codes("vi", lang)
    .translate(sentence)`` once per sentence, argostranslate's defaults except
    the sentence splitter (see ``_offline_argos``);
(b) ``ct2``: one bare ``ctranslate2.Translator.translate_batch`` call on the
    pre-tokenized sentences with our decoding options: the floor;
(c) ``ttdn``: :func:`ttdn_i18n.batch.translate_paths` in-process over the
    article files, XLIFF 1.2 written to a fresh folder every repetition.

Every variant runs in its own subprocess (so its peak RSS is its own), with
``socket.socket.connect`` patched to refuse and record any connection.  Model
loading is excluded from the timings (one untimed warm-up first); it is shown
as "cold start".
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

__all__ = ["main"]

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT.parent / "shared" / "corpus" / "articles"
LANGS = ("en", "lo", "km")
# Direct packages for every output language (like for like with argos, which
# also picks a direct package), plus English→lo/km legs for the pivot row.
PAIRS = (("vi", "en"), ("vi", "lo"), ("vi", "km"), ("en", "lo"), ("en", "km"))
# Our decoding options (DecodeOptions defaults, the CLI defaults).
BEAM, NBEST, BATCH, CAP_A, CAP_B = 4, 3, 32, 3.0, 10
# The vocabulary the realistic preset asks for; SentencePiece gives at most
# what the training text supports (hard_vocab_limit=False).
REALISTIC_VOCAB = 8000
_RESULT = "@@RESULT@@ "


# ---------------------------------------------------------------- child side


_NET_ATTEMPTS: list[str] = []


def _guard_network() -> None:
    """Refuse and record every outgoing connection of this process."""

    def refuse(self: socket.socket, address: Any, *args: Any) -> Any:
        _NET_ATTEMPTS.append(repr(address))
        raise OSError(f"network disabled by bench_translate (connect to {address!r})")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]


def _rss_now_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def _peak_kb() -> int:
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)  # kB on Linux


def _offline_argos() -> dict[str, str]:
    """Make argostranslate's default sentence splitter offline; return what changed.

    argostranslate 1.11 with the default ``ARGOS_CHUNK_TYPE`` (DEFAULT →
    ARGOSTRANSLATE) gives every package without an embedded splitter a
    ``MiniSBDSentencizer``, whose first ``split_sentences`` builds
    ``minisbd.SBDetect``, which downloads an ONNX model.  ``ARGOS_CHUNK_TYPE=NONE``
    is not implemented (PackageTranslation raises NotImplementedError and the
    package is skipped), STANZA downloads stanza models, SPACY needs
    ``xx_sent_ud_sm``.  So the one change is ``split_sentences`` returning the
    sentence as is: the input is already one sentence, and SBDetect is never
    built.  This makes (a) *faster* than real argostranslate.
    """
    from argostranslate import sbd, settings

    def one_sentence(self: Any, text: str) -> list[str]:
        return [text]

    sbd.MiniSBDSentencizer.split_sentences = one_sentence  # type: ignore[method-assign]
    return {
        "patched": "argostranslate.sbd.MiniSBDSentencizer.split_sentences = lambda t: [t]",
        "chunk_type": settings.chunk_type.name,
        "compute_type": str(settings.compute_type),
        "intra_threads": str(settings.intra_threads),
        "inter_threads": str(settings.inter_threads),
        "beam_size": str(settings.beam_size),
        "batch_size": str(settings.batch_size),
    }


def _time_reps(fn: Any, reps: int) -> list[float]:
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def _child_argos(spec: dict[str, Any]) -> dict[str, Any]:
    start = time.perf_counter()
    from argostranslate import translate

    changes = _offline_argos()
    sentences: list[str] = spec["sentences"]
    out: dict[str, Any] = {"argos_settings": changes, "by_lang": {}}
    translations = {}
    for lang in spec["langs"]:
        translation = translate.get_translation_from_codes("vi", lang)
        if translation is None:
            raise SystemExit(f"argostranslate has no vi→{lang} translation installed")
        translation.translate(sentences[0])  # loads the CTranslate2 model
        translations[lang] = translation
    out["cold_s"] = time.perf_counter() - start
    out["rss_loaded_kb"] = _rss_now_kb()
    for lang, translation in translations.items():

        def run(t: Any = translation) -> None:
            for s in sentences:
                t.translate(s)

        out["by_lang"][lang] = {
            "times": _time_reps(run, spec["reps"]),
            "kind": type(getattr(translation, "underlying", translation)).__name__,
            "sample": translation.translate(sentences[1])[:80],
        }
    return out


def _child_ct2(spec: dict[str, Any]) -> dict[str, Any]:
    start = time.perf_counter()
    import ctranslate2
    import sentencepiece as spm

    from ttdn_i18n.mt import cpu_threads

    supported = ctranslate2.get_supported_compute_types("cpu")
    compute = "int8" if "int8" in supported else "default"
    out: dict[str, Any] = {"compute_type": compute, "intra_threads": cpu_threads(),
                           "by_lang": {}}
    loaded = {}
    for lang, model_dir in spec["models"].items():
        translator = ctranslate2.Translator(
            str(Path(model_dir) / "model"), device="cpu", compute_type=compute,
            intra_threads=cpu_threads(), inter_threads=1,
        )
        sp = spm.SentencePieceProcessor(model_file=str(Path(model_dir) / "sentencepiece.model"))
        tokens = [sp.encode(s, out_type=str) for s in spec["sentences"]]
        translator.translate_batch(tokens[:1], beam_size=BEAM, num_hypotheses=NBEST)
        loaded[lang] = (translator, tokens)
    out["cold_s"] = time.perf_counter() - start
    out["rss_loaded_kb"] = _rss_now_kb()
    for lang, (translator, tokens) in loaded.items():
        cap = int(CAP_A * max(len(t) for t in tokens) + CAP_B)
        results: list[Any] = []

        def run(tr: Any = translator, toks: Any = tokens, c: int = cap) -> None:
            results[:] = tr.translate_batch(
                toks, max_batch_size=BATCH, batch_type="examples", beam_size=BEAM,
                num_hypotheses=NBEST, return_scores=True, return_end_token=True,
                max_decoding_length=c, max_input_length=1024, replace_unknowns=True,
            )

        times = _time_reps(run, spec["reps"])
        out["by_lang"][lang] = {
            "times": times,
            "max_decoding_length": cap,
            "target_tokens": statistics.mean(len(r.hypotheses[0]) for r in results),
        }
    return out


def _child_ttdn(spec: dict[str, Any]) -> dict[str, Any]:
    start = time.perf_counter()
    from ttdn_i18n.batch import translate_paths
    from ttdn_i18n.mt import DecodeOptions

    decode = DecodeOptions(beam_size=BEAM, num_hypotheses=NBEST, max_batch_size=BATCH,
                           length_cap=(CAP_A, CAP_B))
    work = Path(spec["work"])
    prefer = spec.get("prefer")
    # Warm-up on one article: loads every engine of the routes (cached per process).
    translate_paths([spec["warmup"]], work / "warmup", spec["langs"], decode=decode,
                    model=prefer)
    out: dict[str, Any] = {"cold_s": time.perf_counter() - start,
                           "rss_loaded_kb": _rss_now_kb(), "by_lang": {}}
    groups: list[list[str]] = [[lang] for lang in spec["langs"]]
    if spec.get("combined") and len(spec["langs"]) > 1:
        groups.append(list(spec["langs"]))
    profile = spec.get("profile")
    for group in groups:
        key = ",".join(group)
        summaries: list[Any] = []
        count = [0]

        def run(g: list[str] = group, k: str = key) -> None:
            count[0] += 1
            fresh = work / f"out-{k.replace(',', '_')}-{count[0]}"  # no resume-skipping
            summaries.append(translate_paths(spec["paths"], fresh, g, decode=decode,
                                             model=prefer))

        times = _time_reps(run, spec["reps"])
        s = summaries[-1]
        out["by_lang"][key] = {
            "times": times,
            "files_written": s.files_written,
            "articles": s.articles,
            "mt_segments": sum(x.mt_segments for x in s.languages),
            "capped_segments": sum(x.capped_segments for x in s.languages),
            "route": ",".join(x.route for x in s.languages),
        }
    if profile:
        import cProfile
        import io
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        translate_paths(spec["paths"], work / "out-profile", spec["langs"][:1], decode=decode,
                        model=prefer)
        prof.disable()
        buf = io.StringIO()
        stats = pstats.Stats(prof, stream=buf)
        stats.sort_stats("tottime").print_stats(18)
        stats.sort_stats("cumulative").print_stats(r"ttdn_i18n", 25)
        out["profile"] = buf.getvalue()
    return out


def _child_build(spec: dict[str, Any]) -> dict[str, Any]:
    import sentencepiece as spm

    from ttdn_i18n.packages import install_package
    from ttdn_i18n.testing import build_argos_package

    start = time.perf_counter()
    archives = Path(spec["archives"])
    packages = Path(spec["packages"])
    installed: dict[str, str] = {}
    vocab = 0
    for i, (src, tgt) in enumerate(PAIRS):
        kwargs: dict[str, Any] = {"realistic": True, "vocab_size": REALISTIC_VOCAB} \
            if spec["realistic"] else {}
        archive = build_argos_package(archives, from_code=src, to_code=tgt, seed=i,
                                      train_text=spec["train_text"], **kwargs)
        info = install_package(archive, packages)
        installed[f"{src}-{tgt}"] = str(info.path)
        vocab = spm.SentencePieceProcessor(
            model_file=str(info.path / "sentencepiece.model")).get_piece_size()
        if spec["realistic"]:
            archive.unlink()  # 46 MB each; the installed folder is what is used
    return {"installed": installed, "vocab": vocab, "build_s": time.perf_counter() - start}


_CHILDREN = {"argos": _child_argos, "ct2": _child_ct2, "ttdn": _child_ttdn,
             "build": _child_build}


def _child_main(spec_path: str) -> int:
    _guard_network()
    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    result = _CHILDREN[spec["task"]](spec)
    result["peak_rss_kb"] = _peak_kb()
    result["net_attempts"] = list(_NET_ATTEMPTS)
    print(_RESULT + json.dumps(result, ensure_ascii=False), flush=True)
    return 0


# ---------------------------------------------------------------- parent side


def _run_child(spec: dict[str, Any], env: dict[str, str], work: Path) -> dict[str, Any]:
    spec_path = work / f"spec-{spec['task']}-{time.monotonic_ns()}.json"
    spec_path.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", str(spec_path)],
        env=env, capture_output=True, text=True, check=False,
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith(_RESULT)]
    if proc.returncode != 0 or not lines:
        sys.stderr.write(proc.stdout[-3000:] + proc.stderr[-3000:])
        raise SystemExit(f"benchmark child '{spec['task']}' failed (exit {proc.returncode})")
    result: dict[str, Any] = json.loads(lines[-1][len(_RESULT):])
    return result


def _corpus() -> tuple[list[Path], list[str], int]:
    from ttdn_i18n.sources import find_articles, load_article

    files = find_articles([ARTICLES])
    sentences: dict[str, None] = {}
    segments = 0
    for f in files:
        art = load_article(f)
        segments += len(art.segments)
        for seg in art.segments:
            if seg.send_to_mt:
                sentences.setdefault(seg.text)
    return files, list(sentences), segments


def _copies(files: list[Path], dest: Path, times: int, distinct: bool) -> Path:
    """``times`` copies of the corpus under new names; ``distinct`` makes every
    copy's sentences unique (a copy number before each full stop) so MT work
    grows with the input instead of being deduplicated away."""
    dest.mkdir(parents=True, exist_ok=True)
    for k in range(times):
        for f in files:
            text = f.read_text(encoding="utf-8")
            if distinct and k:
                text = re.sub(r"\.(?=\s|$)", f" {k + 1}.", text, flags=re.MULTILINE)
            (dest / f"{f.stem}-copy{k + 1}{f.suffix}").write_text(text, encoding="utf-8")
    return dest


def _unique_mt_sentences(folder: Path) -> int:
    from ttdn_i18n.sources import find_articles, load_article

    texts = {s.text for f in find_articles([folder]) for s in load_article(f).segments
             if s.send_to_mt}
    return len(texts)


def _median(times: list[float]) -> float:
    return statistics.median(times)


def _mb(kb: int) -> str:
    return f"{kb / 1024:.0f}"


def _machine() -> dict[str, str]:
    def sh(*cmd: str) -> str:
        try:
            return subprocess.run(cmd, capture_output=True, text=True, check=False).stdout.strip()
        except OSError:
            return "?"

    model = next((ln.split(":", 1)[1].strip() for ln in sh("lscpu").splitlines()
                  if ln.startswith("Model name")), "?")
    mem_kb = next((int(ln.split()[1]) for ln in Path("/proc/meminfo").read_text().splitlines()
                   if ln.startswith("MemTotal")), 0)
    import ctranslate2

    return {
        "commit": sh("git", "-C", str(ROOT), "rev-parse", "--short", "HEAD") or "?",
        "dirty": "yes" if sh("git", "-C", str(ROOT), "status", "--porcelain", "src") else "no",
        "nproc": sh("nproc"),
        "cpu": model,
        "ram": f"{mem_kb / 1024 / 1024:.0f} GiB",
        "python": platform.python_version(),
        "ctranslate2": ctranslate2.__version__,
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def _bench_model(name: str, realistic: bool, args: argparse.Namespace, work: Path,
                 base_env: dict[str, str], files: list[Path], sentences: list[str],
                 train_text: list[str]) -> dict[str, Any]:
    mwork = work / name
    packages = mwork / "packages"
    env = dict(base_env, ARGOS_PACKAGES_DIR=str(packages))
    print(f"[{name}] building {len(PAIRS)} packages ...", flush=True)
    build = _run_child({"task": "build", "realistic": realistic, "train_text": train_text,
                        "archives": str(mwork / "archives"), "packages": str(packages)},
                       env, work)
    print(f"[{name}] built in {build['build_s']:.0f} s, vocab {build['vocab']}", flush=True)
    warmup = min(files, key=lambda f: f.stat().st_size)
    res: dict[str, Any] = {"build": build}

    print(f"[{name}] (a) argostranslate per sentence ...", flush=True)
    res["argos"] = _run_child({"task": "argos", "sentences": sentences, "langs": list(LANGS),
                               "reps": args.reps}, env, work)
    print(f"[{name}] (b) bare CTranslate2 ...", flush=True)
    res["ct2"] = _run_child({"task": "ct2", "sentences": sentences, "reps": args.reps,
                             "models": {t: build["installed"][f"vi-{t}"] for t in LANGS}},
                            env, work)
    print(f"[{name}] (c) ttdn translate_paths ...", flush=True)
    ttdn_spec = {"task": "ttdn", "paths": [str(ARTICLES)], "langs": list(LANGS),
                 "reps": args.reps, "warmup": str(warmup), "combined": True,
                 "work": str(mwork / "ttdn"), "profile": args.profile and realistic}
    res["ttdn"] = _run_child(ttdn_spec, env, work)
    print(f"[{name}] (c) pivot through en for lo, km ...", flush=True)
    res["ttdn_pivot"] = _run_child(dict(ttdn_spec, langs=["lo", "km"], prefer="pivot",
                                        combined=False, profile=False,
                                        work=str(mwork / "pivot")), env, work)

    print(f"[{name}] memory: (c) en over N, 4N duplicated, 4N distinct articles ...",
          flush=True)
    mem: dict[str, Any] = {}
    inputs = {
        "N": ARTICLES,
        "4N duplicated": _copies(files, mwork / "corpus-4n-dup", 4, distinct=False),
        "4N distinct": _copies(files, mwork / "corpus-4n-distinct", 4, distinct=True),
    }
    for label, folder in inputs.items():
        r = _run_child({"task": "ttdn", "paths": [str(folder)], "langs": ["en"], "reps": 1,
                        "warmup": str(warmup), "work": str(mwork / f"mem-{len(mem)}")},
                       env, work)
        r["unique_sentences"] = _unique_mt_sentences(folder)
        mem[label] = r
    res["memory"] = mem
    return res


def _tables(results: dict[str, Any], n_sent: int) -> str:
    rows = [
        "| model | lang | (a) argos sent/s | (b) ct2 floor sent/s | (c) ttdn sent/s "
        "| (a)→(c) speed-up (target ≥ 4×) | (c)/(b) time (target ≤ 1.15×) "
        "| (c) capped |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, res in results.items():
        for lang in LANGS:
            ta = _median(res["argos"]["by_lang"][lang]["times"])
            tb = _median(res["ct2"]["by_lang"][lang]["times"])
            c = res["ttdn"]["by_lang"][lang]
            tc = _median(c["times"])
            rows.append(
                f"| {name} | vi→{lang} | {n_sent / ta:.1f} | {n_sent / tb:.1f} | "
                f"{n_sent / tc:.1f} | {ta / tc:.1f}× | {tc / tb:.2f}× | "
                f"{c['capped_segments']}/{c['mt_segments']} |"
            )
        combined = res["ttdn"]["by_lang"].get(",".join(LANGS))
        if combined:
            ta = sum(_median(res["argos"]["by_lang"][lang]["times"]) for lang in LANGS)
            tb = sum(_median(res["ct2"]["by_lang"][lang]["times"]) for lang in LANGS)
            tc = _median(combined["times"])
            n3 = n_sent * len(LANGS)
            rows.append(
                f"| {name} | en+lo+km in one run | {n3 / ta:.1f} | {n3 / tb:.1f} | "
                f"{n3 / tc:.1f} | {ta / tc:.1f}× | {tc / tb:.2f}× | "
                f"{combined['capped_segments']}/{combined['mt_segments']} |"
            )
        for lang in ("lo", "km"):
            p = res["ttdn_pivot"]["by_lang"][lang]
            tp = _median(p["times"])
            rows.append(f"| {name} | vi→en→{lang} (pivot, c only) | | | {n_sent / tp:.1f} "
                        f"| | | {p['capped_segments']}/{p['mt_segments']} |")
    rows += [
        "",
        "| model | variant | cold start s | RSS after load MB | peak RSS MB |",
        "|---|---|---:|---:|---:|",
    ]
    for name, res in results.items():
        for key, label in (("argos", "(a) argos, 3 models"), ("ct2", "(b) ct2, 3 models"),
                           ("ttdn", "(c) ttdn, 3 models"),
                           ("ttdn_pivot", "(c) ttdn pivot, 3 models")):
            r = res[key]
            rows.append(f"| {name} | {label} | {r['cold_s']:.1f} | {_mb(r['rss_loaded_kb'])} "
                        f"| {_mb(r['peak_rss_kb'])} |")
    rows += [
        "",
        "| model | (c) vi→en over | articles | unique MT sentences | time s "
        "| RSS after load MB | peak RSS MB | growth over load MB |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, res in results.items():
        for label, r in res["memory"].items():
            c = r["by_lang"]["en"]
            rows.append(
                f"| {name} | {label} | {c['articles']} | {r['unique_sentences']} "
                f"| {c['times'][0]:.2f} | {_mb(r['rss_loaded_kb'])} | {_mb(r['peak_rss_kb'])} "
                f"| {(r['peak_rss_kb'] - r['rss_loaded_kb']) / 1024:.0f} |"
            )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny model only")
    parser.add_argument("--reps", type=int, default=3, help="timed repetitions (median)")
    parser.add_argument("--json", type=Path, help="write the raw results here")
    parser.add_argument("--profile", action="store_true",
                        help="cProfile one (c) run with the realistic model, print top costs")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _child_main(args.child)
    _guard_network()
    if not ARTICLES.is_dir():
        print(f"../shared not found: {ARTICLES} holds the corpus this benchmark reads")
        return 2
    from ttdn_i18n.testing import builtin_corpus

    started = time.perf_counter()
    files, sentences, segments = _corpus()
    # Corpus sentences for realistic Vietnamese pieces, plus the built-in
    # en/lo/km phrases so every script has pieces too.
    train_text = sentences + builtin_corpus()
    machine = _machine()
    print(f"corpus: {len(files)} articles, {segments} segments, {len(sentences)} unique "
          f"sentences sent to MT; {machine['nproc']} cores, load {machine['load']}", flush=True)
    work = Path(tempfile.mkdtemp(prefix="ttdn-bench-"))
    home = work / "home"
    # argostranslate.settings creates folders and reads settings.json under the
    # XDG folders at import time: keep both away from the user's home.
    base_env = dict(os.environ, XDG_DATA_HOME=str(home / "data"),
                    XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
                    PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT / "src"),
                                                             os.environ.get("PYTHONPATH")])))
    results: dict[str, Any] = {}
    try:
        models = [("tiny", False)] + ([] if args.quick else [("realistic", True)])
        for name, realistic in models:
            results[name] = _bench_model(name, realistic, args, work, base_env, files,
                                         sentences, train_text)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    children = [r for res in results.values() for r in res.values() if isinstance(r, dict)]
    children += [r for res in results.values() for r in res.get("memory", {}).values()]
    attempts = sorted({a for r in children for a in r.get("net_attempts", [])})
    total = time.perf_counter() - started
    print()
    print(_tables(results, len(sentences)))
    print()
    for name, res in results.items():
        print(f"{name}: vocab {res['build']['vocab']}; argos settings "
              f"{res['argos']['argos_settings']}; ct2 {res['ct2']['compute_type']} "
              f"intra_threads={res['ct2']['intra_threads']}; argos translation kinds "
              + ", ".join(f"{k}={v['kind']}" for k, v in res["argos"]["by_lang"].items()))
    print("network attempts: " + (", ".join(attempts) if attempts else "none"))
    print(f"machine: {machine}")
    print(f"sentences: {len(sentences)} unique from {len(files)} articles; reps {args.reps} "
          f"(median); total {total:.0f} s")
    for res in results.values():
        if "profile" in res["ttdn"]:
            print(res["ttdn"]["profile"])
    if args.json:
        args.json.write_text(json.dumps({"machine": machine, "sentences": len(sentences),
                                         "results": results}, ensure_ascii=False, indent=1),
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
