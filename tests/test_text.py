"""The folds every finder searches: same length, same offsets, old and new tone placement equal."""

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from chidao.text import fold_ascii, fold_tones


def test_old_and_new_tone_placement_fold_alike():
    assert fold_tones("Uỷ ban nhân dân tỉnh Khánh Hoà") == fold_tones("Ủy ban nhân dân tỉnh Khánh Hòa")
    assert fold_tones("Sở Kế hoạch và Đầu tư") == "sơ kê hoach va đâu tư"
    assert fold_ascii("Sở Kế hoạch và Đầu tư") == "so ke hoach va dau tu"


def test_vowel_quality_still_tells_words_apart():
    # "sở" (department) and "số" (number) differ once tones are gone
    assert fold_tones("sở") != fold_tones("số")
    assert fold_ascii("sở") == fold_ascii("số") == "so"


def test_characters_outside_the_vietnamese_alphabet_fold_one_to_one():
    # quotes, a euro sign, Icelandic Eth for Đ (a look-alike seen in real files),
    # a lone combining mark of NFD text, an emoji, U+FFFF itself
    text = "«Ðề án» 5€ – Ã\u0301 \U0001F600 \uffff ĐẢNG"
    for fold in (fold_ascii, fold_tones):
        out = fold(text)
        assert len(out) == len(text)
    assert fold_ascii("Ðề án") == "de an"
    assert fold_ascii("\uffff") == "\uffff"
    assert fold_ascii("\U0001F600Ủy") == "\U0001F600uy"


def _char_by_char(fold, text):
    return "".join(fold(c) for c in text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)
       | st.text(alphabet="Ủy ban nhân dân tỉnh Quảng Trị hoá “Sở” – 10,5% \n\t\x00\uffff", max_size=60))
def test_folding_a_text_is_folding_each_character(text):
    text = unicodedata.normalize("NFC", text)
    for fold in (fold_ascii, fold_tones):
        out = fold(text)
        assert len(out) == len(text)
        assert out == _char_by_char(fold, text)


def test_find_all_gives_every_start_overlapping_ones_too():
    from chidao.text import find_all

    text = "Sở Y tế, SỞ Tài chính; hồ sơ sở sở"
    assert find_all(text, "sở") == [text.index("sở sở"), text.rindex("sở")]
    assert find_all("aaaa", "aa") == [0, 1, 2]
    assert find_all("aaaa", "aa", 1, 3) == [1]
