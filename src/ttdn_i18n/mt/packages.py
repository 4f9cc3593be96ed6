"""Installed translation models: find, install, list, remove, and route.

Models live where Argos Translate keeps them, so a package installed by
``argospm`` is seen here and the other way round: ``$ARGOS_PACKAGES_DIR`` if
set, else ``$XDG_DATA_HOME/argos-translate/packages`` (default
``~/.local/share/argos-translate/packages``).  The location is computed here
rather than imported from ``argostranslate.settings``, which creates
directories and reads config files at import time.

Each model is a folder with a ``metadata.json``.  Argos packages are read as
they are (``from_code``, ``to_code``, ``package_version``, ``argos_version``,
optional ``target_prefix``), with a CTranslate2 model in ``model/`` and a
``sentencepiece.model`` (or ``bpe.model``) tokenizer.

Multilingual models (M2M-100, NLLB, multi-target Marian) converted to
CTranslate2 use the same layout, plus an optional ``"ttdn"`` object in
``metadata.json`` that Argos ignores, so such folders stay valid Argos
packages::

    "ttdn": {
        "kind": "m2m100",              # "argos" (default) | "marian" | "m2m100" | "nllb" | "madlad"
        "from_codes": ["vi", "en"],    # default: [from_code]
        "to_codes": ["en", "lo", "km"],# default: [to_code]
        "source_prefix": "__{src}__",  # tokens put before the source
        "target_prefix_template": "__{lang}__",  # forced first target token(s)
        "lang_tokens": {"lo": "lao_Laoo"},       # code -> what fills {src}/{tgt}/{lang}
        "append_eos": true,            # put "</s>" after the source tokens
        "source_tokenizer": "sentencepiece.model",  # or e.g. "source.spm"
        "target_tokenizer": "sentencepiece.model",  # or e.g. "target.spm"
        "license": "CC-BY-NC-4.0",
        "quantization": "int8"
    }

In the templates ``{src}`` is the source language's token, ``{tgt}`` and
``{lang}`` the target language's; tokens are separated by spaces.  Missing
keys take the convention of the kind: M2M-100 ``__{src}__`` /
``__{lang}__`` / EOS; NLLB ``{src}`` / ``{lang}`` / EOS (``lang_tokens``
defaults to the FLORES-200 codes of :data:`NLLB_CODES`, ``lo`` → ``lao_Laoo``);
Marian no source prefix (``>>{tgt}<<`` for multi-target models) / no target
prefix / EOS; MADLAD-400 (T5) ``▁ <2{tgt}>`` (the target language is chosen by a
token at the start of the *source*, after the SentencePiece word-start piece
``▁`` exactly as ``tokenizer("<2lo> …")`` splits it) / no target prefix / EOS.
``ttdn-i18n models import`` (:mod:`ttdn_i18n.mt.convert`) writes such folders
from Hugging Face checkpoints.

Routing (:func:`plan_route`) prefers a direct package, then a multilingual
model, then two legs through English; a preference per language (a model
name or a route kind) overrides that order and fails loudly when impossible.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import string
import struct
import tempfile
import uuid
import zipfile
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import Any

from ttdn_i18n.errors import ConfigError, ModelError

__all__ = [
    "LANGUAGES",
    "TARGET_LANGUAGES",
    "KINDS",
    "ROUTE_KINDS",
    "DEFAULT_BACKEND",
    "NLLB_CODES",
    "ModelInfo",
    "RouteStep",
    "Route",
    "packages_dirs",
    "read_model",
    "list_models",
    "install_package",
    "install_folder",
    "remove_model",
    "plan_route",
    "plan_routes",
    "check_language",
    "human_size",
    "commercial_use",
    "route_line",
    "format_models",
    "describe_model",
    "models_report",
    "models_as_dict",
]

#: Language codes the tool knows, with English names.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "lo": "Lao",
    "km": "Khmer",
    "vi": "Vietnamese",
    "th": "Thai",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "ru": "Russian",
    "id": "Indonesian",
    "ms": "Malay",
    "my": "Burmese",
}

#: The languages ttdn-i18n is made for; error messages list these first.
TARGET_LANGUAGES: tuple[str, ...] = ("en", "km", "lo")

KINDS: tuple[str, ...] = ("argos", "marian", "m2m100", "nllb", "madlad")

#: What a per-language engine preference may name besides a model: a route kind
#: (``auto`` = no preference, the normal choice).
ROUTE_KINDS: tuple[str, ...] = ("auto", "direct", "multilingual", "pivot")

#: FLORES-200 codes NLLB uses as language tokens, for every code in LANGUAGES.
NLLB_CODES: dict[str, str] = {
    "en": "eng_Latn",
    "lo": "lao_Laoo",
    "km": "khm_Khmr",
    "vi": "vie_Latn",
    "th": "tha_Thai",
    "zh": "zho_Hans",
    "ja": "jpn_Jpan",
    "ko": "kor_Hang",
    "fr": "fra_Latn",
    "de": "deu_Latn",
    "es": "spa_Latn",
    "ru": "rus_Cyrl",
    "id": "ind_Latn",
    "ms": "zsm_Latn",
    "my": "mya_Mymr",
}

# Per-kind conventions: (source_prefix, target_prefix_template, append_eos).
_KIND_DEFAULTS: dict[str, tuple[str, str, bool]] = {
    "argos": ("", "", False),
    "marian": ("", "", True),
    "m2m100": ("__{src}__", "__{lang}__", True),
    "nllb": ("{src}", "{lang}", True),
    "madlad": ("▁ <2{tgt}>", "", True),
}

_REINSTALL = "reinstall it with `ttdn-i18n models install`"

#: The MT backend a route runs on unless one is chosen (see :mod:`ttdn_i18n.mt.engine`).
DEFAULT_BACKEND = "ctranslate2"


@dataclass(frozen=True)
class ModelInfo:
    """An installed model, as described by its folder and ``metadata.json``.

    ``source_prefix`` and ``target_prefix`` are templates (see the module
    docstring); for Argos packages ``target_prefix`` is the literal
    ``target_prefix`` of the metadata.
    """

    name: str
    path: Path
    kind: str
    from_code: str
    to_codes: tuple[str, ...]
    package_version: str = ""
    size_bytes: int = 0
    quantization: str = ""
    license: str = ""
    tokenizer: str = "sentencepiece"  # "sentencepiece" | "bpe"
    target_prefix: str = ""
    source_prefix: str = ""
    append_eos: bool = False
    from_codes: tuple[str, ...] = ()
    lang_tokens: tuple[tuple[str, str], ...] = ()
    source_tokenizer: str = "sentencepiece.model"
    target_tokenizer: str = "sentencepiece.model"
    argos_version: str = ""

    @property
    def to_code(self) -> str:
        return self.to_codes[0]

    @property
    def sources(self) -> tuple[str, ...]:
        return self.from_codes or (self.from_code,)

    @property
    def multilingual(self) -> bool:
        return (self.kind in ("m2m100", "nllb", "madlad") or len(self.to_codes) > 1
                or len(self.sources) > 1)

    @property
    def label(self) -> str:
        """``name-version``, as recorded in provenance and alternative origins."""
        return f"{self.name}-{self.package_version}" if self.package_version else self.name

    @property
    def model_dir(self) -> Path:
        return self.path / "model"

    def covers(self, source: str, target: str) -> bool:
        return source != target and source in self.sources and target in self.to_codes

    def lang_token(self, code: str) -> str:
        return dict(self.lang_tokens).get(code, code)

    def source_tokens(self, source: str, target: str) -> tuple[str, ...]:
        """Tokens put before the tokenized source sentence."""
        return self._expand(self.source_prefix, source, target)

    def target_tokens(self, target: str) -> tuple[str, ...]:
        """Tokens forced at the start of the target (stripped from the output)."""
        return self._expand(self.target_prefix, self.from_code, target)

    def _expand(self, template: str, source: str, target: str) -> tuple[str, ...]:
        if not template:
            return ()
        tgt = self.lang_token(target)
        text = template.format(src=self.lang_token(source), tgt=tgt, lang=tgt)
        return tuple(text.split())


@dataclass(frozen=True)
class RouteStep:
    model: ModelInfo
    from_code: str
    to_code: str


@dataclass(frozen=True)
class Route:
    """How to get from the source language to ``target``: zero, one or two steps.

    ``backend`` names the MT backend (:mod:`ttdn_i18n.mt.engine`) whose engines
    run every step; provenance records it as ``engine:<backend>``.
    """

    target: str
    steps: tuple[RouteStep, ...]
    kind: str  # "direct" | "multilingual" | "pivot" | "none"
    source: str = "vi"
    backend: str = DEFAULT_BACKEND

    @property
    def provenance_engine(self) -> str:
        """The ``engine`` field of :class:`ttdn_i18n.model.Provenance`."""
        return self.backend if self.steps else "none"

    @property
    def provenance_route(self) -> str:
        """The ``route`` field of :class:`ttdn_i18n.model.Provenance`."""
        if self.kind == "pivot":
            return f"pivot:{self.steps[0].to_code}"
        return self.kind

    @property
    def model_label(self) -> str:
        """Models used, ``+``-joined in order; "" when there is no route."""
        return "+".join(step.model.label for step in self.steps)

    def describe(self) -> str:
        if not self.steps:
            return f"{self.source}→{self.target}: no model"
        legs = ", ".join(f"{s.from_code}→{s.to_code} by {s.model.label}" for s in self.steps)
        return f"{self.source}→{self.target} ({self.kind}): {legs}"


# ---------------------------------------------------------------- languages


def check_language(code: str, option: str = "--to") -> str:
    """Return ``code`` normalized (lower case), or raise ConfigError."""
    norm = code.strip().lower().replace("_", "-")
    if norm in LANGUAGES:
        return norm
    others = ", ".join(sorted(set(LANGUAGES) - set(TARGET_LANGUAGES)))
    raise ConfigError(
        f"unknown language code '{code}' in {option}; use one of: "
        f"{', '.join(TARGET_LANGUAGES)} (also known: {others})"
    )


# ---------------------------------------------------------------- locations


def packages_dirs() -> list[Path]:
    """Folders searched for models; the first one is where installs go."""
    env = os.environ.get("ARGOS_PACKAGES_DIR")
    if env:
        return [Path(env).expanduser()]
    home = Path.home()
    if "SNAP" in os.environ and "SNAP_USER_DATA" in os.environ:
        # argostranslate does the same under snap confinement.
        home = Path(os.environ["SNAP_USER_DATA"])
    data = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return [data / "argos-translate" / "packages"]


# ---------------------------------------------------------------- reading


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


#: Longest metadata string we accept (versions, codes, prefixes, file names): a
#: 5,000-digit ``package_version`` once made every ``translate`` crash.
_MAX_FIELD = 64


def _field(value: Any, name: str) -> str:
    """A metadata string, refused (ValueError) when absurdly long."""
    text = _str(value)
    if len(text) > _MAX_FIELD:
        raise ValueError(f"{name} in metadata.json is {len(text)} characters long "
                         f"(at most {_MAX_FIELD})")
    return text


_TEMPLATE_FIELDS = frozenset({"src", "tgt", "lang"})


def _template(value: Any, name: str) -> str:
    """A prefix template that may only name ``{src}`` and ``{tgt}``.

    ``str.format`` would otherwise run format specs from the package
    (``{src:>2000000000}`` allocates 2 GB) or reach attributes.
    """
    text = _field(value, name)
    try:
        pieces = list(string.Formatter().parse(text))
    except ValueError:
        raise ValueError(f"{name} in metadata.json is not a valid template") from None
    for _, field, spec, conversion in pieces:
        if field is not None and (field not in _TEMPLATE_FIELDS or spec or conversion):
            raise ValueError(f"{name} in metadata.json may only use {{src}} and {{tgt}}")
    return text


def _tokenizer_path(folder: Path, value: Any, name: str) -> str:
    """A tokenizer file name inside the package folder (no absolute path, no ``..``)."""
    text = _field(value, name)
    if not text:
        return ""
    rel = Path(text)
    base = folder.resolve()
    if (rel.is_absolute() or ".." in rel.parts or "\\" in text
            or base not in (base / rel).resolve().parents):
        raise ValueError(f"{name} in metadata.json must name a file inside the package "
                         f"folder, not '{text}'")
    return text


def _codes(value: Any) -> tuple[str, ...]:
    if isinstance(value, list) and len(value) <= 1000 and all(
        isinstance(v, str) and v and len(v) <= _MAX_FIELD for v in value
    ):
        return tuple(dict.fromkeys(value))
    return ()


def _dir_size(path: Path) -> int:
    total = 0
    for p in path.rglob("*"):
        try:
            if p.is_file():
                total += p.stat().st_size
        except OSError:
            continue
    return total


# Type ids of the CTranslate2 binary format (include/ctranslate2/types.h).
_CT2_DTYPES = ("float32", "int8", "int16", "int32", "float16", "bfloat16")


def _sniff_quantization(model_bin: Path) -> str:
    """Best-effort weight type of a CTranslate2 ``model.bin``; "" when unsure.

    Reads variable headers only (skipping the data) until the first matrix.
    Only binary versions 5 and 6 are parsed: the layout of older ones differs.
    """
    try:
        with model_bin.open("rb") as f:

            def u(fmt: str) -> int:
                data = f.read(struct.calcsize(fmt))
                if len(data) != struct.calcsize(fmt):
                    raise ValueError("truncated")
                return int(struct.unpack("<" + fmt, data)[0])

            def skip_string() -> None:
                f.seek(u("H"), os.SEEK_CUR)

            if u("I") not in (5, 6):
                return ""
            skip_string()  # spec name
            u("I")  # spec revision
            count = u("I")
            for _ in range(min(count, 10_000)):
                skip_string()
                rank = u("B")
                if rank > 8:
                    return ""
                for _ in range(rank):
                    u("I")
                dtype = u("B")
                nbytes = u("I")
                if dtype >= len(_CT2_DTYPES):
                    return ""
                if rank == 2:
                    return _CT2_DTYPES[dtype]
                f.seek(nbytes, os.SEEK_CUR)
    except (OSError, ValueError, struct.error):
        return ""
    return ""


def _model_from_metadata(folder: Path, meta: Mapping[str, Any]) -> ModelInfo:
    """Build a ModelInfo from parsed metadata; raises ValueError with a reason."""
    from_code = _field(meta.get("from_code"), "from_code")
    to_code = _field(meta.get("to_code"), "to_code")
    if not from_code:
        raise ValueError("metadata.json has no from_code")
    if not to_code:
        raise ValueError("metadata.json has no to_code")
    ext = meta.get("ttdn")
    ext = ext if isinstance(ext, dict) else {}
    kind = _str(ext.get("kind")) or "argos"
    if kind not in KINDS:
        raise ValueError(f"unknown ttdn kind '{kind}' (use one of: {', '.join(KINDS)})")
    src_default, tgt_default, eos_default = _KIND_DEFAULTS[kind]
    to_codes = _codes(ext.get("to_codes")) or _codes(meta.get("to_codes")) or (to_code,)
    from_codes = _codes(ext.get("from_codes")) or (from_code,)
    if kind == "marian" and len(to_codes) > 1:
        src_default = ">>{tgt}<<"
    if kind == "argos":
        target_prefix = _template(meta.get("target_prefix"), "target_prefix")
    else:
        target_prefix = _template(ext.get("target_prefix_template", tgt_default),
                                  "ttdn.target_prefix_template")
    source_prefix = _template(ext.get("source_prefix", src_default), "ttdn.source_prefix")
    raw_tokens = ext.get("lang_tokens")
    tokens: dict[str, str] = dict(NLLB_CODES) if kind == "nllb" else {}
    if isinstance(raw_tokens, dict):
        tokens.update((str(k), v) for k, v in raw_tokens.items()
                      if isinstance(v, str) and len(v) <= _MAX_FIELD)
    lang_tokens = tuple(sorted(tokens.items()))
    append_eos = ext.get("append_eos", eos_default)
    src_tok = (_tokenizer_path(folder, ext.get("source_tokenizer"), "ttdn.source_tokenizer")
               or "sentencepiece.model")
    tgt_tok = _tokenizer_path(folder, ext.get("target_tokenizer"),
                              "ttdn.target_tokenizer") or src_tok
    if (folder / src_tok).is_file():
        # Only Argos' own "bpe.model" holds subword-nmt codes; M2M-100 and NLLB
        # ship a SentencePiece model named "sentencepiece.bpe.model".
        tokenizer = "bpe" if Path(src_tok).name == "bpe.model" else "sentencepiece"
    elif (folder / "bpe.model").is_file():
        tokenizer, src_tok, tgt_tok = "bpe", "bpe.model", "bpe.model"
    else:
        tokenizer = "sentencepiece"
    quantization = _str(ext.get("quantization")) or _sniff_quantization(
        folder / "model" / "model.bin"
    )
    return ModelInfo(
        name=folder.name,
        path=folder,
        kind=kind,
        from_code=from_code,
        to_codes=to_codes,
        package_version=_field(meta.get("package_version"), "package_version"),
        size_bytes=_dir_size(folder),
        quantization=quantization,
        license=_str(ext.get("license")) or _str(meta.get("license")),
        tokenizer=tokenizer,
        target_prefix=target_prefix,
        source_prefix=source_prefix,
        append_eos=bool(append_eos),
        from_codes=from_codes,
        lang_tokens=lang_tokens,
        source_tokenizer=src_tok,
        target_tokenizer=tgt_tok,
        argos_version=_str(meta.get("argos_version")),
    )


def _load_metadata(text: str) -> dict[str, Any]:
    try:
        meta = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"metadata.json is not valid JSON (line {exc.lineno})") from None
    except RecursionError:
        raise ValueError("metadata.json is nested too deeply to be a model description") from None
    if not isinstance(meta, dict):
        raise ValueError("metadata.json is not a JSON object")
    return meta


def _read_folder(folder: Path) -> ModelInfo:
    """Read one model folder; ValueError says what is wrong with it."""
    meta_path = folder / "metadata.json"
    if not meta_path.is_file():
        raise ValueError("no metadata.json")
    try:
        with meta_path.open("rb") as fh:
            raw = fh.read(MAX_METADATA_BYTES + 1)
        if len(raw) > MAX_METADATA_BYTES:
            raise ValueError(f"metadata.json is larger than {_mb(MAX_METADATA_BYTES)}")
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("metadata.json is not UTF-8") from None
    except OSError as exc:
        raise ValueError(f"cannot read metadata.json ({exc.strerror})") from None
    return _model_from_metadata(folder, _load_metadata(text))


def read_model(folder: Path) -> ModelInfo:
    """Read one installed model folder; ModelError says what is wrong with it."""
    try:
        return _read_folder(folder)
    except ValueError as exc:
        raise ModelError(f"skipping {folder}: {exc} — {_REINSTALL}") from None


def list_models(dirs: Iterable[Path] | None = None) -> tuple[list[ModelInfo], list[str]]:
    """Installed models and one warning line per folder that could not be read.

    A broken folder does not hide the others (argostranslate's own listing
    stops at the first one).  Hidden folders (ours: unfinished installs) are
    ignored.
    """
    models: list[ModelInfo] = []
    warnings: list[str] = []
    for base in dirs if dirs is not None else packages_dirs():
        try:
            entries = sorted(p for p in base.iterdir() if p.is_dir())
        except FileNotFoundError:
            continue
        except OSError as exc:
            warnings.append(f"cannot read {base}: {exc.strerror}; check its permissions")
            continue
        for folder in entries:
            if folder.name.startswith("."):
                continue
            try:
                models.append(read_model(folder))
            except ModelError as exc:
                warnings.append(str(exc))
    return models, warnings


# ---------------------------------------------------------------- install


def _invalid(path: Path, reason: str) -> ModelError:
    return ModelError(
        f"{path} is not a valid Argos package: {reason}; re-download or re-export it"
    )


#: Compression methods Python's zipfile reads (Windows' "Compressed folder" may use Deflate64).
_ZIP_METHODS = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2,
                          zipfile.ZIP_LZMA})


#: metadata.json is a few hundred bytes; a zip-bombed one (2.8 MB → 1.5 GB) took 2 GB RAM.
MAX_METADATA_BYTES = 1_000_000
#: Model weights barely compress (about 1.1:1, SentencePiece models 2:1); a member that
#: unpacks to over 100 times its packed size is a zip bomb (a 1 GB model.bin filled the disk).
_MAX_RATIO = 100
#: The largest package installed (NLLB 3.3B in float16 is about 7 GB).
MAX_PACKAGE_BYTES = 32_000_000_000


def _mb(n: int) -> str:
    return f"{n / 1e6:,.0f} MB" if n >= 1e6 else f"{n:,} bytes"


def _check_sizes(path: Path, zf: zipfile.ZipFile) -> int:
    """Refuse zip bombs from the sizes the archive declares; return the unpacked total.

    ``zipfile`` never unpacks a member beyond its declared ``file_size`` (it
    stops and fails the CRC), so checking the declared sizes bounds the work.
    """
    total = 0
    for info in zf.infolist():
        total += info.file_size
        if info.filename.endswith("/metadata.json") and info.file_size > MAX_METADATA_BYTES:
            raise _invalid(path, f"'{info.filename}' unpacks to {_mb(info.file_size)} (at most "
                                 f"{_mb(MAX_METADATA_BYTES)}; it is a zip bomb or not a model)")
        if info.file_size > 1_000_000 and info.file_size > _MAX_RATIO * max(info.compress_size, 1):
            raise _invalid(path, f"'{info.filename}' unpacks to {_mb(info.file_size)} from "
                                 f"{_mb(info.compress_size)} (a zip bomb, not model weights)")
    if total > MAX_PACKAGE_BYTES:
        raise _invalid(path, f"it unpacks to {_mb(total)}, more than the "
                             f"{_mb(MAX_PACKAGE_BYTES)} of the largest models")
    return total


def _check_archive(path: Path, zf: zipfile.ZipFile) -> tuple[str, dict[str, Any]]:
    """Validate the archive's layout; return its top folder and metadata."""
    names = [n for n in zf.namelist() if not n.startswith("__MACOSX/")]
    if not names:
        raise _invalid(path, "the archive is empty")
    _check_sizes(path, zf)
    for info in zf.infolist():
        if info.compress_type not in _ZIP_METHODS:
            method = "Deflate64" if info.compress_type == 9 else f"method {info.compress_type}"
            raise _invalid(path, f"'{info.filename}' is compressed with {method}, which Python "
                                 "cannot read; zip it again with standard Deflate")
    tops: set[str] = set()
    for name in names:
        pure = PurePosixPath(name)
        if pure.is_absolute() or ".." in pure.parts or "\\" in name:
            raise _invalid(path, f"unsafe path '{name}' in the archive")
        tops.add(pure.parts[0])
        if len(pure.parts) == 1 and not name.endswith("/"):
            raise _invalid(path, f"file '{name}' is outside the package folder")
    if len(tops) != 1:
        shown = ", ".join(sorted(tops)[:3])
        raise _invalid(path, f"expected one top-level folder, found {len(tops)} ({shown})")
    top = tops.pop()
    if top.startswith("."):
        raise _invalid(path, f"the package folder '{top}' is hidden")
    files = set(names)
    if f"{top}/metadata.json" not in files:
        raise _invalid(path, f"no metadata.json in '{top}/'")
    try:
        meta = _load_metadata(zf.read(f"{top}/metadata.json").decode("utf-8"))
    except UnicodeDecodeError:
        raise _invalid(path, "metadata.json is not UTF-8") from None
    except ValueError as exc:
        raise _invalid(path, str(exc)) from None
    for key in ("from_code", "to_code"):
        if not _str(meta.get(key)):
            raise _invalid(path, f"metadata.json has no {key}")
    if f"{top}/model/model.bin" not in files:
        raise _invalid(path, f"no model/model.bin in '{top}/'")
    ext = meta.get("ttdn")
    declared = _str(ext.get("source_tokenizer")) if isinstance(ext, dict) else ""
    candidates = [declared] if declared else ["sentencepiece.model", "bpe.model"]
    if not any(f"{top}/{c}" in files for c in candidates):
        raise _invalid(path, f"no tokenizer ({' or '.join(candidates)}) in '{top}/'")
    return top, meta


