"""Official terminology: glossary files, term matching and target-side checks.

Files
    TBX (ISO 30042, the TBX-Basic ``martif`` v2 dialect Translate Toolkit reads)
    is the master format; CSV/TSV is for terminologists who keep spreadsheets.
    Both load into the same :class:`Glossary`; glossaries/README.md documents
    the columns and how TBX statuses map to ours.

Matching
    :meth:`Glossary.match` tokenizes the canonical key of a text into syllables
    and punctuation marks and walks a syllable trie built once per glossary:
    leftmost-longest, non-overlapping, never inside a syllable nor inside a
    document number ("UBND" in "3083/KH-UBND").  The cost is
    linear in the text and does not grow with the glossary (no regex per
    term).  Offsets index ``normalize_text(text)``: for ``Segment.text``,
    which is already normalized, that is the text itself.

Checks
    :func:`verify_terms` says whether each hit's target rendering appears in a
    translation and which forbidden renderings do.

The checksum (and so :attr:`Glossary.stamp`) is the sha256 of a canonical
serialization of the concepts, not of the file bytes: the same terminology
stamps the same whether it was read from TBX or CSV, pretty-printed or not.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from lxml import etree

from ttdn_i18n.atomic import read_regular_file
from ttdn_i18n.errors import FormatError, GlossaryError
from ttdn_i18n.model import TermHit, TermStatus
from ttdn_i18n.sources.normalize import canonical, normalize_text, strip_diacritics
from ttdn_i18n.usercache import cache_dir, prune, read_private, write_private
from ttdn_i18n.xmlsafe import XML_NS, parse_xml

__all__ = [
    "Variant",
    "TargetTerm",
    "Concept",
    "Glossary",
    "Finding",
    "Candidate",
    "CSV_COLUMNS",
    "load_glossary",
    "parse_tbx",
    "parse_csv",
    "dump_tbx",
    "dump_csv",
    "write_glossary",
    "convert_glossary",
    "check_glossary",
    "verify_terms",
    "term_adherence",
    "candidate_terms",
    "count_hits",
    "default_glossary_path",
    "bundled_glossary_path",
    "MISSING_DEFAULT_GLOSSARY",
    "STARTER_GLOSSARY",
    "resolve_glossary",
]

#: CSV/TSV header, in the order :func:`dump_csv` writes it.
CSV_COLUMNS = (
    "id",
    "vi",
    "vi_variants",
    "en",
    "en_status",
    "en_forbidden",
    "lo",
    "lo_status",
    "km",
    "km_status",
    "note",
    "case_sensitive",
    "kind",
    "source",
    "deputy",
    "deputy_word",
    "valid",
    "successor",
    "lo_note",
    "km_note",
)
#: termEntry-level ``<descrip type="ttdn-...">`` extensions and the Concept fields they fill.
_ENTRY_EXTENSIONS = {
    "ttdn-kind": "kind",
    "ttdn-source": "source",
    "ttdn-deputy": "deputy",
    "ttdn-deputy-word": "deputy_word",
    "ttdn-valid": "valid",
    "ttdn-successor": "successor",
}
#: ``ttdn-kind`` values.  Every concept with a kind follows the per-kind case
#: policy (capitalised syllables must be written capitalised); doctypes also
#: need a number after them.  See glossaries/README.md.
KINDS = ("body", "title", "doctype", "place", "term", "org-foreign")
_CSV_LANGS = ("en", "lo", "km")
# Languages with a native reviewer gate: machine-made or unreviewed renderings.
_REVIEW_GATED = {"lo": "Lao", "km": "Khmer"}
# Scripts written without spaces between words: verification is by substring.
_UNSPACED = frozenset({"lo", "km", "th", "my", "zh", "ja"})

_TBX_KIND = {
    "fullform": "fullForm",
    "abbreviation": "abbreviation",
    "acronym": "abbreviation",
    "initialism": "abbreviation",
    "shortform": "abbreviation",
    "variant": "variant",
}
_STATUS_TO_TBX = {
    TermStatus.APPROVED: "preferredTerm-admn-sts",
    TermStatus.PROPOSED: "admittedTerm-admn-sts",
    TermStatus.FORBIDDEN: "deprecatedTerm-admn-sts",
}
_STATUS_WORDS = {
    "approved": TermStatus.APPROVED,
    "preferred": TermStatus.APPROVED,
    "preferredterm": TermStatus.APPROVED,
    "preferredterm-admn-sts": TermStatus.APPROVED,
    "proposed": TermStatus.PROPOSED,
    "admitted": TermStatus.PROPOSED,
    "admittedterm": TermStatus.PROPOSED,
    "admittedterm-admn-sts": TermStatus.PROPOSED,
    "forbidden": TermStatus.FORBIDDEN,
    "deprecated": TermStatus.FORBIDDEN,
    "deprecatedterm": TermStatus.FORBIDDEN,
    "deprecatedterm-admn-sts": TermStatus.FORBIDDEN,
    "supersededterm": TermStatus.FORBIDDEN,
    "supersededterm-admn-sts": TermStatus.FORBIDDEN,
}
_STATUS_HINT = "use approved, proposed or forbidden (or the TBX *-admn-sts values)"


# --- data ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Variant:
    """Another Vietnamese spelling of a concept (abbreviation, alternative form).

    A case-sensitive variant requires every syllable that holds a capital
    letter to be written exactly so ("BCĐ" does not match "bcđ"); its
    lower-case syllables still match in any case ("UBND Tỉnh" matches
    "UBND tỉnh").
    """

    text: str
    case_sensitive: bool
    kind: str  # "fullForm" | "abbreviation" | "variant"


@dataclass(frozen=True)
class TargetTerm:
    lang: str  # primary language subtag: "en", "lo", "km"
    text: str
    status: TermStatus
    note: str = ""  # e.g. "attested: VOV World Lao" (TBX <note> on the tig)


@dataclass(frozen=True)
class Concept:
    """One glossary entry.

    ``vi`` is the headword; ``variants`` are the *other* Vietnamese forms that
    mean the same (the headword is always matched too, see :attr:`forms`).
    ``case_sensitive`` makes the headword (and, in the loaders, every full-form
    variant) match case-sensitively: for a name whose lower-case spelling is
    an ordinary word ("Hòa Bình" the province, "hòa bình" peace).
    Abbreviations are always case-sensitive.

    The national glossary's extensions (``ttdn-*`` descrips, see
    glossaries/README.md): ``kind`` (one of :data:`KINDS`; a concept with a
    kind follows the per-kind case policy), ``source`` (where the English comes
    from), ``deputy`` (id of the deputy rank of a title) and ``deputy_word``
    ("Deputy" or "Vice"), ``valid`` ("until 2025-03-01") and ``successor`` (id
    of the body that replaced it).
    """

    id: str
    vi: str
    variants: tuple[Variant, ...] = ()
    targets: tuple[TargetTerm, ...] = ()
    note: str = ""
    case_sensitive: bool = False
    kind: str = ""
    source: str = ""
    deputy: str = ""
    deputy_word: str = ""
    valid: str = ""
    successor: str = ""

    @functools.cached_property
    def headword(self) -> Variant:
        kind = _infer_kind(self.vi, headword=True)
        return Variant(self.vi, self.case_sensitive or kind == "abbreviation", kind)

    @functools.cached_property
    def forms(self) -> tuple[Variant, ...]:
        """Every Vietnamese form that is matched, headword first."""
        return (self.headword, *self.variants)

    def target(self, lang: str) -> TargetTerm | None:
        """The rendering to use in ``lang``: the approved one, else a proposed one."""
        lang = _primary(lang)
        for wanted in (TermStatus.APPROVED, TermStatus.PROPOSED):
            for t in self.targets:
                if t.lang == lang and t.status is wanted and t.text:
                    return t
        return None

    def forbidden(self, lang: str) -> tuple[str, ...]:
        lang = _primary(lang)
        return tuple(
            t.text for t in self.targets if t.lang == lang and t.status is TermStatus.FORBIDDEN
        )


@dataclass(frozen=True)
class Finding:
    """One problem :func:`check_glossary` found."""

    severity: str  # "error" | "warning"
    concept_id: str
    message: str


@dataclass(frozen=True)
class Candidate:
    """A frequent multi-syllable expression that may deserve a glossary entry."""

    text: str  # the most frequent spelling as written
    count: int
    syllables: int
    score: int  # count × syllables


@dataclass(frozen=True, slots=True)
class _Token:
    text: str  # canonical key of the token, punctuation unified
    start: int
    end: int


class _Node:
    __slots__ = ("children", "forms")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.forms: list[_Form] = []


@dataclass(frozen=True, slots=True)
class _Form:
    concept: Concept
    variant: Variant
    # Per token: the exact (case-kept) key the text must show, or None for "any case".
    exact: tuple[str | None, ...]
    number: bool = False  # a document type: only when a number follows
    en: str = ""  # English of a derived form ("Nghị quyết 57" -> "Resolution"); "" = the concept's


@dataclass(frozen=True, slots=True)
class _Mark:
    """One mark before it becomes a TermHit: a concept, maybe composed with more."""

    i: int  # token range
    j: int
    concept: Concept
    derived_en: str = ""  # from a derived form
    body: Concept | None = None  # "Phó Cục trưởng" + "Cục Lãnh sự"
    place: Concept | None = None  # "... tỉnh" + "Nghệ An"
    connector: str = ""  # "tỉnh" | "city" | "" (how the place was attached)
    ranks: tuple[str, ...] = ()  # outermost first: ("nguyen", "pho")

    @property
    def composed(self) -> bool:
        return bool(self.derived_en or self.body or self.place or self.ranks)


# Rank words that compose with any title (see glossaries/README.md, "Composition").
# Keyed by their first syllable; longest first.
_RANK_WORDS: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _words, _rank in (
    ("ủy viên thường trực", "uvtt"),
    ("ủy viên", "uv"),
    ("thường trực", "tt"),
    ("phó", "pho"),
    ("quyền", "quyen"),
    ("nguyên", "nguyen"),
    ("tổng", "tong"),
    ("trưởng", "truong"),  # bodies only: "Trưởng Ban Chỉ đạo" = Head of the Steering Committee
):
    _key = tuple(canonical(_words).split())
    _RANK_WORDS.setdefault(_key[0], []).append((_key, _rank))
#: English of each rank, as a check reads it (any of these words must be in the English).
RANK_ENGLISH = {
    "pho": ("Deputy", "Vice"),
    "quyen": ("Acting",),
    "nguyen": ("former",),
    "tt": ("Permanent", "Standing"),
    "uv": ("member",),
    "uvtt": ("member",),
    "tong": ("General",),
}
#: Vietnamese spelling of each rank (for checks and tests).
RANK_WORDS = {
    "pho": "Phó", "quyen": "Quyền", "nguyen": "Nguyên", "tt": "Thường trực",
    "uv": "Ủy viên", "uvtt": "Ủy viên Thường trực", "tong": "Tổng",
}
# Ranks that apply to a body too: always (True) or when its name starts "Ban ".
# "Ủy viên Ban Chấp hành ..." = member of the ...; "Thường trực Ban Chỉ đạo" = Permanent
# Board of the Steering Committee; "Phó Ban ..." / "Trưởng Ban ..." = (Deputy) Head of the ...
_BODY_RANK: dict[str, bool | str] = {"uv": True, "uvtt": True, "tt": True,
                                     "pho": "Ban ", "truong": "Ban "}
# A lower-case rank word counts only after these (or punctuation, or at the start):
# "ông Nguyễn Văn A, quyền Giám đốc", "bổ nhiệm quyền Giám đốc", but not
# "thẩm quyền Chủ tịch nước" (the powers of the President).
_RANK_AFTER = frozenset(canonical(
    "ông bà là làm nhiệm giữ chức vụ chí cử và với của tân nay gồm có"
).split())
# Syllables that make a Vietnamese body or title local (it may take a province name).
_LOCAL_WORDS = (
    ("tỉnh",), ("phố",), ("sở",), ("xã",), ("phường",), ("huyện",), ("ubnd",), ("hđnd",),
    ("nhân", "dân"), ("thành", "ủy"), ("tp",),
)
_LOCAL_KEYS: tuple[tuple[str, ...], ...] = tuple(
    tuple(canonical(" ".join(k)).split()) for k in _LOCAL_WORDS
)
_TINH = canonical("tỉnh")
_CITY = (tuple(canonical("thành phố").split()), ("tp",))
_PERMANENT = tuple(canonical("Thường trực", fold_case=False).split())
_PERMANENT_KEY = tuple(canonical("thường trực").split())


@functools.lru_cache(maxsize=65536)
def _canon(text: str, fold_case: bool = True) -> str:
    """canonical(), memoized: glossary forms are canonicalized several times while building."""
    return canonical(text, fold_case=fold_case)


def _has_run(toks: Sequence[str], run: tuple[str, ...]) -> bool:
    n = len(run)
    return any(tuple(toks[k : k + n]) == run for k in range(len(toks) - n + 1))


@dataclass(frozen=True)
class _Index:
    root: _Node
    by_id: dict[str, Concept]
    provinces: frozenset[str]  # ids of Vietnamese provinces/cities (place + TT table 10)
    local: frozenset[str]  # ids of bodies/titles that take a province name after them
    # One-syllable place words ("Tỉnh" = Province) marked only with a province after them:
    # "Tỉnh Hà Nam" = "Ha Nam Province", but "Tỉnh sẽ ..." (sentence start) is not a name.
    needs_place: frozenset[str] = frozenset()
    # Province names that begin with "Thành phố": their rest, for "... thành phố Hồ Chí Minh".
    city_tails: dict[tuple[str, ...], Concept] = field(default_factory=dict)

    @staticmethod
    def build(concepts: Sequence[Concept]) -> _Index:
        root = _Node()
        by_id: dict[str, Concept] = {}
        provinces: set[str] = set()
        local: set[str] = set()
        needs_place: set[str] = set()
        tails: dict[tuple[str, ...], Concept] = {}
        bodies: set[tuple[str, ...]] = set()
        titles: list[tuple[Concept, Variant, list[_Token]]] = []

        def add(form: _Form, keys: Sequence[str], *, derived: bool = False) -> None:
            node = root
            for k in keys:
                node = node.children.setdefault(k, _Node())
            if derived and node.forms:
                return  # an entry of its own wins over a derived form
            node.forms.append(form)

        for concept in concepts:
            by_id.setdefault(concept.id, concept)
            kind = concept.kind
            is_province = kind == "place" and "table 10" in concept.source
            if is_province:
                provinces.add(concept.id)
            for variant in concept.forms:
                folded = _tokens(_canon(variant.text))
                if not folded:
                    continue
                keys = [t.text for t in folded]
                exact = _exact_pattern(
                    variant, force=bool(kind),
                    free_first=kind == "title" and not concept.case_sensitive)
                if kind == "doctype":
                    add(_Form(concept, variant, exact, number=True), keys)
                    if len(keys) > 1 and keys[-1] == "số":
                        en = concept.target("en")
                        short = en.text.removesuffix(" No.") if en else ""
                        add(_Form(concept, variant, exact[:-1], True, short), keys[:-1])
                    continue
                add(_Form(concept, variant, exact), keys)
                if is_province:  # "thành phố Hồ Chí Minh" after a body: "Hồ Chí Minh"
                    for lead in _CITY:
                        if tuple(keys[: len(lead)]) == lead and len(keys) > len(lead):
                            tails[tuple(keys[len(lead) :])] = concept
                if kind in ("body", "title") and any(_has_run(keys, k) for k in _LOCAL_KEYS):
                    local.add(concept.id)
                if kind == "place" and len(keys) == 1 and any(
                        _has_run(keys, k) for k in _LOCAL_KEYS):
                    local.add(concept.id)
                    needs_place.add(concept.id)
                if kind == "body":
                    bodies.add(tuple(keys))
                elif kind == "title":
                    titles.append((concept, variant, folded))
        # "Phó Chủ tịch UBND tỉnh" -> "Phó Chủ tịch Thường trực UBND tỉnh" (Permanent ...).
        for concept, variant, folded in titles:
            keys = [t.text for t in folded]
            en = concept.target("en")
            if en is None:
                continue
            for k in range(1, len(keys)):
                if tuple(keys[k:]) in bodies and tuple(keys[max(0, k - 2) : k]) != _PERMANENT_KEY:
                    cased = _canon(variant.text, False)
                    head, body = cased[: folded[k - 1].end], cased[folded[k].start :]
                    infixes = ["Thường trực"]
                    if keys[k] == "ban":  # "Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương"
                        infixes.append("Ban Thường trực")
                    for infix in infixes:
                        derived = Variant(f"{head} {infix} {body}", variant.case_sensitive,
                                          variant.kind)
                        exact = _exact_pattern(derived, force=bool(concept.kind))
                        form = _Form(concept, derived, exact, en="Permanent " + en.text)
                        infix_keys = _tokens(_canon(infix))
                        add(form, [*keys[:k], *(t.text for t in infix_keys), *keys[k:]],
                            derived=True)
                    break
        return _Index(root, by_id, frozenset(provinces), frozenset(local),
                      frozenset(needs_place), tails)


#: At most this many scans are kept per glossary (then the memo starts again).
_SCAN_CACHE_SIZE = 8192


@dataclass(frozen=True)
class Glossary:
    """A loaded glossary.  The matching index is built once, at construction.

    ``checksum`` is computed from the concepts when not given (see the module
    docstring); :attr:`stamp` is what goes into every output's provenance.
    """

    concepts: tuple[Concept, ...]
    name: str = "glossary"
    checksum: str = ""
    _index: _Index = field(init=False, repr=False, compare=False)
    #: ``_scan`` results by text: a run asks about each segment once per target
    #: language (and again for the MT terms); the scan does not depend on it.
    _scans: dict[str, tuple[str, list[_Token], list[_Mark]]] = field(
        init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Frozen: the derived values are set once here, never mutated afterwards.
        if not self.checksum:
            object.__setattr__(self, "checksum", _checksum(self.concepts))
        object.__setattr__(self, "_index", _Index.build(self.concepts))
        object.__setattr__(self, "_scans", {})

    @classmethod
    def _restore(cls, concepts: tuple[Concept, ...], name: str, checksum: str,
                 index: _Index) -> Glossary:
        """A glossary from parts :func:`load_glossary` kept in its compiled cache."""
        g = object.__new__(cls)
        for attr, value in (("concepts", concepts), ("name", name), ("checksum", checksum),
                            ("_index", index), ("_scans", {})):
            object.__setattr__(g, attr, value)
        return g

    def __len__(self) -> int:
        return len(self.concepts)

    @property
    def stamp(self) -> str:
        return f"{self.name}@sha256:{self.checksum[:12]}"

    def concept(self, concept_id: str) -> Concept | None:
        return self._index.by_id.get(concept_id)

    def match(self, text: str) -> tuple[TermHit, ...]:
        """Every glossary term in ``text``: leftmost-longest, non-overlapping.

        Offsets index ``normalize_text(text)``.  NFC/NFD, old/new tone
        placement, the look-alike Ð, space runs and (except in case-sensitive
        variants and concepts with a kind) case make no difference.  Titles
        compose with rank words, a following body and a province name into one
        hit (see :meth:`hits_for` for the composed English).
        """
        norm, toks, marks = self._scan(text)
        return tuple(self._hit(norm, toks, m) for m in marks)

    def hits_for(self, text: str, lang: str) -> tuple[TermHit, ...]:
        """:meth:`match` with each hit's ``lang`` rendering, status and forbidden forms.

        A composed hit ("Quyền Phó Giám đốc Sở Tài chính tỉnh Nghệ An") gets
        the composed English; in other languages it gets no rendering (the
        glossary has none for the composition) rather than a rank-less one.
        """
        lang = _primary(lang)
        norm, toks, marks = self._scan(text)
        out: list[TermHit] = []
        for m in marks:
            hit = self._hit(norm, toks, m)
            concept = m.concept
            target_text, status = "", None
            if not m.composed:
                target = concept.target(lang)
                if target is not None:
                    target_text, status = target.text, target.status
            elif lang == "en":
                target_text, status = self._english(m)
            out.append(
                replace(hit, target=target_text, status=status,
                        forbidden=concept.forbidden(lang))
            )
        return tuple(out)

    # -- internals ------------------------------------------------------------------------

    def _hit(self, norm: str, toks: list[_Token], m: _Mark) -> TermHit:
        start, end = toks[m.i].start, toks[m.j - 1].end
        source = norm[start:end]
        return TermHit(m.concept.id, start, end, source, source if m.composed else m.concept.vi)

    def _scan(self, text: str) -> tuple[str, list[_Token], list[_Mark]]:
        # Callers only read the result, so one scan per text serves them all.
        cached = self._scans.get(text)
        if cached is not None:
            return cached
        if len(self._scans) >= _SCAN_CACHE_SIZE:
            self._scans.clear()
        result = self._scan_uncached(text)
        self._scans[text] = result
        return result

    def _scan_uncached(self, text: str) -> tuple[str, list[_Token], list[_Mark]]:
        norm = normalize_text(text)
        if not norm:
            return norm, [], []
        # Tone folding is the costly part of canonical(): do it once, lower-case after.
        exact_key = canonical(norm, fold_case=False)
        key = exact_key.lower()
        if len(key) != len(exact_key):
            key = canonical(norm)
        toks = _tokens(key)
        marks: list[_Mark] = []
        i, n = 0, len(toks)
        while i < n:
            mark = self._at(toks, i, exact_key, marks[-1].j if marks else 0)
            if mark is None:
                i += 1
                continue
            marks.append(mark)
            i = mark.j
        return norm, toks, marks

    def _longest(self, toks: list[_Token], i: int, exact_key: str) -> tuple[int, _Form] | None:
        node: _Node | None = self._index.root
        best: tuple[int, _Form] | None = None
        j, n = i, len(toks)
        while j < n and node is not None:
            node = node.children.get(toks[j].text)
            j += 1
            if node is not None and node.forms:
                accepted = _accept(node.forms, toks, i, j, exact_key)
                if accepted is not None and not _inside_code(toks, i, j):
                    best = (j, accepted)
        return best

    def _at(self, toks: list[_Token], i: int, exact_key: str, floor: int) -> _Mark | None:
        """The longest mark starting at token ``i`` (``floor``: first token not yet marked)."""
        ranked = self._ranked(toks, i, exact_key)
        raw = self._longest(toks, i, exact_key)
        core = self._extend(toks, raw, i, exact_key) if raw is not None else None
        if core is not None and core.place is None and core.concept.id in self._index.needs_place:
            core = None
        if core is not None and ranked is not None and ranked.j > core.j:
            core = None
        if core is None:
            return ranked
        c = core.concept
        if (c.kind == "place" and core.j - i == 1 and not core.composed and i - 1 > floor
                and _capitalised_word(toks[i - 1], exact_key) and toks[i - 1].end < toks[i].start
                and toks[i - 2].text not in _SENTENCE_END):
            # "Vũ Đức Đam": a syllable of a person's name, not Germany.  (A capitalised
            # word that starts a sentence does not count: "Phía Campuchia ...".)
            return ranked
        return core

    def _ranked(self, toks: list[_Token], i: int, exact_key: str) -> _Mark | None:
        for words, rank in _RANK_WORDS.get(toks[i].text, ()):
            k = i + len(words)
            if tuple(t.text for t in toks[i:k]) != words or k >= len(toks):
                continue
            first = exact_key[toks[i].start]
            if first.islower() and i > 0 and toks[i - 1].text.isalpha() \
                    and toks[i - 1].text not in _RANK_AFTER:
                continue  # "thẩm quyền Chủ tịch nước": not a rank
            inner = self._at(toks, k, exact_key, k)
            if inner is None:
                continue
            kind = inner.concept.kind
            if (kind == "title" and rank != "truong") or (
                kind == "body" and _BODY_RANK.get(rank, False) in (True, inner.concept.vi[:4])
            ):
                return self._rank(inner, rank, i)
        return None

    def _rank(self, inner: _Mark, rank: str, i: int) -> _Mark:
        deputy = self._index.by_id.get(inner.concept.deputy) if rank == "pho" else None
        if deputy is not None and not inner.ranks and not inner.derived_en:
            return replace(inner, i=i, concept=deputy)  # "Phó" + Bộ trưởng = Thứ trưởng
        return replace(inner, i=i, ranks=(rank, *inner.ranks))

    def _extend(
        self, toks: list[_Token], raw: tuple[int, _Form], i: int, exact_key: str
    ) -> _Mark:
        """A title with the body after it, a body or title with the province after it."""
        j, form = raw
        concept = form.concept
        mark = _Mark(i, j, concept, form.en)
        by_id, n = self._index.by_id, len(toks)
        if concept.kind == "title" and j < n and not _names_body(concept):
            nxt = self._longest(toks, j, exact_key)
            if nxt is not None and nxt[1].concept.kind == "body" and not nxt[1].en:
                mark = replace(mark, j=nxt[0], body=nxt[1].concept)
        holder = mark.body or concept
        if holder.id not in self._index.local:
            return mark
        # "UBND tỉnh" + "Nghệ An"; "Sở Tài chính" + "tỉnh" + "Nghệ An"; "UBND" + "TP.HCM".
        own = [t.text for t in toks[i : mark.j]]
        connector = "tỉnh" if own[-1] == _TINH else ""
        if tuple(own[-2:]) in _CITY or own[-1] == "tp":
            connector = "city"
        starts: list[tuple[int, str]] = []
        if connector == "city":
            back = 2 if tuple(own[-2:]) in _CITY and own[-1] != "tp" else 1
            starts.append((mark.j - back, ""))
        k = mark.j
        if k < n and toks[k].text == _TINH:
            starts.append((k + 1, "tỉnh"))
        elif k + 1 < n and (toks[k].text, toks[k + 1].text) == _CITY[0]:
            starts.append((k + 2, "city"))
        elif k < n and toks[k].text == "tp":
            glued = k + 1 < n and toks[k + 1].text == "." and toks[k].end == toks[k + 1].start
            starts.append((k + 2 if glued else k + 1, "city"))
            starts.append((k, "city"))  # "TP.HCM" is one place form
        starts.append((k, connector))
        for start, conn in starts:
            if start >= n:
                continue
            if conn == "city":
                for size in range(min(4, n - start), 0, -1):
                    words = tuple(t.text for t in toks[start : start + size])
                    city = self._index.city_tails.get(words)
                    if city is not None and _capitalised_word(toks[start], exact_key):
                        return replace(mark, j=start + size, place=city, connector=conn)
            place = self._longest(toks, start, exact_key)
            if place is not None and place[1].concept.id in self._index.provinces \
                    and place[0] > mark.j:
                return replace(mark, j=place[0], place=by_id[place[1].concept.id],
                               connector=conn or connector)
        return mark

    def _english(self, m: _Mark) -> tuple[str, TermStatus | None]:
        """The composed English of a mark and its status (proposed if any part is)."""
        parts = [m.concept, *(c for c in (m.body, m.place) if c is not None)]
        targets = [c.target("en") for c in parts]
        if any(t is None for t in targets):
            return "", None
        status = (TermStatus.APPROVED
                  if all(t is not None and t.status is TermStatus.APPROVED for t in targets)
                  else TermStatus.PROPOSED)
        en = m.derived_en or (targets[0].text if targets[0] else "")
        if m.body is not None and targets[1] is not None:
            en = _with_body(en, targets[1].text)
        if m.place is not None and targets[-1] is not None:
            en = _with_place(en, targets[-1].text, m.connector)
        for rank in reversed(m.ranks):
            en = _with_rank(en, rank, m.concept)
        return en, status


def _names_body(title: Concept) -> bool:
    """True when the title's English already names its body ("Director of the ...")."""
    en = title.target("en")
    return en is None or " of " in en.text


