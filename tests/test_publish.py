"""Publishing reviewed documents: structure, gatekeeping, escaping, formats, files."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ttdn_i18n import __version__
from ttdn_i18n.errors import ConfigError, PublishError
from ttdn_i18n.model import BlockType, Document, Provenance, Span, State, Unit
from ttdn_i18n.publish import (
    build_page,
    plan_publication,
    publish_document,
    readiness,
    refusal_message,
)

PROV = Provenance("0.1.0", "ctranslate2", "translate-vi_en@1.9", "direct", "none", "beam=4")
#: Library errors name options as keyword arguments; the CLI shows the flag (tests/test_cli_*).
SUFFIX = "; review them or pass allow_unreviewed=True"
CLI_SUFFIX = "; review them or pass --allow-unreviewed"


@dataclass(frozen=True)
class Finding:
    """Same fields as ttdn_i18n.review.qa.Finding (publishing only reads them); kept local so these
    tests pin the message format independently of which checks qa happens to run."""

    file: str
    unit_id: str
    severity: str
    check: str
    message: str


def tu(
    uid: str,
    source: str,
    target: str,
    block_type: BlockType,
    block_index: int,
    state: State = State.TRANSLATED,
) -> Unit:
    return Unit(
        id=uid,
        source=source,
        target=target,
        state=state,
        origin="mt",
        block_type=block_type,
        block_index=block_index,
    )


def protected(
    uid: str, source: str, block_type: BlockType, block_index: int, kind: str = "credit"
) -> Unit:
    return Unit(
        id=uid,
        source=source,
        target=source,
        state=State.FINAL,
        origin="source",
        block_type=block_type,
        block_index=block_index,
        translate=False,
        protected=(Span(0, len(source), kind),),
    )


def article_units() -> tuple[Unit, ...]:
    B = BlockType
    return (
        tu("b0.s1", "Tiêu đề bài viết", "The headline", B.TITLE, 0),
        protected("b1.s1", "24/09/2023 13:39", B.DATELINE, 1, "date"),
        tu("b2.s1", "Câu dẫn một.", "Lead one.", B.LEAD, 2),
        tu("b2.s2", "Câu dẫn hai.", "Lead two.", B.LEAD, 2),
        tu("b3.s1", "Đoạn một.", "Paragraph one.", B.PARAGRAPH, 3),
        protected("b3.s2", "Nguyễn Văn A", B.PARAGRAPH, 3, "name"),
        tu("b3.s3", "nói thêm.", "added.", B.PARAGRAPH, 3),
        tu("b4.s1", "Tiểu mục", "Subheading", B.HEADING, 4),
        tu("b5.s1", "Mục một", "Item one", B.LIST_ITEM, 5),
        tu("b6.s1", "Mục hai", "Item two", B.LIST_ITEM, 6),
        tu("b7.s1", "Quang cảnh hội nghị.", "The conference.", B.CAPTION, 7),
        protected("b7.s2", "Ảnh: H.L", B.CAPTION, 7),
        tu("b8.s1", "Đoạn cuối.", "Last paragraph.", B.PARAGRAPH, 8),
        protected("b9.s1", "Hồng Lê", B.BYLINE, 9, "name"),
    )


def make_doc(units: tuple[Unit, ...] | None = None, lang: str = "en", **kw: object) -> Document:
    fields: dict[str, object] = {
        "article_id": "kontum-2023-09-24",
        "original": "articles/kontum-2023-09-24.txt",
        "source_lang": "vi",
        "target_lang": lang,
        "datatype": "plaintext",
        "units": article_units() if units is None else units,
        "provenance": PROV,
        "date": "2023-09-24",
    }
    fields.update(kw)
    return Document(**fields)  # type: ignore[arg-type]


def html_of(doc: Document, **kw: object) -> str:
    return publish_document(doc, "html", **kw).decode("utf-8")  # type: ignore[arg-type]


# --- structure -------------------------------------------------------------------------------


def test_html_rebuilds_blocks_in_order_with_structure() -> None:
    page = html_of(make_doc())
    body = page[page.index("<article>") : page.index("</article>")]
    expected = [
        "<h1>The headline</h1>",
        '<p class="dateline">24 September 2023, 13:39</p>',
        '<p class="lead">Lead one. Lead two.</p>',
        "<p>Paragraph one. Nguyễn Văn A added.</p>",
        "<h2>Subheading</h2>",
        "<ul>\n<li>Item one</li>\n<li>Item two</li>\n</ul>",
        '<figure><figcaption>The conference. <small class="credit">Photo: H.L</small>'
        "</figcaption></figure>",
        "<p>Last paragraph.</p>",
        '<p class="byline">Hồng Lê</p>',
    ]
    positions = [body.find(part) for part in expected]
    assert -1 not in positions, [e for e, p in zip(expected, positions, strict=True) if p < 0]
    assert positions == sorted(positions)
    assert "<title>The headline</title>" in page
    assert page.startswith("<!DOCTYPE html>\n")
    assert '<meta charset="utf-8">' in page


def test_block_order_follows_block_index_not_unit_order() -> None:
    units = article_units()
    shuffled = units[8:] + units[:8]
    assert html_of(make_doc(shuffled)) == html_of(make_doc(units))


def test_protected_units_are_rendered_per_language_or_kept_verbatim() -> None:
    for lang, credit, date in (("en", "Photo: H.L", "24 September 2023, 13:39"),
                               ("lo", "ຮູບ: H.L", "24 ກັນຍາ 2023, 13:39"),
                               ("km", "រូបថត: H.L", "24 កញ្ញា 2023, 13:39"),
                               ("fr", "Ảnh: H.L", "2023-09-24 13:39")):
        for fmt in ("html", "json", "md", "txt"):
            out = publish_document(make_doc(lang=lang), fmt).decode("utf-8")
            assert credit in out and date in out and "Nguyễn Văn A" in out, (lang, fmt)
            if lang != "fr":
                assert "Ảnh" not in out and "24/09/2023" not in out, (lang, fmt)


def test_a_reviewers_edit_of_a_protected_unit_is_published() -> None:
    units = tuple(
        replace(u, target="Photo by H.L") if u.id == "b7.s2" else
        replace(u, target="Nguyen Van A") if u.id == "b3.s2" else
        replace(u, target="Sunday 24 September") if u.id == "b1.s1" else u
        for u in article_units()
    )
    for fmt in ("html", "json", "md", "txt"):
        out = publish_document(make_doc(units), fmt).decode("utf-8")
        assert "Photo by H.L" in out and "Nguyen Van A" in out, fmt
        assert "Sunday 24 September" in out and "13:39" not in out, fmt
        assert "Ảnh: H.L" not in out and "Nguyễn Văn A" not in out, fmt


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Ảnh: H.L", "en", "Photo: H.L"),
    ("(Ảnh: Phương Hoa/TTXVN)", "en", "(Photo: Phương Hoa/TTXVN)"),
    ("- Ảnh: QUANG HIỆP", "en", "- Photo: QUANG HIỆP"),
    ("Ảnh: H.L", "lo", "ຮູບ: H.L"),
    ("Ảnh: H.L", "km-KH", "រូបថត: H.L"),
    ("Ảnh: H.L", "de", None),
    ("Hồng Lam", "en", None),
])
def test_render_credit(text: str, lang: str, want: str | None) -> None:
    from ttdn_i18n.publish import render_credit

    assert render_credit(text, lang) == want


@pytest.mark.parametrize(("dateline", "lang", "want"), [
    ("Thứ Sáu, 15/3/2024 08:30", "en", "15 March 2024, 08:30"),
    ("15/03/2024 08:30 GMT+7", "en", "15 March 2024, 08:30"),
    ("Thứ Sáu, 15/3/2024", "en", "15 March 2024"),
    ("15/03/2024 08:30 GMT+7", "lo", "15 ມີນາ 2024, 08:30"),
    ("15/03/2024 08:30 GMT+7", "km", "15 មីនា 2024, 08:30"),
    ("15/03/2024 08:30 GMT+7", "th", "2024-03-15 08:30"),  # no month names: ISO
])
def test_datelines_parse_to_iso_and_render_per_language(dateline: str, lang: str,
                                                        want: str) -> None:
    from ttdn_i18n.publish import render_dateline
    from ttdn_i18n.sources.classify import parse_dateline

    assert parse_dateline(dateline).startswith("2024-03-15")
    assert render_dateline(parse_dateline(dateline), lang) == want


def test_protected_targets_in_the_files_and_reruns_keep_an_edit(tmp_path: Path) -> None:
    """Written as the unit's target (still translate="no", final); an edit survives a rerun."""
    from lxml import etree

    from ttdn_i18n.formats import parse_document
    from ttdn_i18n.formats.xliff12 import dump_xliff12
    from ttdn_i18n.review.merge import merge_reviewed
    from ttdn_i18n.sources import load_article

    src = tmp_path / "bai.txt"
    src.write_text("Hội nghị thông tin đối ngoại năm 2024\n\nThứ Sáu, 15/3/2024 08:30\n\n"
                   "Sáng nay, Ban Tuyên giáo tổ chức hội nghị thông tin đối ngoại tại Hà Nội "
                   "với sự tham dự của nhiều đại biểu.\n\nQuang cảnh hội nghị.\n\nẢnh: H.L\n",
                   encoding="utf-8")
    from ttdn_i18n.pipeline import build_document, provenance_for

    doc = build_document(load_article(src), "en", provenance=provenance_for(None, None, None))
    data = dump_xliff12(doc)
    ns = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
    root = etree.fromstring(data)
    protected_tus = root.findall(".//x:trans-unit[@translate='no']", ns)
    targets = {tu.find("x:source", ns).xpath("string()"): tu.find("x:target", ns)
               for tu in protected_tus}
    assert targets["Ảnh: H.L"].text == "Photo: H.L"
    assert targets["Thứ Sáu, 15/3/2024 08:30"].text == "15 March 2024, 08:30"
    assert {t.get("state") for t in targets.values()} == {"final"}
    assert doc.date == "2024-03-15T08:30"
    credit = next(u for u in doc.units if u.source == "Ảnh: H.L")
    edited = replace(doc, units=tuple(replace(u, target="Photo by H.L") if u.id == credit.id else u
                                      for u in parse_document(data, name="a.xlf").units))
    merged, kept = merge_reviewed(doc, edited, mt_written={})
    assert kept == 1
    assert next(u for u in merged.units if u.id == credit.id).target == "Photo by H.L"
    # Unedited (or written before labels were rendered: target = source): our rendering.
    old = replace(doc, units=tuple(replace(u, target=u.source) if not u.translate else u
                                   for u in doc.units))
    merged, kept = merge_reviewed(doc, old, mt_written={})
    assert kept == 0 and merged == doc


