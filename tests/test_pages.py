"""Block typing on the labelled page set (tests/data/pages) and the shared corpus.

One test per document: it fails with every line whose block type differs from the
gold label ("page X line N: gold title, got paragraph"); on a pasted (.txt) page the
first body paragraph without an agency prefix may be lead or paragraph (see
KNOWN_FAILURES and tests/pagelabels.py).  Pages the rules still get
wrong are listed in KNOWN_FAILURES (strict xfail: a page that starts passing fails
the suite until it is taken off the list); the aggregate figures are in
benchmarks/bench_sources.py.  Scoring rules and label mapping: tests/pagelabels.py.

The property test inserts page furniture (menus, dot-leader list headings with dated
headlines, sidebars, related lists) before and after each shared-corpus article and
checks that the article's own blocks do not change.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pagelabels import corpus_gold, iter_pages, load_gold, score_file
from ttdn_i18n.errors import SourceError
from ttdn_i18n.sources import load_article, parse_article

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "data" / "pages"
CORPUS = ROOT.parent / "shared" / "corpus"
CORPUS_GOLD = ROOT / "benchmarks" / "data" / "corpus-gold"

_PAGES = iter_pages(PAGES)

#: Pages the rules still type wrongly: page id -> the wrong (gold->got) line labels.
#: Scored with ``paste_lead=True`` (tests/pagelabels.py, "Lead or paragraph in pasted
#: text"): the first body paragraph of a pasted page without an agency prefix is right
#: as lead or paragraph, because the paste does not show whether the page had a sapo.
#: The strict figures (15 pasted pages typed lead where the sapo-less HTML page has a
#: paragraph) are in benchmarks/bench_sources.py.
#: The entries below are from the blind held-out round (dangcongsan, vnexpress,
#: bvhttdl; benchmarks/README.md, "Blind held-out round"): pages frozen before the rules
#: were run on them, listed as the rules typed them at 8662067 (13 pages); the pages
#: fixed since (date in the article header block, tool bar line, comments box,
#: end-of-article mark) are off the list.
KNOWN_FAILURES: dict[str, str] = {
    "vnexpress/vnx-luuhocsinh-lao-2023.txt": "caption->paragraph",
    "vnexpress/vnx-ngoaitruong-asean-2024.html": "boilerplate->caption",
    "vnexpress/vnx-ngoaitruong-asean-2024.txt": (
        "lead->caption, boilerplate->caption, paragraph->lead"
    ),
}


def _page_param(doc: Path, gold: Path) -> object:
    pid = str(doc.relative_to(PAGES))
    marks = []
    if pid in KNOWN_FAILURES:
        marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[pid]))
    return pytest.param(doc, gold, id=pid, marks=marks)

_CORPUS_GOLD = sorted(CORPUS_GOLD.glob("*.gold"))


def _check(doc: Path, gold: list[tuple[str, str]]) -> None:
    try:
        score = score_file(doc, gold, load_article, paste_lead=True)
    except SourceError as exc:
        pytest.fail(f"page {doc.relative_to(ROOT)}: load_article refused it: {exc}")
    if not score.ok:
        lines = [m.replace(str(ROOT) + "/", "") for m in score.mismatches]
        pytest.fail(
            f"{len(lines)} of {len(score.lines)} lines wrong:\n" + "\n".join(lines), pytrace=False
        )


def test_page_set_is_complete() -> None:
    """At least 40 pages in both forms, 10 site kinds, 4 pages per kind, gold files parse."""
    stems: dict[str, set[str]] = {}
    for doc, gold in _PAGES:
        assert load_gold(gold), gold
        stems.setdefault(doc.parent.name, set()).add(doc.stem)
        assert doc.with_suffix(".html" if doc.suffix == ".txt" else ".txt").exists(), doc
    assert len(stems) >= 10
    assert all(len(s) >= 4 for s in stems.values()), {k: len(v) for k, v in stems.items()}
    assert sum(len(s) for s in stems.values()) >= 40


@pytest.mark.parametrize("doc,gold", [_page_param(d, g) for d, g in _PAGES])
def test_page_block_types(doc: Path, gold: Path) -> None:
    _check(doc, load_gold(gold))


#: Under the strict gold (no paste allowance), the pasted pages whose first body
#: paragraph is typed lead while their sapo-less HTML page has a paragraph.  The
#: paste shows no difference (see tests/pagelabels.py), so this is the known cost
#: of calling a paste's first paragraph the lead; the list must change when it does.
STRICT_LEAD_MISSES = frozenset({
    "bao-tinh/baogialai-ratanakiri-2024.txt",
    "bao-tinh/baohatinh-bolikhamxay-2023.txt",
    "baoquocte/tgvn-binhluan-ngoaivu-2024.txt",
    "bvhttdl/bvh-dulich-lao-2023.txt",  # blind round: off KNOWN_FAILURES, sapo-less paste
    "huyen-portal/daklei-hopnghi-2024.txt",
    "huyen-portal/huonghoa-cho-bien-2023.txt",
    "huyen-portal/kyson-luuhocsinh-2024.txt",
    "huyen-portal/muongnhe-benhvien-2024.txt",
    "huyen-portal/tinhbien-campuchia-2023.txt",
    "mofa/mofa-baoho-2024.txt",
    "mofa/mofa-hop-bao-2024.txt",
    "mofa/mofa-ngoaivu-hoinghi-2023.txt",
    "mofa/mofa-thutruong-tiep-2024.txt",
    "nhandan/nhandan-asean-2024.txt",
    "tinh-portal/dienbien-phongsaly-2023.txt",
    "vietnamplus/vnplus-kieubao-campuchia-2024.txt",
})


def test_strict_scoring_misses_only_the_known_pasted_leads() -> None:
    wrong: dict[str, list[str]] = {}
    for doc, gold in _PAGES:
        if str(doc.relative_to(PAGES)) in KNOWN_FAILURES:
            continue  # wrong for other reasons; pinned by test_page_block_types' strict xfail
        score = score_file(doc, load_gold(gold), load_article)
        if not score.ok:
            wrong[str(doc.relative_to(PAGES))] = list(score.mismatches)
    assert set(wrong) == STRICT_LEAD_MISSES, wrong
    for pid, lines in wrong.items():
        assert len(lines) == 1 and "gold paragraph, got lead" in lines[0], (pid, lines)


@pytest.mark.parametrize("gold", _CORPUS_GOLD, ids=[g.name[: -len(".gold")] for g in _CORPUS_GOLD])
def test_corpus_block_types(gold: Path) -> None:
    name = gold.name[: -len(".gold")]
    doc = CORPUS / ("html" if name.endswith(".html") else "articles") / name
    if not doc.exists():
        pytest.skip(f"../shared not found: {doc} is a shared-corpus article")
    _check(doc, corpus_gold(doc, gold))


# --- furniture around an article never changes the article ----------------------------------------

_CORPUS_ARTICLES = sorted((CORPUS / "articles").glob("*.txt")) if CORPUS.exists() else []

_MENU = st.lists(
    st.sampled_from(["Trang chủ", "Giới thiệu", "Tin tức", "Chính trị", "Kinh tế", "Xã hội",
                     "Văn hóa", "Thế giới", "Quốc phòng", "Đối ngoại", "Văn bản", "Liên hệ"]),
    min_size=4, max_size=9,
)
_HEADLINE = st.sampled_from([
    "Hội nghị giao ban công tác đối ngoại quý III",
    "Đoàn công tác tỉnh thăm và làm việc tại Lào",
    "Khai mạc Tuần lễ văn hóa biên giới",
    "Tăng cường hợp tác giáo dục với các tỉnh bạn",
])
_DATE = st.sampled_from(["(3/9)", "05/08/2024", "(12/10)", "14:44 25/01"])
_LIST = st.tuples(
    st.sampled_from(["Tin tức khác......", "Các tin đã đưa....", "Tin liên quan", "Các tin khác",
                     "Xem thêm"]),
    st.lists(st.tuples(_HEADLINE, _DATE), min_size=2, max_size=6),
).map(lambda t: [t[0], *[f"{h} {d}" for h, d in t[1]]])
_SIDEBAR = st.lists(
    st.sampled_from(["LIÊN KẾT WEBSITE", "Thư điện tử công vụ", "Văn bản chỉ đạo điều hành",
                     "Cổng Dịch vụ công", "Sơ đồ cổng", "Số lượt xem: 1234",
                     "In bài viết | Gửi email | Lên đầu trang", "Chia sẻ Facebook Zalo"]),
    min_size=1, max_size=6,
)
_FURNITURE = st.lists(st.one_of(_MENU, _LIST, _SIDEBAR), min_size=1, max_size=3).map(
    lambda parts: [line for part in parts for line in part]
)


def _content(text: str) -> list[tuple[str, str]]:
    a = parse_article(text, fmt="txt", article_id="a")
    return [(b.type.value, b.text) for b in a.content_blocks]


@pytest.mark.skipif(not _CORPUS_ARTICLES, reason="../shared/corpus/articles not found")
@pytest.mark.parametrize("path", _CORPUS_ARTICLES, ids=[p.name for p in _CORPUS_ARTICLES])
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])
@given(before=st.one_of(st.just([]), _MENU, _FURNITURE), after=_FURNITURE)
def test_furniture_around_an_article_does_not_change_it(
    path: Path, before: list[str], after: list[str]
) -> None:
    text = path.read_text(encoding="utf-8")
    expected = _content(text)
    padded = "\n".join([*before, "", text.strip(), "", *after]) + "\n"
    assert _content(padded) == expected


# --- the paste-aware lead/paragraph scoring -------------------------------------------------------


def test_paste_lead_accepts_either_label_on_one_line_only() -> None:
    from pagelabels import paste_lead_line, score

    gold = [("title", "Tiêu đề bài viết"), ("dateline", "05/07/2024"),
            ("paragraph", "Ngày 4/7, hội nghị diễn ra."), ("paragraph", "Hai bên thống nhất.")]
    blocks = [(lab, t, ()) for lab, t in gold]
    both_lead = [blocks[0], blocks[1], ("lead", gold[2][1], ()), ("lead", gold[3][1], ())]
    either = paste_lead_line(gold)
    assert either == 2
    ps = score(gold, both_lead, lead_or_paragraph=either)
    assert [r.correct for r in ps.lines] == [True, True, True, False]  # only the first one
    assert not score(gold, both_lead).lines[2].correct  # strict scoring
    prefixed = [*gold[:2], ("lead", "QĐND - Ngày 4/7, hội nghị diễn ra."), gold[3]]
    assert paste_lead_line(prefixed) is None  # a prefixed first paragraph must be the lead
