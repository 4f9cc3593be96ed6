"""`ttdn-i18n inspect`: what a reviewer sees before anything is translated."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from ttdn_i18n.cli import cli
from ttdn_i18n.sources import load_article
from ttdn_i18n.sources.inspect import format_inspect, inspect_article

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SPLICE = "bet365 tiếng việt_đặt cược bet365_cách vào bet365"


def corpus(name: str) -> Path:
    path = SHARED / "corpus" / name
    if not path.exists():
        pytest.skip(f"../shared not found: {path} is one of the real test articles")
    return path


def _cp1258(text: str) -> bytes:
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        out.append(unicodedata.normalize("NFC", "".join(c for c in d if c not in tones)))
        out.append("".join(c for c in d if c in tones))
    return "".join(out).encode("cp1258")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_inspect_quangtri_shows_types_protected_text_and_flags() -> None:
    path = corpus("articles/quangtri-2020-05-08.txt")
    code, out, err = run("inspect", str(path))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == f"quangtri-2020-05-08 (txt) {path}"
    assert lines[1] == "language: vi  date: 2020-05-08T07:48  url: -"
    assert lines[2] == (
        "12 blocks of content, 0 set aside; 24 segments: 20 for MT, 2 kept verbatim, 2 flagged"
    )
    for expected in ("[0] title", "[1] dateline", "[2] lead", "[3] caption", "[4] paragraph",
                     "[11] byline"):
        assert expected in lines
    assert "    b1.s1   08/05/2020 07:48 AM" in lines
    assert '            protected: code "(QTO) -", name "Nguyễn Đăng Quang"' in lines
    assert "            kept verbatim, not translated: photo credit" in lines
    assert out.count(f'              evidence: "{SPLICE}"') == 4
    assert out.count("FLAG spam (error): looks like injected SEO spam") == 4
    assert f'  b7.s1: spam: "{SPLICE}"' in lines and f'  b9.s1: spam: "{SPLICE}"' in lines
    assert lines[-1] == "Set aside: nothing"


def test_inspect_html_lists_what_was_set_aside_and_why() -> None:
    code, out, _ = run("inspect", str(corpus("html/ttxvn-2024-07-17.html")))
    assert code == 0
    aside = out.split("\nSet aside (8):\n", 1)[1].splitlines()
    assert aside[:2] == [
        '  [0] page <title> (the <h1> is the title): "Nâng cao tính chuyên nghiệp, hiệu quả, '
        'sát thực tiễn của thông tin đối ngoại | Vietnam+"',
        '  [1] style sheet: "body{font-family:Arial} .sapo{font-weight:bold}"',
    ]
    assert '  [26] related-articles list: "Tin cùng chuyên mục"' in aside
    assert '  [29] script: "<script src="/static/app.js">"' in aside
    assert "[25] byline" in out and "kept verbatim, not translated: source tag" in out


def test_inspect_json_parses_and_matches_the_article() -> None:
    path = corpus("articles/quangtri-2020-05-08.txt")
    code, out, _ = run("inspect", str(path), "--json")
    assert code == 0
    data = json.loads(out)
    assert data == inspect_article(load_article(path))
    assert (data["id"], data["format"], data["date"], data["language"]) == (
        "quangtri-2020-05-08", "txt", "2020-05-08T07:48", "vi",
    )
    assert [b["type"] for b in data["blocks"]][:4] == ["title", "dateline", "lead", "caption"]
    lead = data["blocks"][2]["segments"][0]
    assert lead["id"] == "b2.s1" and lead["protected"][0] == {
        "start": 0, "end": 7, "kind": "code", "text": "(QTO) -",
    }
    flagged = [s for b in data["blocks"] for s in b["segments"] if s["flags"]]
    assert [s["id"] for s in flagged] == ["b7.s1", "b9.s1"]
    assert all(not s["send_to_mt"] for s in flagged)
    assert {f["evidence"] for s in flagged for f in s["flags"]} == {SPLICE}
    assert data["counts"]["flags"] == {"spam": 4}
    assert data["set_aside"] == []


def test_inspect_set_aside_in_json_for_text_junk() -> None:
    data = inspect_article(load_article(corpus("articles/kontum-2023-09-24.txt")))
    assert data["set_aside"] == [
        {"index": 24, "reason": "related-articles header", "text": "Chuyên mục khác"}
    ]
    assert data["counts"]["by_type"]["caption"] == 2


def test_inspect_options_and_errors(tmp_path: Path) -> None:
    code, out, err = run("inspect", str(tmp_path / "missing.txt"))
    assert (code, out) == (1, "")
    assert err == f"Error: `{tmp_path / 'missing.txt'}` does not exist; check the path\n"
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(_cp1258("Tiêu đề\n\nHội nghị kết thúc.\n"))
    code, _, err = run("inspect", str(legacy))
    assert code == 1
    assert err.startswith(f"Error: `{legacy}` is not valid UTF-8 (byte 0xea at offset 2); ")
    code, out, _ = run("inspect", str(legacy), "--encoding", "cp1258")
    assert code == 0 and "b0.s1   Tiêu đề" in out
    english = tmp_path / "en.txt"
    english.write_text("A title\n\nThe committee met on Wednesday to review the first six months "
                       "of work and the plan for the rest of the year.\n", encoding="utf-8")
    code, _, err = run("inspect", str(english))
    assert (code, err) == (1, f"Error: `{english}` looks like English, not Vietnamese; pass "
                              "--force to translate it anyway\n")
    code, out, _ = run("inspect", str(english), "--force")
    assert code == 0 and out.splitlines()[1].startswith("language: en")


def test_format_inspect_is_the_cli_text() -> None:
    path = corpus("articles/kontum-2023-09-24.txt")
    _, out, _ = run("inspect", str(path))
    assert out == format_inspect(load_article(path))


PAGES = Path(__file__).resolve().parent / "data" / "pages"


def test_explain_names_the_evidence_for_a_line(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text(
        "Trang chủ\nGiới thiệu\nTin tức\nChính quyền\nCông dân\n"
        "Hai tỉnh ký kế hoạch hợp tác giai đoạn 2024 - 2026\n22/05/2024 16:05\n"
        "Chiều 21/5, tại thành phố Đông Hà, hai tỉnh ký kế hoạch hợp tác về giáo dục và y tế.\n"
        "Hai bên thống nhất trao đổi đoàn các cấp, hỗ trợ đào tạo cán bộ và học sinh.\n"
        "Thanh Hải (Sở Ngoại vụ)\nCác tin khác......\nHội chợ nông sản vùng biên (3/9)\n"
        "Tọa đàm về thông tin đối ngoại (6/9)\n",
        encoding="utf-8",
    )
    code, out, _ = run("inspect", str(page), "--explain", "2")
    assert code == 0
    assert "type: boilerplate" in out and "menu run of" in out
    code, out, _ = run("inspect", str(page), "--explain", "Thanh Hải")
    assert "type: byline" in out and "after the last paragraph" in out
    code, out, _ = run("inspect", str(page), "--explain", "13")
    assert "type: boilerplate" in out and "related headline with a date" in out
    code, out, _ = run("inspect", str(page), "--explain", "không có dòng này")
    assert code != 0


def test_set_aside_reasons_name_the_evidence() -> None:
    page = PAGES / "tinh-portal" / "quangtri-savannakhet-2024.txt"
    if not page.exists():
        pytest.skip("page set missing")
    out = format_inspect(load_article(page))
    assert re.search(r"navigation menu \(\d+ short link lines\)", out)
    assert "related-articles list (after 'Các tin khác': 6 headlines, 6 dated)" in out
