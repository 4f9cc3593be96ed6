"""`ttdn-i18n evaluate`: reference sets in, every route scored with sacrebleu's metrics.

The tiny models of conftest (vi→en, en→lo: lo only through the pivot) translate
tests/data/evaluate/news-refs.* (14 news sentences with English and Lao
references).  Every score must equal what sacrebleu's own corpus functions
give for the same hypotheses and references.
"""

from __future__ import annotations

import json
import shutil
import tomllib
from pathlib import Path

import pytest

from support import EXAMPLES, GLOSSARY, run_cli

sacrebleu = pytest.importorskip("sacrebleu", reason="sacrebleu is a dependency of evaluate")

DATA = Path(__file__).parent / "data" / "evaluate"
TMX = DATA / "news-refs.tmx"
LO_TSV = DATA / "news-refs.lo.tsv"
VI_TXT, EN_TXT = DATA / "news-refs.vi", DATA / "news-refs.en"


def _pairs(lang: str) -> tuple[list[str], list[str]]:
    from ttdn_i18n.evaluate import read_references

    pairs, _ = read_references([TMX])
    return [p.source for p in pairs[lang]], [p.reference for p in pairs[lang]]


def _hypotheses(lang: str, sources: list[str], prefer: str, glossary: bool = True) -> list[str]:
    """The route's output, computed independently of evaluate (as `translate` would)."""
    from ttdn_i18n.mt.engine import DecodeOptions
    from ttdn_i18n.mt.packages import list_models, plan_route
    from ttdn_i18n.pipeline import translate_sources
    from ttdn_i18n.terms.glossary import load_glossary

    models, _ = list_models()
    route = plan_route(lang, models, prefer=prefer)
    g = load_glossary(GLOSSARY) if glossary else None
    mt = translate_sources(route, list(dict.fromkeys(sources)), lang, glossary=g,
                           decode=DecodeOptions())
    return [mt[s].target if s in mt else "" for s in sources]


def _expected(hyps: list[str], refs: list[str], lang: str) -> dict[str, float]:
    expected = {
        "chrF++": sacrebleu.corpus_chrf(hyps, [refs], word_order=2).score,
        "chrF": sacrebleu.corpus_chrf(hyps, [refs]).score,
        "TER": sacrebleu.corpus_ter(hyps, [refs]).score,
    }
    if lang == "en":
        expected["BLEU"] = sacrebleu.corpus_bleu(hyps, [refs], tokenize="13a").score
    return expected


