"""Reading real and messy articles into the Article model: blocks, segments, errors."""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ttdn_i18n.errors import SourceError
from ttdn_i18n.model import Article, Block, BlockType
from ttdn_i18n.sources import (
    NotVietnameseError,
    boilerplate_reason,
    decode_bytes,
    find_articles,
    load_article,
    parse_article,
    parse_dateline,
)
from ttdn_i18n.sources.langid import detect_language, foreign_language
from ttdn_i18n.sources.normalize import canonical

B = BlockType
ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples" / "articles"


def corpus(name: str) -> Path:
    path = SHARED / "corpus" / name
    if not path.exists():
        pytest.skip(f"../shared not found: {path} is one of the real test articles")
    return path


def types(article: Article) -> list[str]:
    return [b.type.value for b in article.blocks]


def of_type(article: Article, btype: BlockType) -> list[Block]:
    return [b for b in article.blocks if b.type is btype]


# --- the real corpus -------------------------------------------------------------------------


def test_kontum_blocks() -> None:
    a = load_article(corpus("articles/kontum-2023-09-24.txt"))
    assert types(a) == (
        ["title", "dateline", "lead"] + ["paragraph"] * 3 + ["caption"] + ["paragraph"] * 5
        + ["caption"] + ["paragraph"] * 10 + ["byline", "boilerplate"]
    )
    assert a.title == "Phát huy hiệu quả công tác thông tin đối ngoại"
    assert a.date == "2023-09-24T13:39"
    assert a.id == "kontum-2023-09-24" and a.format == "txt" and a.language == "vi"
    date = of_type(a, B.DATELINE)[0].segments
    assert [(s.text, s.translate, s.reason) for s in date] == [("24/09/2023 13:39", False, "date")]
    assert of_type(a, B.LEAD)[0].text.startswith("Thông tin đối ngoại luôn được xác định")
    captions = [
        [(s.text, s.translate, s.reason) for s in b.segments] for b in of_type(a, B.CAPTION)
    ]
    assert captions == [
        [("Giao lưu văn hóa Việt Nam - Lào -Campuchia.", True, ""),
         ("Ảnh: H.L", False, "photo credit")],
        [("Trường hữu nghị Việt Nam- Lào tại tỉnh Attapư (Lào).", True, ""),
         ("Ảnh: HL", False, "photo credit")],
    ]
    (byline,) = of_type(a, B.BYLINE)
    assert [(s.text, s.translate, s.reason) for s in byline.segments] == [
        ("Hồng Lam", False, "byline (name)")
    ]
    (junk,) = a.boilerplate
    assert (junk.text, junk.reason) == ("Chuyên mục khác", "related-articles header")


def test_kontum_lookalike_eth_and_nbsp_lines() -> None:
    a = load_article(corpus("articles/kontum-2023-09-24.txt"))
    raw = corpus("articles/kontum-2023-09-24.txt").read_text(encoding="utf-8")
    assert "\u00d0" in raw and "\u00a0" in raw  # the test is about something real
    every = " ".join(b.text for b in a.blocks) + " ".join(s.text for s in a.segments)
    assert "\u00d0" not in every and "\u00a0" not in every
    assert of_type(a, B.LEAD)[0].text.endswith("trong công tác đối ngoại Đảng, ngoại giao Nhà "
                                                "nước, ngoại giao nhân dân.")
    assert all(b.text for b in a.blocks)  # the NBSP-only lines made no blocks


def test_quangtri_blocks_prefix_names_and_source_byline() -> None:
    a = load_article(corpus("articles/quangtri-2020-05-08.txt"))
    assert types(a) == ["title", "dateline", "lead", "caption"] + ["paragraph"] * 7 + ["byline"]
    assert a.date == "2020-05-08T07:48"
    assert of_type(a, B.DATELINE)[0].text == "08/05/2020 07:48 AM"
    lead = of_type(a, B.LEAD)[0].segments[0]
    protected = [(p.kind, lead.text[p.start : p.end]) for p in lead.protected]
    assert protected == [("code", "(QTO) -"), ("name", "Nguyễn Đăng Quang")]
    assert lead.text.startswith("(QTO) - Sáng nay 7/5/2020")  # kept in the text
    names = {s.text[p.start : p.end] for s in a.segments for p in s.protected if p.kind == "name"}
    assert names == {"Nguyễn Đăng Quang", "Hồ Đại Nam", "Hoàng Nam"}
    caption = of_type(a, B.CAPTION)[0].segments
    assert [(s.text, s.translate) for s in caption] == [
        ("Phó Bí thư Thường trực Tỉnh ủy Nguyễn Đăng Quang phát biểu tại cuộc họp", True),
        ("- Ảnh: QUANG HIỆP", False),
    ]
    (byline,) = of_type(a, B.BYLINE)
    assert [(s.text, s.translate) for s in byline.segments] == [("Theo Báo Quảng Trị", True)]


def test_ttxvn_text_blocks() -> None:
    a = load_article(corpus("articles/ttxvn-2024-07-17.txt"))
    assert types(a)[:4] == ["title", "lead", "caption", "paragraph"]
    assert types(a)[-2:] == ["byline", "boilerplate"]
    assert a.date == "" and not of_type(a, B.DATELINE)
    credits = [s.text for b in of_type(a, B.CAPTION) for s in b.segments if not s.translate]
    assert credits == ["(Ảnh: Phương Hoa/TTXVN)"] * 3
    (byline,) = of_type(a, B.BYLINE)
    assert [(s.text, s.translate, s.reason) for s in byline.segments] == [
        ("(TTXVN/Vietnam+)", False, "source tag")
    ]
    assert a.boilerplate[0].text == "Tin cùng chuyên mục"
    last = of_type(a, B.PARAGRAPH)[-1].segments[-1].text
    assert last.endswith("đối với từng nhóm đối tác khác nhau.../.")


