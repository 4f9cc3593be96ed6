"""The ``ttdn-i18n`` command line: a thin layer over the library.

Each command parses its options, calls one public function and prints the
result.  :class:`TtdnError` becomes ``Error: <message>`` and exit code 1 in one
place (:class:`_Group`); nothing else here handles errors.  Heavy modules
(ctranslate2, argostranslate) are imported only inside commands that need
them, so ``ttdn-i18n --help`` is instant.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ttdn_i18n._version import __version__
from ttdn_i18n.errors import TtdnError
from ttdn_i18n.profiles import Profile

if TYPE_CHECKING:
    from ttdn_i18n.batch import ProgressEvent

__all__ = ["cli", "main"]


class _Group(click.Group):
    """Turns library errors into one clean line and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TtdnError as exc:
            click.echo(f"Error: {exc.cli_message()}", err=True)
            ctx.exit(1)
        except KeyboardInterrupt:
            click.echo("Error: interrupted; finished files are kept, rerun to resume", err=True)
            ctx.exit(130)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="ttdn-i18n")
def cli() -> None:
    """Translate Vietnamese external-information news into review-ready XLIFF, offline."""


@cli.group()
def models() -> None:
    """List, install, import and remove offline translation models."""


@cli.group()
def glossary() -> None:
    """Check, convert and query terminology glossaries."""


@cli.group()
def tm() -> None:
    """Import and export the translation memory (TMX 1.4b)."""


@cli.group()
def cache() -> None:
    """Inspect or empty the MT cache (OUT/ttdn-mt-cache.sqlite)."""


# --- translate / status (pipeline) ---------------------------------------------------------


