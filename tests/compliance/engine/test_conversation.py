import dataclasses
import gzip
import io
import json
import math

import pytest

from compliance.engine import (
    ModelError,
    compile_ruleset,
    default_model,
    load_default_spec,
    screen,
)
from compliance.engine.conversation import (
    LENGTH_CAP,
    ConversationReader,
    feature_names,
    reader_features,
)
from compliance.engine.evaluate import screen_jsonl, screen_records
from compliance.engine.evidence import IDENTIFIER_CATEGORIES
from compliance.engine.model import model_from_bytes, serialise
from compliance.engine.normalize import normalize
from compliance.engine.ruleset import CATEGORIES
from compliance.engine.screen import conversation_block

# A drill shop's agent moves the after-sales help to a phone after two
# honest turns: written for these tests, in no evaluation set.
DRILL = [
    ("buyer", "这个电钻能打混凝土墙吗"),
    ("agent", "可以的亲，冲击档能打"),
    ("buyer", "装不好怎么办"),
]
MOVED = "我们安装师傅姓赵 您直接打给他 他手把手教您"


def logit(value):
    return math.log(value / (1 - value))


def test_the_inputs_are_the_readings_as_log_odds_in_a_fixed_order():
    scores = {"contact": 0.5, "payment": 0.9}
    alone = [0.2] * len(CATEGORIES)
    previous = [[0.1] * len(CATEGORIES), [0.3] * len(CATEGORIES)]
    features = reader_features(
        CATEGORIES, scores, alone, previous, "buyer", "flag", 7, 500
    )
    names = feature_names(CATEGORIES)
    assert len(features) == len(names) == 3 * len(CATEGORIES) + 4
    by_name = dict(zip(names, features, strict=True))
    assert by_name["context:contact"] == pytest.approx(0.0)
    assert by_name["context:payment"] == pytest.approx(logit(0.9))
    assert by_name["context:link"] == pytest.approx(logit(1e-4))  # missing: 0, clipped
    assert by_name["alone:abuse"] == pytest.approx(logit(0.2))
    assert by_name["previous:fraud"] == pytest.approx(logit(0.3))  # the highest
    assert by_name["buyer"] == 1.0 and by_name["level"] == 1.0
    assert by_name["context_messages"] == 3.0  # capped as screening keeps three
    assert by_name["length"] == LENGTH_CAP
    no_previous = reader_features(CATEGORIES, scores, alone, [], "agent", "block", 1, 9)
    assert dict(zip(names, no_previous, strict=True))[
        "previous:contact"
    ] == pytest.approx(logit(1e-4))


def toy_reader(block_at=0.75, bias=-1.0):
    names = feature_names(CATEGORIES)
    weights = [0.5 if name == "alone:contact" else 0.0 for name in names]
    return ConversationReader(
        tuple(names), tuple(weights), bias, block_at, {"records": 3}
    )


def test_a_reader_reads_back_from_its_dict_and_refuses_another_models_inputs():
    reader = toy_reader()
    again = ConversationReader.from_dict(
        json.loads(json.dumps(reader.to_dict())), CATEGORIES
    )
    assert again == reader
    inputs = [0.0] * len(reader.weights)
    inputs[feature_names(CATEGORIES).index("alone:contact")] = 4.0
    assert again.probability(inputs) == pytest.approx(1 / (1 + math.exp(-1.0)))
    with pytest.raises(ValueError, match="one input per reader weight"):
        again.probability(inputs[:-1])
    with pytest.raises(ValueError, match="not this model's"):
        ConversationReader.from_dict(reader.to_dict(), CATEGORIES[:-1])
    shorter = dict(reader.to_dict(), weights=[0.0])
    with pytest.raises(ValueError, match="one reader weight per input"):
        ConversationReader.from_dict(shorter, CATEGORIES)