def test_credit_inside_a_translated_caption_moves_to_the_credit() -> None:
    source = "Quang cảnh hội nghị (Ảnh: Phương Hoa/TTXVN)"
    span = Span(source.index("Ảnh"), source.index(")"), "credit")
    kept = replace(
        tu("b0.s1", source, "The conference (Ảnh: Phương Hoa/TTXVN)", BlockType.CAPTION, 0),
        protected=(span,),
    )
    page = build_page(make_doc((kept,)))
    assert [(b.text, b.credit) for b in page.blocks] == [
        ("The conference", "Photo: Phương Hoa/TTXVN")
    ]
    # A translator who rewrote the credit keeps their wording: nothing to move.
    rewritten = replace(kept, target="The conference (Photo: Phương Hoa/VNA)")
    page = build_page(make_doc((rewritten,)))
    assert [(b.text, b.credit) for b in page.blocks] == [
        ("The conference (Photo: Phương Hoa/VNA)", "")
    ]


def test_boilerplate_units_never_appear() -> None:
    junk = tu("b10.s1", "Chuyên mục khác", "Other sections", BlockType.BOILERPLATE, 10)
    assert "Other sections" not in html_of(make_doc(article_units() + (junk,)))


# --- gatekeeping -----------------------------------------------------------------------------


