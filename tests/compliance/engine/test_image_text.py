"""OCR on the small pictures the project ships (tests/data/images/, drawn by
compliance/engine/image_set.py from the entries of shipped.jsonl)."""

import io
import json
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from compliance.engine import compile_ruleset, load_default_spec
from compliance.engine.images import (
    ImageRejected,
    OcrFailed,
    read_image,
    screen_files,
    screen_image,
)
from compliance.engine.ocr import OcrReader

IMAGES = Path(__file__).resolve().parents[2] / "data" / "images"
SHIPPED = {
    entry["id"]: entry
    for entry in map(json.loads, (IMAGES / "shipped.jsonl").read_text().splitlines())
}


@pytest.fixture(scope="module")
def spec_rules():
    return compile_ruleset(load_default_spec())


@pytest.fixture(scope="module")
def reader():
    reader = OcrReader(jobs=1)
    yield reader
    reader.close()


@pytest.fixture(scope="module")
def verdicts(spec_rules, reader):
    return {
        name: screen_image(spec_rules, picture(name), "agent", reader)
        for name in SHIPPED
    }


def picture(name: str) -> bytes:
    return (IMAGES / f"{name}.jpg").read_bytes()


def inside(box, width, height):
    return all(0 <= x <= width and 0 <= y <= height for x, y in box)


def test_the_shipped_pictures_are_small():
    assert sum(path.stat().st_size for path in IMAGES.glob("*.jpg")) < 500_000


def test_a_qq_number_painted_on_a_product_photo_is_blocked(verdicts):
    verdict = verdicts["product-157"]
    assert verdict.action == "block"
    assert [(v.rule, v.match, v.source) for v in verdict.violations] == [
        ("contact.qq", "扣扣413999020", "ocr")
    ]
    assert "扣扣413999020领优惠" in verdict.reading.text.splitlines()


def test_a_finding_points_at_its_words_inside_their_line(verdicts):
    verdict = verdicts["product-157"]
    (finding,) = verdict.violations
    line = next(x for x in verdict.reading.lines if x.text.startswith("扣扣"))
    (box,) = finding.boxes
    assert inside(box, verdict.reading.width, verdict.reading.height)
    line_left = min(x for x, _y in line.box)
    line_right = max(x for x, _y in line.box)
    # The QQ number is the first 11 of the line's 14 characters.
    assert line_left - 2 <= min(x for x, _y in box) <= line_left + 2
    assert max(x for x, _y in box) < line_right - 30
    assert finding.to_dict()["boxes"] == [[list(point) for point in box]]


def test_a_homophone_of_wechat_on_a_rotated_photo_is_blocked(verdicts):
    verdict = verdicts["product-155"]
    assert verdict.action == "block"
    assert [v.rule for v in verdict.violations] == ["contact.wechat"]
    assert "fz-7207" in verdict.violations[0].match


def test_a_wechat_id_on_a_packing_slip_is_blocked(verdicts):
    verdict = verdicts["slip-014"]
    assert verdict.action == "block"
    assert [v.rule for v in verdict.violations] == ["contact.wechat"]


def test_every_line_of_a_business_card_is_screened(verdicts):
    verdict = verdicts["card-011"]
    assert verdict.action == "block"
    assert {v.rule for v in verdict.violations} >= {
        "link.url",
        "contact.other_im",
        "contact.phone",
    }


@pytest.mark.parametrize("name", ["slip-001", "product-011"])
def test_order_numbers_sizes_and_prices_pass(verdicts, name):
    verdict = verdicts[name]
    assert verdict.action == "allow"
    assert verdict.violations == ()
    assert len(verdict.reading.lines) >= 5


def test_the_reading_is_kept_as_evidence(verdicts):
    evidence = verdicts["slip-014"].to_dict()["reading"]
    assert evidence["width"] == 600
    assert evidence["height"] == 840
    assert evidence["text"].splitlines()[0] == "Packing Slip"
    assert {line["source"] for line in evidence["lines"]} == {"ocr"}
    assert all(len(line["box"]) == 4 for line in evidence["lines"])


def test_a_picture_over_2000_pixels_is_read_scaled_down_with_boxes_in_its_pixels(
    spec_rules, reader, verdicts
):
    small = Image.open(io.BytesIO(picture("product-157")))
    big = small.resize((3000, 2250), Image.BICUBIC)
    buffer = io.BytesIO()
    big.save(buffer, format="JPEG", quality=85)
    verdict = screen_image(spec_rules, buffer.getvalue(), "agent", reader)
    assert [v.rule for v in verdict.violations] == ["contact.qq"]
    (box,) = verdict.violations[0].boxes
    (small_box,) = verdicts["product-157"].violations[0].boxes
    assert inside(box, 3000, 2250)
    assert abs(box[0][0] - small_box[0][0] * 3.75) < 40


class RefusingReader(OcrReader):
    def run(self, job, *args):
        raise AssertionError("a rejected image must not wait for the OCR")


def png_chunk(kind, body):
    return (
        struct.pack(">I", len(body))
        + kind
        + body
        + struct.pack(">I", zlib.crc32(kind + body))
    )


def test_a_bomb_is_rejected_before_it_waits_for_the_ocr(spec_rules):
    header = struct.pack(">IIBBBBB", 100000, 100000, 8, 0, 0, 0, 0)
    bomb = b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IEND", b"")
    with pytest.raises(ImageRejected) as error:
        screen_image(spec_rules, bomb, "buyer", RefusingReader(jobs=1))
    assert error.value.code == "too_large"


def test_a_corrupt_image_is_rejected(spec_rules, reader):
    truncated = picture("product-011")[:3000]
    with pytest.raises(ImageRejected) as error:
        screen_image(spec_rules, truncated, "buyer", reader)
    assert error.value.code == "not_an_image"


def test_an_ocr_failure_is_raised_not_passed_as_clean(spec_rules, monkeypatch):
    reader = OcrReader(jobs=1)

    def broken(pixels, scale=1.0):
        raise OcrFailed("failed", "OCR failed: out of memory")

    monkeypatch.setattr(reader, "recognise", broken)
    with pytest.raises(OcrFailed) as error:
        read_image(picture("slip-001"), reader)
    assert error.value.code == "failed"
    reader.close()


def test_screen_files_prints_the_text_and_the_verdict(spec_rules, reader, tmp_path):
    out = io.StringIO()
    missing = tmp_path / "missing.jpg"
    errors = screen_files(
        spec_rules, [IMAGES / "product-157.jpg", missing], "agent", out, reader
    )
    first, second = map(json.loads, out.getvalue().splitlines())
    assert errors == 1
    assert first["action"] == "block"
    assert "扣扣413999020领优惠" in first["text"]
    assert first["violations"][0]["rule"] == "contact.qq"
    assert len(first["violations"][0]["boxes"]) == 1
    assert second == {
        "file": str(missing),
        "error": "cannot read: No such file or directory",
    }
