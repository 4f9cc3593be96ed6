"""The batch job behind ``ttdn-i18n translate``: files in, files out, nothing lost.

This is the edge around :mod:`ttdn_i18n.pipeline`.  It adds what a batch over
hundreds of articles needs:

* **all-or-nothing input checks** – every article is read and every option
  checked before the first file is written;
* **one lock per output folder** – two runs on the same ``--out`` do not
  interleave (``fcntl.flock``, released by the kernel even on SIGKILL);
* **atomic files** – each output is written to a temporary file and renamed,
  so a killed run leaves only whole files;
* **resume by content hash** – a manifest beside the outputs records, per
  file, the hash of everything that went into it; a rerun skips files whose
  inputs did not change, whatever their timestamps;
* **reviewer work is kept** – an existing output is read back before it is
  replaced; every unit a reviewer touched (target or state differs from what
  MT wrote) is carried over unchanged, reviewed units are stored in the
  translation memory first, and a unit whose source changed keeps its old
  translation as an alternative;
* **one MT pass per language** – segments of a chunk of articles go to the
  engine together, sorted and deduplicated by :mod:`ttdn_i18n.mt.ctranslate2`;
* **MT once per sentence** – every MT result is kept in the output folder's
  MT cache (:mod:`ttdn_i18n.review.mtcache`), so a rerun, an added article or
  another batch size never changes MT already written, and a sentence seen in
  an earlier chunk or run is not translated again.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import fcntl
import hashlib
import json
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ttdn_i18n._version import __version__
from ttdn_i18n.atomic import atomic_write
from ttdn_i18n.errors import ConfigError, OutputError, SourceError
from ttdn_i18n.formats import DEFAULT_FORMAT, Profile
from ttdn_i18n.model import Article, Document, Origin, State
from ttdn_i18n.pipeline import (
    NO_MODEL_HINT,
    LanguagePlan,
    SegmentMT,
    attach_findings,
    build_document,
    plan_languages,
    translate_sources,
    word_count,
)
from ttdn_i18n.review.merge import merge_reviewed
from ttdn_i18n.terms.policy import TermStrategy

if TYPE_CHECKING:
    from ttdn_i18n.mt.engine import DecodeOptions
    from ttdn_i18n.review.mtcache import MTCache
    from ttdn_i18n.review.tm import TMMatch, TranslationMemory
    from ttdn_i18n.terms.glossary import Glossary

__all__ = [
    "LanguageSummary",
    "ProgressEvent",
    "TranslateSummary",
    "output_path",
    "translate_paths",
]

MANIFEST_DIR = ".ttdn"
LOCK_NAME = ".ttdn.lock"
#: Review profiles (``translate --for``): see the README's "Reviewing in your CAT tool".
PROFILES = tuple(Profile)
#: Articles whose segments go to MT together; bounds memory and the work a kill can lose.
CHUNK_SEGMENTS = 2000


@dataclass(frozen=True)
class ProgressEvent:
    """Where a batch stands; sent after every file (written or skipped as unchanged)."""

    lang: str
    files_done: int
    files_total: int
    segments_done: int
    segments_total: int


Progress = Callable[[ProgressEvent], None]


@dataclass(frozen=True)
class LanguageSummary:
    lang: str
    engine: str  # human-readable engine/model description
    route: str
    files_written: int = 0
    files_skipped: int = 0
    mt_segments: int = 0
    tm_segments: int = 0
    kept_segments: int = 0
    human_segments: int = 0  # left empty for a translator
    capped_segments: int = 0
    terms_present: int = 0
    terms_total: int = 0
    #: Personal names of the source found in MT targets, in the office's form.
    names_present: int = 0
    names_total: int = 0

    @property
    def term_adherence(self) -> float | None:
        return self.terms_present / self.terms_total if self.terms_total else None

    @property
    def name_adherence(self) -> float | None:
        return self.names_present / self.names_total if self.names_total else None


@dataclass(frozen=True)
class TranslateSummary:
    articles: int
    segments: int
    words: int
    flagged_segments: int
    protected_segments: int
    out_dir: Path
    fmt: str
    languages: tuple[LanguageSummary, ...]
    glossary: str = "none"
    skipped_articles: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    outputs: tuple[Path, ...] = field(default=())
    #: The MT cache used ("" when off), sentences taken from it and sentences translated.
    mt_cache: str = ""
    mt_cache_hits: int = 0
    mt_translated: int = 0

    @property
    def files_written(self) -> int:
        return sum(lang.files_written for lang in self.languages)

    def as_dict(self) -> dict[str, object]:
        return {
            "articles": self.articles,
            "segments": self.segments,
            "words": self.words,
            "flagged_segments": self.flagged_segments,
            "protected_segments": self.protected_segments,
            "out_dir": str(self.out_dir),
            "format": self.fmt,
            "glossary": self.glossary,
            "files_written": self.files_written,
            "skipped_articles": list(self.skipped_articles),
            "warnings": list(self.warnings),
            "mt_cache": self.mt_cache or None,
            "mt_cache_hits": self.mt_cache_hits,
            "mt_translated": self.mt_translated,
            "languages": [
                {
                    "lang": s.lang,
                    "engine": s.engine,
                    "route": s.route,
                    "files_written": s.files_written,
                    "files_skipped": s.files_skipped,
                    "mt_segments": s.mt_segments,
                    "tm_segments": s.tm_segments,
                    "kept_segments": s.kept_segments,
                    "human_segments": s.human_segments,
                    "capped_segments": s.capped_segments,
                    "terms_present": s.terms_present,
                    "terms_total": s.terms_total,
                    "term_adherence": s.term_adherence,
                    "names_present": s.names_present,
                    "names_total": s.names_total,
                    "name_adherence": s.name_adherence,
                }
                for s in self.languages
            ],
        }

    def format(self) -> str:
        lines = [
            f"Articles: {self.articles}   segments: {self.segments}   words: {self.words}"
            f"   protected: {self.protected_segments}"
            f"   held for review (spam/other language): {self.flagged_segments}",
            f"Glossary: {self.glossary}",
        ]
        for s in self.languages:
            terms = (
                f"   terms {s.terms_present}/{s.terms_total} ({s.term_adherence:.1%})"
                if s.term_adherence is not None
                else ""
            )
            if s.name_adherence is not None:
                terms += (f"   names {s.names_present}/{s.names_total} "
                          f"({s.name_adherence:.1%})")
            lines.append(
                f"  {s.lang}: {s.engine} [{s.route}] — {s.files_written} written, "
                f"{s.files_skipped} unchanged; MT {s.mt_segments}, memory {s.tm_segments}, "
                f"kept from review {s.kept_segments}, for a translator {s.human_segments}"
                + (f", length-capped {s.capped_segments}" if s.capped_segments else "")
                + terms
            )
        if any(s.route == "none" for s in self.languages):
            missing = ", ".join(s.lang for s in self.languages if s.route == "none")
            lines.append(f"No model for {missing}: files were written for human translation; "
                         f"{NO_MODEL_HINT}.")
        if self.mt_cache and (self.mt_cache_hits or self.mt_translated):
            lines.append(f"MT cache: {self.mt_cache_hits} sentences reused, "
                         f"{self.mt_translated} translated ({self.mt_cache})")
        for name in self.skipped_articles:
            lines.append(f"Skipped: {name}")
        for w in self.warnings:
            lines.append(f"Warning: {w}")
        lines.append(f"Output: {self.out_dir} ({self.fmt}, {self.files_written} files written)")
        return "\n".join(lines)


def output_path(out_dir: Path, lang: str, article_id: str, fmt: str) -> Path:
    """``DIR/<lang>/<article>.<ext>``, never outside ``DIR`` whatever the name holds."""
    from ttdn_i18n.atomic import ensure_inside

    # Rooted at DIR, not DIR/<lang>: a DIR/<lang> that is a symbolic link elsewhere
    # would otherwise pass the check as the root itself.
    from ttdn_i18n.formats import get_format

    return ensure_inside(out_dir, f"{lang}/{article_id}{get_format(fmt).suffix}")


@contextlib.contextmanager
def _locked(out_dir: Path) -> Iterator[None]:
    lock_path = out_dir / LOCK_NAME
    try:
        # O_NOFOLLOW: a link planted as the lock must not have our PID written into
        # its target; O_NONBLOCK: a FIFO planted there must not hang the open.
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK
                     | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise OutputError(f"{lock_path} is a symbolic link, not ttdn-i18n's lock file; "
                              "remove it and run again") from None
        raise OutputError(
            f"cannot write to {out_dir}: {exc.strerror}; choose a writable {{opt:out}} folder"
        ) from exc
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OutputError(f"{lock_path} is not a regular file, not ttdn-i18n's lock file; "
                              "remove it and run again")
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise OutputError(
                f"another ttdn-i18n run is writing to {out_dir}; wait for it to finish "
                "or use another {opt:out} folder"
            ) from exc
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        yield
    finally:
        os.close(fd)


def _prepare_out(out_dir: Path) -> None:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"cannot create output folder {out_dir}: {exc.strerror}; "
            "choose a writable {opt:out} folder"
        ) from exc
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise OutputError(f"output folder {out_dir} is not writable; "
                          "choose another {opt:out} folder")


#: What :func:`atomic.atomic_write` leaves when a run is killed between write and rename.
_STALE_TEMP = re.compile(r"\..+\.(?:xlf|xliff|po|json)\.[a-z0-9_]{8}\.tmp")


def _no_link(path: Path, what: str, *, folder: bool) -> None:
    """Refuse ``path`` if it exists as a symbolic link or as the wrong kind of file."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutputError(f"cannot read {path}: {exc.strerror}; check its permissions") from None
    if stat.S_ISLNK(mode):
        raise OutputError(f"{path} is a symbolic link, not {what}; remove it and run again")
    if not (stat.S_ISDIR(mode) if folder else stat.S_ISREG(mode)):
        kind = "a folder" if folder else "a regular file"
        raise OutputError(f"{path} is not {kind}, not {what}; remove it and run again")