def test_ttxvn_html_page() -> None:
    a = load_article(corpus("html/ttxvn-2024-07-17.html"))
    assert a.format == "html" and a.url == ""
    assert a.title == "Nâng cao tính chuyên nghiệp, hiệu quả, sát thực tiễn của thông tin đối ngoại"
    assert of_type(a, B.LEAD)[0].text.startswith("Chiều 17/7, dưới sự chủ trì")
    assert len(of_type(a, B.CAPTION)) == 3
    assert [s.reason for s in of_type(a, B.BYLINE)[0].segments] == ["source tag"]
    aside = {b.reason: b.text for b in a.boilerplate}
    assert aside["script"].startswith(("window.dataLayer", "<script src="))
    assert sum(b.reason == "script" for b in a.boilerplate) == 2
    assert "style sheet" in aside and "site footer" in aside
    assert aside["site header or footer"].startswith("Vietnam+ Trang chủ Chính trị")
    related = [b.text for b in a.boilerplate if b.reason == "related-articles list"]
    assert related[0] == "Tin cùng chuyên mục" and related[1].startswith("Tin liên quan Hội thảo")
    content = " ".join(b.text for b in a.content_blocks)
    for junk in ("Trang chủ", "dataLayer", "Bản quyền", "Tin liên quan", "font-family"):
        assert junk not in content


def test_html_and_text_copies_of_one_article_agree() -> None:
    txt = load_article(corpus("articles/ttxvn-2024-07-17.txt"))
    html = load_article(corpus("html/ttxvn-2024-07-17.html"))

    def shape(a: Article) -> list[tuple[BlockType, tuple[str, ...]]]:
        return [(b.type, tuple(s.text for s in b.segments)) for b in a.content_blocks]

    assert shape(txt) == shape(html)


def test_ids_keys_checksum_and_determinism() -> None:
    path = corpus("articles/quangtri-2020-05-08.txt")
    a, again = load_article(path), load_article(path)
    assert a == again
    assert a.checksum == hashlib.sha256(path.read_bytes()).hexdigest()
    assert [b.index for b in a.blocks] == list(range(len(a.blocks)))
    for b in a.blocks:
        expected = [f"b{b.index}.s{n}" for n in range(1, len(b.segments) + 1)]
        assert [s.id for s in b.segments] == expected
        assert " ".join(s.text for s in b.segments) in ("", b.text)
    assert all(s.key == canonical(s.text) for s in a.segments)


def _old_tone(text: str) -> str:
    """Move tones of open "oa/oe/uy" syllables onto the second vowel ("hòa" -> "hoà")."""
    tones = "\u0300\u0301\u0303\u0309\u0323"

    def move(m: re.Match[str]) -> str:
        word = m.group(0)
        d = unicodedata.normalize("NFD", word)
        bare = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
        marks = [c for c in d if c in tones]
        if len(marks) != 1 or not bare.lower().endswith(("oa", "oe", "uy")) or "qu" in bare.lower():
            return word
        return bare[:-1] + unicodedata.normalize("NFC", bare[-1] + marks[0])

    return re.sub(r"\w+", move, text)


def test_nfd_and_old_tone_copies_give_identical_keys(tmp_path: Path) -> None:
    original = corpus("articles/kontum-2023-09-24.txt").read_text(encoding="utf-8")
    old = _old_tone(original)
    assert old != original and "hoà" in old and "hóa" not in old
    (tmp_path / "nfd.txt").write_text(unicodedata.normalize("NFD", original), encoding="utf-8")
    (tmp_path / "old.txt").write_text(old, encoding="utf-8")
    (tmp_path / "new.txt").write_text(original, encoding="utf-8")
    keys = {
        name: [s.key for s in load_article(tmp_path / f"{name}.txt").segments]
        for name in ("nfd", "old", "new")
    }
    assert keys["nfd"] == keys["new"] == keys["old"]
    nfd = load_article(tmp_path / "nfd.txt")
    new = load_article(tmp_path / "new.txt")
    assert [s.text for s in nfd.segments] == [s.text for s in new.segments]


# --- encodings --------------------------------------------------------------------------------

SENTENCE = "Thông tin đối ngoại là bộ phận quan trọng của công tác đối ngoại Đảng, hài hoà."


