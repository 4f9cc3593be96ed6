"""Injected SEO spam inside article text.

Hacked news sites get betting-site keywords spliced into real sentences (the
corpus article ``quangtri-2020-05-08.txt`` has ``bet365 tiếng việt_đặt cược
bet365_cách vào bet365`` in place of the word "bảo", four times).  Translating
and republishing that would spread the spam, so every segment that carries it
gets an error :class:`~ttdn_i18n.model.Flag` (``code="spam"``) quoting the exact
span, and flagged segments never reach MT (``Segment.send_to_mt``).

Detection is by the *nature* of spam, not by one string:

(a) Latin-script brand-like tokens: letters mixed with digits in lower case
    (``bet365``, ``w88``, ``188bet``) and lower-case ASCII words with no
    Vietnamese reading (``kubet``) inside a Vietnamese sentence;
(b) underscore-joined phrases (``tiếng việt_đặt cược``): a keyword-stuffing artefact;
(c) a phrase of at least six words repeated verbatim in several paragraphs whose
    words occur nowhere else in the article (real articles repeat their topic,
    "công tác thông tin đối ngoại", but its words are woven through the text);
(d) a blocklist of gambling terms, extendable by the caller.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ttdn_i18n.model import Article, Block, BlockType, Flag, Segment, Severity
from ttdn_i18n.sources.normalize import canonical, has_vietnamese_letters, normalize_text

__all__ = [
    "DEFAULT_BLOCKLIST",
    "LOANWORDS",
    "REPEAT_MIN_WORDS",
    "REPEAT_MIN_COUNT",
    "SpamHit",
    "find_spam",
    "find_repeated",
    "spam_flag",
    "check_article",
]

#: Gambling terms that do not belong in external-information news.  Matched on the
#: canonical key (case and tone placement folded), at word boundaries, with "_" or a
#: space between words.
DEFAULT_BLOCKLIST: tuple[str, ...] = (
    "cá cược", "đặt cược", "nhà cái", "casino", "lô đề", "số đề", "xóc đĩa", "tài xỉu",
    "nổ hũ", "game bài đổi thưởng", "bắn cá đổi thưởng", "soi kèo", "kèo nhà cái",
    "tỷ lệ kèo", "cược bóng đá", "baccarat", "slot game", "link vào",
)

#: Lower-case ASCII words with no Vietnamese reading that Vietnamese news uses anyway.
LOANWORDS = frozenset(
    [
        "online", "offline", "internet", "website", "webinar", "email", "video", "clip",
        "livestream", "marketing", "logistics", "startup", "smartphone", "laptop", "blog",
        "blogger", "fanpage", "show", "showroom", "festival", "tour", "golf", "tennis", "marathon",
        "robot", "chip", "data", "camera", "radio", "virus", "vaccine", "covid", "visa",
        "container", "game", "resort", "homestay", "karaoke", "pizza", "metro", "taxi", "bus",
        "gas", "ozone", "sandwich", "hamburger", "facebook", "zalo", "youtube", "tiktok", "google",
        "twitter", "telegram", "iphone", "android", "ipad", "windows", "copyright", "hotline",
        "gmail", "fintech", "blockchain", "digital", "smart", "hacker",
    ]
)

#: Repetition rule (c): at least this many words, at least this many times.
REPEAT_MIN_WORDS = 6
REPEAT_MIN_COUNT = 3
_REPEAT_MIN_BLOCKS = 2
# Share of a repeated phrase's distinct words that occur nowhere else in the article.
_REPEAT_ALIEN_SHARE = 0.5

_TOKEN = re.compile(r"\S+")
_EDGE_PUNCT = "\"'“”‘’()[]{}«».,;:!?…–—-*"
# Look-behinds: an e-mail or domain match starts where its word starts.  Trying
# every position of a long word ("a-a-a-…", a pasted blob) is quadratic in its
# length; a domain is masked whole either way.
_URL = re.compile(
    r"https?://\S+|www\.\S+|(?<!\S)[^\s@]+@\S+\.\w+"
    r"|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org)\b"
)
# At least one lower-case letter: "G20", "U23", "CO2", "H5N1" are legitimate.
_MIXED = re.compile(r"^(?=.*[a-z])(?=.*\d)[A-Za-z0-9]+$")
# Numbers with a unit or a clock time are not brands: "10km", "5kg", "14h30", "m2", "5g".
_MEASURE = re.compile(
    r"^\d+(?:[.,]\d+)?(?:km2?|m[23]?|cm|mm|dm|kg|mg|g|ha|h|ph|p|s|kw|kwh|mw|gw|gb|mb|tb|kb|ml|"
    r"l|t|tr|k|x|st|nd|rd|th|am|pm|sa|ch)$|^\d{1,2}h\d{0,2}(?:p|ph)?$|^(?:km|cm|mm|dm|m)[23]$",
    re.IGNORECASE,
)
_SYLLABLE = re.compile(
    r"^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$"
)
_ASCII_WORD = re.compile(r"^[a-z]{4,}$")
_UNDERSCORE = re.compile(r"[^\W_]+(?:_[^\W_]+)+")
_GAP_PUNCT = re.compile(r"[.,;:!?()“”\"…]")
_MAX_GAP_WORDS = 2
_QUOTE_WINDOW = 4


@dataclass(frozen=True)
class SpamHit:
    """A suspicious span of one text, with why it is suspicious."""

    start: int
    end: int
    reasons: tuple[str, ...]


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """Whitespace tokens without edge punctuation, as (start, end, core)."""
    out = []
    for m in _TOKEN.finditer(text):
        raw = m.group(0)
        core = raw.strip(_EDGE_PUNCT)
        if not core:
            continue
        start = m.start() + raw.index(core)
        out.append((start, start + len(core), core))
    return out


def _masked(text: str) -> str:
    # Web addresses legitimately mix letters, digits and underscores.
    return _URL.sub(lambda m: " " * len(m.group(0)), text)


def _no_vietnamese_reading(word: str) -> bool:
    return word not in LOANWORDS and _SYLLABLE.match(word) is None


def _token_hits(text: str) -> list[SpamHit]:
    hits: list[SpamHit] = []
    vietnamese = has_vietnamese_letters(text)
    tokens = _tokens(_masked(text))
    strange = [
        vietnamese and _ASCII_WORD.match(core) is not None and _no_vietnamese_reading(core)
        for _, _, core in tokens
    ]
    for i, (start, end, core) in enumerate(tokens):
        reasons = []
        parts = core.split("_")
        brands = [p for p in parts if _MIXED.match(p) and not _MEASURE.match(p)]
        if brands:
            reasons.append(f"brand-like token '{brands[0]}' mixes letters and digits")
        if _UNDERSCORE.fullmatch(core):
            reasons.append(f"underscore-joined phrase '{core}'")
        # Spam sits inside Vietnamese; with no Vietnamese words close by it is a foreign
        # quotation (langid flags those), not a brand.
        lo, hi = max(0, i - _QUOTE_WINDOW), i + _QUOTE_WINDOW + 1
        near_vi = sum(has_vietnamese_letters(c) for _, _, c in tokens[lo:hi])
        if strange[i] and near_vi >= 2 and near_vi > sum(strange[lo:hi]):
            reasons.append(f"Latin-script word '{core}' has no Vietnamese reading")
        if reasons:
            hits.append(SpamHit(start, end, tuple(reasons)))
    return hits


@lru_cache(maxsize=256)
def _term_pattern(term: str) -> re.Pattern[str] | None:
    words = canonical(term).split()
    if not words:
        return None
    body = r"(?:\s+|_)".join(map(re.escape, words))
    return re.compile(r"(?<![^\W_])" + body + r"(?![^\W_])")


def _blocklist_hits(text: str, terms: Iterable[str]) -> list[SpamHit]:
    key = canonical(text)  # same length as text: offsets carry over
    hits = []
    for term in terms:  # one pattern per term: overlapping terms all count
        pattern = _term_pattern(term)
        if pattern is None:
            continue
        hits += [
            SpamHit(m.start(), m.end(), (f"blocklisted term '{text[m.start():m.end()]}'",))
            for m in pattern.finditer(key)
        ]
    return hits


def _merge(text: str, hits: list[SpamHit]) -> list[SpamHit]:
    """Join hits that overlap or are separated by at most two plain words."""
    merged: list[SpamHit] = []
    for hit in sorted(hits, key=lambda h: (h.start, h.end)):
        if merged:
            last = merged[-1]
            gap = text[last.end : hit.start] if hit.start > last.end else ""
            if len(gap.split()) <= _MAX_GAP_WORDS and not _GAP_PUNCT.search(gap):
                reasons = last.reasons + tuple(r for r in hit.reasons if r not in last.reasons)
                merged[-1] = SpamHit(last.start, max(last.end, hit.end), reasons)
                continue
        merged.append(hit)
    return merged


def find_spam(text: str, *, blocklist: Sequence[str] = (), defaults: bool = True) -> list[SpamHit]:
    """Spans of ``text`` that look like injected spam (rules a, b and d).

    ``blocklist`` adds terms to :data:`DEFAULT_BLOCKLIST` (or replaces it when
    ``defaults`` is False).  Nearby hits merge, so one splice is one hit.
    """
    terms = (*DEFAULT_BLOCKLIST, *blocklist) if defaults else tuple(blocklist)
    hits = _token_hits(text) + _blocklist_hits(text, terms)
    return _merge(text, hits)


def find_repeated(
    texts: Sequence[tuple[int, str]],
    *,
    min_words: int = REPEAT_MIN_WORDS,
    min_count: int = REPEAT_MIN_COUNT,
) -> dict[int, list[tuple[int, int]]]:
    """Rule (c): phrases repeated verbatim across paragraphs that the article does not use.

    ``texts`` are ``(paragraph number, sentence)`` pairs; the result maps the
    position of a sentence in ``texts`` to its suspicious ``(start, end)`` spans.
    """
    toks = [[(s, e, canonical(core)) for s, e, core in _tokens(text)] for _, text in texts]
    counts: Counter[tuple[str, ...]] = Counter()
    blocks: defaultdict[tuple[str, ...], set[int]] = defaultdict(set)
    for (block, _), words in zip(texts, toks, strict=True):
        for i in range(len(words) - min_words + 1):
            gram = tuple(w for _, _, w in words[i : i + min_words])
            counts[gram] += 1
            blocks[gram].add(block)
    repeated = {
        g for g, c in counts.items() if c >= min_count and len(blocks[g]) >= _REPEAT_MIN_BLOCKS
    }
    if not repeated:
        return {}
    covered = []
    for words in toks:
        mask = [False] * len(words)
        for i in range(len(words) - min_words + 1):
            if tuple(w for _, _, w in words[i : i + min_words]) in repeated:
                mask[i : i + min_words] = [True] * min_words
        covered.append(mask)
    total: Counter[str] = Counter(w for words in toks for _, _, w in words)
    inside: Counter[str] = Counter(
        w
        for words, mask in zip(toks, covered, strict=True)
        for (_, _, w), c in zip(words, mask, strict=True)
        if c
    )
    found: dict[int, list[tuple[int, int]]] = {}
    for n, (words, mask) in enumerate(zip(toks, covered, strict=True)):
        i = 0
        while i < len(words):
            if not mask[i]:
                i += 1
                continue
            j = i
            while j < len(words) and mask[j]:
                j += 1
            distinct = {w for _, _, w in words[i:j]}
            alien = [w for w in distinct if total[w] == inside[w]]
            if len(alien) >= _REPEAT_ALIEN_SHARE * len(distinct):
                found.setdefault(n, []).append((words[i][0], words[j - 1][1]))
            i = j
    return found


def spam_flag(evidence: str, reasons: Sequence[str]) -> Flag:
    """The error flag a reviewer sees for one suspicious span."""
    return Flag(
        code="spam",
        message=(
            f"looks like injected SEO spam ({'; '.join(reasons)}); it is not sent to MT:"
            " remove it from the source before publishing"
        ),
        evidence=evidence,
        severity=Severity.ERROR,
    )


def check_article(article: Article, *, blocklist: Sequence[str] = ()) -> Article:
    """``article`` with a spam flag on every content segment that carries spam.

    Idempotent: spam flags already on the article are replaced, not doubled.
    """
    pattern_terms = tuple(normalize_text(t) for t in blocklist if normalize_text(t))
    located = [
        (bi, si, seg)
        for bi, block in enumerate(article.blocks)
        if block.type is not BlockType.BOILERPLATE
        for si, seg in enumerate(block.segments)
    ]
    new_flags: dict[tuple[int, int], list[Flag]] = defaultdict(list)
    spans: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for bi, si, seg in located:
        for hit in find_spam(seg.text, blocklist=pattern_terms):
            new_flags[bi, si].append(spam_flag(seg.text[hit.start : hit.end], hit.reasons))
            spans[bi, si].append((hit.start, hit.end))
    repeated = find_repeated([(bi, seg.text) for bi, _, seg in located])
    for n, found in repeated.items():
        bi, si, seg = located[n]
        for start, end in found:
            if any(start < e and s < end for s, e in spans[bi, si]):
                continue  # already flagged by a token rule, with a tighter span
            reason = f"repeated verbatim {REPEAT_MIN_COUNT}+ times across paragraphs"
            new_flags[bi, si].append(spam_flag(seg.text[start:end], (reason,)))
    blocks: list[Block] = []
    for bi, block in enumerate(article.blocks):
        segs: list[Segment] = []
        for si, seg in enumerate(block.segments):
            # Earlier spam flags are recomputed, so checking twice changes nothing.
            kept = tuple(f for f in seg.flags if f.code != "spam")
            flags = kept + tuple(new_flags.get((bi, si), ()))
            segs.append(seg if flags == seg.flags else replace(seg, flags=flags))
        blocks.append(replace(block, segments=tuple(segs)))
    return replace(article, blocks=tuple(blocks))