def install_package(path: Path, packages_dir: Path | None = None) -> ModelInfo:
    """Install a ``.argosmodel`` file offline and return the installed model.

    The archive is checked first, then extracted into a hidden temporary
    folder inside the packages folder and renamed into place, so a corrupt
    file never leaves a half-installed model.  An installed model of the same
    folder name is replaced.
    """
    path = Path(path)
    if not path.is_file():
        raise ModelError(f"{path} not found; give the path of a .argosmodel file")
    dest_root = packages_dir if packages_dir is not None else packages_dirs()[0]
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile):
        raise _invalid(path, "not a zip archive") from None
    except OSError as exc:
        raise ModelError(f"cannot read {path}: {exc.strerror}; check the file") from None
    with zf:
        top, _meta = _check_archive(path, zf)
        try:
            dest_root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ModelError(
                f"cannot create {dest_root}: {exc.strerror}; set ARGOS_PACKAGES_DIR "
                "to a writable folder"
            ) from None
        need = sum(i.file_size for i in zf.infolist())
        with contextlib.suppress(OSError):
            free = shutil.disk_usage(dest_root).free
            if need > free:
                raise ModelError(
                    f"{path} unpacks to {_mb(need)} but {dest_root} has {_mb(free)} free; "
                    "free some disk space or set ARGOS_PACKAGES_DIR to another folder"
                )
        tmp = Path(tempfile.mkdtemp(prefix=".ttdn-install-", dir=dest_root))
        try:
            try:
                zf.extractall(tmp)
            except (zipfile.BadZipFile, zlib.error, EOFError, ValueError) as exc:
                # CRC mismatches and truncated deflate streams surface here.
                raise _invalid(path, f"the archive is corrupt ({exc})") from None
            except OSError as exc:
                raise ModelError(
                    f"cannot extract {path} into {dest_root}: {exc.strerror}; "
                    "free some disk space or set ARGOS_PACKAGES_DIR to another folder"
                ) from None
            try:
                _read_folder(tmp / top)
            except ValueError as exc:
                raise _invalid(path, str(exc)) from None
            final = _move_into_place(tmp / top, dest_root / top)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return read_model(final)


