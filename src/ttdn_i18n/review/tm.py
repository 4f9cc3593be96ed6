"""The translation memory: reviewed translations, reused exactly, kept in SQLite.

Entries are keyed by the segment's canonical form (:func:`normalize.canonical`)
and the language pair, so the same sentence typed with old-style tone marks
("hoà") or decomposed Unicode finds the translation a reviewer approved for
"hòa".  The author's spelling of the source is stored too, for TMX export.

Durability: the database runs in WAL mode with ``synchronous=FULL`` and every
write is one transaction, so a process killed mid-write leaves the database
consistent with every committed entry in it.  SQLite errors become
:class:`~ttdn_i18n.errors.TMError` with a fix hint.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ttdn_i18n.errors import TMError
from ttdn_i18n.model import Document, State
from ttdn_i18n.review.sqlite import SQLiteStore, connect_wal
from ttdn_i18n.sources.normalize import canonical, normalize_text

__all__ = [
    "SCHEMA_VERSION",
    "TMMatch",
    "TranslationMemory",
    "open_tm",
    "default_tm_path",
    "resolve_tm_path",
    "TM_NAME",
    "import_file",
    "export_tmx",
    "tmx_bytes",
]

#: Bump with a migration in :meth:`TranslationMemory._migrate` when the schema changes.
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS entries (
    key TEXT NOT NULL,
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    state TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    PRIMARY KEY (key, source_lang, target_lang)
);
"""

_UPSERT = """
INSERT INTO entries (key, source_lang, target_lang, source, target, state, origin, note,
                     created, updated)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (key, source_lang, target_lang) DO UPDATE SET
    source = excluded.source, target = excluded.target, state = excluded.state,
    origin = excluded.origin, note = excluded.note, updated = excluded.updated
"""

_COLUMNS = "source, target, source_lang, target_lang, state, origin, note, created, updated"


@dataclass(frozen=True)
class TMMatch:
    """A stored translation: what :meth:`TranslationMemory.lookup` returns."""

    source: str  # the author's spelling, normalized safely (NFC, spaces)
    target: str
    source_lang: str
    target_lang: str
    state: State
    origin: str = ""
    note: str = ""
    created: str = ""  # ISO 8601 UTC, e.g. "2024-07-17T08:30:00Z"
    updated: str = ""


TM_NAME = "ttdn-tm.sqlite"


def default_tm_path(out_dir: Path) -> Path:
    """Where a translation run keeps its memory when none is given: ``OUT/ttdn-tm.sqlite``."""
    return Path(out_dir) / TM_NAME


def resolve_tm_path(
    *, out_dir: Path | str | None = None, tm_path: Path | str | None = None
) -> Path:
    """The one rule for finding a project's memory, used by ``translate`` and ``tm``.

    An explicit memory path wins; otherwise the memory is the one in the
    output folder ``translate`` wrote to (:func:`default_tm_path`).
    """
    if tm_path is not None:
        return Path(tm_path)
    if out_dir is not None:
        return default_tm_path(Path(out_dir))
    raise TMError("no translation memory named; give the output folder translate wrote to "
                  f"(its memory is {TM_NAME} there) or the memory's path")


def _lang(code: str) -> str:
    from ttdn_i18n.formats.tmx import primary_lang

    return primary_lang(code)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _state(value: str) -> State:
    try:
        return State(value)
    except ValueError:
        return State.NEEDS_REVIEW  # written by a newer version: never trust it as reviewed


