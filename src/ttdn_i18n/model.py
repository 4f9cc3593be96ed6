"""The data that flows between stages.

Everything here is a frozen dataclass: stages are pure transforms from one
value to the next, and file I/O happens only at the edges (``sources``,
``xliff12``, ``xliff21``, ``po``, ``publish``).

The flow is::

    bytes --sources--> Article (Blocks of Segments)
          --glossary--> TermHit per Segment
          --mt--------> Hypotheses per Segment
          --pipeline--> Document (Units) per target language
          --xliff12/xliff21/po--> files --review--> Document --publish--> page
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

__all__ = [
    "BlockType",
    "TRANSLATABLE_BLOCKS",
    "Severity",
    "Origin",
    "Flag",
    "Span",
    "Segment",
    "Block",
    "Article",
    "TermStatus",
    "TermHit",
    "State",
    "Alternative",
    "Note",
    "Unit",
    "Provenance",
    "Document",
    "article_order",
    "id_block",
]


class BlockType(enum.StrEnum):
    """What a block of an article is.  Values are stable: they go into files."""

    TITLE = "title"
    DATELINE = "dateline"
    LEAD = "lead"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list-item"
    CAPTION = "caption"
    BYLINE = "byline"
    BOILERPLATE = "boilerplate"


#: Blocks whose segments a translator sees.  Boilerplate never does.
TRANSLATABLE_BLOCKS = frozenset(BlockType) - {BlockType.BOILERPLATE}


class Severity(enum.StrEnum):
    """How much a finding matters.  Values go into files and JSON."""

    ERROR = "error"  # blocks publishing
    WARNING = "warning"  # a reviewer should look
    INFO = "info"  # a reminder

    @classmethod
    def parse(cls, text: str | None) -> Severity:
        """Read a severity written by us or by a person; anything unknown is a warning."""
        try:
            return cls((text or "").strip().lower())
        except ValueError:
            return cls.WARNING

    @property
    def priority(self) -> int:
        """XLIFF 1.2 note priority (1 = highest, 10 = lowest)."""
        return {Severity.ERROR: 1, Severity.WARNING: 3, Severity.INFO: 5}[self]


class Origin(enum.StrEnum):
    """Where a unit's target came from."""

    NONE = ""  # no target yet
    MT = "mt"
    TM = "tm"
    HUMAN = "human"
    SOURCE = "source"  # protected text carried over verbatim

    @classmethod
    def parse(cls, text: str | None) -> Origin:
        """Read an origin from a file; anything unknown counts as a person's work."""
        try:
            return cls((text or "").strip().lower())
        except ValueError:
            return cls.HUMAN


@dataclass(frozen=True)
class Flag:
    """Something a reviewer must know about a segment.

    ``code`` is a short machine name (``spam``, ``foreign-language``,
    ``length-capped`` ...); ``evidence`` quotes the suspicious text.
    """

    code: str
    message: str
    evidence: str = ""
    severity: Severity = Severity.WARNING


@dataclass(frozen=True)
class Span:
    """A character range of a segment's text that must not be translated."""

    start: int
    end: int
    kind: str  # "credit" | "name" | "code" | "url"


@dataclass(frozen=True)
class Segment:
    """One sentence (or one protected piece) of a block.

    ``text`` keeps the author's spelling after safe normalization (NFC, the
    look-alike Đ, spaces).  ``key`` is the canonical form used for matching
    (glossary, translation memory): tone-mark placement and case folded.
    ``translate`` is False for text that is carried over verbatim, such as a
    photo credit or a byline that is only a name; ``reason`` says why.
    """

    id: str
    text: str
    key: str
    translate: bool = True
    reason: str = ""
    protected: tuple[Span, ...] = ()
    flags: tuple[Flag, ...] = ()

    @property
    def send_to_mt(self) -> bool:
        """True when MT may see this segment: translatable and not flagged."""
        return self.translate and not self.flags


@dataclass(frozen=True)
class Block:
    """A structural piece of an article, in document order."""

    index: int
    type: BlockType
    text: str
    segments: tuple[Segment, ...] = ()
    reason: str = ""  # why a block was set aside as boilerplate


@dataclass(frozen=True)
class Article:
    """A parsed, cleaned source article."""

    id: str  # stable name used for output paths, e.g. "kontum-2023-09-24"
    path: str  # where it was read from, as given by the user
    format: str  # "txt" | "html" | "md"
    blocks: tuple[Block, ...]
    checksum: str  # sha256 of the raw input bytes
    language: str = "vi"
    date: str = ""
    url: str = ""

    @property
    def content_blocks(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.type in TRANSLATABLE_BLOCKS)

    @property
    def boilerplate(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.type is BlockType.BOILERPLATE)

    @property
    def segments(self) -> tuple[Segment, ...]:
        return tuple(s for b in self.content_blocks for s in b.segments)

    @property
    def title(self) -> str:
        for b in self.blocks:
            if b.type is BlockType.TITLE:
                return b.text
        return ""


class TermStatus(enum.StrEnum):
    APPROVED = "approved"
    PROPOSED = "proposed"
    FORBIDDEN = "forbidden"

    @classmethod
    def parse(cls, text: str | None) -> TermStatus | None:
        """A status read back from a file; None when absent or unknown."""
        try:
            return cls((text or "").strip().lower())
        except ValueError:
            return None


