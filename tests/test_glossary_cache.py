"""terms/glossary.py: the compiled-glossary cache (a faster start, never another result)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from ttdn_i18n import usercache
from ttdn_i18n.cli import cli
from ttdn_i18n.terms import glossary as G
from ttdn_i18n.usercache import CACHE_ENV

STARTER = Path(G.__file__).resolve().parents[1] / "glossaries" / G.STARTER_GLOSSARY
TEXT = ("Ban Chỉ đạo công tác thông tin đối ngoại tỉnh họp với Ủy ban nhân dân tỉnh "
        "về đối ngoại nhân dân.")


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    return folder


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("glossary-*.pickle"))


def _same(a: G.Glossary, b: G.Glossary) -> None:
    assert a == b and a.stamp == b.stamp and a.name == b.name
    assert a.match(TEXT) == b.match(TEXT) and a.match(TEXT)
    for lang in ("en", "lo", "km"):
        assert a.hits_for(TEXT, lang) == b.hits_for(TEXT, lang)


def test_a_second_load_comes_from_the_cache_and_matches_alike(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = G.load_glossary(STARTER)
    assert len(_entries(cache_dir)) == 1
    parsed: list[str] = []
    monkeypatch.setattr(G, "parse_tbx", lambda *a, **k: parsed.append("x"))  # must not run
    second = G.load_glossary(STARTER)
    assert parsed == []
    _same(first, second)
    assert (_entries(cache_dir)[0].stat().st_mode & 0o777) == 0o600


def test_national_glossary_round_trips_through_the_cache(cache_dir: Path) -> None:
    national = G.default_glossary_path()
    assert national is not None
    first = G.load_glossary(national)
    second = G.load_glossary(national)
    _same(first, second)
    assert second._index is not first._index


def test_an_edited_glossary_is_never_served_from_the_old_entry(
    cache_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "office.csv"
    path.write_text("id,vi,en\nc1,Ban Chỉ đạo,Steering Committee\n", encoding="utf-8")
    assert G.load_glossary(path).match(TEXT)[0].concept_id == "c1"
    path.write_text("id,vi,en\nc2,đối ngoại nhân dân,people-to-people diplomacy\n",
                    encoding="utf-8")
    again = G.load_glossary(path)
    assert [h.concept_id for h in again.match(TEXT)] == ["c2"]
    assert len(_entries(cache_dir)) == 2


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05K\x01."])
def test_a_damaged_entry_is_a_miss_and_is_replaced(cache_dir: Path, damage: bytes) -> None:
    good = G.load_glossary(STARTER)
    (entry,) = _entries(cache_dir)
    entry.write_bytes(damage)
    again = G.load_glossary(STARTER)
    _same(good, again)
    assert entry.read_bytes() != damage


def test_an_entry_others_may_write_is_not_unpickled(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    G.load_glossary(STARTER)
    (entry,) = _entries(cache_dir)
    entry.chmod(0o666)
    parsed: list[int] = []
    real = G.parse_tbx
    monkeypatch.setattr(G, "parse_tbx", lambda *a, **k: parsed.append(1) or real(*a, **k))
    G.load_glossary(STARTER)
    assert parsed == [1]


@pytest.mark.parametrize("value", ["off", ""])
def test_the_cache_can_be_turned_off(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(CACHE_ENV, value)
    assert usercache.cache_dir() is None
    _same(G.load_glossary(STARTER), G.load_glossary(STARTER))


def test_default_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert usercache.cache_dir() == tmp_path / "ttdn-i18n"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/dir")  # ignored, as the spec says
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert usercache.cache_dir() == tmp_path / "home" / ".cache" / "ttdn-i18n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_an_unwritable_cache_folder_changes_nothing(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "ro"
    folder.mkdir(mode=0o500)
    monkeypatch.setenv(CACHE_ENV, str(folder / "cache"))
    _same(G.load_glossary(STARTER), G.load_glossary(STARTER))


def test_a_cache_path_that_is_a_file_changes_nothing(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("not a folder")
    monkeypatch.setenv(CACHE_ENV, str(blocker))
    _same(G.load_glossary(STARTER), G.load_glossary(STARTER))
    assert blocker.read_text() == "not a folder"


def test_old_entries_are_removed(cache_dir: Path, tmp_path: Path) -> None:
    for k in range(G._COMPILED_KEEP + 3):
        path = tmp_path / f"g{k}.csv"
        path.write_text(f"id,vi,en\nc{k},Ban Chỉ đạo,Steering Committee {k}\n",
                        encoding="utf-8")
        G.load_glossary(path)
    assert len(_entries(cache_dir)) == G._COMPILED_KEEP


def test_glossary_lookup_gives_the_same_answer_warm_and_cold(cache_dir: Path) -> None:
    runner = CliRunner()
    cold = runner.invoke(cli, ["glossary", "lookup", "Ban Chỉ đạo"])
    assert _entries(cache_dir)
    warm = runner.invoke(cli, ["glossary", "lookup", "Ban Chỉ đạo"])
    assert cold.exit_code == warm.exit_code == 0
    assert cold.output == warm.output and "Steering Committee" in warm.output


def test_usercache_entries_are_private(cache_dir: Path) -> None:
    assert usercache.write_private("x.json", b"{}")
    entry = cache_dir / "x.json"
    assert (entry.stat().st_mode & 0o777) == 0o600
    assert usercache.read_private("x.json", 10) == b"{}"
    assert usercache.read_private("x.json", 1) is None  # over the size bound
    entry.chmod(0o644 | 0o002)
    assert usercache.read_private("x.json", 10) is None  # others may write it
