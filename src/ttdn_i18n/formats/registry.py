"""The translator-file formats, in one table.

Every format ttdn-i18n writes and reads is one :class:`Format` entry: its name
(``--format``), the suffix it writes, any other suffixes it reads, how to
recognise its bytes, and its ``dump``/``parse`` functions.  Everything that
needs to know the formats (``translate --format``, ``check``, ``status``,
``tm import``, ``publish``, the config file) asks this module, so a new format
is one module plus one :func:`register_format` call:

========== ========== ===============================================
name        extension   for
========== ========== ===============================================
``xliff12`` ``.xlf``    CAT tools (OmegaT, Trados, memoQ, Translate Toolkit)
``xliff21`` ``.xliff``  XLIFF 2.1 tools; metadata survives exactly
``po``      ``.po``     gettext editors (Poedit, Weblate, Lokalize)
========== ========== ===============================================

XLIFF 2.1 gets ``.xliff`` so that both XLIFF flavours of one article can sit
side by side.  Reading does not trust the extension for XLIFF: the content
decides (root element namespace and ``version``), because CAT tools save
files under whatever name the user picks.

Third-party packages can add formats through the ``ttdn_i18n.formats``
entry-point group (each entry point names a :class:`Format`).
"""

from __future__ import annotations

import dataclasses
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ttdn_i18n.atomic import atomic_write
from ttdn_i18n.errors import FormatError
from ttdn_i18n.formats.base import Format, Probe
from ttdn_i18n.formats.notes import read_input
from ttdn_i18n.model import Document

if TYPE_CHECKING:
    pass

__all__ = [
    "Format",
    "Probe",
    "register_format",
    "unregister_format",
    "get_format",
    "format_names",
    "all_formats",
    "translation_suffixes",
    "is_translation_file",
    "detect_format",
    "dump_document",
    "parse_document",
    "read_document",
    "write_document",
    "find_translation_files",
    "suffix_list",
    "DEFAULT_FORMAT",
    "LanguageProblem",
    "check_languages",
    "read_document_checked",
]

#: What ``translate`` writes when nobody says otherwise.
DEFAULT_FORMAT = "xliff12"


_REGISTRY: dict[str, Format] = {}
_LOCK = threading.Lock()
_LOADED = False


def _builtin_formats() -> list[Format]:
    # Imported here, not at module level: the format modules import lxml/polib,
    # and `ttdn-i18n --help` must not pay for them.
    from ttdn_i18n.formats import po, xliff12, xliff21

    return [xliff12.FORMAT, xliff21.FORMAT, po.FORMAT]


def _plugin_formats() -> list[Format]:
    from importlib.metadata import entry_points

    found = []
    for ep in entry_points(group="ttdn_i18n.formats"):
        try:
            fmt = ep.load()
        except Exception as exc:  # a broken plug-in must not break the built-in formats
            raise FormatError(f"format plug-in {ep.name} cannot be loaded ({exc}); "
                              "reinstall or uninstall the package that provides it") from None
        if isinstance(fmt, Format):
            found.append(fmt)
    return found


def _ensure_loaded() -> None:
    global _LOADED
    if _LOADED:
        return
    with _LOCK:
        if _LOADED:
            return
        for fmt in _builtin_formats() + _plugin_formats():
            _REGISTRY.setdefault(fmt.name, fmt)
        _LOADED = True


def register_format(fmt: Format, *, replace: bool = False) -> Format:
    """Add ``fmt`` to the table; every command accepts its files from then on."""
    _ensure_loaded()
    if not replace and fmt.name in _REGISTRY:
        raise FormatError(f"a format named {fmt.name!r} is already registered; "
                          "choose another name or pass replace=True")
    taken = {s: f.name for f in _REGISTRY.values() for s in f.suffixes if f.name != fmt.name}
    for s in fmt.suffixes:
        if s in taken:
            raise FormatError(f"suffix {s} of format {fmt.name!r} is already used by "
                              f"{taken[s]!r}; choose another suffix")
    _REGISTRY[fmt.name] = fmt
    return fmt


def unregister_format(name: str) -> None:
    _ensure_loaded()
    _REGISTRY.pop(name, None)


def all_formats() -> tuple[Format, ...]:
    _ensure_loaded()
    return tuple(_REGISTRY.values())


def format_names() -> tuple[str, ...]:
    return tuple(f.name for f in all_formats())


def get_format(name: str) -> Format:
    """The format called ``name``; a :class:`FormatError` listing the choices otherwise."""
    _ensure_loaded()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise FormatError(f"unknown format '{name}'; use one of: {', '.join(_REGISTRY)}") from None


def translation_suffixes() -> tuple[str, ...]:
    """Every suffix a translator file may have (what ``check``/``status`` look for)."""
    return tuple(dict.fromkeys(s for f in all_formats() for s in f.suffixes))


def is_translation_file(path: Path) -> bool:
    return path.suffix.lower() in translation_suffixes()


def detect_format(data: bytes, *, name: str) -> Format:
    """The format of ``data`` (content first); a :class:`FormatError` if none fits."""
    return _detect(Probe(data, name))