def _move_into_place(staged: Path, final: Path) -> Path:
    """Rename ``staged`` to ``final``, replacing an existing folder of that name.

    Both must be on one file system (``staged`` lives in a hidden folder inside
    the packages folder), so each rename is atomic: a reader sees the old
    model or the new one, never a mixture.
    """
    old: Path | None = None
    try:
        if final.exists():
            old = final.parent / f".ttdn-old-{uuid.uuid4().hex}"
            final.rename(old)
        staged.rename(final)
    except OSError as exc:
        if old is not None and not final.exists():
            old.rename(final)
        raise ModelError(
            f"cannot move the model into {final}: {exc.strerror}; check the permissions "
            "of the packages folder or set ARGOS_PACKAGES_DIR to another folder"
        ) from None
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return final


def install_folder(staged: Path, packages_dir: Path | None = None) -> ModelInfo:
    """Install a prepared model folder by renaming it into the packages folder.

    ``staged`` must already be complete and on the same file system as
    ``packages_dir`` (build it in ``tempfile.mkdtemp(dir=packages_dir)``); its
    name becomes the model's name.  A model of the same name is replaced.
    """
    dest_root = packages_dir if packages_dir is not None else packages_dirs()[0]
    try:
        _read_folder(staged)
    except ValueError as exc:
        raise ModelError(f"{staged} is not a valid model folder: {exc}; rebuild it") from None
    return read_model(_move_into_place(staged, dest_root / staged.name))


