import io
import struct
import time
import zlib

import pytest
import qrcode

from compliance.engine.images import ImageRejected, decode_qr_codes, screen_image


def qr_png(text):
    buffer = io.BytesIO()
    qrcode.make(text).save(buffer, format="PNG")
    return buffer.getvalue()


def png_chunk(kind, body):
    return (
        struct.pack(">I", len(body))
        + kind
        + body
        + struct.pack(">I", zlib.crc32(kind + body))
    )


def test_qr_text_is_decoded():
    assert decode_qr_codes(qr_png("hello 123")) == ["hello 123"]


def test_wechat_payment_qr_is_blocked_for_buyers_too(rules):
    verdict = screen_image(rules, qr_png("wxp://f2f0abcDEF123"), "buyer")
    assert verdict.action == "block"
    assert ("payment", "payment.qr_code", 0, 19) in [
        (v.category, v.rule, v.start, v.end) for v in verdict.violations
    ]


def test_alipay_payment_qr_is_blocked(rules):
    text = "https://qr.alipay.com/fkx12345abcde"
    verdict = screen_image(rules, qr_png(text), "agent")
    assert verdict.action == "block"
    assert [(v.rule, v.action) for v in verdict.violations] == [
        ("link.url", "block"),
        ("payment.alipay", "block"),
        ("payment.qr_code", "block"),
    ]


def test_off_platform_link_qr_is_blocked_for_buyers(rules):
    verdict = screen_image(rules, qr_png("https://t.cn/A6abc"), "buyer")
    assert verdict.action == "block"
    assert [(v.rule, v.match) for v in verdict.violations] == [
        ("link.url", "https://t.cn/A6abc")
    ]


def test_platform_own_link_qr_is_allowed(rules):
    verdict = screen_image(rules, qr_png("https://csc.example.com/item/42"), "agent")
    assert verdict.action == "allow"
    assert verdict.violations == ()


def test_image_without_qr_is_allowed(rules):
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), "white").save(buffer, format="PNG")
    assert screen_image(rules, buffer.getvalue(), "buyer").action == "allow"


def test_non_image_is_rejected():
    with pytest.raises(ImageRejected) as error:
        decode_qr_codes(b"this is not an image")
    assert error.value.code == "not_an_image"


def test_decompression_bomb_header_is_rejected_quickly():
    header = struct.pack(">IIBBBBB", 100000, 100000, 8, 0, 0, 0, 0)
    bomb = (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", zlib.compress(b"\0" * 100))
        + png_chunk(b"IEND", b"")
    )
    started = time.perf_counter()
    with pytest.raises(ImageRejected) as error:
        decode_qr_codes(bomb)
    assert error.value.code == "too_large"
    assert time.perf_counter() - started < 1.0


def test_image_over_the_pixel_cap_is_rejected_before_decoding():
    header = struct.pack(">IIBBBBB", 8000, 6000, 8, 0, 0, 0, 0)
    png = b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IEND", b"")
    with pytest.raises(ImageRejected) as error:
        decode_qr_codes(png)
    assert error.value.code == "too_large"
    assert error.value.message == "image is 8000x6000, over 40000000 pixels"


def test_large_image_is_downscaled_and_still_decoded():
    from PIL import Image

    code = qrcode.make("https://t.cn/big").get_image().convert("L")
    big = code.resize((3000, 3000), Image.NEAREST)
    buffer = io.BytesIO()
    big.save(buffer, format="PNG")
    assert decode_qr_codes(buffer.getvalue()) == ["https://t.cn/big"]
