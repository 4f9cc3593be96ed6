"""How far review has come: one row per XLIFF/PO file under a folder.

An operator runs ``ttdn-i18n status OUT`` to see which articles still have
machine translation waiting for review, which are untranslated and which
have QA errors.  A broken file does not stop the survey: it gets a row with
its error so the operator sees everything at once.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from ttdn_i18n.errors import TtdnError
from ttdn_i18n.model import Document, State

__all__ = [
    "StatusRow",
    "status_row",
    "collect_status",
    "format_status",
    "status_json",
]


_COUNTS = ("segments", "new", "mt", "reviewed", "final", "qa_errors")


@dataclass(frozen=True)
class StatusRow:
    """Review progress of one file; counts are over translatable units only.

    ``mt`` counts machine translations still waiting for review,
    ``reviewed`` units a person translated or approved (final included),
    ``qa_errors`` the QA errors ``ttdn-i18n check`` reports for the file (each
    finding once, as ``check`` counts them, not the units that have one).  ``error`` is set, and the
    counts are zero, when the file cannot be read.
    """

    article_id: str
    lang: str
    file: str
    segments: int = 0
    mt: int = 0
    reviewed: int = 0
    final: int = 0
    new: int = 0
    qa_errors: int = 0
    error: str = ""
    warning: str = ""  # e.g. no target language in the file, taken from the folder name

    @property
    def ready(self) -> bool:
        """True when ``ttdn-i18n publish`` would accept the file."""
        return not self.error and self.reviewed == self.segments and not self.qa_errors


def status_row(doc: Document, file: str, qa_error_units: int = 0) -> StatusRow:
    """Counts for one document (pure)."""
    units = [u for u in doc.units if u.translate]
    return StatusRow(
        article_id=doc.article_id,
        lang=doc.target_lang,
        file=file,
        segments=len(units),
        mt=sum(1 for u in units if u.origin == "mt" and not u.reviewed),
        reviewed=sum(1 for u in units if u.reviewed),
        final=sum(1 for u in units if u.state is State.FINAL),
        new=sum(1 for u in units if u.state is State.NEW),
        qa_errors=qa_error_units,
    )


def collect_status(out_dir: Path, *, skip: Collection[str] = frozenset()) -> list[StatusRow]:
    """One row per translation file under ``out_dir``; unreadable files get an error row.

    QA errors are counted by :func:`ttdn_i18n.review.qa.check_document` with the
    same ``skip`` as ``check`` (the ``[check] skip`` of the project's config), so
    ``status`` and ``check`` give the same number.
    """
    from ttdn_i18n.formats import find_review_inputs, read_review_input
    from ttdn_i18n.review.qa import check_document, validate_skip

    skipped = validate_skip(skip)
    rows = []
    for given in find_review_inputs(out_dir):  # files, or OmegaT project folders
        try:
            read = read_review_input(given)
        except TtdnError as exc:
            rows.append(StatusRow(article_id="", lang="", file=_name(given, out_dir),
                                  error=str(exc)))
            continue
        for path, doc, problems in read:
            name = _name(path, out_dir)
            try:
                errors_ = [p.message for p in problems if p.severity == "error"]
                if errors_:
                    rows.append(StatusRow(article_id=doc.article_id, lang="?", file=name,
                                          error="; ".join(errors_)))
                    continue
                findings = check_document(doc, file=str(path), skip=skipped)
            except TtdnError as exc:
                rows.append(StatusRow(article_id="", lang="", file=name, error=str(exc)))
                continue
            errors = sum(1 for f in findings if f.severity == "error")
            rows.append(replace(status_row(doc, name, errors),
                                warning="; ".join(p.message for p in problems)))
    return rows


def _name(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` (the folder's own name when it is ``root``)."""
    rel = path.relative_to(root).as_posix()
    return path.name if rel == "." else rel


def _totals(rows: Sequence[StatusRow]) -> dict[str, int]:
    return {k: sum(int(getattr(r, k)) for r in rows) for k in _COUNTS}


def format_status(rows: Sequence[StatusRow]) -> str:
    """An aligned table with a totals line; broken files are listed with their error."""
    if not rows:
        return "no .xlf, .xliff or .po files found"
    header = ("article", "lang", "segments", "new", "mt", "reviewed", "final", "qa errors", "file")
    table: list[tuple[str, ...]] = [header]
    for r in rows:
        if r.error:
            table.append((r.article_id or "?", r.lang or "?", *("-",) * 6, r.file))
        else:
            counts = tuple(str(getattr(r, k)) for k in _COUNTS)
            table.append((r.article_id, r.lang, *counts, r.file))
    ok = [r for r in rows if not r.error]
    totals = _totals(ok)
    ready = sum(1 for r in ok if r.ready)
    table.append(("total", "", *(str(totals[k]) for k in _COUNTS), f"{ready}/{len(rows)} ready"))
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    numeric = range(2, 8)
    lines = []
    for row in table:
        cells = [
            cell.rjust(widths[i]) if i in numeric else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
    lines += [f"warning: {r.warning}" for r in rows if r.warning]
    lines += [f"error: {r.file}: {r.error}" for r in rows if r.error]
    return "\n".join(lines)


def status_json(rows: Sequence[StatusRow]) -> str:
    """The same information as :func:`format_status`, for scripts."""
    data = {
        "files": [{**asdict(r), "ready": r.ready} for r in rows],
        "totals": {**_totals([r for r in rows if not r.error]), "files": len(rows),
                   "ready": sum(1 for r in rows if r.ready),
                   "errors": sum(1 for r in rows if r.error)},
    }
    return json.dumps(data, ensure_ascii=False, indent=2)
