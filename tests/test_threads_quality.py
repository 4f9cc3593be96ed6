"""Use the cores the way CTranslate2 is fastest, and the --quality presets (issue 14)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from support import EXAMPLES, GLOSSARY
from support import run_cli as _run
from ttdn_i18n.config import decode_options, parse_config
from ttdn_i18n.errors import ConfigError
from ttdn_i18n.mt.engine import QUALITY_PRESETS, DecodeOptions, thread_plan


@pytest.mark.parametrize(
    ("cores", "inter", "intra", "plan"),
    [(1, 0, 0, (1, 1)), (2, 0, 0, (2, 1)), (4, 0, 0, (4, 1)), (8, 0, 0, (4, 2)),
     (16, 0, 0, (4, 4)), (2, 1, 0, (1, 2)), (8, 0, 4, (2, 4)), (2, 3, 3, (3, 3))],
)
def test_thread_plan(cores: int, inter: int, intra: int, plan: tuple[int, int]) -> None:
    assert thread_plan(cores, inter, intra) == plan


def test_quality_presets_and_precedence() -> None:
    assert QUALITY_PRESETS == {"draft": (1, 1), "standard": (4, 3), "best": (5, 5)}
    assert decode_options(quality="draft").beam_size == 1
    best = decode_options(quality="best")
    assert (best.beam_size, best.num_hypotheses) == (5, 5)
    assert decode_options(quality="standard") == DecodeOptions()
    # An explicit beam size wins over the preset; the command line over the file.
    assert decode_options(quality="best", beam_size=3).beam_size == 3
    config = parse_config({"translate": {"quality": "draft", "inter_threads": 2,
                                         "intra_threads": 1}}, source="t.toml")
    from_file = decode_options(config)
    assert (from_file.beam_size, from_file.num_hypotheses) == (1, 1)
    assert (from_file.inter_threads, from_file.intra_threads) == (2, 1)
    assert decode_options(config, quality="best").beam_size == 5
    with pytest.raises(ConfigError, match="quality"):
        parse_config({"translate": {"quality": "fast"}}, source="t.toml")
    with pytest.raises(ConfigError, match="inter_threads"):
        parse_config({"translate": {"inter_threads": 0}}, source="t.toml")


def test_parallel_workers_give_the_same_translations(installed_models: Path) -> None:
    from ttdn_i18n.mt.ctranslate2 import open_engine
    from ttdn_i18n.mt.packages import read_model
    from ttdn_i18n.sources import load_article

    model = read_model(installed_models / "translate-vi_en")
    sentences = [s.text for p in sorted(EXAMPLES.iterdir())
                 for s in load_article(p).segments if s.send_to_mt]
    one = open_engine(model, DecodeOptions(inter_threads=1, intra_threads=1))
    two = open_engine(model, DecodeOptions(inter_threads=2, intra_threads=1))
    assert (one.inter_threads, two.inter_threads) == (1, 2)
    for options in (DecodeOptions(), DecodeOptions(max_batch_size=1)):
        assert two.translate(sentences, options) == one.translate(sentences, options)


def test_cli_quality_draft_is_greedy_with_one_hypothesis(
    tmp_path: Path, installed_models: Path
) -> None:
    from ttdn_i18n.mt.engine import clear_engine_cache

    article = EXAMPLES / "hoi-nghi-thong-tin-doi-ngoai.txt"
    clear_engine_cache()
    try:
        code, stdout, stderr = _run("translate", str(article), "--to", "en", "--out",
                                    str(tmp_path / "o"), "--glossary", str(GLOSSARY),
                                    "--quality", "draft", "--json")
    finally:
        # An engine keeps the options it was loaded with as its defaults: do not
        # leave a greedy one behind for other tests.
        clear_engine_cache()
    assert code == 0, stderr
    assert json.loads(stdout)["languages"][0]["mt_segments"] > 0
    xlf = (tmp_path / "o" / "en" / "hoi-nghi-thong-tin-doi-ngoai.xlf").read_bytes()
    assert b"beam=1,n=1" in xlf and b"<alt-trans" not in xlf
