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
  engine together, sorted and deduplicated by :mod:`ttdn_i18n.mt.ctranslate2`.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ttdn_i18n import __version__
from ttdn_i18n.errors import OutputError, SourceError
from ttdn_i18n.model import Alternative, Article, Document, Note, State, Unit
from ttdn_i18n.pipeline import (
    NO_MODEL_HINT,
    SegmentMT,
    build_document,
    no_model_reason,
    provenance_for,
    translate_sources,
    word_count,
)
from ttdn_i18n.sources.normalize import normalize_text

if TYPE_CHECKING:
    from ttdn_i18n.mt.ctranslate2 import DecodeOptions
    from ttdn_i18n.mt.packages import Route
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

    @property
    def term_adherence(self) -> float | None:
        return self.terms_present / self.terms_total if self.terms_total else None


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
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise OutputError(
            f"cannot write to {out_dir}: {exc.strerror}; choose a writable --out folder"
        ) from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise OutputError(
                f"another ttdn-i18n run is writing to {out_dir}; wait for it to finish "
                "or use another --out folder"
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
            "choose a writable --out folder"
        ) from exc
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise OutputError(f"output folder {out_dir} is not writable; choose another --out folder")


#: What :func:`atomic.atomic_write` leaves when a run is killed between write and rename.
_STALE_TEMP = re.compile(r"\..+\.(?:xlf|xliff|po|json)\.[a-z0-9_]{8}\.tmp")


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


