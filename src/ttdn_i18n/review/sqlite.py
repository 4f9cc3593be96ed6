"""What the translation memory and the MT cache share: a WAL SQLite file, opened and closed.

Both stores keep one connection, with explicit transactions
(``isolation_level=None``: ``BEGIN IMMEDIATE`` … ``COMMIT``) and the WAL
journal so a killed run never corrupts them; only their durability differs
(the memory holds reviewers' work: ``synchronous=FULL``; the cache can be
rebuilt: ``NORMAL``).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import TracebackType
from typing import Self

from ttdn_i18n.errors import TMError

__all__ = ["SQLiteStore", "connect_wal"]


def connect_wal(path: Path, *, synchronous: str) -> sqlite3.Connection:
    """Open ``path`` (created if absent) in WAL mode with explicit transactions."""
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=30)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute(f"PRAGMA synchronous={synchronous}")
    except sqlite3.Error:
        conn.close()
        raise
    return conn


class SQLiteStore:
    """One connection, closed once; usable as a context manager.

    A subclass sets ``path``, ``_conn`` and ``_what`` (its name in messages:
    "the translation memory", "the MT cache").
    """

    path: Path
    _conn: sqlite3.Connection | None = None
    _what = "the database"

    @property
    def _db(self) -> sqlite3.Connection:
        """The open connection; a store used after ``close()`` says so."""
        if self._conn is None:
            raise TMError(f"{self._what} {self.path} is closed; open it again")
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
