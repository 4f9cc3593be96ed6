"""sources stage: read article files into typed blocks.

Public names; the pieces are :mod:`.read` (files, decoding, the reader table),
:mod:`.txt`, :mod:`.html`, :mod:`.md` (one reader per input type) and
:mod:`.classify` (the block-typing rules shared by every reader).
"""

from ttdn_i18n.sources.classify import boilerplate_reason, parse_dateline
from ttdn_i18n.sources.read import (
    MAX_ARTICLE_BYTES,
    READERS,
    SUPPORTED_SUFFIXES,
    NotVietnameseError,
    decode_bytes,
    find_articles,
    load_article,
    parse_article,
)

__all__ = [
    "MAX_ARTICLE_BYTES",
    "READERS",
    "SUPPORTED_SUFFIXES",
    "NotVietnameseError",
    "boilerplate_reason",
    "decode_bytes",
    "find_articles",
    "load_article",
    "parse_article",
    "parse_dateline",
]