def _split_langs(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


class _TtyProgress:
    """One self-rewriting line on stderr: files, segments and an ETA.

    Only used when stderr is a terminal and neither --quiet nor --json is
    given, so logs and pipes stay clean.
    """

    def __init__(self) -> None:
        import time

        self._clock = time.monotonic
        self._start = self._clock()

    def __call__(self, event: ProgressEvent) -> None:
        click.echo("\r" + format_progress(event, self._clock() - self._start), err=True,
                   nl=False)

    def close(self) -> None:
        click.echo("\r" + " " * 79 + "\r", err=True, nl=False)


def format_progress(event: ProgressEvent, elapsed: float) -> str:
    """``[en] files 3/9  segments 120/400  ETA 0:42`` (ETA from the pace so far)."""
    eta = "--:--"
    if event.segments_done and event.segments_total > event.segments_done:
        left = elapsed * (event.segments_total - event.segments_done) / event.segments_done
        eta = f"{int(left // 60)}:{int(left % 60):02d}"
    elif event.segments_done >= event.segments_total:
        eta = "0:00"
    return (f"[{event.lang}] files {event.files_done}/{event.files_total}  "
            f"segments {event.segments_done}/{event.segments_total}  ETA {eta}")


@cli.command()
@click.argument("articles", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--to", "to", metavar="LANGS",
              help="Target languages, comma-separated: en,lo,km (or [translate] to).")
@click.option("--out", "out", required=True, type=click.Path(path_type=str),
              help="Output folder; files go to OUT/<lang>/<article>.<ext>.")
@click.option("--glossary", "glossary_path", type=click.Path(path_type=str),
              help="Terminology glossary (.tbx, .csv, .tsv); default: the national glossary "
                   "shipped with ttdn-i18n.")
@click.option("--no-glossary", is_flag=True, help="Translate without a glossary.")
@click.option("--format", "fmt", metavar="FORMAT",
              help="Output format: xliff12 (default), xliff21, po, or a registered format.")
@click.option("--for", "profile", type=click.Choice([p.value for p in Profile]),
              help="Review profile: generic (spec XLIFF, default), omegat (also writes an "
                   "OmegaT project per language in OUT/<lang>/omegat-project), weblate "
                   "(XLIFF 1.2 states as Weblate reads them) or poedit (PO).")
@click.option("--tm", "tm_path", type=click.Path(path_type=str),
              help="Translation memory (SQLite); default OUT/ttdn-tm.sqlite.")
@click.option("--model", "model", help="Force this installed model (name from `models list`).")
@click.option("--engine", "engines", multiple=True, metavar="LANG=ENGINE",
              help="Force a route per language: direct, multilingual, pivot or a model name.")
@click.option("--backend", metavar="NAME",
              help="MT backend (default ctranslate2, or [translate] backend).")
@click.option("--terms", type=click.Choice(["nbest", "inject", "off"]), default="nbest",
              show_default=True, help="How glossary terms are enforced around MT.")
@click.option("--names-masking", type=click.Choice(["on", "off"]), default=None,
              help="Mask personal names before MT and restore them in the office's form "
                   "after it (default on, or [translate] names_masking).")
@click.option("--quality", type=click.Choice(["draft", "standard", "best"]),
              help="Decoding preset: draft = greedy, standard = beam 4 (default), "
                   "best = beam 5 with 5 hypotheses re-ranked for terms.")
@click.option("--beam-size", type=click.IntRange(1, 16), help="Beam size (default 4).")
@click.option("--num-hypotheses", type=click.IntRange(1, 16),
              help="MT alternatives per segment, the rest go to <alt-trans> (default 3).")
@click.option("--max-batch-size", type=click.IntRange(1, 4096),
              help="Sentences per MT batch (default 32).")
@click.option("--encoding", help="Read inputs in this encoding (e.g. cp1258).")
@click.option("--force", is_flag=True, help="Translate articles that do not look Vietnamese.")
@click.option("--config", "config_path", type=click.Path(path_type=str),
              help="Project config (default ./ttdn-i18n.toml when present).")
@click.option("--no-mt-cache", is_flag=True,
              help="Neither read nor write OUT/ttdn-mt-cache.sqlite (translate every sentence).")
@click.option("--quiet", "-q", is_flag=True,
              help="Print only errors: no progress, no summary (--json still prints JSON).")
@click.option("--json", "as_json", is_flag=True,
              help="Print the whole summary as JSON (warnings included).")
def translate(articles: tuple[str, ...], to: str | None, out: str, glossary_path: str | None,
              no_glossary: bool, fmt: str | None, profile: str | None, tm_path: str | None,
              model: str | None,
              engines: tuple[str, ...], backend: str | None, terms: str,
              names_masking: str | None, quality: str | None,
              beam_size: int | None,
              num_hypotheses: int | None, max_batch_size: int | None, encoding: str | None,
              force: bool, config_path: str | None, no_mt_cache: bool, quiet: bool,
              as_json: bool) -> None:
    """Translate ARTICLES (files or folders) into review-ready XLIFF or PO."""
    import json
    from pathlib import Path as _Path

    from ttdn_i18n.batch import translate_paths
    from ttdn_i18n.config import decode_options, load_config, parse_engines, route_preferences
    from ttdn_i18n.errors import ConfigError
    from ttdn_i18n.formats import DEFAULT_FORMAT
    from ttdn_i18n.terms.glossary import (
        MISSING_DEFAULT_GLOSSARY,
        default_glossary_path,
        load_glossary,
    )

    config = load_config(_Path(config_path) if config_path else None)
    from ttdn_i18n.batch import target_languages

    targets = target_languages(_split_langs(to) if to else list(config.translate.to))
    if not targets:
        raise ConfigError("no target language given; pass --to en,lo,km")
    glossary = None
    missing = ""
    if not no_glossary:
        chosen = glossary_path or config.translate.glossary or default_glossary_path()
        glossary = load_glossary(chosen) if chosen else None
        # Never silently without terms: the summary says why there is no glossary.
        missing = "" if chosen else MISSING_DEFAULT_GLOSSARY
    decode = decode_options(config, beam_size=beam_size, num_hypotheses=num_hypotheses,
                            max_batch_size=max_batch_size, quality=quality)
    prefer = route_preferences(targets, config, model=model, engines=parse_engines(engines))
    show = not quiet and not as_json and sys.stderr.isatty()
    progress = _TtyProgress()

    chosen_profile = Profile(profile or config.translate.profile or Profile.GENERIC)
    summary = translate_paths(
        list(articles), out, targets,
        fmt=(fmt or config.translate.format or chosen_profile.default_format or DEFAULT_FORMAT),
        glossary=glossary, decode=decode, prefer=prefer, tm_path=tm_path, encoding=encoding,
        force=force, blocklist=config.contamination.blocklist, terms=terms,
        progress=progress if show else None, backend=backend or config.translate.backend,
        profile=chosen_profile, mt_cache=not no_mt_cache, names=config.check.names,
        names_masking=(names_masking == "on" if names_masking is not None
                       else config.translate.names_masking is not False),
    )
    if show:
        progress.close()
    if missing:
        from dataclasses import replace

        summary = replace(summary, warnings=(missing, *summary.warnings))
    if as_json:
        click.echo(json.dumps(summary.as_dict(), ensure_ascii=False, indent=2))
    elif not quiet:
        click.echo(summary.format())


# --- inspect (sources) ---------------------------------------------------------------------


@cli.command("inspect")
@click.argument("article", type=click.Path(path_type=str))
@click.option("--json", "as_json", is_flag=True, help="Print the parsed article as JSON.")
@click.option("--encoding", help="Read the article in this encoding (e.g. cp1258).")
@click.option("--force", is_flag=True, help="Accept an article that does not look Vietnamese.")
@click.option(
    "--explain",
    "explain",
    metavar="LINE",
    help="Say why one line got its type: a 1-based line number of a .txt, or a text fragment.",
)
def inspect_cmd(
    article: str, as_json: bool, encoding: str | None, force: bool, explain: str | None
) -> None:
    """Show how ARTICLE is split: blocks, sentences, protected text, flags, set-aside junk."""
    import json

    from ttdn_i18n.sources import load_article
    from ttdn_i18n.sources.inspect import explain_line, format_inspect, inspect_article

    if explain is not None:
        click.echo(explain_line(article, explain, encoding=encoding), nl=False)
        return
    parsed = load_article(article, encoding=encoding, force=force)
    if as_json:
        click.echo(json.dumps(inspect_article(parsed), ensure_ascii=False, indent=2))
    else:
        click.echo(format_inspect(parsed), nl=False)


# --- models --------------------------------------------------------------------------------


@models.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def models_list(as_json: bool) -> None:
    """List installed models and how en, lo and km are reached from Vietnamese."""
    import json

    from ttdn_i18n.mt.packages import list_models, models_as_dict, models_report, packages_dirs

    found, warnings = list_models()
    for warning in warnings:
        click.echo(f"Warning: {warning}", err=True)
    folder = packages_dirs()[0]
    if as_json:
        data = models_as_dict(found, folder, warnings)
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        click.echo(models_report(found, folder))


@models.command("install")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def models_install(file: Path) -> None:
    """Install a .argosmodel FILE (offline) into the Argos packages folder."""
    from ttdn_i18n.mt.packages import describe_model, install_package

    info = install_package(file)
    click.echo(f"Installed {describe_model(info)} in {info.path}")


@models.command("remove")
@click.argument("name")
def models_remove(name: str) -> None:
    """Delete the installed model NAME (see `models list`)."""
    from ttdn_i18n.mt.packages import describe_model, remove_model

    info = remove_model(name)
    click.echo(f"Removed {describe_model(info)} from {info.path.parent}")


@models.command("import")
@click.argument("checkpoint", type=click.Path(path_type=Path))
@click.option("--kind", required=True,
              type=click.Choice(["marian", "m2m100", "nllb", "madlad"]),
              help="Architecture of the checkpoint (madlad: MADLAD-400, a T5 model).")
@click.option("--from", "from_codes", default="vi", show_default=True, metavar="LANGS",
              help="Source language(s), comma-separated.")
@click.option("--to", "to_codes", required=True, metavar="LANGS",
              help="Target languages to use it for, comma-separated: en,lo,km.")
@click.option("--quantization", default="int8", show_default=True,
              help="Weight type: int8, int8_float32, int16, float16, bfloat16, float32.")
@click.option("--name", help="Model name; default: the checkpoint folder's name.")
@click.option("--license", "license_text", metavar="TEXT",
              help="Licence to record; default: what the checkpoint's README declares.")
def models_import(checkpoint: Path, kind: str, from_codes: str, to_codes: str,
                  quantization: str, name: str | None, license_text: str | None) -> None:
    """Convert a Hugging Face CHECKPOINT folder on disk and install it (offline)."""
    from ttdn_i18n.mt.convert import import_checkpoint
    from ttdn_i18n.mt.packages import describe_model, list_models, plan_routes, route_line

    result = import_checkpoint(
        checkpoint, kind=kind, from_codes=from_codes, to_codes=to_codes,
        quantization=quantization, name=name, license_text=license_text,
    )
    for warning in result.warnings:
        click.echo(f"Warning: {warning}", err=True)
    info = result.model
    verb = "Replaced" if result.replaced else "Imported"
    click.echo(f"{verb} {describe_model(info)}, {info.quantization}, in {info.path}")
    installed, problems = list_models()
    for problem in problems:
        click.echo(f"Warning: {problem}", err=True)
    for route in plan_routes(info.to_codes, installed, info.from_code).values():
        click.echo(f"  {route_line(route)}")


# --- glossary ------------------------------------------------------------------------------


def _glossary_table(rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows
    )


def _glossary_article_texts(paths: tuple[str, ...]) -> list[str]:
    """The translatable segment texts of each article, as the pipeline sees them."""
    from ttdn_i18n.sources import load_article

    return [seg.text for path in paths for seg in load_article(path).segments]


@glossary.command("check")
@click.argument("file", type=click.Path(path_type=str))
def glossary_check(file: str) -> None:
    """Check FILE for duplicates, collisions, missing and unreviewed translations."""
    from ttdn_i18n.errors import GlossaryError
    from ttdn_i18n.terms.glossary import check_glossary, load_glossary

    g = load_glossary(file)
    findings = check_glossary(g)
    if findings:
        rows: list[tuple[str, ...]] = [("SEVERITY", "CONCEPT", "MESSAGE")]
        rows += [(f.severity, f.concept_id, f.message) for f in findings]
        click.echo(_glossary_table(rows))
    errors = sum(1 for f in findings if f.severity == "error")
    if errors:
        raise GlossaryError(
            f"{errors} problem{'s' if errors != 1 else ''} in {file}; fix the errors listed "
            "above and run the check again"
        )
    warnings = len(findings) - errors
    click.echo(f"{file}: {len(g)} concepts, no errors, {warnings} warnings ({g.stamp})")


@glossary.command("convert")
@click.argument("src", type=click.Path(path_type=str))
@click.argument("dst", type=click.Path(path_type=str))
def glossary_convert(src: str, dst: str) -> None:
    """Convert between TBX, CSV and TSV (formats by file extension)."""
    from ttdn_i18n.terms.glossary import convert_glossary

    g = convert_glossary(src, dst)
    click.echo(f"wrote {dst}: {len(g)} concepts ({g.stamp})")


@glossary.command("lookup")
@click.argument("text")
@click.option("--glossary", "glossary_path", type=click.Path(path_type=str),
              help="Glossary file; default: the starter glossary.")
@click.option("--lang", default="en", show_default=True, help="Target language (en, lo, km).")
def glossary_lookup(text: str, glossary_path: str | None, lang: str) -> None:
    """Show the glossary terms found in TEXT, with their LANG rendering."""
    from ttdn_i18n.terms.glossary import resolve_glossary

    g = resolve_glossary(glossary_path)
    hits = g.hits_for(text, lang)
    if not hits:
        click.echo("no glossary terms found")
        return
    rows: list[tuple[str, ...]] = [("SPAN", "SOURCE", lang.upper(), "STATUS", "AVOID", "CONCEPT")]
    rows += [
        (f"{h.start}-{h.end}", h.source, h.target or "-", h.status or "-",
         ", ".join(h.forbidden) or "-", h.concept_id)
        for h in hits
    ]
    click.echo(_glossary_table(rows))


@glossary.command("candidates")
@click.argument("articles", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--glossary", "glossary_path", type=click.Path(path_type=str),
              help="Glossary file; default: the starter glossary.")
@click.option("--top", type=click.IntRange(1, 10000), default=30, show_default=True)
@click.option("--min-syllables", type=click.IntRange(2, 6), default=2, show_default=True,
              help="Shortest n-gram; Vietnamese words are often two syllables, so try 3.")
def glossary_candidates(articles: tuple[str, ...], glossary_path: str | None, top: int,
                        min_syllables: int) -> None:
    """Propose frequent multi-syllable terms in ARTICLES that the glossary lacks."""
    from ttdn_i18n.terms.glossary import candidate_terms, resolve_glossary

    g = resolve_glossary(glossary_path)
    found = candidate_terms(_glossary_article_texts(articles), g, top,
                            min_syllables=min_syllables)
    if not found:
        click.echo("no candidates (nothing frequent outside the glossary)")
        return
    rows: list[tuple[str, ...]] = [("RANK", "COUNT", "SYLLABLES", "SCORE", "TERM")]
    rows += [
        (str(i), str(c.count), str(c.syllables), str(c.score), c.text)
        for i, c in enumerate(found, start=1)
    ]
    click.echo(_glossary_table(rows))


@glossary.command("hits")
@click.argument("articles", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--glossary", "glossary_path", type=click.Path(path_type=str),
              help="Glossary file; default: the starter glossary.")
@click.option("--lang", default="en", show_default=True, help="Rendering to show.")
def glossary_hits(articles: tuple[str, ...], glossary_path: str | None, lang: str) -> None:
    """Count how often each glossary entry occurs in ARTICLES."""
    from ttdn_i18n.terms.glossary import count_hits, resolve_glossary

    g = resolve_glossary(glossary_path)
    counts = count_hits(_glossary_article_texts(articles), g)
    rows: list[tuple[str, ...]] = [("HITS", "CONCEPT", "VI", lang.upper())]
    for cid, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        concept = g.concept(cid)
        target = concept.target(lang) if concept else None
        rows.append((str(n), cid, concept.vi if concept else "", target.text if target else "-"))
    if len(rows) > 1:
        click.echo(_glossary_table(rows))
    click.echo(f"{sum(counts.values())} hits of {len(counts)} of {len(g)} concepts "
               f"in {len(articles)} articles ({g.stamp})")


# --- check / tm (qa, translation memory) ---------------------------------------------------


@cli.command("check")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print findings (or --list) as JSON.")
@click.option("--glossary", "glossary_path", type=click.Path(path_type=Path),
              help="Recheck terminology against this glossary (.tbx, .csv, .tsv).")
@click.option("--skip", "skip", multiple=True, metavar="ID",
              help="Do not run this check (repeatable, or comma-separated); adds to [check] skip.")
@click.option("--list", "list_checks", is_flag=True,
              help="List the checks (id, category, severity, description) and exit.")
@click.option("--config", "config_path", type=click.Path(path_type=Path),
              help="Project config (default ./ttdn-i18n.toml when present).")
def check_command(files: tuple[Path, ...], as_json: bool, glossary_path: Path | None,
                  skip: tuple[str, ...], list_checks: bool, config_path: Path | None) -> None:
    """Run QA checks on translated XLIFF/PO FILES (or folders of them)."""
    import json

    from ttdn_i18n.config import load_config
    from ttdn_i18n.errors import QAError
    from ttdn_i18n.review.qa import (
        all_checks,
        check_files,
        collect_files,
        findings_as_json,
        format_checks,
        format_findings,
        validate_skip,
    )

    if list_checks:
        if as_json:
            click.echo(json.dumps(
                [{"id": c.id, "category": c.category, "severity": c.severity,
                  "description": c.description} for c in all_checks()],
                ensure_ascii=False, indent=2,
            ))
        else:
            click.echo(format_checks())
        return
    if not files:
        raise click.UsageError("Missing argument 'FILES...'.")
    config = load_config(config_path)
    # The command line adds to the file's list; both are checked before any file is read.
    cli_skip = [v.strip() for item in skip for v in item.split(",") if v.strip()]
    skipped = validate_skip([*config.check.skip, *cli_skip])
    gloss = None
    if glossary_path is not None:
        from ttdn_i18n.terms.glossary import load_glossary

        gloss = load_glossary(glossary_path)
    paths = collect_files(list(files))
    findings = check_files(paths, glossary=gloss, skip=skipped, names=config.check.names)
    if as_json:
        click.echo(findings_as_json(findings))
    else:
        click.echo(format_findings(findings, files_checked=len(paths)))
    errors = [f for f in findings if f.severity == "error"]
    if errors:
        n, m = len(errors), len({f.file for f in errors})
        raise QAError(
            f"{n} error{'s' if n != 1 else ''} in {m} file{'s' if m != 1 else ''}; "
            "fix them in your CAT tool and run check again"
        )


def _tm_options(f: Any) -> Any:
    f = click.option("--tm", "tm_path", type=click.Path(dir_okay=False, path_type=Path),
                     help="Translation memory (SQLite) to use instead of OUT's.")(f)
    return click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
                        help="The folder `translate` wrote to; its memory is "
                             "OUT/ttdn-tm.sqlite.")(f)


