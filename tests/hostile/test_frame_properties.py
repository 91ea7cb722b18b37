"""Properties of the frame parser: it raises nothing but ChatError, and every valid
frame comes back exactly as sent."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chat.actions.errors import MESSAGES, ChatError
from chat.frames import (
    CLIENT_FRAMES,
    ID_LIMIT,
    INT_LIMITS,
    MAX_FRAME_CHARS,
    parse_frame,
)

PROPERTY = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**80), max_value=2**80)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)
# The same without NaN, which never equals itself.
comparable_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**80), max_value=2**80)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)
KNOWN = {name for fields in CLIENT_FRAMES.values() for name in fields} | {"type"}
field_names = st.sampled_from(sorted(KNOWN))


@st.composite
def frame_like(draw):
    """Objects that look like frames: a real type, real or wrong field values."""
    kind = draw(st.sampled_from(sorted(CLIENT_FRAMES)) | st.text(max_size=20))
    frame = {"type": kind}
    frame.update(draw(st.dictionaries(field_names, json_values, max_size=5)))
    return frame


storable_text = st.text(
    st.characters(exclude_characters="\x00", exclude_categories=("Cs",)), max_size=200
)


def value_for(python_type, name=""):
    if python_type is int:
        return st.integers(min_value=0, max_value=INT_LIMITS.get(name, ID_LIMIT) - 1)
    return storable_text


@st.composite
def valid_frames(draw):
    kind = draw(st.sampled_from(sorted(CLIENT_FRAMES)))
    frame = {"type": kind}
    for name, (python_type, required) in CLIENT_FRAMES[kind].items():
        if required or draw(st.booleans()):
            frame[name] = draw(value_for(python_type, name))
    # Unknown fields are ignored, whatever they hold. (Only unknown ones: a
    # drawn name of 13 letters was once "client_msg_id" itself.)
    unknown = st.text(min_size=12, max_size=14).filter(lambda key: key not in KNOWN)
    extras = st.dictionaries(unknown, comparable_values)
    frame.update(draw(extras))
    return frame


def parses_or_refuses(text=None, binary=None):
    try:
        return parse_frame(text, binary)
    except ChatError as error:
        assert error.code in MESSAGES
        assert str(error.message).strip()
        return error


@PROPERTY
@given(st.text(max_size=500))
def test_any_text_parses_or_is_refused_with_a_chat_error(text):
    parses_or_refuses(text)


@PROPERTY
@given(st.binary(max_size=200))
def test_any_binary_frame_is_refused_as_bad_json(data):
    assert parses_or_refuses(binary=data).code == "bad_json"


@PROPERTY
@given(json_values)
def test_any_json_value_parses_or_is_refused_with_a_chat_error(value):
    parses_or_refuses(json.dumps(value))


@PROPERTY
@given(frame_like())
def test_frame_like_objects_parse_or_are_refused_with_a_chat_error(frame):
    result = parses_or_refuses(json.dumps(frame))
    if isinstance(result, dict):
        assert json.dumps(result, sort_keys=True) == json.dumps(frame, sort_keys=True)


@PROPERTY
@given(valid_frames())
def test_valid_frames_round_trip(frame):
    text = json.dumps(frame, ensure_ascii=False)
    if len(text) <= MAX_FRAME_CHARS:
        assert parse_frame(text, None) == frame


@PROPERTY
@given(valid_frames(), st.sampled_from(["\x00", "\ud800", "\udfff"]), st.data())
def test_nul_or_lone_surrogate_in_a_known_string_field_is_refused(frame, bad, data):
    known = ["type"] + [
        name
        for name, (python_type, _) in CLIENT_FRAMES[frame["type"]].items()
        if python_type is str and name in frame
    ]
    name = data.draw(st.sampled_from(known))
    at = data.draw(st.integers(min_value=0, max_value=len(frame[name])))
    frame[name] = frame[name][:at] + bad + frame[name][at:]
    error = parses_or_refuses(json.dumps(frame))
    assert error.code == "bad_frame"
    assert error.ref is None or "\x00" not in error.ref


def test_deeply_nested_json_is_refused_not_crashed_on():
    for text in ("[" * 5000 + "]" * 5000, '{"a":' * 3000 + "1" + "}" * 3000):
        assert parses_or_refuses(text).code == "bad_json"


def test_huge_numbers_and_oversized_frames_are_refused():
    assert parses_or_refuses('{"type": "ping", "n": ' + "9" * 5000 + "}").code == (
        "bad_json"
    )
    assert parses_or_refuses(" " * (MAX_FRAME_CHARS + 1)).code == "too_long"
