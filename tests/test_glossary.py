"""Glossaries: TBX/CSV I/O, checks, term matching, target verification, CLI."""

from __future__ import annotations

import functools
import importlib.util
import re
import sys
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from ttdn_i18n.cli import cli
from ttdn_i18n.errors import GlossaryError
from ttdn_i18n.model import TermHit, TermStatus
from ttdn_i18n.sources.normalize import canonical, normalize_text
from ttdn_i18n.terms.glossary import (
    CSV_COLUMNS,
    RANK_ENGLISH,
    RANK_WORDS,
    Concept,
    Glossary,
    TargetTerm,
    Variant,
    candidate_terms,
    check_glossary,
    convert_glossary,
    count_hits,
    default_glossary_path,
    dump_csv,
    dump_tbx,
    load_glossary,
    parse_csv,
    parse_tbx,
    resolve_glossary,
    term_adherence,
    verify_terms,
    write_glossary,
)

A, P, F = TermStatus.APPROVED, TermStatus.PROPOSED, TermStatus.FORBIDDEN
STARTER = (Path(__file__).resolve().parents[1] / "src" / "ttdn_i18n" / "glossaries"
           / "ttdn-starter.tbx")
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ARTICLES = SHARED / "corpus" / "articles"


NATIONAL = STARTER.with_name("ttdn-national.tbx")


@functools.cache
def starter() -> Glossary:
    return load_glossary(STARTER)


@functools.cache
def national() -> Glossary:
    return load_glossary(NATIONAL)


def corpus_paragraphs(name: str) -> list[str]:
    path = ARTICLES / name
    if not path.is_file():
        pytest.skip(f"../shared not found: {path} is needed for corpus tests")
    return [p for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]


def concept(cid: str, vi: str, *variants: str, targets: tuple[TargetTerm, ...] = (),
            exact: bool = False) -> Concept:
    def acronym(v: str) -> bool:
        return any(len(w) > 1 and w.isupper() for w in v.split())

    vs = tuple(
        Variant(v, acronym(v), "abbreviation" if acronym(v) else "variant") for v in variants
    )
    return Concept(cid, vi, vs, targets or (TargetTerm("en", cid.upper(), A),), "", exact)


def found(g: Glossary, text: str) -> list[tuple[str, str]]:
    return [(h.concept_id, h.source) for h in g.match(text)]


SMALL = Glossary(
    (
        concept("bcd", "Ban Chỉ đạo", "BCĐ"),
        concept("bcd-ttdn", "Ban Chỉ đạo Công tác thông tin đối ngoại"),
        concept("ttdn", "thông tin đối ngoại"),
        concept("ubnd-tinh", "Ủy ban nhân dân tỉnh", "UBND tỉnh"),
        concept("tinh-uy", "Tỉnh ủy"),
        concept("dang", "Đảng"),
        concept("hoa-binh", "Hòa Bình", exact=True),
    ),
    name="small",
)


# --- files ---------------------------------------------------------------------------------


def test_tbx_round_trip_keeps_every_concept_and_the_stamp() -> None:
    g = starter()
    again = parse_tbx(dump_tbx(g), name="other")
    assert again.concepts == g.concepts
    assert again.name == "ttdn-starter"  # from the TBX title, not the fallback name
    assert again.checksum == g.checksum
    assert re.fullmatch(r"ttdn-starter@sha256:[0-9a-f]{12}", g.stamp)


@pytest.mark.parametrize("suffix, delimiter", [(".csv", ","), (".tsv", "\t")])
def test_csv_and_tsv_round_trip(tmp_path: Path, suffix: str, delimiter: str) -> None:
    g = starter()
    text = dump_csv(g, delimiter)
    assert text.splitlines()[0].split(delimiter) == list(CSV_COLUMNS)
    assert parse_csv(text, delimiter=delimiter).concepts == g.concepts
    path = tmp_path / f"terms{suffix}"
    write_glossary(g, path)
    again = load_glossary(path)
    assert again.concepts == g.concepts
    assert again.checksum == g.checksum  # same terminology, same stamp hash
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temp file left behind


def test_csv_reads_spreadsheet_conventions() -> None:
    text = (
        "\ufeffid,vi,vi_variants,en,en_status,en_forbidden,note\n"
        "bcd,Ban Chỉ đạo,BCĐ|Ban chỉ đạo,Steering Committee,approved,Steering Board|Board,\n"
        ",,,,,,\n"
        "ubnd,Ủy ban nhân dân tỉnh,UBND tỉnh,Provincial People's Committee,,,\"a, note\"\n"
    )
    g = parse_csv(text.removeprefix("\ufeff"))
    bcd, ubnd = g.concepts
    assert bcd.variants == (
        Variant("BCĐ", True, "abbreviation"),
        Variant("Ban chỉ đạo", False, "variant"),
    )
    assert bcd.targets == (
        TargetTerm("en", "Steering Committee", A),
        TargetTerm("en", "Steering Board", F),
        TargetTerm("en", "Board", F),
    )
    assert ubnd.targets == (TargetTerm("en", "Provincial People's Committee", P),)
    assert ubnd.note == "a, note"