def _strip_the(en: str) -> str:
    return en[4:] if en.startswith(("the ", "The ")) else en


def _with_body(title_en: str, body_en: str) -> str:
    """"Deputy Director General" + "Consular Department"; "Minister" + "Ministry of X"."""
    if title_en.endswith("Minister") and body_en.startswith("Ministry of "):
        return f"{title_en} of {body_en.removeprefix('Ministry of ')}"
    return f"{title_en} of the {_strip_the(body_en)}"


def _with_place(en: str, place_en: str, connector: str) -> str:
    """Put a province name into the English of a local body or title.

    "Chairman of the Provincial People's Committee" + Nghe An -> "Chairman of
    the Nghe An Provincial People's Committee"; "Deputy Director of the
    Department of Finance" + tỉnh Nghệ An -> "Deputy Director of the Nghe An
    Provincial Department of Finance"; + thành phố Hà Nội -> "... of the Hanoi
    Department of ..."; "City People's Committee" + Da Nang -> "Da Nang City
    People's Committee".
    """
    if en == "Province":  # "Tỉnh Hà Nam" (TT 03/2009 table 10)
        return f"{place_en} Province"
    for word in ("Provincial", "provincial", "City", "Municipal"):
        at = en.find(word)
        if at >= 0 and (at == 0 or en[at - 1] == " "):
            word_out = "Provincial" if word == "provincial" else word
            if place_en.endswith(word_out):  # "Ho Chi Minh City" + "City People's ..."
                return f"{en[:at]}{place_en}{en[at + len(word):]}"
            return f"{en[:at]}{place_en} {word_out}{en[at + len(word):]}"
    if en.endswith(" of the province"):
        return f"{en.removesuffix(' of the province')} of {place_en} Province"
    label = f"{place_en} Provincial" if connector == "tỉnh" else place_en
    if " of the " in en:
        head, body = en.split(" of the ", 1)
        return f"{head} of the {label} {body}"
    return f"{label} {_strip_the(en)}"