def many_unreviewed() -> tuple[Unit, ...]:
    units = [tu(f"b3.s{i}", f"Câu {i}.", f"Sentence {i}.", BlockType.PARAGRAPH, 3,
                State.NEEDS_REVIEW) for i in range(1, 13)]
    units.append(tu("b5.s2", "Có 3 người.", "There are 4 people.", BlockType.PARAGRAPH, 5))
    return tuple(units)


def test_refuses_unreviewed_and_qa_errors_with_exact_message() -> None:
    findings = [
        Finding("x.xlf", "b5.s2", "error", "numbers", "3 is missing"),
        Finding("x.xlf", "b3.s1", "warning", "length", "long"),  # warnings do not block
    ]
    with pytest.raises(PublishError) as exc:
        publish_document(make_doc(many_unreviewed()), "html", findings=findings)
    assert str(exc.value) == (
        "kontum-2023-09-24 (en): 12 segments are not reviewed (b3.s1, b3.s2, b3.s3 and 9 more)"
        " and 1 has QA errors (b5.s2: numbers)" + SUFFIX
    )


def test_refusal_message_singular_and_qa_only() -> None:
    one = make_doc((tu("b1.s1", "Một.", "", BlockType.PARAGRAPH, 1, State.NEW),))
    assert PublishError(refusal_message(one, readiness(one))).message == (
        "kontum-2023-09-24 (en): 1 segment is not reviewed (b1.s1)" + SUFFIX
    )
    ok = make_doc((tu("b1.s1", "Có 3.", "Has 4.", BlockType.PARAGRAPH, 1),), lang="lo")
    findings = [Finding("", "b1.s1", "error", "numbers", ""),
                Finding("", "b1.s1", "error", "tags", "")]
    with pytest.raises(PublishError) as exc:
        publish_document(ok, "txt", findings=findings)
    assert str(exc.value) == (
        "kontum-2023-09-24 (lo): 1 segment has QA errors (b1.s1: numbers/tags)" + SUFFIX
    )