def _cp1258(text: str) -> bytes:
    """Windows-1258 spells tones as combining marks after a base letter (with ^, ˘, +)."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        out.append(unicodedata.normalize("NFC", "".join(c for c in d if c not in tones)))
        out.append("".join(c for c in d if c in tones))
    return "".join(out).encode("cp1258")


def _article_text(title: str = "Tiêu đề bài viết") -> str:
    return f"{title}\n\n{SENTENCE}\n\nCác cơ quan báo chí đẩy mạnh tuyên truyền về chủ quyền.\n"


def test_cp1258_needs_the_encoding_option(tmp_path: Path) -> None:
    data = _cp1258(_article_text())
    with pytest.raises(UnicodeEncodeError):
        SENTENCE.encode("cp1258")  # precomposed tones do not exist in Windows-1258
    path = tmp_path / "legacy.txt"
    path.write_bytes(data)
    bad = next(i for i, byte in enumerate(data) if byte >= 0x80)
    with pytest.raises(SourceError) as exc:
        load_article(path)
    assert str(exc.value) == (
        f"`{path}` is not valid UTF-8 (byte 0x{data[bad]:02x} at offset {bad}); pass --encoding "
        "cp1258 (or the right encoding) if it is a legacy file"
    )
    a = load_article(path, encoding="cp1258")
    assert a.segments[1].text == SENTENCE
    assert unicodedata.is_normalized("NFC", a.segments[1].text)


@pytest.mark.parametrize(
    ("prefix", "codec"),
    [(b"", "utf-8"), (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
     (codecs.BOM_UTF16_BE, "utf-16-be")],
)
def test_boms_are_detected(prefix: bytes, codec: str) -> None:
    text = _article_text()
    assert decode_bytes(prefix + text.encode(codec), encoding=None, name="a.txt") == text


def test_utf16_without_bom_and_unknown_encoding_are_rejected() -> None:
    with pytest.raises(SourceError) as exc:
        decode_bytes("Tin".encode("utf-16-le"), encoding=None, name="a.txt")
    assert str(exc.value) == (
        "`a.txt` contains NUL bytes, so it is probably UTF-16 without a byte-order mark; pass "
        "--encoding utf-16-le (or utf-16-be)"
    )
    with pytest.raises(SourceError) as exc:
        decode_bytes(b"abc", encoding="tcvn-9", name="a.txt")
    assert str(exc.value) == (
        "unknown encoding 'tcvn-9'; pass a Python codec name such as utf-8 or cp1258"
    )


def test_double_encoded_text_is_rejected_not_passed_on() -> None:
    mojibake = SENTENCE.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8")
    with pytest.raises(SourceError) as exc:
        decode_bytes(mojibake, encoding=None, name="a.txt")
    assert str(exc.value).startswith("`a.txt` looks double-encoded (mojibake such as '")


def test_html_declared_legacy_charset_is_honoured(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="windows-1258"></head><body><h1>Tiêu đề</h1>'
        f"<p>{SENTENCE}</p></body></html>"
    )
    path = tmp_path / "legacy.html"
    path.write_bytes(_cp1258(page))
    assert [s.text for s in load_article(path).segments] == ["Tiêu đề", SENTENCE]


# --- errors -----------------------------------------------------------------------------------


def _error(path: Path, **kwargs: object) -> str:
    with pytest.raises(SourceError) as exc:
        load_article(path, **kwargs)  # type: ignore[arg-type]
    return str(exc.value)


def test_empty_whitespace_and_boilerplate_only_files(tmp_path: Path) -> None:
    empty = tmp_path / "a.txt"
    empty.write_bytes(b"")
    assert _error(empty) == f"`{empty}` is empty; nothing to translate"
    blank = tmp_path / "b.txt"
    blank.write_text(" \n\u00a0\u00a0\n\t\n", encoding="utf-8")
    assert _error(blank) == f"`{blank}` is empty; nothing to translate"
    junk = tmp_path / "c.html"
    junk.write_text("<html><body><nav>Trang chủ</nav><footer>© Báo</footer></body></html>",
                    encoding="utf-8")
    assert _error(junk) == (
        f"`{junk}` holds only boilerplate (navigation menu, site footer); nothing to translate"
    )


def test_missing_unsupported_and_folder_paths(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert _error(missing) == f"`{missing}` does not exist; check the path"
    docx = tmp_path / "x.docx"
    docx.write_bytes(b"PK")
    assert _error(docx) == (
        f"`{docx}` is not a supported article type (.txt, .html, .htm, .md); "
        "save it as text or HTML"
    )
    assert _error(tmp_path) == f"`{tmp_path}` is a folder; pass one article file"


def test_non_vietnamese_article_needs_force(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text(
        "External information work in the new period\n\n"
        "The steering committee met on Wednesday to review the work of the first six months "
        "and to set out the tasks for the rest of the year.\n",
        encoding="utf-8",
    )
    assert _error(path) == (
        f"`{path}` looks like English, not Vietnamese; pass --force to translate it anyway"
    )
    with pytest.raises(NotVietnameseError):
        load_article(path)
    assert load_article(path, force=True).language == "en"


# --- finding articles -------------------------------------------------------------------------


def test_find_articles_recursive_sorted_and_filtered(tmp_path: Path) -> None:
    for name in ("b.txt", "a.html", "sub/c.md", "sub/deeper/d.htm", ".hidden/e.txt", ".f.txt",
                 "notes.docx", "README.md", "sub/x.TXT"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = find_articles([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "a.html", "b.txt", "sub/c.md", "sub/x.TXT", "sub/deeper/d.htm",
    ]
    assert find_articles([tmp_path / "b.txt", str(tmp_path / "a.html")]) == [
        tmp_path / "a.html", tmp_path / "b.txt",
    ]
    assert find_articles([tmp_path / "b.txt", tmp_path]) == found


def test_find_articles_errors(tmp_path: Path) -> None:
    with pytest.raises(SourceError) as exc:
        find_articles([tmp_path / "missing"])
    assert str(exc.value) == f"`{tmp_path / 'missing'}` does not exist; check the path"
    (tmp_path / "x.docx").write_bytes(b"PK")
    with pytest.raises(SourceError) as exc:
        find_articles([tmp_path / "x.docx"])
    assert str(exc.value) == (
        f"`{tmp_path / 'x.docx'}` is not a supported article type (.txt, .html, .htm, .md); "
        "save it as text or HTML"
    )
    with pytest.raises(SourceError) as exc:
        find_articles([tmp_path])
    assert str(exc.value) == (
        f"`{tmp_path}` holds no articles (.txt, .html, .htm, .md); point to a file or a folder "
        "that has some"
    )


def test_find_articles_on_the_corpus() -> None:
    found = find_articles([corpus("articles"), corpus("html")])
    assert [p.name for p in found] == [
        "kontum-2023-09-24.txt", "quangtri-2020-05-08.txt", "ttxvn-2024-07-17.txt",
        "ttxvn-2024-07-17.html",
    ]


# --- messy inputs -----------------------------------------------------------------------------

MESSY_HTML = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html><head><title>Hội nghị | Báo Mẫu</title>
<meta property="og:url" content="https://bao.example.vn/hoi-nghi.html">
<script>var secret = "không dịch";</script>
</head>
<body onload="track()">
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/chinh-tri">Chính trị</a></div>
<div class="main-wrapper">
<h1>Hội nghị thông tin đối ngoại các tỉnh Tây Nguyên</h1>
<div class="detail-time">Thứ Bảy, 05/10/2024 08:30 (GMT+7)</div>
<div class="audio-player">Nghe bài viết 0:00 / 0:00</div>
<p>0:00 / 0:00</p>
<h2 class="sapo">Sáng 5/10, tại TP. Pleiku, Ban Chỉ đạo công tác thông tin đối ngoại các tỉnh
Tây Nguyên tổ chức hội nghị.</h2>
<!-- <p>Bản nháp: không được đăng</p> -->
<p onclick="alert('hack')" onmouseover="steal()">Ông Trần Văn Minh cho biết các tỉnh đã phối
hợp chặt chẽ.<!-- ẩn --> Thành phố Hồ Chí Minh cũng tham gia.</p>
<p>Thủ tướng phát biểu tại hội nghị. ảnh 1</p>
<figure><img src="a.jpg" alt="Đại biểu dự hội nghị"><figcaption>Đại biểu dự hội nghị. Ảnh: TTXVN
</figcaption></figure>
<p>Đại biểu dự hội nghị. Ảnh: TTXVN</p>
<h2>Những kết quả chính</h2>
<ul><li>Tăng cường hợp tác truyền thông.</li><li>Đẩy mạnh chuyển đổi số.</li></ul>
<div class="social-share"><a>Chia sẻ</a> <a>Facebook</a> <a>Zalo</a></div>
<div style="display:none">Nhà cái uy tín bet365</div>
<p class="author">Minh Anh</p>
<h3>Tin cùng chuyên mục</h3>
<ul>
<li><a href="/1">Kon Tum đẩy mạnh thông tin đối ngoại ( 04/10 )</a></li>
<li><a href="/2">Gia Lai tổ chức giao lưu văn hóa ( 03/10 )</a></li>
</ul>
</div>
<footer>Copyright © 2024 Báo Mẫu</footer>
<script src="/app.js"></script>
</body></html>
"""