def test_convert_cli_tbx_to_csv_and_back(tmp_path: Path) -> None:
    runner = CliRunner()
    csv_path, tbx_path = tmp_path / "t.csv", tmp_path / "t.tbx"
    result = runner.invoke(cli, ["glossary", "convert", str(STARTER), str(csv_path)])
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote {csv_path}: {len(starter())} concepts ({starter().stamp})\n"
    result = runner.invoke(cli, ["glossary", "convert", str(csv_path), str(tbx_path)])
    assert result.exit_code == 0, result.output
    assert load_glossary(tbx_path).concepts == starter().concepts
    assert convert_glossary(tbx_path, tmp_path / "t.tsv").checksum == starter().checksum


def test_translate_toolkit_reads_the_starter() -> None:
    from translate.storage import tbx

    store = tbx.tbxfile.parsefile(STARTER.open("rb"))
    units = {u.getid(): u for u in store.units}
    assert len(units) == len(starter().concepts)
    assert units["ban-chi-dao"].source == "Ban Chỉ đạo"
    assert units["ban-chi-dao"].target == "Steering Committee"


def test_default_glossary_path_is_the_national_glossary() -> None:
    assert default_glossary_path() == NATIONAL.resolve()
    assert resolve_glossary(None).checksum == national().checksum


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("missing.tbx", None, "glossary {path} not found; check the path"),
        ("terms.docx", b"x", "{path}: unknown glossary format '.docx'; use a .tbx, .csv or .tsv"),
        ("bad.tbx", b"<martif><text><body>\n<termEntry id='a'>\n</body></martif>",
         "{path} is not well-formed XML"),
        ("x.tbx", b"<xliff/>", "{path}: root element is <xliff>, not <martif>"),
        ("no-vi.tbx", b"<martif><text><body><termEntry id='a'><langSet xml:lang='en'><tig>"
         b"<term>X</term></tig></langSet></termEntry></body></text></martif>",
         "{path}: termEntry #1 'a' has no Vietnamese term"),
        ("status.tbx", b"<martif><text><body><termEntry id='a'><langSet xml:lang='vi'><tig>"
         b"<term>Ban</term></tig></langSet><langSet xml:lang='en'><tig><term>X</term>"
         b"<termNote type='administrativeStatus'>maybe</termNote></tig></langSet></termEntry>"
         b"</body></text></martif>",
         "{path}: termEntry #1 'a' (en): unknown status 'maybe'; use approved, proposed or "
         "forbidden"),
        ("cols.csv", b"id,vietnamese,en\na,Ban,X\n",
         "{path}: the header has no 'vi' column; the columns are id, vi, vi_variants"),
        ("typo.csv", b"id,vi,en_stauts\na,Ban,X\n", "{path}: unknown column 'en_stauts'"),
        ("st.csv", b"id,vi,en,en_status\na,Ban,X,ok\n",
         "{path}: line 2 ('a', en_status): unknown status 'ok'"),
        ("enc.csv", unicodedata.normalize("NFD", "id,vi\na,Đảng\n").encode("cp1258"),
         "{path} is not UTF-8"),
    ],
)
def test_bad_files_raise_glossary_error_with_a_hint(
    tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(GlossaryError) as info:
        load_glossary(path)
    assert str(info.value).startswith(message.format(path=path))
    assert ";" in str(info.value)  # every message carries a fix after the semicolon


def test_malformed_xml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.tbx"
    path.write_bytes(b"<martif>\n<text>\n<body>\n<termEntry id='a'>\n</body>\n</martif>")
    with pytest.raises(GlossaryError, match=r"line 5"):
        load_glossary(path)


def test_xxe_entity_is_refused_and_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    path = tmp_path / "xxe.tbx"
    path.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE martif [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
        "<martif><text><body><termEntry id='a'><langSet xml:lang='vi'><tig><term>&xxe;</term>"
        "</tig></langSet></termEntry></body></text></martif>",
        encoding="utf-8",
    )
    with pytest.raises(GlossaryError, match="declares XML entities") as info:
        load_glossary(path)
    assert "TOP-SECRET" not in str(info.value)
    result = CliRunner().invoke(cli, ["glossary", "lookup", "Ban", "--glossary", str(path)])
    assert result.exit_code == 1
    assert "TOP-SECRET" not in result.output + result.stderr


# --- checks --------------------------------------------------------------------------------


def test_the_starter_passes_the_check() -> None:
    assert check_glossary(starter()) == []
    assert len(starter().concepts) >= 60


def _messages(g: Glossary) -> list[tuple[str, str, str]]:
    return [(f.severity, f.concept_id, f.message) for f in check_glossary(g)]


def test_check_finds_duplicate_concepts_and_colliding_variants() -> None:
    g = Glossary((
        concept("a", "Ban Chỉ đạo", "BCĐ"),
        concept("b", "BAN CHỈ ĐẠO"),  # same canonical headword
        concept("c", "Tỉnh uỷ", "BCĐ"),  # variant of another concept
        concept("d", "Tỉnh ủy"),  # old/new tone placement: same term as c
    ))
    found_ = _messages(g)
    assert ("error", "b", "duplicate of concept 'a' (same Vietnamese term 'BAN CHỈ ĐẠO'); "
            "merge the two entries") in found_
    assert ("error", "c", "'BCĐ' collides with 'BCĐ' of concept 'a'; a text can match only "
            "one entry") in found_
    assert ("error", "d", "duplicate of concept 'c' (same Vietnamese term 'Tỉnh ủy'); merge "
            "the two entries") in found_
    assert len(found_) == 3


def test_check_finds_translation_problems() -> None:
    g = Glossary((
        Concept("two", "Bộ Chính trị", (), (TargetTerm("en", "Politburo", A),
                                           TargetTerm("en", "Political Bureau", A))),
        Concept("none", "Tây Nguyên"),
        Concept("empty", "Đảng", (), (TargetTerm("en", "", P),)),
        Concept("lao", "Lào", (), (TargetTerm("en", "Laos", A), TargetTerm("lo", "ລາວ", A))),
        Concept("khmer", "Campuchia", (), (TargetTerm("en", "Cambodia", A),
                                           TargetTerm("km", "កម្ពុជា", A))),
        Concept("both", "Nhà nước", (), (TargetTerm("en", "State", A),
                                         TargetTerm("en", "state", F))),
        Concept("noen", "Tổ quốc", (), (TargetTerm("lo", "ປິດຕຸພູມ", P),)),
    ))
    assert _messages(g) == [
        ("error", "two", "two approved en translations (Politburo / Political Bureau); keep "
         "one approved and mark the others proposed"),
        ("error", "none", "no translations; add at least the English term"),
        ("error", "empty", "empty en term"),
        ("warning", "empty", "no English rendering (English is the pivot for lo and km)"),
        ("error", "lao", "Lao term 'ລາວ' is approved: it must stay proposed until a native "
         "reviewer confirms"),
        ("error", "khmer", "Khmer term 'កម្ពុជា' is approved: it must stay proposed until a "
         "native reviewer confirms"),
        ("error", "both", "en 'state' is both forbidden and allowed"),
        ("warning", "noen", "no English rendering (English is the pivot for lo and km)"),
    ]


def test_case_sensitive_variants_that_differ_do_not_collide() -> None:
    g = Glossary((concept("a", "Hòa Bình", exact=True), concept("b", "diễn biến hòa bình")))
    assert check_glossary(g) == []
    g = Glossary((concept("a", "Hòa Bình", exact=True), concept("b", "hòa bình")))
    assert [f.concept_id for f in check_glossary(g)] == ["b"]  # "hòa bình" matches both


def test_check_cli_prints_table_then_fails(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("id,vi,en,en_status,lo,lo_status\n"
                    "a,Ban Chỉ đạo,Steering Committee,approved,ຄະນະຊີ້ນຳ,approved\n"
                    "b,ban chỉ đạo,Steering Committee,approved,,\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["glossary", "check", str(path)])
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "SEVERITY  CONCEPT  MESSAGE",
        "error     a        Lao term 'ຄະນະຊີ້ນຳ' is approved: it must stay proposed until a "
        "native reviewer confirms",
        "error     b        duplicate of concept 'a' (same Vietnamese term 'ban chỉ đạo'); "
        "merge the two entries",
    ]
    assert result.stderr == (
        f"Error: 2 problems in {path}; fix the errors listed above and run the check again\n"
    )


def test_check_cli_on_the_starter() -> None:
    result = CliRunner().invoke(cli, ["glossary", "check", str(STARTER)])
    assert result.exit_code == 0, result.output
    assert result.output == (
        f"{STARTER}: {len(starter())} concepts, no errors, 0 warnings ({starter().stamp})\n"
    )


# --- matching ------------------------------------------------------------------------------


def test_longest_match_wins() -> None:
    text = "Ban Chỉ đạo Công tác thông tin đối ngoại họp; Ban Chỉ đạo bàn về thông tin đối ngoại."
    assert found(SMALL, text) == [
        ("bcd-ttdn", "Ban Chỉ đạo Công tác thông tin đối ngoại"),
        ("bcd", "Ban Chỉ đạo"),
        ("ttdn", "thông tin đối ngoại"),
    ]


def test_a_longer_prefix_that_does_not_complete_falls_back() -> None:
    # "Ban Chỉ đạo Công tác" starts the long entry but never finishes it.
    assert found(SMALL, "Ban Chỉ đạo Công tác tốt") == [("bcd", "Ban Chỉ đạo")]


def test_matches_stay_on_syllable_boundaries() -> None:
    g = Glossary((concept("ban", "Ban"), concept("dang", "Đảng")))
    assert found(g, "Người Bana, Banh và Đảngx") == []
    assert found(g, "Ban (Đảng)") == [("ban", "Ban"), ("dang", "Đảng")]


def test_offsets_index_the_normalized_text() -> None:
    raw = "  Chiều\u00a0nay,  Ban   Chỉ\u00a0đạo họp  "
    norm = normalize_text(raw)
    (hit,) = SMALL.match(raw)
    assert norm[hit.start : hit.end] == hit.source == "Ban Chỉ đạo"
    assert hit.term == "Ban Chỉ đạo"


@pytest.mark.parametrize(
    "text",
    [
        unicodedata.normalize("NFD", "Ủy ban nhân dân tỉnh và Tỉnh ủy"),
        "Uỷ ban nhân dân tỉnh và Tỉnh uỷ",  # old tone placement
        "ỦY BAN NHÂN DÂN TỈNH và TỈNH ỦY",
        "ủy  ban\u00a0nhân dân tỉnh và tỉnh\u202fủy",
    ],
)
def test_spelling_differences_do_not_matter(text: str) -> None:
    assert [cid for cid, _ in found(SMALL, text)] == ["ubnd-tinh", "tinh-uy"]


def test_lookalike_eth_is_the_letter_d() -> None:
    text = "công tác đối ngoại \u00d0ảng"
    (hit,) = SMALL.match(text)
    assert hit.concept_id == "dang"
    assert hit.source == "Đảng"  # the offsets index the repaired text


def test_abbreviations_are_case_sensitive() -> None:
    assert found(SMALL, "Thành viên BCĐ họp") == [("bcd", "BCĐ")]
    assert found(SMALL, "xem bcđ hoặc Bcđ") == []
    # the acronym must be capitals; the lower-case syllable may be in any case
    assert found(SMALL, "UBND Tỉnh, ubnd tỉnh") == [("ubnd-tinh", "UBND Tỉnh")]


def test_case_sensitive_full_form() -> None:
    assert found(SMALL, "vì hòa bình ở Hòa Bình") == [("hoa-binh", "Hòa Bình")]


def test_terms_inside_document_numbers_are_not_matched() -> None:
    g = Glossary((concept("ubnd", "Ủy ban nhân dân", "UBND"), concept("ttxvn", "TTXVN")))
    assert found(g, "Kế hoạch số 3083/KH-UBND của UBND") == [("ubnd", "UBND")]
    assert found(g, "(Ảnh: Phương Hoa/TTXVN)") == [("ttxvn", "TTXVN")]


def test_hits_for_fills_the_rendering() -> None:
    g = starter()
    (hit,) = g.hits_for("Ban Chỉ đạo họp", "en")
    assert (hit.target, hit.status) == ("Steering Committee", "approved")
    assert "Board of Directors" in hit.forbidden
    (hit,) = g.hits_for("Ban Chỉ đạo họp", "lo")
    assert (hit.target, hit.status, hit.forbidden) == ("ຄະນະຊີ້ນຳ", "proposed", ())
    (hit,) = g.hits_for("Ban Chỉ đạo họp", "fr")
    assert (hit.target, hit.status) == ("", None)


@functools.cache
def _syllables() -> tuple[str, ...]:
    words = {w for c in starter().concepts for f in c.forms for w in f.text.split()}
    return tuple(sorted(words | {"và", "Bana", "bcđ", "họp", "tỉnh"}))


@functools.cache
def _form_tokens() -> dict[str, set[tuple[str, ...]]]:
    out: dict[str, set[tuple[str, ...]]] = {}
    for c in starter().concepts:
        for f in c.forms:
            out.setdefault(c.id, set()).add(tuple(re.findall(r"\w+|[^\w\s]", canonical(f.text))))
    return out


@settings(max_examples=50, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_syllables()),
            st.sampled_from([" ", " ", " ", "  ", "\u00a0", ", ", " - ", "."]),
        ),
        max_size=40,
    ),
    st.booleans(),
)
def test_property_matches_are_ordered_disjoint_and_faithful(
    parts: list[tuple[str, str]], nfd: bool
) -> None:
    text = "".join(w + sep for w, sep in parts)
    if nfd:
        text = unicodedata.normalize("NFD", text)
    norm = normalize_text(text)
    hits = starter().match(text)
    previous_end = 0
    for hit in hits:
        assert previous_end <= hit.start < hit.end <= len(norm)
        previous_end = hit.end
        assert hit.source == norm[hit.start : hit.end]
        tokens = tuple(
            t.replace("\u2013", "-") for t in re.findall(r"\w+|[^\w\s]", canonical(hit.source))
        )
        assert tokens in _form_tokens()[hit.concept_id]