def test_reviewed_state_with_empty_target_is_not_publishable() -> None:
    doc = make_doc((tu("b1.s1", "Một.", "  ", BlockType.PARAGRAPH, 1, State.SIGNED_OFF),))
    assert readiness(doc).unreviewed == ("b1.s1",)
    with pytest.raises(PublishError):
        publish_document(doc, "json")


def test_protected_units_never_block() -> None:
    doc = make_doc((protected("b1.s1", "Hồng Lê", BlockType.BYLINE, 1, "name"),))
    assert readiness(doc).ok
    assert b"H\xe1\xbb\x93ng L\xc3\xaa" in publish_document(doc, "txt")


def draft_doc() -> Document:
    return make_doc((
        tu("b0.s1", "Tiêu đề", "Title", BlockType.TITLE, 0, State.NEEDS_REVIEW),
        tu("b1.s1", "Câu chưa dịch.", "", BlockType.PARAGRAPH, 1, State.NEW),
        tu("b1.s2", "Câu đã dịch.", "Done.", BlockType.PARAGRAPH, 1),
    ))


def test_allow_unreviewed_html_says_so_and_marks_untranslated_text() -> None:
    page = html_of(draft_doc(), allow_unreviewed=True)
    assert '<meta name="ttdn-review-status" content="unreviewed segments: 2">' in page
    assert '<p class="ttdn-notice" role="note" lang="en">NOT REVIEWED, do not publish: ' \
        "2 segments are not reviewed (b0.s1, b1.s1)</p>" in page
    assert ('<p><mark class="untranslated" lang="vi" title="not translated">Câu chưa dịch.</mark>'
            " Done.</p>") in page
    reviewed = html_of(make_doc())
    assert '<meta name="ttdn-review-status" content="reviewed">' in reviewed
    assert "ttdn-notice" not in reviewed.split("<style>")[0] + reviewed.split("</style>")[1]


