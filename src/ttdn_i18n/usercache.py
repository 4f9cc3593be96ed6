"""The user's cache folder: work a later run can skip, never a different result.

Two things are kept there: compiled glossaries (:mod:`ttdn_i18n.terms.glossary`)
and the SHA-256 of installed models (:mod:`ttdn_i18n.review.mtcache`), which a
run with a new output folder would otherwise hash again (0.1–1 s per model).
The folder is ``$TTDN_I18N_CACHE_DIR``, else ``$XDG_CACHE_HOME/ttdn-i18n``, else
``~/.cache/ttdn-i18n``; ``TTDN_I18N_CACHE_DIR=off`` turns the cache off.  Every
failure here (no home, a read-only disk, a damaged entry) only means the work is
done again: nothing in this module raises.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

__all__ = ["CACHE_ENV", "cache_dir", "read_private", "write_private", "prune"]

#: Environment variable naming the cache folder; "off" (or empty) turns the cache off.
CACHE_ENV = "TTDN_I18N_CACHE_DIR"
_OFF = ("", "off", "0", "no", "false", "none")


def cache_dir() -> Path | None:
    """Where the cache lives, or None when it is off."""
    value = os.environ.get(CACHE_ENV)
    if value is not None:
        return None if value.strip().lower() in _OFF else Path(value).expanduser()
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):  # the XDG spec: a relative value is ignored
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "ttdn-i18n" if os.path.isabs(base) else None


def read_private(name: str, max_bytes: int) -> bytes | None:
    """The bytes of cache entry ``name``, or None.

    Only a regular file owned by this user that nobody else may write is read:
    a compiled glossary is unpickled, which runs code.
    """
    folder = cache_dir()
    if folder is None:
        return None
    path = folder / name
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if (not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid()
                    or info.st_mode & 0o022 or info.st_size > max_bytes):
                return None
            data = handle.read(max_bytes + 1)
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used: kept by prune()
    except OSError:
        return None
    return data if len(data) <= max_bytes else None


def write_private(name: str, data: bytes) -> bool:
    """Write cache entry ``name`` whole (temporary file + rename, mode 0600)."""
    folder = cache_dir()
    if folder is None:
        return False
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".entry-", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.chmod(tmp, 0o600)
            os.replace(tmp, folder / name)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError:
        return False
    return True


def prune(pattern: str, keep: int) -> None:
    """Remove all but the ``keep`` most recently used entries matching ``pattern``."""
    folder = cache_dir()
    if folder is None:
        return
    with contextlib.suppress(OSError):
        entries = sorted(folder.glob(pattern), key=lambda f: f.stat().st_mtime, reverse=True)
        for old in entries[keep:]:
            old.unlink(missing_ok=True)
