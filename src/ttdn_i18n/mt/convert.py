"""Import a Hugging Face translation checkpoint as an installed model, offline.

``ttdn-i18n models import CHECKPOINT_DIR --kind marian|m2m100|nllb|madlad`` takes a
checkpoint folder already on disk (OPUS-MT/Marian, M2M-100, NLLB-200 or the
T5-based MADLAD-400),
converts it with CTranslate2's ``TransformersConverter``, copies its
SentencePiece model(s) and writes a ``metadata.json`` whose ``"ttdn"`` block
(see :mod:`ttdn_i18n.mt.packages`) tells the engine which language tokens to put
around each sentence.  The result is built in a hidden folder inside the
packages folder and renamed into place, so ``models list`` and ``translate``
never see half a model.

Two incompatibilities between transformers 5 and CTranslate2 4.x are handled
here rather than left to users:

* CTranslate2's M2M-100 loader reads the language tokens from
  ``tokenizer.special_tokens_map["additional_special_tokens"]``, a key
  transformers 5 no longer fills (it became ``extra_special_tokens``);
* transformers 5's ``M2M100Tokenizer`` only registers its ``__xx__`` tokens
  when ``tokenizer_config.json`` lists them (its own fallback loop tests
  ``lang_code not in str(token)``, which is never true).

A checkpoint that does not list them would convert to a vocabulary 100 tokens
short ("Source vocabulary 0 has size 409 but the model expected a vocabulary
of size 509"); we register them at the ids the tokenizer computes, which are
the ids the model was trained with.

transformers (with torch) is the optional ``convert`` extra; it and
ctranslate2 are imported only inside :func:`import_checkpoint`.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import tempfile
import warnings
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ttdn_i18n.errors import ConfigError, ModelError
from ttdn_i18n.mt.packages import (
    LANGUAGES,
    NLLB_CODES,
    ModelInfo,
    check_language,
    install_folder,
    packages_dirs,
)

__all__ = [
    "IMPORT_KINDS",
    "QUANTIZATIONS",
    "ISO639_3",
    "ImportResult",
    "detect_kind",
    "language_token",
    "read_license",
    "is_non_commercial",
    "import_metadata",
    "import_checkpoint",
]

IMPORT_KINDS: tuple[str, ...] = ("marian", "m2m100", "nllb", "madlad")

#: Weight types CTranslate2 can store; int8 is the CPU default (4× smaller
#: than float32 and faster, at a negligible cost in quality).
QUANTIZATIONS: tuple[str, ...] = (
    "int8",
    "int8_float32",
    "int8_float16",
    "int8_bfloat16",
    "int16",
    "float16",
    "bfloat16",
    "float32",
)

#: ISO 639-3 codes multi-target OPUS-MT models use in their ``>>xxx<<`` tokens.
ISO639_3: dict[str, str] = {
    "en": "eng",
    "lo": "lao",
    "km": "khm",
    "vi": "vie",
    "th": "tha",
    "zh": "zho",
    "ja": "jpn",
    "ko": "kor",
    "fr": "fra",
    "de": "deu",
    "es": "spa",
    "ru": "rus",
    "id": "ind",
    "ms": "zsm",
    "my": "mya",
}

_CONVERT_HINT = "converting checkpoints needs transformers: pip install 'ttdn-i18n[convert]'"

# Tokenizer files each kind needs: (source, target).
_TOKENIZER_FILES = {
    "marian": ("source.spm", "target.spm"),
    "m2m100": ("sentencepiece.bpe.model", "sentencepiece.bpe.model"),
    "nllb": ("sentencepiece.bpe.model", "sentencepiece.bpe.model"),
    "madlad": ("spiece.model", "spiece.model"),
}

# Prefix templates written into metadata (explicit, though they equal the
# kind defaults of packages.py, so a reader needs no knowledge of kinds).
_PREFIXES = {
    "m2m100": ("__{src}__", "__{lang}__"),
    "nllb": ("{src}", "{lang}"),
    # MADLAD-400: "<2lo> text" tokenizes as "▁", "<2lo>", "▁text"…; no target prefix.
    "madlad": ("▁ <2{tgt}>", ""),
}

_NAME_OK = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]*$")
_NON_COMMERCIAL = re.compile(r"(?:^|[^a-z])nc(?:[^a-z]|$)|non-?commercial", re.IGNORECASE)
_NLLB_LICENSE = "CC-BY-NC-4.0"
_MADLAD_LICENSE = "Apache-2.0"


@dataclass(frozen=True)
class ImportResult:
    """The installed model, warnings to show the user, and whether a model of
    the same name was replaced."""

    model: ModelInfo
    warnings: tuple[str, ...] = ()
    replaced: bool = False


# ---------------------------------------------------------------- pure helpers


def detect_kind(config: Mapping[str, Any], tokenizer_config: Mapping[str, Any]) -> str | None:
    """The kind a checkpoint's ``config.json`` and ``tokenizer_config.json``
    describe, or None when it is none of :data:`IMPORT_KINDS`."""
    model_type = config.get("model_type")
    if model_type == "marian":
        return "marian"
    if model_type == "m2m_100":
        tok_class = str(tokenizer_config.get("tokenizer_class", ""))
        return "nllb" if tok_class.startswith("Nllb") else "m2m100"
    if model_type == "t5":
        return "madlad"
    return None


def language_token(kind: str, code: str, marian_tokens: Mapping[str, str] | None = None) -> str:
    """The vocabulary token that names language ``code`` in a model of ``kind``.

    M2M-100: ``__lo__``; NLLB: ``lao_Laoo``; MADLAD-400: ``<2lo>``; multi-target
    Marian: ``>>lao<<``
    (``marian_tokens`` maps codes to the form the checkpoint uses).
    """
    if kind == "m2m100":
        return f"__{code}__"
    if kind == "nllb":
        return NLLB_CODES[code]
    if kind == "marian":
        return f">>{(marian_tokens or {}).get(code, code)}<<"
    if kind == "madlad":
        return f"<2{code}>"
    raise ConfigError(f"unknown kind '{kind}'; use one of: {', '.join(IMPORT_KINDS)}")


def _front_matter_license(readme: str) -> str:
    if not readme.startswith("---"):
        return ""
    lines = readme.splitlines()[1:]
    for i, line in enumerate(lines):
        if line.strip() == "---":
            break
        key, _, value = line.partition(":")
        if key.strip() != "license":
            continue
        value = value.strip().strip("'\"")
        if value:
            return value
        # A YAML list: take its first item.
        for item in lines[i + 1 :]:
            if item.strip().startswith("- "):
                return item.strip()[2:].strip().strip("'\"")
            break
    return ""


def read_license(checkpoint: Path) -> str:
    """The licence a checkpoint declares (README front matter, then
    ``config.json``), or "" when it declares none."""
    try:
        readme = (checkpoint / "README.md").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        readme = ""
    found = _front_matter_license(readme)
    if found:
        return found
    try:
        config = json.loads((checkpoint / "config.json").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return ""
    value = config.get("license") if isinstance(config, dict) else None
    return value.strip() if isinstance(value, str) else ""


def is_non_commercial(license_text: str) -> bool:
    """True for CC *-NC-* licences and anything saying non-commercial."""
    return bool(_NON_COMMERCIAL.search(license_text))


def import_metadata(
    *,
    kind: str,
    name: str,
    from_codes: Sequence[str],
    to_codes: Sequence[str],
    license_text: str = "",
    quantization: str = "int8",
    version: str = "1.0",
    marian_tokens: Mapping[str, str] | None = None,
    multi_target: bool = False,
    provenance: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The ``metadata.json`` of an imported model: Argos fields plus ``"ttdn"``.

    ``multi_target`` (Marian only): the model picks its target language from
    a ``>>xxx<<`` token put before the source; ``marian_tokens`` maps each
    target code to the ``xxx`` the checkpoint uses.
    """
    if kind not in IMPORT_KINDS:
        raise ConfigError(f"unknown kind '{kind}'; use one of: {', '.join(IMPORT_KINDS)}")
    src_tok, tgt_tok = _TOKENIZER_FILES[kind]
    ext: dict[str, Any] = {
        "kind": kind,
        "from_codes": list(from_codes),
        "to_codes": list(to_codes),
    }
    codes = list(dict.fromkeys([*from_codes, *to_codes]))
    if kind in _PREFIXES:
        ext["source_prefix"], ext["target_prefix_template"] = _PREFIXES[kind]
        if kind == "nllb":
            ext["lang_tokens"] = {c: NLLB_CODES[c] for c in codes}
    else:
        ext["source_prefix"] = ">>{tgt}<<" if multi_target else ""
        ext["target_prefix_template"] = ""
        if multi_target:
            ext["lang_tokens"] = {c: (marian_tokens or {}).get(c, c) for c in to_codes}
    ext.update(
        {
            # Marian, M2M-100 and NLLB were all trained with </s> ending the source.
            "append_eos": True,
            "source_tokenizer": src_tok,
            "target_tokenizer": tgt_tok,
            "license": license_text,
            "quantization": quantization,
        }
    )
    if provenance:
        ext["imported_from"] = dict(provenance)
    return {
        "package_version": version,
        "argos_version": "1.9",
        "name": name,
        "type": "translate",
        "from_code": from_codes[0],
        "from_name": LANGUAGES.get(from_codes[0], from_codes[0]),
        "to_code": to_codes[0],
        "to_name": LANGUAGES.get(to_codes[0], to_codes[0]),
        "ttdn": ext,
    }


