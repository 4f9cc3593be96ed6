"""review/merge.py: a reviewer's units carried into a new run keep valid term marks."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from pathlib import Path

from ttdn_i18n.formats import dump_document, parse_document
from ttdn_i18n.model import Origin, State
from ttdn_i18n.pipeline import build_document, provenance_for
from ttdn_i18n.review.merge import merge_reviewed
from ttdn_i18n.sources import load_article
from ttdn_i18n.terms.glossary import resolve_glossary

ARTICLE = (
    "Hội nghị thông tin đối ngoại năm 2024\n\n"
    "Sáng nay, Ban Chỉ đạo công tác thông tin đối ngoại tỉnh tổ chức hội nghị. "
    "Ủy ban nhân dân tỉnh và Tỉnh ủy cùng tham dự.\n\n"
    "Công tác đối ngoại nhân dân được đẩy mạnh trong năm qua.\n"
)


def test_kept_units_from_a_file_saved_in_nfd_get_marks_on_the_right_words(
    tmp_path: Path,
) -> None:
    # A CAT tool that saves decomposed (NFD) text makes the file's source longer
    # than ours: marks carried over with the file's offsets landed mid-word
    # ("ày 7/8/2023" marked as "Plan No.").  Found by comparing QA on the built
    # document with QA on the same document written and read back.
    src = tmp_path / "bai.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    glossary = resolve_glossary(None)
    doc = build_document(load_article(src), "en", glossary=glossary,
                         provenance=provenance_for(None, glossary, None))
    assert any(u.terms for u in doc.units)
    saved = parse_document(dump_document(doc, "xliff12"), name="bai.xlf")
    # The reviewer translated every unit; the tool wrote the sources back as NFD,
    # with the marks it was given on the decomposed text (offsets now shifted).
    old_units = []
    for u in saved.units:
        if not u.translate:
            old_units.append(u)
            continue
        nfd = unicodedata.normalize("NFD", u.source)
        shifted = tuple(replace(t, start=t.start + 3, end=t.end + 3) for t in u.terms)
        old_units.append(replace(u, source=nfd, target=f"Reviewed {u.id}.",
                                 state=State.TRANSLATED, origin=Origin.HUMAN, terms=shifted))
    old = replace(saved, units=tuple(old_units))

    merged, kept = merge_reviewed(doc, old, mt_written={})

    assert kept == sum(1 for u in doc.units if u.translate)
    reread = parse_document(dump_document(merged, "xliff12"), name="bai.xlf")
    for unit in (*merged.units, *reread.units):
        for term in unit.terms:
            assert unit.source[term.start:term.end] == term.source, (unit.id, term)
    assert [u.terms for u in merged.units] == [u.terms for u in doc.units]
    assert all(u.target == f"Reviewed {u.id}." for u in merged.units if u.translate)


def test_kept_units_keep_the_files_marks_when_this_run_has_no_glossary(tmp_path: Path) -> None:
    src = tmp_path / "bai.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    glossary = resolve_glossary(None)
    with_terms = build_document(load_article(src), "en", glossary=glossary,
                                provenance=provenance_for(None, glossary, None))
    bare = build_document(load_article(src), "en", provenance=provenance_for(None, None, None))
    old = replace(with_terms, units=tuple(
        replace(u, target="Reviewed.", state=State.TRANSLATED, origin=Origin.HUMAN)
        if u.translate else u for u in with_terms.units))

    merged, _ = merge_reviewed(bare, old, mt_written={})

    # Same source text: the file's marks are still right, so they stay.
    assert [u.terms for u in merged.units] == [u.terms for u in with_terms.units]