class TranslationMemory(SQLiteStore):
    """An open translation memory; use :func:`open_tm` and ``with``."""

    _what = "the translation memory"

    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None
        if readonly:
            self._open_readonly()
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise TMError(
                f"cannot create the folder for the translation memory {self.path}: "
                f"{exc.strerror or exc}; check the path and permissions"
            ) from None
        try:
            # isolation_level=None: transactions are explicit (BEGIN IMMEDIATE ... COMMIT).
            self._conn = connect_wal(self.path, synchronous="FULL")
            self._migrate()
        except sqlite3.Error as exc:
            self.close()
            raise self._error(exc) from None

    def _open_readonly(self) -> None:
        """Open for reading only: nothing is created or written, not even WAL files.

        ``mode=ro`` still needs the WAL index (``-shm``) beside the database;
        on read-only media that fails, and ``immutable=1`` reads the file as it is.
        """
        if not self.path.is_file():
            raise TMError(f"no translation memory at {self.path}; give the memory's path")
        uri = self.path.resolve().as_uri()
        last: sqlite3.Error | None = None
        for flags in ("mode=ro", "mode=ro&immutable=1"):
            try:
                self._conn = sqlite3.connect(f"{uri}?{flags}", uri=True, isolation_level=None,
                                             timeout=30)
                tables = {r[0] for r in self._conn.execute(
                    "SELECT name FROM sqlite_master WHERE type='table'")}
            except sqlite3.Error as exc:
                self.close()
                last = exc
                continue
            if not {"schema_version", "entries"} <= tables:
                self.close()
                raise TMError(f"{self.path} is not a ttdn-i18n translation memory; "
                              "give another path with --tm")
            return
        assert last is not None
        raise self._error(last) from None

    # -- plumbing ------------------------------------------------------------------------------

    def _error(self, exc: sqlite3.Error) -> TMError:
        text = str(exc)
        if isinstance(exc, sqlite3.DatabaseError) and (
            "not a database" in text or "malformed" in text or "corrupt" in text
        ):
            return TMError(
                f"the translation memory {self.path} is corrupt ({text}); "
                "restore it from backup or delete it to start empty"
            )
        if "locked" in text or "busy" in text:
            return TMError(
                f"the translation memory {self.path} is locked by another process ({text}); "
                "wait for the other ttdn-i18n run to finish and try again"
            )
        return TMError(
            f"cannot use the translation memory {self.path} ({text}); "
            "check the path, permissions and free disk space"
        )

    def _migrate(self) -> None:
        db = self._db
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables and "schema_version" not in tables:
            raise TMError(
                f"{self.path} is an SQLite database but not a ttdn-i18n translation memory; "
                "give another path with --tm"
            )
        db.execute("BEGIN IMMEDIATE")
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                db.execute(statement)
        row = db.execute("SELECT version FROM schema_version").fetchone()
        if row is None:
            db.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))
        elif row[0] > SCHEMA_VERSION:
            db.execute("ROLLBACK")
            raise TMError(
                f"the translation memory {self.path} was written by a newer ttdn-i18n "
                f"(schema {row[0]}, this version reads {SCHEMA_VERSION}); upgrade ttdn-i18n"
            )
        db.execute("COMMIT")

    def _write(self, rows: Iterable[tuple[str, ...]]) -> int:
        """Upsert ``rows``; returns how many entries they stored (a row replacing an
        earlier row of the same batch, e.g. ``en`` then ``en-GB``, is not counted twice)."""
        db = self._db
        keys: set[tuple[str, ...]] = set()
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                for row in rows:
                    db.execute(_UPSERT, row)
                    keys.add(row[:3])
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        return len(keys)

    @staticmethod
    def _row(
        source: str,
        target: str,
        source_lang: str,
        target_lang: str,
        state: State,
        origin: str,
        note: str,
    ) -> tuple[str, ...]:
        text = normalize_text(source)
        key = canonical(text)
        if not key or not target.strip():
            raise TMError(
                "a translation memory entry needs a non-empty source and target; "
                "skip empty segments before adding them"
            )
        now = _now()
        return (key, _lang(source_lang), _lang(target_lang), text, target, State(state).value,
                origin, note, now, now)

    # -- public API ----------------------------------------------------------------------------

    def add(
        self,
        source: str,
        target: str,
        *,
        source_lang: str,
        target_lang: str,
        state: State,
        origin: str = "",
        note: str = "",
    ) -> None:
        """Store (or replace) the translation of ``source`` for the language pair."""
        self._write([self._row(source, target, source_lang, target_lang, state, origin, note)])

    def add_many(self, entries: Iterable[TMMatch]) -> int:
        """Store several entries in one transaction; returns how many."""
        rows = [
            self._row(e.source, e.target, e.source_lang, e.target_lang, e.state, e.origin, e.note)
            for e in entries
        ]
        return self._write(rows)

    def add_reviewed(self, doc: Document) -> int:
        """Store the reviewed units of ``doc`` (translated, signed off, final); returns how many.

        Units still needing review (raw MT) never enter the memory: reusing them
        would present machine output as approved translation; nor do targets in
        another script than the file's language (English in a file marked Lao).
        """
        from ttdn_i18n.review.qa import target_in_script

        entries = [
            TMMatch(
                source=u.source,
                target=u.target,
                source_lang=doc.source_lang,
                target_lang=doc.target_lang,
                state=u.state,
                origin=u.origin,
            )
            for u in doc.units
            if u.translate and u.state.reviewed and u.target.strip() and canonical(u.source)
            and target_in_script(u.target, _lang(doc.target_lang))
        ]
        return self.add_many(entries)

    def lookup(self, source: str, source_lang: str, target_lang: str) -> TMMatch | None:
        """The stored translation whose canonical source equals ``source``'s, if any."""
        try:
            row = self._db.execute(
                f"SELECT {_COLUMNS} FROM entries WHERE key = ? AND source_lang = ? "
                "AND target_lang = ?",
                (canonical(source), _lang(source_lang), _lang(target_lang)),
            ).fetchone()
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        return None if row is None else self._match(row)

    @staticmethod
    def _match(row: tuple[str, ...]) -> TMMatch:
        source, target, sl, tl, state, origin, note, created, updated = row
        return TMMatch(source, target, sl, tl, _state(state), origin, note, created, updated)

    def entries(self) -> Iterator[TMMatch]:
        """Every entry, ordered by language pair then creation time."""
        try:
            rows = self._db.execute(
                f"SELECT {_COLUMNS} FROM entries ORDER BY source_lang, target_lang, created, key"
            ).fetchall()
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        return (self._match(r) for r in rows)

    def __len__(self) -> int:
        try:
            row = self._db.execute("SELECT COUNT(*) FROM entries").fetchone()
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        return int(row[0])