# ---------------------------------------------------------------- validation


def _read_json(path: Path, what: str) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ModelError(
            f"cannot read {path} ({exc}); {what} must be the JSON file "
            "`save_pretrained` writes — re-download the checkpoint"
        ) from None
    if not isinstance(data, dict):
        raise ModelError(f"{path} is not a JSON object; re-download the checkpoint")
    return data


def _codes(values: Sequence[str] | str, option: str) -> list[str]:
    raw = values.split(",") if isinstance(values, str) else list(values)
    codes = [check_language(v, option) for v in raw if v.strip()]
    if not codes:
        raise ConfigError(f"no language given in {option}; e.g. {option} vi")
    return list(dict.fromkeys(codes))


def _default_name(checkpoint: Path, kind: str, to_codes: Sequence[str]) -> str:
    name = re.sub(r"[^A-Za-z0-9._+-]+", "-", checkpoint.name).strip("-.")
    return name if name and _NAME_OK.match(name) else f"{kind}-{'_'.join(to_codes)}"


def _check_checkpoint(checkpoint: Path, kind: str) -> dict[str, Any]:
    if not checkpoint.exists():
        raise ModelError(
            f"checkpoint folder {checkpoint} not found; give the folder that holds "
            "config.json and the model weights"
        )
    if not checkpoint.is_dir():
        raise ModelError(
            f"{checkpoint} is a file, not a checkpoint folder; give the folder that holds "
            "config.json and the model weights"
        )
    if not (checkpoint / "config.json").is_file():
        raise ModelError(
            f"{checkpoint} has no config.json, so it is not a Hugging Face checkpoint; "
            "give the folder `save_pretrained` wrote (or the one downloaded from the Hub)"
        )
    config = _read_json(checkpoint / "config.json", "config.json")
    tok_config: dict[str, Any] = {}
    if (checkpoint / "tokenizer_config.json").is_file():
        tok_config = _read_json(checkpoint / "tokenizer_config.json", "tokenizer_config.json")
    found = detect_kind(config, tok_config)
    if found != kind:
        model_type = config.get("model_type", "unknown")
        hint = (
            f"use --kind {found}"
            if found is not None
            else f"only {', '.join(IMPORT_KINDS)} checkpoints can be imported"
        )
        raise ModelError(
            f"{checkpoint} is a {found or model_type} checkpoint (model_type "
            f"'{model_type}'), not {kind}; {hint}"
        )
    for filename in dict.fromkeys(_TOKENIZER_FILES[kind]):
        if not (checkpoint / filename).is_file():
            raise ModelError(
                f"{checkpoint} has no {filename} (the SentencePiece model {kind} needs); "
                "copy it from the original checkpoint"
            )
    return config