def test_messy_html_page(tmp_path: Path) -> None:
    path = tmp_path / "messy.html"
    path.write_text(MESSY_HTML, encoding="utf-8")
    a = load_article(path)
    assert a.url == "https://bao.example.vn/hoi-nghi.html"
    assert a.date == "2024-10-05T08:30"
    content = [(b.type.value, b.text) for b in a.content_blocks]
    assert content == [
        ("title", "Hội nghị thông tin đối ngoại các tỉnh Tây Nguyên"),
        ("dateline", "Thứ Bảy, 05/10/2024 08:30 (GMT+7)"),
        ("lead", "Sáng 5/10, tại TP. Pleiku, Ban Chỉ đạo công tác thông tin đối ngoại các tỉnh "
                 "Tây Nguyên tổ chức hội nghị."),
        ("paragraph", "Ông Trần Văn Minh cho biết các tỉnh đã phối hợp chặt chẽ. Thành phố Hồ "
                      "Chí Minh cũng tham gia."),
        ("caption", "Thủ tướng phát biểu tại hội nghị. ảnh 1"),
        ("caption", "Đại biểu dự hội nghị. Ảnh: TTXVN"),
        ("heading", "Những kết quả chính"),
        ("list-item", "Tăng cường hợp tác truyền thông."),
        ("list-item", "Đẩy mạnh chuyển đổi số."),
        ("byline", "Minh Anh"),
    ]
    aside = [(b.reason, b.text) for b in a.boilerplate]
    assert aside == [
        ("page <title> (the <h1> is the title)", "Hội nghị | Báo Mẫu"),
        ("script", 'var secret = "không dịch";'),
        ("navigation menu", "Trang chủ » Chính trị"),
        ("media player or page tools", "Nghe bài viết 0:00 / 0:00"),
        ("media-player residue (time counter)", "0:00 / 0:00"),
        ("caption repeated (second copy)", "Đại biểu dự hội nghị. Ảnh: TTXVN"),
        ("share buttons", "Chia sẻ Facebook Zalo"),
        ("hidden element", "Nhà cái uy tín bet365"),
        ("related-articles header", "Tin cùng chuyên mục"),
        ("related headline with a date", "Kon Tum đẩy mạnh thông tin đối ngoại ( 04/10 )"),
        ("related headline with a date", "Gia Lai tổ chức giao lưu văn hóa ( 03/10 )"),
        ("site footer", "Copyright © 2024 Báo Mẫu"),
        ("script", '<script src="/app.js">'),
    ]
    every = " ".join(b.text for b in a.content_blocks)
    for leaked in ("alert", "steal", "track", "Bản nháp", "ẩn", "không dịch"):
        assert leaked not in every
    numbered = of_type(a, B.CAPTION)[0].segments
    assert [(s.text, s.translate, s.reason) for s in numbered] == [
        ("Thủ tướng phát biểu tại hội nghị.", True, ""),
        ("ảnh 1", False, "image number (page residue)"),
    ]
    names = [s.text[p.start : p.end] for s in a.segments for p in s.protected if p.kind == "name"]
    assert names == ["Trần Văn Minh", "Minh Anh"]


MESSY_TXT = """Trang chủ > Thời sự > Đối ngoại
Trang chủ
Thời sự
Kinh tế
Xã hội
Văn hóa

Kon Tum tăng cường thông tin đối ngoại
Thứ Năm, 12/3/2024 - 09:15 (GMT+7)
Bài và ảnh: Hồng Lam
0:00 / 0:00
Chia sẻ Facebook Zalo
Sáng 12/3, tỉnh Kon Tum tổ chức hội nghị triển khai công tác thông tin đối ngoại năm 2024.

Quang cảnh hội nghị. Ảnh: TTXVN
Quang cảnh hội nghị. Ảnh: TTXVN

Ông nói: "We will strengthen cooperation with all partners in the region."

Hội nghị đã thống nhất nhiều giải pháp đẩy mạnh thông tin đối ngoại trên địa bàn tỉnh
và tăng cường phối hợp với các tỉnh bạn.

(TTXVN)

Tin liên quan
Gia Lai đẩy mạnh thông tin đối ngoại ( 04/10 )
Đắk Lắk tổ chức hội nghị giao ban báo chí
© Bản quyền thuộc về Báo Kon Tum. Ghi rõ nguồn khi phát hành lại.
"""


def test_messy_text_copy(tmp_path: Path) -> None:
    path = tmp_path / "messy.txt"
    path.write_text(MESSY_TXT, encoding="utf-8")
    a = load_article(path)
    assert [(b.type.value, b.text) for b in a.content_blocks] == [
        ("title", "Kon Tum tăng cường thông tin đối ngoại"),
        ("dateline", "Thứ Năm, 12/3/2024 - 09:15 (GMT+7)"),
        ("byline", "Bài và ảnh: Hồng Lam"),
        ("lead", "Sáng 12/3, tỉnh Kon Tum tổ chức hội nghị triển khai công tác thông tin đối "
                 "ngoại năm 2024."),
        ("caption", "Quang cảnh hội nghị. Ảnh: TTXVN"),
        ("paragraph", 'Ông nói: "We will strengthen cooperation with all partners in the region."'),
        ("paragraph", "Hội nghị đã thống nhất nhiều giải pháp đẩy mạnh thông tin đối ngoại trên "
                      "địa bàn tỉnh và tăng cường phối hợp với các tỉnh bạn."),
        ("byline", "(TTXVN)"),
    ]
    assert a.date == "2024-03-12T09:15"
    assert [(b.reason, b.text) for b in a.boilerplate] == [
        ("navigation (breadcrumb)", "Trang chủ > Thời sự > Đối ngoại"),
        ("navigation (breadcrumb)", "Trang chủ"),
        ("navigation menu (5 short link lines)", "Thời sự"),
        ("navigation menu (5 short link lines)", "Kinh tế"),
        ("navigation menu (5 short link lines)", "Xã hội"),
        ("navigation menu (5 short link lines)", "Văn hóa"),
        ("media-player residue (time counter)", "0:00 / 0:00"),
        ("share and print buttons", "Chia sẻ Facebook Zalo"),
        ("caption repeated (second copy)", "Quang cảnh hội nghị. Ảnh: TTXVN"),
        ("related-articles header", "Tin liên quan"),
        ("related headline with a date", "Gia Lai đẩy mạnh thông tin đối ngoại ( 04/10 )"),
        ("related-articles list (after 'Tin liên quan': 1 headline)",
         "Đắk Lắk tổ chức hội nghị giao ban báo chí"),
        ("copyright line or site footer",
         "© Bản quyền thuộc về Báo Kon Tum. Ghi rõ nguồn khi phát hành lại."),
    ]
    byline = of_type(a, B.BYLINE)[0].segments[0]
    assert (byline.translate, byline.reason) == (False, "byline (name)")
    quote = of_type(a, B.PARAGRAPH)[0].segments[0]
    assert [f.code for f in quote.flags] == ["foreign-language"]
    assert quote.flags[0].message.startswith("this sentence looks like English (en, p=")
    assert not quote.send_to_mt


