"""QA checks: each check fires on a crafted unit and stays silent on a clean one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from support import run_cli
from ttdn_i18n.cli import cli
from ttdn_i18n.errors import QAError
from ttdn_i18n.model import Document, Flag, Provenance, Severity, Span, State, TermHit, Unit
from ttdn_i18n.review.qa import (
    Category,
    Check,
    CheckContext,
    Finding,
    RawFinding,
    all_checks,
    check_document,
    check_files,
    check_ids,
    findings_as_json,
    format_findings,
    get_check,
    register_check,
    summary_line,
    unregister_check,
)

PROV = Provenance("0.1.0", "none", "", "none", "none")

# A clean English pair the number, script and ratio checks all accept.
SRC = "Tỉnh ủy tổ chức hội nghị tổng kết công tác thông tin đối ngoại năm 2023."
TGT = (
    "The Provincial Party Committee held a conference to review external information work "
    "in 2023."
)

LAO = "ການຮ່ວມມື ລະຫວ່າງ ສອງ ປະເທດ ລາວ ແລະ ຫວຽດນາມ"
KHMER = "កិច្ចសហប្រតិបត្តិការ រវាង ប្រទេស ទាំងពីរ កម្ពុជា និង វៀតណាម"
VI_COOP = "Hợp tác giữa hai nước Lào và Việt Nam ngày càng phát triển."
VI_COOP_KM = "Hợp tác giữa hai nước Campuchia và Việt Nam ngày càng phát triển."


def doc_of(lang: str, *units: Unit) -> Document:
    return Document("art", "art.txt", "vi", lang, "plaintext", units, PROV)


def unit(source: str, target: str, uid: str = "s1", **kw: object) -> Unit:
    kw.setdefault("state", State.NEEDS_REVIEW)
    return Unit(id=uid, source=source, target=target, **kw)  # type: ignore[arg-type]


def found(u: Unit, lang: str = "en", check: str | None = None) -> list[tuple[str, str]]:
    """(check, severity) of every finding for one unit, optionally of one check."""
    return [
        (f.check, f.severity)
        for f in check_document(doc_of(lang, u))
        if check is None or f.check == check
    ]


def messages(u: Unit, lang: str = "en", check: str | None = None) -> list[str]:
    return [
        f.message for f in check_document(doc_of(lang, u)) if check is None or f.check == check
    ]


def test_clean_unit_has_no_findings() -> None:
    assert check_document(doc_of("en", unit(SRC, TGT)), file="a.xlf") == []


# --- empty-target ----------------------------------------------------------------------------


def test_new_unit_without_target_is_a_warning() -> None:
    findings = check_document(doc_of("en", unit(SRC, "", state=State.NEW)), file="a.xlf")
    assert findings == [Finding("a.xlf", "s1", "warning", "empty-target", "not translated yet")]


@pytest.mark.parametrize("state", [State.NEEDS_REVIEW, State.TRANSLATED, State.SIGNED_OFF])
def test_empty_target_with_a_state_that_expects_one_is_an_error(state: State) -> None:
    assert found(unit(SRC, "  ", state=state)) == [("empty-target", "error")]


def test_protected_units_are_not_checked() -> None:
    u = unit("Ảnh: H.L", "", translate=False, state=State.FINAL)
    assert found(u) == []


# --- same-as-source --------------------------------------------------------------------------


def test_copied_source_is_an_error() -> None:
    assert ("same-as-source", "error") in found(unit(SRC, SRC))


@pytest.mark.parametrize("text", ["Hà Nội", "TTXVN", "2023", "57-KL/TW", "Ảnh: H.L"])
def test_names_codes_and_figures_may_stay_as_they_are(text: str) -> None:
    assert found(unit(text, text), check="same-as-source") == []


# --- untranslated-vietnamese ------------------------------------------------------------------


def test_vietnamese_words_left_in_an_english_target() -> None:
    target = "The Provincial Party Committee tổ chức hội nghị to review work in 2023."
    assert found(unit(SRC, target), check="untranslated-vietnamese") == [
        ("untranslated-vietnamese", "error")
    ]


def test_vietnamese_without_diacritics_is_caught_by_langdetect() -> None:
    target = "Tinh uy to chuc hoi nghi tong ket cong tac thong tin doi ngoai nam 2023."
    assert found(unit(SRC, target), check="untranslated-vietnamese") == [
        ("untranslated-vietnamese", "error")
    ]
    assert "without diacritics" in messages(unit(SRC, target), check="untranslated-vietnamese")[0]


def test_english_targets_are_not_sent_to_langdetect(monkeypatch: pytest.MonkeyPatch) -> None:
    # langdetect costs ~10 ms a call: it is asked only when most lower-case words
    # could be Vietnamese syllables written without diacritics.
    from ttdn_i18n.review import qa

    asked: list[str] = []
    real = qa._langdetect_vi
    monkeypatch.setattr(qa, "_langdetect_vi", lambda text: asked.append(text) or real(text))
    english = ("The Provincial Party Committee held a conference to review external "
               "information work in 2023 and set tasks for the coming year.")
    assert found(unit(SRC, english), check="untranslated-vietnamese") == []
    assert asked == []
    bare = "Tinh uy to chuc hoi nghi tong ket cong tac nam 2023."
    assert found(unit(SRC, bare), check="untranslated-vietnamese") != []
    assert len(asked) == 1


def test_vietnamese_names_in_an_english_target_are_fine() -> None:
    source = "Ông Nguyễn Văn Thắng, Bí thư Tỉnh ủy Quảng Trị, phát biểu tại hội nghị."
    target = "Mr. Nguyễn Văn Thắng, Secretary of the Quảng Trị Provincial Party Committee, spoke."
    assert found(unit(source, target)) == []


def test_protected_spans_may_keep_vietnamese_in_any_language() -> None:
    source = "Đồng chí Nguyễn Văn Thắng phát biểu."
    target = f"{LAO} Nguyễn Văn Thắng"
    start = source.index("Nguyễn")
    protected = (Span(start, start + len("Nguyễn Văn Thắng"), "name"),)
    assert found(unit(source, target, protected=protected), "lo", "untranslated-vietnamese") == []
    assert found(unit(source, target), "lo", "untranslated-vietnamese") == [
        ("untranslated-vietnamese", "error")
    ]


@pytest.mark.parametrize(
    ("lang", "clean", "source"), [("lo", LAO, VI_COOP), ("km", KHMER, VI_COOP_KM)]
)
def test_lao_and_khmer_in_their_own_script_pass(lang: str, clean: str, source: str) -> None:
    assert found(unit(source, clean), lang) == []


@pytest.mark.parametrize(("lang", "source"), [("lo", VI_COOP), ("km", VI_COOP_KM)])
def test_lao_and_khmer_targets_in_latin_letters_are_errors(lang: str, source: str) -> None:
    target = "Cooperation between the two countries keeps developing every year."
    assert found(unit(source, target), lang, "untranslated-vietnamese") == [
        ("untranslated-vietnamese", "error")
    ]
    name = {"lo": "Lao", "km": "Khmer"}[lang]
    assert messages(unit(source, target), lang, "untranslated-vietnamese")[0].startswith(
        f"the {name} target is mostly Latin letters, not {name} script"
    )


def test_a_lao_target_written_in_khmer_is_an_error() -> None:
    msg = messages(unit(VI_COOP, KHMER), "lo", "untranslated-vietnamese")
    assert len(msg) == 1 and "letters of another script, not Lao script" in msg[0]


def test_vietnamese_words_in_a_khmer_target_are_an_error() -> None:
    target = f"{KHMER} phát triển"
    msg = messages(unit(VI_COOP_KM, target), "km", "untranslated-vietnamese")
    assert msg == ["the Khmer target contains Vietnamese words (“phát triển”); translate them"]


# --- numbers ---------------------------------------------------------------------------------

CODES = ["57-KL/TW", "3083/KH-UBND", "01/2013/CT-UBND", "369/QĐ-BTTTT", "106-KH/TU"]


@pytest.mark.parametrize("code", CODES)
def test_document_codes_must_be_copied_verbatim(code: str) -> None:
    source = f"Thực hiện văn bản số {code} của cơ quan có thẩm quyền về công tác đối ngoại."
    good = f"Implementing document No. {code} of the competent authority on external affairs."
    bad = good.replace(code, code.replace("/", "-", 1).replace("Đ", "D"))
    assert found(unit(source, good), check="numbers") == []
    assert messages(unit(source, bad), check="numbers") == [
        f"the document code “{code}” is missing; copy it verbatim into the target"
    ]


@pytest.mark.parametrize(
    ("vi", "ok", "wrong"),
    [
        ("1.234,5", ["1,234.5"], ["1.234,5", "1,234"]),
        ("3.083", ["3,083", "3083"], ["3.083", "3,038"]),
        ("77,59", ["77.59"], ["77,59", "77.6"]),
        ("2.000.000", ["2,000,000", "2 million"], ["2,000"]),
        ("2 triệu", ["2 million", "two million", "2,000,000"], ["3 million"]),
        ("1,5 tỷ", ["1.5 billion", "1,500,000,000"], ["15 billion"]),
    ],
)
def test_figures_may_be_reformatted_for_english(vi: str, ok: list[str], wrong: list[str]) -> None:
    source = f"Tổng kinh phí thực hiện chương trình là {vi} đồng trong năm 2023."
    for en in ok:
        target = f"The total cost of the programme was VND {en} in 2023."
        assert found(unit(source, target), check="numbers") == [], en
    for en in wrong:
        target = f"The total cost of the programme was VND {en} in 2023."
        assert found(unit(source, target), check="numbers") == [("numbers", "error")], en


def test_missing_number_message_suggests_the_english_forms() -> None:
    source = "Có 3.083 người tham dự lễ hội văn hóa các dân tộc tỉnh Kon Tum."
    target = "Many people attended the ethnic culture festival of Kon Tum province."
    assert messages(unit(source, target), check="numbers") == [
        "the number “3.083” is missing from the target (write 3,083 or 3083)"
    ]


@pytest.mark.parametrize(
    ("vi", "ok", "wrong"),
    [
        ("15/6/2023", ["June 15, 2023", "15 June 2023", "15/6/2023", "2023-06-15"],
         ["June 16, 2023", "July 15, 2023", "June 15, 2022"]),
        ("7/5", ["May 7", "7 May", "7/5"], ["May 8", "June 7"]),
        ("ngày 15 tháng 6 năm 2023", ["June 15, 2023"], ["July 15, 2023"]),
        ("tháng 6/2023", ["June 2023", "6/2023"], ["July 2023"]),
    ],
)
def test_dates_may_use_english_month_names(vi: str, ok: list[str], wrong: list[str]) -> None:
    source = f"Hội nghị tổng kết công tác thông tin đối ngoại diễn ra {vi} tại Kon Tum."
    for en in ok:
        target = f"The conference reviewing external information work took place {en} in Kon Tum."
        assert found(unit(source, target), check="numbers") == [], en
    for en in wrong:
        target = f"The conference reviewing external information work took place {en} in Kon Tum."
        assert found(unit(source, target), check="numbers") == [("numbers", "error")], en


def test_missing_date_message_names_the_english_forms() -> None:
    source = "Ngày 15/6/2023, hội nghị tổng kết công tác thông tin đối ngoại diễn ra tại Kon Tum."
    target = "The conference reviewing external information work took place in Kon Tum."
    assert messages(unit(source, target), check="numbers") == [
        "the date “15/6/2023” is missing from the target (write June 15, 2023 or 15 June 2023)"
    ]


def test_small_numbers_may_be_spelled_out() -> None:
    source = "Hai bên đã ký 3 văn kiện hợp tác trong lĩnh vực giáo dục và y tế."
    assert found(unit(source, "The two sides signed three cooperation documents."), "en",
                 "numbers") == []


@pytest.mark.parametrize("lang", ["lo", "km"])
def test_lao_and_khmer_accept_local_digits(lang: str) -> None:
    script = LAO if lang == "lo" else KHMER
    source = "Năm 2023, hai nước ký 15 văn kiện hợp tác về giáo dục và y tế."
    local = str.maketrans("0123456789", "໐໑໒໓໔໕໖໗໘໙" if lang == "lo" else "០១២៣៤៥៦៧៨៩")
    assert found(unit(source, f"{script} 2023 15"), lang, "numbers") == []
    assert found(unit(source, f"{script} {'2023 15'.translate(local)}"), lang, "numbers") == []
    assert found(unit(source, f"{script} 2023"), lang, "numbers") == [("numbers", "error")]


def test_lao_dates_accept_lao_month_names() -> None:
    source = "Ngày 15/6/2023, hai nước ký kết văn kiện hợp tác về giáo dục."
    assert found(unit(source, f"ວັນທີ 15 ມິຖຸນາ 2023 {LAO}"), "lo", "numbers") == []
    assert found(unit(source, f"ວັນທີ 15 ກໍລະກົດ 2023 {LAO}"), "lo", "numbers") == [
        ("numbers", "error")
    ]


# --- glossary --------------------------------------------------------------------------------

HIT = TermHit(
    concept_id="ttdn",
    start=37,
    end=56,
    source="thông tin đối ngoại",
    term="thông tin đối ngoại",
    target="external information",
    status="approved",
    forbidden=("foreign propaganda",),
)


def test_missing_approved_term_is_a_warning() -> None:
    target = "The Provincial Party Committee held a conference to review foreign news work in 2023."
    u = unit(SRC, target, terms=(HIT,))
    assert found(u, check="glossary") == [("glossary", "warning")]
    assert found(unit(SRC, TGT, terms=(HIT,)), check="glossary") == []


def test_forbidden_rendering_is_an_error() -> None:
    target = (
        "The Provincial Party Committee held a conference to review foreign propaganda work "
        "in 2023."
    )
    assert sorted(found(unit(SRC, target, terms=(HIT,)), check="glossary")) == [
        ("glossary", "error"),
        ("glossary", "warning"),
    ]


def test_a_proposed_term_does_not_warn() -> None:
    """One rule (terms.policy): an unconfirmed rendering is an info reminder, never a warning."""
    proposed = TermHit("ttdn", 37, 56, HIT.source, HIT.term, "external information", "proposed")
    target = "The Provincial Party Committee held a conference to review foreign news work in 2023."
    assert found(unit(SRC, target, terms=(proposed,)), check="glossary") == [
        ("glossary", Severity.INFO)]


def test_a_glossary_recomputes_hits_from_the_source() -> None:
    from ttdn_i18n.terms.glossary import parse_csv

    gloss = parse_csv(
        "id,vi,en,en_status,en_forbidden\n"
        "ttdn,thông tin đối ngoại,external information,approved,foreign propaganda\n"
    )
    target = "The Provincial Party Committee held a conference to review foreign news work in 2023."
    d = doc_of("en", unit(SRC, target), unit(SRC, TGT, uid="s2"))
    findings = check_document(d, glossary=gloss)
    assert [(f.unit_id, f.check, f.severity) for f in findings] == [("s1", "glossary", "warning")]
    assert check_document(d) == []  # without the glossary the units carry no hits


# --- repetition ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "target",
    [
        "The Provincial Party Committee held the the the conference on external work in 2023.",
        "The committee held a meeting, held a meeting, held a meeting on external work in 2023.",
        "In 2023 the external information of the external information of the external "
        "information of the province",
    ],
)
def test_loops_are_errors(target: str) -> None:
    assert found(unit(SRC, target), check="repetition") == [("repetition", "error")]


def test_a_word_repeated_twice_is_not_a_loop() -> None:
    target = "The committee that that report praised held a conference in 2023 on external work."
    assert found(unit(SRC, target), check="repetition") == []


def test_character_loops_in_lao() -> None:
    looped = "ການຮ່ວມມື " + "ສອງປະເທດ" * 4
    assert found(unit(VI_COOP, looped), "lo", "repetition") == [("repetition", "error")]
    assert found(unit(VI_COOP, LAO), "lo", "repetition") == []


# --- length-ratio ----------------------------------------------------------------------------


def test_unusual_length_is_a_warning() -> None:
    assert found(unit(SRC, "Committee met in 2023."), check="length-ratio") == [
        ("length-ratio", "warning")
    ]
    long = TGT + " " + "It was attended by many officials from across the province." * 2
    assert found(unit(SRC, long), check="length-ratio") == [("length-ratio", "warning")]


def test_short_segments_are_not_ratio_checked() -> None:
    assert found(unit("Hội nghị năm 2023", "A conference held in the year 2023 in the province"),
                 check="length-ratio") == []


# --- spam ------------------------------------------------------------------------------------

SPAM = Flag("spam", "SEO spam injected into the text", "bet365 tiếng việt_đặt cược bet365",
            "error")


def test_spam_flag_is_an_error_until_a_reviewer_clears_the_target() -> None:
    assert found(unit(SRC, TGT, flags=(SPAM,)), check="spam") == [("spam", "error")]
    reviewed = unit(SRC, TGT, flags=(SPAM,), state=State.SIGNED_OFF)
    assert found(reviewed, check="spam") == []


@pytest.mark.parametrize("token", ["bet365", "fun88", "188bet", "nha_cai_uy_tin"])
def test_spam_tokens_in_the_target_are_errors(token: str) -> None:
    target = TGT.replace("external", f"{token} external")
    assert found(unit(SRC, target), check="spam") == [("spam", "error")]
    assert token in messages(unit(SRC, target), check="spam")[0]


def test_model_names_are_not_spam() -> None:
    source = "Máy bay A320 và MH370 được nhắc tới trong báo cáo về an toàn hàng không năm 2023."
    target = "The A320 and MH370 aircraft were mentioned in the 2023 aviation safety report."
    assert found(unit(source, target), check="spam") == []


# --- reporting -------------------------------------------------------------------------------


def test_table_is_aligned_with_a_count_line() -> None:
    findings = [
        Finding("en/a.xlf", "s1", "error", "numbers", "the number “3” is missing"),
        Finding("en/a.xlf", "s12", "warning", "length-ratio", "too long"),
    ]
    assert format_findings(findings, files_checked=2).splitlines() == [
        "FILE      SEGMENT  SEVERITY  CHECK         MESSAGE",
        "en/a.xlf  s1       error     numbers       the number “3” is missing",
        "en/a.xlf  s12      warning   length-ratio  too long",
        "1 error, 1 warning in 2 files",
    ]
    assert format_findings([]) == "0 errors, 0 warnings"
    assert summary_line(findings[:1], 1) == "1 error, 0 warnings in 1 file"


def test_json_output_parses() -> None:
    findings = check_document(doc_of("en", unit(SRC, SRC)), file="a.xlf")
    data = json.loads(findings_as_json(findings))
    assert data["errors"] == sum(1 for f in findings if f.severity == "error") >= 1
    assert data["findings"][0] == {
        "file": "a.xlf",
        "unit_id": "s1",
        "severity": "error",
        "check": "same-as-source",
        "message": "the target is the Vietnamese source copied unchanged; translate it",
    }


# --- files and CLI ---------------------------------------------------------------------------


def _write(doc: Document, path: Path) -> Path:
    from ttdn_i18n.formats import write_document

    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        write_document(doc, path, "xliff12")
    except ImportError as exc:  # pragma: no cover - until every format module exists
        pytest.skip(f"formats not importable yet: {exc}")
    return path


def test_missing_path_is_a_qa_error(tmp_path: Path) -> None:
    with pytest.raises(QAError, match="does not exist; give a translator file"):
        check_files([tmp_path / "nope.xlf"])
    with pytest.raises(QAError, match=r"no \.xlf, \.xliff, \.po or \.pot file in"):
        check_files([tmp_path])


def test_cli_check_exit_codes_and_output(tmp_path: Path) -> None:
    good = _write(doc_of("en", unit(SRC, TGT)), tmp_path / "good.xlf")
    bad_doc = doc_of("en", unit(SRC, TGT), unit(SRC, SRC, uid="s2"), unit(SRC, "", uid="s3",
                                                                          state=State.NEW))
    bad = _write(bad_doc, tmp_path / "sub" / "bad.xlf")
    runner = CliRunner()

    ok = runner.invoke(cli, ["check", str(good)])
    assert ok.exit_code == 0, ok.output
    assert ok.stdout == "0 errors, 0 warnings in 1 file\n"

    res = runner.invoke(cli, ["check", str(tmp_path)])
    assert res.exit_code == 1
    lines = res.stdout.splitlines()
    assert lines[0].split() == ["FILE", "SEGMENT", "SEVERITY", "CHECK", "MESSAGE"]
    rows = [line.split(None, 4) for line in lines[1:-1]]
    assert [r[:4] for r in rows] == [
        [str(bad), "s2", "error", "same-as-source"],
        [str(bad), "s2", "error", "untranslated-vietnamese"],
        [str(bad), "s3", "warning", "empty-target"],
    ]
    assert lines[-1] == "2 errors, 1 warning in 2 files"
    assert res.stderr == (
        "Error: 2 errors in 1 file; fix them in your CAT tool and run check again\n"
    )

    js = runner.invoke(cli, ["check", "--json", str(bad)])
    assert js.exit_code == 1
    data = json.loads(js.stdout)
    assert (data["errors"], data["warnings"]) == (2, 1)

    warn_only = _write(doc_of("en", unit(SRC, "", state=State.NEW)), tmp_path / "w.xlf")
    res = runner.invoke(cli, ["check", str(warn_only)])
    assert res.exit_code == 0
    assert res.stdout.splitlines()[-1] == "0 errors, 1 warning in 1 file"

    missing = runner.invoke(cli, ["check", str(tmp_path / "nope.xlf")])
    assert missing.exit_code == 1
    assert missing.stderr == (
        f"Error: {tmp_path / 'nope.xlf'} does not exist; give a translator file "
        "(.xlf, .xliff, .po or .pot) or a folder of them\n"
    )


def test_cli_check_with_a_glossary(tmp_path: Path) -> None:
    gloss = tmp_path / "terms.csv"
    gloss.write_text(
        "id,vi,en,en_status,en_forbidden\n"
        "ttdn,thông tin đối ngoại,external information,approved,foreign propaganda\n",
        encoding="utf-8",
    )
    target = (
        "The Provincial Party Committee held a conference to review foreign propaganda work "
        "in 2023."
    )
    xlf = _write(doc_of("en", unit(SRC, target)), tmp_path / "a.xlf")
    runner = CliRunner()
    plain = runner.invoke(cli, ["check", str(xlf)])
    assert plain.exit_code == 0 and plain.stdout == "0 errors, 0 warnings in 1 file\n"
    res = runner.invoke(cli, ["check", "--glossary", str(gloss), str(xlf)])
    assert res.exit_code == 1
    assert [line.split(None, 4)[2:4] for line in res.stdout.splitlines()[1:-1]] == [
        ["error", "glossary"],
        ["warning", "glossary"],
    ]
    assert res.stdout.splitlines()[-1] == "1 error, 1 warning in 1 file"
    assert res.stderr == "Error: 1 error in 1 file; fix them in your CAT tool and run check again\n"


# --- the registry, --skip, --list, [check] skip ----------------------------------------------

BUILT_IN = [
    "empty-target", "same-as-source", "untranslated-vietnamese", "numbers", "glossary",
    "names", "repetition", "length-ratio", "spam",
]  # fmt: skip


def _every_check_fires() -> Document:
    """One document with at least one finding from every built-in check."""
    forbidden = (
        "The Provincial Party Committee held a conference to review foreign propaganda work "
        "in 2023."
    )
    return doc_of(
        "en",
        unit(SRC, "", uid="empty", state=State.NEW),
        unit(SRC, SRC, uid="copied"),
        unit(SRC, TGT.replace("2023", "2024"), uid="number"),
        unit(SRC, forbidden, uid="term", terms=(HIT,)),
        unit(SRC, TGT.replace("held a", "held a a a"), uid="loop"),
        unit(SRC, "Committee met in 2023.", uid="short"),
        unit(SRC, TGT, uid="spam", flags=(SPAM,)),
        unit("Ông Phạm Minh Chính phát biểu tại hội nghị.", "He spoke at the conference.",
             uid="name"),
    )


def test_the_registry_lists_every_check_exactly_once() -> None:
    ids = [c.id for c in all_checks()]
    assert ids == BUILT_IN  # registration order is the order checks run
    assert check_ids() == sorted(BUILT_IN)
    emitted = {f.check for f in check_document(_every_check_fires())}
    assert emitted == set(BUILT_IN)
    for c in all_checks():
        assert get_check(c.id) is c
        assert isinstance(c.category, Category) and isinstance(c.severity, Severity)
        assert c.description and "\n" not in c.description


@pytest.mark.parametrize("check_id", BUILT_IN)
def test_skip_removes_exactly_that_checks_findings(check_id: str) -> None:
    doc = _every_check_fires()
    everything = check_document(doc, file="a.xlf")
    assert any(f.check == check_id for f in everything)
    assert check_document(doc, file="a.xlf", skip={check_id}) == [
        f for f in everything if f.check != check_id
    ]


def test_skipping_empty_target_does_not_run_the_other_checks_on_blank_targets() -> None:
    doc = doc_of("en", unit(SRC, "", state=State.NEEDS_REVIEW))
    assert check_document(doc, skip={"empty-target"}) == []


def test_unknown_check_ids_are_qa_errors_listing_the_valid_ones(tmp_path: Path) -> None:
    valid = ", ".join(sorted(BUILT_IN))
    with pytest.raises(QAError) as err:
        check_document(doc_of("en", unit(SRC, TGT)), skip={"lenght-ratio", "numbers"})
    assert str(err.value) == f"unknown check 'lenght-ratio'; use one of: {valid}"
    with pytest.raises(QAError, match="unknown check 'x'"):
        get_check("x")
    with pytest.raises(QAError, match="unknown check 'x'"):
        check_files([tmp_path / "nope.xlf"], skip=["x"])  # ids first, before any file


def test_cli_skip_is_repeatable_and_comma_separated(tmp_path: Path) -> None:
    xlf = _write(_every_check_fires(), tmp_path / "a.xlf")
    code, out, _ = run_cli("check", "--json", str(xlf))
    assert code == 1
    all_checks_seen = {f["check"] for f in json.loads(out)["findings"]}
    assert all_checks_seen == set(BUILT_IN)
    code, out, _ = run_cli("check", "--json", "--skip", "numbers,spam", "--skip", "glossary",
                           "--skip", " repetition , ", str(xlf))
    assert code == 1
    seen = {f["check"] for f in json.loads(out)["findings"]}
    assert seen == set(BUILT_IN) - {"numbers", "spam", "glossary", "repetition"}


def test_cli_unknown_skip_id_exits_1_with_the_valid_ids(tmp_path: Path) -> None:
    xlf = _write(doc_of("en", unit(SRC, TGT)), tmp_path / "a.xlf")
    code, out, err = run_cli("check", "--skip", "numbers,nope", str(xlf))
    assert (code, out) == (1, "")
    assert err == f"Error: unknown check 'nope'; use one of: {', '.join(sorted(BUILT_IN))}\n"


def test_cli_list_prints_every_check() -> None:
    code, out, err = run_cli("check", "--list")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "CATEGORY", "SEVERITY", "DESCRIPTION"]
    rows = [line.split(None, 3) for line in lines[1:]]
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (c.id, c.category.value, c.severity.value) for c in all_checks()
    ]
    assert [r[3] for r in rows] == [c.description for c in all_checks()]
    code, out, _ = run_cli("check", "--list", "--json")
    assert code == 0
    assert [d["id"] for d in json.loads(out)] == BUILT_IN
    code, _, err = run_cli("check")
    assert code == 2 and "Missing argument 'FILES...'" in err


def test_config_check_skip_is_honoured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    xlf = _write(doc_of("en", unit(SRC, "Committee met in 2023.")), tmp_path / "out" / "a.xlf")
    code, out, _ = run_cli("check", str(xlf))
    assert code == 0 and out.splitlines()[-1] == "0 errors, 1 warning in 1 file"
    config = tmp_path / "ttdn-i18n.toml"
    config.write_text('[check]\nskip = ["length-ratio"]\n', encoding="utf-8")
    assert run_cli("check", "--config", str(config), str(xlf))[1] == (
        "0 errors, 0 warnings in 1 file\n"
    )
    monkeypatch.chdir(tmp_path)  # found in the current folder too
    assert run_cli("check", str(xlf))[1] == "0 errors, 0 warnings in 1 file\n"
    config.write_text('[check]\nskip = ["length"]\n', encoding="utf-8")
    code, _, err = run_cli("check", str(xlf))
    assert code == 1
    assert err == (f"Error: {config}: [check] skip has unknown check 'length'; "
                   f"use one of: {', '.join(sorted(BUILT_IN))}\n")


def _todo(u: Unit, lang: str, ctx: CheckContext) -> list[RawFinding]:
    return [(None, "the target still says TODO; finish it")] if "TODO" in u.target else []


def test_a_registered_check_runs_and_can_be_skipped_and_unregistered(tmp_path: Path) -> None:
    todo = Check("todo", Category.COMPLETENESS, Severity.WARNING,
                 "the target contains TODO", _todo)
    xlf = _write(doc_of("en", unit(SRC, TGT + " TODO")), tmp_path / "a.xlf")
    register_check(todo)
    try:
        with pytest.raises(ValueError, match="already registered"):
            register_check(todo)
        assert all_checks()[-1] is todo and get_check("todo") is todo
        code, out, _ = run_cli("check", str(xlf))
        assert code == 0
        assert [line.split(None, 4)[1:] for line in out.splitlines()[1:-1]] == [
            ["s1", "warning", "todo", "the target still says TODO; finish it"],
        ]
        assert run_cli("check", "--skip", "todo", str(xlf))[1] == (
            "0 errors, 0 warnings in 1 file\n"
        )
        assert "todo" in run_cli("check", "--list")[1]
    finally:
        assert unregister_check("todo") is todo
    assert [c.id for c in all_checks()] == BUILT_IN
    assert run_cli("check", str(xlf))[1] == "0 errors, 0 warnings in 1 file\n"
    with pytest.raises(QAError, match="unknown check 'todo'"):
        unregister_check("todo")


def test_check_ids_and_descriptions_are_validated() -> None:
    with pytest.raises(ValueError, match="lower-case"):
        Check("Todo", Category.FLUENCY, Severity.INFO, "x", _todo)
    with pytest.raises(ValueError, match="one non-empty line"):
        Check("todo", Category.FLUENCY, Severity.INFO, "two\nlines", _todo)


def test_readme_table_matches_the_registry() -> None:
    from support import ROOT

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("### QA checks", 1)[1].split("\n#", 1)[0]
    rows = [
        [cell.strip().strip("`") for cell in line.strip("|").split("|")][:3]
        for line in section.splitlines()
        if line.startswith("| `")
    ]
    assert rows == [[c.id, c.category.value, c.severity.value] for c in all_checks()]


def test_check_on_a_fifo_says_what_it_is(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "pipe.xlf"
    os.mkfifo(fifo)
    res = CliRunner().invoke(cli, ["check", str(fifo)])
    assert res.exit_code == 1
    assert res.stderr == (f"Error: {fifo} is not a regular file (a FIFO, device or socket); give a "
                          "translator file (.xlf, .xliff, .po or .pot) or a folder of them\n")
