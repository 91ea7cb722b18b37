from hypothesis import given
from hypothesis import strategies as st

from compliance.engine.normalize import fold_term, normalize


def test_full_width_letters_and_digits_become_half_width_lower_case():
    assert normalize("ＶＸ：１３８").text == "vx138"


def test_traditional_characters_become_simplified():
    assert normalize("微信號 淘寶").text == "微信号淘宝"


def test_chinese_numerals_and_phone_slang_become_digits():
    assert normalize("一三八零零一三八零零零").text == "13800138000"
    assert normalize("壹叁捌").text == "138"
    assert normalize("幺两拐勾洞").text == "12790"


def test_enclosed_superscript_and_keycap_digits_become_digits():
    assert normalize("①⑵⒊").text == "123"
    assert normalize("¹³⁸").text == "138"
    assert normalize("1\ufe0f\u20e33\ufe0f\u20e3").text == "13"


def test_separators_emoji_and_zero_width_characters_are_dropped():
    assert normalize("微 ❤ 信.号\u200b_a-b").text == "微信号ab"


def test_span_maps_normalised_text_back_to_original_characters():
    norm = normalize("加 V❤x：壹叁")
    assert norm.text == "加vx13"
    assert norm.span(1, 3) == (2, 5)
    assert norm.span(3, 5) == (6, 8)


def test_folded_view_keeps_punctuation_for_links():
    norm = normalize("ＷＷＷ．ａｂｃ．ＣＯＭ 壹")
    assert norm.folded.text == "www.abc.com 壹"
    assert norm.folded.span(0, 3) == (0, 3)


def test_fold_term_matches_message_normalisation():
    assert fold_term("V 信") == normalize("ｖ❤信").text == "v信"


@given(st.text())
def test_span_map_stays_inside_the_original_text(text):
    norm = normalize(text)
    for view in (norm.compact, norm.folded):
        for index in range(len(view.text)):
            start, end = view.span(index, index + 1)
            assert 0 <= start < end <= len(text)


@given(st.text())
def test_span_map_is_monotonic(text):
    norm = normalize(text)
    starts = [norm.span(i, i + 1)[0] for i in range(len(norm.text))]
    assert starts == sorted(starts)


@given(st.text())
def test_normalising_twice_changes_nothing(text):
    once = normalize(text)
    assert normalize(once.text).text == once.text
    assert normalize(once.folded.text).folded.text == once.folded.text
