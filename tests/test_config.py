"""ttdn-i18n.toml: loading, validation messages, and merging with command-line options."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ttdn_i18n.config import (
    CONFIG_NAME,
    Config,
    ContaminationConfig,
    TranslateConfig,
    decode_options,
    load_config,
    parse_config,
    parse_engines,
    route_preferences,
)
from ttdn_i18n.errors import ConfigError
from ttdn_i18n.mt.engine import DecodeOptions

FULL = """
[translate]
to = ["en", "LO", "km"]
glossary = "glossaries/ttdn.tbx"
format = "po"
model = "translate-vi_en"
beam_size = 5
num_hypotheses = 2
max_batch_size = 16
max_batch_tokens = 2048
compute_type = "int8_float32"

[translate.engine]
lo = "pivot"
km = "nllb-200-distilled-600M"

[contamination]
blocklist = ["casino", " cá cược "]
"""


def _write(folder: Path, text: str) -> Path:
    path = folder / CONFIG_NAME
    path.write_text(text, encoding="utf-8")
    return path


def test_every_key_is_read(tmp_path: Path) -> None:
    path = _write(tmp_path, FULL)
    assert load_config(path) == Config(
        path=path,
        translate=TranslateConfig(
            to=("en", "lo", "km"),
            glossary=tmp_path / "glossaries" / "ttdn.tbx",
            format="po",
            model="translate-vi_en",
            engine=(("lo", "pivot"), ("km", "nllb-200-distilled-600M")),
            beam_size=5,
            num_hypotheses=2,
            max_batch_size=16,
            max_batch_tokens=2048,
            compute_type="int8_float32",
        ),
        contamination=ContaminationConfig(blocklist=("casino", "cá cược")),
    )


def test_file_in_the_current_folder_is_found_and_absence_is_fine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert load_config() == Config()
    _write(tmp_path, '[translate]\nto = "en,km"\nglossary = "/abs/g.csv"\n')
    config = load_config()
    assert config.path == tmp_path / CONFIG_NAME
    assert config.translate.to == ("en", "km")
    assert config.translate.glossary == Path("/abs/g.csv")
    assert config.contamination.blocklist == ()


def test_explicit_path_must_exist(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as err:
        load_config(tmp_path / "other.toml")
    assert str(err.value) == (
        f"config file {tmp_path / 'other.toml'} not found; check the --config path or create it"
    )


def test_syntax_errors_name_the_file_and_line(tmp_path: Path) -> None:
    path = _write(tmp_path, '[translate]\nto = "en" "lo"\n')
    with pytest.raises(ConfigError) as err:
        load_config(path)
    message = str(err.value)
    assert message.startswith(f"{path} is not valid TOML (")
    assert "line 2" in message and message.endswith("; fix the syntax")
    path.write_bytes(b"[translate]\nmodel = \"\xff\"\n")
    with pytest.raises(ConfigError, match="is not UTF-8; save it as UTF-8"):
        load_config(path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "[translate]\nbeam = 4\n",
            "unknown key 'beam' in [translate]; known keys: to, glossary, format, model, "
            "engine, beam_size, num_hypotheses, max_batch_size, max_batch_tokens, compute_type, "
            "backend, profile, quality, inter_threads, intra_threads, names_masking",
        ),
        (
            "[translat]\nto = 'en'\n",
            "unknown table [translat]; known tables: [translate], [contamination]",
        ),
        ("translate = 3\n", "[top level] translate must be a table; write it as [translate]"),
        (
            "[translate]\nbeam_size = 0\n",
            "[translate] beam_size must be a whole number from 1 to 16, not 0; "
            "fix it or remove the key",
        ),
        (
            "[translate]\nbeam_size = true\n",
            "[translate] beam_size must be a whole number from 1 to 16, not True; "
            "fix it or remove the key",
        ),
        (
            "[translate]\nmax_batch_size = '32'\n",
            "[translate] max_batch_size must be a whole number from 1 to 4096, not '32'; "
            "fix it or remove the key",
        ),
        (
            "[translate]\nformat = 'xliff'\n",
            "[translate] format is 'xliff'; use one of: xliff12, xliff21, po",
        ),
        (
            "[translate]\ncompute_type = 'int4'\n",
            "[translate] compute_type is 'int4'; use one of: int8, ",
        ),
        (
            "[translate]\nmodel = ''\n",
            "[translate] model must be a non-empty string, not ''; fix it or remove the key",
        ),
        (
            "[translate]\nto = [1, 2]\n",
            "[translate] to must be a list of strings, not [1, 2]; fix it or remove the key",
        ),
        (
            "[translate]\nengine = 'pivot'\n",
            "[translate] engine must be a table of language = engine; "
            'write [translate.engine] lo = "pivot"',
        ),
        (
            "[translate.engine]\nlo = 3\n",
            "[translate] engine.lo must be auto, direct, multilingual, pivot or a model name, "
            "not 3; fix it or remove the key",
        ),
        (
            "[contamination]\nblocklist = 'casino'\n",
            "[contamination] blocklist must be a list of strings; "
            'write blocklist = ["casino"]',
        ),
    ],
)
def test_wrong_values_name_the_file_and_key(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(err.value).startswith(f"{path}: {message}")


def test_language_codes_are_checked_with_the_key_and_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "[translate]\nto = ['en', 'xx']\n")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(err.value).startswith(
        f"unknown language code 'xx' in 'to' of [translate] in {path}; use one of: en, km, lo"
    )
    path = _write(tmp_path, "[translate.engine]\nlao = 'pivot'\n")
    with pytest.raises(ConfigError, match=r"'lao' in \[translate.engine\] of "):
        load_config(path)


def test_command_line_beats_file_and_per_language_beats_global() -> None:
    config = parse_config({
        "translate": {"model": "file-model", "engine": {"lo": "pivot", "km": "nllb"}},
    })
    targets = ["en", "lo", "km"]
    assert route_preferences(targets, config) == {
        "en": "file-model", "lo": "pivot", "km": "nllb",
    }
    assert route_preferences(targets, config, model="cli-model") == {
        "en": "cli-model", "lo": "cli-model", "km": "cli-model",
    }
    assert route_preferences(targets, config, model="cli-model", engines={"km": "direct"}) == {
        "en": "cli-model", "lo": "cli-model", "km": "direct",
    }
    assert route_preferences(targets, None) == {}
    assert route_preferences(["lo"], None, engines={"lo": "multilingual"}) == {
        "lo": "multilingual",
    }


def test_engine_options_are_parsed() -> None:
    assert parse_engines(["lo=pivot", "KM=nllb-200,en = direct"]) == {
        "lo": "pivot", "km": "nllb-200", "en": "direct",
    }
    assert parse_engines([]) == {}
    with pytest.raises(ConfigError) as err:
        parse_engines(["lo"])
    assert str(err.value) == "--engine 'lo' is not LANG=ENGINE; write e.g. --engine lo=pivot"
    with pytest.raises(ConfigError, match="unknown language code 'xx' in --engine"):
        parse_engines(["xx=pivot"])


def test_decode_options_merge_file_and_command_line() -> None:
    assert decode_options() == DecodeOptions()
    config = parse_config({"translate": {"beam_size": 2, "num_hypotheses": 5,
                                         "max_batch_size": 8, "compute_type": "float32"}})
    assert decode_options(config) == DecodeOptions(
        beam_size=2, num_hypotheses=2, max_batch_size=8, compute_type="float32"
    )
    assert decode_options(config, beam_size=6, num_hypotheses=4, compute_type="int8") == (
        DecodeOptions(beam_size=6, num_hypotheses=4, max_batch_size=8, compute_type="int8")
    )


_key = st.sampled_from(["beam_size", "num_hypotheses", "max_batch_size"])


@settings(max_examples=50, deadline=None)
@given(key=_key, value=st.one_of(st.integers(-5, 5000), st.booleans(), st.text(max_size=3)))
def test_integer_keys_accept_exactly_their_range(key: str, value: object) -> None:
    high = 4096 if key == "max_batch_size" else 16
    valid = isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= high
    data = {"translate": {key: value}}
    if valid:
        assert getattr(parse_config(data).translate, key) == value
    else:
        with pytest.raises(ConfigError, match=f"{key} must be a whole number from 1 to {high}"):
            parse_config(data)


# ---------------------------------------------------------------- [check]


def test_check_skip_is_read_as_a_list_or_a_comma_separated_string(tmp_path: Path) -> None:
    from ttdn_i18n.config import CheckConfig

    path = _write(tmp_path, '[check]\nskip = ["length-ratio", " numbers ", "length-ratio"]\n')
    assert load_config(path).check == CheckConfig(skip=("length-ratio", "numbers"))
    assert parse_config({"check": {"skip": "spam, repetition"}}).check.skip == (
        "spam", "repetition",
    )
    assert load_config(_write(tmp_path, "")).check == CheckConfig()
    assert Config().check.skip == ()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[check]\nsikp = ['spam']\n", "unknown key 'sikp' in [check]; known keys: skip, names"),
        (
            "[check]\nskip = ['lenght-ratio']\n",
            "[check] skip has unknown check 'lenght-ratio'; use one of: empty-target, "
            "glossary, length-ratio, names, numbers, repetition, same-as-source, spam, "
            "untranslated-vietnamese",
        ),
        (
            "[check]\nskip = [1]\n",
            "[check] skip must be a list of strings, not [1]; fix it or remove the key",
        ),
        ("check = 'spam'\n", "[top level] check must be a table; write it as [check]"),
        (
            "[checks]\nskip = []\n",
            "unknown table [checks]; known tables: [translate], [contamination], [check]",
        ),
    ],
)
def test_check_section_errors_name_the_file_and_key(
    tmp_path: Path, text: str, message: str
) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(err.value) == f"{path}: {message}"