def test_a_model_file_keeps_its_reader_under_its_version():
    names = ["加", "微"]
    weights = [[0.0] * len(CATEGORIES), [0.0] * len(CATEGORIES)]
    bias = [0.0] * len(CATEGORIES)
    thresholds = {c: {"block": 0.9, "flag": 0.5} for c in CATEGORIES}
    plain = model_from_bytes(
        serialise(CATEGORIES, names, weights, bias, thresholds, {})
    )
    data = serialise(
        CATEGORIES, names, weights, bias, thresholds, {}, toy_reader().to_dict()
    )
    model = model_from_bytes(data)
    assert plain.reader is None
    assert model.reader == toy_reader()
    assert model.version != plain.version  # the reader is part of what it is
    assert model_from_bytes(model.to_bytes()).version == model.version
    raw = gzip.decompress(data)
    first = raw.index(b"\n")
    header = json.loads(raw[:first])
    header["reader"]["block_at"] = 0.1  # a reader changed after the fact
    tampered = gzip.compress(json.dumps(header).encode() + raw[first:])
    with pytest.raises(ModelError, match="does not match its version"):
        model_from_bytes(tampered, "tampered.gz")
    header["reader"]["features"] = header["reader"]["features"][:-1]
    broken = gzip.compress(json.dumps(header).encode() + raw[first:])
    with pytest.raises(ModelError, match="broken.gz"):
        model_from_bytes(broken, "broken.gz")


def test_the_shipped_model_carries_a_reader_trained_on_held_out_conversations():
    reader = default_model().reader
    assert reader is not None
    assert 0.5 <= reader.block_at < 1.0
    assert reader.summary["sessions"] >= 300
    assert all("conversations" in name for name in reader.summary["sources"])


def without_reader(screening):
    model = dataclasses.replace(screening.model, reader=None)
    return compile_ruleset(load_default_spec(), model)


def test_a_route_offered_after_honest_turns_is_blocked_by_the_reader(screening):
    verdict = screen(screening, MOVED, "agent", DRILL)
    assert verdict.action == "block"
    [violation] = verdict.violations
    assert violation.category in IDENTIFIER_CATEGORIES
    assert violation.rule == f"{violation.category}.model"
    assert violation.model == screening.model.version
    assert violation.score >= screening.model.reader.block_at
    assert violation.evidence  # the words that weighed most
    # the model alone is unsure of it: flagged, delivered
    assert screen(without_reader(screening), MOVED, "agent", DRILL).action == "flag"


@pytest.mark.parametrize(
    "text",
    [
        "有问题直接在这里找我就行，平台上都能看到记录",
        "装不好可以在订单里申请上门安装，师傅会提前联系您",
        "亲，说明书第三页有图解，按步骤来就行",
        "不好意思亲，我们不能留私人电话，有问题随时在这里问",
    ],
)
def test_honest_replies_in_the_same_conversation_are_not_blocked(screening, text):
    assert screen(screening, text, "agent", DRILL).action in ("allow", "flag")


def test_the_reader_leaves_alone_what_the_first_stage_decided_on_purpose(screening):
    norm = normalize(MOVED)
    texts = [text for _who, text in DRILL]
    scores = {"contact": 0.6, "payment": 0.0, "link": 0.0}
    model_flag = [("contact", "contact.model", "flag")]
    found = conversation_block(screening, norm, "agent", scores, model_flag, [], texts)
    assert found is not None and found[0] == "contact"
    assert found[1] >= screening.model.reader.block_at
    # no context: nothing for a conversation reader to read
    assert (
        conversation_block(screening, norm, "agent", scores, model_flag, [], []) is None
    )
    # prevented already
    blocked = [("contact", "contact.model", "block")]
    assert (
        conversation_block(screening, norm, "agent", scores, blocked, [], texts) is None
    )
    # a rule's deliberate flag (a doubted identifier, another app's name)
    doubted = [("contact", "contact.phone", "flag")]
    assert (
        conversation_block(screening, norm, "agent", scores, doubted, [], texts) is None
    )
    # a buyer's message the first stage acted on
    assert (
        conversation_block(screening, norm, "buyer", scores, model_flag, [], texts)
        is None
    )
    # a bare number: the structural detectors' call
    bare = normalize("1️⃣3️⃣9️⃣➖2️⃣2️⃣0️⃣6️⃣")
    assert conversation_block(screening, bare, "agent", scores, (), [], texts) is None
    # under the gate: not read again
    quiet = dict.fromkeys(IDENTIFIER_CATEGORIES, 0.01)
    assert conversation_block(screening, norm, "agent", quiet, (), [], texts) is None
    # a model without a reader
    plain = without_reader(screening)
    assert (
        conversation_block(plain, norm, "agent", scores, model_flag, [], texts) is None
    )