def _tm_path(out_dir: Path | None, tm_path: Path | None) -> Path:
    from ttdn_i18n.errors import TMError
    from ttdn_i18n.review.tm import TM_NAME, resolve_tm_path

    if out_dir is None and tm_path is None:
        raise TMError(f"which memory? pass --out DIR (the folder translate wrote to; its memory "
                      f"is DIR/{TM_NAME}) or --tm PATH")
    return resolve_tm_path(out_dir=out_dir, tm_path=tm_path)


@tm.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@_tm_options
def tm_import(files: tuple[Path, ...], out_dir: Path | None, tm_path: Path | None) -> None:
    """Add translations from TMX, or reviewed units from translator FILES, to the memory."""
    from ttdn_i18n.review.tm import import_file, open_tm

    path = _tm_path(out_dir, tm_path)
    with open_tm(path) as memory:
        for f in files:
            n = import_file(memory, f)
            click.echo(f"{f}: imported {n} entr{'y' if n == 1 else 'ies'}")
        total = len(memory)
    click.echo(f"{path}: {total} entr{'y' if total == 1 else 'ies'}")


@tm.command("export")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path))
@_tm_options
def tm_export(file: Path, out_dir: Path | None, tm_path: Path | None) -> None:
    """Write the whole memory to FILE as TMX 1.4b (- for standard output)."""
    from ttdn_i18n.errors import TMError
    from ttdn_i18n.review.tm import export_tmx, open_tm, tmx_bytes

    path = _tm_path(out_dir, tm_path)
    if not path.exists():
        raise TMError(f"no translation memory at {path}; translate with --out "
                      f"{path.parent} first, or give the memory's path with --tm")
    to_stdout = str(file) == "-"
    with open_tm(path, readonly=True) as memory:
        if to_stdout:
            data, n = tmx_bytes(memory)
        else:
            n = export_tmx(memory, file)
    if to_stdout:
        click.echo(data, nl=False)  # bytes: written to the binary stream as they are
    click.echo(f"{file}: exported {n} entr{'y' if n == 1 else 'ies'} from {path}",
               err=to_stdout)

