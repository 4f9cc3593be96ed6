"""Batch translation speed and memory: argostranslate, bare CTranslate2, ``ttdn-i18n translate``.

Run from the project root::

    .venv/bin/python benchmarks/bench_translate.py            # tiny + realistic (~8-10 min)
    .venv/bin/python benchmarks/bench_translate.py --quick    # tiny model only (~1 min)

Options: ``--reps N`` (timed rounds, median reported; default 3),
``--json PATH`` (raw results, saved after every step), ``--profile``
(cProfile one realistic ``translate`` run and print its top costs),
``--extras`` (also en+lo+km in one run, and lo/km through the en pivot),
``--keep`` (keep the temporary folder).

All corpus articles in ``../shared/corpus/articles`` are read with
:func:`ttdn_i18n.sources.load_article`; the sentences are the unique,
translatable, non-flagged segments (what MT sees).  Packages with random
weights are built offline by :func:`ttdn_i18n.mt.testing.build_argos_package`
(vi→en, vi→lo, vi→km direct, plus en→lo and en→km for a pivot row) into a
temporary ``ARGOS_PACKAGES_DIR``.  For each model size and output language:

(a) ``argos``: ``argostranslate.translate.get_translation_from_codes("vi", lang)
    .translate(sentence)`` once per sentence, argostranslate's defaults except
    the sentence splitter (see ``_offline_argos``); (a') the same for vi→en
    with ``intra_threads`` = cores instead of CTranslate2's default;
(b) ``ct2``: one bare ``ctranslate2.Translator.translate_batch`` call on the
    pre-tokenized sentences with our decoding options: the floor;
(c) ``ttdn``: ``ttdn-i18n translate ARTICLES --to LANG --out FRESH --json``
    run in-process (``cli.main``, so engines stay loaded between repetitions
    as in a long-lived worker) with the CLI defaults: starter glossary,
    ``--terms nbest``, XLIFF 1.2, a fresh ``--out`` folder (and so a fresh
    translation memory) every repetition so resume-skipping cannot fake speed.

The machine is shared, so (a), (a'), (b) and (c) are timed in one
subprocess, interleaved round by round, and ratios are medians of per-round
ratios.  Peak RSS (VmHWM) comes from one more subprocess per variant, and (c)
also runs over N, 4N duplicated and 4N distinct articles to show that memory
stays bounded.  Every subprocess patches ``socket.socket.connect`` to refuse
and record any connection.  Model loading is excluded from the timings (one
untimed warm-up first).  benchmarks/README.md explains the columns.
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


def _argos_missing() -> str | None:
    """Why the argostranslate column cannot run, or None.

    Either distribution provides the module: ``argostranslate`` (1.11, with
    stanza/torch) or ``argos-translate-lt`` (the project's runtime dependency,
    same ``argostranslate.translate``/``settings``/``sbd`` API).
    """
    try:
        from argostranslate import sbd, settings, translate  # noqa: F401
    except ImportError as exc:
        return f"argostranslate is not installed ({exc}); column (a) skipped"
    return None


# ---------------------------------------------------------------- child side


_NET_ATTEMPTS: list[str] = []


def _guard_network() -> None:
    """Refuse and record every outgoing connection of this process."""

    def refuse(self: socket.socket, address: Any, *args: Any) -> Any:
        _NET_ATTEMPTS.append(repr(address))
        raise OSError(f"network disabled by bench_translate (connect to {address!r})")

    socket.socket.connect = refuse  # type: ignore[method-assign,assignment]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign,assignment]


def _status_kb(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def _rss_now_kb() -> int:
    return _status_kb("VmRSS")


def _peak_kb() -> int:
    """Peak RSS of this process since its exec: VmHWM.

    Not ``getrusage().ru_maxrss``: Linux carries the parent's RSS at fork time
    across ``execve`` into it, so a child of a 300 MB parent reports at least
    300 MB whatever it does.
    """
    return _status_kb("VmHWM") or int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


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

    sbd.MiniSBDSentencizer.split_sentences = one_sentence
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


def _argos_translations(langs: list[str], first: str) -> dict[str, Any]:
    """argostranslate's vi→``lang`` translations, each warmed up on ``first``."""
    from argostranslate import translate

    translations = {}
    for lang in langs:
        translation = translate.get_translation_from_codes("vi", lang)
        if translation is None:
            raise SystemExit(f"argostranslate has no vi→{lang} translation installed")
        translation.translate(first)  # loads the CTranslate2 model
        translations[lang] = translation
    return translations


