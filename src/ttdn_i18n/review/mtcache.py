"""The MT cache: a sentence once machine-translated is never translated again.

Every raw MT result (the n-best list with scores, the pivot text, whether the
length cap was hit) is stored in SQLite next to the translation memory, in
``OUT/ttdn-mt-cache.sqlite``, under

* a **context**: the backend, the route (every leg's language pair and model
  identity: name, version and a SHA-256 of ``model.bin``, the vocabularies and
  the tokenizer files), the decoding signature (beam, hypotheses, length cap,
  compute type) and the term strategy; and
* the **exact text sent to MT** (after term injection, in the form the output
  files hold) plus the forbidden renderings suppressed for it.

The key is the text as MT sees it, not the canonical matching key of the
translation memory: two spellings that match in the memory ("hoà"/"hòa") can
give different MT, and keying them together would make a file depend on which
article was translated first.  Batch size, batch type and thread counts are
not in the key: they must not change the output (the engine batches only
sentences of exactly the same token length, so no padding ever differs).

Consequences: reruns, added articles and other batch sizes cannot change MT
that was already produced; identical sentences across chunks and runs are
translated once.  The cache holds only MT output (never reviewed work) and can
be deleted at any time (``ttdn-i18n cache clear``).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ttdn_i18n.errors import TMError
from ttdn_i18n.mt.engine import Hypothesis, MTResult
from ttdn_i18n.review.sqlite import SQLiteStore, connect_wal
from ttdn_i18n.usercache import read_private, write_private

if TYPE_CHECKING:
    from ttdn_i18n.mt.engine import DecodeOptions
    from ttdn_i18n.mt.packages import ModelInfo, Route

__all__ = [
    "CACHE_NAME",
    "CacheStats",
    "MTCache",
    "cache_context",
    "clear_cache",
    "default_cache_path",
    "model_identity",
    "open_cache",
    "resolve_cache_path",
    "cache_stats",
]

CACHE_NAME = "ttdn-mt-cache.sqlite"
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS mt (
    context TEXT NOT NULL,
    source TEXT NOT NULL,
    suppress TEXT NOT NULL,
    result TEXT NOT NULL,
    created TEXT NOT NULL,
    PRIMARY KEY (context, source, suppress)
);
CREATE TABLE IF NOT EXISTS model_checksums (
    path TEXT NOT NULL PRIMARY KEY,
    stamp TEXT NOT NULL,
    checksum TEXT NOT NULL
);
"""


def default_cache_path(out_dir: Path | str) -> Path:
    """``OUT/ttdn-mt-cache.sqlite``: beside the translation memory of that output folder."""
    return Path(out_dir) / CACHE_NAME


def resolve_cache_path(
    *, out_dir: Path | str | None = None, cache_path: Path | str | None = None
) -> Path:
    """The one rule for finding a project's MT cache (``translate`` and ``cache``)."""
    if cache_path is not None:
        return Path(cache_path)
    if out_dir is not None:
        return default_cache_path(out_dir)
    raise TMError("no MT cache named; give the output folder translate wrote to "
                  f"(its cache is {CACHE_NAME} there)")


# ---------------------------------------------------------------- identity

_CHECKSUMS: dict[tuple[str, str], str] = {}


def _model_files(model: ModelInfo) -> list[Path]:
    files = [model.model_dir / "model.bin"]
    files += sorted(p for p in model.model_dir.glob("*vocabulary*") if p.is_file())
    for name in dict.fromkeys((model.source_tokenizer, model.target_tokenizer)):
        if (model.path / name).is_file():
            files.append(model.path / name)
    return files


