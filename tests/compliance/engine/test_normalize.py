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


def test_a_plus_sign_reads_jia_in_the_compact_view_only():
    norm = normalize("+V ＋q ➕微 1+1")
    assert norm.text == "加v加q加微1加1"
    assert norm.folded.text == "+v +q ➕微 1+1"


def test_letters_and_digits_drawn_as_symbols_are_letters_and_digits():
    assert normalize("ⓥⓧ 🅥🆇 🅦🅧 ⒜ ㉑").text == "vxvxwxa21"
    assert normalize("Apple™").text == "apple"


def test_hearts_and_satellites_are_words_only_in_the_pictured_view():
    norm = normalize("V❤️ 淘♥宝 加🛰")
    assert norm.text == "v淘宝加"
    assert norm.pictured.text == "v信淘信宝加卫星"
    assert norm.pictured.span(1, 2) == (1, 2)
    assert normalize("加我vx").pictured is None


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


EVASIVE_TEXT = st.text(
    st.one_of(st.characters(), st.sampled_from("❤♥🛰+➕ⓥ🅥⒜㉑①壹vV微 .l0"))
)


@given(EVASIVE_TEXT)
def test_span_map_stays_inside_the_original_text(text):
    norm = normalize(text)
    for view in (norm.compact, norm.folded, norm.pictured):
        if view is None:
            continue
        for index in range(len(view.text)):
            start, end = view.span(index, index + 1)
            assert 0 <= start < end <= len(text)


@given(st.text())
def test_span_map_is_monotonic(text):
    norm = normalize(text)
    starts = [norm.span(i, i + 1)[0] for i in range(len(norm.text))]
    assert starts == sorted(starts)


@given(EVASIVE_TEXT)
def test_normalising_twice_changes_nothing(text):
    once = normalize(text)
    assert normalize(once.text).text == once.text
    assert normalize(once.folded.text).folded.text == once.folded.text