def _marian_language_tokens(
    checkpoint: Path, to_codes: Sequence[str]
) -> tuple[bool, dict[str, str]]:
    """(is multi-target, code → the ``xxx`` of its ``>>xxx<<`` token)."""
    vocab_path = checkpoint / "vocab.json"
    if not vocab_path.is_file():
        return False, {}
    vocab = _read_json(vocab_path, "vocab.json")
    if not any(t.startswith(">>") and t.endswith("<<") for t in vocab):
        return False, {}
    tokens: dict[str, str] = {}
    for code in to_codes:
        for candidate in (code, ISO639_3.get(code, code)):
            if f">>{candidate}<<" in vocab:
                tokens[code] = candidate
                break
        else:
            raise ModelError(
                f"{checkpoint} is a multi-target Marian model without a >>{ISO639_3.get(code)}<< "
                f"token, so it cannot translate into {code}; drop {code} from --to"
            )
    return True, tokens


def _vocabulary(model_dir: Path) -> tuple[set[str], set[str]]:
    """The (source, target) vocabularies CTranslate2 wrote."""

    def load(stem: str) -> set[str] | None:
        json_path = model_dir / f"{stem}.json"
        if json_path.is_file():
            return set(json.loads(json_path.read_text(encoding="utf-8")))
        txt_path = model_dir / f"{stem}.txt"
        if txt_path.is_file():
            return set(txt_path.read_text(encoding="utf-8").splitlines())
        return None

    shared = load("shared_vocabulary")
    if shared is not None:
        return shared, shared
    source, target = load("source_vocabulary"), load("target_vocabulary")
    if source is None or target is None:
        raise ModelError(f"the converter wrote no vocabulary into {model_dir}; report this bug")
    return source, target


