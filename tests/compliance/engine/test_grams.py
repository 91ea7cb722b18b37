"""The model's C lookup (compliance/engine/_grams.c) against the Python
reading it replaces: the same rows, the same logits to the bit, the same
verdicts, and clear errors for bad input."""

import copy
import json
import math
from pathlib import Path

import numpy as np
import pytest

from compliance.engine import DEFAULT_MODEL, compile_ruleset, load_default_spec, screen
from compliance.engine import model as model_module
from compliance.engine.evidence import evidence_hits
from compliance.engine.model import context_features, load_model, message_features
from compliance.engine.normalize import normalize
from compliance.engine.screen import model_view

ROOT = Path(__file__).resolve().parents[3]
CORPUS = sorted((ROOT / "compliance/training/corpus").glob("*.jsonl"))
STRIDE = 10  # every tenth message of every corpus file: ~5,000 messages
AWKWARD = [
    "",
    "a",
    "加",
    "a|b|c 微信 @163.com",
    "加我" * 400,  # past the cached slices
    "x" * 3000,
    "\x00\x1f\u200b" + "\ud800" + "好",
    "𠀀𠀁𠀂 emoji 😀🧧 and ¥AbC12345¥",
]


@pytest.fixture(scope="module")
def shipped():
    model = load_model(DEFAULT_MODEL)
    return model, compile_ruleset(load_default_spec(), model)


@pytest.fixture(scope="module")
def python_only():
    """The shipped model read without the C lookup (a copy: a model read from
    the same bytes is shared while alive, model.model_from_bytes)."""
    model = copy.copy(load_model(DEFAULT_MODEL))
    model.__dict__["gram_tables"] = None
    return model, compile_ruleset(load_default_spec(), model)


def corpus_messages():
    for path in CORPUS:
        lines = path.read_text(encoding="utf-8").splitlines()
        for line in lines[::STRIDE]:
            record = json.loads(line)
            yield record["text"], record["sender"]
    for text in AWKWARD:
        yield text, "buyer"


def test_the_extension_is_built():
    # make install builds it (setup.py); without it screening is ~3x slower.
    assert model_module.GramTable is not None
    assert model_module.logits is not None


def test_c_rows_equal_the_python_feature_lookup(shipped):
    model, rules = shipped
    assert model.gram_tables is not None
    checked = 0
    for text, sender in corpus_messages():
        norm = normalize(text)
        view, model_text, tokens = model_view(rules, norm)
        hits = evidence_hits(rules, norm, (), tokens if view is norm.compact else None)
        evidence = sorted({f for hit in hits for f in hit.features()})
        codes = sorted({hit.evidence for hit in hits})
        expected = model.indices(message_features(model_text, sender, evidence, tokens))
        assert model.message_rows(model_text, sender, evidence, tokens) == expected
        context = frozenset(model.indices(context_features(model_text, codes)))
        assert model.context_rows(model_text, codes) == context
        both = model.both_rows(model_text, sender, evidence, tokens, codes)
        assert both == (expected, context)
        checked += 1
    assert checked > 4500


def test_the_python_rows_equal_the_feature_lookup_too(python_only):
    model, rules = python_only
    assert model.gram_tables is None
    for text, sender in list(corpus_messages())[::7]:
        norm = normalize(text)
        _view, model_text, tokens = model_view(rules, norm)
        expected = model.indices(message_features(model_text, sender, (), tokens))
        assert model.message_rows(model_text, sender, (), tokens) == expected
        context = frozenset(model.indices(context_features(model_text)))
        assert model.context_rows(model_text) == context
        both = model.both_rows(model_text, sender, (), tokens, ())
        assert both == (expected, context)


def numpy_logits(model, rows):
    if not rows:
        return model.bias.tolist()
    picked = model.weights.take(np.sort(np.fromiter(rows, np.intp, len(rows))), axis=0)
    return (
        model.bias + picked.sum(axis=0) * np.float32(1 / math.sqrt(len(rows)))
    ).tolist()