def remove_model(name: str, dirs: Sequence[Path] | None = None) -> ModelInfo:
    """Delete an installed model folder by name; return what was removed."""
    if not name or "/" in name or "\\" in name or name in (".", ".."):
        raise ModelError(f"'{name}' is not a model name; see `ttdn-i18n models list`")
    models, _ = list_models(dirs)
    for model in models:
        if model.name == name:
            try:
                shutil.rmtree(model.path)
            except OSError as exc:
                raise ModelError(
                    f"cannot remove {model.path}: {exc.strerror}; check its permissions"
                ) from None
            return model
    raise _unknown_model(name, models)


def _unknown_model(name: str, models: Sequence[ModelInfo]) -> ModelError:
    installed = ", ".join(m.name for m in models) or "none"
    return ModelError(
        f"no installed model named '{name}' (installed: {installed}); "
        "see `ttdn-i18n models list`"
    )


# ---------------------------------------------------------------- routing


def _version_key(version: str) -> tuple[int, ...]:
    parts: list[int] = []
    # Bounded: a version of thousands of digits must not reach int() (4,300-digit limit).
    for piece in version[:_MAX_FIELD].replace("_", ".").split(".")[:8]:
        digits = "".join(ch for ch in piece if ch in "0123456789")[:18]
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


def _best(models: Iterable[ModelInfo], source: str, target: str) -> ModelInfo | None:
    """The best single model for one leg: single-pair before multilingual,
    then the newest version, then the name (for a stable choice)."""
    fitting = [m for m in models if m.covers(source, target)]
    if not fitting:
        return None
    fitting.sort(key=lambda m: m.name)
    fitting.sort(key=lambda m: _version_key(m.package_version), reverse=True)
    fitting.sort(key=lambda m: m.multilingual)
    return fitting[0]