# ---------------------------------------------------------------- conversion


@contextlib.contextmanager
def _quiet(transformers: Any) -> Iterator[None]:
    """Silence transformers' progress bars and notices for one conversion,
    restoring the caller's settings afterwards (the CLI prints its own lines)."""
    logging = transformers.utils.logging
    verbosity = logging.get_verbosity()
    bars = logging.is_progress_bar_enabled()
    logging.set_verbosity_error()
    logging.disable_progress_bar()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logging.set_verbosity(verbosity)
        if bars:
            logging.enable_progress_bar()


def _register_language_tokens(tokenizer: Any) -> Any:
    """Make an M2M-100 tokenizer's ``get_vocab()`` include its language tokens
    at the ids the model uses (see the module docstring)."""
    ids = getattr(tokenizer, "lang_token_to_id", None)
    if not isinstance(ids, dict) or not ids:
        return tokenizer
    vocab = tokenizer.get_vocab()
    if all(vocab.get(t) == i for t, i in ids.items()):
        return tokenizer
    ordered = sorted(ids, key=ids.__getitem__)
    tokenizer.add_special_tokens(
        {"extra_special_tokens": ordered}, replace_extra_special_tokens=False
    )
    vocab = tokenizer.get_vocab()
    wrong = [t for t, i in ids.items() if vocab.get(t) != i]
    if wrong:
        raise ModelError(
            f"cannot number the language tokens of this M2M-100 tokenizer ({wrong[0]}); "
            "add them to tokenizer_config.json as additional_special_tokens"
        )
    return tokenizer


def _convert(checkpoint: Path, out: Path, quantization: str, kind: str) -> None:
    try:
        import ctranslate2
        import torch  # noqa: F401  (the converter loads the weights with it)
        import transformers
    except ImportError:
        raise ModelError(_CONVERT_HINT) from None

    class _Converter(ctranslate2.converters.TransformersConverter):  # type: ignore[misc]
        def load_tokenizer(self, tokenizer_class: Any, path: str, **kwargs: Any) -> Any:
            loaded = super().load_tokenizer(tokenizer_class, path, **kwargs)
            return _register_language_tokens(loaded)

    with _quiet(transformers):
        try:
            _Converter(str(checkpoint)).convert(str(out), quantization=quantization)
        except ModelError:
            raise
        except Exception as exc:
            # transformers, safetensors, tokenizers and torch each raise their own
            # exception types for a damaged checkpoint; all mean "cannot convert".
            detail = " ".join(str(exc).split())[:300] or type(exc).__name__
            raise ModelError(
                f"cannot convert {checkpoint}: {detail}; check that it is a complete {kind} "
                "checkpoint (config.json, weights and tokenizer files)"
            ) from None