def test_vietnamese_with_many_proper_nouns_is_not_foreign() -> None:
    for name in ("kontum-2023-09-24.txt", "quangtri-2020-05-08.txt", "ttxvn-2024-07-17.txt"):
        a = load_article(corpus(f"articles/{name}"))
        assert not [f for s in a.segments for f in s.flags if f.code == "foreign-language"]


def test_markdown_article() -> None:
    a = load_article(EXAMPLES / "giao-luu-huu-nghi.md")
    assert types(a) == ["title", "dateline", "lead", "paragraph", "caption", "heading",
                        "list-item", "list-item", "list-item", "byline"]
    assert a.date == "2024-05-20"
    caption = of_type(a, B.CAPTION)[0].segments
    assert [(s.text, s.translate) for s in caption] == [
        ("Hai đoàn chụp ảnh lưu niệm.", True), ("Ảnh: N.K", False),
    ]
    assert of_type(a, B.LIST_ITEM)[0].text == "Ký biên bản ghi nhớ hợp tác giai đoạn 2024 – 2028."


def test_markdown_syntax_is_not_text() -> None:
    md = """---
title: Bản nháp
---
Tiêu đề dùng kiểu setext
========================

Đoạn **mở đầu** với [liên kết](https://example.vn) và `mã` của *bài viết* về hợp tác.

<!-- ghi chú
nội bộ -->

```
print("không dịch")
```

Mục thứ hai
-----------

1. Một mục đánh số.
* Một mục gạch đầu dòng.

![](/img/trong.jpg)

*Ảnh: Minh Đức*
"""
    a = parse_article(md, fmt="md", article_id="x")
    assert [(b.type.value, b.text) for b in a.blocks] == [
        ("boilerplate", "title: Bản nháp"),
        ("title", "Tiêu đề dùng kiểu setext"),
        ("lead", "Đoạn mở đầu với liên kết và mã của bài viết về hợp tác."),
        ("boilerplate", "<!-- ghi chú nội bộ -->"),
        ("boilerplate", 'print("không dịch")'),
        ("heading", "Mục thứ hai"),
        ("list-item", "Một mục đánh số."),
        ("list-item", "Một mục gạch đầu dòng."),
        ("boilerplate", "/img/trong.jpg"),
        ("caption", "Ảnh: Minh Đức"),
    ]
    assert [b.reason for b in a.boilerplate] == [
        "front matter (metadata)", "HTML comment", "code block", "image without a caption",
    ]
    assert [(s.translate, s.reason) for s in a.blocks[-1].segments] == [(False, "photo credit")]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("24/09/2023 13:39", "2023-09-24T13:39"),
        ("08/05/2020 07:48 AM", "2020-05-08T07:48"),
        ("08/05/2020 07:48 PM", "2020-05-08T19:48"),
        ("Thứ Hai, 12/3/2024 - 09:15 (GMT+7)", "2024-03-12T09:15"),
        ("Cập nhật: 09:15 ngày 12/03/2024", "2024-03-12T09:15"),
        ("Chủ nhật, ngày 7/5/2020", "2020-05-07"),
        ("2024-07-17T10:05:00+07:00", "2024-07-17T10:05"),
        ("32/13/2024", ""),
        ("Sáng 7/5/2020, hội nghị diễn ra", ""),
        # a counter printed on the date's line, before or after it
        ("05/07/2024 14:00 | 1.997 lượt xem", "2024-07-05T14:00"),
        ("Thứ Sáu, 05/07/2024 - 14:00 (GMT+7) · 👁 2.310", "2024-07-05T14:00"),
        ("312 lượt đọc - Ngày 16/04/2024", "2024-04-16"),
        ("Cập nhật: 09:15 ngày 12/03/2024 | Lượt xem: 87 | 3 bình luận", "2024-03-12T09:15"),
        ("1.997 lượt xem", ""),
        ("05/07/2024 14:00 | Tin tức", ""),
    ],
)
def test_parse_dateline(text: str, iso: str) -> None:
    assert parse_dateline(text) == iso


@pytest.mark.parametrize(
    "line",
    [
        # number first, label first, bracketed, thousands with "." or ",", K/M suffixes
        "1.997 lượt xem",
        "45 lượt đọc",
        "12.804 lượt thích",
        "3 bình luận",
        "1,2K views",
        "2.3k lượt chia sẻ",
        "Lượt xem: 1.997",
        "LƯỢT ĐỌC 6319",
        "(Lượt đọc: 6319)",
        "Số lượt xem: 4254",
        "Tổng lượt truy cập: 5.881.263",
        "Đang truy cập: 12",
        "Views: 870",
        # several on one line, with separators or icons
        "1.997 lượt xem | 12 bình luận",
        "12 bình luận • 5 lượt thích • 3 lượt chia sẻ",
        "1997 views · 3 comments",
        "👁 1.997",
        "👁️ 1.997 lượt xem",
        "♥ 12 · 💬 3",
        "👍 240 💬 18 ↗ 5",
    ],
)
def test_counter_lines_are_page_furniture(line: str) -> None:
    assert boilerplate_reason(line) == "view counter"