def open_tm(path: Path, *, readonly: bool = False) -> TranslationMemory:
    """Open (creating if needed) the translation memory at ``path``.

    ``readonly``: open an existing memory for lookups and export only; works
    on read-only media and never creates or changes a file.
    """
    return TranslationMemory(path, readonly=readonly)


def import_file(tm: TranslationMemory, path: Path, warnings: list[str] | None = None) -> int:
    """Add the translations in a TMX, XLIFF or PO file; returns how many entries were stored.

    A translator file with no usable target language is refused (:class:`TMError`
    naming the file and the fix) unless its folder is named after a language; such
    warnings are appended to ``warnings``, or printed to standard error without it.

    TMX entries without a ttdn state need review: a CAT tool's memory may hold
    raw MT, and nothing in the file says otherwise.  XLIFF and PO contribute
    reviewed units only.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".tmx":
        from ttdn_i18n.formats.notes import read_input
        from ttdn_i18n.formats.tmx import parse_tmx

        data = read_input(path)
        origin = f"tmx:{path.name}"
        return tm.add_many(
            TMMatch(
                source=e.source,
                target=e.target,
                source_lang=e.source_lang,
                target_lang=e.target_lang,
                state=e.state or State.NEEDS_REVIEW,
                origin=e.origin or origin,
                note=e.note,
            )
            for e in parse_tmx(data, what=str(path))
            if e.source.strip() and e.target.strip()
        )
    from ttdn_i18n.formats import is_translation_file, read_document_checked, suffix_list

    if is_translation_file(path):
        doc, problems = read_document_checked(path)
        errors = [p.message for p in problems if p.severity == "error"]
        if errors:
            raise TMError("cannot import " + "; ".join(errors))
        if warnings is not None:
            warnings.extend(p.message for p in problems)
        else:
            import sys

            for p in problems:
                print(f"Warning: {p.message}", file=sys.stderr)
        return tm.add_reviewed(doc)
    raise TMError(
        f"cannot import {path}: unknown file type '{path.suffix}'; "
        f"give a .tmx file or a translator file ({suffix_list()})"
    )


def export_tmx(tm: TranslationMemory, path: Path) -> int:
    """Write the whole memory to ``path`` as TMX 1.4b (atomically); returns the entry count."""
    from ttdn_i18n.atomic import atomic_write, check_regular_target

    hint = "tm export - writes to standard output"
    check_regular_target(Path(path), alternative=hint)  # before the memory is read
    data, count = tmx_bytes(tm)
    atomic_write(Path(path), data, alternative=hint)
    return count


def tmx_bytes(tm: TranslationMemory) -> tuple[bytes, int]:
    """The whole memory as TMX 1.4b, and its entry count."""
    from ttdn_i18n.formats.tmx import TmxEntry, build_tmx, tmx_date

    entries = [
        TmxEntry(
            source=e.source,
            target=e.target,
            source_lang=e.source_lang,
            target_lang=e.target_lang,
            state=e.state,
            origin=e.origin,
            note=e.note,
            created=tmx_date(e.created),
            updated=tmx_date(e.updated),
        )
        for e in tm.entries()
    ]
    return build_tmx(entries), len(entries)
