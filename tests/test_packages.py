"""Installing, listing, removing and routing real (tiny) Argos packages."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from ttdn_i18n.errors import ConfigError, ModelError
from ttdn_i18n.mt.packages import (
    check_language,
    human_size,
    install_folder,
    install_package,
    list_models,
    packages_dirs,
    plan_route,
    plan_routes,
    read_model,
    remove_model,
)
from ttdn_i18n.mt.testing import build_argos_package

VI_EN = "translate-vi_en"
EN_LO = "translate-en_lo"


def _rewrite(src: Path, dst: Path, edit: Callable[[str, bytes], tuple[str, bytes] | None]) -> Path:
    """Copy a zip, passing each member through ``edit`` (None drops it)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            kept = edit(item.filename, zin.read(item.filename))
            if kept is not None:
                zout.writestr(kept[0], kept[1])
    return dst


def _drop_key(key: str) -> Callable[[str, bytes], tuple[str, bytes]]:
    def edit(name: str, data: bytes) -> tuple[str, bytes]:
        if name.endswith("metadata.json"):
            meta = json.loads(data)
            del meta[key]
            data = json.dumps(meta).encode()
        return name, data

    return edit


def _everything(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir()) if root.exists() else []


# ---------------------------------------------------------------- install / list


def test_installed_packages_are_listed_with_their_details(installed_models: Path) -> None:
    models, warnings = list_models()
    assert warnings == []
    assert [m.name for m in models] == [EN_LO, VI_EN]
    vi_en = models[1]
    assert vi_en.path == installed_models / VI_EN
    assert (vi_en.kind, vi_en.from_code, vi_en.to_codes) == ("argos", "vi", ("en",))
    assert vi_en.package_version == "1.0"
    assert vi_en.tokenizer == "sentencepiece"
    assert vi_en.size_bytes == sum(
        p.stat().st_size for p in vi_en.path.rglob("*") if p.is_file()
    )
    assert vi_en.size_bytes > 100_000
    assert vi_en.label == "translate-vi_en-1.0"
    assert not vi_en.multilingual
    assert "random weights" in vi_en.license


def test_quantization_is_read_from_model_bin_when_metadata_is_silent(
    tmp_path: Path, argos_package_file: Path
) -> None:
    int8 = build_argos_package(tmp_path / "b", name="int8-model", quantization="int8", seed=3)
    root = tmp_path / "pk"
    for archive in (argos_package_file, int8):
        info = install_package(archive, root)
        meta_path = info.path / "metadata.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        del meta["ttdn"]["quantization"]
        meta_path.write_text(json.dumps(meta), encoding="utf-8")
    models, _ = list_models([root])
    assert {m.name: m.quantization for m in models} == {
        "int8-model": "int8",
        VI_EN: "float32",
    }


def test_install_goes_to_argos_packages_dir_and_replaces_same_name(
    tmp_path: Path, argos_package_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "nested" / "packages"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(root))
    assert packages_dirs() == [root]
    first = install_package(argos_package_file)
    (first.path / "stale.txt").write_text("left from the old install", encoding="utf-8")
    second = install_package(argos_package_file)
    assert second.path == root / VI_EN
    assert _everything(root) == [VI_EN]  # no hidden temp or old folders left
    assert not (second.path / "stale.txt").exists()