def _leg(model: ModelInfo, source: str, target: str) -> RouteStep:
    return RouteStep(model=model, from_code=source, to_code=target)


def _forced_model(
    model: ModelInfo, models: Sequence[ModelInfo], source: str, target: str, pivot: str
) -> Route:
    """The route that uses ``model``: alone, or as one leg of a pivot."""
    if model.covers(source, target):
        kind = "multilingual" if model.multilingual else "direct"
        return Route(target, (_leg(model, source, target),), kind, source)
    if pivot not in (source, target):
        first = model if model.covers(source, pivot) else _best(models, source, pivot)
        second = model if model.covers(pivot, target) else _best(models, pivot, target)
        if first is not None and second is not None and model in (first, second):
            steps = (_leg(first, source, pivot), _leg(second, pivot, target))
            return Route(target, steps, "pivot", source)
    covered = ", ".join(f"{s}→{t}" for s in model.sources for t in model.to_codes if s != t)
    raise ModelError(
        f"model '{model.name}' cannot translate {source}→{target} (it covers {covered}); "
        "pick another with --model or drop --model"
    )


def _route_of_kind(
    kind: str, models: Sequence[ModelInfo], source: str, target: str, pivot: str
) -> Route | None:
    if kind == "direct":
        best = _best([m for m in models if not m.multilingual], source, target)
        return Route(target, (_leg(best, source, target),), kind, source) if best else None
    if kind == "multilingual":
        best = _best([m for m in models if m.multilingual], source, target)
        return Route(target, (_leg(best, source, target),), kind, source) if best else None
    if pivot in (source, target):
        return None
    first = _best(models, source, pivot)
    second = _best(models, pivot, target)
    if first is None or second is None:
        return None
    return Route(target, (_leg(first, source, pivot), _leg(second, pivot, target)), kind, source)