@cache.command("stats")
@click.option("--out", "out", default=".", show_default=True,
              type=click.Path(file_okay=False, path_type=Path),
              help="The output folder translate wrote to.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def cache_stats_cmd(out: Path, as_json: bool) -> None:
    """How many sentences the MT cache of an output folder holds."""
    import json

    from ttdn_i18n.review.mtcache import cache_stats, resolve_cache_path

    stats = cache_stats(resolve_cache_path(out_dir=out))
    click.echo(json.dumps(stats.as_dict(), indent=2) if as_json else stats.format())


@cache.command("clear")
@click.option("--out", "out", default=".", show_default=True,
              type=click.Path(file_okay=False, path_type=Path),
              help="The output folder translate wrote to.")
def cache_clear_cmd(out: Path) -> None:
    """Empty the MT cache: the next run translates every sentence again."""
    from ttdn_i18n.review.mtcache import clear_cache, resolve_cache_path

    path = resolve_cache_path(out_dir=out)
    click.echo(f"Removed {clear_cache(path)} cached sentences from {path}")


# --- publish -------------------------------------------------------------------------------


@cli.command()
@click.argument(
    "reviewed", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path)
)
@click.option(
    "--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the pages: OUT/<lang>/<article>.<ext>.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["html", "json", "md", "txt"]), default="html",
    show_default=True, help="Page format (json is for a CMS).",
)
@click.option(
    "--allow-unreviewed", is_flag=True,
    help="Publish drafts with unreviewed segments; the pages say so.",
)
def publish(reviewed: tuple[Path, ...], out_dir: Path, fmt: str, allow_unreviewed: bool) -> None:
    """Publish reviewed XLIFF/PO files (or folders of them) as pages."""
    from ttdn_i18n.publish import publish_files

    report = publish_files(list(reviewed), out_dir, fmt, allow_unreviewed=allow_unreviewed)
    drafts = 0
    for f in report.files:
        note = ""
        if not f.readiness.ok:
            drafts += 1
            note = f" (NOT REVIEWED: {len(f.readiness.unreviewed)} unreviewed segments"
            note += f", {len(f.readiness.qa_errors)} with QA errors)" if f.readiness.qa_errors \
                else ")"
        click.echo(f"wrote {f.path}{note}")
    langs = ", ".join(sorted({f.language for f in report.files}))
    pages = len(report.files)
    summary = f"published {pages} page{'s' if pages != 1 else ''} ({langs}) to {out_dir}"
    if drafts:
        summary += f"; {drafts} not reviewed"
    click.echo(summary)


