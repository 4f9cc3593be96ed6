"""What the CLI needs at run time is package data, found with importlib.resources (issue 14)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from support import EXAMPLES
from support import run_cli as _run

PKG = Path(__file__).resolve().parents[1] / "src" / "ttdn_i18n"


def test_the_default_glossaries_are_inside_the_package() -> None:
    import ttdn_i18n
    from ttdn_i18n.terms.glossary import (
        STARTER_GLOSSARY,
        bundled_glossary_path,
        default_glossary_path,
    )

    home = Path(ttdn_i18n.__file__).resolve().parent
    default = default_glossary_path()
    assert default is not None and default.parent == home / "glossaries"
    starter = bundled_glossary_path(STARTER_GLOSSARY)
    assert starter is not None and starter.is_file()
    assert bundled_glossary_path("no-such.tbx") is None


def test_pyproject_ships_every_data_file() -> None:
    import tomllib

    data = tomllib.loads((PKG.parents[1] / "pyproject.toml").read_text("utf-8"))
    patterns = data["tool"]["setuptools"]["package-data"]["ttdn_i18n"]
    shipped = {p for pattern in patterns for p in PKG.glob(pattern)}
    for folder in ("glossaries", "schemas"):
        files = {p for p in (PKG / folder).iterdir() if p.is_file()}
        assert files and files <= shipped, folder


def test_the_xliff21_driver_schema_is_package_data() -> None:
    from ttdn_i18n.formats.schemas import xliff21_driver_text

    assert "urn:oasis:names:tc:xliff:matches:2.0" in xliff21_driver_text()


def test_a_missing_default_glossary_is_a_warning_in_the_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ttdn_i18n.terms import glossary

    monkeypatch.setattr(glossary, "default_glossary_path", lambda: None)
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "none"))
    monkeypatch.chdir(tmp_path)
    article = str(EXAMPLES / "hoi-nghi-thong-tin-doi-ngoai.txt")
    code, stdout, stderr = _run("translate", article, "--to", "en", "--out", "x")
    assert code == 0, stderr
    assert "Glossary: none" in stdout
    assert "Warning: no glossary: the default glossary" in stdout
    code, stdout, _ = _run("translate", article, "--to", "en", "--out", "y", "--json")
    assert any(w.startswith("no glossary:") for w in json.loads(stdout)["warnings"])
    # Turned off on purpose: no warning.
    code, stdout, _ = _run("translate", article, "--to", "en", "--out", "z", "--no-glossary")
    assert code == 0 and "Warning: no glossary" not in stdout