def test_default_packages_dir_follows_xdg_like_argostranslate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ARGOS_PACKAGES_DIR", raising=False)
    monkeypatch.delenv("SNAP", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert packages_dirs() == [tmp_path / "data" / "argos-translate" / "packages"]
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert packages_dirs() == [
        tmp_path / "home" / ".local" / "share" / "argos-translate" / "packages"
    ]


def _not_a_zip(pkg: Path, tmp: Path) -> Path:
    bad = tmp / "bad.argosmodel"
    bad.write_bytes(b"this is not a zip file at all")
    return bad


def _no_metadata(pkg: Path, tmp: Path) -> Path:
    def edit(name: str, data: bytes) -> tuple[str, bytes] | None:
        return None if name.endswith("metadata.json") else (name, data)

    return _rewrite(pkg, tmp / "nometa.argosmodel", edit)


def _no_to_code(pkg: Path, tmp: Path) -> Path:
    return _rewrite(pkg, tmp / "noto.argosmodel", _drop_key("to_code"))


def _no_from_code(pkg: Path, tmp: Path) -> Path:
    return _rewrite(pkg, tmp / "nofrom.argosmodel", _drop_key("from_code"))


def _broken_json(pkg: Path, tmp: Path) -> Path:
    def edit(name: str, data: bytes) -> tuple[str, bytes]:
        return (name, b'{"from_code": "vi",\n') if name.endswith("metadata.json") else (name, data)

    return _rewrite(pkg, tmp / "json.argosmodel", edit)


def _two_tops(pkg: Path, tmp: Path) -> Path:
    out = _rewrite(pkg, tmp / "two.argosmodel", lambda n, d: (n, d))
    with zipfile.ZipFile(out, "a") as z:
        z.writestr("other/readme.txt", "x")
    return out


def _no_model(pkg: Path, tmp: Path) -> Path:
    def edit(name: str, data: bytes) -> tuple[str, bytes] | None:
        return None if "/model/" in name else (name, data)

    return _rewrite(pkg, tmp / "nomodel.argosmodel", edit)


def _no_tokenizer(pkg: Path, tmp: Path) -> Path:
    def edit(name: str, data: bytes) -> tuple[str, bytes] | None:
        return None if name.endswith("sentencepiece.model") else (name, data)

    return _rewrite(pkg, tmp / "notok.argosmodel", edit)


def _unsafe(pkg: Path, tmp: Path) -> Path:
    out = _rewrite(pkg, tmp / "unsafe.argosmodel", lambda n, d: (n, d))
    with zipfile.ZipFile(out, "a") as z:
        z.writestr(f"{VI_EN}/../../evil.txt", "x")
    return out


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (_not_a_zip, "not a zip archive"),
        (_no_metadata, f"no metadata.json in '{VI_EN}/'"),
        (_no_to_code, "metadata.json has no to_code"),
        (_no_from_code, "metadata.json has no from_code"),
        (_broken_json, "metadata.json is not valid JSON (line 2)"),
        (_two_tops, "expected one top-level folder, found 2 (other, translate-vi_en)"),
        (_no_model, f"no model/model.bin in '{VI_EN}/'"),
        (_no_tokenizer, f"no tokenizer (sentencepiece.model or bpe.model) in '{VI_EN}/'"),
        (_unsafe, f"unsafe path '{VI_EN}/../../evil.txt' in the archive"),
    ],
)
def test_invalid_packages_are_refused_with_the_reason_and_nothing_left(
    tmp_path: Path,
    argos_package_file: Path,
    make: Callable[[Path, Path], Path],
    reason: str,
) -> None:
    bad = make(argos_package_file, tmp_path)
    root = tmp_path / "packages"
    with pytest.raises(ModelError) as err:
        install_package(bad, root)
    assert str(err.value) == (
        f"{bad} is not a valid Argos package: {reason}; re-download or re-export it"
    )
    assert _everything(root) == []


def test_corrupt_data_inside_a_valid_zip_leaves_no_half_installed_folder(
    tmp_path: Path, argos_package_file: Path
) -> None:
    data = bytearray(argos_package_file.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        member = z.getinfo(f"{VI_EN}/model/model.bin")
    # Flip bytes in the middle of model.bin's compressed data: the directory
    # still reads fine, extraction fails on the CRC or the deflate stream.
    middle = member.header_offset + 100 + member.compress_size // 2
    data[middle : middle + 64] = bytes(b ^ 0xFF for b in data[middle : middle + 64])
    bad = tmp_path / "corrupt.argosmodel"
    bad.write_bytes(bytes(data))
    root = tmp_path / "packages"
    with pytest.raises(ModelError, match="the archive is corrupt") as err:
        install_package(bad, root)
    assert str(err.value).startswith(f"{bad} is not a valid Argos package: ")
    assert str(err.value).endswith("; re-download or re-export it")
    assert _everything(root) == []


def test_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="not found; give the path of a .argosmodel file"):
        install_package(tmp_path / "nope.argosmodel", tmp_path / "packages")