@dataclass(frozen=True)
class TermHit:
    """A glossary concept found in a segment, with what the target should say.

    ``start``/``end`` index the segment's ``text``.  ``target`` is the
    approved (or, failing that, proposed) rendering for the document's
    language; ``present`` says whether it was found in the translation
    (None until there is a translation to check).
    """

    concept_id: str
    start: int
    end: int
    source: str
    term: str  # the glossary's Vietnamese headword
    target: str = ""
    status: TermStatus | None = None
    forbidden: tuple[str, ...] = ()
    present: bool | None = None
    forbidden_found: tuple[str, ...] = ()


class State(enum.StrEnum):
    """Our state vocabulary; each format maps it one to one (see its module)."""

    NEW = "new"  # no target: needs human translation
    NEEDS_REVIEW = "needs-review"  # MT or a fuzzy/unreviewed target
    TRANSLATED = "translated"  # a person translated or edited it
    SIGNED_OFF = "signed-off"  # a reviewer approved it
    FINAL = "final"

    @property
    def reviewed(self) -> bool:
        return self in (State.TRANSLATED, State.SIGNED_OFF, State.FINAL)


@dataclass(frozen=True)
class Alternative:
    """Another candidate translation (n-best MT, previous translation, TM).

    ``lang`` is set when the text is not in the document's target language:
    the English intermediate of a pivot route (vi→en→lo) is kept with
    ``lang="en"`` for translators who read English.
    """

    text: str
    origin: str  # e.g. "mt:translate-vi_en-1.0" or "previous"
    score: float | None = None
    lang: str = ""  # "" = the document's target language


@dataclass(frozen=True)
class Note:
    text: str
    author: str = ""  # "ttdn-glossary", "ttdn-qa", "ttdn-source", a reviewer ...
    annotates: str = "general"  # "source" | "target" | "general"


@dataclass(frozen=True)
class Unit:
    """One translatable (or protected) segment in a target-language document."""

    id: str
    source: str
    target: str = ""
    state: State = State.NEW
    origin: Origin = Origin.NONE  # says where ``target`` came from
    block_type: BlockType = BlockType.PARAGRAPH
    block_index: int = 0
    translate: bool = True
    alternatives: tuple[Alternative, ...] = ()
    notes: tuple[Note, ...] = ()
    terms: tuple[TermHit, ...] = ()
    flags: tuple[Flag, ...] = ()
    protected: tuple[Span, ...] = ()

    @property
    def reviewed(self) -> bool:
        """The one definition of reviewed work, used by status, check, publish and reruns.

        A state a person advanced (translated, signed off, final) *and* a target:
        an emptied target is never reviewed work (a CAT tool that writes
        untouched MT back as an empty string has not approved anything).
        """
        return self.state.reviewed and bool(self.target.strip())


@dataclass(frozen=True)
class Provenance:
    """Who made a document and with what: enough to reproduce it.

    ``signature`` is a one-line string in the spirit of sacrebleu's
    reproducibility signature.
    """

    tool_version: str
    engine: str  # "ctranslate2" | "none"
    model: str  # package name and version, or "" when no model
    route: str  # "direct" | "pivot:en" | "multilingual" | "none" | "tm"
    glossary: str  # "name@sha256:<12 hex>" or "none"
    decoding: str = ""  # e.g. "beam=4,n=3,maxlen=3x+10"

    @property
    def signature(self) -> str:
        parts = [
            f"ttdn-i18n:{self.tool_version}",
            f"engine:{self.engine}",
            f"model:{self.model or 'none'}",
            f"route:{self.route}",
            f"glossary:{self.glossary}",
        ]
        if self.decoding:
            parts.append(f"decoding:{self.decoding}")
        return "|".join(parts)


@dataclass(frozen=True)
class Document:
    """One article in one target language: what XLIFF/PO files hold."""

    article_id: str
    original: str  # the source path or URL recorded as ``original``
    source_lang: str
    target_lang: str
    datatype: str  # "plaintext" | "html"
    units: tuple[Unit, ...]
    provenance: Provenance
    source_checksum: str = ""
    date: str = ""
    notes: tuple[Note, ...] = field(default_factory=tuple)


#: The unit ids we write: ``b<block>.s<sentence>`` (see sources.read).
_OUR_ID = re.compile(r"b(\d{1,9})\.s(\d{1,9})")


def id_block(unit_id: str) -> int | None:
    """The block number in one of our unit ids, or None for a foreign id."""
    m = _OUR_ID.fullmatch(unit_id)
    return int(m[1]) if m else None


def article_order(units: Iterable[Unit]) -> tuple[Unit, ...]:
    """``units`` in article order when every id is ours, else as given.

    A CAT tool may sort units (by length, by status) or drop the ``<group>``s;
    our ids still say where each sentence stands.
    """
    units = tuple(units)
    matches = [_OUR_ID.fullmatch(u.id) for u in units]
    if not units or not all(matches):
        return units
    keys = [(int(m[1]), int(m[2])) for m in matches if m]
    return tuple(u for _, u in sorted(zip(keys, units, strict=True), key=lambda p: p[0]))
