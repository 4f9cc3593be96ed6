"""Project settings from ``ttdn-i18n.toml``.

A newsroom translates the same way every day; the file saves retyping the
options::

    [translate]
    to = ["en", "lo", "km"]          # or "en,lo,km"
    glossary = "glossaries/ttdn.tbx" # relative to this file
    format = "xliff12"               # xliff12 | xliff21 | po
    model = "translate-vi_en"        # force one model for every language
    backend = "ctranslate2"          # MT backend (see ttdn_i18n.mt.engine)
    beam_size = 4
    num_hypotheses = 3
    max_batch_size = 32
    max_batch_tokens = 1024          # source tokens per batch: bounds the decoder's memory
    compute_type = "int8"
    quality = "standard"             # draft (greedy) | standard (beam 4) | best (beam 5, 5-best)
    inter_threads = 2                # batches decoded in parallel (default: from the cores)
    intra_threads = 1                # threads per batch (default: from the cores)

    [translate.engine]               # per language: a route kind or a model name
    lo = "pivot"                     # auto | direct | multilingual | pivot
    km = "nllb-200-distilled-600M"

    [contamination]
    blocklist = ["casino", "cá cược"]

    names_masking = true             # mask personal names before MT, restore after

    [check]
    skip = ["length-ratio"]          # QA check ids (see `ttdn-i18n check --list`)
    names = "ascii"                  # English names: ascii (Pham Minh Chinh) | keep (as written)

Every key is optional; an unknown key or a wrong value is a
:class:`~ttdn_i18n.errors.ConfigError` that names the key and the file, since a
silently ignored typo would change translations without anyone noticing.
Command-line options win over the file (:func:`route_preferences`,
:func:`decode_options`).
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ttdn_i18n.errors import ConfigError
from ttdn_i18n.formats import Profile, format_names
from ttdn_i18n.mt.packages import ROUTE_KINDS, check_language

if TYPE_CHECKING:
    from ttdn_i18n.mt.engine import DecodeOptions

__all__ = [
    "CONFIG_NAME",
    "TranslateConfig",
    "ContaminationConfig",
    "CheckConfig",
    "Config",
    "find_config",
    "load_config",
    "parse_config",
    "parse_engines",
    "route_preferences",
    "decode_options",
]

CONFIG_NAME = "ttdn-i18n.toml"

_TRANSLATE_KEYS = (
    "to",
    "glossary",
    "format",
    "model",
    "engine",
    "beam_size",
    "num_hypotheses",
    "max_batch_size",
    "max_batch_tokens",
    "compute_type",
    "backend",
    "profile",
    "quality",
    "inter_threads",
    "intra_threads",
    "names_masking",
)
# Same bounds as the translate command's options.
_INT_BOUNDS = {"beam_size": (1, 16), "num_hypotheses": (1, 16), "max_batch_size": (1, 4096),
               "max_batch_tokens": (1, 1_000_000),
               "inter_threads": (1, 256), "intra_threads": (1, 256)}


@dataclass(frozen=True)
class TranslateConfig:
    """``[translate]``; None (or empty) means "not set: use the default"."""

    to: tuple[str, ...] = ()
    glossary: Path | None = None
    format: str | None = None
    profile: str | None = None  # review profile: a ttdn_i18n.formats.Profile value
    model: str | None = None
    backend: str | None = None  # checked against engine_names() when a run starts
    engine: tuple[tuple[str, str], ...] = ()  # (language, route kind or model name)
    beam_size: int | None = None
    num_hypotheses: int | None = None
    max_batch_size: int | None = None
    max_batch_tokens: int | None = None
    compute_type: str | None = None
    quality: str | None = None  # a key of mt.engine.QUALITY_PRESETS
    inter_threads: int | None = None
    intra_threads: int | None = None
    names_masking: bool | None = None  # None: on

    @property
    def engines(self) -> dict[str, str]:
        return dict(self.engine)


@dataclass(frozen=True)
class ContaminationConfig:
    """``[contamination]``: extra phrases that mark a segment as spam."""

    blocklist: tuple[str, ...] = ()


@dataclass(frozen=True)
class CheckConfig:
    """``[check]``: QA checks (ids from ``ttdn-i18n check --list``) that do not run,
    and how English writes personal names (``names``: "ascii" or "keep"; the form
    ``translate`` restores masked names to, and the one the ``names`` check expects)."""

    skip: tuple[str, ...] = ()
    names: str = "ascii"


@dataclass(frozen=True)
class Config:
    """The whole file; ``path`` is None when no file was found."""

    path: Path | None = None
    translate: TranslateConfig = field(default_factory=TranslateConfig)
    contamination: ContaminationConfig = field(default_factory=ContaminationConfig)
    check: CheckConfig = field(default_factory=CheckConfig)


# ---------------------------------------------------------------- validation


class _Section:
    """Typed access to one table, with errors that name the key and file."""

    def __init__(self, table: Mapping[str, Any], name: str, source: str) -> None:
        self.table = table
        self.name = name
        self.source = source

    def fail(self, key: str, problem: str, fix: str = "fix it or remove the key") -> ConfigError:
        return ConfigError(f"{self.source}: [{self.name}] {key} {problem}; {fix}")

    def check_keys(self, known: Sequence[str]) -> None:
        for key in self.table:
            if key not in known:
                raise ConfigError(
                    f"{self.source}: unknown key '{key}' in [{self.name}]; "
                    f"known keys: {', '.join(known)}"
                )

    def string(self, key: str) -> str | None:
        value = self.table.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, f"must be a non-empty string, not {value!r}")
        return value.strip()

    def choice(self, key: str, choices: Sequence[str]) -> str | None:
        value = self.string(key)
        if value is not None and value not in choices:
            raise self.fail(key, f"is '{value}'", f"use one of: {', '.join(choices)}")
        return value

    def integer(self, key: str) -> int | None:
        value = self.table.get(key)
        if value is None:
            return None
        low, high = _INT_BOUNDS[key]
        # bool is an int in Python; `beam_size = true` is a mistake, not 1.
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(key, f"must be a whole number from {low} to {high}, not {value!r}")
        return value

    def boolean(self, key: str) -> bool | None:
        value = self.table.get(key)
        if value is None:
            return None
        if not isinstance(value, bool):
            raise self.fail(key, f"must be true or false, not {value!r}")
        return value

    def strings(self, key: str) -> tuple[str, ...]:
        value = self.table.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            items: list[Any] = value.split(",")
        elif isinstance(value, list):
            items = value
        else:
            raise self.fail(key, f"must be a list of strings, not {value!r}")
        if not all(isinstance(v, str) for v in items):
            raise self.fail(key, f"must be a list of strings, not {value!r}")
        return tuple(v.strip() for v in items if v.strip())


def _languages(section: _Section, key: str) -> tuple[str, ...]:
    option = f"'{key}' of [{section.name}] in {section.source}"
    return tuple(dict.fromkeys(check_language(c, option) for c in section.strings(key)))


def _engines(section: _Section) -> tuple[tuple[str, str], ...]:
    raw = section.table.get("engine")
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        raise section.fail(
            "engine",
            "must be a table of language = engine",
            'write [translate.engine] lo = "pivot"',
        )
    pairs: dict[str, str] = {}
    for lang, value in raw.items():
        code = check_language(lang, f"[translate.engine] of {section.source}")
        if not isinstance(value, str) or not value.strip():
            raise section.fail(
                f"engine.{lang}",
                f"must be {', '.join(ROUTE_KINDS)} or a model name, not {value!r}",
            )
        pairs[code] = value.strip()
    return tuple(pairs.items())


def parse_config(data: Mapping[str, Any], source: str = CONFIG_NAME) -> Config:
    """Validate parsed TOML; ``source`` names the file in error messages."""
    from ttdn_i18n.mt.engine import COMPUTE_TYPES, QUALITY_PRESETS

    top = _Section(data, "top level", source)
    names = ("translate", "contamination", "check")
    for key in data:
        if key not in names:
            raise ConfigError(
                f"{source}: unknown table [{key}]; known tables: "
                + ", ".join(f"[{n}]" for n in names)
            )
    tables: dict[str, _Section] = {}
    for name in names:
        table = data.get(name, {})
        if not isinstance(table, dict):
            raise top.fail(name, "must be a table", f"write it as [{name}]")
        tables[name] = _Section(table, name, source)

    tr = tables["translate"]
    tr.check_keys(_TRANSLATE_KEYS)
    glossary = tr.string("glossary")
    glossary_path: Path | None = None
    if glossary is not None:
        glossary_path = Path(glossary).expanduser()
        base = Path(source).parent
        if not glossary_path.is_absolute():
            # Relative to the file, so the project works from any folder.
            glossary_path = base / glossary_path
    translate = TranslateConfig(
        to=_languages(tr, "to"),
        glossary=glossary_path,
        format=tr.choice("format", format_names()),
        profile=tr.choice("profile", tuple(Profile)),
        model=tr.string("model"),
        backend=tr.string("backend"),
        engine=_engines(tr),
        beam_size=tr.integer("beam_size"),
        num_hypotheses=tr.integer("num_hypotheses"),
        max_batch_size=tr.integer("max_batch_size"),
        max_batch_tokens=tr.integer("max_batch_tokens"),
        compute_type=tr.choice("compute_type", COMPUTE_TYPES),
        quality=tr.choice("quality", tuple(QUALITY_PRESETS)),
        inter_threads=tr.integer("inter_threads"),
        intra_threads=tr.integer("intra_threads"),
        names_masking=tr.boolean("names_masking"),
    )

    co = tables["contamination"]
    co.check_keys(("blocklist",))
    if "blocklist" in co.table and not isinstance(co.table["blocklist"], list):
        raise co.fail("blocklist", "must be a list of strings", 'write blocklist = ["casino"]')
    contamination = ContaminationConfig(blocklist=co.strings("blocklist"))
    return Config(path=Path(source), translate=translate, contamination=contamination,
                  check=_check_config(tables["check"]))


def _check_config(section: _Section) -> CheckConfig:
    from ttdn_i18n.review.qa import check_ids
    from ttdn_i18n.terms.names import DEFAULT_NAME_STYLE, NAME_STYLES

    section.check_keys(("skip", "names"))
    skip = section.strings("skip")
    known = check_ids()
    for check_id in skip:
        if check_id not in known:
            raise section.fail("skip", f"has unknown check '{check_id}'",
                               f"use one of: {', '.join(known)}")
    return CheckConfig(skip=tuple(dict.fromkeys(skip)),
                       names=section.choice("names", NAME_STYLES) or DEFAULT_NAME_STYLE)


# ---------------------------------------------------------------- files


def find_config(start: Path | None = None) -> Path | None:
    """``ttdn-i18n.toml`` in ``start`` (default: the current folder), if there."""
    candidate = (start if start is not None else Path.cwd()) / CONFIG_NAME
    return candidate if candidate.is_file() else None


def load_config(path: Path | None = None) -> Config:
    """Read and validate a config file.

    ``path`` None: ``ttdn-i18n.toml`` in the current folder, and an empty
    :class:`Config` when there is none.  An explicit ``path`` must exist.
    """
    if path is None:
        found = find_config()
        if found is None:
            return Config()
        path = found
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(
            f"config file {path} not found; check the --config path or create it"
        ) from None
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{path} is not UTF-8; save it as UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML ({exc}); fix the syntax") from None
    return parse_config(data, str(path))


# ---------------------------------------------------------------- merging


def parse_engines(values: Sequence[str]) -> dict[str, str]:
    """``--engine lo=pivot --engine km=nllb-200`` (or ``lo=pivot,km=…``) → a dict."""
    engines: dict[str, str] = {}
    for value in values:
        for item in value.split(","):
            if not item.strip():
                continue
            lang, sep, choice = item.partition("=")
            if not sep or not choice.strip():
                raise ConfigError(
                    f"--engine '{item.strip()}' is not LANG=ENGINE; write e.g. --engine lo=pivot"
                )
            engines[check_language(lang, "--engine")] = choice.strip()
    return engines


def route_preferences(
    targets: Sequence[str],
    config: Config | None = None,
    *,
    model: str | None = None,
    engines: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """What :func:`ttdn_i18n.mt.packages.plan_routes` gets as ``prefer``.

    Per language, the first that is set: ``--engine LANG=…``, ``--model``,
    ``[translate.engine] LANG``, ``[translate] model``.  The command line wins
    over the file; within each, a per-language choice beats the global one.
    Languages with no preference are left out (normal route order).
    """
    cfg = config.translate if config is not None else TranslateConfig()
    cli_engines = engines or {}
    file_engines = cfg.engines
    prefs: dict[str, str] = {}
    for lang in targets:
        choice = cli_engines.get(lang) or model or file_engines.get(lang) or cfg.model
        if choice:
            prefs[lang] = choice
    return prefs


def decode_options(
    config: Config | None = None,
    *,
    beam_size: int | None = None,
    num_hypotheses: int | None = None,
    max_batch_size: int | None = None,
    compute_type: str | None = None,
    quality: str | None = None,
) -> DecodeOptions:
    """Decoding settings: keyword arguments (the command line) over the file
    over :class:`~ttdn_i18n.mt.engine.DecodeOptions`' defaults.  The number of
    hypotheses is clipped to the beam size, as CTranslate2 cannot return more.

    ``quality`` (``draft``, ``standard``, ``best``: :data:`QUALITY_PRESETS`)
    sets beam size and hypotheses; an explicit beam size or hypothesis count
    from the same level wins over it, and the command line over the file."""
    from ttdn_i18n.errors import ConfigError
    from ttdn_i18n.mt.engine import QUALITY_PRESETS, DecodeOptions

    cfg = config.translate if config is not None else TranslateConfig()
    default = DecodeOptions()
    if quality is not None and quality not in QUALITY_PRESETS:
        raise ConfigError(f"unknown quality '{quality}'; use one of: "
                          f"{', '.join(QUALITY_PRESETS)}")
    cli_beam, cli_n = QUALITY_PRESETS[quality] if quality else (None, None)
    file_beam, file_n = QUALITY_PRESETS[cfg.quality] if cfg.quality else (None, None)
    beam = beam_size or cli_beam or cfg.beam_size or file_beam or default.beam_size
    n = num_hypotheses or cli_n or cfg.num_hypotheses or file_n or default.num_hypotheses
    return DecodeOptions(
        beam_size=beam,
        num_hypotheses=min(n, beam),
        max_batch_size=max_batch_size or cfg.max_batch_size or default.max_batch_size,
        max_batch_tokens=cfg.max_batch_tokens or default.max_batch_tokens,
        compute_type=compute_type or cfg.compute_type or default.compute_type,
        inter_threads=cfg.inter_threads or 0,
        intra_threads=cfg.intra_threads or 0,
    )