def test_broken_folders_are_warned_about_and_the_others_still_listed(
    tmp_path: Path, argos_package_file: Path, argos_package_en_lo: Path
) -> None:
    root = tmp_path / "packages"
    install_package(argos_package_file, root)
    install_package(argos_package_en_lo, root)
    (root / "aaa-broken").mkdir()
    (root / "zzz-badjson").mkdir()
    (root / "zzz-badjson" / "metadata.json").write_text("{not json", encoding="utf-8")
    models, warnings = list_models([root])
    assert [m.name for m in models] == [EN_LO, VI_EN]
    assert warnings == [
        f"skipping {root / 'aaa-broken'}: no metadata.json — reinstall it with "
        "`ttdn-i18n models install`",
        f"skipping {root / 'zzz-badjson'}: metadata.json is not valid JSON (line 1) — "
        "reinstall it with `ttdn-i18n models install`",
    ]
    with pytest.raises(ModelError, match="no metadata.json"):
        read_model(root / "aaa-broken")


def test_missing_packages_dir_lists_nothing(tmp_path: Path) -> None:
    assert list_models([tmp_path / "absent"]) == ([], [])


def test_remove_deletes_the_folder_and_returns_what_it_was(
    tmp_path: Path, argos_package_file: Path, argos_package_en_lo: Path
) -> None:
    root = tmp_path / "packages"
    install_package(argos_package_file, root)
    install_package(argos_package_en_lo, root)
    removed = remove_model(VI_EN, [root])
    assert (removed.name, removed.from_code, removed.to_code) == (VI_EN, "vi", "en")
    assert not removed.path.exists()
    assert [m.name for m in list_models([root])[0]] == [EN_LO]
    with pytest.raises(ModelError) as err:
        remove_model(VI_EN, [root])
    assert str(err.value) == (
        f"no installed model named '{VI_EN}' (installed: {EN_LO}); see `ttdn-i18n models list`"
    )
    with pytest.raises(ModelError, match="is not a model name"):
        remove_model("../packages", [root])
    assert (root / EN_LO).is_dir()


