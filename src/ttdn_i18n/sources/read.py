"""Read news articles (.txt, .html/.htm, .md) into :class:`~ttdn_i18n.model.Article`.

File I/O lives in :func:`find_articles` and :func:`load_article`; everything
else is a pure transform from text to blocks:

1. the reader of the input's format (:data:`READERS`, keyed by file suffix: the one
   list of input types) turns it into candidates (:mod:`.txt`, :mod:`.html`,
   :mod:`.md`);
2. :func:`~ttdn_i18n.sources.classify.classify` applies the text rules shared by
   every format;
3. each block is split into segments, with protected spans, and the article
   is checked for injected spam and foreign-language sentences.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ttdn_i18n.atomic import read_regular_file
from ttdn_i18n.errors import SourceError
from ttdn_i18n.model import Article, Block, BlockType, Flag, Segment, Severity, Span
from ttdn_i18n.sources.classify import Candidate, classify, parse_dateline, split_credit
from ttdn_i18n.sources.contamination import check_article
from ttdn_i18n.sources.html import html_candidates
from ttdn_i18n.sources.langid import detect_language, foreign_language, language_name
from ttdn_i18n.sources.md import md_candidates
from ttdn_i18n.sources.normalize import canonical, normalize_text
from ttdn_i18n.sources.segments import protected_spans, split_sentences
from ttdn_i18n.sources.txt import txt_candidates

__all__ = [
    "NotVietnameseError",
    "READERS",
    "SUPPORTED_SUFFIXES",
    "MAX_ARTICLE_BYTES",
    "find_articles",
    "file_candidates",
    "decode_bytes",
    "load_article",
    "parse_article",
    "parse_dateline",
]


@dataclass(frozen=True)
class Reader:
    """How one input format becomes candidates: ``read(text, name)`` -> (candidates,
    canonical URL, date from the page's metadata).  ``structured`` formats carry
    their own headings and lists, so the plain-text shape rules are not applied."""

    fmt: str
    read: Callable[[str, str], tuple[list[Candidate], str, str]]
    structured: bool
    marks_lead: bool = False


def _plain(read: Callable[[str], list[Candidate]]) -> Callable[[str, str], tuple[
        list[Candidate], str, str]]:
    return lambda text, name: (read(text), "", "")


_TXT = Reader("txt", _plain(txt_candidates), structured=False)
_HTML = Reader("html", html_candidates, structured=True, marks_lead=True)
_MD = Reader("md", _plain(md_candidates), structured=True)
#: The input types, keyed by file suffix: the one list of what ttdn-i18n reads.
READERS: dict[str, Reader] = {".txt": _TXT, ".html": _HTML, ".htm": _HTML, ".md": _MD}
_BY_FORMAT = {r.fmt: r for r in READERS.values()}

SUPPORTED_SUFFIXES = tuple(READERS)
#: Larger files are refused unread.  Real articles are a few to a few hundred KB; a
#: 50 MB file is a wrong file, and parsing one took minutes and gigabytes.  The
#: XML readers stop at the same size of text node.
MAX_ARTICLE_BYTES = 10_000_000


class NotVietnameseError(SourceError):
    """An article that does not look Vietnamese; a batch may skip it and go on."""

_SUPPORTED_TEXT = ", ".join(SUPPORTED_SUFFIXES)

B = BlockType
_END_MARK = re.compile(r"\s*[■□▪]\s*$")

# --- blocks and segments -------------------------------------------------------------------------


def _segment(
    block_index: int,
    n: int,
    text: str,
    *,
    translate: bool = True,
    reason: str = "",
    spans: tuple[Span, ...] | None = None,
    source_prefix: bool = False,
) -> Segment:
    if spans is None:
        spans = protected_spans(text, source_prefix=source_prefix)
    flags: tuple[Flag, ...] = ()
    if translate and (foreign := foreign_language(text)):
        code, prob = foreign
        flags = (
            Flag(
                code="foreign-language",
                message=(
                    f"this sentence looks like {language_name(code)} ({code}, p={prob:.2f}),"
                    " not Vietnamese; it is not sent to vi→X MT: translate it by hand"
                ),
                evidence=text,
                severity=Severity.WARNING,
            ),
        )
    return Segment(
        id=f"b{block_index}.s{n}",
        text=text,
        key=canonical(text),
        translate=translate,
        reason=reason,
        protected=spans,
        flags=flags,
    )


def _whole(kind: str, text: str) -> tuple[Span, ...]:
    return (Span(0, len(text), kind),)


def _block(index: int, c: Candidate) -> Block:
    btype = c.type or B.PARAGRAPH
    text = c.text
    if btype is B.BOILERPLATE:
        return Block(index=index, type=btype, text=text, reason=c.reason or "boilerplate")
    segs: list[Segment] = []
    if btype is B.DATELINE:
        segs.append(_segment(index, 1, text, translate=False, reason="date",
                             spans=_whole("date", text)))
    elif btype is B.BYLINE:
        kind = c.byline or "source"
        if kind == "name":
            segs.append(_segment(index, 1, text, translate=False, reason="byline (name)",
                                 spans=_whole("name", text)))
        elif kind == "source tag":
            segs.append(_segment(index, 1, text, translate=False, reason="source tag",
                                 spans=_whole("code", text)))
        else:
            segs.append(_segment(index, 1, text))
    elif btype is B.CAPTION:
        body, credit, number = split_credit(text)
        for sentence in split_sentences(body):
            segs.append(_segment(index, len(segs) + 1, sentence))
        if credit:
            segs.append(_segment(index, len(segs) + 1, credit, translate=False,
                                 reason="photo credit", spans=_whole("credit", credit)))
        if number:
            segs.append(_segment(index, len(segs) + 1, number.strip(), translate=False,
                                 reason="image number (page residue)",
                                 spans=_whole("code", number.strip())))
    else:
        # An end-of-article mark ("... hợp tác. ■") is page typography, not a sentence.
        for k, sentence in enumerate(split_sentences(_END_MARK.sub("", text))):
            segs.append(_segment(index, k + 1, sentence, source_prefix=k == 0))
    return Block(index=index, type=btype, text=text, segments=tuple(segs))


def candidates(text: str, *, fmt: str, name: str) -> tuple[list[Candidate], str, str]:
    """The typed candidates of ``text`` (with their rule traces), the page's URL and date."""
    reader = _BY_FORMAT.get(fmt)
    if reader is None:
        raise SourceError(
            f"`{name}` has format '{fmt}'; use one of {', '.join(sorted(_BY_FORMAT))}"
        )
    raw, url, date = reader.read(text, name)
    return classify(raw, structured=reader.structured, marks_lead=reader.marks_lead), url, date


def parse_article(
    text: str,
    *,
    fmt: str,
    article_id: str,
    path: str = "",
    checksum: str = "",
    blocklist: Sequence[str] = (),
) -> Article:
    """Parse decoded ``text`` in format ``fmt`` ("txt", "html" or "md") into an Article.

    Pure: no file access.  ``checksum`` defaults to the sha256 of ``text`` in
    UTF-8.  Raises :class:`SourceError` when nothing translatable is left.
    """
    name = path or f"{article_id}.{fmt}"
    if not normalize_text(text):
        raise SourceError(f"`{name}` is empty; nothing to translate")
    cands, url, date = candidates(text, fmt=fmt, name=name)
    blocks = tuple(_block(i, c) for i, c in enumerate(cands))
    content = [b for b in blocks if b.type is not B.BOILERPLATE]
    if not content:
        if not blocks:
            raise SourceError(f"`{name}` is empty; nothing to translate")
        reasons = sorted({b.reason for b in blocks})
        raise SourceError(
            f"`{name}` holds only boilerplate ({', '.join(reasons[:3])}); nothing to translate"
        )
    if not any(s.translate for b in content for s in b.segments):
        kinds = sorted({b.type.value for b in content})
        raise SourceError(
            f"`{name}` holds no text to translate (only {', '.join(kinds)}); nothing to translate"
        )
    for b in content:
        if b.type is B.DATELINE and (iso := parse_dateline(b.text)):
            date = iso
            break
    prose = " ".join(
        b.text for b in content if b.type in (B.TITLE, B.LEAD, B.PARAGRAPH, B.HEADING, B.LIST_ITEM)
    )
    article = Article(
        id=article_id,
        path=path,
        format=fmt,
        blocks=blocks,
        # surrogatepass: text from a broken decoder may hold lone surrogates; the
        # writers replace them (with a note), the checksum must not crash first.
        checksum=checksum or hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        language=detect_language(prose) or "unknown",
        date=date,
        url=url,
    )
    return check_article(article, blocklist=blocklist)


# --- files -------------------------------------------------------------------------------------

_MOJIBAKE = re.compile(r"Ã[\u0080-\u00bf]|Ä[\u0080-\u00bf‘’“”•–—]|á»|áº|Æ°|Æ¡")
_DECLARED_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)