@pytest.mark.parametrize(
    "line",
    [
        # article text that counts things is not a counter
        "Trong 8 tháng đầu năm 2024, tỉnh đón khoảng 420.000 lượt khách Hàn Quốc.",
        "420.000 lượt khách",
        "Mỗi ngày có từ 300 đến 500 lượt người dân Lào sang mua hàng.",
        "Chương trình thu hút hàng triệu lượt nghe, xem mỗi tháng.",
        "Xem 1.997",
        "1.997",
        "12 tỉnh biên giới",
    ],
)
def test_text_with_counts_is_not_a_counter(line: str) -> None:
    assert boilerplate_reason(line) != "view counter"


@pytest.mark.parametrize(
    "counter",
    ["1.997 lượt xem", "👁 2.310 | 💬 4", "Lượt đọc: 512", "86 bình luận - 1,2K lượt thích"],
)
def test_counter_between_headline_and_lead_of_a_paste(counter: str) -> None:
    """A counter under the date of a pasted article is set aside; the prefixed sapo after
    it stays the lead (the counter is not taken for the first paragraph)."""
    text = (
        "Trang chủ\nQuốc phòng\n\nHải quân hai nước tuần tra chung trên vùng nước lịch sử\n"
        f"30/05/2024 07:20\n{counter}\n\n"
        "QĐND - Từ ngày 27 đến 29/5, hải quân hai nước tổ chức tuần tra chung lần thứ 58.\n\n"
        "Trong quá trình tuần tra, hai bên đã trao đổi thông tin và phối hợp kiểm tra.\n\n"
        "HỒNG QUÂN\n"
    )
    a = parse_article(text, fmt="txt", article_id="c")
    assert [b.type.value for b in a.content_blocks] == [
        "title", "dateline", "lead", "paragraph", "byline"
    ]
    assert [(b.reason, b.text) for b in a.boilerplate][-1] == ("view counter", counter)


def test_counter_on_the_date_line_is_not_translated() -> None:
    text = (
        "Hải quân hai nước tuần tra chung trên vùng nước lịch sử\n"
        "30/05/2024 07:20 | 6.670 lượt xem | 2 bình luận\n\n"
        "QĐND - Từ ngày 27 đến 29/5, hải quân hai nước tổ chức tuần tra chung lần thứ 58.\n"
    )
    a = parse_article(text, fmt="txt", article_id="d")
    date = a.content_blocks[1]
    assert date.type is B.DATELINE and a.date == "2024-05-30T07:20"
    assert [s.translate for s in date.segments] == [False]


def test_bracketed_theo_line_is_the_source() -> None:
    text = (
        "Bảo hộ công dân gặp nạn tại nước bạn\n\n"
        "Ngày 29/8, Tổng Lãnh sự quán đã phối hợp với chính quyền sở tại giải quyết vụ việc.\n\n"
        "Tổng Lãnh sự quán khuyến cáo công dân tuân thủ luật lệ giao thông sở tại.\n\n"
        "(Theo Cục Lãnh sự)\n\nBản in Gửi email Quay lại\n"
    )
    a = parse_article(text, fmt="txt", article_id="t")
    assert (a.content_blocks[-1].type, a.content_blocks[-1].text) == (
        B.BYLINE, "(Theo Cục Lãnh sự)"
    )


OLD_CMS_HTML = """<html><head><meta charset="utf-8"><title>Hợp tác Việt - Lào | Báo Tỉnh</title>
<link rel="canonical" href="https://baotinh.vn/hop-tac.htm"></head>
<body>
<div id="top-menu"><ul><li>Trang chủ</li><li>Chính trị</li></ul></div>
<div class="content">
<div class="title-detail">Chính trị</div>
<div class="sapo">Đoàn công tác của tỉnh làm việc với tỉnh <b>Atta</b>pư
(<strong>Lào</strong>).</div>
<table class="image"><tr><td><img src="x.jpg"></td></tr>
<tr><td class="image_desc">Hai bên ký biên bản ghi nhớ. Ảnh: © Reuters</td></tr></table>
<div>Hai bên thống nhất tăng cường hợp tác.<br><br>Bình luận của báo chí quốc tế về Việt Nam
rất tích cực.</div>
<p>Bình luận (3)</p>
<p style="text-align:right"><b>Thu Hà</b></p>
</div>
</body></html>
"""


def test_old_cms_page_without_article_element() -> None:
    a = parse_article(OLD_CMS_HTML, fmt="html", article_id="old", path="old.html")
    assert a.url == "https://baotinh.vn/hop-tac.htm"
    assert [(b.type.value, b.text) for b in a.content_blocks] == [
        ("title", "Hợp tác Việt - Lào"),  # the page <title> without the site name
        ("lead", "Đoàn công tác của tỉnh làm việc với tỉnh Attapư (Lào)."),
        ("caption", "Hai bên ký biên bản ghi nhớ. Ảnh: © Reuters"),
        ("paragraph", "Hai bên thống nhất tăng cường hợp tác."),
        ("paragraph", "Bình luận của báo chí quốc tế về Việt Nam rất tích cực."),
        ("byline", "Thu Hà"),
    ]
    assert [(b.reason, b.text) for b in a.boilerplate] == [
        ("navigation menu", "Trang chủ Chính trị"),
        ("section label (next to the title)", "Chính trị"),
        ("comments box", "Bình luận (3)"),
    ]


def test_language_detection_is_robust_to_short_text() -> None:
    assert detect_language("") == ""
    assert detect_language("Ban Chỉ đạo") == "unknown"
    vietnamese = "Thông tin đối ngoại là bộ phận quan trọng của công tác đối ngoại."
    assert detect_language(vietnamese) == "vi"
    assert foreign_language("Festival vì hòa bình") is None
    assert foreign_language("Cong tac thong tin doi ngoai tinh Kon Tum nam nay dat ket qua") is None
    found = foreign_language("The Vietnam News Agency reported the meeting today.")
    assert found is not None and found[0] == "en" and found[1] > 0.9


_LINES = st.sampled_from(
    [
        "Tiêu đề bài viết", "24/09/2023 13:39", "", "\u00a0", "Ảnh: TTXVN", "Hồng Lam",
        "Quang cảnh hội nghị. Ảnh: H.L", "Tin liên quan", "0:00 / 0:00", "(TTXVN/Vietnam+)",
        "Theo Báo Quảng Trị", "Chia sẻ", "- Mục một.", "Hội thảo ( 04/10 )", "Chính trị",
        "Sáng 7/5, TP. Hồ Chí Minh tổ chức hội nghị. Ông Nguyễn Văn An phát biểu… Hội nghị kết "
        "thúc../.", "bet365 tiếng việt_đặt cược", "<p>Đoạn văn</p>", "# Tiêu đề", "```",
        "![ảnh](a.jpg)", "Ông nói: “We will work with all partners in the region.”",
    ]
)


