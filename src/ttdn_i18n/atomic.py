"""Write output files so that they are either complete or absent.

A translator may open an XLIFF file while the pipeline is still running, and a
crash or a full disk must never leave half a file that a CAT tool would then
"repair".  :func:`atomic_write` writes a hidden temporary file beside the
target, syncs it, renames it over the target and syncs the folder.

:func:`ensure_inside` turns an untrusted article name (from a file name, a URL
or a title) into a path that cannot escape the output folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat
import tempfile
import unicodedata
from pathlib import Path

from ttdn_i18n.errors import OutputError, TtdnError

__all__ = ["atomic_write", "check_regular_target", "ensure_inside", "read_regular_file"]

# Characters Windows (and some sync tools) refuse in names; replacing them keeps
# outputs portable to translators' machines.
_UNPORTABLE = re.compile(r'[<>:"|?*\\]')
_MAX_COMPONENT_BYTES = 200  # below the common 255-byte limit, leaving room for suffixes


def _fail(path: Path, reason: str) -> OutputError:
    return OutputError(f"cannot write {path}: {reason}; check the folder exists and is writable")


def _current_umask() -> int:
    # os.umask can only be read by setting it, which races with other threads;
    # Linux exposes it read-only in /proc.
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def check_regular_target(path: Path, *, alternative: str = "") -> None:
    """Refuse to replace anything at ``path`` but a regular file (or nothing).

    A rename replaces a symbolic link itself (a reviewer's link to the shared
    copy would silently stop being one) and a device or FIFO entirely (root's
    ``tm export /dev/stdout`` replaced the system's ``/dev/stdout``).
    """
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise _fail(path, exc.strerror or str(exc)) from None
    if stat.S_ISLNK(mode):
        raise OutputError(f"cannot write {path}: it is a symbolic link, not a regular file; "
                          "remove it or give another path")
    if not stat.S_ISREG(mode):
        kind = "a folder" if stat.S_ISDIR(mode) else "a device, FIFO or socket"
        raise OutputError(f"cannot write {path}: it is not a regular file ({kind}); "
                          "give another path" + (f" ({alternative})" if alternative else ""))


def read_regular_file(
    path: Path | str, limit: int, *, what: str, error_cls: type[TtdnError]
) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes.

    A FIFO would block ``open`` forever and a link to ``/dev/zero`` reports
    ``st_size`` 0 and never ends, so the file is opened without blocking,
    checked with ``fstat`` (after following links) and read with a bound.
    ``what`` names the file in messages ("article", "glossary"...); refusals
    raise ``error_cls``.  OSError (missing file, permissions) propagates for the
    caller's own message.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = "a folder" if stat.S_ISDIR(mode) else "a FIFO, device or socket"
            raise error_cls(f"{what} {path} is not a regular file ({kind}); "
                            "save it as a file and give that path")
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    finally:
        os.close(fd)
    if total > limit:
        raise error_cls(f"{what} {path} is larger than {limit // 1_000_000} MB; "
                        "check that the right file was given")
    return b"".join(chunks)


def atomic_write(path: Path, data: bytes, *, alternative: str = "") -> None:
    """Replace ``path`` with ``data`` atomically.

    The temporary file lives in the same folder (a rename across file systems
    is not atomic), starts with ``.`` and ends with ``.tmp``.  On any failure
    the temporary file is removed and :class:`OutputError` is raised; the
    previous content of ``path``, if any, is untouched.  Only a regular file
    is replaced (:func:`check_regular_target`); ``alternative`` adds a hint to
    that refusal.
    """
    path = Path(path)
    folder = path.parent
    check_regular_target(path, alternative=alternative)
    try:
        mode = path.stat().st_mode & 0o7777
    except OSError:
        mode = 0o666 & ~_current_umask()
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _fail(path, exc.strerror or str(exc)) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fchmod(fh.fileno(), mode)
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise _fail(path, exc.strerror or str(exc)) from None
        raise
    _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable.  Some platforms and file systems cannot
    # open or sync a directory; the data is already safe on disk then.
    try:
        dfd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)


def _clean_component(part: str) -> str:
    part = unicodedata.normalize("NFC", part)
    # Control (Cc) and format (Cf: bidi overrides, zero-width) characters make
    # names that look like other names; NUL would truncate the path in C.
    part = "".join(
        "_" if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") else ch for ch in part
    )
    part = _UNPORTABLE.sub("_", part).strip()
    # Trailing dots and spaces vanish on Windows, making two names collide.
    part = part.rstrip(". ")
    if part in ("", ".", ".."):
        return ""
    # A leading dash reads as an option to command-line tools; a leading dot
    # hides the file and could collide with our own ".*.tmp" files.
    if part[0] in "-.":
        part = "_" + part
    encoded = part.encode("utf-8")
    if len(encoded) > _MAX_COMPONENT_BYTES:
        # Two long titles often differ only at the end ("… phần 1", "… phần 2"): a
        # short hash of the whole name keeps the shortened names distinct and stable.
        digest = hashlib.sha256(encoded).hexdigest()[:8]
        head = encoded[: _MAX_COMPONENT_BYTES - 9].decode("utf-8", errors="ignore").rstrip(". ")
        part = f"{head}-{digest}"
    return part


def ensure_inside(root: Path, relative: str) -> Path:
    """``root / relative`` with ``relative`` cleaned so the result stays in ``root``.

    ``..`` and empty parts are dropped, absolute paths are made relative,
    control characters and characters Windows forbids become ``_``, a leading
    ``-`` or ``.`` gets a ``_`` prefix.  Vietnamese letters and spaces are kept.
    Raises :class:`OutputError` if nothing usable is left, or if a symbolic
    link inside ``root`` would lead the path outside it.
    """
    parts = [_clean_component(p) for p in re.split(r"[/\\]", relative)]
    parts = [p for p in parts if p]
    if not parts:
        raise OutputError(
            f"cannot make an output file name from {relative!r}; give the article a name "
            "with letters or digits"
        )
    root = Path(root)
    candidate = root.joinpath(*parts)
    base = root.resolve()
    resolved = candidate.resolve()
    if resolved != base and base not in resolved.parents:
        raise OutputError(
            f"output path {candidate} leads outside {root} (through a symbolic link); "
            "remove the link or choose another output folder"
        )
    return candidate
