"""Same input, same output: MT of a sentence never depends on the run it is in (issue 14).

Through the real tiny models (vi→en direct, vi→en→lo pivot): one article
translated alone, with the other example articles, with other batch sizes,
without the cache and on a rerun after adding articles gives byte-identical
files; and a sentence once translated is taken from the cache, not the engine.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from support import EXAMPLES, GLOSSARY
from support import run_cli as _run

ARTICLE = "hoi-nghi-thong-tin-doi-ngoai"
LANGS = ("en", "lo")


def _article() -> Path:
    return EXAMPLES / f"{ARTICLE}.txt"


def _others() -> list[Path]:
    return sorted(p for p in EXAMPLES.iterdir() if p.stem != ARTICLE)


def _translate(out: Path, *inputs: Path, extra: tuple[str, ...] = ()) -> dict[str, object]:
    code, stdout, stderr = _run("translate", *map(str, inputs), "--to", ",".join(LANGS),
                                "--out", str(out), "--glossary", str(GLOSSARY), "--json",
                                *extra)
    assert code == 0, stderr
    summary: dict[str, object] = json.loads(stdout)
    return summary


def _files(out: Path) -> dict[str, bytes]:
    """The article's file per language, compared as bytes: the files hold no run date or
    other volatile field (the only date is the article's own), so nothing is blanked."""
    return {lang: (out / lang / f"{ARTICLE}.xlf").read_bytes() for lang in LANGS}


@pytest.fixture
def reference(tmp_path_factory: pytest.TempPathFactory, installed_models: Path) -> dict[str, bytes]:
    """The article translated alone, into a fresh folder (cold cache)."""
    out = tmp_path_factory.mktemp("alone")
    _translate(out, _article())
    files = _files(out)
    assert b"leveraged-mt" in files["en"] and b"leveraged-mt" in files["lo"]
    return files


@pytest.mark.parametrize(
    "extra",
    [(), ("--max-batch-size", "1"), ("--max-batch-size", "64"), ("--no-mt-cache",),
     ("--max-batch-size", "1", "--no-mt-cache")],
    ids=["together", "batch-1", "batch-64", "no-cache", "batch-1-no-cache"],
)
def test_an_article_translates_the_same_alone_or_with_others(
    tmp_path: Path, reference: dict[str, bytes], extra: tuple[str, ...]
) -> None:
    # Cold cache every time: batch composition alone must not change MT.
    _translate(tmp_path / "out", _article(), *_others(), extra=extra)
    assert _files(tmp_path / "out") == reference


def test_a_rerun_after_adding_articles_reuses_every_translation(
    tmp_path: Path, reference: dict[str, bytes]
) -> None:
    out = tmp_path / "out"
    first = _translate(out, _article())
    assert first["mt_cache"] == str(out / "ttdn-mt-cache.sqlite")
    assert first["mt_translated"] and not first["mt_cache_hits"]
    # The article's files are rewritten (not skipped) with other batching: MT comes
    # from the cache, and only the added articles' new sentences reach the engine.
    for lang in LANGS:
        (out / lang / f"{ARTICLE}.xlf").unlink()
    second = _translate(out, _article(), *_others(), extra=("--max-batch-size", "1"))
    assert _files(out) == reference
    assert second["mt_cache_hits"] == first["mt_translated"]
    # Everything is cached now: a third run from scratch translates nothing.
    shutil.rmtree(out / "en")
    shutil.rmtree(out / "lo")
    third = _translate(out, _article(), *_others())
    assert third["mt_translated"] == 0
    assert third["mt_cache_hits"] == int(first["mt_translated"]) + int(second["mt_translated"])
    assert _files(out) == reference


def test_cache_stats_and_clear(tmp_path: Path, installed_models: Path) -> None:
    out = tmp_path / "out"
    summary = _translate(out, _article())
    code, stdout, _ = _run("cache", "stats", "--out", str(out), "--json")
    assert code == 0
    stats = json.loads(stdout)
    assert stats["entries"] == summary["mt_translated"] > 0
    assert stats["contexts"] == 2  # vi→en direct; vi→en→lo pivot
    code, stdout, _ = _run("cache", "clear", "--out", str(out))
    assert code == 0 and f"Removed {stats['entries']} cached sentences" in stdout
    code, stdout, _ = _run("cache", "stats", "--out", str(out))
    assert code == 0 and ": 0 sentences" in stdout
    # An output folder without a cache is an empty cache, not an error.
    code, stdout, _ = _run("cache", "stats", "--out", str(tmp_path))
    assert code == 0 and ": 0 sentences" in stdout


def test_a_cached_sentence_never_reaches_the_engine(
    tmp_path: Path, installed_models: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ttdn_i18n.mt import engine
    from ttdn_i18n.mt.engine import DecodeOptions
    from ttdn_i18n.pipeline import translate_articles
    from ttdn_i18n.review.mtcache import open_cache
    from ttdn_i18n.sources import load_article

    articles = [load_article(_article())]
    sent: list[str] = []
    real = engine.translate_route_groups

    def counting(route, groups, *args, **kwargs):  # type: ignore[no-untyped-def]
        for sentences, _ in groups:
            sent.extend(sentences)
        return real(route, groups, *args, **kwargs)

    monkeypatch.setattr(engine, "translate_route_groups", counting)
    with open_cache(tmp_path / "c.sqlite") as cache:
        first = translate_articles(articles, ["en"], cache=cache)
        assert sent and cache.misses == len(sent) and cache.hits == 0
        n = len(sent)
        again = translate_articles(articles, ["en"], cache=cache,
                                   decode=DecodeOptions(max_batch_size=1))
        assert len(sent) == n and cache.hits == n
        assert again == first
        # Another decoding signature is another context: translated afresh.
        translate_articles(articles, ["en"], cache=cache, decode=DecodeOptions(beam_size=2))
        assert len(sent) == 2 * n


def test_model_checksums_are_remembered_in_the_user_cache(
    tmp_path: Path, installed_models: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A run with a new output folder (a new MT cache) must not hash every model
    # again: the checksum is kept per file state in the user's cache folder.
    import os

    from ttdn_i18n.mt.packages import list_models
    from ttdn_i18n.review import mtcache

    monkeypatch.setenv("TTDN_I18N_CACHE_DIR", str(tmp_path / "user-cache"))
    model = list_models()[0][0]
    hashed: list[int] = []
    real = mtcache._checksum
    monkeypatch.setattr(mtcache, "_checksum", lambda files: hashed.append(1) or real(files))

    def fresh_process_identity() -> str:
        mtcache._CHECKSUMS.clear()
        return mtcache.model_identity(model)

    first = fresh_process_identity()
    assert fresh_process_identity() == first and hashed == [1]
    with mtcache.open_cache(tmp_path / "new-out" / "c.sqlite") as cache:
        mtcache._CHECKSUMS.clear()
        assert mtcache.model_identity(model, cache) == first and hashed == [1]
    # The model file changes: hashed again, under its new state.
    model_bin = model.model_dir / "model.bin"
    st = model_bin.stat()
    os.utime(model_bin, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    try:
        assert fresh_process_identity() == first and hashed == [1, 1]
    finally:
        os.utime(model_bin, ns=(st.st_atime_ns, st.st_mtime_ns))
    # Cache off: hashed every time, same answer.
    monkeypatch.setenv("TTDN_I18N_CACHE_DIR", "off")
    assert fresh_process_identity() == first and len(hashed) == 3