def _check_manifest_folders(out_dir: Path, langs: Sequence[str]) -> None:
    # Manifests are written and stale temporary files deleted under OUT/.ttdn: a link
    # there would make both happen outside OUT.
    _no_link(out_dir / MANIFEST_DIR, "ttdn-i18n's manifest folder", folder=True)
    for lang in langs:
        _no_link(out_dir / MANIFEST_DIR / lang, "ttdn-i18n's manifest folder", folder=True)


def _remove_stale_temp_files(out_dir: Path, langs: Sequence[str]) -> None:
    # Only called under the lock: no other run can be writing, so any such file is
    # the remains of a killed run.  Hidden and never read, but they pile up.
    for lang in langs:
        for folder in (out_dir / lang, out_dir / MANIFEST_DIR / lang):
            if not folder.is_dir() or folder.is_symlink():
                continue
            for path in folder.glob(".*.tmp"):
                if _STALE_TEMP.fullmatch(path.name):
                    with contextlib.suppress(OSError):
                        path.unlink()


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _manifest_path(out_dir: Path, lang: str, article_id: str) -> Path:
    from ttdn_i18n.atomic import ensure_inside

    return ensure_inside(out_dir / MANIFEST_DIR / lang, article_id + ".json")


#: A manifest is a few kilobytes; anything much larger is not one of ours.
_MANIFEST_LIMIT = 64 * 1024 * 1024


