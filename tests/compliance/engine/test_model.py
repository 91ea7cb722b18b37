import copy
import gzip
import json
from pathlib import Path

import numpy as np
import pytest

from compliance.engine import ModelError, compile_ruleset, load_default_spec, screen
from compliance.engine.model import (
    load_model,
    message_shape,
    model_from_bytes,
    model_text,
    serialise,
    shape_features,
)
from compliance.engine.normalize import normalize
from compliance.engine.ruleset import CATEGORIES
from compliance.engine.screen import model_view
from compliance.engine.training import (
    BLIND_WEIGHT,
    BLOCK_BUDGET,
    BLOCK_FLOOR,
    FLAG_FLOOR,
    MIN_WEIGHT,
    PREVENT_BLOCK_BUDGET,
    PREVENT_BLOCK_FLOOR,
    TrainingError,
    choose_thresholds,
    featurise,
    read_corpus,
    train,
)

ACCEPTABLE = [
    "亲，这款有现货吗",
    "什么时候发货呀",
    "本店不会让您加微信，谨防诈骗",
    "支持微信支付吗",
    "尺码偏大还是偏小",
    "好的谢谢亲",
    "退款原路退回您的支付宝",
    "我们从杭州仓发货",
    "这个手机支持微信视频通话吗",
    "有人冒充你们客服让我加微信，是真的吗",
]
VIOLATING = [
    ("加我微信聊，便宜点", ["contact"]),
    ("加我绿色软件细聊", ["contact"]),
    ("来绿泡泡上找我", ["contact"]),
    ("不走平台，直接转我", ["payment"]),
    ("你这个傻逼客服", ["abuse"]),
]


def toy_records(copies=12):
    records = []
    for round_ in range(copies):
        for index, text in enumerate(ACCEPTABLE):
            sender = "agent" if index % 2 else "buyer"
            records.append({"text": f"{text}{'呀' * (round_ % 3)}", "sender": sender,
                            "labels": []})  # fmt: skip
        for text, labels in VIOLATING:
            records.append({"text": f"{text}{'哦' * (round_ % 3)}", "sender": "agent",
                            "labels": labels})  # fmt: skip
    return records


@pytest.fixture(scope="module")
def toy_model_bytes():
    return train(compile_ruleset(load_default_spec()), toy_records(), folds=3)


def test_the_same_records_give_the_same_file_bit_for_bit(toy_model_bytes):
    again = train(compile_ruleset(load_default_spec()), toy_records(), folds=3)
    assert again == toy_model_bytes


def test_a_model_file_reads_back_with_its_content_digest_as_version(toy_model_bytes):
    model = model_from_bytes(toy_model_bytes)
    assert model.version.startswith("m") and len(model.version) == 13
    assert model.categories[0] == "contact"
    assert model.weights.dtype == np.float32
    assert model.weights.shape == (len(model.vocabulary), 10)
    assert set(model.thresholds) == set(model.categories)
    assert model.summary["records"] == len(toy_records())


