"""ttdn_i18n: Vietnamese external-information news into review-ready XLIFF, offline.

The small public API follows the data flow::

    import ttdn_i18n as t

    article = t.load_article("examples/articles/hoi-nghi-thong-tin-doi-ngoai.txt")
    glossary = t.load_glossary("glossaries/ttdn-starter.tbx")
    for doc in t.translate_articles([article], ["en"], glossary=glossary):
        t.write_xliff(doc, f"out/{doc.target_lang}/{doc.article_id}.xlf")

Nothing here imports CTranslate2 or argostranslate: MT modules load them when
a translation actually runs.
"""

from __future__ import annotations

from pathlib import Path

__version__ = "0.1.0"

from ttdn_i18n.batch import TranslateSummary, translate_paths  # noqa: E402
from ttdn_i18n.errors import (  # noqa: E402
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
)
from ttdn_i18n.model import (  # noqa: E402
    Article,
    Block,
    BlockType,
    Document,
    Flag,
    Provenance,
    Segment,
    State,
    TermHit,
    Unit,
)
from ttdn_i18n.pipeline import translate_articles  # noqa: E402
from ttdn_i18n.sources.reader import find_articles, load_article  # noqa: E402
from ttdn_i18n.terms.glossary import Glossary, load_glossary  # noqa: E402

__all__ = [
    "__version__",
    "Article",
    "Block",
    "BlockType",
    "Document",
    "Flag",
    "Glossary",
    "Provenance",
    "Segment",
    "State",
    "TermHit",
    "Unit",
    "TtdnError",
    "SourceError",
    "SegmentError",
    "GlossaryError",
    "ModelError",
    "MTError",
    "FormatError",
    "ReviewError",
    "QAError",
    "TMError",
    "PublishError",
    "OutputError",
    "ConfigError",
    "find_articles",
    "load_article",
    "load_glossary",
    "translate_articles",
    "translate_paths",
    "TranslateSummary",
    "write_xliff",
    "write_document",
    "read_document",
]


def write_xliff(doc: Document, path: str | Path, fmt: str = "xliff12") -> Path:
    """Write ``doc`` as XLIFF 1.2 (default), XLIFF 2.1 (``"xliff21"``) or PO, atomically."""
    from ttdn_i18n.formats import write_document as _write

    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    _write(doc, out, fmt)
    return out


def write_document(doc: Document, path: str | Path, fmt: str) -> Path:
    """Alias of :func:`write_xliff` for PO output, where "xliff" would read oddly."""
    return write_xliff(doc, path, fmt)


def read_document(path: str | Path) -> Document:
    """Read an XLIFF 1.2, XLIFF 2.x or PO file (ours or saved by a CAT tool)."""
    from ttdn_i18n.formats import read_document as _read

    return _read(Path(path))