def _with_rank(en: str, rank: str, concept: Concept) -> str:
    if concept.kind == "body":
        if rank == "truong":
            return f"Head of the {_strip_the(en)}"
        if rank == "pho":
            return f"Deputy {en}" if en.startswith("Head of") else \
                f"Deputy Head of the {_strip_the(en)}"
        if rank == "tt":
            return f"Permanent Board of the {_strip_the(en)}"
    if rank == "pho":
        word = concept.deputy_word or (
            "Vice" if en.startswith(("Chairman", "Chairwoman", "President")) else "Deputy"
        )
        return f"{word} {en}"
    if rank == "quyen":
        return f"Acting {en}"
    if rank == "nguyen":
        return f"former {en}"
    if rank == "tt":
        return f"Permanent {en}"
    if rank == "uv":
        return f"member of the {_strip_the(en)}"
    if rank == "uvtt":
        return f"Standing member of the {_strip_the(en)}"
    # "tong": "Secretary of X" -> "Secretary General of X"
    if " of " in en:
        head, rest = en.split(" of ", 1)
        return f"{head} General of {rest}"
    return f"{en} General"


_SENTENCE_END = frozenset('.!?:;"(')


def _capitalised_word(tok: _Token, exact_key: str) -> bool:
    return tok.text.isalpha() and exact_key[tok.start].isupper()