def plan_route(
    target: str,
    models: Sequence[ModelInfo],
    source: str = "vi",
    *,
    prefer: str | None = None,
    pivot: str = "en",
    backend: str = DEFAULT_BACKEND,
) -> Route:
    """Choose how to translate ``source`` → ``target`` with the installed models.

    Preference: a direct package, then a multilingual model covering both
    languages, then two legs through ``pivot`` (each leg direct before
    multilingual).  Among equals the newest version wins, then the name.

    ``prefer`` forces a choice: a route kind (``"direct"``, ``"multilingual"``,
    ``"pivot"``; ``"auto"`` or None = the order above) or the name of a model
    that must be used (alone, or as one pivot leg).  ModelError when the forced
    choice is impossible with the installed models — never a silent fallback,
    since the user asked for it.  ``backend`` is recorded in the route (it
    does not change the choice: models are the same files for every backend).
    """
    return replace(_plan_route(target, models, source, prefer=prefer, pivot=pivot),
                   backend=backend)


def _plan_route(
    target: str,
    models: Sequence[ModelInfo],
    source: str,
    *,
    prefer: str | None,
    pivot: str,
) -> Route:
    if prefer is not None and prefer not in ROUTE_KINDS:
        chosen = [m for m in models if m.name == prefer]
        if not chosen:
            raise _unknown_model(prefer, models)
        return _forced_model(chosen[0], models, source, target, pivot)
    if source == target:
        return Route(target, (), "none", source)
    if prefer is not None and prefer != "auto":
        route = _route_of_kind(prefer, models, source, target, pivot)
        if route is not None:
            return route
        if prefer == "pivot" and pivot in (source, target):
            why = f"{pivot} is the pivot language itself"
        elif prefer == "pivot":
            why = f"no installed models cover both {source}→{pivot} and {pivot}→{target}"
        else:
            why = f"no {prefer} {source}→{target} model is installed"
        raise ModelError(
            f"cannot use engine '{prefer}' for {target}: {why}; install one "
            "(`ttdn-i18n models list` shows what there is) or choose another engine"
        )
    for kind in ("direct", "multilingual", "pivot"):
        route = _route_of_kind(kind, models, source, target, pivot)
        if route is not None:
            return route
    return Route(target, (), "none", source)


