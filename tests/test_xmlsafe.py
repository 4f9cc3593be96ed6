"""Safe XML parsing (hostile inputs), always-valid XML text, inline marks, atomic output.

The hostile payloads are real: an external entity pointing at a secret file,
an external entity and an external DTD pointing at a TCP port this test
listens on, billion laughs, and a 50 MB text node.
"""

from __future__ import annotations

import os
import resource
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from support import Listener
from ttdn_i18n.atomic import atomic_write, ensure_inside
from ttdn_i18n.errors import FormatError, OutputError
from ttdn_i18n.xmlsafe import (
    Mark,
    fill_marked,
    flatten_inline,
    parse_xml,
    xml_safe_text,
)

# --------------------------------------------------------------------------- hostile XML


@pytest.fixture
def no_python_sockets(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise AssertionError(f"parser tried to connect to {address}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return attempts


@pytest.fixture
def listener() -> Iterator[Listener]:
    lst = Listener()
    yield lst
    lst.close()


def test_external_entity_to_local_file_is_refused_and_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-7f3a", encoding="utf-8")
    payloads = [
        f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        "<x>&xxe;</x>",
        f'<!DOCTYPE x [<!ENTITY % p SYSTEM "file://{secret}"> %p;]><x/>',
        f'<!DOCTYPE x [<!ENTITY xxe SYSTEM "{secret}">]><x a="1">&xxe;</x>',
    ]
    for text in payloads:
        for data in (text.encode("utf-8"), text.encode("utf-16")):
            with pytest.raises(FormatError) as info:
                parse_xml(data, what="evil.xlf")
            assert "TOP-SECRET" not in str(info.value)
            assert "declares XML entities" in str(info.value)
            assert "evil.xlf" in str(info.value)


def test_external_dtd_is_never_loaded(tmp_path: Path) -> None:
    """A DTD file on disk that declares an entity is not read, so nothing leaks."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-7f3a", encoding="utf-8")
    dtd = tmp_path / "evil.dtd"
    dtd.write_text(f'<!ENTITY xxe SYSTEM "file://{secret}">', encoding="utf-8")
    data = f'<!DOCTYPE x SYSTEM "file://{dtd}"><x>&xxe;</x>'.encode()
    try:
        root = parse_xml(data, what="evil.xlf")
    except FormatError as exc:
        assert "TOP-SECRET" not in str(exc)
    else:
        assert "TOP-SECRET" not in etree.tostring(root, encoding="unicode")
        assert "TOP-SECRET" not in "".join(root.itertext())


def test_network_entities_and_dtds_make_no_connection(
    no_python_sockets: list[object], listener: Listener
) -> None:
    url = f"http://127.0.0.1:{listener.port}/evil"
    with pytest.raises(FormatError, match="declares XML entities"):
        parse_xml(
            f'<!DOCTYPE x [<!ENTITY e SYSTEM "{url}.txt">]><x>&e;</x>'.encode(), what="a"
        )
    with pytest.raises(FormatError, match="declares XML entities"):
        parse_xml(f'<!DOCTYPE x [<!ENTITY % e SYSTEM "{url}.dtd"> %e;]><x/>'.encode(), what="b")
    # An external DTD declares nothing we can see, so it parses, but is never fetched.
    root = parse_xml(f'<!DOCTYPE x SYSTEM "{url}.dtd"><x>ok</x>'.encode(), what="c")
    assert root.text == "ok"
    root = parse_xml(
        f'<x xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="{url}"/></x>'.encode(),
        what="d",
    )
    assert len(root) == 1  # XInclude is not processed
    # The port 9 ("discard") of the brief, too: nothing may even try it.
    parse_xml(b'<!DOCTYPE x SYSTEM "http://127.0.0.1:9/x.dtd"><x/>', what="e")
    assert listener.close() == 0
    assert no_python_sockets == []


def test_billion_laughs_is_refused_fast() -> None:
    lines = ['<!ENTITY lol0 "lol">']
    lines += [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    data = f'<?xml version="1.0"?><!DOCTYPE lolz [{"".join(lines)}]><lolz>&lol9;</lolz>'.encode()
    start = time.perf_counter()
    with pytest.raises(FormatError, match="declares XML entities"):
        parse_xml(data, what="lol.xlf")
    assert time.perf_counter() - start < 1.0


def test_fifty_megabyte_text_node_is_refused_without_hanging() -> None:
    data = b"<x>" + b"a" * (50 * 1024 * 1024) + b"</x>"
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    with pytest.raises(FormatError, match="text node over 10 MB"):
        parse_xml(data, what="huge.xlf")
    assert time.perf_counter() - start < 10.0
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 200  # libxml2 stops at 10 MB instead of copying all 50


def test_bom_utf16_and_prefixes_are_accepted() -> None:
    text = '<?xml version="1.0" encoding="UTF-8"?><p:a xmlns:p="urn:x"><p:b>Hà Nội</p:b></p:a>'
    for data in (b"\xef\xbb\xbf" + text.encode(), text.replace("UTF-8", "UTF-16").encode("utf-16")):
        root = parse_xml(data, what="x")
        assert etree.QName(root).namespace == "urn:x"
        assert root[0].text == "Hà Nội"


def test_malformed_xml_names_the_file() -> None:
    with pytest.raises(FormatError, match=r"broken\.xlf is not well-formed XML"):
        parse_xml(b"<x><y></x>", what="broken.xlf")


# --------------------------------------------------------------------------- xml_safe_text


def test_xml_safe_text_replaces_exactly_the_forbidden_characters() -> None:
    text = "a\x00b\x0bc\td\ne\rf\ufffeg\uffffh\ud800i\udfffj😀kĐ\x7f"
    clean, positions = xml_safe_text(text)
    assert positions == [1, 3, 11, 13, 15, 17]
    assert len(clean) == len(text)
    assert [i for i, (a, b) in enumerate(zip(text, clean, strict=True)) if a != b] == positions
    assert all(clean[p] == "\ufffd" for p in positions)
    assert "\t" in clean and "\n" in clean and "\r" in clean and "😀" in clean


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=60))
def test_xml_safe_text_always_gives_serializable_xml(text: str) -> None:
    clean, positions = xml_safe_text(text)
    elem = etree.Element("x", attrib={"a": clean})
    elem.text = clean
    back = etree.fromstring(etree.tostring(elem, encoding="UTF-8"))
    assert (back.text or "") == clean
    assert back.get("a") == clean
    assert all(text[p] != clean[p] for p in positions)


# --------------------------------------------------------------------------- inline marks


def _spans(draw: st.DrawFn, n: int, length: int) -> list[tuple[int, int]]:
    out = []
    for _ in range(n):
        a = draw(st.integers(0, length))
        b = draw(st.integers(0, length))
        out.append((min(a, b), max(a, b)))
    return out


@settings(max_examples=50, deadline=None)
@given(st.data())
def test_fill_marked_and_flatten_inline_agree(data: st.DataObject) -> None:
    text = data.draw(st.text(alphabet="ab cđệ\n", max_size=30))
    ranges = _spans(data.draw, data.draw(st.integers(0, 5)), len(text))
    marks = [Mark(s, e, "m", (("id", str(i)),)) for i, (s, e) in enumerate(ranges)]
    elem = etree.Element("source")
    left_out = fill_marked(elem, text, marks)
    seen: dict[str, tuple[int, int]] = {}
    flat = flatten_inline(elem, visit=lambda el, s, e: seen.__setitem__(el.get("id"), (s, e)))
    assert flat == text
    written = [m for m in marks if m not in left_out]
    assert {m.attrib[0][1]: (m.start, m.end) for m in written} == seen
    for m in left_out:  # left out only when empty or crossing a written mark
        assert m.start == m.end or any(
            w.start < m.start < w.end < m.end or m.start < w.start < m.end < w.end
            for w in written
        )


def test_fill_marked_split_turns_crossing_marks_into_points() -> None:
    text = "Kon Tum Gia Lai"
    marks = [Mark(0, 7, "m", (("id", "a"),)), Mark(4, 11, "m", (("id", "b"),))]

    def split(m: Mark) -> tuple[Mark, Mark]:
        return (Mark(m.start, m.start, "sm", m.attrib, point=True),
                Mark(m.end, m.end, "em", (("ref", m.attrib[0][1]),), point=True))

    elem = etree.Element("s")
    assert fill_marked(elem, text, marks, split=split) == ()
    assert etree.tostring(elem, encoding="unicode") == (
        '<s><m id="a">Kon <sm id="b"/>Tum</m> Gia<em ref="b"/> Lai</s>'
    )
    points: dict[str, int] = {}
    flat = flatten_inline(elem, visit=lambda el, s, e: points.setdefault(el.tag, s))
    assert flat == text and points == {"m": 0, "sm": 4, "em": 11}


def test_flatten_inline_skips_native_code_and_reads_codepoints() -> None:
    elem = etree.fromstring(
        '<t>a<ph id="1">&lt;br/&gt;</ph>b<g id="2">c<!-- note -->d</g><cp hex="0B"/>e</t>'
    )
    assert flatten_inline(elem, skip=frozenset({"ph"}), codepoint="cp") == "abcd\x0be"


# --------------------------------------------------------------------------- atomic output


def test_atomic_write_replaces_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "bài viết.xlf"
    atomic_write(target, b"first")
    atomic_write(target, "thứ hai".encode())
    assert target.read_text(encoding="utf-8") == "thứ hai"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bài viết.xlf"]
    assert target.stat().st_mode & 0o777 == 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_atomic_write_failure_keeps_old_file_and_leaves_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.xlf"
    target.write_bytes(b"old")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OutputError, match="cannot write .*a.xlf: No space left on device"):
        atomic_write(target, b"new" * 1000)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.xlf"]


def test_atomic_write_fsync_failure_and_interrupt_clean_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "b.po"

    def broken_fsync(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OutputError, match="Input/output error; check the folder"):
        atomic_write(target, b"x")
    assert list(tmp_path.iterdir()) == []

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, b"x")
    assert list(tmp_path.iterdir()) == []


def test_atomic_write_into_missing_folder_says_how_to_fix(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="check the folder exists and is writable"):
        atomic_write(tmp_path / "missing" / "a.xlf", b"x")


# --------------------------------------------------------------------------- safe paths


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("kontum-2023-09-24.xlf", "kontum-2023-09-24.xlf"),
        ("Đắk Lắk mùa cà phê.xlf", "Đắk Lắk mùa cà phê.xlf"),
        ("../../etc/passwd", "etc/passwd"),
        ("/etc/passwd", "etc/passwd"),
        ("..\\..\\windows\\system.ini", "windows/system.ini"),
        ("-rf", "_-rf"),
        (".bashrc", "_.bashrc"),
        ("a\x00b\x1bc\u202ed", "a_b_c_d"),
        ("C:\\Users\\x", "C_/Users/x"),
        ("tin/./bài 1.  ", "tin/bài 1"),
    ],
)
def test_ensure_inside_cleans_untrusted_names(tmp_path: Path, name: str, expected: str) -> None:
    path = ensure_inside(tmp_path, name)
    assert path == tmp_path / expected
    assert tmp_path.resolve() in path.resolve().parents


def test_ensure_inside_refuses_empty_names_and_symlink_escapes(tmp_path: Path) -> None:
    for name in ("", "..", "/", "../..", " . / .. "):
        with pytest.raises(OutputError, match="cannot make an output file name"):
            ensure_inside(tmp_path, name)
    outside = tmp_path / "outside"
    outside.mkdir()
    root = tmp_path / "out"
    root.mkdir()
    (root / "link").symlink_to(outside)
    with pytest.raises(OutputError, match="leads outside"):
        ensure_inside(root, "link/a.xlf")


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=40))
def test_ensure_inside_never_escapes(tmp_path_factory: pytest.TempPathFactory, name: str) -> None:
    root = tmp_path_factory.getbasetemp() / "root"
    root.mkdir(exist_ok=True)
    try:
        path = ensure_inside(root, name)
    except OutputError:
        return
    assert root.resolve() in path.resolve().parents
    assert all(not part.startswith(("-", ".")) for part in path.relative_to(root).parts)
    assert "\x00" not in str(path)


@given(st.text(alphabet=st.sampled_from(list("ab&<>\"'\n\r\t đ\u00a0"))))
def test_escape_text_and_quote_attribute_write_what_saxutils_writes(s: str) -> None:
    # formats/omegat.py used xml.sax.saxutils, whose import costs ~30 ms of start-up
    # (urllib.request, email); the OmegaT files must stay byte-identical.
    from xml.sax.saxutils import escape, quoteattr

    from ttdn_i18n.xmlsafe import escape_text, quote_attribute

    assert escape_text(s) == escape(s)
    assert quote_attribute(s) == quoteattr(s)