# --- tokens ----------------------------------------------------------------------------------

# A syllable is a run of word characters; every other non-space character is
# a token of its own, so "biển, đảo" and "biển,đảo" tokenize alike.
_TOKEN = re.compile(r"\w+|[^\w\s]")
_PUNCT_EQUIV = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
    }
)
# Roman numerals of congress and term numbers ("lần thứ XIII") are not acronyms.
_ROMAN = re.compile(r"\A(X{0,3})(IX|IV|V?I{0,3})\Z")


def _tokens(key: str) -> list[_Token]:
    # translate() maps one character to one, so offsets stay valid.
    return [_Token(m.group(), m.start(), m.end()) for m in
            _TOKEN.finditer(key.translate(_PUNCT_EQUIV))]


def _is_acronym(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return (
        len(letters) >= 2
        and all(c.isupper() for c in letters)
        and not _ROMAN.match(token)
    )


def _infer_kind(text: str, *, headword: bool) -> str:
    """"BCĐ", "UBND tỉnh", "Đài PT-TH tỉnh" are abbreviations; the rest are full forms."""
    if any(_is_acronym(t.text) for t in _tokens(normalize_text(text))):
        return "abbreviation"
    return "fullForm" if headword else "variant"


def _exact_pattern(
    variant: Variant, *, force: bool = False, free_first: bool = False
) -> tuple[str | None, ...]:
    """Per token, the capitalised spelling the text must show (None: any case).

    ``force`` is the per-kind case policy: a concept with a ``ttdn-kind`` is a
    name, so its capitalised syllables must be capitalised in the text ("Sở",
    "Ban", "Kế hoạch số"), whatever the variant says.  ``free_first`` (titles of a
    full-form variant): the first syllable may be written in either case, as the press
    does ("ủy viên Bộ Chính trị", "phó chủ tịch"), unless it is an acronym.
    """
    toks = _tokens(_canon(variant.text, False))
    if not (variant.case_sensitive or force):
        return tuple(None for _ in toks)
    return tuple(
        t.text if any(c.isupper() for c in t.text)
        and not (free_first and k == 0 and not _is_acronym(t.text)) else None
        for k, t in enumerate(toks)
    )


def _accept(
    forms: list[_Form], toks: list[_Token], i: int, j: int, exact_key: str
) -> _Form | None:
    for form in forms:
        if form.number and not (j < len(toks) and toks[j].text[:1].isdigit()):
            continue  # "Kế hoạch số 12/KH-UBND", never "Kế hoạch" alone
        if all(
            want is None or exact_key[toks[i + k].start : toks[i + k].end] == want
            for k, want in enumerate(form.exact)
        ):
            return form
    return None


def _inside_code(toks: list[_Token], i: int, j: int) -> bool:
    """True when ``toks[i:j]`` is glued to digits, as "UBND" in "3083/KH-UBND".

    A document number is not a term: it stays as written in every language.
    Glued punctuation alone ("(BCĐ)", "Hoa/TTXVN") does not count.
    """
    k = i
    while k > 0 and toks[k - 1].end == toks[k].start:
        k -= 1
        if any(c.isdigit() for c in toks[k].text):
            return True
    k = j - 1
    while k + 1 < len(toks) and toks[k].end == toks[k + 1].start:
        k += 1
        if any(c.isdigit() for c in toks[k].text):
            return True
    return False


def _primary(lang: str) -> str:
    return lang.replace("_", "-").split("-")[0].strip().lower()


# --- reading ---------------------------------------------------------------------------------


#: The glossary ``translate`` and the ``glossary`` commands use when none is given.
DEFAULT_GLOSSARY = "ttdn-national.tbx"


#: The small example glossary shipped beside the national one.
STARTER_GLOSSARY = "ttdn-starter.tbx"


def bundled_glossary_path(name: str = DEFAULT_GLOSSARY) -> Path | None:
    """A glossary shipped inside the package (``ttdn_i18n/glossaries/NAME``), or None.

    Read with :mod:`importlib.resources`, so a wheel installed anywhere finds
    it, not only a source checkout.
    """
    from importlib.resources import files

    try:
        found = files("ttdn_i18n").joinpath("glossaries", name)
    except (ModuleNotFoundError, OSError):
        return None
    # A normal (unzipped) installation gives a real path; a zipped one has none.
    path = Path(str(found))
    return path if path.is_file() else None


def default_glossary_path() -> Path | None:
    """The national glossary shipped in the package, or None when it is not there.

    The one rule for finding the default glossary: callers never build the path
    themselves (the starter glossary stays as the small example).
    """
    return bundled_glossary_path(DEFAULT_GLOSSARY)


#: What translate says (as a warning in its summary) when it runs without a glossary
#: because the default one is missing.
MISSING_DEFAULT_GLOSSARY = (
    f"no glossary: the default glossary ttdn_i18n/glossaries/{DEFAULT_GLOSSARY} is not in "
    "this installation, so no terms were marked or checked; reinstall ttdn-i18n or pass "
    "--glossary FILE (or --no-glossary to silence this)"
)


def resolve_glossary(path: str | os.PathLike[str] | None) -> Glossary:
    """Load ``path``, or the default (national) glossary when ``path`` is None."""
    if path is None:
        default = default_glossary_path()
        if default is None:
            raise GlossaryError(
                f"no glossary given and ttdn_i18n/glossaries/{DEFAULT_GLOSSARY} is not in "
                "this installation; reinstall ttdn-i18n or pass --glossary FILE"
            )
        path = default
    return load_glossary(path)


#: A national glossary is a few MB; anything far larger is the wrong file.
MAX_GLOSSARY_BYTES = 200_000_000


def load_glossary(path: str | os.PathLike[str]) -> Glossary:
    """Read a ``.tbx`` (or ``.xml``), ``.csv`` or ``.tsv`` glossary.

    The parsed, indexed glossary is kept in the compiled-glossary cache (see
    :func:`ttdn_i18n.usercache.cache_dir`), keyed by the file's bytes and this code, so
    the next process loads it in a tenth of the time.  The cache never changes
    a result: a miss, a damaged entry or an unwritable folder means parsing
    the file as if there were no cache.
    """
    p = Path(path)
    fmt = _format_of(p)
    data = _read_glossary_bytes(p)
    key = _compiled_key(data, fmt, p.stem)
    cached = _load_compiled(key)
    if cached is not None:
        return cached
    g = _parse_glossary_bytes(data, fmt, p)
    _store_compiled(key, g)
    return g


def _read_glossary_bytes(p: Path) -> bytes:
    try:
        data = read_regular_file(p, MAX_GLOSSARY_BYTES, what="glossary", error_cls=GlossaryError)
    except FileNotFoundError:
        raise GlossaryError(
            f"glossary {p} not found; check the path (the shipped glossaries are in "
            f"{Path(__file__).resolve().parents[1] / 'glossaries'})"
        ) from None
    except OSError as exc:
        raise GlossaryError(
            f"cannot read glossary {p} ({exc.strerror or exc}); check that it is a readable file"
        ) from None
    return data


def _parse_glossary_bytes(data: bytes, fmt: str, p: Path) -> Glossary:
    if fmt == "tbx":
        return parse_tbx(data, name=p.stem, what=str(p))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GlossaryError(
            f"{p} is not UTF-8 (byte {exc.start}); save the spreadsheet as UTF-8 CSV"
        ) from None
    return parse_csv(text, delimiter="\t" if fmt == "tsv" else ",", name=p.stem, what=str(p))


def _format_of(path: Path) -> str:
    ext = path.suffix.lower()
    if ext in (".tbx", ".xml"):
        return "tbx"
    if ext == ".csv":
        return "csv"
    if ext in (".tsv", ".tab"):
        return "tsv"
    raise GlossaryError(
        f"{path}: unknown glossary format '{ext or path.name}'; use a .tbx, .csv or .tsv file"
    )


# --- compiled-glossary cache ----------------------------------------------------------------

# Parsing and indexing the national glossary takes about 0.2 s, most of a short
# run's start-up; the compiled form loads from the user's cache folder
# (:func:`ttdn_i18n.usercache.cache_dir`) in about 0.03 s.
# Bump when what is pickled changes shape in a way the code digest would not show.
_COMPILED_FORMAT = "ttdn-compiled-glossary/1"
#: Compiled glossaries kept; older ones are removed when a new one is written.
_COMPILED_KEEP = 8
_COMPILED_MAX_BYTES = 512_000_000


@functools.lru_cache(maxsize=1)
def _code_digest() -> str:
    """The code that turns a file into a compiled glossary, hashed.

    The key includes it, so an edited checkout (same version number, other
    matching rules) never loads a glossary compiled by the old code.
    """
    import sys

    from ttdn_i18n import model
    from ttdn_i18n.sources import normalize

    digest = hashlib.sha256(f"{_COMPILED_FORMAT}|{sys.version_info[:2]}".encode())
    for module_file in (__file__, normalize.__file__, model.__file__):
        digest.update(Path(str(module_file)).read_bytes())
    return digest.hexdigest()


def _compiled_key(data: bytes, fmt: str, stem: str) -> str:
    try:
        code = _code_digest()
    except OSError:  # a zipped install: no sources to hash, so no cache
        return ""
    digest = hashlib.sha256(code.encode())
    digest.update(f"|{fmt}|{stem}|".encode("utf-8", "surrogatepass"))
    digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()[:40]


def _load_compiled(key: str) -> Glossary | None:
    import pickle

    data = read_private(f"glossary-{key}.pickle", _COMPILED_MAX_BYTES) if key else None
    if data is None:
        return None
    try:
        # Unpickling runs code: read_private only returns a file this user owns
        # and nobody else may write (the user's own cache folder).
        marker, concepts, name, checksum, index = pickle.loads(data)  # noqa: S301
        if marker != _COMPILED_FORMAT or not isinstance(index, _Index):
            return None
        return Glossary._restore(tuple(concepts), str(name), str(checksum), index)
    except Exception:  # noqa: BLE001 -- any damaged entry is a miss: parse the file instead
        return None


def _store_compiled(key: str, g: Glossary) -> None:
    import pickle

    if not key or cache_dir() is None:
        return
    payload = (_COMPILED_FORMAT, g.concepts, g.name, g.checksum, g._index)
    try:
        data = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, RecursionError):
        return  # a cache that cannot be written only costs the next run 0.2 s
    if write_private(f"glossary-{key}.pickle", data):
        prune("glossary-*.pickle", _COMPILED_KEEP)