@cli.command()
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--config", "config_path", type=click.Path(path_type=Path),
              help="Project config (default ./ttdn-i18n.toml when present); its [check] skip "
                   "applies, so the QA errors counted are those `check` reports.")
def status(directory: Path, as_json: bool, config_path: Path | None) -> None:
    """Show review progress of every XLIFF/PO file under DIRECTORY."""
    from ttdn_i18n.config import load_config
    from ttdn_i18n.errors import FormatError
    from ttdn_i18n.review.status import collect_status, format_status, status_json

    rows = collect_status(directory, skip=load_config(config_path).check.skip)
    click.echo(status_json(rows) if as_json else format_status(rows))
    broken = sum(1 for r in rows if r.error)
    if broken:
        raise FormatError(
            f"{broken} of {len(rows)} files could not be read (listed above); "
            "fix them or translate the articles again"
        )


# --- evaluate / report (choosing a model) ----------------------------------------------------


@cli.command()
@click.argument("refs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--src", "src", type=click.Path(path_type=Path),
              help="Plain Vietnamese file, one sentence a line (with --ref).")
@click.option("--ref", "ref", type=click.Path(path_type=Path),
              help="Plain reference file, line-aligned with --src; its language from its "
                   "name (a.lo) or --to.")
@click.option("--to", "to", metavar="LANGS", help="Languages to evaluate, comma-separated.")
@click.option("--engine", "engines", multiple=True, metavar="[LANG=]ENGINE",
              help="Only these routes: direct, multilingual, pivot or a model name "
                   "(repeatable; default: every route).")