def test_a_corrupt_or_missing_model_file_is_an_error_naming_it(
    tmp_path, toy_model_bytes
):
    missing = tmp_path / "nothing.gz"
    with pytest.raises(ModelError, match="nothing.gz"):
        load_model(missing)
    broken = tmp_path / "broken.gz"
    broken.write_bytes(toy_model_bytes[: len(toy_model_bytes) // 2])
    with pytest.raises(ModelError, match="broken.gz"):
        load_model(broken)
    raw = bytearray(gzip.decompress(toy_model_bytes))
    raw[-1] ^= 0xFF  # one weight changed: the digest no longer matches
    tampered = tmp_path / "tampered.gz"
    tampered.write_bytes(gzip.compress(bytes(raw)))
    with pytest.raises(ModelError, match="tampered.gz.*does not match"):
        load_model(tampered)
    not_gzip = tmp_path / "text.gz"
    not_gzip.write_text("hello")
    with pytest.raises(ModelError, match="text.gz"):
        load_model(not_gzip)


def test_serialise_refuses_a_feature_name_with_a_newline():
    with pytest.raises(ModelError):
        serialise(("contact",), ["a\nb"], np.zeros((1, 1)), np.zeros(1), {}, {})


def test_corpus_records_are_checked_with_file_and_line(tmp_path):
    good = tmp_path / "a.jsonl"
    good.write_text('{"text": "你好", "sender": "buyer", "labels": []}\n')
    records, digests = read_corpus([good])
    assert records[0]["labels"] == [] and set(digests) == {"a.jsonl"}
    bad = tmp_path / "b.jsonl"
    bad.write_text('{"text": "你好", "sender": "robot", "labels": []}\n')
    with pytest.raises(TrainingError, match="b.jsonl:1: sender"):
        read_corpus([bad])
    bad.write_text('{"text": "你好", "sender": "buyer", "labels": ["nope"]}\n')
    with pytest.raises(TrainingError, match="labels"):
        read_corpus([bad])
    bad.write_text("not json\n")
    with pytest.raises(TrainingError, match="not JSON"):
        read_corpus([bad])
    # a record's own history, with or without each message's action (an
    # auditor's decision keeps the actions its context was given)
    line = {"text": "好的", "sender": "agent", "labels": []}
    for history, fine in (
        ([["buyer", "有微信吗"]], True),
        ([["buyer", "有微信吗", "mask"], ["agent", "不加哦", "allow"]], True),
        ([["buyer", "有微信吗", "hide"]], False),
        ([["buyer", "有微信吗", "mask", "x"]], False),
    ):
        bad.write_text(json.dumps({**line, "history": history}) + "\n")
        if fine:
            (record,), _ = read_corpus([bad])
            assert [list(item) for item in record["history"]] == history
        else:
            with pytest.raises(TrainingError, match="history must be"):
                read_corpus([bad])


def test_blind_writers_lines_count_more_than_ordinary_lines(tmp_path):
    corpus = tmp_path / "a.jsonl"
    corpus.write_text(
        '{"text": "你好", "sender": "buyer", "labels": [], "family": "blind_q"}\n'
        '{"text": "在吗", "sender": "buyer", "labels": [], "family": "warning"}\n'
        '{"text": "好的", "sender": "buyer", "labels": []}\n'
    )
    records, _ = read_corpus([corpus])
    assert [r["weight"] for r in records] == [BLIND_WEIGHT, 1.0, 1.0]
    corpus.write_text(
        '{"text": "你好", "sender": "buyer", "labels": [], "family": 3}\n'
    )
    with pytest.raises(TrainingError, match="family"):
        read_corpus([corpus])


def test_a_blind_writers_lines_share_one_fold(tmp_path):
    """Held out writer by writer: a blind writer's single lines and
    conversations fall in one fold group, other lines in their own."""
    corpus = tmp_path / "a.jsonl"
    corpus.write_text(
        '{"text": "你好", "sender": "buyer", "labels": [], "family": "blind_q"}\n'
        '{"text": "在吗", "sender": "buyer", "labels": [], "family": "blind_q"}\n'
        '{"text": "有货吗", "sender": "buyer", "labels": [], "family": "blind_q",'
        ' "session": "z1"}\n'
        '{"text": "有的亲", "sender": "agent", "labels": [], "family": "blind_r"}\n'
        '{"text": "好的", "sender": "buyer", "labels": []}\n'
        '{"text": "谢谢", "sender": "buyer", "labels": [], "family": "warning"}\n'
    )
    records, _ = read_corpus([corpus])
    assert [r["writer"] for r in records] == [
        "blind_q",
        "blind_q",
        "blind_q",
        "blind_r",
        None,
        None,
    ]
    groups = list(featurise(compile_ruleset(load_default_spec()), records).groups)
    assert groups[0] == groups[1] == groups[2]
    assert len({groups[0], groups[3], groups[4], groups[5]}) == 4


def test_a_weighted_line_outweighs_an_ordinary_one_that_contradicts_it():
    """The same message taught both ways: the blind writer's reading wins."""
    rules = compile_ruleset(load_default_spec())
    text = "来老地方找我细聊"
    records = toy_records(copies=6) + [
        {
            "text": text,
            "sender": "agent",
            "labels": ["contact"],
            "weight": BLIND_WEIGHT,
        },
        {"text": text, "sender": "agent", "labels": [], "weight": 1.0},
    ]
    model = model_from_bytes(train(rules, records, folds=3))
    leaning = model_from_bytes(
        train(rules, [{**r, "weight": 1.0} for r in records], folds=3)
    )
    scored = compile_ruleset(load_default_spec(), model)
    even = compile_ruleset(load_default_spec(), leaning)
    assert model.summary["weighted"]["records"] == 1
    assert (
        screen(scored, text, "agent").scores["contact"]
        > screen(even, text, "agent").scores["contact"]
    )


def test_the_learned_stage_decides_intent_from_what_it_was_taught(toy_model_bytes):
    model = model_from_bytes(toy_model_bytes)
    rules = compile_ruleset(load_default_spec(), model)
    assert screen(rules, "加我绿色软件细聊", "agent").action == "block"
    warning = screen(rules, "本店不会让您加微信，谨防诈骗", "agent")
    assert warning.action == "allow" and warning.model_version == model.version
    assert set(warning.scores) == set(model.categories)
    assert screen(rules, "支持微信支付吗", "buyer").action == "allow"


def test_a_model_finding_names_the_model_its_score_and_the_words(toy_model_bytes):
    model = model_from_bytes(toy_model_bytes)
    rules = compile_ruleset(load_default_spec(), model)
    verdict = screen(rules, "来绿泡泡上找我", "agent")
    (finding,) = [v for v in verdict.violations if v.category == "contact"]
    assert finding.model == model.version
    assert finding.score >= model.thresholds["contact"]["block"]
    assert finding.evidence and all(w in "来绿泡泡上找我" for w in finding.evidence)
    assert finding.action == "block"


def test_thresholds_in_the_spec_override_the_models_recommendation(toy_model_bytes):
    model = model_from_bytes(toy_model_bytes)
    spec = load_default_spec()
    spec["categories"]["contact"]["thresholds"] = {"block": 1.0, "flag": 0.0}
    rules = compile_ruleset(spec, model)
    assert rules.thresholds("contact") == (1.0, 0.0)
    verdict = screen(rules, "加我绿色软件细聊", "agent")
    assert verdict.action == "flag"


def test_prevent_categories_get_a_larger_block_budget_and_a_buyer_threshold():
    rng = np.random.default_rng(7)
    count = 20000
    labels = np.zeros((count, len(CATEGORIES)), dtype=np.int8)
    labels[:8000, :] = np.eye(len(CATEGORIES), dtype=np.int8)[np.arange(8000) % 10]
    scores = np.where(labels == 1, rng.uniform(0.9, 1.0, labels.shape), 0.0)
    # Acceptable messages: a thin tail of them scores high in every category.
    scores[8000:, :] = rng.uniform(0.0, 1.0, (count - 8000, len(CATEGORIES))) ** 40
    chosen = choose_thresholds(scores, labels)
    benign = labels.sum(axis=1) == 0
    for column, category in enumerate(CATEGORIES):
        rate = (scores[benign, column] >= chosen[category]["block"]).mean()
        budget = PREVENT_BLOCK_BUDGET.get(category, BLOCK_BUDGET)
        assert rate <= budget, category
        if category in PREVENT_BLOCK_BUDGET:
            buyer = chosen[category]["buyer_block"]
            assert buyer > chosen[category]["block"] > 0.5
            assert (scores[benign, column] >= buyer).mean() <= BLOCK_BUDGET
        else:
            assert "buyer_block" not in chosen[category]


def test_no_category_blocks_below_its_floor_however_clean_the_folds():
    """Perfectly separated folds would allow any threshold: the floors hold."""
    labels = np.zeros((2000, len(CATEGORIES)), dtype=np.int8)
    labels[:1000, :] = np.eye(len(CATEGORIES), dtype=np.int8)[np.arange(1000) % 10]
    scores = np.where(labels == 1, 0.55, 0.0)
    chosen = choose_thresholds(scores, labels)
    for category in CATEGORIES:
        floor = PREVENT_BLOCK_FLOOR if category in PREVENT_BLOCK_BUDGET else BLOCK_FLOOR
        assert chosen[category]["block"] >= floor, category
    assert BLOCK_FLOOR == 0.7 and chosen["contact"]["block"] == 0.55
    assert chosen["abuse"]["block"] == 1.0 and chosen["abuse"]["flag"] == 0.55


def test_no_category_flags_below_the_flag_floor_however_clean_the_folds():
    labels = np.zeros((2000, len(CATEGORIES)), dtype=np.int8)
    labels[:1000, :] = np.eye(len(CATEGORIES), dtype=np.int8)[np.arange(1000) % 10]
    chosen = choose_thresholds(np.where(labels == 1, 0.38, 0.0), labels)
    assert FLAG_FLOOR == 0.4
    assert all(chosen[c]["flag"] == 1.0 for c in CATEGORIES)
    chosen = choose_thresholds(np.where(labels == 1, 0.42, 0.0), labels)
    assert all(chosen[c]["flag"] == 0.42 for c in CATEGORIES)


def test_a_buyers_message_is_blocked_only_at_the_buyer_threshold(toy_model_bytes):
    model = copy.copy(model_from_bytes(toy_model_bytes))  # shared while alive
    model.thresholds = {**model.thresholds}
    model.thresholds["contact"] = {"block": 0.05, "flag": 0.01, "buyer_block": 1.0}
    rules = compile_ruleset(load_default_spec(), model)
    assert rules.buyer_block_at["contact"] == 1.0
    assert screen(rules, "来绿泡泡上找我", "agent").action == "block"
    buyer = screen(rules, "来绿泡泡上找我", "buyer")
    assert buyer.action == "flag"
    assert {v.category for v in buyer.violations} == {"contact"}


def test_too_short_a_message_is_at_most_flagged_by_the_model(toy_model_bytes):
    model = model_from_bytes(toy_model_bytes)
    spec = load_default_spec()
    spec["categories"]["contact"]["thresholds"] = {"block": 0.0, "flag": 0.0}
    rules = compile_ruleset(spec, model)
    assert screen(rules, "我的", "agent").action == "flag"
    assert screen(rules, "你的呢", "agent").action == "flag"
    assert screen(rules, "我的东西", "agent").action == "block"


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("浏览器输入192.168.3.1进入路由器", "192.168.3.1"),
        ("摄像头地址 １０．０．０．２３:8080", "１０．０．０．２３"),
        ("后台 172.16.0.1 改密码", "172.16.0.1"),
        ("本机 127.0.0.1", "127.0.0.1"),
    ],
)
def test_a_local_network_address_is_hidden_from_the_model(text, hidden):
    ruleset = compile_ruleset(load_default_spec())
    norm = normalize(text)
    _view, seen, _tokens = model_view(ruleset, norm)
    plain = model_text(norm.compact.text, ruleset.platform_domains)
    digits = sum(char.isdigit() for char in hidden)
    assert seen.count("▯") == plain.count("▯") + digits
    assert len(seen) == len(plain)