def _local(elem: etree._Element) -> str:
    tag = elem.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _children(elem: etree._Element, *names: str) -> list[etree._Element]:
    return [c for c in elem if _local(c) in names]


def _text(elem: etree._Element) -> str:
    return " ".join("".join(elem.itertext()).split())


def _lang_of(elem: etree._Element) -> str:
    return _primary(elem.get(f"{{{XML_NS}}}lang") or elem.get("lang") or "")


def parse_tbx(data: bytes, *, name: str = "glossary", what: str = "glossary") -> Glossary:
    """Parse TBX bytes (``martif`` v2; TBX v3 ``tbx``/``conceptEntry`` is read too)."""
    try:
        root = parse_xml(data, what=what)
    except FormatError as exc:
        raise GlossaryError(str(exc)) from None
    if _local(root) not in ("martif", "tbx"):
        raise GlossaryError(
            f"{what}: root element is <{_local(root)}>, not <martif>; give a TBX glossary "
            "(or a .csv/.tsv spreadsheet)"
        )
    title = ""
    for elem in root.iter("{*}title"):
        if _local(elem) == "title":
            title = _text(elem)
            break
    concepts: list[Concept] = []
    for number, entry in enumerate(
        root.iter("{*}termEntry", "{*}conceptEntry"), start=1
    ):
        concepts.append(_parse_entry(entry, number, what))
    if not concepts:
        raise GlossaryError(f"{what}: no <termEntry> found; add entries or check the file")
    return Glossary(tuple(concepts), name=title or name)


def _entry_note(entry: etree._Element) -> str:
    notes: list[str] = []
    for elem in entry:
        if _local(elem) == "descripGrp":
            elem = next(iter(_children(elem, "descrip")), elem)
        definition = _local(elem) == "descrip" and elem.get("type") in (None, "definition")
        if definition or _local(elem) == "note":
            notes.append(_text(elem))
    return " ".join(n for n in notes if n)


def _parse_entry(entry: etree._Element, number: int, what: str) -> Concept:
    cid = (entry.get("id") or "").strip()
    where = f"{what}: termEntry #{number}" + (f" '{cid}'" if cid else "")
    if not cid:
        raise GlossaryError(f"{where} has no id attribute; give every termEntry a unique id")
    vi_forms: list[tuple[str, str | None, TermStatus | None, bool | None]] = []
    targets: list[TargetTerm] = []
    ext: dict[str, str] = {}
    for elem in entry:
        if _local(elem) == "descrip" and elem.get("type") in _ENTRY_EXTENSIONS:
            ext[_ENTRY_EXTENSIONS[elem.get("type", "")]] = _text(elem)
    if ext.get("kind", "") not in ("", *KINDS):
        raise GlossaryError(f"{where}: ttdn-kind is '{ext['kind']}'; use one of {', '.join(KINDS)}")
    for lang_set in _children(entry, "langSet", "langSec"):
        lang = _lang_of(lang_set)
        if not lang:
            raise GlossaryError(f"{where}: a <langSet> has no xml:lang; add xml:lang=\"vi\" etc.")
        for tig in _children(lang_set, "tig", "ntig", "termSec"):
            text, kind, status, exact = _parse_term(tig, f"{where} ({lang})")
            if not text:
                continue
            if lang == "vi":
                vi_forms.append((text, kind, status, exact))
            else:
                note = " ".join(_text(n) for n in _children(tig, "note"))
                targets.append(TargetTerm(lang, text, status or TermStatus.PROPOSED, note))
    if not vi_forms:
        raise GlossaryError(
            f"{where} has no Vietnamese term; add a <langSet xml:lang=\"vi\"> with a <term>"
        )
    # The headword is the preferred Vietnamese term, else the first one.
    head = next((i for i, f in enumerate(vi_forms) if f[2] is TermStatus.APPROVED), 0)
    vi, _kind, _status, head_exact = vi_forms[head]
    variants: list[Variant] = []
    for i, (text, kind, _status, exact) in enumerate(vi_forms):
        if i == head:
            continue
        kind = kind or _infer_kind(text, headword=False)
        variants.append(Variant(text, kind == "abbreviation" if exact is None else exact, kind))
    return Concept(
        cid, vi, tuple(variants), tuple(targets), _entry_note(entry), bool(head_exact), **ext
    )


