"""ttdn_i18n: Vietnamese external-information news into review-ready XLIFF, offline.

The public API follows the data flow (sources → terms → mt → formats →
review → publish)::

    import ttdn_i18n as t

    article = t.load_article("examples/articles/hoi-nghi-thong-tin-doi-ngoai.txt")
    glossary = t.load_glossary("src/ttdn_i18n/glossaries/ttdn-starter.tbx")
    for doc in t.translate_articles([article], ["en"], glossary=glossary):
        t.write_document(doc, f"out/{doc.target_lang}/{doc.article_id}.xlf", "xliff12")

    findings = t.check_files(["out"])            # QA, as `ttdn-i18n check`
    rows = t.collect_status("out")               # as `ttdn-i18n status`
    report = t.publish_files(["out/en"], "site") # as `ttdn-i18n publish`

Names load lazily (PEP 562): ``import ttdn_i18n`` is cheap, and nothing
imports CTranslate2 or argostranslate until a translation actually runs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ttdn_i18n._version import __version__

#: Public name → the module that defines it.  The one list behind ``__all__``.
_EXPORTS: dict[str, str] = {
    # data between stages
    **dict.fromkeys(
        ["Article", "Block", "BlockType", "Document", "Flag", "Origin", "Provenance",
         "Segment", "Severity", "State", "TermHit", "TermStatus", "Unit"],
        "ttdn_i18n.model",
    ),
    # errors, one per stage
    **dict.fromkeys(
        ["TtdnError", "SourceError", "SegmentError", "GlossaryError", "ModelError", "MTError",
         "FormatError", "ReviewError", "QAError", "TMError", "PublishError", "OutputError",
         "ConfigError", "TtdnWarning"],
        "ttdn_i18n.errors",
    ),
    # sources
    "load_article": "ttdn_i18n.sources",
    "find_articles": "ttdn_i18n.sources",
    # terms
    "Glossary": "ttdn_i18n.terms.glossary",
    "load_glossary": "ttdn_i18n.terms.glossary",
    "TermStrategy": "ttdn_i18n.terms.policy",
    # mt
    "DecodeOptions": "ttdn_i18n.mt.engine",
    # formats
    **dict.fromkeys(
        ["Format", "register_format", "format_names", "read_document", "write_document",
         "dump_document", "parse_document"],
        "ttdn_i18n.formats",
    ),
    # translate
    "translate_articles": "ttdn_i18n.pipeline",
    **dict.fromkeys(
        ["translate_paths", "TranslateSummary", "LanguageSummary", "Progress", "ProgressEvent"],
        "ttdn_i18n.batch",
    ),
    # review
    **dict.fromkeys(
        ["Finding", "Check", "check_document", "check_files", "register_check"],
        "ttdn_i18n.review.qa",
    ),
    **dict.fromkeys(["StatusRow", "collect_status"], "ttdn_i18n.review.status"),
    **dict.fromkeys(["TranslationMemory", "TMMatch", "open_tm"], "ttdn_i18n.review.tm"),
    # publish
    **dict.fromkeys(["publish_files", "PublishReport", "build_page"], "ttdn_i18n.publish"),
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'ttdn_i18n' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:  # what type checkers and IDEs see
    from ttdn_i18n.batch import (
        LanguageSummary,
        Progress,
        ProgressEvent,
        TranslateSummary,
        translate_paths,
    )
    from ttdn_i18n.errors import (
        ConfigError,
        FormatError,
        GlossaryError,
        ModelError,
        MTError,
        OutputError,
        PublishError,
        QAError,
        ReviewError,
        SegmentError,
        SourceError,
        TMError,
        TtdnError,
        TtdnWarning,
    )
    from ttdn_i18n.formats import (
        Format,
        dump_document,
        format_names,
        parse_document,
        read_document,
        register_format,
        write_document,
    )
    from ttdn_i18n.model import (
        Article,
        Block,
        BlockType,
        Document,
        Flag,
        Origin,
        Provenance,
        Segment,
        Severity,
        State,
        TermHit,
        TermStatus,
        Unit,
    )
    from ttdn_i18n.mt.engine import DecodeOptions
    from ttdn_i18n.pipeline import translate_articles
    from ttdn_i18n.publish import PublishReport, build_page, publish_files
    from ttdn_i18n.review.qa import Check, Finding, check_document, check_files, register_check
    from ttdn_i18n.review.status import StatusRow, collect_status
    from ttdn_i18n.review.tm import TMMatch, TranslationMemory, open_tm
    from ttdn_i18n.sources import find_articles, load_article
    from ttdn_i18n.terms.glossary import Glossary, load_glossary
    from ttdn_i18n.terms.policy import TermStrategy