# --- target-side verification --------------------------------------------------------------


def _hit(target: str, forbidden: tuple[str, ...] = (),
         status: TermStatus = TermStatus.APPROVED) -> TermHit:
    return TermHit("x", 0, 3, "Ban", "Ban", target=target, status=status, forbidden=forbidden)


def test_verify_present_missing_and_forbidden_in_english() -> None:
    hits = [
        _hit("Steering Committee", ("Steering Board", "Committee")),
        _hit("Politburo", ("Ministry of Politics",)),
        _hit("Party external relations"),
    ]
    out = verify_terms(hits, "The STEERING\u00a0committee and the Ministry of Politics met.", "en")
    assert [(h.present, h.forbidden_found) for h in out] == [
        (True, ()),  # "Committee" inside the approved term is not a violation
        (False, ("Ministry of Politics",)),
        (False, ()),
    ]
    assert term_adherence(out) == (1, 3)


def test_verify_english_is_word_based_with_plurals_spelling_and_press_forms() -> None:
    assert verify_terms([_hit("Plan")], "two plans", "en")[0].present is True
    assert verify_terms([_hit("Plan")], "the planet", "en")[0].present is False
    assert verify_terms([_hit("Party Organisation")], "the party organization", "en")[0].present
    assert verify_terms([_hit("Quang Tri")], "in Quảng Trị province", "en")[0].present is True
    assert verify_terms([_hit("socio-economic")], "socio – economic", "en")[0].present is True