def _parse_term(
    tig: etree._Element, where: str
) -> tuple[str, str | None, TermStatus | None, bool | None]:
    holder = tig
    if _local(tig) == "ntig":
        holder = next(iter(_children(tig, "termGrp")), tig)
    term = next(iter(_children(holder, "term")), None)
    text = normalize_text(_text(term)) if term is not None else ""
    kind: str | None = None
    status: TermStatus | None = None
    override: TermStatus | None = None
    exact: bool | None = None
    notes = list(holder.iter("{*}termNote"))
    for note in notes:
        kind_attr = note.get("type", "")
        value = _text(note)
        if kind_attr == "termType":
            kind = _TBX_KIND.get(value.lower(), "variant")
        elif kind_attr == "administrativeStatus":
            status = _parse_status(value, where)
        elif kind_attr == "ttdn-status":
            override = _parse_status(value, where)
        elif kind_attr == "ttdn-caseSensitive":
            if value.lower() not in ("yes", "no"):
                raise GlossaryError(f"{where}: ttdn-caseSensitive is '{value}'; use yes or no")
            exact = value.lower() == "yes"
    return text, kind, override or status, exact


def _parse_status(value: str, where: str) -> TermStatus:
    status = _STATUS_WORDS.get(value.strip().lower())
    if status is None:
        raise GlossaryError(f"{where}: unknown status '{value}'; {_STATUS_HINT}")
    return status


#: NUL and other C0 controls (but tab and line breaks) cannot be written to TBX or XLIFF.
_CONTROL_IN_CSV = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def parse_csv(
    text: str, *, delimiter: str = ",", name: str = "glossary", what: str = "glossary"
) -> Glossary:
    """Parse a CSV/TSV glossary (columns: :data:`CSV_COLUMNS`; only id and vi required)."""
    bad = _CONTROL_IN_CSV.search(text)
    if bad is not None:
        line = text.count("\n", 0, bad.start()) + 1
        raise GlossaryError(
            f"{what}: line {line} holds the control character U+{ord(bad.group()):04X}; "
            "remove it (it often comes from a broken export) and save the file again"
        )
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    header = [h.strip() for h in (reader.fieldnames or [])]
    reader.fieldnames = header
    twice = sorted({h for h in header if h and header.count(h) > 1})
    if twice:
        raise GlossaryError(
            f"{what}: the header has the column '{twice[0]}' {header.count(twice[0])} times; "
            "keep one (merge the cells) so no term is silently dropped"
        )
    for required in ("id", "vi"):
        if required not in header:
            raise GlossaryError(
                f"{what}: the header has no '{required}' column; the columns are "
                f"{', '.join(CSV_COLUMNS)} (see glossaries/README.md)"
            )
    unknown = [h for h in header if h not in CSV_COLUMNS]
    if unknown:
        raise GlossaryError(
            f"{what}: unknown column '{unknown[0]}'; the columns are {', '.join(CSV_COLUMNS)}"
        )
    concepts: list[Concept] = []
    try:
        for row in reader:
            concept = _parse_row(row, f"{what}: line {reader.line_num}")
            if concept is not None:
                concepts.append(concept)
    except csv.Error as exc:
        raise GlossaryError(
            f"{what}: line {reader.line_num}: broken CSV ({exc}); check the quotes"
        ) from None
    if not concepts:
        raise GlossaryError(f"{what}: no rows found; add one concept per row under the header")
    return Glossary(tuple(concepts), name=name)


def _split(cell: str) -> list[str]:
    return [normalize_text(p) for p in cell.split("|") if p.strip()]


def _parse_row(row: dict[str | None, str | list[str] | None], where: str) -> Concept | None:
    if None in row:
        raise GlossaryError(f"{where} has more cells than the header; quote cells holding commas")

    def cell(col: str) -> str:
        value = row.get(col)
        return value.strip() if isinstance(value, str) else ""

    if not any(cell(c) for c in CSV_COLUMNS):
        return None  # blank line in the spreadsheet
    cid, vi = cell("id"), normalize_text(cell("vi"))
    if not cid:
        raise GlossaryError(f"{where} has no id; give every row a unique id")
    if not vi:
        raise GlossaryError(f"{where} ('{cid}') has no Vietnamese term in the 'vi' column")
    flag = cell("case_sensitive").lower()
    if flag not in ("", "yes", "no"):
        raise GlossaryError(f"{where} ('{cid}'): case_sensitive is '{flag}'; use yes or leave it "
                            "empty")
    exact = flag == "yes"
    variants = []
    for text in _split(cell("vi_variants")):
        kind = _infer_kind(text, headword=False)
        variants.append(Variant(text, exact or kind == "abbreviation", kind))
    targets: list[TargetTerm] = []
    for lang in _CSV_LANGS:
        text = normalize_text(cell(lang))
        status_text = cell(f"{lang}_status")
        if text:
            status = (
                _parse_status(status_text, f"{where} ('{cid}', {lang}_status)")
                if status_text
                else TermStatus.PROPOSED
            )
            note = cell(f"{lang}_note") if lang != "en" else ""
            targets.append(TargetTerm(lang, text, status, note))
        elif status_text:
            raise GlossaryError(
                f"{where} ('{cid}') has {lang}_status '{status_text}' but no {lang} term; "
                f"fill the '{lang}' column or clear the status"
            )
        for bad in _split(cell(f"{lang}_forbidden")) if lang == "en" else []:
            targets.append(TargetTerm(lang, bad, TermStatus.FORBIDDEN))
    kind = cell("kind")
    if kind not in ("", *KINDS):
        raise GlossaryError(f"{where} ('{cid}'): kind is '{kind}'; use one of {', '.join(KINDS)}")
    ext = {attr: cell(attr) for attr in _ENTRY_EXTENSIONS.values()}
    return Concept(cid, vi, tuple(variants), tuple(targets), cell("note"), exact, **ext)


# --- writing ---------------------------------------------------------------------------------


def _tbx_tree(concepts: Sequence[Concept], name: str) -> etree._Element:
    root = etree.Element("martif", type="TBX")
    root.set(f"{{{XML_NS}}}lang", "vi")
    header = etree.SubElement(root, "martifHeader")
    file_desc = etree.SubElement(header, "fileDesc")
    title_stmt = etree.SubElement(file_desc, "titleStmt")
    etree.SubElement(title_stmt, "title").text = name
    source_desc = etree.SubElement(file_desc, "sourceDesc")
    etree.SubElement(source_desc, "p").text = (
        "ttdn-i18n glossary. Statuses: preferredTerm = approved, admittedTerm + "
        "ttdn-status = proposed, deprecatedTerm = forbidden; see glossaries/README.md."
    )
    encoding_desc = etree.SubElement(header, "encodingDesc")
    etree.SubElement(encoding_desc, "p", type="XCSURI").text = "TBXBasicXCSV02.xcs"
    body = etree.SubElement(etree.SubElement(root, "text"), "body")
    for concept in concepts:
        entry = etree.SubElement(body, "termEntry", id=concept.id)
        if concept.note:
            etree.SubElement(entry, "descrip", type="definition").text = concept.note
        for descrip, attr in _ENTRY_EXTENSIONS.items():
            if getattr(concept, attr):
                etree.SubElement(entry, "descrip", type=descrip).text = getattr(concept, attr)
        vi = etree.SubElement(entry, "langSet")
        vi.set(f"{{{XML_NS}}}lang", "vi")
        for number, variant in enumerate(concept.forms):
            status = TermStatus.APPROVED if number == 0 else TermStatus.PROPOSED
            tig = _tig(vi, variant.text, variant.kind, status, False)
            if variant.case_sensitive != (variant.kind == "abbreviation"):
                note = etree.SubElement(tig, "termNote", type="ttdn-caseSensitive")
                note.text = "yes" if variant.case_sensitive else "no"
        langs: list[str] = []
        for t in concept.targets:
            if t.lang not in langs:
                langs.append(t.lang)
        for lang in langs:
            lang_set = etree.SubElement(entry, "langSet")
            lang_set.set(f"{{{XML_NS}}}lang", lang)
            for t in concept.targets:
                if t.lang == lang:
                    tig = _tig(lang_set, t.text, None, t.status, True)
                    if t.note:
                        etree.SubElement(tig, "note").text = t.note
    return root


def _tig(
    parent: etree._Element, text: str, kind: str | None, status: TermStatus, target: bool
) -> etree._Element:
    tig = etree.SubElement(parent, "tig")
    etree.SubElement(tig, "term").text = text
    if kind:
        etree.SubElement(tig, "termNote", type="termType").text = kind
    etree.SubElement(tig, "termNote", type="administrativeStatus").text = _STATUS_TO_TBX[status]
    if target and status is TermStatus.PROPOSED:
        # admittedTerm alone means "acceptable" in ISO 12620; ours means "not yet
        # confirmed", so say it explicitly for tools that read the note.
        etree.SubElement(tig, "termNote", type="ttdn-status").text = "proposed"
    return tig


