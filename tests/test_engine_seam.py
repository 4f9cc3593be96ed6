"""The engine seam: a second real backend (tests/engines_greedy.py) chosen through the config."""

from __future__ import annotations

import shutil
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from engines_greedy import NAME, GreedyEngine
from support import EXAMPLES, GLOSSARY, X12
from support import run_cli as _run
from ttdn_i18n.errors import ConfigError, ModelError, TtdnWarning
from ttdn_i18n.mt.ctranslate2 import CTranslate2Engine, load_engine
from ttdn_i18n.mt.engine import (
    DEFAULT_BACKEND,
    DecodeOptions,
    Engine,
    check_backend,
    clear_engine_cache,
    engine_names,
    get_engine,
    get_engine_factory,
    register_engine,
    translate_route,
    unregister_engine,
)
from ttdn_i18n.mt.packages import ModelInfo, list_models, plan_route, read_model

ARTICLE = EXAMPLES / "hoi-nghi-thong-tin-doi-ngoai.txt"


@pytest.fixture
def greedy() -> Iterator[str]:
    register_engine(NAME, GreedyEngine)
    try:
        yield NAME
    finally:
        unregister_engine(NAME)


def _config(tmp_path: Path, backend: str, to: str = '["en", "lo"]') -> Path:
    path = tmp_path / "ttdn-i18n.toml"
    path.write_text(f'[translate]\nto = {to}\nbackend = "{backend}"\n', encoding="utf-8")
    return path


def _provenance(xlf: Path) -> str:
    tree = etree.parse(str(xlf))
    notes = tree.findall(f".//{{{X12}}}header/{{{X12}}}note[@from='ttdn-provenance']")
    assert len(notes) == 1
    return notes[0].text or ""


def test_both_backends_implement_the_protocol(installed_models: Path, greedy: str) -> None:
    model = read_model(installed_models / "translate-vi_en")
    ours = get_engine(model, DecodeOptions(), NAME)
    assert isinstance(ours, GreedyEngine) and isinstance(ours, Engine)
    assert (ours.name, ours.model_label) == (NAME, "translate-vi_en-1.0")
    builtin = get_engine(model, DecodeOptions(), DEFAULT_BACKEND)
    assert isinstance(builtin, CTranslate2Engine) and isinstance(builtin, Engine)
    assert builtin is load_engine(model)  # one cache for both ways in
    assert builtin.name == "ctranslate2" and builtin.model_label == ours.model_label
    # Cached per backend, model and compute type.
    assert get_engine(model, DecodeOptions(num_hypotheses=1), NAME) is ours
    assert get_engine(model, DecodeOptions(compute_type="float32"), NAME) is not ours


def test_cli_translates_with_the_backend_chosen_in_the_config(
    tmp_path: Path, installed_models: Path, greedy: str
) -> None:
    import ttdn_i18n

    clear_engine_cache()
    out = tmp_path / "out"
    code, stdout, stderr = _run("translate", str(ARTICLE), "--out", str(out), "--no-glossary",
                                "--config", str(_config(tmp_path, NAME)))
    assert code == 0, stderr
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.xlf"))
    assert files == ["en/hoi-nghi-thong-tin-doi-ngoai.xlf", "lo/hoi-nghi-thong-tin-doi-ngoai.xlf"]
    assert f"en: {NAME}: translate-vi_en 1.0 (vi→en) [direct]" in stdout
    assert f"lo: {NAME}: translate-vi_en 1.0 (vi→en) + translate-en_lo 1.0 (en→lo)" in stdout

    models = {m.name: m for m in list_models()[0]}
    from ttdn_i18n.terms.names import mask_names, restore_names, source_names

    # Fresh engines, called directly: what the files hold is what this engine says.
    vi_en = GreedyEngine(models["translate-vi_en"], DecodeOptions())
    en_lo = GreedyEngine(models["translate-en_lo"], DecodeOptions())
    for lang in ("en", "lo"):
        xlf = out / lang / "hoi-nghi-thong-tin-doi-ngoai.xlf"
        signature = _provenance(xlf)
        assert f"|engine:{NAME}|" in signature
        doc = ttdn_i18n.read_document(xlf)
        # One hypothesis: no MT alternatives.  Only a pivot route adds one, the English
        # intermediate (xml:lang="en") a Lao translator works from.
        for u in doc.units:
            assert all(a.lang == "en" for a in u.alternatives), u.alternatives
            assert len(u.alternatives) == (1 if lang == "lo" and u.origin == "mt" else 0)
        assert doc.provenance.engine == NAME
        mt = [u for u in doc.units if u.origin == "mt"]
        assert len(mt) > 5 and all(u.target for u in mt)
        sources = [u.source for u in mt]
        # Names are masked before MT and restored after it (ttdn_i18n.terms.names).
        masked = [mask_names(s, source_names(s)) for s in sources]
        expected = [r.best for r in vi_en.translate([m for m, _ in masked], DecodeOptions())]
        if lang == "lo":
            expected = [r.best for r in en_lo.translate(expected, DecodeOptions())]
        expected = [restore_names(t, mapping, lang)[0]
                    for t, (_, mapping) in zip(expected, masked, strict=True)]
        assert [u.target for u in mt] == expected
    # The pipeline really went through the registered engine.
    used = get_engine(models["translate-vi_en"], DecodeOptions(), NAME)
    assert isinstance(used, GreedyEngine) and used.calls >= 1


