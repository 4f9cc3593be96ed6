"""Injected SEO spam: found by its nature, quoted exactly, never sent to MT."""

from __future__ import annotations

from pathlib import Path

import pytest

from ttdn_i18n.model import Article
from ttdn_i18n.sources import load_article, parse_article
from ttdn_i18n.sources.contamination import (
    DEFAULT_BLOCKLIST,
    check_article,
    find_repeated,
    find_spam,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SPLICE = "bet365 tiếng việt_đặt cược bet365_cách vào bet365"


def corpus(name: str) -> Path:
    path = SHARED / "corpus" / name
    if not path.exists():
        pytest.skip(f"../shared not found: {path} is one of the real test articles")
    return path


def spam_flags(article: Article) -> list[tuple[str, str]]:
    return [(s.id, f.evidence) for s in article.segments for f in s.flags if f.code == "spam"]


def test_the_four_splices_in_quangtri_are_flagged_exactly() -> None:
    a = load_article(corpus("articles/quangtri-2020-05-08.txt"))
    raw = corpus("articles/quangtri-2020-05-08.txt").read_text(encoding="utf-8")
    assert raw.count(SPLICE) == 4
    flags = spam_flags(a)
    assert len(flags) == 4 and {evidence for _, evidence in flags} == {SPLICE}
    flagged = {seg_id for seg_id, _ in flags}
    assert flagged == {s.id for s in a.segments if SPLICE in s.text}
    assert len(flagged) == 2  # two splices in each of two sentences
    for seg in a.segments:
        if seg.id in flagged:
            assert not seg.send_to_mt
            assert all(f.severity == "error" for f in seg.flags)
            assert "bet365" in seg.flags[0].message and "đặt cược" in seg.flags[0].message
        else:
            assert not seg.flags


@pytest.mark.parametrize(
    "name",
    ["articles/kontum-2023-09-24.txt", "articles/ttxvn-2024-07-17.txt",
     "html/ttxvn-2024-07-17.html"],
)
def test_the_rest_of_the_corpus_is_clean(name: str) -> None:
    a = load_article(corpus(name))
    assert spam_flags(a) == []
    assert all(s.send_to_mt for s in a.segments if s.translate)


def test_the_corpus_repeats_its_topic_without_being_flagged() -> None:
    """Rule (c) sees "công tác thông tin đối ngoại" 18 times in kontum: not spam."""
    for name in ("kontum-2023-09-24.txt", "ttxvn-2024-07-17.txt", "quangtri-2020-05-08.txt"):
        a = load_article(corpus(f"articles/{name}"))
        sentences = [(b.index, s.text) for b in a.content_blocks for s in b.segments]
        topic = sum(t.lower().count("công tác thông tin đối ngoại") for _, t in sentences)
        assert topic >= 10
        found = find_repeated(sentences)
        evidence = {sentences[n][1][s:e] for n, spans in found.items() for s, e in spans}
        if name.startswith("quangtri"):
            # Only the spliced spam repeats with words the article never uses elsewhere.
            assert evidence and all(SPLICE in e for e in evidence)
        else:
            assert evidence == set()


def _article(*paragraphs: str) -> str:
    return "Tiêu đề bài viết về hợp tác\n\n" + "\n\n".join(paragraphs) + "\n"


def test_repeated_alien_phrase_is_flagged_without_any_token_rule() -> None:
    junk = "mua vé máy bay giá rẻ tại đây"
    text = _article(
        f"Hội nghị đã diễn ra thành công {junk} với sự tham gia của nhiều đại biểu.",
        f"Các đại biểu thống nhất nhiều giải pháp {junk} trong thời gian tới.",
        f"Tỉnh sẽ tiếp tục phối hợp chặt chẽ {junk} với các địa phương.",
    )
    assert find_spam(junk) == []  # nothing in the phrase itself looks like spam
    a = parse_article(text, fmt="txt", article_id="x")
    assert [e for _, e in spam_flags(a)] == [junk] * 3
    assert "repeated verbatim" in a.segments[1].flags[0].message


def test_blocklist_default_and_custom() -> None:
    assert {"cá cược", "đặt cược", "nhà cái", "casino", "lô đề"} <= set(DEFAULT_BLOCKLIST)
    text = _article("Người dân được cảnh báo về các trang CASINO trực tuyến.",
                    "Tỉnh tổ chức hội chợ hàng nông sản vào cuối tuần.")
    a = parse_article(text, fmt="txt", article_id="x")
    assert [e for _, e in spam_flags(a)] == ["CASINO"]
    b = parse_article(text, fmt="txt", article_id="x", blocklist=["hội chợ hàng"])
    assert [e for _, e in spam_flags(b)] == ["CASINO", "hội chợ hàng"]
    assert [(h.reasons) for h in find_spam("Đặt Cược ngay", defaults=False)] == []
    hits = find_spam("Đặt cược ngay", blocklist=["đặt cược"], defaults=False)
    assert [h.reasons for h in hits] == [("blocklisted term 'Đặt cược'",)]


def test_underscore_phrase_alone_is_flagged() -> None:
    text = "Người dân truy cập trang_chủ_uy_tín để xem tin tức."
    (hit,) = find_spam(text)
    assert text[hit.start : hit.end] == "trang_chủ_uy_tín"
    assert hit.reasons == ("underscore-joined phrase 'trang_chủ_uy_tín'",)


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Xem thêm tại w88 và fb88 hôm nay.", ["w88 và fb88"]),
        ("Khuyến mãi lớn từ 188bet cho người mới.", ["188bet"]),
        ("Xem ngay kubet uy tín tại đây.", ["kubet"]),
        ("Tham gia cá cược bóng đá trực tuyến.", ["cá cược bóng đá"]),
        ("Đại biểu dự Hội nghị G20, giải U23, mạng 5G và khí CO2.", []),
        ("Phiên họp lúc 14h30, cách trung tâm 10km, rộng 20m2, COVID-19.", []),
        ("Truy cập https://tinh_uy.example.vn/bai_viet_1 hoặc email a_b@example.vn.", []),
        ("Ứng dụng Internet, Festival và livestream trên Facebook.", []),
        ('Ông nói: "We will strengthen cooperation with all partners in the region."', []),
    ],
)
def test_token_rules(text: str, evidence: list[str]) -> None:
    assert [text[h.start : h.end] for h in find_spam(text)] == evidence


def test_flagged_segments_are_never_sent_to_mt_and_check_is_pure() -> None:
    text = _article("Tỉnh tăng cường tuyên truyền về bet365 vệ chủ quyền biển, đảo.",
                    "Hội nghị kết thúc tốt đẹp.")
    a = parse_article(text, fmt="txt", article_id="x")
    flagged = [s for s in a.segments if s.flags]
    assert [s.text for s in flagged] == [
        "Tỉnh tăng cường tuyên truyền về bet365 vệ chủ quyền biển, đảo."
    ]
    assert not flagged[0].send_to_mt and flagged[0].translate
    assert check_article(a) == a  # checking again neither doubles nor drops flags