def plan_routes(
    targets: Iterable[str],
    models: Sequence[ModelInfo],
    source: str = "vi",
    *,
    prefer: Mapping[str, str] | str | None = None,
    pivot: str = "en",
    backend: str = DEFAULT_BACKEND,
) -> dict[str, Route]:
    """:func:`plan_route` for each target, in the given order.

    ``prefer`` is one preference for every target (a model name or route
    kind, as in :func:`plan_route`) or a mapping from target language to its
    preference; languages missing from the mapping are planned normally.
    """
    routes: dict[str, Route] = {}
    for t in dict.fromkeys(targets):
        choice = prefer.get(t) if isinstance(prefer, Mapping) else prefer
        routes[t] = plan_route(t, models, source, prefer=choice, pivot=pivot, backend=backend)
    return routes


# ---------------------------------------------------------------- reporting


def human_size(n: int) -> str:
    """``812 B``, ``3.4 kB``, ``41.0 MB``, ``1.2 GB`` (decimal units, as disks are sold)."""
    if n < 1000:
        return f"{n} B"
    value = float(n)
    for unit in ("kB", "MB", "GB", "TB"):
        value /= 1000
        if value < 1000 or unit == "TB":
            break
    return f"{value:.1f} {unit}"


def _languages(model: ModelInfo) -> str:
    return f"{','.join(model.sources)} → {','.join(model.to_codes)}"