@settings(max_examples=40, deadline=None)
@given(st.lists(_LINES, max_size=14), st.sampled_from(["txt", "md", "html"]))
def test_any_mix_of_lines_parses_or_fails_cleanly(lines: list[str], fmt: str) -> None:
    text = "\n".join(lines)
    try:
        a = parse_article(text, fmt=fmt, article_id="fuzz")
    except SourceError as exc:
        assert "\n" not in str(exc) and "nothing to translate" in str(exc)
        return
    assert [b.index for b in a.blocks] == list(range(len(a.blocks)))
    assert a.content_blocks and a.title
    for b in a.blocks:
        if b.type is B.BOILERPLATE:
            assert b.reason and not b.segments
        else:
            assert " ".join(s.text for s in b.segments) == b.text
            assert all(s.key == canonical(s.text) for s in b.segments)


def test_lazy_language_profiles_give_langdetect_s_own_probabilities() -> None:
    from langdetect import DetectorFactory
    from langdetect.detector_factory import PROFILES_DIRECTORY
    from langdetect.lang_detect_exception import LangDetectException

    from ttdn_i18n.sources import langid

    langid._factory_ready()
    from langdetect import detector_factory

    lazy = detector_factory._factory
    full = DetectorFactory()
    full.load_profile(PROFILES_DIRECTORY)
    assert lazy is not None and lazy.langlist == full.langlist
    texts = ["Hội nghị thông tin đối ngoại năm 2024 được tổ chức tại Hà Nội.",
             "The conference on external information was held in Hanoi today.",
             "La conférence s'est tenue à Hanoï.", "Привет мир", "ສະບາຍດີ ປະເທດລາວ",
             "សួស្តី ពិភពលោក", "中华人民共和国外交部"]
    for text in texts:
        results: list[object] = []
        for factory in (lazy, full):
            DetectorFactory.seed = 0
            detector = factory.create()
            detector.append(text)
            try:
                results.append([(r.lang, r.prob) for r in detector.get_probabilities()])
            except LangDetectException as exc:  # Lao/Khmer: no features, in both
                results.append(str(exc))
        assert results[0] == results[1], text


# --- issue 12: the article's date inside a furniture block above the headline ------------

_BODY_P = (
    "<p>Các lao động về đến sân bay quốc tế Nội Bài chiều 5/2, được cơ quan chức năng làm "
    "thủ tục nhập cảnh và bố trí phương tiện đưa về địa phương.</p>"
    "<p>Bộ Ngoại giao khuyến cáo người dân không tin vào các lời mời làm việc ở nước ngoài "
    "qua mạng xã hội không rõ nguồn gốc.</p>"
)


def _dated_page(header: str, after: str = "") -> Article:
    html = (
        "<html><body><header class='site-header'>Báo điện tử <span class='date'>"
        "Thứ Bảy, 10/2/2024</span></header>"
        f"<div class='sidebar-1'>{header}"
        "<h1>Đưa 40 lao động Việt gặp nạn ở nước ngoài về nước</h1>"
        f"<article class='fck_detail'>{_BODY_P}</article>{after}</div></body></html>"
    )
    return parse_article(html, fmt="html", article_id="d")


@pytest.mark.parametrize(
    "header",
    [
        # the VnExpress shape: breadcrumb and date in a "header" block next to the <h1>
        "<div class='header-content'><ul class='breadcrumb'><li>Kinh doanh</li>"
        "<li>Quốc tế</li></ul><span class='date'>Thứ năm, 25/7/2024, 21:47 (GMT+7)</span></div>",
        # a <header> element with a <time>, a toolbar block with a date-classed div
        "<header><a href='#'>Thời sự</a> <time>25/07/2024 21:47</time></header>",
        "<div class='toolbar'><div class='publish-time'>Thứ Năm, 25/07/2024 - 21:47</div>"
        "<a href='#'>In bài</a></div>",
        "<nav class='breadcrumb'><a href='#'>Thế giới</a> <span class='time'>"
        "Cập nhật: 21:47 ngày 25/07/2024</span></nav>",
    ],
)
def test_date_in_the_article_header_block_is_the_dateline(header: str) -> None:
    a = _dated_page(header)
    assert sorted(b.type.value for b in a.content_blocks[:2]) == ["dateline", "title"]
    assert len(of_type(a, B.DATELINE)) == 1
    # the rest of the header block is still furniture; the site header's date too
    assert "Thứ Bảy, 10/2/2024" in " ".join(b.text for b in a.boilerplate)


@pytest.mark.parametrize(
    "header",
    [
        # a date-classed element that holds no date, a date-like line without date markup
        "<div class='header-content'><span class='date'>Hôm nay</span> Kinh doanh</div>",
        "<div class='header-content'><span>25/07/2024 21:47</span> Kinh doanh</div>",
    ],
)
def test_header_block_without_a_marked_date_stays_furniture(header: str) -> None:
    a = _dated_page(header)
    assert of_type(a, B.DATELINE) == []


def test_dates_in_furniture_after_the_headline_stay_furniture() -> None:
    related = (
        "<div class='tin-lien-quan'><p>Tin liên quan</p><ul><li>Hội chợ hàng Việt tại "
        "Campuchia <span class='time'>24/07/2024 10:00</span></li></ul></div>"
    )
    a = _dated_page("<div class='header-content'>Kinh doanh</div>", after=related)
    assert of_type(a, B.DATELINE) == []
    assert "24/07/2024 10:00" in " ".join(b.text for b in a.boilerplate)


# --- issue 12: a tool bar line (print, e-mail, share, font size) -----------------------------


@pytest.mark.parametrize(
    "line",
    [
        "In bài viết Gửi email Cỡ chữ A- A+",
        "A+ A- | Chia sẻ | Lưu",
        "Phóng to Thu nhỏ In trang",
        "Lưu tin Nghe bài viết",
        "Gửi bài · In · Cỡ chữ",
        "Facebook Zalo Copy link A A+",
        "Bản in | Gửi cho bạn bè | Zoom in Zoom out",
    ],
)
def test_toolbar_lines_are_page_furniture(line: str) -> None:
    assert boilerplate_reason(line) != ""