def _argos_tuned(lang: str, first: str, threads: int) -> Any:
    """(a'): the same package through a fresh translation whose CTranslate2
    translator gets ``intra_threads=threads`` (argostranslate reads
    ``settings.intra_threads`` when it first translates)."""
    from argostranslate import settings, translate

    base = translate.get_translation_from_codes("vi", lang)
    under = getattr(base, "underlying", base)
    default = settings.intra_threads
    settings.intra_threads = threads
    try:
        tuned = translate.CachedTranslation(
            translate.PackageTranslation(under.from_lang, under.to_lang, under.pkg))
        tuned.translate(first)
    finally:
        settings.intra_threads = default
    return tuned


def _argos_pass(translation: Any, sentences: list[str]) -> None:
    for s in sentences:
        translation.translate(s)


def _ct2_translators(models: dict[str, str], sentences: list[str]) -> dict[str, Any]:
    """(b): a bare translator per language with the pre-tokenized sentences."""
    import ctranslate2
    import sentencepiece as spm

    from ttdn_i18n.mt.ctranslate2 import cpu_threads

    supported = ctranslate2.get_supported_compute_types("cpu")
    compute = "int8" if "int8" in supported else "default"
    loaded = {}
    for lang, model_dir in models.items():
        translator = ctranslate2.Translator(
            str(Path(model_dir) / "model"), device="cpu", compute_type=compute,
            intra_threads=cpu_threads(), inter_threads=1,
        )
        sp = spm.SentencePieceProcessor(model_file=str(Path(model_dir) / "sentencepiece.model"))
        tokens = [sp.encode(s, out_type=str) for s in sentences]
        translator.translate_batch(tokens[:1], beam_size=BEAM, num_hypotheses=NBEST)
        # One call for all sentences, so one cap from the longest of them.
        cap = int(CAP_A * max(len(t) for t in tokens) + CAP_B)
        loaded[lang] = {"translator": translator, "tokens": tokens, "cap": cap,
                        "compute_type": compute, "intra_threads": cpu_threads()}
    return loaded


def _ct2_pass(entry: dict[str, Any]) -> list[Any]:
    results: list[Any] = entry["translator"].translate_batch(
        entry["tokens"], max_batch_size=BATCH, batch_type="examples", beam_size=BEAM,
        num_hypotheses=NBEST, return_scores=True, return_end_token=True,
        max_decoding_length=entry["cap"], max_input_length=1024, replace_unknowns=True,
    )
    return results


def _child_argos(spec: dict[str, Any]) -> dict[str, Any]:
    """(a) alone in a process: its peak RSS (and unpaired times)."""
    start = time.perf_counter()
    changes = _offline_argos()
    sentences: list[str] = spec["sentences"]
    translations = _argos_translations(spec["langs"], sentences[0])
    out: dict[str, Any] = {"argos_settings": changes, "by_lang": {},
                           "cold_s": time.perf_counter() - start,
                           "rss_loaded_kb": _rss_now_kb()}
    for lang, translation in translations.items():
        out["by_lang"][lang] = {
            "times": _time_reps(lambda t=translation: _argos_pass(t, sentences), spec["reps"]),
            "kind": type(getattr(translation, "underlying", translation)).__name__,
        }
    return out


