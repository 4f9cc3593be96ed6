"""What a translator-file format is: the :class:`Format` entry and the :class:`Probe`.

Format modules build a :class:`Format`; :mod:`ttdn_i18n.formats.registry`
keeps the table.  Kept apart so that format modules never import the registry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from ttdn_i18n.model import Document
from ttdn_i18n.profiles import Profile

if TYPE_CHECKING:
    from lxml import etree

__all__ = ["Format", "Probe", "Profile"]


class Probe:
    """The bytes of a file being identified, with its XML root parsed at most once."""

    def __init__(self, data: bytes, name: str) -> None:
        self.data = data
        self.name = name

    @cached_property
    def looks_like_xml(self) -> bool:
        head = self.data.removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n")
        return head.startswith(b"<") or self.data.startswith((b"\xff\xfe", b"\xfe\xff"))

    @cached_property
    def xml_root(self) -> etree._Element | None:
        """The root element (safely parsed: no entities, no network), or None if not XML."""
        if not self.looks_like_xml:
            return None
        from ttdn_i18n.xmlsafe import parse_xml

        return parse_xml(self.data, what=self.name)


@dataclass(frozen=True)
class Format:
    """One translator-file format.

    ``detect`` says whether a probed file is in this format (content first;
    the name only where the content cannot tell).  ``parse`` gets the probe
    so XML formats reuse the root parsed for detection.
    """

    name: str
    suffix: str
    description: str
    dump: Callable[[Document], bytes]
    parse: Callable[[Probe], Document]
    detect: Callable[[Probe], bool]
    read_suffixes: tuple[str, ...] = field(default=())
    #: How messages name the format ("XLIFF 1.2"); the name when empty.
    label: str = ""

    @property
    def suffixes(self) -> tuple[str, ...]:
        return (self.suffix, *self.read_suffixes)