def test_c_logits_equal_numpy_to_the_bit(shipped):
    model, rules = shipped
    earlier: list[frozenset] = []
    for text, sender in list(corpus_messages())[::3]:
        _view, model_text, tokens = model_view(rules, normalize(text))
        own = model.message_rows(model_text, sender, (), tokens)
        for rows in (own, own.union(*earlier[-3:]), set()):
            assert model.logits(rows) == numpy_logits(model, rows)
        earlier.append(model.context_rows(model_text))


def test_verdicts_are_the_same_with_and_without_the_c_lookup(shipped, python_only):
    _model, rules = shipped
    _slow, slow_rules = python_only
    history: list[tuple[str, str]] = []
    for text, sender in list(corpus_messages())[::4]:
        fast = screen(rules, text, sender, history[-10:]).to_dict()
        slow = screen(slow_rules, text, sender, history[-10:]).to_dict()
        assert fast == slow
        history.append((sender, text))


def test_scores_are_probabilities_even_for_extreme_logits():
    model = copy.copy(load_model(DEFAULT_MODEL))
    model.__dict__["gram_tables"] = None
    model.logits = lambda rows: [-1000.0, 1000.0, 0.0] + [5.0] * 7
    scores = model.scores(set())
    assert scores[0] == 0.0 and scores[1] == 1.0 and scores[2] == 0.5
    assert all(0.0 <= score <= 1.0 for score in scores)


def test_gram_table_refuses_bad_input():
    table_type = model_module.GramTable
    with pytest.raises(TypeError, match="names must be str"):
        table_type([b"x"], [0])
    with pytest.raises(ValueError, match="differ in length"):
        table_type(["a", "b"], [0])
    with pytest.raises(ValueError, match="given twice"):
        table_type(["a", "a"], [0, 1])
    with pytest.raises(ValueError, match="out of range"):
        table_type(["a"], [-1])
    table = table_type(["ab", "a|b"], [3, 4])
    with pytest.raises(RuntimeError, match="filled once"):
        table.__init__(["c"], [1])
    with pytest.raises(ValueError, match="max_order"):
        table.add_grams("abc", 0, set())
    with pytest.raises(TypeError, match="tokens must be str"):
        table.add_joined(["a", 1], set())
    rows: set = set()
    table.add_grams("xabx", 2, rows)
    table.add_joined(["a", "b"], rows)
    assert rows == {3, 4}
    with pytest.raises(TypeError, match="go together"):
        table_type(["a"], [0], ["a"])
    with pytest.raises(ValueError, match="given twice"):
        table_type(["a"], [0], ["b", "b"], [1, 2])
    both = table_type(["ab", "a", "abc"], [3, 4, 5], ["a", "c", "ab"], [7, 8, 9])
    own = set()
    context = both.add_both("abc", 3, own, 2, ())
    assert own == {3, 4, 5} and context == frozenset({7, 8, 9})
    assert type(context) is frozenset
    own = set()
    both.add_grams("c", 3, own)  # a context name only: not an own row
    context = both.add_both("abc", 1, own, 1, (11, 12))
    assert own == {4} and context == frozenset({7, 8, 11, 12})
    with pytest.raises(ValueError, match="max_order"):
        both.add_both("abc", 1, own, 0, ())
    with pytest.raises(TypeError, match="must be int"):
        both.add_both("abc", 1, own, 1, ("a",))
    with pytest.raises(TypeError):
        both.add_both("abc", 1, own, 1, [1])  # extra rows: a tuple
    empty = table_type.__new__(table_type)
    for call in (
        lambda: empty.add_grams("a", 1, set()),
        lambda: empty.add_joined(["a", "b"], set()),
        lambda: empty.add_both("a", 1, set(), 1, ()),
    ):
        with pytest.raises(RuntimeError, match="not filled"):
            call()


def test_logits_refuses_rows_outside_the_weights():
    weights = np.zeros((3, 2), dtype=np.float32)
    bias = np.array([0.5, -0.5], dtype=np.float32)
    assert model_module.logits({0, 2}, weights, bias) == [0.5, -0.5]
    with pytest.raises(IndexError, match="outside the weights"):
        model_module.logits({3}, weights, bias)
    with pytest.raises(ValueError, match="do not fit"):
        model_module.logits({0}, np.zeros(5, dtype=np.float32), bias)
    with pytest.raises(TypeError):
        model_module.logits({"a"}, weights, bias)


