"""One exception base with one subclass per pipeline stage.

Every message is written for the person at the terminal: it says what is wrong
and how to fix it, on one line.  The CLI prints ``Error: <message>`` and exits
with code 1; library callers catch :class:`TtdnError`.
"""

from __future__ import annotations

import re

__all__ = [
    "OPTION_NAMES",
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
    "TtdnWarning",
]


#: How a message names an option: ``{opt:to}`` reads "targets" to a library caller
#: and "--to" at the command line, so each layer speaks its own terms.
OPTION_NAMES: dict[str, tuple[str, str]] = {
    "to": ("targets", "--to"),
    "out": ("out_dir", "--out"),
    "force": ("force=True", "--force"),
    "encoding": ("encoding=", "--encoding"),
    "glossary": ("glossary=", "--glossary FILE"),
    "allow-unreviewed": ("allow_unreviewed=True", "--allow-unreviewed"),
    "engine": ("prefer=", "--engine"),
    "tm": ("tm_path=", "--tm"),
    "format": ("fmt=", "--format"),
}
_OPTION = re.compile(r"\{opt:([a-z-]+)\}")


def _render(template: str, *, cli: bool) -> str:
    def name(m: re.Match[str]) -> str:
        pair = OPTION_NAMES.get(m.group(1))
        return m.group(0) if pair is None else pair[1 if cli else 0]

    return _OPTION.sub(name, template)


class TtdnError(Exception):
    """Base of every error ttdn_i18n raises on purpose.

    A message may name an option as ``{opt:NAME}`` (see :data:`OPTION_NAMES`):
    ``str(error)`` says it in library terms, :meth:`cli_message` as the flag.
    """

    def __init__(self, message: str) -> None:
        # Keep messages on one line: the CLI promises "one line saying what is wrong".
        self.template = " ".join(message.split())
        super().__init__(_render(self.template, cli=False))

    @property
    def message(self) -> str:
        return str(self)

    def cli_message(self) -> str:
        """The message with options named as command-line flags."""
        return _render(self.template, cli=True)


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


class TtdnWarning(UserWarning):
    """Something a library caller should know while the work goes on (e.g. a broken model).

    The batch job collects these into its summary instead; the CLI prints them
    as ``Warning: …`` lines.
    """