def _child_ct2(spec: dict[str, Any]) -> dict[str, Any]:
    """(b) alone in a process: its peak RSS (and unpaired times)."""
    start = time.perf_counter()
    loaded = _ct2_translators(spec["models"], spec["sentences"])
    out: dict[str, Any] = {"by_lang": {}, "cold_s": time.perf_counter() - start,
                           "rss_loaded_kb": _rss_now_kb()}
    for lang, entry in loaded.items():
        out["by_lang"][lang] = {"times": _time_reps(lambda e=entry: _ct2_pass(e),
                                                    spec["reps"])}
    return out


def _cli_translate(args: list[str]) -> dict[str, Any]:
    """``ttdn-i18n translate ARGS --json`` in this process (engines stay cached)."""
    import contextlib
    import io

    from ttdn_i18n.cli import cli

    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        code = cli.main(["translate", *args, "--json", "--quiet"], prog_name="ttdn-i18n",
                        standalone_mode=False)
    if code not in (None, 0):
        raise SystemExit(f"ttdn-i18n translate failed ({code}): {stderr.getvalue().strip()}")
    summary: dict[str, Any] = json.loads(stdout.getvalue())
    return summary


def _child_ttdn(spec: dict[str, Any]) -> dict[str, Any]:
    start = time.perf_counter()
    work = Path(spec["work"])
    engines = [a for e in spec.get("engines", []) for a in ("--engine", e)]
    # Warm-up on one article: imports, glossary, every engine of the routes
    # (CTranslate2 models are cached per process, as in a long-lived worker).
    _cli_translate([spec["warmup"], "--to", ",".join(spec["langs"]), "--out",
                    str(work / "warmup"), *engines])
    out: dict[str, Any] = {"cold_s": time.perf_counter() - start,
                           "rss_loaded_kb": _rss_now_kb(), "by_lang": {}}
    groups: list[list[str]] = [[lang] for lang in spec["langs"]]
    if spec.get("combined") and len(spec["langs"]) > 1:
        groups.append(list(spec["langs"]))
    for group in groups:
        key = ",".join(group)
        summaries: list[dict[str, Any]] = []

        def run(g: list[str] = group, k: str = key,
                summaries: list[dict[str, Any]] = summaries) -> None:
            fresh = work / f"out-{k.replace(',', '_')}-{len(summaries)}"  # no resume-skipping
            summaries.append(_cli_translate([*spec["paths"], "--to", ",".join(g),
                                             "--out", str(fresh), *engines]))

        times = _time_reps(run, spec["reps"])
        s = summaries[-1]
        langs = s["languages"]
        out["by_lang"][key] = {
            "times": times,
            "files_written": s["files_written"],
            "articles": s["articles"],
            "mt_segments": sum(x["mt_segments"] for x in langs),
            "capped_segments": sum(x["capped_segments"] for x in langs),
            "terms_total": sum(x["terms_total"] for x in langs),
            "route": ",".join(x["route"] for x in langs),
            "engine": "; ".join(x["engine"] for x in langs),
        }
    return out