@pytest.mark.parametrize(
    "text", ["访问 8.8.8.8 下单", "172.32.0.1 的店", "10.1.1.1.1", "价格 192.168 元"]
)
def test_an_outside_address_or_plain_number_is_read_as_it_is(text):
    ruleset = compile_ruleset(load_default_spec())
    norm = normalize(text)
    _view, seen, _tokens = model_view(ruleset, norm)
    assert seen == model_text(norm.compact.text, ruleset.platform_domains)


def test_screening_reads_a_conversation_as_training_featurised_it():
    """No skew between training and screening: each message of the corpus's
    conversations gets from ``screen()`` the scores of the features training
    gave it — its own and its context's (the session's earlier messages) —
    except where a bare handle or dictated number read joined to the message
    it answers (``screen.answered``) scores higher: that reading stands for
    it."""
    from compliance.engine import DEFAULT_MODEL
    from compliance.engine.model import CONTEXT_MESSAGES
    from compliance.engine.screen import HISTORY_LIMIT, MIN_MODEL_CHARS, answered

    model = load_model(DEFAULT_MODEL)
    rules = compile_ruleset(load_default_spec(), model)
    corpus = Path(__file__).parents[3] / "compliance/training/corpus"
    records = []
    for path in sorted(corpus.glob("*conversations*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()[:150]
        records += [json.loads(line) for line in lines if line.strip()]
    featurised = featurise(rules, records)
    histories: dict[str, list] = {}
    compared = with_context = with_shape = with_answer = 0
    for record, features in zip(records, featurised.features, strict=True):
        history = histories.setdefault(record["session"], [])
        verdict = screen(rules, record["text"], record["sender"], history)
        context = [text for _sender, text in history[-CONTEXT_MESSAGES:]]
        previous = [text for who, text in history if who == record["sender"]]
        buyer_texts = [text for who, text in history if who == "buyer"]
        if record["sender"] != "agent":
            buyer_texts = []
        answer = answered(
            rules,
            record["text"],
            record["sender"],
            context,
            buyer_texts[-HISTORY_LIMIT:],
            previous[-HISTORY_LIMIT:],
        )
        history.append((record["sender"], record["text"]))
        del history[: -HISTORY_LIMIT * 2]
        if len(normalize(record["text"]).compact.text) < MIN_MODEL_CHARS:
            continue
        rows = model.indices(features)
        expected = dict(zip(model.categories, model.scores(rows), strict=True))
        if answer is not None and answer[0] > expected["contact"]:
            expected["contact"] = answer[0]
            with_answer += 1
        for category, score in verdict.scores.items():
            assert score == pytest.approx(expected[category], abs=1e-4), record
        compared += 1
        with_context += any(feature[:1] == "^" for feature in features)
        with_shape += any(feature[:1] == "&" for feature in features)
    assert compared > 1500 and with_context > 1000 and with_shape > 5
    assert with_answer > 0


def test_a_feature_that_weighs_nothing_is_left_out(toy_model_bytes):
    """Every kept feature weighs at least MIN_WEIGHT in some category: the
    lighter ones move no score and cost memory in every process."""
    model = model_from_bytes(toy_model_bytes)
    assert model.summary["min_weight"] == MIN_WEIGHT
    assert len(model.vocabulary) > 0
    assert float(np.abs(model.weights).max(axis=1).min()) >= MIN_WEIGHT


@pytest.mark.parametrize(
    "text, sender, shape",
    [
        ("djrepair0000", "agent", "handle"),  # model text: digits read "0"
        ("xiaolinbake", "agent", "handle"),
        ("djrepair0000", "buyer", None),  # a buyer's own account: the n-grams
        ("0000000", "agent", None),  # numbers: the split-number detector
        ("abcd", "agent", None),  # too short to be an id
        ("加我djrepair0000", "agent", None),  # says what it is itself
    ],
)
def test_only_an_agents_bare_handle_has_a_shape(text, sender, shape):
    assert message_shape(text, sender) == shape


def test_a_shape_joins_the_categories_of_the_contexts_rules():
    context = ["^加", "^@contact.wechat", "^@~contact.qq", "^@payment.qr", "^v"]
    assert shape_features("handle", "agent", context) == [
        "&handle|agent",
        "&handle|agent|contact",
        "&handle|agent|payment",
    ]
    assert shape_features("handle", "agent") == ["&handle|agent"]


@pytest.mark.parametrize(
    "machine, flags, environ, pinned",
    [
        ("x86_64", {"avx2", "fma", "avx512f"}, {}, "Haswell"),
        ("x86_64", {"avx2", "fma"}, {"PATH": "/bin"}, "Haswell"),
        ("x86_64", {"avx2", "fma"}, {"OPENBLAS_CORETYPE": "Haswell"}, None),
        ("x86_64", {"sse4_2"}, {}, None),  # no AVX2: the kernels would not run
        ("aarch64", {"asimd"}, {}, None),
    ],
)
def test_training_runs_on_the_pinned_blas_kernels_where_it_can(
    machine, flags, environ, pinned
):
    """OpenBLAS's per-CPU kernels moved the shipped model's rebuild on an
    AVX-512 machine; the training command restarts on the Haswell ones."""
    from compliance.engine.training import BLAS_CORE, pinned_blas_environment

    found = pinned_blas_environment(machine, flags, environ)
    if pinned is None:
        assert found is None
    else:
        assert (
            found == {**environ, "OPENBLAS_CORETYPE": BLAS_CORE} and pinned == BLAS_CORE
        )


def test_cpu_flags_are_read_from_cpuinfo(tmp_path):
    from compliance.engine.training import cpu_flags

    info = tmp_path / "cpuinfo"
    info.write_text("processor\t: 0\nflags\t\t: fpu avx2 fma\n", encoding="utf-8")
    assert cpu_flags(str(info)) == {"fpu", "avx2", "fma"}
    assert cpu_flags(str(tmp_path / "missing")) == set()


def test_the_same_bytes_read_again_give_the_model_still_alive(toy_model_bytes):
    """Reading a model costs a third of a second and about a hundred
    megabytes; the shadow comparison, activation and the live rule set read
    the same artifact. A model nobody holds any more is not kept."""
    import gc
    import weakref

    first = model_from_bytes(toy_model_bytes, "one")
    assert model_from_bytes(bytes(toy_model_bytes), "another") is first
    with pytest.raises(ModelError, match="cut: not a readable screening model"):
        model_from_bytes(toy_model_bytes[:-10], "cut")
    gone = weakref.ref(first)
    del first
    gc.collect()
    assert gone() is None
    again = model_from_bytes(toy_model_bytes)
    assert again.version.startswith("m")