@pytest.mark.parametrize(
    "earlier",
    [
        "装不好怎么办" * 17_000,  # 100 KB
        "\ud800装不好\udfff怎么办\ud83d",  # lone surrogates
        "\x00\x07\x1b[31m装不好怎么办\x7f",  # control characters
        "".join(chr(c) for c in range(0x20, 0x3000, 7)),  # every script, sampled
        "🙏" * 500,
        "",
    ],
)
def test_the_reader_reads_any_earlier_text(screening, earlier):
    # the agent's own earlier message is read alone by the reader
    history = [*DRILL[:2], ("agent", earlier), DRILL[2]]
    verdict = screen(screening, MOVED + "\ud800\x07", "agent", history)
    assert verdict.action in ("flag", "block")
    for violation in verdict.violations:
        assert verdict.masked_text  # a verdict, never an exception
        assert 0 <= violation.start <= violation.end <= len(MOVED) + 2


def test_a_reader_keeps_its_second_reading_in_its_dict():
    plain = toy_reader()
    assert "after_action" not in plain.to_dict()  # older models keep their bytes
    reader = dataclasses.replace(plain, after_action=toy_reader(block_at=0.55))
    again = ConversationReader.from_dict(
        json.loads(json.dumps(reader.to_dict())), CATEGORIES
    )
    assert again == reader and again.after_action.block_at == 0.55
    broken = reader.to_dict()
    broken["after_action"]["weights"] = [0.0]
    with pytest.raises(ValueError, match="one reader weight per input"):
        ConversationReader.from_dict(broken, CATEGORIES)


def with_second_reading(screening):
    """The shipped first stage with a reader whose first reading never blocks
    and whose second reading always does."""
    reader = dataclasses.replace(
        toy_reader(block_at=2.0), after_action=toy_reader(block_at=0.5, bias=20.0)
    )
    model = dataclasses.replace(screening.model, reader=reader)
    return compile_ruleset(load_default_spec(), model)


@pytest.mark.parametrize(
    "actions, blocked",
    [
        (("allow", "block", "allow"), True),  # the agent's own message was blocked
        (("allow", "flag", "allow"), True),  # ... or flagged
        (("allow", "allow", "allow"), False),  # nothing acted on
        (("flag", "allow", "mask"), False),  # only the buyer's were
        (None, False),  # a history without actions: all allowed
    ],
)
def test_the_second_reading_reads_only_after_the_senders_message_was_acted_on(
    screening, actions, blocked
):
    ruleset = with_second_reading(screening)
    history = (
        DRILL
        if actions is None
        else [(*turn, action) for turn, action in zip(DRILL, actions, strict=True)]
    )
    verdict = screen(ruleset, MOVED, "agent", history)
    assert (verdict.action == "block") == blocked
    if blocked:
        (finding,) = [v for v in verdict.violations if v.action == "block"]
        assert finding.category in IDENTIFIER_CATEGORIES
        assert finding.score == pytest.approx(1.0, abs=1e-4)


def test_the_second_reading_looks_back_over_the_last_history_messages(screening):
    ruleset = with_second_reading(screening)
    acted = [("agent", "加我薇信私聊", "block")]
    filler = [("buyer", f"第{n}个问题：发什么快递", "allow") for n in range(9)]
    assert screen(ruleset, MOVED, "agent", acted + filler).action == "block"
    filler.append(("buyer", "还有一个问题", "allow"))  # now eleven back
    assert screen(ruleset, MOVED, "agent", acted + filler).action != "block"


def test_the_evaluation_hands_each_messages_action_to_the_next(screening):
    """Scoring a set threads each verdict's action through the session, as
    the chat stores it: the second reading reads the same conversation the
    same way in both."""
    ruleset = with_second_reading(screening)
    turns = [
        ("buyer", "这个电钻能打混凝土墙吗"),
        ("agent", "加我薇信 dz_zuan0519 发你视频"),  # blocked by the first stage
        ("buyer", "装不好怎么办"),
        ("agent", MOVED),
    ]
    records = [
        {"id": str(n), "text": t, "sender": s, "session": "s", "expect": []}
        for n, (s, t) in enumerate(turns)
    ]
    verdicts = list(screen_records(ruleset, records))
    assert [v.action for v in verdicts] == ["allow", "block", "allow", "block"]
    out = io.StringIO()
    screen_jsonl(ruleset, [json.dumps(r, ensure_ascii=False) for r in records], out)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line["action"] for line in lines] == ["allow", "block", "allow", "block"]
    # without the earlier block, the same message is not read again
    alone = [r for r in records if r["id"] != "1"]
    assert [v.action for v in screen_records(ruleset, alone)][-1] != "block"