def test_the_builtin_backend_writes_alternatives_where_greedy_writes_none(
    tmp_path: Path, installed_models: Path
) -> None:
    # The same run with the default backend: n-best alternatives, engine:ctranslate2.
    out = tmp_path / "out"
    code, _, stderr = _run("translate", str(ARTICLE), "--out", str(out), "--no-glossary",
                           "--to", "en", "--backend", "ctranslate2")
    assert code == 0, stderr
    xlf = out / "en" / "hoi-nghi-thong-tin-doi-ngoai.xlf"
    assert "|engine:ctranslate2|" in _provenance(xlf)
    assert b"alt-trans" in xlf.read_bytes()


def test_engine_warnings_reach_the_run_summary(
    tmp_path: Path, installed_models: Path, greedy: str
) -> None:
    # The starter glossary forbids renderings of terms in this article; the greedy
    # engine cannot suppress them and says so; the summary prints it.
    clear_engine_cache()
    code, stdout, stderr = _run("translate", str(ARTICLE), "--out", str(tmp_path / "out"),
                                "--to", "en", "--backend", NAME)
    assert code == 0, stderr
    assert (f"Warning: {NAME} (translate-vi_en-1.0) cannot suppress forbidden renderings; "
            "check the glossary notes by hand") in stdout.splitlines()


def test_an_unreadable_vocabulary_is_a_warning_not_silence(
    tmp_path: Path, argos_packages_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "packages"
    shutil.copytree(argos_packages_dir, root)
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(root))
    clear_engine_cache()
    model = read_model(root / "translate-vi_en")
    engine = load_engine(model)  # CTranslate2 has read the vocabulary now
    assert engine.translate(["Xin chào"], suppress=["Board of Directors"])
    assert engine.warnings == ()
    clear_engine_cache()
    engine = load_engine(model)
    (model.model_dir / "shared_vocabulary.json").write_text("{not json", encoding="utf-8")
    assert engine.translate(["Xin chào"], suppress=[]) and engine.warnings == ()
    out = engine.translate(["Xin chào"], suppress=["Board of Directors"])
    assert out[0].best
    message = ("translate-vi_en-1.0: target vocabulary unreadable (shared_vocabulary.json is "
               "not valid JSON): forbidden-term suppression is off")
    assert engine.warnings == (message,)
    # The batch summary and the library both pass it on.
    code, stdout, stderr = _run("translate", str(ARTICLE), "--out", str(tmp_path / "out"),
                                "--to", "en")
    assert code == 0, stderr
    assert f"Warning: {message}" in stdout.splitlines()
    import ttdn_i18n

    article = ttdn_i18n.load_article(ARTICLE)
    glossary = ttdn_i18n.load_glossary(GLOSSARY)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ttdn_i18n.translate_articles([article], ["en"], glossary=glossary)
    assert [str(w.message) for w in caught if w.category is TtdnWarning] == [message]
    clear_engine_cache()


def test_translate_articles_and_routes_take_a_backend(
    installed_models: Path, greedy: str
) -> None:
    import ttdn_i18n

    article = ttdn_i18n.load_article(ARTICLE)
    docs = ttdn_i18n.translate_articles([article], ["en", "km"], backend=NAME)
    by_lang = {d.target_lang: d for d in docs}
    assert by_lang["en"].provenance.engine == NAME
    assert by_lang["km"].provenance.engine == "none"  # no model, no engine
    models, _ = list_models()
    route = plan_route("en", models, backend=NAME)
    assert route.backend == route.provenance_engine == NAME
    direct = GreedyEngine(route.steps[0].model, DecodeOptions())
    sentences = ["Xin chào", "Hà Nội"]
    assert ([r.best for r in translate_route(route, sentences)]
            == [r.best for r in direct.translate(sentences, DecodeOptions())])
    # backend= overrides the route's own.
    builtin = translate_route(route, sentences, backend=DEFAULT_BACKEND)
    assert len(builtin[0].hypotheses) == DecodeOptions().num_hypotheses