def decode_bytes(data: bytes, *, encoding: str | None, name: str) -> str:
    """Decode an article's bytes; never guess beyond what the bytes say.

    With ``encoding`` that codec is used (``cp1258`` gives tones as combining
    marks; normalization composes them).  Without it: UTF-8 with or without
    BOM, UTF-16/32 with a BOM.  Anything else is a :class:`SourceError` that
    says which byte failed and what to pass.
    """
    if encoding:
        try:
            info = codecs.lookup(encoding)
        except LookupError as exc:
            raise SourceError(
                f"unknown encoding '{encoding}'; pass a Python codec name such as utf-8 or cp1258"
            ) from exc
        # rot13, base64, zlib... are codecs but not text encodings: bytes.decode refuses them.
        if not getattr(info, "_is_text_encoding", True):
            raise SourceError(
                f"'{encoding}' is not a text encoding; pass a character encoding such as "
                "utf-8 or cp1258"
            )
        codec = info.name
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            raise SourceError(
                f"`{name}` cannot be decoded as {encoding} (byte 0x{data[exc.start]:02x} at "
                f"offset {exc.start}); check the --encoding value"
            ) from exc
        return text.removeprefix("\ufeff")
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                offset = exc.start + len(bom)
                raise SourceError(
                    f"`{name}` starts with a {codec.upper()} byte-order mark but is not valid "
                    f"{codec.upper()} (byte 0x{data[offset]:02x} at offset {offset}); "
                    "save it again as UTF-8"
                ) from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"`{name}` is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "pass --encoding cp1258 (or the right encoding) if it is a legacy file"
        ) from exc
    if "\x00" in text:
        raise SourceError(
            f"`{name}` contains NUL bytes, so it is probably UTF-16 without a byte-order mark;"
            " pass --encoding utf-16-le (or utf-16-be)"
        )
    found = _MOJIBAKE.findall(text)
    if len(found) >= 3:
        raise SourceError(
            f"`{name}` looks double-encoded (mojibake such as '{found[0]}'); save it again as"
            " UTF-8 from the original page"
        )
    return text