def _read_manifest(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _input_hash(article: Article, lang: str, fmt: str, prov_signature: str) -> str:
    h = hashlib.sha256()
    for part in (article.checksum, lang, fmt, prov_signature):
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()


def _touched(old: Unit, mt_written: dict[str, str] | None) -> bool:
    """Did a person change this unit since we wrote it?"""
    if old.state.reviewed:
        return True
    if mt_written is None:
        # No record of what we wrote: any target may be a reviewer's; keep it.
        return bool(old.target)
    if old.id not in mt_written:
        return bool(old.target)
    return old.target != mt_written[old.id]


def merge_reviewed(new: Document, old: Document, mt_written: dict[str, str] | None) -> tuple[
    Document, int
]:
    """Carry a reviewer's work from ``old`` into ``new``; returns (document, units kept).

    Units are matched by id and, failing that, by identical source text (a
    paragraph inserted above shifts ids but not sentences).
    """
    # Compare sources as normalized text: a CAT tool that pretty-prints may add
    # whitespace around inline markup without changing the sentence.
    by_id = {u.id: u for u in old.units}
    by_source: dict[str, Unit] = {}
    for u in old.units:
        by_source.setdefault(normalize_text(u.source), u)
    kept = 0
    units: list[Unit] = []
    for unit in new.units:
        prev = by_id.get(unit.id)
        if prev is not None and normalize_text(prev.source) != unit.source:
            if unit.translate and prev.target and _touched(prev, mt_written):
                units.append(
                    replace(
                        unit,
                        state=State.NEEDS_REVIEW if unit.target else State.NEW,
                        alternatives=(Alternative(prev.target, "previous"),)
                        + unit.alternatives,
                        notes=unit.notes
                        + (Note("The source changed since this segment was reviewed; the "
                                "previous translation is kept as an alternative.",
                                "ttdn-review"),),
                    )
                )
                continue
            prev = by_source.get(unit.source)
        elif prev is None:
            prev = by_source.get(unit.source)
        if unit.translate and prev is not None and _touched(prev, mt_written):
            units.append(replace(prev, id=unit.id, source=unit.source, block_type=unit.block_type,
                                 block_index=unit.block_index, terms=prev.terms or unit.terms,
                                 protected=unit.protected))
            kept += 1
        else:
            units.append(unit)
    return replace(new, units=tuple(units)), kept


@dataclass
class _Plan:
    article: Article
    lang: str
    path: Path
    manifest: Path
    input_hash: str
    old: Document | None
    mt_written: dict[str, str] | None


def translate_paths(
    paths: Sequence[Path | str],
    out_dir: Path | str,
    targets: Sequence[str],
    *,
    fmt: str = "xliff12",
    glossary: Glossary | None = None,
    decode: DecodeOptions | None = None,
    prefer: Mapping[str, str] | str | None = None,
    tm_path: Path | str | None = None,
    encoding: str | None = None,
    force: bool = False,
    blocklist: Sequence[str] = (),
    terms: str = "nbest",
    progress: Progress | None = None,
) -> TranslateSummary:
    """Translate article files into ``out_dir/<lang>/<article>.<ext>``.

    Raises :class:`~ttdn_i18n.errors.TtdnError` before writing anything when an
    input or option is wrong.
    """
    from ttdn_i18n.atomic import atomic_write
    from ttdn_i18n.formats import dump_document, get_format, read_document
    from ttdn_i18n.mt.ctranslate2 import DecodeOptions
    from ttdn_i18n.mt.packages import check_language, list_models, plan_routes
    from ttdn_i18n.review.tm import default_tm_path, open_tm
    from ttdn_i18n.sources.reader import NotVietnameseError, find_articles, load_article
    from ttdn_i18n.xmlsafe import xml_safe

    get_format(fmt)  # unknown names fail here, before anything is read or written
    for lang in targets:
        check_language(lang)
    if not targets:
        from ttdn_i18n.errors import ConfigError

        raise ConfigError("no target language given; pass --to en,lo,km")
    out = Path(out_dir)
    decode = decode or DecodeOptions()

    files = find_articles(paths)
    articles: list[Article] = []
    skipped: list[str] = []
    for f in files:
        try:
            articles.append(load_article(f, encoding=encoding, force=force,
                                         blocklist=blocklist))
        except NotVietnameseError as exc:
            skipped.append(str(exc))
    if not articles:
        raise SourceError("no Vietnamese article to translate; " + (
            skipped[0] if skipped else "check the paths you gave"))
    ids = [a.id for a in articles]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise SourceError(
            f"two articles would write the same output name '{dupes[0]}'; "
            "rename one of them or translate them in separate runs"
        )

    models, model_warnings = list_models()
    routes: dict[str, Route] = plan_routes(list(targets), models, prefer=prefer)

    _prepare_out(out)
    summaries: list[LanguageSummary] = []
    outputs: list[Path] = []
    per_article = {a.id: len(a.segments) for a in articles}
    done = {"files": 0, "segments": 0}
    files_total = len(articles) * len(targets)
    segments_total = sum(per_article.values()) * len(targets)

    def advance(lang: str, article_id: str) -> None:
        done["files"] += 1
        done["segments"] += per_article[article_id]
        if progress is not None:
            progress(ProgressEvent(lang, done["files"], files_total, done["segments"],
                                   segments_total))

    with _locked(out), open_tm(Path(tm_path) if tm_path else default_tm_path(out)) as tm:
        _remove_stale_temp_files(out, targets)
        for lang in targets:
            route = routes.get(lang)
            usable = route is not None and route.kind != "none" and bool(route.steps)
            prov = provenance_for(route if usable else None, glossary, decode)
            reason = "" if usable else no_model_reason(lang)
            engine_desc = (
                " + ".join(f"{s.model.name} {s.model.package_version} ({s.from_code}→{s.to_code})"
                           for s in route.steps)
                if usable and route is not None
                else "no model"
            )
            plans: list[_Plan] = []
            skipped_files = 0
            for art in articles:
                path = output_path(out, lang, art.id, fmt)
                mpath = _manifest_path(out, lang, art.id)
                ihash = _input_hash(art, lang, fmt, prov.signature)
                manifest = _read_manifest(mpath)
                old: Document | None = None
                if path.exists():
                    current = _sha256(path.read_bytes())
                    if manifest.get("input_hash") == ihash and manifest.get(
                        "output_sha256"
                    ) == current:
                        skipped_files += 1
                        advance(lang, art.id)
                        continue
                    old = read_document(path)
                    tm.add_reviewed(old)  # a reviewer's work survives whatever happens next
                written = manifest.get("mt_targets")
                mt_written = (
                    {str(k): str(v) for k, v in written.items()}
                    if isinstance(written, dict) and manifest.get("output_sha256")
                    else None
                )
                plans.append(_Plan(art, lang, path, mpath, ihash, old, mt_written))

            stats = dict(mt=0, tm=0, kept=0, human=0, capped=0, present=0, total=0)
            for chunk in _chunks(plans):
                tm_hits: dict[str, tuple[str, State]] = {}
                sources: list[str] = []
                seen: set[str] = set()
                for plan in chunk:
                    for seg in plan.article.segments:
                        if not seg.send_to_mt or seg.text in seen:
                            continue
                        seen.add(seg.text)
                        # The memory stores sources as the files hold them (characters XML
                        # cannot carry replaced), so look them up the same way.
                        match = tm.lookup(xml_safe(seg.text), "vi", lang)
                        if match is not None:
                            tm_hits[seg.key] = (match.target, State(match.state))
                        elif usable:
                            sources.append(seg.text)
                mt: dict[str, SegmentMT] = {}
                if usable and route is not None and sources:
                    mt = translate_sources(route, sources, lang, glossary=glossary,
                                           decode=decode, terms=terms)
                for plan in chunk:
                    doc = build_document(plan.article, lang, mt=mt, tm=tm_hits,
                                         glossary=glossary, provenance=prov,
                                         no_model_reason=reason)
                    kept = 0
                    if plan.old is not None:
                        doc, kept = merge_reviewed(doc, plan.old, plan.mt_written)
                    data = dump_document(doc, fmt)
                    plan.path.parent.mkdir(parents=True, exist_ok=True)
                    plan.manifest.parent.mkdir(parents=True, exist_ok=True)
                    atomic_write(plan.path, data)
                    mt_targets = {u.id: u.target for u in doc.units
                                  if u.translate and u.origin in ("mt", "tm") and not
                                  u.state.reviewed}
                    atomic_write(plan.manifest, json.dumps({
                        "tool_version": __version__,
                        "input_hash": plan.input_hash,
                        "output_sha256": _sha256(data),
                        "source": plan.article.path,
                        "mt_targets": mt_targets,
                    # ASCII escapes: a file name that is not UTF-8 reaches here as
                    # lone surrogates, which no UTF-8 encoder accepts.
                    }, ensure_ascii=True, indent=1).encode())
                    outputs.append(plan.path)
                    stats["kept"] += kept
                    for u in doc.units:
                        if not u.translate:
                            continue
                        if u.origin == "mt" and not u.state.reviewed:
                            stats["mt"] += 1
                        elif u.origin == "tm":
                            stats["tm"] += 1
                        elif not u.target:
                            stats["human"] += 1
                        if any(f.code == "length-capped" for f in u.flags):
                            stats["capped"] += 1
                        # Adherence is measured on MT output only: a reviewer's target or
                        # an empty one says nothing about the engine.
                        if u.origin == "mt" and u.target:
                            for h in u.terms:
                                if h.target:
                                    stats["total"] += 1
                                    stats["present"] += int(bool(h.present))
                    advance(lang, plan.article.id)
            summaries.append(
                LanguageSummary(
                    lang=lang,
                    engine=f"ctranslate2: {engine_desc}" if usable else "no model",
                    route=(route.kind if usable and route is not None else "none"),
                    files_written=len(plans),
                    files_skipped=skipped_files,
                    mt_segments=stats["mt"],
                    tm_segments=stats["tm"],
                    kept_segments=stats["kept"],
                    human_segments=stats["human"],
                    capped_segments=stats["capped"],
                    terms_present=stats["present"],
                    terms_total=stats["total"],
                )
            )

    all_segments = [s for a in articles for s in a.segments]
    return TranslateSummary(
        articles=len(articles),
        segments=len(all_segments),
        words=sum(word_count(s.text) for s in all_segments),
        flagged_segments=sum(1 for s in all_segments if s.translate and s.flags),
        protected_segments=sum(1 for s in all_segments if not s.translate),
        out_dir=out,
        fmt=fmt,
        languages=tuple(summaries),
        glossary=glossary.stamp if glossary is not None else "none",
        skipped_articles=tuple(skipped),
        warnings=tuple(model_warnings),
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