def _child_timing(spec: dict[str, Any]) -> dict[str, Any]:
    """(a), (a'), (b) and (c) in one process, interleaved round by round.

    Other people's jobs share this machine's cores: a timing taken a minute
    later can be twice as slow.  Interleaving gives every variant the same
    conditions, so each round yields a paired ratio.
    """
    sentences: list[str] = spec["sentences"]
    langs: list[str] = spec["langs"]
    work = Path(spec["work"])
    settle = 0.3  # let the previous variant's OpenMP threads go idle
    use_argos = spec.get("argos", True)
    changes = _offline_argos() if use_argos else {"skipped": "argostranslate missing"}
    argos = _argos_translations(langs, sentences[0]) if use_argos else {}
    tuned = {lang: _argos_tuned(lang, sentences[0], spec["threads"])
             for lang in spec["tuned_langs"]} if use_argos else {}
    ct2 = _ct2_translators(spec["models"], sentences)
    _cli_translate([spec["warmup"], "--to", ",".join(langs), "--out", str(work / "warmup")])
    times: dict[str, dict[str, list[float]]] = {
        v: {lang: [] for lang in langs} for v in ("a", "a'", "b", "c")}
    info: dict[str, Any] = {}
    loads: list[float] = []
    for rep in range(spec["reps"]):
        for lang in langs:
            variants: list[tuple[str, Any]] = [
                ("a", lambda lg=lang: _argos_pass(argos[lg], sentences))] if use_argos else []
            if lang in tuned:
                variants.append(("a'", lambda lg=lang: _argos_pass(tuned[lg], sentences)))
            variants.append(("b", lambda lg=lang: info.__setitem__(f"b-{lg}",
                                                                   _ct2_pass(ct2[lg]))))
            variants.append(("c", lambda lg=lang, r=rep: info.__setitem__(
                f"c-{lg}", _cli_translate([*spec["paths"], "--to", lg, "--out",
                                           str(work / f"out-{lg}-{r}")]))))
            for variant, fn in variants:
                time.sleep(settle)
                t0 = time.perf_counter()
                fn()
                times[variant][lang].append(time.perf_counter() - t0)
            loads.append(os.getloadavg()[0])
    by_lang: dict[str, Any] = {}
    for lang in langs:
        summary = info[f"c-{lang}"]["languages"][0]
        by_lang[lang] = {
            "times": {v: times[v][lang] for v in times if times[v][lang]},
            "mt_segments": summary["mt_segments"],
            "capped_segments": summary["capped_segments"],
            "terms_total": summary["terms_total"],
            "route": summary["route"],
            "engine": summary["engine"],
            "articles": info[f"c-{lang}"]["articles"],
            "b_target_tokens": statistics.mean(len(r.hypotheses[0])
                                               for r in info[f"b-{lang}"]),
            "b_cap": ct2[lang]["cap"],
        }
    out: dict[str, Any] = {
        "argos_settings": changes,
        "argos_kinds": {lg: type(getattr(t, "underlying", t)).__name__
                        for lg, t in argos.items()},
        "ct2": {"compute_type": ct2[langs[0]]["compute_type"],
                "intra_threads": ct2[langs[0]]["intra_threads"]},
        "by_lang": by_lang,
        "load_1min": loads,
    }
    if spec.get("profile"):
        import cProfile
        import io
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        _cli_translate([*spec["paths"], "--to", langs[0], "--out", str(work / "out-profile")])
        prof.disable()
        buf = io.StringIO()
        stats = pstats.Stats(prof, stream=buf)
        stats.sort_stats("tottime").print_stats(12)
        stats.sort_stats("cumulative").print_stats(r"ttdn_i18n", 30)
        out["profile"] = buf.getvalue()
    return out


def _child_build(spec: dict[str, Any]) -> dict[str, Any]:
    import sentencepiece as spm

    from ttdn_i18n.mt.packages import install_package
    from ttdn_i18n.mt.testing import build_argos_package

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
             "timing": _child_timing, "build": _child_build}


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
        env=dict(env, **spec.get("env", {})), capture_output=True, text=True, check=False,
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


def _cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


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
                 train_text: list[str], res: dict[str, Any], save: Any) -> None:
    """Fill ``res`` with every measurement of one model size, saving after each."""
    mwork = work / name
    packages = mwork / "packages"
    env = dict(base_env, ARGOS_PACKAGES_DIR=str(packages))

    def child(key: str, label: str, spec: dict[str, Any]) -> dict[str, Any]:
        print(f"[{name}] {label} ...", flush=True)
        r = _run_child(spec, env, work)
        res[key] = r
        save()
        return r

    build = child("build", f"building {len(PAIRS)} packages",
                  {"task": "build", "realistic": realistic, "train_text": train_text,
                   "archives": str(mwork / "archives"), "packages": str(packages)})
    print(f"[{name}] built in {build['build_s']:.0f} s, vocab {build['vocab']}", flush=True)
    warmup = str(min(files, key=lambda f: f.stat().st_size))
    models = {t: build["installed"][f"vi-{t}"] for t in LANGS}
    child("timing", f"timing (a) (a') (b) (c), interleaved, {args.reps} rounds",
          {"task": "timing", "sentences": sentences, "langs": list(LANGS), "reps": args.reps,
           "models": models, "paths": [str(ARTICLES)], "warmup": warmup,
           "tuned_langs": ["en"], "threads": _cores(), "work": str(mwork / "timing"),
           "profile": args.profile and realistic, "argos": _argos_missing() is None})
    # Peak RSS needs one variant per process; vi→en only, one pass.
    if _argos_missing() is None:
        child("argos", "peak RSS of (a), vi→en",
              {"task": "argos", "sentences": sentences, "langs": ["en"], "reps": 1})
    child("ct2", "peak RSS of (b), vi→en",
          {"task": "ct2", "sentences": sentences, "reps": 1, "models": {"en": models["en"]}})
    if args.extras:
        child("ttdn", "(c) per language and en+lo+km in one run (unpaired)",
              {"task": "ttdn", "paths": [str(ARTICLES)], "langs": list(LANGS),
               "reps": args.reps, "warmup": warmup, "combined": True,
               "work": str(mwork / "ttdn")})
        child("ttdn_pivot", "(c) lo and km through the en pivot (unpaired)",
              {"task": "ttdn", "paths": [str(ARTICLES)], "langs": ["lo", "km"],
               "engines": ["lo=pivot", "km=pivot"], "reps": args.reps, "warmup": warmup,
               "work": str(mwork / "pivot")})

    inputs = {
        "N": ARTICLES,
        "4N duplicated": _copies(files, mwork / "corpus-4n-dup", 4, distinct=False),
        "4N distinct": _copies(files, mwork / "corpus-4n-distinct", 4, distinct=True),
    }
    if not realistic:  # cheap with the tiny model: a longer series
        inputs["16N distinct"] = _copies(files, mwork / "corpus-16n-distinct", 16, True)
    mem: dict[str, Any] = {}
    res["memory"] = mem
    for i, (label, folder) in enumerate(inputs.items()):
        print(f"[{name}] memory: (c) vi→en over {label} articles ...", flush=True)
        r = _run_child({"task": "ttdn", "paths": [str(folder)], "langs": ["en"], "reps": 1,
                        "warmup": warmup, "work": str(mwork / f"mem-{i}")}, env, work)
        r["unique_sentences"] = _unique_mt_sentences(folder)
        mem[label] = r
        save()


def _ratio(num: list[float], den: list[float]) -> float:
    """Median of the per-round ratios of two interleaved series."""
    return statistics.median(a / b for a, b in zip(num, den, strict=True))