def _decode_html(data: bytes, *, name: str) -> str:
    try:
        return decode_bytes(data, encoding=None, name=name)
    except SourceError:
        # A page may declare its legacy charset; that is the page saying, not us guessing.
        m = _DECLARED_CHARSET.search(data[:4096])
        if m is None or m.group(1).decode("ascii").lower().replace("_", "-") in ("utf-8", "utf8"):
            raise
        return decode_bytes(data, encoding=m.group(1).decode("ascii"), name=name)


#: Documentation that sits next to articles in a folder is not an article.
_NOT_ARTICLES = frozenset({"readme", "changelog", "license", "licence", "contributing"})


def _skipped(path: Path, base: Path) -> bool:
    hidden = any(part.startswith(".") for part in path.relative_to(base).parts)
    return hidden or path.stem.lower() in _NOT_ARTICLES


def find_articles(paths: Sequence[Path | str]) -> list[Path]:
    """Article files among ``paths`` (files or folders, searched recursively), sorted.

    Hidden files and folders inside a folder are skipped, and so are README,
    LICENSE, CHANGELOG and CONTRIBUTING files.  A missing path, an
    explicit file of an unsupported type or a folder without articles is a
    :class:`SourceError`.
    """
    found: set[Path] = set()
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise SourceError(f"`{given}` does not exist; check the path")
        if path.is_dir():
            inside = {
                f for f in path.rglob("*")
                if f.suffix.lower() in SUPPORTED_SUFFIXES and f.is_file() and not _skipped(f, path)
            }
            if not inside:
                raise SourceError(
                    f"`{given}` holds no articles ({_SUPPORTED_TEXT}); point to a file or a"
                    " folder that has some"
                )
            found |= inside
        elif path.suffix.lower() in SUPPORTED_SUFFIXES:
            found.add(path)
        else:
            raise SourceError(
                f"`{given}` is not a supported article type ({_SUPPORTED_TEXT}); save it as"
                " text or HTML"
            )
    return sorted(found, key=lambda p: (str(p.parent), p.name))