def test_importing_packages_stays_light() -> None:
    code = (
        "import sys, ttdn_i18n, ttdn_i18n.mt.packages, ttdn_i18n.mt.ctranslate2,"
        " ttdn_i18n.mt.testing, ttdn_i18n.mt.convert, ttdn_i18n.mt.engine,"
        " ttdn_i18n.config, ttdn_i18n.cli\n"
        "assert 'ctranslate2' in ttdn_i18n.mt.engine.engine_names()\n"
        "heavy = [m for m in ('argostranslate', 'ctranslate2', 'sentencepiece', 'torch',"
        " 'numpy', 'transformers') if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == ""


# ---------------------------------------------------------------- routes


@pytest.fixture
def multi_models(
    tmp_path: Path, argos_package_file: Path, argos_package_en_lo: Path,
    argos_package_multilingual: Path,
) -> Path:
    root = tmp_path / "packages"
    for pkg in (argos_package_file, argos_package_en_lo, argos_package_multilingual):
        install_package(pkg, root)
    return root


def test_route_prefers_direct_then_pivot_and_reports_none(installed_models: Path) -> None:
    models, _ = list_models()
    routes = plan_routes(["en", "lo", "km"], models)
    assert list(routes) == ["en", "lo", "km"]

    en = routes["en"]
    assert en.kind == "direct" and en.provenance_route == "direct"
    assert [(s.model.name, s.from_code, s.to_code) for s in en.steps] == [(VI_EN, "vi", "en")]

    lo = routes["lo"]
    assert lo.kind == "pivot" and lo.provenance_route == "pivot:en"
    assert [(s.model.name, s.from_code, s.to_code) for s in lo.steps] == [
        (VI_EN, "vi", "en"),
        (EN_LO, "en", "lo"),
    ]
    assert lo.model_label == "translate-vi_en-1.0+translate-en_lo-1.0"

    km = routes["km"]
    assert (km.kind, km.steps, km.model_label) == ("none", (), "")


def test_multilingual_model_is_used_before_a_pivot_but_after_a_direct_one(
    multi_models: Path,
) -> None:
    models, warnings = list_models([multi_models])
    assert warnings == []
    multi = next(m for m in models if m.kind == "m2m100")
    assert multi.multilingual and multi.to_codes == ("en", "lo", "km")
    assert multi.source_tokens("vi", "km") == ("__vi__",)
    assert multi.target_tokens("km") == ("__km__",)
    assert multi.append_eos

    routes = plan_routes(["en", "lo", "km"], models)
    assert routes["en"].kind == "direct" and routes["en"].steps[0].model.name == VI_EN
    for lang in ("lo", "km"):
        assert routes[lang].kind == "multilingual"
        assert routes[lang].steps[0].model == multi
        assert routes[lang].steps[0].to_code == lang


def test_prefer_forces_a_model(multi_models: Path) -> None:
    models, _ = list_models([multi_models])
    multi = next(m for m in models if m.kind == "m2m100")
    forced = plan_route("en", models, prefer=multi.name)
    assert forced.kind == "multilingual" and forced.steps[0].model == multi
    # en→lo can only serve as the second leg of a pivot.
    pivot = plan_route("lo", models, prefer=EN_LO)
    assert pivot.kind == "pivot"
    assert [s.model.name for s in pivot.steps] == [VI_EN, EN_LO]
    with pytest.raises(ModelError) as err:
        plan_route("km", models, prefer=EN_LO)
    assert str(err.value) == (
        f"model '{EN_LO}' cannot translate vi→km (it covers en→lo); "
        "pick another with --model or drop --model"
    )
    with pytest.raises(ModelError, match=r"no installed model named 'nope' \(installed: "):
        plan_route("en", models, prefer="nope")


def test_language_codes_are_checked() -> None:
    assert check_language("LO") == "lo"
    assert check_language(" km ") == "km"
    with pytest.raises(ConfigError) as err:
        check_language("xx")
    message = str(err.value)
    assert message.startswith("unknown language code 'xx' in --to; use one of: en, km, lo")
    with pytest.raises(ConfigError, match="in --from"):
        check_language("vie", option="--from")


def test_copied_folder_with_multilingual_metadata_keeps_argos_fields(
    tmp_path: Path, installed_models: Path
) -> None:
    # A folder with an NLLB-style "ttdn" block: kind defaults fill the prefixes.
    folder = tmp_path / "nllb-copy"
    shutil.copytree(installed_models / VI_EN, folder)
    meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    meta["ttdn"] = {
        "kind": "nllb",
        "from_codes": ["vi", "en"],
        "to_codes": ["en", "lo", "km"],
        "lang_tokens": {"vi": "vie_Latn", "lo": "lao_Laoo", "km": "khm_Khmr", "en": "eng_Latn"},
    }
    (folder / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")
    info = read_model(folder)
    assert (info.kind, info.from_code, info.to_code) == ("nllb", "vi", "en")
    assert info.source_tokens("vi", "lo") == ("vie_Latn",)
    assert info.target_tokens("lo") == ("lao_Laoo",)
    assert info.append_eos and info.covers("en", "km") and not info.covers("lo", "km")


def test_sentencepiece_bpe_model_is_sentencepiece_not_subword_nmt(
    tmp_path: Path, installed_models: Path
) -> None:
    # M2M-100 and NLLB name their SentencePiece model "sentencepiece.bpe.model";
    # only Argos' own "bpe.model" is Moses + subword-nmt codes.
    folder = tmp_path / "m2m"
    shutil.copytree(installed_models / VI_EN, folder)
    (folder / "sentencepiece.model").rename(folder / "sentencepiece.bpe.model")
    meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    meta["ttdn"] = {"kind": "m2m100", "source_tokenizer": "sentencepiece.bpe.model"}
    (folder / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")
    info = read_model(folder)
    assert (info.tokenizer, info.source_tokenizer, info.target_tokenizer) == (
        "sentencepiece", "sentencepiece.bpe.model", "sentencepiece.bpe.model",
    )
    (folder / "sentencepiece.bpe.model").rename(folder / "bpe.model")
    del meta["ttdn"]["source_tokenizer"]
    (folder / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")
    assert read_model(folder).tokenizer == "bpe"


def test_nllb_language_tokens_default_to_flores_codes(
    tmp_path: Path, installed_models: Path
) -> None:
    folder = tmp_path / "nllb"
    shutil.copytree(installed_models / VI_EN, folder)
    meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    meta["ttdn"] = {"kind": "nllb", "to_codes": ["lo", "km"], "lang_tokens": {"km": "khm_X"}}
    (folder / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")
    info = read_model(folder)
    assert info.source_tokens("vi", "lo") == ("vie_Latn",)
    assert info.target_tokens("lo") == ("lao_Laoo",)
    assert info.target_tokens("km") == ("khm_X",)  # metadata wins over the default


def test_per_language_preferences_force_route_kinds_and_models(multi_models: Path) -> None:
    models, _ = list_models([multi_models])
    multi = next(m for m in models if m.kind == "m2m100").name
    routes = plan_routes(
        ["en", "lo", "km"], models, prefer={"en": multi, "lo": "pivot", "km": "auto"}
    )
    assert [(r.kind, r.model_label) for r in routes.values()] == [
        ("multilingual", f"{multi}-1.0"),
        ("pivot", "translate-vi_en-1.0+translate-en_lo-1.0"),
        ("multilingual", f"{multi}-1.0"),
    ]
    # Without a preference lo would be multilingual, en direct.
    assert plan_route("lo", models).kind == "multilingual"
    assert plan_route("en", models, prefer="direct").model_label == "translate-vi_en-1.0"
    assert plan_route("lo", models, prefer="multilingual").kind == "multilingual"
    # A plain string applies to every language, as --model does.
    assert {r.model_label for r in plan_routes(["lo", "km"], models, prefer=multi).values()} == {
        f"{multi}-1.0"
    }


@pytest.mark.parametrize(
    ("folder", "target", "prefer", "why"),
    [
        ("multi_models", "lo", "direct", "no direct vi→lo model is installed"),
        ("installed_models", "km", "pivot", "no installed models cover both vi→en and en→km"),
        ("multi_models", "en", "pivot", "en is the pivot language itself"),
        ("installed_models", "en", "multilingual", "no multilingual vi→en model is installed"),
    ],
)
def test_an_impossible_forced_engine_is_an_error_not_a_fallback(
    request: pytest.FixtureRequest, folder: str, target: str, prefer: str, why: str
) -> None:
    models, _ = list_models([request.getfixturevalue(folder)])
    with pytest.raises(ModelError) as err:
        plan_routes([target], models, prefer={target: prefer})
    assert str(err.value) == (
        f"cannot use engine '{prefer}' for {target}: {why}; install one "
        "(`ttdn-i18n models list` shows what there is) or choose another engine"
    )


@pytest.mark.parametrize(
    ("n", "text"),
    [(0, "0 B"), (999, "999 B"), (1000, "1.0 kB"), (123_456, "123.5 kB"),
     (41_000_000, "41.0 MB"), (999_949_999, "999.9 MB"), (1_200_000_000, "1.2 GB")],
)
def test_human_size(n: int, text: str) -> None:
    assert human_size(n) == text


def test_install_folder_renames_a_staged_model_into_place(
    tmp_path: Path, installed_models: Path
) -> None:
    root = tmp_path / "packages"
    staged = root / ".staging" / "my-model"
    shutil.copytree(installed_models / VI_EN, staged)
    info = install_folder(staged, root)
    assert info.path == root / "my-model" and not staged.exists()
    shutil.copytree(installed_models / EN_LO, staged)
    replaced = install_folder(staged, root)
    assert (replaced.from_code, replaced.to_code) == ("en", "lo")
    assert sorted(p.name for p in root.iterdir()) == [".staging", "my-model"]
    (root / ".staging" / "bad").mkdir()
    with pytest.raises(ModelError, match="is not a valid model folder: no metadata.json"):
        install_folder(root / ".staging" / "bad", root)
    assert not (root / "bad").exists()
