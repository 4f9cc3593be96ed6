"""Sentence splitting and protected spans on real and realistic Vietnamese news text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ttdn_i18n.model import Span
from ttdn_i18n.sources.normalize import normalize_text
from ttdn_i18n.sources.segments import (
    code_spans,
    name_spans,
    protected_spans,
    source_prefix_end,
    split_sentences,
    url_spans,
)

LONG_NO_PERIOD = (
    "Tăng cường phối hợp giữa các sở, ban, ngành, địa phương, đơn vị liên quan, nhất là phối "
    "hợp giữa Báo Quảng Trị, Đài PT-TH tỉnh, Sở Ngoại vụ, Sở Thông tin và Truyền thông; tăng "
    "lượng tin, bài định hướng, giải thích, đấu tranh, phản bác thông tin, luận điệu sai trái, "
    "thù địch liên quan đến các hoạt động đối ngoại, quan hệ đối ngoại trên báo, đài, tạp chí, "
    "Internet; thông tin tuyên truyền các sự kiện chính trị đối ngoại quan trọng của quê hương, "
    "đất nước và những sáng kiến, đóng góp của Việt Nam trên các diễn đàn đa phương; triển khai "
    "thực hiện có hiệu quả kế hoạch thỏa thuận hợp tác giữa tỉnh Quảng Trị và Thông tấn xã "
    "Việt Nam trong thời gian tới"
)

# (text, expected sentences).  Corpus sentences first, then constructed ones.
CASES: list[tuple[str, list[str]]] = [
    # --- from the corpus ---
    ("Hoạt động của BCĐ đi vào nền nếp, hiệu quả. Thành viên BCĐ đã dành nhiều công sức, "
     "thời gian, đóng góp có hiệu quả cho hoạt động chung.",
     ["Hoạt động của BCĐ đi vào nền nếp, hiệu quả.",
      "Thành viên BCĐ đã dành nhiều công sức, thời gian, đóng góp có hiệu quả cho hoạt động "
      "chung."]),
    ("Tỉnh ủy, UBND tỉnh có nhiều văn bản chỉ đạo, như Chỉ thị số 01/2013/CT-UBND ngày "
     "23/7/2013 về tăng cường công tác thông tin đối ngoại.",
     ["Tỉnh ủy, UBND tỉnh có nhiều văn bản chỉ đạo, như Chỉ thị số 01/2013/CT-UBND ngày "
      "23/7/2013 về tăng cường công tác thông tin đối ngoại."]),
    ("Mới đây, ngày 15/9, UBND tỉnh ban hành Kế hoạch số 3083/KH-UBND về triển khai thực hiện "
     "Kế hoạch số 106-KH/TU ngày 7/8/2023 của Tỉnh ủy. Trong đó xác định rõ thông tin đối ngoại "
     "cần đi trước.",
     ["Mới đây, ngày 15/9, UBND tỉnh ban hành Kế hoạch số 3083/KH-UBND về triển khai thực hiện "
      "Kế hoạch số 106-KH/TU ngày 7/8/2023 của Tỉnh ủy.",
      "Trong đó xác định rõ thông tin đối ngoại cần đi trước."]),
    ("Không ngừng đổi mới nội dung theo phương châm “Chủ động, đồng bộ, kịp thời, sáng tạo, "
     "hiệu quả”. Ứng dụng mạnh mẽ công nghệ số.",
     ["Không ngừng đổi mới nội dung theo phương châm “Chủ động, đồng bộ, kịp thời, sáng tạo, "
      "hiệu quả”.", "Ứng dụng mạnh mẽ công nghệ số."]),
    ("Đặc biệt là 5 nhiệm vụ giải pháp trọng tâm theo đúng phương châm “chủ động, đồng bộ, kịp "
     "thời, sáng tạo và hiệu quả.” Ban Chỉ đạo đã triển khai.",
     ["Đặc biệt là 5 nhiệm vụ giải pháp trọng tâm theo đúng phương châm “chủ động, đồng bộ, kịp "
      "thời, sáng tạo và hiệu quả.”", "Ban Chỉ đạo đã triển khai."]),
    ("Bộ Chính trị ban hành Kết luận số 57-KL/TW “về tiếp tục nâng cao chất lượng, hiệu quả của "
     "công tác thông tin đối ngoại trong tình hình mới,” nhận thức đã được nâng cao rõ rệt.",
     ["Bộ Chính trị ban hành Kết luận số 57-KL/TW “về tiếp tục nâng cao chất lượng, hiệu quả của "
      "công tác thông tin đối ngoại trong tình hình mới,” nhận thức đã được nâng cao rõ rệt."]),
    ("Số lượng các bài viết về tuyên truyền thông tin đối ngoại chưa nhiều… Để phát huy kết quả "
     "đạt được, BCĐ sẽ tiếp tục rà soát.",
     ["Số lượng các bài viết về tuyên truyền thông tin đối ngoại chưa nhiều…",
      "Để phát huy kết quả đạt được, BCĐ sẽ tiếp tục rà soát."]),
    ("Phối hợp cung cấp thông tin đối với từng nhóm đối tác khác nhau.../.",
     ["Phối hợp cung cấp thông tin đối với từng nhóm đối tác khác nhau.../."]),
    ("Thông tin đậm nét về “bức tranh” kinh tế Việt Nam với nhiều gam màu sáng. Thông tin toàn "
     "diện, kịp thời các hoạt động đối ngoại.",
     ["Thông tin đậm nét về “bức tranh” kinh tế Việt Nam với nhiều gam màu sáng.",
      "Thông tin toàn diện, kịp thời các hoạt động đối ngoại."]),
    ("Tham dự cuộc họp có Trưởng Ban Tuyên giáo Tỉnh ủy Hồ Đại Nam; Phó Chủ tịch UBND tỉnh "
     "Hoàng Nam và các thành viên trong BCĐ.",
     ["Tham dự cuộc họp có Trưởng Ban Tuyên giáo Tỉnh ủy Hồ Đại Nam; Phó Chủ tịch UBND tỉnh "
      "Hoàng Nam và các thành viên trong BCĐ."]),
    ("(QTO) - Sáng nay 7/5/2020, Phó Bí thư Thường trực Tỉnh ủy chủ trì cuộc họp. Tham dự cuộc "
     "họp có các thành viên trong BCĐ.",
     ["(QTO) - Sáng nay 7/5/2020, Phó Bí thư Thường trực Tỉnh ủy chủ trì cuộc họp.",
      "Tham dự cuộc họp có các thành viên trong BCĐ."]),
    ("Ông Nguyễn Trọng Nghĩa, ủy viên Bộ Chính trị, chủ trì hội nghị. (Ảnh: Phương Hoa/TTXVN)",
     ["Ông Nguyễn Trọng Nghĩa, ủy viên Bộ Chính trị, chủ trì hội nghị.",
      "(Ảnh: Phương Hoa/TTXVN)"]),
    ("Giao lưu văn hóa Việt Nam - Lào -Campuchia.",
     ["Giao lưu văn hóa Việt Nam - Lào -Campuchia."]),
    ("Cách thức truyền tải thông điệp theo hướng ngắn gọn, sinh động, thuyết phục...",
     ["Cách thức truyền tải thông điệp theo hướng ngắn gọn, sinh động, thuyết phục..."]),
    ("Đề án tổ chức “Festival vì hòa bình”…", ["Đề án tổ chức “Festival vì hòa bình”…"]),
    ("Các sở, ngành tiếp tục thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị. "
     "Ông nhấn mạnh vai trò của đối ngoại nhân dân.",
     ["Các sở, ngành tiếp tục thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị.",
      "Ông nhấn mạnh vai trò của đối ngoại nhân dân."]),
    ("Năm 2023, các cơ quan báo chí đã đăng tải 1.250 tin, bài, tăng 12,5% so với năm trước. "
     "Sở Ngoại vụ tổ chức 3 lớp bồi dưỡng.",
     ["Năm 2023, các cơ quan báo chí đã đăng tải 1.250 tin, bài, tăng 12,5% so với năm trước.",
      "Sở Ngoại vụ tổ chức 3 lớp bồi dưỡng."]),
    (LONG_NO_PERIOD, [LONG_NO_PERIOD]),
    # --- abbreviations that never end a sentence ---
    ("Hội nghị diễn ra tại TP. Hồ Chí Minh vào ngày 5/10.",
     ["Hội nghị diễn ra tại TP. Hồ Chí Minh vào ngày 5/10."]),
    ("Đoàn làm việc tại Tp. Pleiku. Sau đó đoàn về Kon Tum.",
     ["Đoàn làm việc tại Tp. Pleiku.", "Sau đó đoàn về Kon Tum."]),
    ("Báo cáo do TS. Nguyễn Văn An trình bày.", ["Báo cáo do TS. Nguyễn Văn An trình bày."]),
    ("Hội thảo có PGS.TS. Trần Thị Bình và nhiều chuyên gia.",
     ["Hội thảo có PGS.TS. Trần Thị Bình và nhiều chuyên gia."]),
    ("ThS. Lê Văn Cường phát biểu tại hội nghị.", ["ThS. Lê Văn Cường phát biểu tại hội nghị."]),
    ("Theo GS. Phạm Dũng, thông tin đối ngoại cần đi trước.",
     ["Theo GS. Phạm Dũng, thông tin đối ngoại cần đi trước."]),
    ("Bệnh viện cử BS. Hoàng Em hỗ trợ đoàn công tác.",
     ["Bệnh viện cử BS. Hoàng Em hỗ trợ đoàn công tác."]),
    ("Tác giả cuốn sách là Th.S. Vũ Phong. Sách ra mắt năm 2024.",
     ["Tác giả cuốn sách là Th.S. Vũ Phong.", "Sách ra mắt năm 2024."]),
    ("Đoàn đã thăm St. Petersburg trong chuyến công tác.",
     ["Đoàn đã thăm St. Petersburg trong chuyến công tác."]),
    ("Văn phòng đặt tại Q. 1 và P. Bến Nghé từ năm ngoái.",
     ["Văn phòng đặt tại Q. 1 và P. Bến Nghé từ năm ngoái."]),
    ("Các tỉnh Kon Tum, Gia Lai, Đắk Lắk v.v. đều tham gia hội nghị.",
     ["Các tỉnh Kon Tum, Gia Lai, Đắk Lắk v.v. đều tham gia hội nghị."]),
    ("Có nhiều hoạt động giao lưu, thể thao, văn nghệ v.v. Các hoạt động thu hút đông người dân.",
     ["Có nhiều hoạt động giao lưu, thể thao, văn nghệ v.v.",
      "Các hoạt động thu hút đông người dân."]),
    ("Ông Donald J. Trump đã gửi thư chúc mừng.", ["Ông Donald J. Trump đã gửi thư chúc mừng."]),
    ("Sản phẩm đạt hạng A. Các sản phẩm khác đạt hạng B.",
     ["Sản phẩm đạt hạng A.", "Các sản phẩm khác đạt hạng B."]),
    # --- numbers, dates, document numbers ---
    ("Tổng vốn đăng ký đạt 3.083 tỷ đồng, tăng 1.234,5 tỷ đồng.",
     ["Tổng vốn đăng ký đạt 3.083 tỷ đồng, tăng 1.234,5 tỷ đồng."]),
    ("Kim ngạch đạt 77,59 triệu USD. Con số này tăng mạnh.",
     ["Kim ngạch đạt 77,59 triệu USD.", "Con số này tăng mạnh."]),
    ("Thủ tướng phê duyệt Quyết định số 369/QĐ-BTTTT về quy hoạch. Bộ đã hướng dẫn thực hiện.",
     ["Thủ tướng phê duyệt Quyết định số 369/QĐ-BTTTT về quy hoạch.",
      "Bộ đã hướng dẫn thực hiện."]),
    ("Năm 2023 tăng trưởng tốt. 5 nhiệm vụ trọng tâm đã được đề ra.",
     ["Năm 2023 tăng trưởng tốt.", "5 nhiệm vụ trọng tâm đã được đề ra."]),
    ("Phiên họp bắt đầu lúc 14h30. Ông Minh chủ trì.",
     ["Phiên họp bắt đầu lúc 14h30.", "Ông Minh chủ trì."]),
    ("Lãi suất giảm 0.5 điểm. Thị trường phản ứng tích cực.",
     ["Lãi suất giảm 0.5 điểm.", "Thị trường phản ứng tích cực."]),
    # --- quotations, brackets, ellipses, ?, ! ---
    ('Ông nói: "Chúng ta phải làm tốt hơn." Sau đó ông rời hội nghị.',
     ['Ông nói: "Chúng ta phải làm tốt hơn."', "Sau đó ông rời hội nghị."]),
    ("Ông hỏi: “Tại sao?” rồi im lặng.", ["Ông hỏi: “Tại sao?” rồi im lặng."]),
    ("Đây là nhiệm vụ trọng tâm (theo Kết luận số 57-KL/TW.) Các địa phương cần thực hiện.",
     ["Đây là nhiệm vụ trọng tâm (theo Kết luận số 57-KL/TW.)",
      "Các địa phương cần thực hiện."]),
    ("Có nhiều khó khăn… nhưng tỉnh vẫn hoàn thành nhiệm vụ.",
     ["Có nhiều khó khăn… nhưng tỉnh vẫn hoàn thành nhiệm vụ."]),
    ("Có nhiều khó khăn... nhưng tỉnh vẫn hoàn thành nhiệm vụ.",
     ["Có nhiều khó khăn... nhưng tỉnh vẫn hoàn thành nhiệm vụ."]),
    ("Tại sao phải đổi mới? Vì tình hình đã thay đổi.",
     ["Tại sao phải đổi mới?", "Vì tình hình đã thay đổi."]),
    ("Thật tuyệt vời! Mọi người đều vui mừng.", ["Thật tuyệt vời!", "Mọi người đều vui mừng."]),
    ("Hội nghị kết thúc../. (TTXVN/Vietnam+)", ["Hội nghị kết thúc../.", "(TTXVN/Vietnam+)"]),
    ("Hội nghị đã thành công tốt đẹp./.", ["Hội nghị đã thành công tốt đẹp./."]),
    ("Ảnh: H.L", ["Ảnh: H.L"]),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_split_sentences_table(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected
    assert " ".join(split_sentences(text)) == text


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 40
    assert len(LONG_NO_PERIOD) >= 600 and "." not in LONG_NO_PERIOD


_PIECES = st.sampled_from(
    [
        "TP.", "Tp.", "PGS.TS.", "v.v.", "3.083", "1.234,5", "7/5/2020", "57-KL/TW", "…", "...",
        "../.", ".../.", "“", "”", '"', "(", ")", ".", "?", "!", ",", "Ông", "Hà", "Nội", "hội",
        "nghị", "Đảng", "5", "A.", "J.", "\u00a0", " ", "  ", "Ðảng", "\u200b", "hoà", "ảnh 1",
    ]
)


@settings(max_examples=50, deadline=None)
@given(st.lists(_PIECES, max_size=30).map(" ".join))
def test_split_then_join_gives_the_text_back(raw: str) -> None:
    text = normalize_text(raw)
    pieces = split_sentences(text)
    assert " ".join(pieces) == text
    assert all(p and p == p.strip() for p in pieces)


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet="aăđĐ TPSvJ.?!…”“\"()0123456789/,-\u00a0", max_size=80))
def test_split_join_property_on_raw_characters(raw: str) -> None:
    text = normalize_text(raw)
    assert " ".join(split_sentences(text)) == text


def _texts(text: str, spans: tuple[Span, ...]) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in spans]


def test_names_in_corpus_sentences() -> None:
    text = ("Tham dự cuộc họp có Trưởng Ban Tuyên giáo Tỉnh ủy Hồ Đại Nam; Phó Chủ tịch UBND tỉnh "
            "Hoàng Nam và các thành viên trong BCĐ.")
    assert _texts(text, name_spans(text)) == [("name", "Hồ Đại Nam"), ("name", "Hoàng Nam")]
    text = "Bà Đoàn Thị Tuyết Nhung, Phó Tổng giám đốc Thông tấn xã Việt Nam phát biểu."
    assert _texts(text, name_spans(text)) == [("name", "Đoàn Thị Tuyết Nhung")]
    text = "Ông Nguyễn Trọng Nghĩa, ủy viên Bộ Chính trị, chủ trì hội nghị."
    assert _texts(text, name_spans(text)) == [("name", "Nguyễn Trọng Nghĩa")]


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn công tác đã đến Hà Nội và Hà Tĩnh.",
        "Thành phố Hồ Chí Minh và TP Hồ Chí Minh là một.",
        "Chủ quyền đối với quần đảo Hoàng Sa là không thể tranh cãi.",
        "Đoàn Thanh niên Cộng sản tổ chức hoạt động.",
        "Đoàn công tác của tỉnh Lâm Đồng thăm Hà Lan.",
        "Ban Chỉ đạo Công tác thông tin Đối ngoại tổ chức Hội nghị.",
        "Thu Hà",
    ],
)
def test_places_and_organisations_are_not_names(text: str) -> None:
    assert name_spans(text) == ()


def test_person_named_like_a_city_is_still_a_name() -> None:
    text = "Tư tưởng, đạo đức, phong cách của Hồ Chí Minh tới bạn bè quốc tế."
    assert _texts(text, name_spans(text)) == [("name", "Hồ Chí Minh")]


def test_document_numbers_and_urls_are_code() -> None:
    text = ("Chỉ thị số 01/2013/CT-UBND, Kết luận số 57-KL/TW, Quyết định số 369/QĐ-TTg, "
            "ngày 7/8/2023, xem https://example.vn/a.")
    assert _texts(text, code_spans(text)) == [
        ("code", "01/2013/CT-UBND"), ("code", "57-KL/TW"), ("code", "369/QĐ-TTg"),
    ]
    assert _texts(text, url_spans(text)) == [("url", "https://example.vn/a")]


@pytest.mark.parametrize(
    ("text", "prefix"),
    [
        ("(QTO) - Sáng nay 7/5/2020, Phó Bí thư chủ trì.", "(QTO) -"),
        ("HÀ NỘI (TTXVN) – Chiều 17/7, hội nghị diễn ra.", "HÀ NỘI (TTXVN) –"),
        ("VOV.VN - Sáng 5/10, đoàn đến Pleiku.", "VOV.VN -"),
        ("(Ảnh: TTXVN) - không phải tiền tố", ""),
        ("Sáng nay (7/5) - hội nghị diễn ra.", ""),
    ],
)
def test_source_prefix(text: str, prefix: str) -> None:
    assert text[: source_prefix_end(text)] == prefix


def test_protected_spans_are_sorted_and_disjoint() -> None:
    text = ("(QTO) - Sáng nay, Phó Bí thư Nguyễn Đăng Quang ký Kế hoạch số 106-KH/TU; "
            "xem www.baoquangtri.vn.")
    spans = protected_spans(text, source_prefix=True)
    assert _texts(text, spans) == [
        ("code", "(QTO) -"), ("name", "Nguyễn Đăng Quang"), ("code", "106-KH/TU"),
        ("url", "www.baoquangtri.vn"),
    ]
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))
    assert protected_spans(text)[0].kind == "name"  # no prefix unless asked