def _checksum(concepts: Sequence[Concept]) -> str:
    """sha256 of a canonical serialization of the concepts (every field, in order)."""
    digest = hashlib.sha256()
    for c in concepts:
        fields = [c.id, c.vi, c.note, "1" if c.case_sensitive else "0", c.kind, c.source,
                  c.deputy, c.deputy_word, c.valid, c.successor]
        for v in c.variants:
            fields += ["v", v.text, "1" if v.case_sensitive else "0", v.kind]
        for t in c.targets:
            fields += ["t", t.lang, t.text, t.status.value, t.note]
        digest.update("\x1f".join(fields).encode("utf-8") + b"\x1e")
    return digest.hexdigest()


def dump_tbx(g: Glossary) -> bytes:
    """The glossary as TBX-Basic (``martif``) bytes, UTF-8, pretty-printed."""
    body: bytes = etree.tostring(_tbx_tree(g.concepts, g.name), encoding="UTF-8",
                                 pretty_print=True)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body


def dump_csv(g: Glossary, delimiter: str = ",") -> str:
    """The glossary as CSV (or TSV with ``delimiter="\\t"``).

    Raises :class:`GlossaryError` when a concept needs more than a spreadsheet
    row holds (two renderings in one language, another language, forbidden
    Lao/Khmer forms, a variant whose case rule differs from the inferred one).
    """
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for concept in g.concepts:
        row = {c: "" for c in CSV_COLUMNS}
        row["id"], row["vi"], row["note"] = concept.id, concept.vi, concept.note
        row["case_sensitive"] = "yes" if concept.case_sensitive else ""
        for attr in _ENTRY_EXTENSIONS.values():
            row[attr] = getattr(concept, attr)
        for variant in concept.variants:
            abbreviation = _infer_kind(variant.text, headword=False) == "abbreviation"
            if (abbreviation or concept.case_sensitive) != variant.case_sensitive:
                raise GlossaryError(
                    f"concept '{concept.id}': variant '{variant.text}' is "
                    f"{'' if variant.case_sensitive else 'not '}case-sensitive, which a CSV "
                    "cannot say; keep this glossary in TBX"
                )
        row["vi_variants"] = "|".join(v.text for v in concept.variants)
        for t in concept.targets:
            if t.lang not in _CSV_LANGS:
                raise GlossaryError(
                    f"concept '{concept.id}' has a '{t.lang}' term; the CSV columns hold only "
                    "en, lo and km: keep this glossary in TBX"
                )
            if t.status is TermStatus.FORBIDDEN:
                if t.lang != "en":
                    raise GlossaryError(
                        f"concept '{concept.id}' has a forbidden {t.lang} term; the CSV has "
                        "only en_forbidden: keep this glossary in TBX"
                    )
                row["en_forbidden"] = "|".join(x for x in (row["en_forbidden"], t.text) if x)
                continue
            if row[t.lang]:
                raise GlossaryError(
                    f"concept '{concept.id}' has two {t.lang} renderings; a CSV row holds one: "
                    "keep this glossary in TBX or drop one"
                )
            if t.note and t.lang == "en":
                raise GlossaryError(
                    f"concept '{concept.id}' has a note on its English term, which a CSV "
                    "cannot hold: keep this glossary in TBX"
                )
            row[t.lang], row[f"{t.lang}_status"] = t.text, t.status.value
            if t.lang != "en":
                row[f"{t.lang}_note"] = t.note
        writer.writerow([row[c] for c in CSV_COLUMNS])
    return out.getvalue()


def write_glossary(g: Glossary, path: str | os.PathLike[str]) -> None:
    """Write ``g`` in the format the extension names, atomically (temp file + rename)."""
    p = Path(path)
    fmt = _format_of(p)
    if fmt == "tbx":
        data = dump_tbx(g)
    else:
        data = dump_csv(g, "\t" if fmt == "tsv" else ",").encode("utf-8")
    from ttdn_i18n.atomic import atomic_write
    from ttdn_i18n.errors import OutputError

    # The one atomic writer: file mode from the umask, fsync, rename.
    try:
        atomic_write(p, data)
    except OutputError as exc:
        raise GlossaryError(f"{exc}; check that the directory exists and is writable") from None


def convert_glossary(
    src: str | os.PathLike[str], dst: str | os.PathLike[str]
) -> Glossary:
    """Read ``src`` and write it to ``dst`` (formats by extension); returns the glossary."""
    g = load_glossary(src)
    write_glossary(g, dst)
    return g


# --- checks ----------------------------------------------------------------------------------


def _form_key(variant: Variant) -> tuple[str, ...]:
    return tuple(t.text for t in _tokens(canonical(variant.text)))


def check_glossary(g: Glossary) -> list[Finding]:
    """Problems a terminologist must fix ("error") or should look at ("warning")."""
    findings: list[Finding] = []
    seen_ids: set[str] = set()
    head_owner: dict[tuple[str, ...], str] = {}
    form_owner: dict[tuple[str, ...], list[tuple[str, Variant]]] = {}
    for concept in g.concepts:
        cid = concept.id

        def add(severity: str, message: str, cid: str = cid) -> None:
            findings.append(Finding(severity, cid, message))

        if cid in seen_ids:
            add("error", "duplicate id; ids must be unique")
        seen_ids.add(cid)
        if not concept.vi.strip():
            add("error", "empty Vietnamese term")
            continue
        head = _form_key(concept.headword)
        duplicate = head in head_owner
        if duplicate:
            add("error", f"duplicate of concept '{head_owner[head]}' (same Vietnamese term "
                f"'{concept.vi}'); merge the two entries")
        else:
            head_owner[head] = cid
        own: set[tuple[str, ...]] = set()
        for number, variant in enumerate(concept.forms):
            key = _form_key(variant)
            if key in own:
                add("warning", f"'{variant.text}' is listed twice (spellings that differ only "
                    "in case, tone placement or spacing match anyway)")
                continue
            own.add(key)
            if number == 0 and duplicate:
                continue  # the headword clash is reported above
            for other_id, other in form_owner.get(key, []):
                both_exact = variant.case_sensitive and other.case_sensitive
                if both_exact and _exact_pattern(variant) != _exact_pattern(other):
                    continue  # "BCĐ" and "Bcđ" as exact forms never match the same text
                add("error", f"'{variant.text}' collides with '{other.text}' of concept "
                    f"'{other_id}'; a text can match only one entry")
            form_owner.setdefault(key, []).append((cid, variant))
        if not concept.targets:
            add("error", "no translations; add at least the English term")
        langs = sorted({t.lang for t in concept.targets})
        for lang in langs:
            terms = [t for t in concept.targets if t.lang == lang]
            for t in terms:
                if not t.text.strip():
                    add("error", f"empty {lang} term")
            approved = [t.text for t in terms if t.status is TermStatus.APPROVED]
            if len(approved) > 1:
                add("error", f"two approved {lang} translations ({' / '.join(approved)}); "
                    "keep one approved and mark the others proposed")
            usable = {t.text.casefold() for t in terms if t.status is not TermStatus.FORBIDDEN}
            for t in terms:
                if t.status is TermStatus.FORBIDDEN and t.text.casefold() in usable:
                    add("error", f"{lang} '{t.text}' is both forbidden and allowed")
            if lang in _REVIEW_GATED and approved:
                add("error", f"{_REVIEW_GATED[lang]} term '{approved[0]}' is approved: it must "
                    "stay proposed until a native reviewer confirms")
        if concept.targets and concept.target("en") is None:
            add("warning", "no English rendering (English is the pivot for lo and km)")
    findings += _check_national(g)
    return findings


# Deputy ranks and titles that have no deputy by nature ("member of", "Attaché" ...).
_DEPUTY_LIKE = ("Deputy", "Vice", "Permanent Deputy", "Permanent Vice")
_VALID = re.compile(r"\A(until|from) \d{4}-\d{2}-\d{2}( until \d{4}-\d{2}-\d{2})?\Z")


def _en_key(text: str) -> str:
    """English compared without case and articles ("the State" ~ "State")."""
    words = [w for w in text.casefold().split() if w not in ("the", "a", "an")]
    return " ".join(words)