@pytest.mark.parametrize(
    "line",
    [
        # article sentences that start with or mention a toolbar word stay text
        "In bài viết này, tác giả phân tích quan hệ Việt Nam - Lào.",
        "Chia sẻ kinh nghiệm in ấn tài liệu tuyên truyền đối ngoại",
        "Gửi email cho Bộ Ngoại giao để được hỗ trợ",
        "Thích ứng với biến đổi khí hậu",
        "Lưu học sinh Lào tại Việt Nam",
        "Phóng to hình ảnh đất nước qua các triển lãm",
    ],
)
def test_sentences_with_toolbar_words_are_text(line: str) -> None:
    assert boilerplate_reason(line) == ""


def test_toolbar_line_of_a_paste_does_not_take_the_lead() -> None:
    text = (
        "Tăng cường trao đổi lý luận giữa hai Đảng Việt Nam - Lào\n"
        "Thứ Năm, 15/08/2024 10:23\n"
        "In bài viết Gửi email Cỡ chữ A- A+\n\n"
        "ĐCSVN - Sáng 14/8, tại Hà Nội, đoàn cán bộ Ban Tuyên giáo Trung ương làm việc với "
        "đoàn cán bộ Ban Tuyên huấn Trung ương Đảng Nhân dân cách mạng Lào.\n\n"
        "Hai bên trao đổi kinh nghiệm về công tác lý luận và thông tin đối ngoại.\n\n"
        "Thu Hằng\n"
    )
    a = parse_article(text, fmt="txt", article_id="t")
    assert [b.type.value for b in a.content_blocks] == [
        "title", "dateline", "lead", "paragraph", "byline"
    ]
    assert [b.text for b in a.boilerplate] == ["In bài viết Gửi email Cỡ chữ A- A+"]


# --- issue 12: the readers' comments box ------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Ý kiến (18)", "Ý kiến", "Góp ý", "Góp ý (2)", "Ý kiến bạn đọc (2)", "Bình luận (0)",
     "Ý kiến [5]", "Bình luận", "Chưa có ý kiến nào"],
)
def test_comments_box_headers(line: str) -> None:
    assert boilerplate_reason(line) == "comments box"


@pytest.mark.parametrize(
    "line",
    ["Mới nhất Quan tâm nhất", "Thích Trả lời 11h trước", "5 phút trước",
     "Trả lời · 2 giờ trước", "Thích | Trả lời | Báo vi phạm", "Cũ nhất Hay nhất",
     "3 ngày trước"],
)
def test_comment_widget_lines(line: str) -> None:
    assert boilerplate_reason(line) == "comments box controls"


@pytest.mark.parametrize(
    "line",
    [
        "Ý kiến của chuyên gia về vấn đề này",
        "Góp ý dự thảo luật đất đai sửa đổi",
        "Mới nhất là chuyến thăm của Thủ tướng tới Lào",
        "Trả lời phỏng vấn báo chí, Bộ trưởng cho biết hai bên sẽ tăng cường hợp tác.",
        "Ba ngày trước đó, đoàn đã làm việc với tỉnh Attapeu.",
        "Bình luận về sự kiện, ông nhấn mạnh vai trò của hợp tác khu vực.",
    ],
)
def test_article_sentences_with_comment_words_are_text(line: str) -> None:
    assert boilerplate_reason(line) == ""


def test_comments_after_a_counted_header_are_not_translated() -> None:
    text = (
        "Doanh nghiệp Việt tìm khách ở hội chợ Phnom Penh\n"
        "Thứ năm, 31/10/2024, 21:47 (GMT+7)\n\n"
        "Hơn 200 gian hàng Việt Nam giới thiệu nông sản và hàng tiêu dùng tại hội chợ.\n\n"
        "Hội chợ khai mạc sáng 30/10 và kéo dài 5 ngày, dự kiến đón 50.000 lượt khách.\n\n"
        "Nguyễn Hải\n\n"
        "Chia sẻ Copy link\n"
        "Ý kiến (18)\n\n"
        "Mới nhất Quan tâm nhất\n"
        "Phương Thảo\n"
        "Mong các cơ quan chức năng tiếp tục hỗ trợ bà con ở xa như thế này.\n\n"
        "Thích Trả lời 11h trước\n"
    )
    a = parse_article(text, fmt="txt", article_id="k")
    assert [b.type.value for b in a.content_blocks] == [
        "title", "dateline", "lead", "paragraph", "byline"
    ]
    assert of_type(a, B.BYLINE)[0].text == "Nguyễn Hải"
    assert "Phương Thảo" in [b.text for b in a.boilerplate]


# --- issue 12: the end-of-article mark "/." is not a caption ----------------------------------


def _caption_or_not(line: str) -> str:
    text = (
        "Hợp tác du lịch Việt Nam - Lào - Campuchia\n"
        "Thứ Năm, 15/08/2024 10:23\n\n"
        "Hội nghị bàn về tuyến du lịch qua ba nước và quảng bá điểm đến chung cho du khách.\n\n"
        "Đại diện Bộ Thông tin, Văn hóa và Du lịch Lào đề nghị các bên phối hợp tổ chức đoàn "
        "khảo sát cho doanh nghiệp lữ hành.\n\n"
        f"{line}\n\n"
        "Theo Báo Văn hóa\n"
    )
    a = parse_article(text, fmt="txt", article_id="e")
    return next(b.type.value for b in a.blocks if b.text == line)


@pytest.mark.parametrize(
    "line",
    [
        "Các đại biểu cũng kiến nghị tăng cường đào tạo hướng dẫn viên biết tiếng Lào./.",
        "Các đại biểu thống nhất tổ chức hội nghị lần sau tại Viêng Chăn ../.",
        "Lãnh đạo hai tỉnh nhất trí tiếp tục phối hợp quản lý biên giới/.",
    ],
)
def test_caption_opening_with_the_end_mark_is_the_last_paragraph(line: str) -> None:
    assert _caption_or_not(line) == "paragraph"


@pytest.mark.parametrize(
    "line",
    [
        "Các đại biểu tham quan điểm du lịch cộng đồng.",
        "Quang cảnh hội nghị.",
        "Lãnh đạo hai tỉnh chụp ảnh lưu niệm",
    ],
)
def test_caption_opening_without_the_end_mark_is_still_a_caption(line: str) -> None:
    assert _caption_or_not(line) == "caption"