def test_tmx_scores_equal_sacrebleu_for_every_route(installed_models: Path) -> None:
    code, out, err = run_cli("evaluate", str(TMX), "--glossary", str(GLOSSARY), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert set(data["languages"]) == {"en", "lo"}
    en, lo = data["languages"]["en"], data["languages"]["lo"]
    assert en["pairs"] == lo["pairs"] == 14
    # en: the direct package; lo: only the English pivot reaches it.
    assert [(r["kind"], r["engine"]) for r in en["routes"]] == [("direct", "translate-vi_en")]
    assert [(r["kind"], r["engine"]) for r in lo["routes"]] == [("pivot", "pivot")]
    assert en["best"] == "translate-vi_en" and lo["best"] == "pivot"

    for lang, prefer in (("en", "translate-vi_en"), ("lo", "pivot")):
        sources, refs = _pairs(lang)
        hyps = _hypotheses(lang, sources, prefer)
        route = data["languages"][lang]["routes"][0]
        got = {name: m["score"] for name, m in route["metrics"].items()}
        assert got == _expected(hyps, refs, lang)
        sigs = {name: m["signature"] for name, m in route["metrics"].items()}
        assert sigs["chrF++"].startswith("nrefs:1|case:mixed|eff:yes|nc:6|nw:2|space:no|")
        assert sigs["chrF"].startswith("nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|")
        assert sigs["TER"].startswith("nrefs:1|case:lc|tok:tercom|")
        if lang == "en":
            assert sigs["BLEU"].startswith("nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|")
        else:
            assert "BLEU" not in sigs, "word-level BLEU is meaningless for Lao"
        # Term adherence: the glossary's hits in each source, verified in the hypothesis.
        from ttdn_i18n.terms.glossary import load_glossary, term_adherence, verify_terms

        g = load_glossary(GLOSSARY)
        present = total = 0
        for src, hyp in zip(sources, hyps, strict=True):
            p, t = term_adherence(verify_terms(g.hits_for(src, lang), hyp, lang))
            present, total = present + p, total + t
        assert (route["terms"]["present"], route["terms"]["total"]) == (present, total)
        assert total > 0
        assert route["sentences"] == 14 and route["sentences_per_second"] > 0


def test_table_shows_metrics_signatures_and_the_best_route(installed_models: Path) -> None:
    code, out, err = run_cli("evaluate", str(TMX), "--to", "lo,en")
    assert code == 0, err
    assert out.index("== lo:") < out.index("== en:")
    lo = out[out.index("== lo:"):out.index("== en:")]
    header = next(line for line in lo.splitlines() if "ROUTE" in line)
    assert header.split() == ["ROUTE", "chrF++", "chrF", "TER", "TERMS", "SENT/S", "ENGINE"]
    assert "pivot vi→en→lo (translate-vi_en 1.0, translate-en_lo 1.0) *" in lo
    assert '* best by chrF++: [translate.engine] lo = "pivot"' in lo
    assert "chrF++: nrefs:1|case:mixed|eff:yes|nc:6|nw:2|space:no|version:" in lo
    en = out[out.index("== en:"):]
    assert "BLEU: nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:" in en


def test_library_scores_equal_sacrebleu_on_the_hypotheses(installed_models: Path) -> None:
    from ttdn_i18n.evaluate import evaluate_references, read_references

    pairs, origins = read_references([TMX])
    ev = evaluate_references(pairs, origins=origins, to=["en"], glossary=None)
    (route,) = ev.languages[0].routes
    refs = [p.reference for p in ev.languages[0].pairs]
    hyps = list(route.hypotheses)
    assert {m.name: m.score for m in route.metrics} == _expected(hyps, refs, "en")
    assert route.terms_total == 0  # no glossary, no term hits


def test_tsv_and_plain_pair_read_the_same_pairs_as_tmx(installed_models: Path) -> None:
    code, out, err = run_cli("evaluate", str(LO_TSV), "--src", str(VI_TXT), "--ref",
                             str(EN_TXT), "--json", "--no-glossary")
    assert code == 0, err
    data = json.loads(out)
    code, out, err = run_cli("evaluate", str(TMX), "--json", "--no-glossary")
    assert code == 0, err
    from_tmx = json.loads(out)
    for lang in ("en", "lo"):
        assert data["languages"][lang]["pairs"] == 14
        assert data["languages"][lang]["routes"][0]["metrics"] == \
            from_tmx["languages"][lang]["routes"][0]["metrics"]


def _review_some(path: Path, n: int) -> list[str]:
    """Mark the first ``n`` translatable units translated, with a reviewer's target."""
    from lxml import etree

    ns = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
    tree = etree.parse(str(path))
    done = []
    for tu in tree.iterfind(".//x:trans-unit", ns):
        if tu.get("translate") == "no" or len(done) == n:
            continue
        target = tu.find("x:target", ns)
        for child in list(target):
            target.remove(child)
        target.text = f"Reviewed sentence number {len(done) + 1}."
        target.set("state", "translated")
        target.attrib.pop("state-qualifier", None)
        done.append(target.text)
    path.write_bytes(etree.tostring(tree, xml_declaration=True, encoding="UTF-8"))
    return done


def test_reviewed_xliff_is_a_reference_set_of_its_reviewed_units(
    tmp_path: Path, installed_models: Path
) -> None:
    out = tmp_path / "out"
    code, _, err = run_cli("translate", str(EXAMPLES / "giao-luu-huu-nghi.md"), "--to", "en",
                           "--out", str(out), "--no-glossary")
    assert code == 0, err
    xlf = out / "en" / "giao-luu-huu-nghi.xlf"
    unreviewed = tmp_path / "unreviewed.xlf"
    shutil.copyfile(xlf, unreviewed)
    reviewed = _review_some(xlf, 4)

    code, stdout, err = run_cli("evaluate", str(xlf), "--json", "--no-glossary")
    assert code == 0, err
    en = json.loads(stdout)["languages"]["en"]
    assert en["pairs"] == 4 and en["files"] == [str(xlf)]

    from ttdn_i18n.evaluate import read_references

    pairs, _ = read_references([xlf])
    assert [p.reference for p in pairs["en"]] == reviewed
    hyps = _hypotheses("en", [p.source for p in pairs["en"]], "translate-vi_en", glossary=False)
    got = {k: v["score"] for k, v in en["routes"][0]["metrics"].items()}
    assert got == _expected(hyps, reviewed, "en")

    code, stdout, err = run_cli("evaluate", str(unreviewed))
    assert code == 1 and stdout == ""
    assert err == (
        f"Error: {unreviewed} has no reviewed units; evaluate reads only segments a reviewer "
        "has translated or signed off (review the file first, or give a TMX/TSV reference)\n"
    )


FORMATS = ("give .tmx, .tsv (vi<TAB>target), .xlf/.xliff/.po (reviewed units), or --src FILE "
           "--ref FILE (line-aligned plain text)")


def test_bad_input_is_one_error_line(tmp_path: Path, installed_models: Path) -> None:
    missing = tmp_path / "nope.tmx"
    code, out, err = run_cli("evaluate", str(missing))
    assert (code, out) == (1, "")
    assert err == f"Error: reference file {missing} not found; {FORMATS}\n"

    docx = tmp_path / "refs.docx"
    docx.write_bytes(b"PK\x03\x04")
    code, out, err = run_cli("evaluate", str(docx))
    assert (code, out) == (1, "")
    assert err == f"Error: {docx}: unknown reference format '.docx'; {FORMATS}\n"

    code, _, err = run_cli("evaluate", "--src", str(VI_TXT))
    assert (code, err) == (1, "Error: --src and --ref go together: give both plain files, "
                              "or neither\n")

    short = tmp_path / "short.en"
    short.write_text("One line.\n", encoding="utf-8")
    code, _, err = run_cli("evaluate", "--src", str(VI_TXT), "--ref", str(short))
    assert (code, err) == (1, f"Error: {VI_TXT} has 14 lines but {short} has 1; the files must "
                              "be line-aligned (line n of --ref translates line n of --src)\n")

    plain = tmp_path / "refs.tsv"
    plain.write_text("Xin chào\tສະບາຍດີ\n", encoding="utf-8")
    code, _, err = run_cli("evaluate", str(plain))
    assert (code, err) == (1, f"Error: cannot tell the target language of {plain}; name it "
                              "refs.lo.tsv or start it with the header line vi<TAB>lo, or pass "
                              "--to with one language\n")
    code, out, err = run_cli("evaluate", str(plain), "--to", "lo", "--no-glossary")
    assert code == 0, err

    code, _, err = run_cli("evaluate", str(TMX), "--to", "km")
    assert (code, err) == (1, "Error: the references hold no pairs for km (they have: en, lo); "
                              "drop it from --to or add a reference file for it\n")

    code, _, err = run_cli("evaluate", str(TMX), "--to", "lo", "--engine", "lo=direct")
    assert code == 1
    assert err.startswith("Error: cannot use engine 'direct' for lo: no direct vi→lo model")


def test_no_model_at_all_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "empty"))
    code, out, err = run_cli("evaluate", str(TMX))
    assert (code, out) == (1, "")
    assert err.startswith("Error: no installed model translates vi to en, lo; install a model")