def test_verify_without_target_leaves_present_unset() -> None:
    (hit,) = verify_terms([_hit("")], "anything", "en")
    assert hit.present is None
    assert term_adherence([hit]) == (0, 0)


@pytest.mark.parametrize(
    "lang, target, translation, present",
    [
        ("lo", "ຄະນະຊີ້ນຳ", "ກອງປະຊຸມຄະນະຊີ້ນຳແຂວງ", True),  # no spaces around the word
        ("lo", "ຄະນະຊີ້ນຳ", "ກອງປະຊຸມ ຄະນະ ຊີ້ນຳ", True),  # spaces inserted by MT
        ("lo", "ຄະນະຊີ້ນຳ", "ກອງປະຊຸມຄະນະກຳມະການ", False),
        ("km", "គណៈកម្មាធិការដឹកនាំ", "កិច្ចប្រជុំគណៈកម្មាធិការដឹកនាំខេត្ត", True),
        ("km", "គណៈកម្មាធិការដឹកនាំ", "កិច្ចប្រជុំគណៈកម្មាធិការ\u200bដឹកនាំ", True),
        ("km", "គណៈកម្មាធិការដឹកនាំ", "កិច្ចប្រជុំគណៈកម្មាធិការ", False),
    ],
)
def test_verify_unspaced_scripts_by_substring(
    lang: str, target: str, translation: str, present: bool
) -> None:
    (hit,) = verify_terms([_hit(target, status=TermStatus.PROPOSED)], translation, lang)
    assert hit.present is present