def test_allow_unreviewed_json_txt_md_say_so() -> None:
    data = json.loads(publish_document(draft_doc(), "json", allow_unreviewed=True))
    assert data["reviewed"] is False
    assert data["unreviewed_segments"] == ["b0.s1", "b1.s1"]
    assert data["untranslated_segments"] == ["b1.s1"]
    assert data["blocks"] == [{"type": "paragraph", "text": "[untranslated: Câu chưa dịch.] Done."}]
    txt = publish_document(draft_doc(), "txt", allow_unreviewed=True).decode()
    assert txt.splitlines()[0] == (
        "[NOT REVIEWED, do not publish: 2 segments are not reviewed (b0.s1, b1.s1)]"
    )
    md = publish_document(draft_doc(), "md", allow_unreviewed=True).decode()
    assert md.splitlines()[0].startswith("> **NOT REVIEWED, do not publish: 2 segments")
    assert "\\[untranslated: Câu chưa dịch.\\] Done." in md


# --- escaping and languages ------------------------------------------------------------------


def test_html_escapes_everything_from_a_translation() -> None:
    evil = '<script>alert(1)</script> & "quoted" <img src=x onerror=alert(2)>'
    units = (
        tu("b0.s1", "Tiêu đề", evil, BlockType.TITLE, 0),
        tu("b1.s1", "Đoạn.", evil, BlockType.PARAGRAPH, 1),
        protected("b2.s1", '<b onclick="x()">Ảnh</b>', BlockType.CAPTION, 2),
    )
    page = html_of(make_doc(units, original='x" onload="alert(3)', article_id="a<b>"))
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;" in page
    assert "<script" not in page.lower()
    assert "<img" not in page and "<b " not in page
    assert 'content="x&quot; onload=&quot;alert(3)"' in page
    tree = lxml.html.document_fromstring(page)
    assert tree.xpath("//script") == [] and tree.xpath("//img") == []
    assert tree.xpath("//h1")[0].text_content() == evil
    assert tree.xpath("//@onload | //@onerror | //@onclick") == []


def test_markdown_escapes_markup() -> None:
    units = (tu("b1.s1", "Đoạn.", "<script>x</script> *bold* [a](b) # no", BlockType.PARAGRAPH, 1),)
    md = publish_document(make_doc(units), "md").decode()
    assert md == "\\<script\\>x\\</script\\> \\*bold\\* \\[a\\](b) # no\n"


@settings(max_examples=50, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60))
def test_html_text_round_trips_through_a_parser(target: str) -> None:
    doc = make_doc((tu("b0.s1", "Tiêu đề", target, BlockType.TITLE, 0),))
    if not " ".join(target.split()):
        # A blank "translation" is no translation: publish refuses it, as check does.
        with pytest.raises(PublishError, match=r"1 segment is not reviewed \(b0.s1\)"):
            html_of(doc)
        return
    tree = lxml.html.document_fromstring(html_of(doc))
    assert tree.xpath("//h1")[0].text_content() == " ".join(target.split())
    assert tree.xpath("//script") == []


@pytest.mark.parametrize(
    ("lang", "font"),
    [("lo", '"Noto Sans Lao", "Phetsarath OT", "Saysettha OT", "Lao UI", sans-serif'),
     ("km", '"Noto Sans Khmer", "Khmer OS", "Khmer UI", "Leelawadee UI", sans-serif')],
)
def test_lang_attribute_font_stack_and_line_height(lang: str, font: str) -> None:
    units = (tu("b0.s1", "Tiêu đề", "ສະບາຍດີ" if lang == "lo" else "សួស្តី", BlockType.TITLE, 0),)
    page = html_of(make_doc(units, lang=lang))
    assert f'<html lang="{lang}">' in page
    body_css = re.search(r"body\{([^}]*)\}", page)
    assert body_css is not None
    assert f"font-family:{font};" in body_css.group(1)
    height = re.search(r"line-height:([\d.]+)", body_css.group(1))
    assert height is not None and float(height.group(1)) >= 1.7


def test_english_uses_system_fonts() -> None:
    page = html_of(make_doc())
    assert '<html lang="en">' in page
    assert "font-family:system-ui" in page and "Noto Sans Lao" not in page


def test_html_provenance_and_no_scripts() -> None:
    page = html_of(make_doc())
    assert f'<meta name="generator" content="ttdn-i18n {__version__}">' in page
    assert f'<meta name="ttdn-provenance" content="{PROV.signature}">' in page
    assert "<script" not in page.lower()