def test_save_choice_writes_the_best_route_and_keeps_the_file(
    tmp_path: Path, installed_models: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "ttdn-i18n.toml"
    original = (
        "# newsroom settings\n"
        "[translate]\n"
        'to = ["en", "lo"]  # every day\n'
        "beam_size = 4\n"
        "\n"
        "[translate.engine]\n"
        'lo = "direct"   # to be replaced\n'
        "\n"
        "[check]\n"
        'skip = ["length-ratio"]\n'
    )
    config.write_text(original, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    # The existing lo = "direct" is impossible with these models; evaluate still runs,
    # since it tries every route rather than the configured one.
    code, out, err = run_cli("evaluate", str(TMX), "--save-choice", "--no-glossary")
    assert code == 0, err
    assert f"Saved the best route per language to {config}" in out
    text = config.read_text("utf-8")
    assert text == original.replace('lo = "direct"   # to be replaced\n',
                                    'lo = "pivot"\nen = "translate-vi_en"\n')
    data = tomllib.loads(text)
    assert data["translate"]["engine"] == {"lo": "pivot", "en": "translate-vi_en"}

    fresh = tmp_path / "new" / "ttdn-i18n.toml"
    fresh.parent.mkdir()
    code, _, err = run_cli("evaluate", str(TMX), "--to", "lo", "--save-choice", "--config",
                           str(fresh), "--no-glossary")
    assert code == 1 and "not found" in err  # --config must exist, as for translate
    fresh.write_text("[translate]\nformat = \"po\"\n", encoding="utf-8")
    code, _, err = run_cli("evaluate", str(TMX), "--to", "lo", "--save-choice", "--config",
                           str(fresh), "--no-glossary")
    assert code == 0, err
    assert tomllib.loads(fresh.read_text("utf-8")) == {
        "translate": {"format": "po", "engine": {"lo": "pivot"}}}


def test_update_engine_table_appends_a_missing_table() -> None:
    from ttdn_i18n.evaluate import update_engine_table

    assert update_engine_table("", {"km": "nllb-tiny"}) == (
        "[translate.engine]  # chosen by `ttdn-i18n evaluate --save-choice`\n"
        'km = "nllb-tiny"\n')
    with pytest.raises(Exception, match="inline"):
        update_engine_table('[translate]\nengine = {lo = "pivot"}\n', {"lo": "direct"})


def test_every_route_is_scored_side_by_side_and_the_best_saved(
    tmp_path: Path, argos_package_file: Path, argos_package_en_lo: Path,
    argos_package_multilingual: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """vi→en, en→lo and a multilingual vi/en→en/lo/km model: two routes per language."""
    from ttdn_i18n.mt.packages import install_package

    packages = tmp_path / "packages"
    for f in (argos_package_file, argos_package_en_lo, argos_package_multilingual):
        install_package(f, packages)
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(packages))
    km = tmp_path / "refs.km.tsv"
    km.write_text("Việt Nam và Campuchia ký kết biên bản ghi nhớ về giáo dục.\t"
                  "វៀតណាម និង កម្ពុជា\n", encoding="utf-8")
    code, out, err = run_cli("evaluate", str(TMX), str(km), "--json", "--no-glossary")
    assert code == 0, err
    langs = json.loads(out)["languages"]
    kinds = {lang: [(r["kind"], r["engine"]) for r in v["routes"]] for lang, v in langs.items()}
    assert kinds == {
        "en": [("direct", "translate-vi_en"), ("multilingual", "translate-vi_en_lo_km")],
        "lo": [("multilingual", "translate-vi_en_lo_km"), ("pivot", "pivot")],
        # vi→en by the direct package, en→km by the multilingual model.
        "km": [("multilingual", "translate-vi_en_lo_km"), ("pivot", "pivot")],
    }
    best_lo = langs["lo"]["best"]
    for lang, data in langs.items():
        best = max(data["routes"], key=lambda r: r["metrics"]["chrF++"]["score"])
        assert data["best"] == best["engine"], lang
        sources, refs = _pairs(lang) if lang != "km" else (
            ["Việt Nam và Campuchia ký kết biên bản ghi nhớ về giáo dục."], ["វៀតណាម និង កម្ពុជា"])
        for route in data["routes"]:
            hyps = _hypotheses(lang, sources, route["engine"], glossary=False)
            got = {k: v["score"] for k, v in route["metrics"].items()}
            assert got == _expected(hyps, refs, lang), (lang, route["engine"])

    # Only the routes named: one kind for every language, one model for lo.
    code, out, err = run_cli("evaluate", str(TMX), "--json", "--no-glossary",
                             "--engine", "multilingual", "--engine", "lo=pivot")
    assert code == 0, err
    langs = json.loads(out)["languages"]
    assert [r["engine"] for r in langs["en"]["routes"]] == ["translate-vi_en_lo_km"]
    assert [r["engine"] for r in langs["lo"]["routes"]] == ["translate-vi_en_lo_km", "pivot"]

    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli("evaluate", str(TMX), "--to", "lo", "--no-glossary",
                             "--save-choice")
    assert code == 0, err
    saved = tomllib.loads((tmp_path / "ttdn-i18n.toml").read_text("utf-8"))
    assert saved == {"translate": {"engine": {"lo": best_lo}}}
