"""Review profiles (``translate --for``): who will review the files.

A foundation module (only an enum) so that the CLI can offer the choices
without importing the format writers: ``ttdn-i18n --help`` stays instant.
"""

from __future__ import annotations

import enum

__all__ = ["Profile"]


class Profile(enum.StrEnum):
    """Who will review the files (``translate --for``): what works in that tool.

    See the README's "Reviewing in your CAT tool" for what each writes.
    """

    GENERIC = "generic"  # spec-correct XLIFF 1.2 (Trados, memoQ, Translate Toolkit)
    OMEGAT = "omegat"  # also a ready OmegaT project per language
    WEBLATE = "weblate"  # XLIFF 1.2 states as Weblate reads them
    POEDIT = "poedit"  # gettext PO (Poedit, Lokalize, msgfmt-clean)

    @property
    def default_format(self) -> str | None:
        """The format this profile implies when none is named (None: the usual default)."""
        return "po" if self is Profile.POEDIT else None