def import_checkpoint(
    checkpoint: Path | str,
    *,
    kind: str,
    to_codes: Sequence[str] | str,
    from_codes: Sequence[str] | str = "vi",
    quantization: str = "int8",
    name: str | None = None,
    license_text: str | None = None,
    version: str = "1.0",
    packages_dir: Path | None = None,
) -> ImportResult:
    """Convert a Hugging Face checkpoint folder and install it as a model.

    ``from_codes``/``to_codes`` are the languages to declare (comma-separated
    or a sequence); the converted vocabulary must hold their language tokens.
    ``license_text`` overrides what the checkpoint declares.  A model of the
    same ``name`` (default: the checkpoint folder's name) is replaced.
    Nothing is downloaded.
    """
    checkpoint = Path(checkpoint)
    if kind not in IMPORT_KINDS:
        raise ConfigError(f"unknown --kind '{kind}'; use one of: {', '.join(IMPORT_KINDS)}")
    if quantization not in QUANTIZATIONS:
        raise ConfigError(
            f"unknown --quantization '{quantization}'; use one of: {', '.join(QUANTIZATIONS)}"
        )
    sources = _codes(from_codes, "--from")
    targets = _codes(to_codes, "--to")
    if kind == "marian" and len(sources) > 1:
        raise ConfigError("a Marian model has one source language; give one code in --from")
    clash = [c for c in targets if c in sources]
    if clash and len(sources) == 1:
        raise ConfigError(f"--to lists the source language {clash[0]}; remove it from --to")
    name = name if name is not None else _default_name(checkpoint, kind, targets)
    if not _NAME_OK.match(name) or name.startswith("."):
        raise ConfigError(
            f"model name '{name}' is not usable as a folder name; use letters, digits, "
            "'.', '_', '+' and '-'"
        )

    _check_checkpoint(checkpoint, kind)
    multi_target, marian_tokens = (
        _marian_language_tokens(checkpoint, targets) if kind == "marian" else (False, {})
    )
    if kind == "marian" and not multi_target and len(targets) > 1:
        raise ConfigError(
            f"{checkpoint.name} has no >>xxx<< target tokens, so it translates into one "
            "language only; give one code in --to"
        )
    declared = read_license(checkpoint)
    license_found = license_text if license_text is not None else declared
    warnings_: list[str] = []
    if kind == "nllb" and not license_found:
        license_found = _NLLB_LICENSE
    if kind == "madlad" and not license_found:
        license_found = _MADLAD_LICENSE
    if is_non_commercial(license_found):
        warnings_.append(
            f"{name} is licensed {license_found}: non-commercial use only; do not use "
            "its translations in commercial work without the rights holder's permission"
        )

    dest_root = packages_dir if packages_dir is not None else packages_dirs()[0]
    try:
        dest_root.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".ttdn-import-", dir=dest_root))
    except OSError as exc:
        raise ModelError(
            f"cannot create {dest_root}: {exc.strerror}; set ARGOS_PACKAGES_DIR to a "
            "writable folder"
        ) from None
    try:
        staged = tmp / name
        staged.mkdir()
        _convert(checkpoint, staged / "model", quantization, kind)
        _check_tokens(staged / "model", kind, sources, targets, marian_tokens, multi_target)
        for filename in dict.fromkeys(_TOKENIZER_FILES[kind]):
            shutil.copyfile(checkpoint / filename, staged / filename)
        for extra in ("README.md", "LICENSE", "LICENSE.txt"):
            if (checkpoint / extra).is_file():
                shutil.copyfile(checkpoint / extra, staged / extra)
        provenance = {"checkpoint": checkpoint.name, "converter": _converter_versions()}
        metadata = import_metadata(
            kind=kind,
            name=name,
            from_codes=sources,
            to_codes=targets,
            license_text=license_found,
            quantization=quantization,
            version=version,
            marian_tokens=marian_tokens,
            multi_target=multi_target,
            provenance=provenance,
        )
        (staged / "metadata.json").write_text(
            json.dumps(metadata, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        replaced = (dest_root / name).exists()
        model = install_folder(staged, dest_root)
    except OSError as exc:
        raise ModelError(
            f"cannot write the model into {dest_root}: {exc.strerror}; free some disk space "
            "or set ARGOS_PACKAGES_DIR to another folder"
        ) from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return ImportResult(model=model, warnings=tuple(warnings_), replaced=replaced)


def _check_tokens(
    model_dir: Path,
    kind: str,
    sources: Sequence[str],
    targets: Sequence[str],
    marian_tokens: Mapping[str, str],
    multi_target: bool,
) -> None:
    """Refuse a model whose vocabulary lacks a token the engine will feed it."""
    src_vocab, tgt_vocab = _vocabulary(model_dir)
    needed: list[tuple[str, set[str], str]] = [("</s>", src_vocab, "")]
    if kind in ("m2m100", "nllb"):
        for code in sources:
            needed.append((language_token(kind, code), src_vocab, code))
        for code in targets:
            needed.append((language_token(kind, code), tgt_vocab, code))
    elif kind == "madlad":
        needed.append(("▁", src_vocab, ""))
        for code in targets:
            needed.append((language_token(kind, code), src_vocab, code))
    elif multi_target:
        for code in targets:
            needed.append((language_token(kind, code, marian_tokens), src_vocab, code))
    for token, vocab, code in needed:
        if token not in vocab:
            what = f"so it does not cover {code}; drop {code} from --from/--to" if code else (
                "so it cannot be used; check the tokenizer files of the checkpoint"
            )
            raise ModelError(f"the converted vocabulary has no '{token}' token, {what}")


def _converter_versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    parts = []
    for dist in ("ctranslate2", "transformers"):
        try:
            parts.append(f"{dist} {version(dist)}")
        except PackageNotFoundError:
            continue
    return ", ".join(parts)