@click.option("--glossary", "glossary_path", type=click.Path(path_type=str),
              help="Glossary for term adherence; default: [translate] glossary or the starter.")
@click.option("--no-glossary", is_flag=True, help="No glossary (no term adherence).")
@click.option("--terms", type=click.Choice(["nbest", "inject", "off"]), default="nbest",
              show_default=True, help="How glossary terms are enforced, as in translate.")
@click.option("--beam-size", type=click.IntRange(1, 16), help="Beam size (default 4).")
@click.option("--backend", metavar="NAME", help="MT backend (default ctranslate2).")
@click.option("--config", "config_path", type=click.Path(path_type=Path),
              help="Project config (default ./ttdn-i18n.toml).")
@click.option("--save-choice", is_flag=True,
              help="Write the best route per language (by chrF++) into [translate.engine].")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
def evaluate(refs: tuple[Path, ...], src: Path | None, ref: Path | None, to: str | None,
             engines: tuple[str, ...], glossary_path: str | None, no_glossary: bool,
             terms: str, beam_size: int | None, backend: str | None,
             config_path: Path | None, save_choice: bool, as_json: bool) -> None:
    """Score every route per language on reference REFS (TMX, TSV, reviewed XLIFF/PO)."""
    import json
    from dataclasses import replace

    from ttdn_i18n.config import CONFIG_NAME, decode_options, load_config
    from ttdn_i18n.evaluate import (
        evaluate_references,
        evaluation_as_dict,
        format_evaluation,
        parse_engine_options,
        read_references,
    )
    from ttdn_i18n.evaluate import save_choice as _save
    from ttdn_i18n.terms.glossary import default_glossary_path, load_glossary

    config = load_config(config_path)
    langs = _split_langs(to) if to else None
    named = parse_engine_options(engines)
    pairs, origins = read_references(list(refs), src=src, ref=ref, to=langs)
    glossary = None
    if not no_glossary:
        chosen = glossary_path or config.translate.glossary or default_glossary_path()
        glossary = load_glossary(chosen) if chosen else None
    result = evaluate_references(
        pairs, origins=origins, to=langs, engines=named, glossary=glossary,
        decode=decode_options(config, beam_size=beam_size), terms=terms,
        backend=backend or config.translate.backend,
    )
    if save_choice:
        target = config_path or config.path or Path(CONFIG_NAME)
        if _save(result, target):
            result = replace(result, saved=str(target))
    if as_json:
        click.echo(json.dumps(evaluation_as_dict(result), ensure_ascii=False, indent=2))
    else:
        click.echo(format_evaluation(result))