def _version(model: ModelInfo) -> str:
    return f"{model.name} {model.package_version}" if model.package_version else model.name


def route_line(route: Route) -> str:
    """One line saying how ``route.target`` is reached, e.g.
    ``lo: pivot vi→en→lo (translate-vi_en 1.0, translate-en_lo 1.0)``."""
    if not route.steps:
        return (
            f"{route.target}: no model — install one with "
            "`ttdn-i18n models install FILE.argosmodel`"
        )
    models = ", ".join(_version(s.model) for s in route.steps)
    if route.kind == "pivot":
        path = "→".join([route.source] + [s.to_code for s in route.steps])
        return f"{route.target}: pivot {path} ({models})"
    return f"{route.target}: {route.kind} ({models})"


_NON_COMMERCIAL = re.compile(r"(?:^|[^a-z])nc(?:[^a-z]|$)|non-?commercial", re.IGNORECASE)
_PERMISSIVE = re.compile(
    r"apache|\bmit\b|\bbsd|\bcc0|cc-by(?:-sa)?(?:-[0-9.]+)?\b|\bmpl|\bisc\b|unlicense"
    r"|public domain",
    re.IGNORECASE,
)


def commercial_use(license_text: str) -> bool | None:
    """Does the licence allow commercial use?  None when it is unknown or unrecognised.

    CC *-NC-* and anything saying non-commercial (NLLB-200: CC-BY-NC-4.0) is
    False; Apache-2.0 (MADLAD-400), MIT (M2M-100), CC-BY (OPUS-MT), CC0, BSD,
    MPL and ISC are True.  Only what the model folder records is read: check
    the model card when this says unknown.
    """
    if not license_text.strip():
        return None
    if _NON_COMMERCIAL.search(license_text):
        return False
    return True if _PERMISSIVE.search(license_text) else None


def _commercial(model: ModelInfo) -> str:
    allowed = commercial_use(model.license)
    return "unknown" if allowed is None else "yes" if allowed else "no"


def format_models(models: Sequence[ModelInfo]) -> str:
    """An aligned table of installed models, header first."""
    rows = [("NAME", "KIND", "LANGUAGES", "VERSION", "SIZE", "QUANTIZATION", "COMMERCIAL",
             "LICENSE")]
    rows += [
        (
            m.name,
            m.kind,
            _languages(m),
            m.package_version or "-",
            human_size(m.size_bytes),
            m.quantization or "-",
            _commercial(m),
            m.license or "-",
        )
        for m in models
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip()
        for r in rows
    )


def models_report(
    models: Sequence[ModelInfo],
    folder: Path,
    source: str = "vi",
    targets: Sequence[str] = ("en", "lo", "km"),
) -> str:
    """What ``ttdn-i18n models list`` prints: the table, then the route per target."""
    lines = [f"Models in {folder}:"]
    lines += [format_models(models)] if models else ["(none installed)"]
    lines += ["", f"Routes from {source} ({LANGUAGES.get(source, source)}):"]
    lines += [f"  {route_line(r)}" for r in plan_routes(targets, models, source).values()]
    return "\n".join(lines)


def describe_model(model: ModelInfo) -> str:
    """``translate-vi_en 1.0 (argos, vi → en)``."""
    return f"{_version(model)} ({model.kind}, {_languages(model)})"


def models_as_dict(
    models: Sequence[ModelInfo],
    folder: Path,
    warnings: Sequence[str] = (),
    source: str = "vi",
    targets: Sequence[str] = ("en", "lo", "km"),
) -> dict[str, Any]:
    """What ``ttdn-i18n models list --json`` prints."""
    routes = plan_routes(targets, models, source)
    return {
        "packages_dir": str(folder),
        "models": [
            {
                "name": m.name,
                "kind": m.kind,
                "from_codes": list(m.sources),
                "to_codes": list(m.to_codes),
                "version": m.package_version,
                "size_bytes": m.size_bytes,
                "quantization": m.quantization,
                "license": m.license,
                "commercial_use": commercial_use(m.license),
                "path": str(m.path),
            }
            for m in models
        ],
        "routes": {
            t: {
                "kind": r.kind,
                "models": [
                    {"name": s.model.name, "version": s.model.package_version,
                     "from": s.from_code, "to": s.to_code}
                    for s in r.steps
                ],
                "summary": route_line(r),
            }
            for t, r in routes.items()
        },
        "warnings": list(warnings),
    }
