"""Carry a reviewer's work into a freshly built document (reruns never lose it)."""

from __future__ import annotations

from dataclasses import replace

from ttdn_i18n.model import Alternative, Document, Note, State, Unit
from ttdn_i18n.sources.normalize import normalize_text

__all__ = ["merge_reviewed", "touched", "unplaced_units"]


def touched(old: Unit, mt_written: dict[str, str] | None) -> bool:
    """Did a person change this unit since we wrote it?

    An emptied target is not work to keep: the rerun brings the MT back.
    """
    if not old.target.strip():
        return False
    if old.reviewed:
        return True
    if mt_written is None:
        # No record of what we wrote: any target may be a reviewer's; keep it.
        return bool(old.target)
    if old.id not in mt_written:
        return bool(old.target)
    return old.target != mt_written[old.id]


def merge_reviewed(new: Document, old: Document, mt_written: dict[str, str] | None) -> tuple[
    Document, int
]:
    """Carry a reviewer's work from ``old`` into ``new``; returns (document, units kept).

    Units are matched by id and, failing that, by identical source text (a
    paragraph inserted above shifts ids but not sentences).  When an id holds
    another sentence than before, the sentence's own earlier unit is used if it
    exists (swapped ids never put one sentence's translation on another); only
    a sentence that really changed gets the "previous" alternative.
    """
    # Compare sources as normalized text: a CAT tool that pretty-prints may add
    # whitespace around inline markup without changing the sentence.
    by_id = {u.id: u for u in old.units}
    by_source: dict[str, Unit] = {}
    for u in old.units:
        by_source.setdefault(normalize_text(u.source), u)
    kept = 0
    units: list[Unit] = []
    for unit in new.units:
        prev = by_id.get(unit.id)
        if not unit.translate:
            # A reviewer's edit of a protected unit (its target is neither the source nor
            # what we render, e.g. "Photo: H.L") is what publish uses: keep it.
            if (prev is not None and normalize_text(prev.source) == unit.source
                    and prev.target.strip()
                    and prev.target not in (prev.source, unit.target, unit.source)):
                units.append(replace(unit, target=prev.target))
                kept += 1
            else:
                units.append(unit)
            continue
        if prev is not None and normalize_text(prev.source) != unit.source:
            # Ids and sources disagree: the sentence itself, under another id (ids
            # swapped or shifted), wins over whatever now holds this id.
            moved = by_source.get(unit.source)
            if moved is not None and touched(moved, mt_written):
                prev = moved
            elif unit.translate and prev.target and touched(prev, mt_written):
                units.append(
                    replace(
                        unit,
                        state=State.NEEDS_REVIEW if unit.target else State.NEW,
                        alternatives=(Alternative(prev.target, "previous"),)
                        + unit.alternatives,
                        notes=unit.notes
                        + (Note("The source changed since this segment was reviewed; the "
                                "previous translation is kept as an alternative.",
                                "ttdn-review"),),
                    )
                )
                continue
            else:
                prev = moved
        elif prev is None:
            prev = by_source.get(unit.source)
        if unit.translate and prev is not None and touched(prev, mt_written):
            # Term offsets index the source they were found in: the file's source can
            # differ from ours by normalization (a CAT tool saving NFD or old-style
            # tone marks), so its marks would land on the wrong characters.  This
            # run's hits on this run's source win; the file's only stand in, when
            # this run has none, for exactly the same text.
            terms = unit.terms if unit.terms or prev.source != unit.source else prev.terms
            units.append(replace(prev, id=unit.id, source=unit.source, block_type=unit.block_type,
                                 block_index=unit.block_index, terms=terms,
                                 protected=unit.protected))
            kept += 1
        else:
            units.append(unit)
    return replace(new, units=tuple(units)), kept


def unplaced_units(new: Document, old: Document, mt_written: dict[str, str] | None) -> tuple[
    Unit, ...
]:
    """Units of ``old`` a person worked on that :func:`merge_reviewed` cannot place.

    A reviewer who split a unit in a CAT tool created an id we never wrote, with
    part of a sentence as its source: neither its id nor its source is in
    ``new``.  The caller warns and keeps its text in the translation memory
    instead of dropping it silently.
    """
    ids = {u.id for u in new.units}
    sources = {normalize_text(u.source) for u in new.units}
    return tuple(
        u for u in old.units
        if u.translate and u.target.strip() and u.id not in ids
        and normalize_text(u.source) not in sources and touched(u, mt_written)
    )