def _stamp(files: Sequence[Path]) -> str:
    parts = []
    for f in files:
        try:
            st = f.stat()
            parts.append(f"{f.name}:{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            parts.append(f"{f.name}:missing")
    return ";".join(parts)


def _checksum(files: Sequence[Path]) -> str:
    h = hashlib.sha256()
    for f in files:
        h.update(f.name.encode() + b"\0")
        try:
            with f.open("rb") as fh:
                while block := fh.read(1 << 20):
                    h.update(block)
        except OSError:
            h.update(b"missing")
        h.update(b"\0")
    return h.hexdigest()


#: Model checksums kept in the user's cache folder (:mod:`ttdn_i18n.usercache`), so a run
#: with a new output folder does not hash every model again (0.1-1 s per model).
_CHECKSUM_FILE = "model-checksums.json"
_CHECKSUM_KEEP = 64


def _known_checksums() -> dict[str, str]:
    data = read_private(_CHECKSUM_FILE, 1_000_000)
    if data is None:
        return {}
    try:
        table = json.loads(data)
    except ValueError:
        return {}
    if not isinstance(table, dict):
        return {}
    return {k: v for k, v in table.items() if isinstance(k, str) and isinstance(v, str)
            and len(v) == 64}


def _remember_checksum(table: dict[str, str], key: str, digest: str) -> None:
    table.pop(key, None)
    table[key] = digest  # newest last; the oldest go first
    kept = dict(list(table.items())[-_CHECKSUM_KEEP:])
    write_private(_CHECKSUM_FILE, json.dumps(kept, ensure_ascii=True).encode())


def model_identity(model: ModelInfo, cache: MTCache | None = None) -> str:
    """``name|version|kind|prefixes|sha256`` of what decides a model's output.

    The checksum covers ``model.bin``, the vocabularies and the tokenizer
    files; it is computed once per file state (size and modification time),
    remembered in the process, in the user's cache folder and, with ``cache``,
    in the cache database.
    """
    files = _model_files(model)
    stamp = _stamp(files)
    key = (str(model.path.resolve()), stamp)
    digest = _CHECKSUMS.get(key)
    if digest is None and cache is not None:
        digest = cache.stored_checksum(key[0], stamp)
    if digest is None:
        known = _known_checksums()
        digest = known.get(f"{key[0]}|{stamp}")
        if digest is None:
            digest = _checksum(files)
            _remember_checksum(known, f"{key[0]}|{stamp}", digest)
        if cache is not None:
            cache.store_checksum(key[0], stamp, digest)
    _CHECKSUMS[key] = digest
    tokens = ",".join(f"{k}={v}" for k, v in model.lang_tokens)
    return (f"{model.name}|{model.package_version}|{model.kind}|{model.tokenizer}|"
            f"src={model.source_prefix}|tgt={model.target_prefix}|eos={int(model.append_eos)}|"
            f"{tokens}|sha256={digest}")


def cache_context(
    route: Route,
    decode: DecodeOptions,
    terms: str,
    *,
    backend: str | None = None,
    cache: MTCache | None = None,
    names: str = "off",
) -> str:
    """Everything besides the sentence that decides its MT, as one string.

    ``names`` is the name masking ("mask" or "off", like the term strategy):
    a masked sentence reaches the model with placeholders for its names."""
    legs = " ; ".join(f"{s.from_code}>{s.to_code} {model_identity(s.model, cache)}"
                      for s in route.steps)
    return (f"backend={backend or route.backend} | route={route.provenance_route} | {legs} | "
            f"{decode.signature},compute={decode.compute_type} | terms={terms} | names={names}")


# ---------------------------------------------------------------- (de)serialising


def _dump(result: MTResult) -> str:
    return json.dumps({"h": [[h.text, h.score, h.capped] for h in result.hypotheses],
                       "c": result.capped, "p": result.pivot}, ensure_ascii=False)


def _load(text: str) -> MTResult | None:
    try:
        data = json.loads(text)
        hyps = tuple(Hypothesis(str(t), float(s), bool(c)) for t, s, c in data["h"])
        return MTResult(hyps, capped=bool(data["c"]), pivot=str(data["p"]))
    except (ValueError, KeyError, TypeError):
        return None  # damaged row: translate again


def _suppress_key(suppress: Sequence[str]) -> str:
    return "\x1f".join(sorted(set(suppress)))


# ---------------------------------------------------------------- the store


@dataclass(frozen=True)
class CacheStats:
    path: Path
    entries: int
    contexts: int
    size_bytes: int

    def as_dict(self) -> dict[str, object]:
        return {"path": str(self.path), "entries": self.entries, "contexts": self.contexts,
                "size_bytes": self.size_bytes}

    def format(self) -> str:
        return (f"MT cache {self.path}: {self.entries} sentences in {self.contexts} "
                f"model/route/decoding contexts, {self.size_bytes / 1e6:.1f} MB")


class MTCache(SQLiteStore):
    """An open MT cache; use :func:`open_cache` and ``with``.

    ``hits``/``misses`` count lookups since it was opened (for the run summary).
    """

    _what = "the MT cache"

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.hits = 0
        self.misses = 0
        self._conn: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = connect_wal(self.path, synchronous="NORMAL")
            self._migrate()
        except (sqlite3.Error, OSError) as exc:
            self.close()
            raise self._error(exc) from None

    def _error(self, exc: Exception) -> TMError:
        return TMError(f"cannot use the MT cache {self.path} ({exc}); delete it "
                       "(it holds only machine translation and is rebuilt) or run with "
                       "--no-mt-cache")

    def _migrate(self) -> None:
        db = self._db
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables and "mt" not in tables:
            raise TMError(f"{self.path} is an SQLite database but not a ttdn-i18n MT cache; "
                          "move it away")
        db.execute("BEGIN IMMEDIATE")
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                db.execute(statement)
        row = db.execute("SELECT version FROM schema_version").fetchone()
        if row is None:
            db.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))
        elif row[0] != SCHEMA_VERSION:
            # Only MT output lives here: a cache of another version starts empty.
            db.execute("DELETE FROM mt")
            db.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION,))
        db.execute("COMMIT")

    # -- model checksums -----------------------------------------------------------------------

    def stored_checksum(self, path: str, stamp: str) -> str | None:
        try:
            row = self._db.execute("SELECT checksum FROM model_checksums WHERE path = ? "
                                   "AND stamp = ?", (path, stamp)).fetchone()
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        return str(row[0]) if row else None

    def store_checksum(self, path: str, stamp: str, checksum: str) -> None:
        try:
            self._db.execute("INSERT OR REPLACE INTO model_checksums VALUES (?, ?, ?)",
                             (path, stamp, checksum))
        except sqlite3.Error as exc:
            raise self._error(exc) from None

    # -- results -------------------------------------------------------------------------------

    def get_many(
        self, context: str, items: Iterable[tuple[str, Sequence[str]]]
    ) -> list[MTResult | None]:
        """The stored result of each ``(source, suppress)`` pair, in order (None: not stored)."""
        found: list[MTResult | None] = []
        db = self._db
        try:
            for source, suppress in items:
                row = db.execute("SELECT result FROM mt WHERE context = ? AND source = ? "
                                 "AND suppress = ?",
                                 (context, source, _suppress_key(suppress))).fetchone()
                result = _load(row[0]) if row else None
                if result is None:
                    self.misses += 1
                else:
                    self.hits += 1
                found.append(result)
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        return found

    def put_many(
        self, context: str, items: Iterable[tuple[str, Sequence[str], MTResult]]
    ) -> int:
        """Store results; an existing entry is never replaced (first MT wins)."""
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        db = self._db
        n = 0
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                for source, suppress, result in items:
                    cur = db.execute("INSERT OR IGNORE INTO mt VALUES (?, ?, ?, ?, ?)",
                                     (context, source, _suppress_key(suppress), _dump(result),
                                      now))
                    n += cur.rowcount
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        return n

    def stats(self) -> CacheStats:
        try:
            entries, contexts = self._db.execute(
                "SELECT COUNT(*), COUNT(DISTINCT context) FROM mt").fetchone()
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        size = sum(p.stat().st_size for p in
                   (self.path, Path(f"{self.path}-wal")) if p.is_file())
        return CacheStats(self.path, int(entries), int(contexts), size)

    def clear(self) -> int:
        """Delete every stored result; returns how many there were."""
        db = self._db
        try:
            n = int(db.execute("SELECT COUNT(*) FROM mt").fetchone()[0])
            db.execute("DELETE FROM mt")
            db.execute("DELETE FROM model_checksums")
            db.execute("VACUUM")
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        return n



def open_cache(path: Path | str) -> MTCache:
    """Open (creating if needed) the MT cache at ``path``."""
    return MTCache(Path(path))


def cache_stats(path: Path | str) -> CacheStats:
    """Entries and size of the MT cache at ``path`` (an absent cache is empty)."""
    p = Path(path)
    if not p.is_file():
        return CacheStats(p, 0, 0, 0)
    with open_cache(p) as cache:
        return cache.stats()


def clear_cache(path: Path | str) -> int:
    """Empty the MT cache at ``path``; returns how many sentences it held."""
    p = Path(path)
    if not p.is_file():
        return 0
    with open_cache(p) as cache:
        return cache.clear()