def _read_manifest(path: Path) -> dict[str, object]:
    _no_link(path, "a ttdn-i18n manifest", folder=False)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return {}
    try:
        with os.fdopen(fd, "rb") as fh:
            data = json.loads(fh.read(_MANIFEST_LIMIT + 1)[:_MANIFEST_LIMIT].decode("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _input_hash(article: Article, lang: str, fmt: str, prov_signature: str,
                profile: str = "generic") -> str:
    h = hashlib.sha256()
    # The profile changes the bytes only for weblate XLIFF 1.2; generic hashes stay as before.
    parts = [article.checksum, lang, fmt, prov_signature]
    if _dump_profile(fmt, profile) != "generic":
        parts.append(profile)
    for part in parts:
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()


@dataclass
class _Plan:
    article: Article
    lang: str
    path: Path
    manifest: Path
    input_hash: str
    old: Document | None
    mt_written: dict[str, str] | None
    #: sha256 of the existing output when ``old`` was read (None: there was none).
    old_sha: str | None = None
    #: A translator's work saved in the OmegaT project (units a person translated), if any.
    omegat: Document | None = None


def translate_paths(
    paths: Sequence[Path | str],
    out_dir: Path | str,
    targets: Sequence[str],
    *,
    fmt: str = DEFAULT_FORMAT,
    glossary: Glossary | None = None,
    decode: DecodeOptions | None = None,
    prefer: Mapping[str, str] | str | None = None,
    tm_path: Path | str | None = None,
    encoding: str | None = None,
    force: bool = False,
    blocklist: Sequence[str] = (),
    terms: TermStrategy | str = TermStrategy.NBEST,
    progress: Progress | None = None,
    backend: str | None = None,
    profile: str = "generic",
    mt_cache: bool = True,
    names: str = "ascii",
    names_masking: bool = True,
) -> TranslateSummary:
    """Translate article files into ``out_dir/<lang>/<article>.<ext>``.

    ``mt_cache`` (default on) keeps every MT result in ``out_dir/ttdn-mt-cache.sqlite``
    (:mod:`ttdn_i18n.review.mtcache`): a sentence once translated is never
    translated again, so reruns and added articles cannot change existing MT.

    ``profile="weblate"`` writes XLIFF 1.2 with Weblate's states (MT
    ``needs-translation`` with the target filled, a person's work ``translated``,
    sign-offs ``final`` + ``approved="yes"``); other formats are unchanged by it.
    ``profile="omegat"`` also writes a ready OmegaT project per language in
    ``out_dir/<lang>/omegat-project/`` (see :mod:`ttdn_i18n.formats.omegat`).

    ``names_masking`` (default on) masks personal names before MT and restores
    them in the ``names`` style (English: "ascii" = "Pham Minh Chinh", or
    "keep"); the summary reports name adherence per language.

    Four steps: **plan** (read every article, check every option, read and
    validate every existing output), **translate** (one MT pass per language
    and chunk), **write** (each file atomically, with its manifest) and
    **summarise**.  Nothing is written before the plan is complete, so a bad
    input or a corrupt existing file stops the run with every file as it was.
    Raises :class:`~ttdn_i18n.errors.TtdnError` on such problems.
    """
    from ttdn_i18n.mt.engine import DecodeOptions

    if profile not in PROFILES:
        raise ConfigError(f"unknown review profile {profile!r}; use {', '.join(PROFILES)}")
    implied = Profile(profile).default_format
    if implied is not None and fmt != implied:
        raise ConfigError(f"the {profile} profile writes {implied} files, not {fmt}; "
                          f"drop {{opt:format}} or choose {implied}")
    decode = decode or DecodeOptions()
    run = _plan_run(paths, Path(out_dir), targets, fmt=fmt, glossary=glossary, decode=decode,
                    prefer=prefer, encoding=encoding, force=force, blocklist=blocklist,
                    backend=backend)
    run.profile = profile
    from ttdn_i18n.terms.names import check_name_style

    run.names = check_name_style(names)
    run.names_masking = names_masking
    summary = _execute(run, glossary=glossary, decode=decode, terms=terms, tm_path=tm_path,
                       progress=progress, mt_cache=mt_cache)
    if profile == "omegat":
        from ttdn_i18n.formats import read_document
        from ttdn_i18n.formats.omegat import project_dir_name, write_omegat_project

        for lang in run.targets:
            docs = [read_document(output_path(run.out, lang, a.id, run.fmt)) for a in run.articles]
            write_omegat_project(docs, run.out / lang / project_dir_name())
    return summary


@dataclass
class _Run:
    """Everything the plan step found; nothing has been written yet."""

    out: Path
    fmt: str
    targets: tuple[str, ...]
    articles: list[Article]
    skipped_articles: list[str]
    languages: dict[str, LanguagePlan]
    warnings: list[str]
    files: dict[str, list[_Plan]]  # per language: files to (re)write
    unchanged: dict[str, list[Article]]  # per language: files whose inputs did not change
    profile: str = "generic"
    names: str = "ascii"  # English name style ([check] names)
    names_masking: bool = True


def _plan_run(
    paths: Sequence[Path | str],
    out: Path,
    targets: Sequence[str],
    *,
    fmt: str,
    glossary: Glossary | None,
    decode: DecodeOptions,
    prefer: Mapping[str, str] | str | None,
    encoding: str | None,
    force: bool,
    blocklist: Sequence[str],
    backend: str | None = None,
) -> _Run:
    from ttdn_i18n.formats import get_format
    from ttdn_i18n.sources import NotVietnameseError, find_articles, load_article

    get_format(fmt)  # unknown names fail here, before anything is read or written
    targets = target_languages(targets)
    if not targets:
        raise ConfigError("no target language given; name at least one (en, lo, km)")
    languages, warnings = plan_languages(targets, glossary=glossary, decode=decode,
                                         prefer=prefer, backend=backend)
    routes = [plan.route for plan in languages.values() if plan.route is not None]
    if routes and not (out / MANIFEST_DIR).is_dir():
        from ttdn_i18n.mt.engine import preload_engines

        # A first run into this folder: the models load while the articles are
        # parsed (about 0.25 s for three).  A rerun often has nothing to translate,
        # so there the models load only when a file needs MT.
        preload_engines(routes, decode, backend=backend)
    articles: list[Article] = []
    skipped: list[str] = []
    for f in find_articles(paths):
        try:
            articles.append(load_article(f, encoding=encoding, force=force, blocklist=blocklist))
        except NotVietnameseError as exc:
            skipped.append(str(exc))
    if not articles:
        raise SourceError("no Vietnamese article to translate; " + (
            skipped[0] if skipped else "check the paths you gave"))
    _refuse_colliding_names(articles, out, fmt)
    return _Run(out, fmt, tuple(targets), articles, skipped, languages, warnings, {}, {})


def target_languages(codes: Sequence[str]) -> list[str]:
    """``codes`` as the output folders are named: lower case, once each, never ``vi``.

    ``--to EN`` wrote ``OUT/EN/`` with no MT (no model is installed for "EN").
    """
    langs: list[str] = []
    for code in codes:
        lang = code.strip().lower()
        if lang == "vi":
            raise ConfigError("vi is the language the articles are in, not one to translate "
                              "into; name target languages only (en, lo, km)")
        if lang and lang not in langs:
            langs.append(lang)
    return langs


def _refuse_colliding_names(articles: Sequence[Article], out: Path, fmt: str) -> None:
    """Two articles must not share an output file, once names are cleaned.

    Compared as the file system may: after cleaning (``tin?`` and ``tin*`` are
    both ``tin_``), in NFC (macOS stores NFD) and case-folded (case-insensitive
    file systems), so the summary's count is the number of files on disk.
    """
    seen: dict[str, Article] = {}
    for art in articles:
        name = output_path(out, "_", art.id, fmt).name
        key = unicodedata.normalize("NFC", name).casefold()
        other = seen.setdefault(key, art)
        if other is not art:
            raise SourceError(
                f"two articles would be written as {name}: {other.path or other.id} and "
                f"{art.path or art.id}; rename one of them or translate them in separate runs"
            )


def _plan_outputs(run: _Run) -> None:
    """Decide, per language and article, whether to write; read every existing output.

    Runs under the output folder's lock, before anything is written: a corrupt
    existing file stops the run while every file is still as it was.
    """
    from ttdn_i18n.formats import read_document
    from ttdn_i18n.formats.omegat import omegat_work, project_dir_name

    for lang in run.targets:
        prov = run.languages[lang].provenance
        run.files[lang], run.unchanged[lang] = [], []
        # A translator's work saved in OmegaT is read first, whatever the profile of this run.
        work = omegat_work(run.out / lang / project_dir_name())
        for art in run.articles:
            path = output_path(run.out, lang, art.id, run.fmt)
            mpath = _manifest_path(run.out, lang, art.id)
            ihash = _input_hash(art, lang, run.fmt, prov.signature, run.profile)
            manifest = _read_manifest(mpath)
            old: Document | None = None
            current = _current_sha(path)
            omegat = work.get(art.id)
            if current is not None:
                old = read_document(path) if omegat is not None else None
                if (manifest.get("input_hash") == ihash
                        and manifest.get("output_sha256") == current
                        and (omegat is None or _with_omegat_work(old, omegat) is old)):
                    run.unchanged[lang].append(art)
                    continue
                old = _with_omegat_work(old or read_document(path), omegat)
            elif omegat is not None:
                old = omegat
            written = manifest.get("mt_targets")
            mt_written = (
                {str(k): str(v) for k, v in written.items()}
                if isinstance(written, dict) and manifest.get("output_sha256")
                else None
            )
            run.files[lang].append(_Plan(art, lang, path, mpath, ihash, old, mt_written,
                                         current, omegat))


def _with_omegat_work(old: Document | None, work: Document | None) -> Document | None:
    """``old`` with the units a translator confirmed in OmegaT; ``old`` itself when none differ.

    OmegaT's project is written from these files, so a unit whose saved text
    differs from the file's, or is not yet reviewed there, is the translator's
    later word; it wins.
    """
    if work is None or old is None:
        return old
    done = {u.id: u for u in work.units}
    units = []
    changed = False
    for u in old.units:
        w = done.get(u.id)
        if (w is not None and u.translate and w.source == u.source
                and (w.target != u.target or not u.state.reviewed)):
            units.append(dataclasses.replace(u, target=w.target, state=State.TRANSLATED,
                                             origin=Origin.HUMAN))
            changed = True
        else:
            units.append(u)
    return dataclasses.replace(old, units=tuple(units)) if changed else old


def _execute(
    run: _Run,
    *,
    glossary: Glossary | None,
    decode: DecodeOptions,
    terms: TermStrategy | str,
    tm_path: Path | str | None,
    progress: Progress | None,
    mt_cache: bool = True,
) -> TranslateSummary:
    from ttdn_i18n.mt.engine import route_warnings
    from ttdn_i18n.review.mtcache import default_cache_path, open_cache
    from ttdn_i18n.review.tm import open_tm, resolve_tm_path

    _prepare_out(run.out)
    per_article = {a.id: len(a.segments) for a in run.articles}
    done = {"files": 0, "segments": 0}
    files_total = len(run.articles) * len(run.targets)
    segments_total = sum(per_article.values()) * len(run.targets)

    def advance(lang: str, article_id: str) -> None:
        done["files"] += 1
        done["segments"] += per_article[article_id]
        if progress is not None:
            progress(ProgressEvent(lang, done["files"], files_total, done["segments"],
                                   segments_total))

    summaries: list[LanguageSummary] = []
    outputs: list[Path] = []
    cache_path = default_cache_path(run.out) if mt_cache else None
    cache: MTCache | None = None
    with (_locked(run.out), open_tm(resolve_tm_path(out_dir=run.out, tm_path=tm_path)) as tm,
          contextlib.ExitStack() as stack):
        if cache_path is not None and any(p.usable for p in run.languages.values()):
            cache = stack.enter_context(open_cache(cache_path))
        _check_manifest_folders(run.out, run.targets)
        _remove_stale_temp_files(run.out, run.targets)
        _plan_outputs(run)
        # A reviewer's work goes into the memory before anything is replaced.
        for plans in run.files.values():
            for plan in plans:
                if plan.old is not None:
                    _remember(tm, plan.old, plan.lang)
        for lang in run.targets:
            for art in run.unchanged[lang]:
                advance(lang, art.id)
            stats = _Stats()
            for chunk in _chunks(run.files[lang]):
                for path, built in _translate_chunk(chunk, run.languages[lang], tm,
                                                    glossary=glossary, decode=decode,
                                                    terms=terms, cache=cache,
                                                    names=run.names,
                                                    masking=run.names_masking):
                    doc, kept = _write_latest(path, built, run.fmt, tm, run.warnings,
                                              profile=run.profile, names=run.names)
                    outputs.append(path.path)
                    stats.add(doc, kept, run.names)
                    advance(lang, path.article.id)
            summaries.append(stats.summary(run.languages[lang], len(run.files[lang]),
                                           len(run.unchanged[lang])))
            route = run.languages[lang].route
            if route is not None:
                # What the engines had to say (e.g. forbidden-term suppression is off).
                run.warnings.extend(w for w in route_warnings(route, decode)
                                    if w not in run.warnings)
    summary = _summarise(run, summaries, outputs, glossary)
    if cache is not None:
        summary = dataclasses.replace(summary, mt_cache=str(cache.path),
                                      mt_cache_hits=cache.hits, mt_translated=cache.misses)
    return summary


def _translate_chunk(
    chunk: Sequence[_Plan],
    plan: LanguagePlan,
    tm: TranslationMemory,
    *,
    glossary: Glossary | None,
    decode: DecodeOptions,
    terms: TermStrategy | str,
    cache: MTCache | None = None,
    names: str = "ascii",
    masking: bool = True,
) -> Iterator[tuple[_Plan, Document]]:
    """Translate one chunk of articles in one MT pass; yield each document, not yet merged."""
    from ttdn_i18n.xmlsafe import xml_safe

    lang = plan.lang
    tm_hits: dict[str, tuple[str, State]] = {}
    sources: list[str] = []
    seen: set[str] = set()
    for item in chunk:
        for seg in item.article.segments:
            if not seg.send_to_mt or seg.text in seen:
                continue
            seen.add(seg.text)
            # The memory stores sources as the files hold them (characters XML
            # cannot carry replaced), so look them up the same way.
            match = tm.lookup(xml_safe(seg.text), "vi", lang)
            if match is not None:
                tm_hits[seg.key] = (match.target, _reuse_state(match, lang))
            elif plan.usable:
                sources.append(seg.text)
    mt: dict[str, SegmentMT] = {}
    if plan.route is not None and sources:
        mt = translate_sources(plan.route, sources, lang, glossary=glossary, decode=decode,
                               terms=terms, cache=cache, names=names, masking=masking)
    for item in chunk:
        yield item, build_document(item.article, lang, mt=mt, tm=tm_hits, glossary=glossary,
                                   provenance=plan.provenance,
                                   no_model_reason=plan.no_model_reason)


def _remember(tm: TranslationMemory, doc: Document, lang: str) -> None:
    """Store ``doc``'s reviewed units as translations into ``lang``, the folder's language.

    A CAT tool may leave a file under ``en/`` saying ``target-language="lo"``;
    storing its English as Lao would publish it, as reviewed, on the next Lao run.
    """
    if doc.target_lang != lang:
        doc = dataclasses.replace(doc, target_lang=lang)
    tm.add_reviewed(doc)


def _keep_unplaced(plan: _Plan, built: Document, tm: TranslationMemory,
                   warnings: list[str]) -> None:
    """A unit a reviewer split (an id and source we never wrote) is not dropped silently.

    Its text goes into the memory, as the state the reviewer left it in (only
    reviewed entries are ever reused as reviewed), and the summary says so.
    """
    from ttdn_i18n.review.merge import unplaced_units
    from ttdn_i18n.review.tm import TMMatch

    assert plan.old is not None
    lost = unplaced_units(built, plan.old, plan.mt_written)
    if not lost:
        return
    tm.add_many(TMMatch(u.source, u.target, "vi", plan.lang, u.state, "split") for u in lost)
    ids = ", ".join(u.id for u in lost[:3]) + (f" and {len(lost) - 3} more" if len(lost) > 3
                                                else "")
    note = (f"{plan.path}: {len(lost)} reviewed unit{'s' if len(lost) != 1 else ''} ({ids}) "
            "match no sentence of the article (split in the CAT tool?); their text is kept "
            "in the translation memory — re-enter it in the article's units")
    if note not in warnings:
        warnings.append(note)


def _reuse_state(match: TMMatch, lang: str) -> State:
    """A memory hit counts as reviewed only if it is, for this pair, in ``lang``'s script."""
    from ttdn_i18n.review.qa import target_in_script

    if (match.state.reviewed and (match.source_lang, match.target_lang) == ("vi", lang)
            and target_in_script(match.target, lang)):
        return match.state
    return State.NEEDS_REVIEW  # a suggestion for the reviewer, not a translation


def _current_sha(path: Path) -> str | None:
    """sha256 of the file at ``path`` now, or None when there is none."""
    try:
        return _sha256(path.read_bytes())
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise OutputError(f"cannot read {path}: {exc.strerror}; check its permissions") from None


#: How often a file a reviewer keeps saving is merged again before the run gives up on it.
_MERGE_ATTEMPTS = 5


def _write_latest(plan: _Plan, built: Document, fmt: str, tm: TranslationMemory,
                  warnings: list[str], *, profile: str = "generic",
                  names: str = "ascii") -> tuple[Document, int]:
    """Merge the reviewer's latest save into ``built`` and write it; (document, units kept).

    MT can take minutes, and a reviewer may save the file meanwhile: the file
    is hashed again right before it is replaced, and a save made since the plan
    read it is read again, stored in the memory and merged again.
    """
    from ttdn_i18n.formats import read_document

    for _ in range(_MERGE_ATTEMPTS):
        current = _current_sha(plan.path)
        if current != plan.old_sha:
            plan.old = read_document(plan.path) if current is not None else plan.omegat
            plan.old = _with_omegat_work(plan.old, plan.omegat)
            plan.old_sha = current
            if plan.old is not None:
                _remember(tm, plan.old, plan.lang)
            note = (f"{plan.path} was saved while this run translated it; "
                    "the saved file was read again and its reviewed units kept")
            if note not in warnings:
                warnings.append(note)
        doc, kept = built, 0
        if plan.old is not None:
            doc, kept = merge_reviewed(built, plan.old, plan.mt_written)
            _keep_unplaced(plan, built, tm, warnings)
        # The QA notes in the file are what `check` will report for it (one function).
        if _write_output(plan, attach_findings(doc, names=names), fmt,
                         profile=profile):
            return doc, kept
    raise OutputError(f"{plan.path} kept changing while this run tried to update it; "
                      "close it in the CAT tool and run again")


def _dump_profile(fmt: str, profile: str) -> str:
    """The writer profile for ``fmt``: only XLIFF 1.2 is written differently for Weblate.

    Weblate already reads PO ``#, fuzzy`` and XLIFF 2.1 ``initial`` as "Needs editing".
    """
    return "weblate" if profile == "weblate" and fmt == "xliff12" else "generic"


def _write_output(plan: _Plan, doc: Document, fmt: str, *, profile: str = "generic") -> bool:
    """The file, then its manifest (what we wrote, so a rerun can tell a reviewer's edits).

    Returns False, writing nothing, when the file changed since ``plan.old_sha``.
    """
    from ttdn_i18n.formats import dump_document

    if _dump_profile(fmt, profile) == "weblate":
        from ttdn_i18n.formats.xliff12 import dump_xliff12

        data = dump_xliff12(doc, profile="weblate")
    else:
        data = dump_document(doc, fmt)
    for folder in (plan.path.parent, plan.manifest.parent):
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # disk full, a file where the folder should be, ...
            what = "it is a file" if folder.is_file() else exc.strerror or str(exc)
            raise OutputError(f"cannot create folder {folder}: {what}; free some disk space "
                              "or remove what is in the way, then run again") from None
    if _current_sha(plan.path) != plan.old_sha:
        return False  # a reviewer saved it a moment ago: merge that save first
    atomic_write(plan.path, data)
    plan.old_sha = _sha256(data)
    mt_targets = {u.id: u.target for u in doc.units
                  if u.translate and u.origin in (Origin.MT, Origin.TM) and not u.state.reviewed}
    atomic_write(plan.manifest, json.dumps({
        "tool_version": __version__,
        "input_hash": plan.input_hash,
        "output_sha256": _sha256(data),
        "source": plan.article.path,
        "mt_targets": mt_targets,
    # ASCII escapes: a file name that is not UTF-8 reaches here as
    # lone surrogates, which no UTF-8 encoder accepts.
    }, ensure_ascii=True, indent=1).encode())
    return True


@dataclass
class _Stats:
    mt: int = 0
    tm: int = 0
    kept: int = 0
    human: int = 0
    capped: int = 0
    present: int = 0
    total: int = 0
    names_present: int = 0
    names_total: int = 0

    def add(self, doc: Document, kept: int, names: str = "ascii") -> None:
        from ttdn_i18n.terms.names import name_in_target, source_names

        self.kept += kept
        for u in doc.units:
            if not u.translate:
                continue
            if u.origin is Origin.MT and not u.state.reviewed:
                self.mt += 1
            elif u.origin is Origin.TM:
                self.tm += 1
            elif not u.target:
                self.human += 1
            if any(f.code == "length-capped" for f in u.flags):
                self.capped += 1
            # Adherence is measured on MT output only: a reviewer's target or
            # an empty one says nothing about the engine.
            if u.origin is Origin.MT and u.target:
                for h in u.terms:
                    if h.target:
                        self.total += 1
                        self.present += int(bool(h.present))
                for name in source_names(u.source, u.protected):
                    self.names_total += 1
                    self.names_present += int(name_in_target(u.target, name, doc.target_lang,
                                                             names))

    def summary(self, plan: LanguagePlan, written: int, unchanged: int) -> LanguageSummary:
        return LanguageSummary(
            lang=plan.lang,
            engine=plan.engine_description,
            route=plan.route_kind,
            files_written=written,
            files_skipped=unchanged,
            mt_segments=self.mt,
            tm_segments=self.tm,
            kept_segments=self.kept,
            human_segments=self.human,
            capped_segments=self.capped,
            terms_present=self.present,
            terms_total=self.total,
            names_present=self.names_present,
            names_total=self.names_total,
        )


def _summarise(run: _Run, summaries: list[LanguageSummary], outputs: list[Path],
               glossary: Glossary | None) -> TranslateSummary:
    all_segments = [s for a in run.articles for s in a.segments]
    return TranslateSummary(
        articles=len(run.articles),
        segments=len(all_segments),
        words=sum(word_count(s.text) for s in all_segments),
        flagged_segments=sum(1 for s in all_segments if s.translate and s.flags),
        protected_segments=sum(1 for s in all_segments if not s.translate),
        out_dir=run.out,
        fmt=run.fmt,
        languages=tuple(summaries),
        glossary=glossary.stamp if glossary is not None else "none",
        skipped_articles=tuple(run.skipped_articles),
        warnings=tuple(run.warnings),
        outputs=tuple(outputs),
    )


def _chunks(plans: Sequence[_Plan]) -> Iterator[list[_Plan]]:
    chunk: list[_Plan] = []
    size = 0
    for plan in plans:
        chunk.append(plan)
        size += len(plan.article.segments)
        if size >= CHUNK_SEGMENTS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk
