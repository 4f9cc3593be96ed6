"""One exception base with one subclass per pipeline stage.

Every message is written for the person at the terminal: it says what is wrong
and how to fix it, on one line.  The CLI prints ``Error: <message>`` and exits
with code 1; library callers catch :class:`TtdnError`.
"""

from __future__ import annotations

__all__ = [
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
]


class TtdnError(Exception):
    """Base of every error ttdn_i18n raises on purpose."""

    def __init__(self, message: str) -> None:
        # Keep messages on one line: the CLI promises "one line saying what is wrong".
        super().__init__(" ".join(message.split()))

    @property
    def message(self) -> str:
        return str(self)


class SourceError(TtdnError):
    """An input article cannot be found, decoded or parsed."""


class SegmentError(TtdnError):
    """Text cannot be normalized or split."""


class GlossaryError(TtdnError):
    """A glossary file is missing, malformed or inconsistent."""


class ModelError(TtdnError):
    """A translation model cannot be found, installed, imported or loaded."""


class MTError(TtdnError):
    """Machine translation failed while running."""


class FormatError(TtdnError):
    """An XLIFF, PO or TMX file cannot be written or read."""


class ReviewError(TtdnError):
    """A reviewed file does not match the article it claims to translate."""


class QAError(TtdnError):
    """Quality checks cannot run."""


class TMError(TtdnError):
    """The translation memory cannot be read or written."""


class PublishError(TtdnError):
    """Reviewed files cannot be published."""


class OutputError(TtdnError):
    """The output directory cannot be written."""


class ConfigError(TtdnError):
    """A command-line option or configuration value is invalid."""