# --- JSON, txt, md ---------------------------------------------------------------------------


def test_json_for_a_cms() -> None:
    units = article_units()[:-1] + (
        tu("b9.s1", "Bài: Hồng Lê", "ບົດ: Hồng Lê", BlockType.BYLINE, 9),
    )
    data = json.loads(publish_document(make_doc(units, lang="lo"), "json"))
    assert set(data) == {
        "article_id", "language", "source_language", "title", "lead", "blocks", "byline",
        "date", "original", "provenance", "reviewed", "unreviewed_segments",
        "untranslated_segments", "qa_errors", "published_by",
    }
    assert data["article_id"] == "kontum-2023-09-24"
    assert (data["language"], data["source_language"]) == ("lo", "vi")
    assert (data["title"], data["lead"]) == ("The headline", "Lead one. Lead two.")
    assert data["byline"] == "ບົດ: Hồng Lê"
    assert data["blocks"][0] == {"type": "dateline", "text": "24 ກັນຍາ 2023, 13:39"}
    assert {"type": "caption", "text": "The conference.", "credit": "ຮູບ: H.L"} in data["blocks"]
    assert [b["type"] for b in data["blocks"]] == [
        "dateline", "paragraph", "heading", "list-item", "list-item", "caption", "paragraph"
    ]
    assert data["provenance"]["signature"] == PROV.signature
    assert data["provenance"]["model"] == "translate-vi_en@1.9"
    assert data["reviewed"] is True and data["unreviewed_segments"] == []
    assert data["published_by"] == f"ttdn-i18n {__version__}"
    raw = publish_document(make_doc(units, lang="lo"), "json").decode()
    assert "ບົດ" in raw  # ensure_ascii=False
    assert raw.startswith('{\n  "article_id"')


def test_txt_and_md_layout() -> None:
    doc = make_doc()
    assert publish_document(doc, "txt").decode() == (
        "The headline\n\n24 September 2023, 13:39\n\nLead one. Lead two.\n\n"
        "Paragraph one. Nguyễn Văn A added.\n\nSubheading\n\n- Item one\n- Item two\n\n"
        "The conference. Photo: H.L\n\nLast paragraph.\n\nHồng Lê\n"
    )
    assert publish_document(doc, "md").decode() == (
        "# The headline\n\n_24 September 2023, 13:39_\n\n**Lead one. Lead two.**\n\n"
        "Paragraph one. Nguyễn Văn A added.\n\n## Subheading\n\n- Item one\n- Item two\n\n"
        "*The conference.* Photo: H.L\n\nLast paragraph.\n\n_Hồng Lê_\n"
    )


def test_unknown_format_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown publish format 'pdf'; use one of html"):
        publish_document(make_doc(), "pdf")


def test_output_is_deterministic() -> None:
    assert publish_document(make_doc(), "html") == publish_document(make_doc(), "html")


# --- planning a batch ------------------------------------------------------------------------


def test_plan_refuses_the_whole_batch_naming_every_bad_article() -> None:
    good = make_doc(article_id="good")
    bad1 = make_doc(draft_doc().units, article_id="bad1")
    bad2 = make_doc(draft_doc().units, article_id="bad2", target_lang="km")
    docs: list[tuple[Path, Document, list[Finding]]] = [
        (Path("good.xlf"), good, []), (Path("bad1.xlf"), bad1, []), (Path("bad2.xlf"), bad2, [])
    ]
    with pytest.raises(PublishError) as exc:
        plan_publication(docs, "html")
    assert str(exc.value) == (
        "2 articles are not ready, nothing was published: "
        "bad1 (en): 2 segments are not reviewed (b0.s1, b1.s1); "
        "bad2 (km): 2 segments are not reviewed (b0.s1, b1.s1)" + SUFFIX
    )
    plan = plan_publication(docs, "json", allow_unreviewed=True)
    assert [name for name, _, _ in plan] == ["en/good.json", "en/bad1.json", "km/bad2.json"]
    assert [rec.readiness.ok for _, _, rec in plan] == [True, False, False]