def test_c_rounding_equals_pythons_round_to_the_bit():
    random = np.random.default_rng(17)
    values = random.random(200_000).tolist()
    # Ties and their neighbours, where the product's rounding could mislead.
    ties = [(k + 0.5) / 10000 for k in range(10000)] + [k / 20000 for k in range(20001)]
    values += ties + [math.nextafter(v, 2) for v in ties]
    values += [math.nextafter(v, -1) for v in ties]
    values += [0.0, -0.0, 1.0, 0.99995, 99.99995, 100.0, -0.3, 1e300, math.inf]
    expected = [round(value, 4) for value in values]
    got = model_module.round4(values)
    assert [v.hex() for v in got] == [v.hex() for v in expected]
    nan = model_module.round4([math.nan])[0]
    assert math.isnan(nan)
    with pytest.raises(TypeError):
        model_module.round4((0.5,))
    assert model_module.round4([1, 0.25]) == [1, 0.25]


def test_c_judge_equals_the_python_scores_rounding_and_flags(shipped):
    model, rules = shipped
    flags = rules.flag_thresholds
    earlier: list[frozenset] = []
    python = model_module.judge
    judged = flagged = 0
    try:
        for text, sender in list(corpus_messages())[::3]:
            _view, model_text, tokens = model_view(rules, normalize(text))
            own = model.message_rows(model_text, sender, (), tokens)
            context = earlier[-3:]
            fast = model.judge(own, context, flags)
            model_module.judge = None
            slow = model.judge(own, context, flags)
            model_module.judge = python
            assert fast == slow
            assert fast[0] == model.scores(own, context)
            earlier.append(model.context_rows(model_text))
            judged += 1
            flagged += bool(fast[2])
    finally:
        model_module.judge = python
    assert judged > 1000 and flagged > 100
    with pytest.raises(ValueError, match="one flag threshold"):
        model.judge(set(), [], flags[:-1])
    with pytest.raises(ValueError, match="one name per category"):
        model_module.judge(set(), model.weights, model.bias, flags, ("x",))
    _scores, rounded, _flagged = model.judge(set(), [], flags)
    assert list(rounded) == list(model.categories)


def test_c_contributions_equal_numpys(shipped):
    model, rules = shipped
    compared = 0
    for text, sender in list(corpus_messages())[::5]:
        _view, model_text, tokens = model_view(rules, normalize(text))
        rows = model.message_rows(model_text, sender, (), tokens)
        ordered = model_module.ordered_rows(rows)  # an array: numpy's reading
        for category in model.categories:
            fast = model.contributions(category, rows, 18)
            assert fast == model.contributions(category, ordered, 18)
            compared += bool(fast)
    assert compared > 1000
    with pytest.raises(IndexError, match="outside the weights"):
        model_module.top_rows({len(model.vocabulary)}, model.weights, 10, 0, 3)
    with pytest.raises(ValueError, match="do not fit"):
        model_module.top_rows({0}, model.weights, 10, 10, 3)
    weights = np.array([[0.5], [0.5], [-1.0], [2.0]], dtype=np.float32)
    assert model_module.top_rows({3, 2, 1, 0}, weights, 1, 0, 2) == [(3, 2.0), (0, 0.5)]


@pytest.mark.parametrize("count", [1, 11, 12, 13, 17, 24, 25, 97, 384, 385, 1000])
def test_a_gram_table_of_any_size_finds_every_name(count):
    """The table is sized before it is filled (at most 75 % full): one too
    small would loop for ever looking for a free slot."""
    names = [f"n{index}" for index in range(count)]
    table = model_module.GramTable(names, list(range(count)), names, list(range(count)))
    own, context = set(), set()
    for name in names:
        context |= table.add_both(name, len(name), own, len(name), ())
    assert own == set(range(count)) and context == set(range(count))