@pytest.mark.parametrize("how", ["config", "option"])
def test_an_unknown_backend_is_one_line_and_exit_1(
    tmp_path: Path, installed_models: Path, how: str
) -> None:
    out = tmp_path / "out"
    args = ["translate", str(ARTICLE), "--out", str(out)]
    args += (["--config", str(_config(tmp_path, "nope"))] if how == "config"
             else ["--to", "en", "--backend", "nope"])
    code, stdout, stderr = _run(*args)
    assert code == 1
    assert stderr == "Error: unknown MT backend 'nope'; use one of: ctranslate2\n"
    assert not out.exists()


def test_registry_rules(installed_models: Path) -> None:
    assert engine_names()[0] == DEFAULT_BACKEND
    assert check_backend(DEFAULT_BACKEND) == DEFAULT_BACKEND
    register_engine("odd", GreedyEngine)
    try:
        assert engine_names()[-1] == "odd" and get_engine_factory("odd") is GreedyEngine
        with pytest.raises(ConfigError, match="already registered"):
            register_engine("odd", GreedyEngine)
        register_engine("odd", lambda model, options: object(), replace=True)  # type: ignore[arg-type,return-value]
        model = read_model(installed_models / "translate-vi_en")
        with pytest.raises(ModelError, match="MT backend 'odd' returned object, not an engine"):
            get_engine(model, DecodeOptions(), "odd")
    finally:
        unregister_engine("odd")
    assert "odd" not in engine_names()
    for bad in ("", "a b", "a,b"):
        with pytest.raises(ConfigError):
            register_engine(bad, GreedyEngine)


def test_installed_packages_add_backends_through_entry_points(
    tmp_path: Path, installed_models: Path
) -> None:
    site = tmp_path / "site"
    (site / "fake_engines-1.0.dist-info").mkdir(parents=True)
    (site / "fake_engines-1.0.dist-info" / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: fake-engines\nVersion: 1.0\n", encoding="utf-8")
    (site / "fake_engines-1.0.dist-info" / "entry_points.txt").write_text(
        "[ttdn_i18n.engines]\ngreedy-plugin = engines_greedy:GreedyEngine\n"
        "broken = no_such_module:factory\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from ttdn_i18n.mt.engine import engine_names, get_engine, get_engine_factory\n"
        "from ttdn_i18n.mt.packages import list_models\n"
        "from ttdn_i18n.errors import ModelError\n"
        "print(','.join(engine_names()))\n"
        "print('ctranslate2' in sys.modules)\n"
        "model = [m for m in list_models()[0] if m.name == 'translate-vi_en'][0]\n"
        "print(get_engine(model, None, 'greedy-plugin').translate(['Xin chào'], "
        "__import__('ttdn_i18n.mt.engine').mt.engine.DecodeOptions())[0].best != '')\n"
        "try:\n    get_engine_factory('broken')\n"
        "except ModelError as exc:\n    print(exc)\n"
    )
    tests = Path(__file__).parent
    env = {"PYTHONPATH": f"{site}:{tests}", "ARGOS_PACKAGES_DIR": str(installed_models),
           "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, check=True)
    lines = result.stdout.splitlines()
    assert lines[0] == "ctranslate2,greedy-plugin,broken"
    assert lines[1] == "False"  # discovery loads no plug-in and no CTranslate2
    assert lines[2] == "True"
    assert lines[3].startswith("MT backend plug-in 'broken' (no_such_module:factory) cannot be "
                               "loaded (No module named 'no_such_module');")


def test_factories_get_each_model_of_the_route_and_the_options(installed_models: Path) -> None:
    seen: list[tuple[ModelInfo, DecodeOptions]] = []

    def factory(model: ModelInfo, options: DecodeOptions) -> GreedyEngine:
        seen.append((model, options))
        return GreedyEngine(model, options)

    register_engine("spy", factory)
    try:
        models, _ = list_models()
        opts = DecodeOptions(compute_type="int16")
        translate_route(plan_route("lo", models, backend="spy"), ["Xin chào"], opts)
        assert [m.name for m, _ in seen] == ["translate-vi_en", "translate-en_lo"]
        assert all(o is opts for _, o in seen)
    finally:
        unregister_engine("spy")