def test_verify_unspaced_forbidden() -> None:
    (hit,) = verify_terms([_hit("ຄະນະຊີ້ນຳ", ("ຄະນະ",))], "ຄະນະຊີ້ນຳ", "lo")
    assert hit.forbidden_found == ()  # only inside the approved term
    (hit,) = verify_terms([_hit("ຄະນະຊີ້ນຳ", ("ຄະນະ",))], "ຄະນະກຳມະການ", "lo")
    assert hit.forbidden_found == ("ຄະນະ",)


# --- corpus --------------------------------------------------------------------------------

# Entries whose every occurrence in the corpus must be matched (by them or a longer entry).
LISTED = (
    "ban-chi-dao", "bcd-ttdn", "ttdn", "cong-tac-ttdn", "doi-ngoai-nhan-dan",
    "ngoai-giao-nhan-dan", "doi-ngoai-dang", "ngoai-giao-nha-nuoc", "doi-ngoai-quoc-phong",
    "bo-chinh-tri", "bi-thu-tw", "ban-tuyen-giao-tw", "tinh-uy", "ban-thuong-vu-tinh-uy",
    "pho-bi-thu-thuong-truc-tinh-uy", "ubnd-tinh", "so-ngoai-vu", "so-tttt", "ttxvn-full",
    "ttxvn", "dai-hoi-13", "ket-luan", "ke-hoach", "nghi-quyet", "quan-diem-sai-trai",
    "chu-quyen-bien-dao", "tam-giac-phat-trien", "kon-tum", "quang-tri", "attapeu",
    "ban-tuyen-giao-tinh-uy", "dai-ptth-tinh", "bao-quang-tri", "cong-an-tinh", "lien-hop-quoc",
    "dang-bo", "cap-uy", "hoi-nghi-so-ket", "pho-chu-tich-ubnd-tinh", "thuong-truc-tinh-uy",
    "dang-vien", "nha-nuoc", "to-quoc", "kieu-bao", "chuyen-doi-so", "nhan-quyen",
)
CORPUS = ("kontum-2023-09-24.txt", "quangtri-2020-05-08.txt", "ttxvn-2024-07-17.txt")


def _occurrences(paragraph: str, form: Variant) -> list[tuple[int, int]]:
    """Where ``form`` is written, found naively (a regex over the canonical key)."""
    norm = normalize_text(paragraph)
    key = canonical(norm, fold_case=not form.case_sensitive)
    want = canonical(form.text, fold_case=not form.case_sensitive)
    pattern = r"\s*".join(
        re.escape(t) for t in re.findall(r"\w+|[^\w\s]", want)
    )
    spans = []
    for m in re.finditer(rf"(?<!\w){pattern}(?!\w)", key):
        glued_code = re.search(r"\d\S*$", key[: m.start()])  # "3083/KH-UBND"
        if glued_code is None:
            spans.append(m.span())
    return spans