def _detect(probe: Probe) -> Format:
    for fmt in all_formats():
        if fmt.detect(probe):
            return fmt
    labels = [f.label or f.name for f in all_formats()]
    names = ", ".join(labels[:-1]) + f" or {labels[-1]}" if len(labels) > 1 else labels[0]
    if probe.looks_like_xml:
        from ttdn_i18n.xmlsafe import local_name, namespace_of

        root = probe.xml_root
        assert root is not None
        why = f"its root element is <{local_name(root)}> in namespace {namespace_of(root)}"
    else:
        why = "it is not XML and no other format recognises it"
    raise FormatError(
        f"{probe.name} is not {names} ({why}); export the translation from your CAT tool "
        "as XLIFF 1.2, XLIFF 2.1 or PO"
    )


def dump_document(doc: Document, fmt: str) -> bytes:
    """Serialize ``doc`` in the format called ``fmt``."""
    return get_format(fmt).dump(doc)


def parse_document(data: bytes, *, name: str) -> Document:
    """Read a Document from bytes in any registered format."""
    probe = Probe(data, name)
    return _detect(probe).parse(probe)


def read_document(path: Path | str) -> Document:
    """Read a translator file in any registered format, whatever its extension."""
    return parse_document(read_input(Path(path)), name=str(path))


def write_document(doc: Document, path: Path | str, fmt: str) -> Path:
    """Write ``doc`` to ``path`` atomically (complete or absent); creates the folder."""
    out = Path(path)
    data = dump_document(doc, fmt)
    out.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(out, data)
    return out


def _hidden(path: Path, root: Path) -> bool:
    # Hidden folders (.git, .ttdn) and dot-files (atomic_write's temporary files) are not results.
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def find_translation_files(root: Path) -> list[Path]:
    """Every translator file under ``root`` (any registered suffix), sorted.

    Hidden folders and files and editor backups (``name~``) are skipped.
    """
    suffixes = translation_suffixes()
    return sorted(
        p
        for p in Path(root).rglob("*")
        if p.suffix.lower() in suffixes
        and not p.name.endswith("~")
        and not _hidden(p, root)
        # An OmegaT project's files are read through formats.omegat, not one by one.
        and not any((Path(root) / d / "omegat.project").exists()
                    for d in p.relative_to(root).parents)
        and p.is_file()
    )


def suffix_list() -> str:
    """``.xlf, .xliff, .po or .pot`` for messages."""
    s = translation_suffixes()
    return ", ".join(s[:-1]) + f" or {s[-1]}" if len(s) > 1 else s[0]


# --------------------------------------------------------------------------- language codes

_LANG_CODE = re.compile(r"\A[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*\Z")


@dataclass(frozen=True)
class LanguageProblem:
    """A missing or odd language code in a translator file; ``severity`` warning|error."""

    path: str
    severity: str
    message: str


def _lang_ok(code: str) -> bool:
    return bool(_LANG_CODE.match(code.strip()))


def check_languages(doc: Document, path: Path | str) -> tuple[Document, list[LanguageProblem]]:
    """``doc`` with usable language codes, and what was wrong with the file's own.

    Files from other tools may carry no target language (Translate Toolkit's
    ``po2xliff`` writes none when the PO has no ``Language`` header; a PO
    without ``Language``) or a wrong source language (``po2xliff`` always
    writes ``source-language="en-US"``).  ttdn-i18n translates from Vietnamese,
    so an odd source language is a warning and is read as ``vi``.  A missing
    or malformed target language is a warning when the folder is named after
    a language (``OUT/en/…``: that language is used) and an error otherwise.
    """
    name = str(path)
    problems: list[LanguageProblem] = []
    source = doc.source_lang.strip()
    # The fix names XLIFF's attribute or PO's header line, whichever the file has.
    xml = Path(name).suffix.lower() not in get_format("po").suffixes
    if source.lower().replace("_", "-").split("-")[0] != "vi" and (source or xml):
        problems.append(LanguageProblem(name, "warning", (
            f"{name}: source language {source or '(none)'!s} is not Vietnamese; read as vi "
            "(Translate Toolkit's po2xliff always writes en-US) — set "
            'source-language="vi" on <file> to silence this')))
        doc = dataclasses.replace(doc, source_lang="vi")
    target = doc.target_lang.strip()
    if not _lang_ok(target) or target.lower().split("-")[0] == "vi":
        folder = Path(name).parent.name
        what = f"target language {target!r}" if target else "no target language"
        where = ('target-language="…" on <file>' if xml
                 else 'a "Language: …" line in the PO header')
        if _lang_ok(folder) and folder.lower() != "vi":
            problems.append(LanguageProblem(name, "warning", (
                f"{name}: {what}; read as {folder.lower()} from the folder name — add "
                f"{where.replace('…', folder.lower())} to say so in the file")))
            doc = dataclasses.replace(doc, target_lang=folder.lower())
        else:
            problems.append(LanguageProblem(name, "error", (
                f"{name}: {what}, and the folder name {folder!r} is not a language code; "
                f"add {where} (en, lo or km) or put the file in a folder named after its "
                "language (OUT/en/…)")))
    return doc, problems


def read_document_checked(path: Path | str) -> tuple[Document, list[LanguageProblem]]:
    """:func:`read_document` plus :func:`check_languages`."""
    return check_languages(read_document(path), path)
