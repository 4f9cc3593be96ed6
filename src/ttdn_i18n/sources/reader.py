"""Former home of the article readers, kept so older imports keep working.

The readers now live in :mod:`ttdn_i18n.sources.read` (files, reader table),
:mod:`.txt`, :mod:`.html`, :mod:`.md` (candidates) and :mod:`.classify` (typing
rules); import public names from :mod:`ttdn_i18n.sources`.
"""

from ttdn_i18n.sources.classify import (
    BOILERPLATE_RULES,
    CREDIT_LABELS,
    RELATED_HEADERS,
    SECTION_LABELS,
    boilerplate_reason,
    parse_dateline,
)
from ttdn_i18n.sources.html import CLASS_RULES, DROP_TAGS
from ttdn_i18n.sources.read import (
    MAX_ARTICLE_BYTES,
    SUPPORTED_SUFFIXES,
    NotVietnameseError,
    decode_bytes,
    find_articles,
    load_article,
    parse_article,
)

__all__ = [
    "NotVietnameseError",
    "SUPPORTED_SUFFIXES",
    "MAX_ARTICLE_BYTES",
    "BOILERPLATE_RULES",
    "RELATED_HEADERS",
    "SECTION_LABELS",
    "DROP_TAGS",
    "CLASS_RULES",
    "boilerplate_reason",
    "CREDIT_LABELS",
    "find_articles",
    "decode_bytes",
    "load_article",
    "parse_article",
    "parse_dateline",
]