def to_old_tone_placement(text: str) -> str:
    """"hòa" -> "hoà", "ủy" -> "uỷ": the other correct spelling, same length."""
    tones = "\u0300\u0301\u0303\u0309\u0323"

    def move(m: re.Match[str]) -> str:
        word = m.group()
        decomposed = unicodedata.normalize("NFD", word)
        marks = [c for c in decomposed if c in tones]
        bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
        low = bare.lower()
        if len(marks) != 1 or low[-2:] not in ("oa", "oe", "uy") or low.endswith("quy"):
            return word
        return unicodedata.normalize("NFC", bare + marks[0])

    return re.sub(r"\w+", move, text)


@pytest.mark.parametrize("name", CORPUS)
def test_corpus_every_listed_occurrence_is_matched(name: str) -> None:
    g = starter()
    checked = 0
    for paragraph in corpus_paragraphs(name):
        hits = g.match(paragraph)
        for cid in LISTED:
            c = g.concept(cid)
            assert c is not None, cid
            for form in c.forms:
                for start, end in _occurrences(paragraph, form):
                    checked += 1
                    assert any(h.start <= start and end <= h.end for h in hits), (
                        f"{form.text!r} at {start} in {name} not matched: {paragraph[:80]}"
                    )
    assert checked > 20


@pytest.mark.parametrize("name", CORPUS)
def test_corpus_nfd_and_old_tone_copies_match_alike(name: str) -> None:
    paragraphs = corpus_paragraphs(name)
    whole = "\n".join(paragraphs)
    old = to_old_tone_placement(whole)
    assert old != whole  # the articles do contain "hòa", "ủy" ...
    g = starter()

    def spans(text: str) -> list[tuple[str, int, int]]:
        return [(h.concept_id, h.start, h.end) for p in text.split("\n") for h in g.match(p)]

    original = spans(whole)
    assert original
    assert spans(unicodedata.normalize("NFD", whole)) == original
    assert spans(old) == original


def test_corpus_details() -> None:
    g = starter()
    kontum = corpus_paragraphs("kontum-2023-09-24.txt")
    eth = [p for p in kontum if "\u00d0ảng" in p]
    assert eth, "the Kon Tum article has the look-alike Ð"
    assert any(h.concept_id == "doi-ngoai-dang" for p in eth for h in g.match(p))
    ttxvn = corpus_paragraphs("ttxvn-2024-07-17.txt")
    hits = [h for p in ttxvn for h in g.match(p)]
    assert "Ban Chỉ đạo Công tác thông tin Đối ngoại" in {
        h.source for h in hits if h.concept_id == "bcd-ttdn"
    }
    quangtri = corpus_paragraphs("quangtri-2020-05-08.txt")
    abbreviations = sum(p.count("BCĐ") for p in quangtri)
    bcd_hits = [h for p in quangtri for h in g.match(p) if "BCĐ" in h.source]
    assert len(bcd_hits) == abbreviations  # every BCĐ, alone or in a longer name


def test_count_hits_and_hits_cli_on_the_corpus() -> None:
    texts = [p for n in CORPUS for p in corpus_paragraphs(n)]
    counts = count_hits(texts, national())  # the CLI's default glossary
    assert counts["cong-tac-ttdn"] > counts["bcd-ttdn"] > 0
    runner = CliRunner()
    result = runner.invoke(cli, ["glossary", "hits", *(str(ARTICLES / n) for n in CORPUS)])
    assert result.exit_code == 0, result.output
    last = result.output.splitlines()[-1]
    assert last.startswith(f"{sum(counts.values())} hits of ")
    assert last.endswith(f"in 3 articles ({national().stamp})")


# --- queries -------------------------------------------------------------------------------


def test_lookup_cli_shows_spans_and_renderings() -> None:
    text = "Trưởng Ban Chỉ đạo (BCĐ) Công tác thông tin đối ngoại tỉnh và Bộ Chính trị"
    result = CliRunner().invoke(cli, ["glossary", "lookup", text])
    assert result.exit_code == 0, result.output
    rows = [re.split(r" {2,}", line) for line in result.output.splitlines()]
    assert rows == [
        ["SPAN", "SOURCE", "EN", "STATUS", "AVOID", "CONCEPT"],
        ["0-58", "Trưởng Ban Chỉ đạo (BCĐ) Công tác thông tin đối ngoại tỉnh",
         "Head of the Provincial Steering Committee for External Information", "approved", "-",
         "truong-bcd-ttdn-tinh"],
        ["62-74", "Bộ Chính trị", "Politburo", "approved", "Ministry of Politics",
         "bo-chinh-tri"],
    ]
    assert text[58:62] == " và "
    result = CliRunner().invoke(cli, ["glossary", "lookup", "không có gì", "--lang", "km"])
    assert result.output == "no glossary terms found\n"