@cli.command()
@click.argument("directory", type=click.Path(path_type=Path))
@click.option("--out", "out_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the HTML page here (default DIRECTORY/report.html).")
@click.option("--glossary", "glossary_path", type=click.Path(path_type=Path),
              help="Recompute term hits from the sources with this glossary.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (no page is written).")
def report(directory: Path, out_file: Path | None, glossary_path: Path | None,
           as_json: bool) -> None:
    """Review report of DIRECTORY (translate's --out): post-editing effort, QA, progress."""
    from ttdn_i18n.report import build_report, report_json, write_report

    gloss = None
    if glossary_path is not None:
        from ttdn_i18n.terms.glossary import load_glossary

        gloss = load_glossary(glossary_path)
    data = build_report(directory, glossary=gloss)
    if as_json:
        click.echo(report_json(data))
        return
    path = write_report(data, out_file or directory / "report.html")
    click.echo(data.summary())
    click.echo(f"wrote {path}")


def _standard_streams() -> None:
    """Make the process safe to run with closed streams or a non-UTF-8 locale.

    Started with ``2>&-``, Python sets ``sys.stderr`` to None and every
    progress check or message would crash: a closed stream becomes
    ``/dev/null``.  Under ``LC_ALL=C`` Python decodes file names and arguments
    as ASCII (Vietnamese letters become surrogate escapes, so names come out
    as ``H___i`` and a glossary lookup finds nothing): the command is run
    again in UTF-8 mode with the same argument bytes.
    """
    import os

    for fd, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        try:
            os.fstat(fd)
        except OSError:
            # Occupy the closed descriptor, or the next file we open (an output
            # file) would get it and C libraries' warnings would land in it.
            os.open(os.devnull, os.O_RDONLY if fd == 0 else os.O_WRONLY)
        if getattr(sys, name) is None:
            setattr(sys, name, open(fd, "r" if fd == 0 else "w", encoding="utf-8",  # noqa: SIM115
                                    closefd=False))
    if not sys.flags.utf8_mode and sys.getfilesystemencoding().lower() not in ("utf-8", "utf8"):
        env = dict(os.environ, PYTHONUTF8="1")
        args = [os.fsencode(a) for a in sys.argv[1:]]
        sys.stdout.flush()
        sys.stderr.flush()
        os.execve(sys.executable, [os.fsencode(sys.executable), b"-X", b"utf8", b"-m",
                                   b"ttdn_i18n", *args], env)


def main() -> None:
    _standard_streams()
    cli(prog_name="ttdn-i18n")


if __name__ == "__main__":  # pragma: no cover
    main()
