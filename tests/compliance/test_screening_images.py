import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import translation

from compliance import screening
from compliance.engine.images import OcrFailed
from compliance.engine.ocr import OcrReader
from compliance.rulesets import rule_name

IMAGES = Path(__file__).resolve().parents[1] / "data" / "images"
pytestmark = pytest.mark.django_db


@pytest.fixture
def broken_ocr(monkeypatch):
    reader = OcrReader(jobs=1)

    def fail(pixels, scale=1.0):
        raise OcrFailed("failed", "OCR failed: out of memory")

    monkeypatch.setattr(reader, "recognise", fail)
    monkeypatch.setattr(screening, "ocr_reader", lambda: reader)
    yield reader
    reader.close()


def test_an_image_whose_text_cannot_be_read_is_held_for_review(broken_ocr):
    data = (IMAGES / "slip-001.jpg").read_bytes()
    result = screening.screen_chat_image(session=None, sender_kind="agent", data=data)
    assert result.action == "block"
    assert result.reading == {}
    assert result.violations == [
        {
            "category": "",
            "rule": "image.unread",
            "start": 0,
            "end": 0,
            "match": "",
            "action": "block",
            "points": 0,
            "suggestion": "请稍后重新发送，或直接用文字描述",
        }
    ]


def test_the_held_rule_is_named_in_the_readers_language():
    assert rule_name("image.unread") == "图片中的文字暂时无法识别，已转人工审核"
    with translation.override("en"):
        assert rule_name("image.unread") == (
            "The text in the picture could not be read yet: "
            "it is waiting for a reviewer"
        )


def test_a_chat_image_keeps_what_was_read_with_its_verdict():
    data = (IMAGES / "product-157.jpg").read_bytes()
    result = screening.screen_chat_image(session=None, sender_kind="agent", data=data)
    assert result.action == "block"
    assert result.violations[0]["rule"] == "contact.qq"
    assert result.violations[0]["source"] == "ocr"
    assert len(result.violations[0]["boxes"]) == 1
    assert result.reading["width"] == 800
    assert "扣扣413999020领优惠" in result.reading["text"]
    assert len(result.reading["lines"]) == len(result.reading["text"].splitlines())


def test_an_image_with_nothing_to_find_is_allowed_with_its_reading():
    data = (IMAGES / "slip-001.jpg").read_bytes()
    result = screening.screen_chat_image(session=None, sender_kind="buyer", data=data)
    assert result.action == "allow"
    assert result.violations == []
    assert result.reading["text"].startswith("Packing Slip")


def test_the_screen_command_prints_what_an_image_says_and_its_verdict():
    out = StringIO()
    call_command("screen", image=[str(IMAGES / "slip-014.jpg")], stdout=out)
    (line,) = [json.loads(x) for x in out.getvalue().splitlines()]
    assert line["file"].endswith("slip-014.jpg")
    assert line["action"] == "block"
    assert line["text"].splitlines()[0] == "Packing Slip"
    assert [v["rule"] for v in line["violations"]] == ["contact.wechat"]
    assert (line["width"], line["height"]) == (600, 840)


def test_the_screen_command_prints_the_picture_sets_figures(tmp_path, monkeypatch):
    monkeypatch.setenv("CSC_IMAGE_SET_CACHE", str(tmp_path / "cache"))
    spec = tmp_path / "set.jsonl"
    shipped = (IMAGES / "shipped.jsonl").read_text().splitlines()
    spec.write_text("\n".join(x for x in shipped if '"slip-0' in x))
    out = StringIO()
    call_command("screen", evaluate_images=str(spec), stdout=out)
    rows = out.getvalue().splitlines()
    assert rows[1].split() == [
        "kind",
        "pictures",
        "contact",
        "found",
        "recall",
        "benign",
        "flagged",
        "FPR",
    ]
    assert rows[2].split() == ["slip", "2", "1", "1", "1.0000", "1", "0", "0.0000"]
    assert rows[-1].startswith("reading time per picture: median")