def file_candidates(
    path: Path | str, *, encoding: str | None = None
) -> tuple[list[Candidate], str]:
    """The typed candidates of an article file with their rule traces, and its format
    (for ``inspect --explain``)."""
    p = Path(path)
    reader = READERS.get(p.suffix.lower())
    if reader is None or not p.is_file():
        raise SourceError(f"`{path}` is not an article file ({_SUPPORTED_TEXT})")
    try:
        data = read_regular_file(p, MAX_ARTICLE_BYTES, what="article", error_cls=SourceError)
    except OSError as exc:
        raise SourceError(
            f"`{path}` cannot be read ({exc.strerror}); check its permissions"
        ) from exc
    if reader.fmt == "html" and encoding is None:
        text = _decode_html(data, name=str(path))
    else:
        text = decode_bytes(data, encoding=encoding, name=str(path))
    cands, _, _ = candidates(text, fmt=reader.fmt, name=str(path))
    return cands, reader.fmt


def load_article(
    path: Path | str,
    *,
    encoding: str | None = None,
    force: bool = False,
    blocklist: Sequence[str] = (),
) -> Article:
    """Read, decode and parse one article file.

    Raises :class:`SourceError` when the file is missing, empty, undecodable or not an
    article type, and :class:`NotVietnameseError` (a SourceError) when it does not
    look Vietnamese, unless ``force``.
    """
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise SourceError(f"`{name}` does not exist; check the path")
    if p.is_dir():
        raise SourceError(f"`{name}` is a folder; pass one article file")
    reader = READERS.get(p.suffix.lower())
    if reader is None:
        raise SourceError(
            f"`{name}` is not a supported article type ({_SUPPORTED_TEXT}); save it as text or HTML"
        )
    try:
        size = p.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise SourceError(
                f"`{name}` is {size / 1e6:.0f} MB, too large for a news article (the limit is "
                f"{MAX_ARTICLE_BYTES // 1_000_000} MB); check that the right file was given"
            )
        # A FIFO or a link to /dev/zero: refused, and read with a bound either way.
        data = read_regular_file(p, MAX_ARTICLE_BYTES, what="article", error_cls=SourceError)
    except OSError as exc:
        raise SourceError(
            f"`{name}` cannot be read ({exc.strerror}); check its permissions"
        ) from exc
    if not data:
        raise SourceError(f"`{name}` is empty; nothing to translate")
    fmt = reader.fmt
    if fmt == "html" and encoding is None:
        text = _decode_html(data, name=name)
    else:
        text = decode_bytes(data, encoding=encoding, name=name)
    article = parse_article(
        text,
        fmt=fmt,
        article_id=p.stem,
        path=name,
        checksum=hashlib.sha256(data).hexdigest(),
        blocklist=blocklist,
    )
    if not force and article.language not in ("vi", "unknown", ""):
        raise NotVietnameseError(
            f"`{name}` looks like {language_name(article.language)}, not Vietnamese;"
            " pass --force to translate it anyway"
        )
    return article