def _tables(results: dict[str, Any], n_sent: int) -> str:
    rows = [
        "| model | lang | (a) argos sent/s | (a') argos, threads = cores | (b) ct2 floor sent/s "
        "| (c) ttdn sent/s | (a)/(c) time (target ≥ 4) | (a')/(c) | (a)/(b) ceiling "
        "| (c)/(b) time (target ≤ 1.15) | (c) − (b) s | (c) capped |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, res in results.items():
        for lang in LANGS:
            r = res["timing"]["by_lang"][lang]
            t = r["times"]
            a2 = t.get("a'")
            a = t.get("a")
            rows.append(
                f"| {name} | vi→{lang} | "
                + (f"{n_sent / _median(a):.1f} | " if a else "skipped | ")
                + (f"{n_sent / _median(a2):.1f} | " if a2 else "| ")
                + f"{n_sent / _median(t['b']):.1f} | {n_sent / _median(t['c']):.1f} | "
                + (f"{_ratio(a, t['c']):.1f} | " if a else "| ")
                + (f"{_ratio(a2, t['c']):.1f} | " if a2 else "| ")
                + (f"{_ratio(a, t['b']):.1f} | " if a else "| ")
                + f"{_ratio(t['c'], t['b']):.2f} | "
                f"{_median([c - b for c, b in zip(t['c'], t['b'], strict=True)]):+.2f} | "
                f"{r['capped_segments']}/{r['mt_segments']} |"
            )
    rows += ["", "Seconds per pass, round by round (a | a' | b | c):", ""]
    for name, res in results.items():
        for lang in LANGS:
            t = res["timing"]["by_lang"][lang]["times"]
            rows.append(f"- {name} vi→{lang}: " + " | ".join(
                f"{v} " + " ".join(f"{x:.2f}" for x in t[v]) for v in ("a", "a'", "b", "c")
                if v in t))
        loads = res["timing"]["load_1min"]
        rows.append(f"- {name}: 1-min load average during the rounds "
                    f"{min(loads):.2f}–{max(loads):.2f}")
    extra = [(name, res) for name, res in results.items() if "ttdn" in res]
    if extra:
        rows += ["", "| model | (c) unpaired run | sent/s | capped |", "|---|---|---:|---:|"]
        for name, res in extra:
            for key in ("ttdn", "ttdn_pivot"):
                for group, c in res[key]["by_lang"].items():
                    n = n_sent * len(group.split(","))
                    label = group if key == "ttdn" else f"{group} via en"
                    rows.append(f"| {name} | {label} | {n / _median(c['times']):.1f} "
                                f"| {c['capped_segments']}/{c['mt_segments']} |")
    rows += [
        "",
        "| model | variant (own process, vi→en) | start-up s | RSS after warm-up MB "
        "| peak RSS MB |",
        "|---|---|---:|---:|---:|",
    ]
    for name, res in results.items():
        for label, r in (("(a) argos", res.get("argos")), ("(b) ct2", res["ct2"]),
                         ("(c) ttdn (memory run N)", res["memory"]["N"])):
            if r is None:
                continue
            rows.append(f"| {name} | {label} | {r['cold_s']:.1f} | {_mb(r['rss_loaded_kb'])} "
                        f"| {_mb(r['peak_rss_kb'])} |")
    rows += [
        "",
        "| model | (c) vi→en over | articles | unique MT sentences | time s "
        "| RSS after warm-up MB | peak RSS MB | peak − warm-up MB |",
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
    parser.add_argument("--extras", action="store_true",
                        help="also time en+lo+km in one run and lo/km through the en pivot")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _child_main(args.child)
    _guard_network()
    if not ARTICLES.is_dir():
        print(f"../shared not found: {ARTICLES} holds the corpus this benchmark reads")
        return 2
    from ttdn_i18n.mt.testing import builtin_corpus

    started = time.perf_counter()
    if _argos_missing():
        print(_argos_missing(), flush=True)
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

    def save() -> None:
        if args.json:
            args.json.write_text(json.dumps({"machine": machine, "sentences": len(sentences),
                                             "results": results}, ensure_ascii=False,
                                            indent=1), encoding="utf-8")

    try:
        models = [("tiny", False)] + ([] if args.quick else [("realistic", True)])
        for name, realistic in models:
            results[name] = {}
            _bench_model(name, realistic, args, work, base_env, files, sentences, train_text,
                         results[name], save)
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
        timing = res["timing"]
        print(f"{name}: vocab {res['build']['vocab']}; argos settings "
              f"{timing['argos_settings']}; argos translations {timing['argos_kinds']}; "
              f"ct2 {timing['ct2']}; (b) cap/tokens out "
              + ", ".join(f"{k} {v['b_cap']}/{v['b_target_tokens']:.0f}"
                          for k, v in timing["by_lang"].items()))
    print("network attempts: " + (", ".join(attempts) if attempts else "none"))
    print(f"machine: {machine}")
    print(f"sentences: {len(sentences)} unique from {len(files)} articles; reps {args.reps} "
          f"(median); total {total:.0f} s")
    for res in results.values():
        if "profile" in res["timing"]:
            print(res["timing"]["profile"])
    save()
    return 0


if __name__ == "__main__":
    sys.exit(main())