def test_plan_refuses_two_files_for_the_same_article_and_language() -> None:
    docs: list[tuple[Path, Document, list[Finding]]] = [
        (Path("a.xlf"), make_doc(), []), (Path("a.po"), make_doc(), [])
    ]
    with pytest.raises(PublishError) as exc:
        plan_publication(docs, "html")
    assert str(exc.value) == (
        "a.xlf and a.po both translate kontum-2023-09-24 into en; pass only one of them"
    )


# --- files and CLI (real XLIFF/PO round trips) -----------------------------------------------

XLIFF12 = "{urn:oasis:names:tc:xliff:document:1.2}"


SCRIPT_SAMPLE = {"lo": "ສາຍພົວພັນ ພິເສດ ລາວ", "km": "កិច្ចសហប្រតិបត្តិការ វៀតណាម"}


def mt_draft(article_id: str = "kontum-2023-09-24", lang: str = "en") -> Document:
    """What `translate` writes: MT targets waiting for review, protected units final."""
    units = tuple(
        replace(u, state=State.NEEDS_REVIEW, target=f"MT {SCRIPT_SAMPLE.get(lang, u.target)}")
        if u.translate else u
        for u in article_units()
    )
    return make_doc(units, lang=lang, article_id=article_id)


def review_like_a_cat_tool(path: Path) -> None:
    """Edit an XLIFF 1.2 file as OmegaT or Trados would: new target text, state translated."""
    from lxml import etree

    tree = etree.parse(str(path))
    for tu_el in tree.iter(f"{XLIFF12}trans-unit"):
        if tu_el.get("translate") == "no":
            continue
        target = tu_el.find(f"{XLIFF12}target")
        assert target is not None
        target.text = (target.text or "").removeprefix("MT ") + " ✓"
        target.set("state", "translated")
        target.attrib.pop("state-qualifier", None)
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")


