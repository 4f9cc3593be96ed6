"""normalize_text (safe, shown to translators) and canonical (the matching key)."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from ttdn_i18n.sources.normalize import (
    canonical,
    fold_tone_placement,
    has_vietnamese_letters,
    normalize_text,
    strip_diacritics,
)


def test_nfd_input_becomes_nfc() -> None:
    nfc = "Thông tin đối ngoại của Đảng"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    assert normalize_text(nfd) == nfc


def test_lookalike_eth_becomes_d_with_stroke() -> None:
    # kontum-2023-09-24.txt writes "Ðảng" with U+00D0; Vietnamese needs U+0110.
    assert normalize_text("công tác đối ngoại \u00d0ảng") == "công tác đối ngoại \u0110ảng"
    assert normalize_text("\u00f0ịa phương") == "\u0111ịa phương"


def test_nordic_words_keep_their_eth() -> None:
    # Decided word by word: a Nordic letter in the same word keeps "ð".
    assert normalize_text("Þórðarson và Ðảng") == "Þórðarson và Đảng"


def test_spaces_and_invisible_characters() -> None:
    assert normalize_text("\u00a0\u00a0") == ""
    assert normalize_text("Kế hoạch số 3083/KH-UBND\u00a0 về") == "Kế hoạch số 3083/KH-UBND về"
    assert normalize_text("Việt\u200bNam\u00ad\t\r\n  mới ") == "ViệtNam mới"


def test_tone_placement_is_folded_in_the_key_only() -> None:
    assert normalize_text("hài hoà") == "hài hoà"  # the author's spelling is kept
    assert canonical("hài hoà") == canonical("hài hòa") == "hài hòa"
    folded = fold_tone_placement("đa dạng hoá, thuỷ lợi, khoẻ, HOÀ")
    assert folded == "đa dạng hóa, thủy lợi, khỏe, HÒA"
    # "quý": the u belongs to "qu"; closed syllables have one placement only.
    assert fold_tone_placement("quý hoàn toàn") == "quý hoàn toàn"


def test_canonical_case_folding_is_optional() -> None:
    assert canonical("BCĐ Tỉnh") == "bcđ tỉnh"
    assert canonical("BCĐ Tỉnh", fold_case=False) == "BCĐ Tỉnh"


def test_strip_diacritics_and_vietnamese_letters() -> None:
    assert strip_diacritics("Quảng Trị, Đắk Lắk") == "Quang Tri, Dak Lak"
    assert has_vietnamese_letters("Hội nghị")
    assert not has_vietnamese_letters("Festival Internet 2024")


# Zero-width characters next to combining tone marks included on purpose: they are
# removed before NFC, so a tone mark after one still composes.
_VI = st.text(
    alphabet="aáàảãạăắằẳẵặâấầẩẫậoòóỏõọuúùủũụyýỳỷỹỵhtqĐđÐ \u00a0\u200b\u00adAHOÀÓ.,"
    "\u0300\u0301\u0323",
    max_size=40,
)


@settings(max_examples=50, deadline=None)
@given(_VI)
def test_normalize_is_idempotent_and_key_keeps_length(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert len(canonical(once)) == len(once)


def test_invisible_character_before_a_tone_mark() -> None:
    once = normalize_text("hoa\u200b\u0300 bình")
    assert unicodedata.is_normalized("NFC", once)
    assert len(canonical(once)) == len(once)
