"""Shared fixtures.  Each section belongs to one module's owner."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# --- compiled-glossary cache ---
# Tests never write to the user's ~/.cache: one throw-away folder per session
# (subprocesses inherit it).  tests/test_glossary_cache.py points it elsewhere.
os.environ["TTDN_I18N_CACHE_DIR"] = tempfile.mkdtemp(prefix="ttdn-test-cache-")
atexit.register(shutil.rmtree, os.environ["TTDN_I18N_CACHE_DIR"], True)

# --- MT fixtures ---
# Real tiny CTranslate2 models (random weights), built once per session by
# ttdn_i18n.mt.testing and installed with our own installer: vi→en and en→lo, so
# lo is reachable only through the English pivot and km not at all.


@pytest.fixture(scope="session")
def argos_package_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vi→en ``.argosmodel`` file."""
    from ttdn_i18n.mt.testing import build_argos_package

    return build_argos_package(tmp_path_factory.mktemp("pkg-vi-en"), from_code="vi", to_code="en")


@pytest.fixture(scope="session")
def argos_package_en_lo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An en→lo ``.argosmodel`` file (second leg of the pivot)."""
    from ttdn_i18n.mt.testing import build_argos_package

    return build_argos_package(
        tmp_path_factory.mktemp("pkg-en-lo"), from_code="en", to_code="lo", seed=1
    )


@pytest.fixture(scope="session")
def argos_package_multilingual(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A multilingual (M2M-100 convention) vi→en/lo/km ``.argosmodel`` file."""
    from ttdn_i18n.mt.testing import build_argos_package

    return build_argos_package(
        tmp_path_factory.mktemp("pkg-multi"), from_code="vi", to_codes=("en", "lo", "km"), seed=2
    )


@pytest.fixture(scope="session")
def argos_packages_dir(
    tmp_path_factory: pytest.TempPathFactory, argos_package_file: Path, argos_package_en_lo: Path
) -> Path:
    """A packages folder holding vi→en and en→lo.  Do not modify it in tests."""
    from ttdn_i18n.mt.packages import install_package

    root = tmp_path_factory.mktemp("argos-packages")
    install_package(argos_package_file, root)
    install_package(argos_package_en_lo, root)
    return root


@pytest.fixture
def installed_models(argos_packages_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point ARGOS_PACKAGES_DIR at the session's packages folder; return that folder."""
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(argos_packages_dir))
    return argos_packages_dir


# Tiny randomly initialised Hugging Face checkpoints of each kind `models import`
# accepts, built once per session (transformers + torch; ~5 s), and a packages
# folder holding all three imported (int8).  Do not modify them in tests.
HF_KINDS = ("marian", "m2m100", "nllb")


@pytest.fixture(scope="session")
def hf_checkpoints(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    pytest.importorskip("transformers", reason="the [convert] extra is not installed")
    pytest.importorskip("torch", reason="the [convert] extra is not installed")
    from ttdn_i18n.mt.testing import build_hf_checkpoint

    root = tmp_path_factory.mktemp("hf")
    return {
        kind: build_hf_checkpoint(
            root, kind=kind, to_code="en", layers=1, d_model=32, heads=2, ffn=64,
            vocab_size=400, seed=5,
        )
        for kind in HF_KINDS
    }


@pytest.fixture(scope="session")
def imported_packages_dir(
    tmp_path_factory: pytest.TempPathFactory, hf_checkpoints: dict[str, Path]
) -> Path:
    """marian vi→en, m2m100 vi→en/lo/km, nllb vi→en/lo/km, imported with default options."""
    from ttdn_i18n.mt.convert import import_checkpoint

    root = tmp_path_factory.mktemp("imported-packages")
    for kind, targets in (("marian", "en"), ("m2m100", "en,lo,km"), ("nllb", "en,lo,km")):
        import_checkpoint(
            hf_checkpoints[kind], kind=kind, from_codes="vi", to_codes=targets,
            packages_dir=root,
        )
    return root


# --- QA findings: the built document vs the written file ---
# pipeline.attach_findings checks the document as built instead of writing and
# re-reading it (a third of the no-model cost per article).  That is only right
# while writing and reading back changes nothing QA looks at, so every document
# a test writes is also checked the slow way, and a difference fails the test.


@pytest.fixture(autouse=True)
def _findings_equal_the_written_files(monkeypatch: pytest.MonkeyPatch) -> None:
    import ttdn_i18n.batch as batch_module
    import ttdn_i18n.pipeline as pipeline_module
    from ttdn_i18n.formats import DEFAULT_FORMAT, dump_document, parse_document
    from ttdn_i18n.review.qa import check_document

    real = pipeline_module.attach_findings

    def checked(doc, *, names="ascii"):  # type: ignore[no-untyped-def]
        reread = parse_document(dump_document(doc, DEFAULT_FORMAT), name="reread")

        def key(d):  # type: ignore[no-untyped-def]
            return sorted((f.unit_id, f.check, f.message, f.evidence)
                          for f in check_document(d, names=names))

        assert key(doc) == key(reread), f"{doc.article_id}: QA differs once written and read"
        return real(doc, names=names)

    monkeypatch.setattr(pipeline_module, "attach_findings", checked)
    monkeypatch.setattr(batch_module, "attach_findings", checked)