def all_files(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def test_publish_files_after_review_in_a_cat_tool(tmp_path: Path) -> None:
    from ttdn_i18n.formats import write_document
    from ttdn_i18n.publish import publish_files

    review = tmp_path / "review"
    (review / "en").mkdir(parents=True)
    xlf = review / "en" / "kontum-2023-09-24.xlf"
    write_document(mt_draft(), xlf, "xliff12")
    with pytest.raises(PublishError, match=r"^kontum-2023-09-24 \(en\): 10 segments are not"):
        publish_files([review], tmp_path / "out")
    review_like_a_cat_tool(xlf)

    report = publish_files([review], tmp_path / "out", "html")
    page_path = tmp_path / "out" / "en" / "kontum-2023-09-24.html"
    assert report.written == (page_path,) and report.notes == ()
    assert all_files(tmp_path / "out") == ["en/kontum-2023-09-24.html"]  # no temp files left
    page = page_path.read_text(encoding="utf-8")
    assert "<h1>The headline ✓</h1>" in page
    assert "<p>Paragraph one. ✓ Nguyễn Văn A added. ✓</p>" in page
    assert '<small class="credit">Photo: H.L</small>' in page
    assert "MT " not in page


def test_publish_files_writes_nothing_when_any_article_is_not_ready(tmp_path: Path) -> None:
    from ttdn_i18n.formats import write_document
    from ttdn_i18n.publish import publish_files

    ready, draft = tmp_path / "ready.po", tmp_path / "draft.xliff"
    write_document(make_doc(article_id="ready"), ready, "po")
    write_document(mt_draft("draft", "km"), draft, "xliff21")
    with pytest.raises(PublishError) as exc:
        publish_files([ready, draft], tmp_path / "out", "json")
    assert str(exc.value).startswith(
        "draft (km): 10 segments are not reviewed (b0.s1, b2.s1, b2.s2 and 7 more)"
    )
    assert not (tmp_path / "out").exists()

    report = publish_files([ready, draft], tmp_path / "out", "json", allow_unreviewed=True)
    assert all_files(tmp_path / "out") == ["en/ready.json", "km/draft.json"]
    assert [f.readiness.ok for f in report.files] == [True, False]
    draft_json = json.loads((tmp_path / "out" / "km" / "draft.json").read_text("utf-8"))
    assert draft_json["reviewed"] is False and len(draft_json["unreviewed_segments"]) == 10


def test_untrusted_article_id_stays_inside_the_output_folder(tmp_path: Path) -> None:
    from ttdn_i18n.formats import write_document
    from ttdn_i18n.publish import publish_files

    write_document(make_doc(article_id="../../escape"), tmp_path / "a.xlf", "xliff12")
    report = publish_files([tmp_path / "a.xlf"], tmp_path / "out", "txt")
    assert report.written == (tmp_path / "out" / "en" / "escape.txt",)
    assert all_files(tmp_path) == ["a.xlf", "out/en/escape.txt"]


def test_cli_publish(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from ttdn_i18n.cli import cli
    from ttdn_i18n.formats import write_document

    write_document(make_doc(), tmp_path / "a.xlf", "xliff12")
    write_document(mt_draft("b", "lo"), tmp_path / "b.po", "po")
    runner = CliRunner()
    out = tmp_path / "out"
    result = runner.invoke(cli, ["publish", str(tmp_path / "a.xlf"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output == (
        f"wrote {out / 'en' / 'kontum-2023-09-24.html'}\n"
        f"published 1 page (en) to {out}\n"
    )
    result = runner.invoke(cli, ["publish", str(tmp_path), "--out", str(out), "--format", "md"])
    assert result.exit_code == 1
    assert result.output == (
        "Error: b (lo): 10 segments are not reviewed (b0.s1, b2.s1, b2.s2 and 7 more)"
        + CLI_SUFFIX + "\n"
    )
    assert not (out / "en" / "kontum-2023-09-24.md").exists()
    result = runner.invoke(
        cli, ["publish", str(tmp_path / "b.po"), "--out", str(out), "--allow-unreviewed",
              "--format", "txt"]
    )
    assert result.exit_code == 0, result.output
    assert result.output == (
        f"wrote {out / 'lo' / 'b.txt'} (NOT REVIEWED: 10 unreviewed segments)\n"
        f"published 1 page (lo) to {out}; 1 not reviewed\n"
    )
    result = runner.invoke(cli, ["publish", str(tmp_path / "nope.xlf"), "--out", str(out)])
    assert result.exit_code == 2 and "does not exist" in result.output


SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.mark.parametrize("name", ["articles/kontum-2023-09-24.txt", "html/ttxvn-2024-07-17.html"])
def test_real_article_draft_keeps_credits_and_drops_boilerplate(name: str, tmp_path: Path) -> None:
    article_path = SHARED / "corpus" / name
    if not article_path.exists():
        pytest.skip(f"../shared not found: {article_path} is needed for the real-article test")
    from ttdn_i18n.formats import write_document
    from ttdn_i18n.pipeline import build_document, provenance_for
    from ttdn_i18n.publish import publish_files
    from ttdn_i18n.sources import load_article

    article = load_article(article_path)
    doc = build_document(article, "km", provenance=provenance_for(None, None, None))
    xlf = tmp_path / f"{article.id}.xlf"
    write_document(doc, xlf, "xliff12")
    with pytest.raises(PublishError, match=r"segments are not reviewed"):
        publish_files([xlf], tmp_path / "out")
    report = publish_files([xlf], tmp_path / "out", allow_unreviewed=True)
    page = report.written[0].read_text(encoding="utf-8")
    tree = lxml.html.document_fromstring(page)
    credits = [c.text_content() for c in tree.xpath("//figcaption/small[@class='credit']")]
    expected = [u.target for u in doc.units if u.block_type is BlockType.CAPTION
                and any(s.kind == "credit" for s in u.protected)]
    assert all(c.startswith(("រូបថត:", "(រូបថត:", "- រូបថត:")) for c in expected)
    assert expected and credits == expected
    for block in article.boilerplate:
        assert block.text not in page
    assert tree.xpath("//h1")[0].text_content() == article.title
    assert tree.get("lang") == "km"
    untranslated = len(tree.xpath("//mark[@class='untranslated']"))
    assert untranslated == sum(1 for u in doc.units if u.translate)
