import io
import json
from pathlib import Path

from compliance.engine import __main__ as cli
from compliance.engine.evaluate import evaluate, screen_jsonl

CORPUS = Path(__file__).parents[2] / "data" / "screening_corpus.jsonl"


def load_corpus():
    return [
        json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()
    ]


def test_corpus_is_large_and_mostly_hard_benign():
    records = load_corpus()
    benign = [r for r in records if not r["expect"]]
    assert len(records) >= 800
    assert len(benign) / len(records) >= 0.4
    assert len({r["id"] for r in records}) == len(records)


def test_default_rules_meet_recall_and_false_positive_targets(rules):
    report = evaluate(rules, load_corpus())
    assert report["overall"]["recall"] >= 0.98
    assert report["overall"]["false_positive_rate"] <= 0.01
    for category, figures in report["categories"].items():
        assert figures["support"] > 0, category
        assert figures["recall"] >= 0.95, category
        assert figures["false_positive_rate"] <= 0.01, category


def test_evaluate_counts_per_category(rules):
    records = [
        {"id": "1", "text": "加我微信", "sender": "agent", "expect": ["contact"]},
        {"id": "2", "text": "QQ糖", "sender": "buyer", "expect": []},
        {"id": "3", "text": "淘宝上买", "sender": "buyer", "expect": []},
        {"id": "4", "text": "你好", "sender": "buyer", "expect": ["abuse"]},
    ]
    report = evaluate(rules, records)
    assert report["overall"] == {
        "caught": 0.5,
        "prevented": 1.0,
        "precision": 0.5,
        "recall": 0.5,
        "false_positive_rate": 0.5,
        "benign_prevented": 0.0,
        "benign_flagged": 0.5,
        "benign_acted": 0.5,
    }
    assert report["categories"]["platform"]["false_positive_rate"] == 0.5
    assert report["categories"]["contact"]["recall"] == 1.0
    assert report["categories"]["abuse"]["recall"] == 0.0


def test_screen_jsonl_writes_one_line_per_input_in_order(rules):
    lines = [
        json.dumps({"id": "a", "text": "电话138", "sender": "agent", "session": "s"}),
        json.dumps({"id": "b", "text": "00138000", "sender": "agent", "session": "s"}),
        "not json",
        json.dumps({"id": "c", "text": "hi", "sender": "robot"}),
        json.dumps({"id": "d", "text": "QQ糖", "sender": "buyer"}),
    ]
    out = io.StringIO()
    errors = screen_jsonl(rules, lines, out)
    results = [json.loads(line) for line in out.getvalue().splitlines()]
    assert errors == 2
    assert results[0] == {"id": "a", "action": "allow", "violations": []}
    assert results[1] == {
        "id": "b",
        "action": "block",
        "violations": [
            {
                "category": "contact",
                "rule": "contact.phone",
                "start": 0,
                "end": 8,
                "match": "00138000",
                "action": "block",
            }
        ],
    }
    assert set(results[2]) == {"error"}
    assert results[3] == {"id": "c", "error": "sender must be buyer or agent"}
    assert results[4] == {"id": "d", "action": "allow", "violations": []}


def test_module_cli_screens_a_file_with_the_shipped_model(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    line = {"id": "x", "text": "亲，加我薇信 shop8888 给你便宜", "sender": "agent"}
    source.write_text(json.dumps(line) + "\n", encoding="utf-8")
    assert cli.main([str(source)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["id"] == "x" and result["action"] == "block"
    # The model may also flag the deal it offers ("给你便宜"); one finding blocks.
    (finding,) = [v for v in result["violations"] if v["action"] == "block"]
    assert finding["rule"] == "contact.wechat"
    assert finding["match"] == "薇信 shop8888"
    assert finding["score"] > 0.9 and finding["evidence"]


def test_every_acceptable_message_acted_on_is_a_mistake_with_its_action(rules):
    records = [
        {"id": "p", "text": "加我微信 abc12345", "sender": "agent", "expect": []},
        {"id": "o", "text": "这件衣服有货吗", "sender": "buyer", "expect": []},
        {
            "id": "v",
            "text": "加我微信 abc12345",
            "sender": "agent",
            "expect": ["contact"],
        },
    ]
    report = evaluate(rules, records)
    mistakes = {m["id"]: m for m in report["mistakes"]}
    # the acceptable message stopped is listed with what was done to it;
    # the one let through and the violation found as labelled are not
    assert set(mistakes) == {"p"}
    assert mistakes["p"]["expect"] == []
    assert mistakes["p"]["action"] in ("block", "mask")
