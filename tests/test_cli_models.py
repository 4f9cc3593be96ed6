"""`ttdn-i18n models list|install|remove|import`, through click's test runner."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from lxml import etree

from support import run_cli as _run
from ttdn_i18n.cli import cli
from ttdn_i18n.mt.convert import IMPORT_KINDS
from ttdn_i18n.mt.packages import human_size, read_model

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "examples" / "articles" / "giao-luu-huu-nghi.md"
VI_EN = "translate-vi_en"
EN_LO = "translate-en_lo"
NO_MODEL = "no model — install one with `ttdn-i18n models install FILE.argosmodel`"
TEST_LICENSE = "CC0-1.0 (random weights built by ttdn_i18n.mt.testing)"


def _table(lines: list[str]) -> list[list[str]]:
    """Cells of an aligned table; also checks every row starts its cells where
    the header starts its columns."""
    starts = [m.start() for m in re.finditer(r"\S+", lines[0])]
    rows = []
    for line in lines:
        cells = re.split(r" {2,}", line.strip())
        positions = [m.start() for m in re.finditer(r"(?:^|(?<=  ))\S", line)]
        assert positions == starts[: len(cells)], f"misaligned row: {line!r}"
        rows.append(cells)
    return rows


@pytest.fixture
def packages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "packages"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(root))
    return root


# ---------------------------------------------------------------- list


def test_list_shows_models_and_the_route_to_each_language(installed_models: Path) -> None:
    code, out, err = _run("models", "list")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"Models in {installed_models}:"
    size = {n: human_size(read_model(installed_models / n).size_bytes) for n in (VI_EN, EN_LO)}
    assert _table(lines[1:4]) == [
        ["NAME", "KIND", "LANGUAGES", "VERSION", "SIZE", "QUANTIZATION", "COMMERCIAL",
         "LICENSE"],
        [EN_LO, "argos", "en → lo", "1.0", size[EN_LO], "float32", "yes", TEST_LICENSE],
        [VI_EN, "argos", "vi → en", "1.0", size[VI_EN], "float32", "yes", TEST_LICENSE],
    ]
    assert lines[4:] == [
        "",
        "Routes from vi (Vietnamese):",
        "  en: direct (translate-vi_en 1.0)",
        "  lo: pivot vi→en→lo (translate-vi_en 1.0, translate-en_lo 1.0)",
        f"  km: {NO_MODEL}",
    ]


def test_list_with_nothing_installed(packages: Path) -> None:
    code, out, err = _run("models", "list")
    assert (code, err) == (0, "")
    assert out == (
        f"Models in {packages}:\n(none installed)\n\nRoutes from vi (Vietnamese):\n"
        f"  en: {NO_MODEL}\n  lo: {NO_MODEL}\n  km: {NO_MODEL}\n"
    )


def test_default_folder_is_used_without_argos_packages_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, argos_package_file: Path
) -> None:
    monkeypatch.delenv("ARGOS_PACKAGES_DIR", raising=False)
    monkeypatch.delenv("SNAP", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    code, out, _ = _run("models", "install", str(argos_package_file))
    assert code == 0
    folder = tmp_path / "data" / "argos-translate" / "packages"
    assert out == f"Installed translate-vi_en 1.0 (argos, vi → en) in {folder / VI_EN}\n"
    code, out, _ = _run("models", "list")
    assert out.splitlines()[0] == f"Models in {folder}:"
    assert "  en: direct (translate-vi_en 1.0)" in out.splitlines()


def test_broken_folders_are_warned_about_on_stderr_and_the_rest_listed(
    packages: Path, argos_package_file: Path
) -> None:
    assert _run("models", "install", str(argos_package_file))[0] == 0
    (packages / "half-copied").mkdir()
    code, out, err = _run("models", "list")
    assert code == 0
    assert err == (
        f"Warning: skipping {packages / 'half-copied'}: no metadata.json — reinstall it with "
        "`ttdn-i18n models install`\n"
    )
    assert "  en: direct (translate-vi_en 1.0)" in out.splitlines()
    assert "half-copied" not in out


def test_list_json(installed_models: Path) -> None:
    (installed_models / ".ttdn-install-leftover").mkdir(exist_ok=True)  # hidden: ignored
    code, out, err = _run("models", "list", "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["packages_dir"] == str(installed_models)
    assert [(m["name"], m["from_codes"], m["to_codes"]) for m in data["models"]] == [
        (EN_LO, ["en"], ["lo"]),
        (VI_EN, ["vi"], ["en"]),
    ]
    vi_en = data["models"][1]
    assert vi_en["size_bytes"] == read_model(installed_models / VI_EN).size_bytes
    assert (vi_en["kind"], vi_en["version"], vi_en["quantization"]) == ("argos", "1.0", "float32")
    assert {lang: r["kind"] for lang, r in data["routes"].items()} == {
        "en": "direct", "lo": "pivot", "km": "none",
    }
    assert data["routes"]["lo"]["models"] == [
        {"name": VI_EN, "version": "1.0", "from": "vi", "to": "en"},
        {"name": EN_LO, "version": "1.0", "from": "en", "to": "lo"},
    ]
    assert data["routes"]["km"]["summary"] == f"km: {NO_MODEL}"
    assert data["warnings"] == []


# ---------------------------------------------------------------- install / remove


def test_install_then_remove(packages: Path, argos_package_en_lo: Path) -> None:
    code, out, err = _run("models", "install", str(argos_package_en_lo))
    assert (code, err) == (0, "")
    assert out == f"Installed translate-en_lo 1.0 (argos, en → lo) in {packages / EN_LO}\n"
    code, out, err = _run("models", "remove", EN_LO)
    assert (code, err) == (0, "")
    assert out == f"Removed translate-en_lo 1.0 (argos, en → lo) from {packages}\n"
    assert list(packages.iterdir()) == []


def test_corrupt_file_is_refused_and_nothing_is_left(packages: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.argosmodel"
    bad.write_bytes(b"PK\x03\x04 truncated")
    code, out, err = _run("models", "install", str(bad))
    assert (code, out) == (1, "")
    assert err == (
        f"Error: {bad} is not a valid Argos package: not a zip archive; "
        "re-download or re-export it\n"
    )
    assert not packages.exists() or list(packages.iterdir()) == []
    code, _, err = _run("models", "install", str(tmp_path / "missing.argosmodel"))
    assert code == 1
    assert err == (
        f"Error: {tmp_path / 'missing.argosmodel'} not found; give the path of a "
        ".argosmodel file\n"
    )


def test_removing_an_unknown_model_lists_the_installed_ones(installed_models: Path) -> None:
    code, out, err = _run("models", "remove", "translate-vi_lo")
    assert (code, out) == (1, "")
    assert err == (
        "Error: no installed model named 'translate-vi_lo' (installed: translate-en_lo, "
        "translate-vi_en); see `ttdn-i18n models list`\n"
    )
    assert (installed_models / VI_EN).is_dir()


# ---------------------------------------------------------------- import


def test_import_kinds_match_the_library() -> None:
    command = cli.commands["models"].commands["import"]  # type: ignore[attr-defined]
    kind = next(p for p in command.params if p.name == "kind")
    assert tuple(kind.type.choices) == IMPORT_KINDS


def test_import_m2m100_then_translate_uses_it(
    packages: Path, hf_checkpoints: dict[str, Path], tmp_path: Path
) -> None:
    code, out, err = _run(
        "models", "import", str(hf_checkpoints["m2m100"]), "--kind", "m2m100",
        "--from", "vi", "--to", "en,lo,km", "--name", "m2m-tiny",
    )
    assert (code, err) == (0, ""), err
    assert out.splitlines() == [
        f"Imported m2m-tiny 1.0 (m2m100, vi → en,lo,km), int8, in {packages / 'm2m-tiny'}",
        "  en: multilingual (m2m-tiny 1.0)",
        "  lo: multilingual (m2m-tiny 1.0)",
        "  km: multilingual (m2m-tiny 1.0)",
    ]
    code, out, _ = _run("models", "list")
    assert "  lo: multilingual (m2m-tiny 1.0)" in out.splitlines()

    if not ARTICLE.is_file():
        pytest.skip(f"example article {ARTICLE} is missing")
    dest = tmp_path / "out"
    code, out, err = _run("translate", str(ARTICLE), "--to", "lo,km", "--out", str(dest))
    assert code == 0, err
    assert "  lo: ctranslate2: m2m-tiny 1.0 (vi→lo) [multilingual]" in out
    assert "  km: ctranslate2: m2m-tiny 1.0 (vi→km) [multilingual]" in out
    ns = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
    for lang in ("lo", "km"):
        doc = etree.parse(str(dest / lang / f"{ARTICLE.stem}.xlf"))
        targets = doc.findall(".//x:target[@state='needs-review-translation']", ns)
        assert targets and any((t.text or "").strip() for t in targets)


def test_import_nllb_warns_about_its_licence_on_stderr(
    packages: Path, hf_checkpoints: dict[str, Path]
) -> None:
    code, out, err = _run(
        "models", "import", str(hf_checkpoints["nllb"]), "--kind", "nllb", "--to", "km",
    )
    assert code == 0
    assert err == (
        "Warning: nllb-tiny is licensed cc-by-nc-4.0: non-commercial use only; do not use "
        "its translations in commercial work without the rights holder's permission\n"
    )
    assert out.splitlines() == [
        f"Imported nllb-tiny 1.0 (nllb, vi → km), int8, in {packages / 'nllb-tiny'}",
        "  km: multilingual (nllb-tiny 1.0)",
    ]


def test_import_replacing_and_refusing(
    packages: Path, hf_checkpoints: dict[str, Path], tmp_path: Path
) -> None:
    marian = hf_checkpoints["marian"]
    args = ("models", "import", str(marian), "--kind", "marian", "--to", "en",
            "--quantization", "float32", "--license", "CC-BY-4.0 (OPUS-MT)")
    assert _run(*args)[0] == 0
    code, out, _ = _run(*args)
    assert code == 0
    assert out.splitlines()[0] == (
        f"Replaced opus-mt-vi-en-tiny 1.0 (marian, vi → en), float32, in "
        f"{packages / 'opus-mt-vi-en-tiny'}"
    )
    assert read_model(packages / "opus-mt-vi-en-tiny").license == "CC-BY-4.0 (OPUS-MT)"

    code, out, err = _run("models", "import", str(marian), "--kind", "nllb", "--to", "lo")
    assert (code, out) == (1, "")
    assert err == (
        f"Error: {marian} is a marian checkpoint (model_type 'marian'), not nllb; "
        "use --kind marian\n"
    )
    copy = tmp_path / "no-config"
    shutil.copytree(marian, copy)
    (copy / "config.json").unlink()
    code, _, err = _run("models", "import", str(copy), "--kind", "marian", "--to", "en")
    assert code == 1 and err.startswith(f"Error: {copy} has no config.json, so it is not")
    code, _, err = _run("models", "import", str(marian), "--kind", "bart", "--to", "en")
    assert code == 2 and "'bart' is not one of 'marian', 'm2m100', 'nllb'" in err
    assert sorted(p.name for p in packages.iterdir()) == ["opus-mt-vi-en-tiny"]