def _check_national(g: Glossary) -> list[Finding]:
    """Checks of the national glossary's extensions and of rank composition."""
    findings: list[Finding] = []
    by_id = {c.id: c for c in g.concepts}
    deputies = {c.deputy for c in g.concepts if c.deputy}
    uses_sources = any(c.source for c in g.concepts)
    english: dict[str, tuple[str, str]] = {}
    for c in g.concepts:

        def add(severity: str, message: str, cid: str = c.id) -> None:
            findings.append(Finding(severity, cid, message))

        for attr, what in (("deputy", "ttdn-deputy"), ("successor", "ttdn-successor")):
            ref = getattr(c, attr)
            if ref and ref not in by_id:
                add("error", f"{what} '{ref}' is not a concept id in this glossary")
        if c.successor and not c.valid:
            add("warning", "ttdn-successor without ttdn-valid; say until when the name was used")
        if c.valid and not _VALID.match(c.valid):
            add("warning", f"ttdn-valid is '{c.valid}'; write 'until YYYY-MM-DD'")
        if uses_sources and not c.source:
            add("warning", "no ttdn-source; say where the English comes from")
        en = c.target("en")
        if en is not None:
            key = _en_key(en.text)
            # The same English for two Vietnamese synonyms is fine ("nhân quyền",
            # "quyền con người"); English that differs only by case or article is a
            # distinction no translator can see ("Party Organisation" / "Party organisation").
            if key in english and english[key][1] != en.text:
                other_id, other_text = english[key]
                add("warning", f"'{en.text}' differs only by case or article from "
                    f"'{other_text}' of concept '{other_id}'; word one of them differently")
            elif key not in english:
                english[key] = (c.id, en.text)
        if c.kind != "title" or en is None:
            continue
        if (not c.deputy and c.id not in deputies and not en.text.startswith(_DEPUTY_LIKE)
                and "member" not in en.text.casefold() and "no deputy" not in c.note.casefold()):
            add("warning", "title without a deputy form: add ttdn-deputy (or say 'no deputy "
                "rank' in the note)")
        for rank, word in RANK_WORDS.items():
            text = f"{word} {c.vi}"
            hits = g.hits_for(text, "en")
            good = (hits and hits[0].start == 0 and hits[0].end == len(text)
                    and any(w.casefold() in hits[0].target.casefold()
                            for w in RANK_ENGLISH[rank]))
            if not good:
                got = "; ".join(f"'{h.source}' = '{h.target}'" for h in hits) or "nothing"
                add("error", f"'{text}' is marked as {got}: the rank '{word}' would be lost; "
                    "an overlapping entry wins, rename or remove it")
    return findings


# --- target-side verification ----------------------------------------------------------------

# British and American spellings of words that occur in official titles: MT
# models write either, and neither is a terminology error.
_EN_SPELLING = {
    "organization": "organisation",
    "organizations": "organisations",
    "defense": "defence",
    "center": "centre",
    "centers": "centres",
    "program": "programme",
    "programs": "programmes",
    "labor": "labour",
    "mobilization": "mobilisation",
    "modernization": "modernisation",
    "industrialization": "industrialisation",
}


def _en_tokens(text: str, *, fold_diacritics: bool) -> list[str]:
    text = normalize_text(text)
    if fold_diacritics:
        text = strip_diacritics(text)
    toks = (m.group().translate(_PUNCT_EQUIV) for m in _TOKEN.finditer(text.casefold()))
    return [_EN_SPELLING.get(t, t) for t in toks]


def _find_all(hay: list[str], needle: list[str]) -> list[tuple[int, int]]:
    """Occurrences of ``needle`` in ``hay``; the last word may carry a plural -s/-es."""
    if not needle or len(needle) > len(hay):
        return []
    found = []
    *body, last = needle
    for i in range(len(hay) - len(needle) + 1):
        if hay[i : i + len(body)] != body:
            continue
        word = hay[i + len(body)]
        if word == last or (last[-1:].isalpha() and word in (last + "s", last + "es")):
            found.append((i, i + len(needle)))
    return found


def _verify_spaced(hit: TermHit, target_text: str) -> TermHit:
    present: bool | None = None
    masks: list[tuple[int, int]] = []
    forbidden_found: list[str] = []
    for fold in (False, True):
        hay = _en_tokens(target_text, fold_diacritics=fold)
        spans = _find_all(hay, _en_tokens(hit.target, fold_diacritics=fold)) if hit.target else []
        if hit.target:
            present = present or bool(spans)
        if fold:
            break
        masks = spans
        for bad in hit.forbidden:
            # A forbidden form inside the approved one ("Committee" in "Steering
            # Committee") is not a violation.
            if any(
                not any(a < m_end and m_start < b for m_start, m_end in masks)
                for a, b in _find_all(hay, _en_tokens(bad, fold_diacritics=False))
            ):
                forbidden_found.append(bad)
    return replace(hit, present=present, forbidden_found=tuple(forbidden_found))


def _squash(text: str) -> str:
    return "".join(normalize_text(text).casefold().split())


def _verify_unspaced(hit: TermHit, target_text: str) -> TermHit:
    hay = _squash(target_text)
    target = _squash(hit.target)
    present = (target in hay) if target else None
    masked = hay.replace(target, "\x00") if target else hay
    found = tuple(bad for bad in hit.forbidden if _squash(bad) and _squash(bad) in masked)
    return replace(hit, present=present, forbidden_found=found)


def verify_terms(
    hits: Iterable[TermHit], target_text: str, lang: str
) -> tuple[TermHit, ...]:
    """Set ``present`` and ``forbidden_found`` on each hit for a translation.

    Case-, whitespace- and NBSP-insensitive.  For languages written with
    spaces, whole words (a plural -s/-es on the last word is accepted, as are
    British/American spellings and, for place names, the form without
    diacritics).  Lao, Khmer and other unspaced scripts: substring of the NFC
    text with all spaces removed.  ``present`` stays None for a hit without a
    target rendering.
    """
    verify = _verify_unspaced if _primary(lang) in _UNSPACED else _verify_spaced
    return tuple(verify(hit, target_text) for hit in hits)


def term_adherence(hits: Iterable[TermHit]) -> tuple[int, int]:
    """(present, total) over verified hits that have a target rendering."""
    checked = [h for h in hits if h.present is not None]
    return sum(1 for h in checked if h.present), len(checked)


# --- corpus queries --------------------------------------------------------------------------

# Function words that never begin or end a term.
_STOP_TEXT = """
    và của các những là có trong với cho để được đã sẽ đang thì mà này đó khi về từ tại theo
    trên dưới một cũng như nhiều rất hơn nữa đến ra vào bị nên cần phải ở cả mỗi việc sự cùng
    nhau không chưa còn đây đều giữa qua nay sau trước hay hoặc nhằm bằng do vì nếu lại rõ
    ông bà anh chị họ chúng ta tôi mình ai gì nào đâu sao thế vậy nhất ngày tháng năm lần thứ
    số hết luôn vẫn đó đây kia ấy thêm tới nhưng tuy song
"""
_STOP_SYLLABLES = frozenset(_STOP_TEXT.split())


def count_hits(texts: Iterable[str], glossary: Glossary) -> Counter[str]:
    """How many times each concept (by id) is matched in ``texts``."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(h.concept_id for h in glossary.match(text))
    return counts


def _chunks(text: str, glossary: Glossary | None) -> Iterable[list[tuple[str, int, int]]]:
    """Runs of syllables not broken by punctuation, numbers or glossary matches."""
    norm = normalize_text(text)
    covered = [(h.start, h.end) for h in glossary.match(norm)] if glossary else []
    key = canonical(norm)
    chunk: list[tuple[str, int, int]] = []
    c = 0
    for tok in _tokens(key):
        while c < len(covered) and covered[c][1] <= tok.start:
            c += 1
        inside = c < len(covered) and covered[c][0] < tok.end
        if inside or not tok.text.isalpha():
            if chunk:
                yield chunk
            chunk = []
            continue
        chunk.append((tok.text, tok.start, tok.end))
    if chunk:
        yield chunk


def candidate_terms(
    texts: Iterable[str],
    glossary: Glossary | None,
    top: int = 30,
    *,
    min_count: int = 2,
    min_syllables: int = 2,
    max_syllables: int = 6,
) -> list[Candidate]:
    """Frequent 2–6 syllable expressions not yet in the glossary, best first.

    In the spirit of Translate Toolkit's ``poterminology``: n-grams that do
    not cross punctuation or an existing glossary match, that neither begin
    nor end with a function word, seen at least ``min_count`` times; an n-gram
    inside a longer candidate seen as often is dropped; the score is count ×
    syllables.
    """
    counts: Counter[tuple[str, ...]] = Counter()
    spellings: dict[tuple[str, ...], Counter[str]] = {}
    for text in texts:
        norm = normalize_text(text)
        for chunk in _chunks(norm, glossary):
            for n in range(max(min_syllables, 1), max_syllables + 1):
                for i in range(len(chunk) - n + 1):
                    window = chunk[i : i + n]
                    if window[0][0] in _STOP_SYLLABLES or window[-1][0] in _STOP_SYLLABLES:
                        continue
                    key = tuple(w[0] for w in window)
                    counts[key] += 1
                    spelled = norm[window[0][1] : window[-1][2]]
                    spellings.setdefault(key, Counter())[spelled] += 1
    frequent = {k: v for k, v in counts.items() if v >= min_count}
    # Drop n-grams that only ever occur inside a longer frequent one.
    subsumed: set[tuple[str, ...]] = set()
    for key, count in frequent.items():
        for n in range(2, len(key)):
            for i in range(len(key) - n + 1):
                sub = key[i : i + n]
                if sub in frequent and frequent[sub] <= count:
                    subsumed.add(sub)
    ranked = sorted(
        (k for k in frequent if k not in subsumed),
        key=lambda k: (-frequent[k] * len(k), -frequent[k], k),
    )
    return [
        Candidate(spellings[k].most_common(1)[0][0], frequent[k], len(k), frequent[k] * len(k))
        for k in ranked[: max(top, 0)]
    ]