def test_lookup_cli_with_a_missing_glossary(tmp_path: Path) -> None:
    missing = tmp_path / "none.tbx"
    result = CliRunner().invoke(cli, ["glossary", "lookup", "Ban", "--glossary", str(missing)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: glossary {missing} not found; check the path")


def test_candidates_are_frequent_new_and_within_punctuation() -> None:
    texts = [
        "Hội chợ thương mại biên giới được tổ chức, Ban Chỉ đạo dự.",
        "Hội chợ thương mại biên giới và Ban Chỉ đạo họp.",
        "Về hội chợ thương mại biên giới; thông tin đối ngoại mới, Ban Chỉ đạo.",
        "cải cách hành chính. cải cách hành chính",
    ]
    got = candidate_terms(texts, SMALL, top=10)
    assert got[0].text == "Hội chợ thương mại biên giới"  # the capitalized spelling is commoner
    assert (got[0].count, got[0].syllables, got[0].score) == (3, 6, 18)
    shown = [c.text.lower() for c in got]
    assert "cải cách hành chính" in shown
    # sub-n-grams seen only inside the longer candidate are dropped
    assert "thương mại biên giới" not in shown
    # glossary terms and anything crossing punctuation are not proposed
    assert not any("ban chỉ đạo" in s or "thông tin đối ngoại" in s for s in shown)
    assert not any("chính cải" in s or "giới thông" in s for s in shown)
    # no candidate starts or ends with a function word
    assert not any(s.split()[0] in ("và", "về") or s.split()[-1] == "được" for s in shown)


def test_candidates_cli(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Tiêu đề\n\n"
        + "\n\n".join(f"Đoàn công tác liên ngành số {i} làm việc với Sở Ngoại vụ." for i in "1234"),
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        cli, ["glossary", "candidates", str(article), "--top", "1", "--min-syllables", "3"]
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "RANK  COUNT  SYLLABLES  SCORE  TERM",
        "1     4      5          20     Đoàn công tác liên ngành",
    ]


# --- national glossary: extensions, composition, precision (issue 13) ------------------------


def test_national_round_trip_keeps_the_extensions() -> None:
    g = national()
    assert len(g) >= 800
    again = parse_tbx(dump_tbx(g))
    assert again.concepts == g.concepts and again.checksum == g.checksum
    title = g.concept("chu-tich-nuoc")
    assert title is not None
    assert (title.kind, title.deputy, title.deputy_word) == ("title", "pho-chu-tich-nuoc", "Vice")
    assert title.source.startswith("TT 03/2009/TT-BNG")
    (lao,) = [t for t in title.targets if t.lang == "lo"]
    assert lao.note.startswith("attested: ") and lao.status is P
    old = g.concept("bo-khdt")
    assert old is not None and (old.valid, old.successor) == ("until 2025-03-01", "bo-tai-chinh")
    assert all(c.source and c.kind for c in g.concepts)


def test_extensions_survive_csv(tmp_path: Path) -> None:
    g = Glossary((
        Concept("gd", "Giám đốc Sở Ngoại vụ", (), (TargetTerm("en", "Director", A),
                                                   TargetTerm("lo", "ຜູ້ອຳນວຍການ", P, "attested: X")),
                kind="title", source="TT 03/2009", deputy="pgd", deputy_word="Deputy"),
        Concept("pgd", "Phó Giám đốc Sở Ngoại vụ", (), (TargetTerm("en", "Deputy Director", A),),
                kind="title", source="TT 03/2009", valid="until 2025-03-01", successor="gd"),
    ))
    path = tmp_path / "g.csv"
    write_glossary(g, path)
    assert load_glossary(path).concepts == g.concepts
    assert {"kind", "source", "deputy", "valid", "successor", "lo_note"} <= set(CSV_COLUMNS)


@pytest.mark.parametrize("text, span, english", [
    ("Phó Giám đốc Sở Tài chính tỉnh Nghệ An Trần Văn A",
     "Phó Giám đốc Sở Tài chính tỉnh Nghệ An",
     "Deputy Director of the Nghe An Provincial Department of Finance"),
    ("Quyền Phó Giám đốc Sở Ngoại vụ thành phố Hà Nội",
     "Quyền Phó Giám đốc Sở Ngoại vụ thành phố Hà Nội",
     "Acting Deputy Director of the Hanoi Department of Foreign Affairs"),
    ("nguyên Phó Thủ tướng Vũ Đức Đam", "nguyên Phó Thủ tướng", "former Deputy Prime Minister"),
    ("Phó Trưởng Ban Tuyên giáo Trung ương", "Phó Trưởng Ban Tuyên giáo Trung ương",
     "Deputy Head of the Central Commission for Communication and Education"),
    ("Phó Bộ trưởng Bộ Ngoại giao", "Phó Bộ trưởng Bộ Ngoại giao",
     "Deputy Minister of Foreign Affairs"),  # "Phó" follows the title's ttdn-deputy link
    ("Thứ trưởng Thường trực Bộ Ngoại giao", "Thứ trưởng Thường trực Bộ Ngoại giao",
     "Permanent Deputy Minister of Foreign Affairs"),
    ("Phó Chủ tịch Thường trực HĐND tỉnh Quảng Trị", "Phó Chủ tịch Thường trực HĐND tỉnh Quảng Trị",
     "Permanent Vice Chairman of the Quang Tri Provincial People's Council"),
    ("Phó Cục trưởng Cục Lãnh sự", "Phó Cục trưởng Cục Lãnh sự",
     "Deputy Director General of the Consular Department"),
    ("Chủ tịch UBND TP.HCM", "Chủ tịch UBND TP.HCM",
     "Chairman of the Ho Chi Minh City People's Committee"),
    ("Ủy viên Ban Chấp hành Đảng bộ tỉnh Kon Tum", "Ủy viên Ban Chấp hành Đảng bộ tỉnh Kon Tum",
     "member of the Kon Tum Provincial Party Executive Committee"),
    ("Trưởng Ban Chỉ đạo chủ trì", "Trưởng Ban Chỉ đạo", "Head of the Steering Committee"),
    ("Tỉnh Hà Nam", "Tỉnh Hà Nam", "Ha Nam Province"),
    ("theo Nghị quyết 57-NQ/TW", "Nghị quyết", "Resolution"),
    ("theo Kế hoạch số 12/KH-UBND", "Kế hoạch số", "Plan No."),
])
def test_titles_compose_into_one_mark(text: str, span: str, english: str) -> None:
    hit = national().hits_for(text, "en")[0]
    assert (hit.source, hit.target) == (span, english)
    assert national().hits_for(text, "lo")[0].target in ("", "ຮອງລັດຖະມົນຕີການຕ່າງປະເທດ")


@pytest.mark.parametrize("text", [
    "kế hoạch phát triển", "Sở dĩ tỉnh chọn", "phòng, chống tham nhũng", "ban hành văn bản",
    "công tác quy hoạch cán bộ", "đạo đức, mỹ thuật", "Tỉnh sẽ tiếp tục", "Kế hoạch năm nay",
    "thẩm quyền của các cơ quan lãnh sự",
])
def test_common_nouns_are_not_marked(text: str) -> None:
    assert national().match(text) == ()


def test_no_rank_is_lost_over_the_whole_glossary() -> None:
    """For every title form and rank word, "<rank> <title>" is one mark with the rank's English."""
    g = national()
    checked = 0
    for concept in g.concepts:
        if concept.kind != "title":
            continue
        for form in concept.forms:
            for rank, word in RANK_WORDS.items():
                text = f"{word} {form.text} Nguyễn Văn A"
                hits = g.hits_for(text, "en")
                assert hits and hits[0].start == 0, (text, hits)
                assert hits[0].source.startswith(f"{word} {form.text}"), (text, hits[0].source)
                assert any(w.casefold() in hits[0].target.casefold()
                           for w in RANK_ENGLISH[rank]), (text, hits[0].target)
                # and no mark ever starts right after the rank word
                assert all(h.start != len(word) + 1 for h in hits)
                checked += 1
    assert checked > 2500


def test_the_national_glossary_passes_the_check() -> None:
    assert check_glossary(national()) == []


def test_check_finds_national_problems() -> None:
    en = (TargetTerm("en", "Director", A),)
    g = Glossary((
        Concept("gd", "Giám đốc Sở X", (), en, kind="title", source="s"),
        Concept("so", "Sở X", (), (TargetTerm("en", "the Director", A),), kind="body",
                source="s", valid="until 2025-03-01", successor="nowhere"),
        Concept("phó", "Phó Giám đốc Sở X", (), (TargetTerm("en", "Director General", A),),
                kind="title"),
    ))
    found_ = _messages(g)
    assert ("warning", "gd", "title without a deputy form: add ttdn-deputy (or say 'no deputy "
            "rank' in the note)") in found_
    assert ("warning", "so", "'the Director' differs only by case or article from 'Director' "
            "of concept 'gd'; word one of them differently") in found_
    assert ("error", "so", "ttdn-successor 'nowhere' is not a concept id in this glossary") \
        in found_
    assert ("warning", "phó", "no ttdn-source; say where the English comes from") in found_
    rank_lost = [m for s, c, m in found_ if c == "gd" and "would be lost" in m]
    assert any(m.startswith("'Phó Giám đốc Sở X' is marked as 'Phó Giám đốc Sở X' = "
                            "'Director General'") for m in rank_lost)


def test_precision_and_recall_on_the_labelled_articles() -> None:
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_glossary_precision.py"
    spec = importlib.util.spec_from_file_location("bench_glossary_precision", path)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench  # dataclasses look their module up
    spec.loader.exec_module(bench)
    articles = bench.load_articles()
    assert sum(len(a.gold) for a in articles if a.name.startswith("a")) >= 300
    report = bench.evaluate(national(), articles)
    assert report.articles >= 12
    assert report.precision >= 0.98, report.misses
    assert report.recall >= 0.95, report.misses
