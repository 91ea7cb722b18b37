"""Hostile image uploads: the bytes decide, bombs and oversized files are refused
cheaply, and a refused upload stores nothing."""

import io
import struct
import uuid
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from chat.models import Message, Session
from tests import factories


@pytest.fixture
def upload(db, client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    store = factories.make_store("upload-a")
    agent = factories.make_member(store, username="upload-agent")
    buyer = factories.make_user(username="upload-buyer")
    session = Session.objects.create(
        store=store, buyer=buyer, agent=agent, state=Session.State.ACTIVE
    )
    client.force_login(buyer)

    def _upload(name, data, content_type="image/png"):
        response = client.post(
            f"/api/sessions/{session.pk}/images/",
            {
                "image": SimpleUploadedFile(name, data, content_type=content_type),
                "client_msg_id": str(uuid.uuid4()),
            },
        )
        return response.status_code, response.json()

    _upload.media = tmp_path
    return _upload


def png(width=64, height=48, color=(200, 30, 30)):
    out = io.BytesIO()
    Image.new("RGB", (width, height), color).save(out, "PNG")
    return out.getvalue()


def chunk(kind, data):
    body = kind + data
    return struct.pack("!I", len(data)) + body + struct.pack("!I", zlib.crc32(body))


def bomb_png(side=20_000):
    """A real 1-bit PNG of side×side black pixels: ~50 KB on disk, 400 MP decoded."""
    row = b"\x00" + b"\x00" * (side // 8)
    packer = zlib.compressobj(9)
    data = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    header = struct.pack("!IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", data)
        + chunk(b"IEND", b"")
    )


def stored_nothing(upload):
    return Message.objects.count() == 0 and not any(upload.media.rglob("*.*"))


def test_a_real_png_is_accepted_as_the_control(upload):
    status, answer = upload("cat.png", png())
    assert (status, answer["type"], answer["status"]) == (200, "ack", "delivered")
    assert Message.objects.get().kind == Message.Kind.IMAGE


def test_text_behind_an_image_extension_is_refused(upload):
    status, answer = upload("photo.png", b"#!/bin/sh\nrm -rf /\n" * 10)
    assert (status, answer["code"]) == (400, "bad_image")
    assert answer["message"] == "仅支持 PNG、JPEG、WebP、GIF 图片。"
    assert stored_nothing(upload)


def test_svg_with_script_is_refused(upload):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    status, answer = upload("logo.png", svg, "image/svg+xml")
    assert (status, answer["code"]) == (400, "bad_image")
    assert stored_nothing(upload)


def test_truncated_image_is_refused(upload):
    data = png(400, 300, (10, 120, 240))
    out = io.BytesIO()
    Image.effect_noise((400, 300), 80).convert("RGB").save(out, "PNG")
    noisy = out.getvalue()
    for broken in (data[: len(data) // 2], noisy[: len(noisy) // 2]):
        status, answer = upload("half.png", broken)
        assert (status, answer["code"]) == (400, "bad_image")
    assert stored_nothing(upload)


def test_decompression_bomb_is_refused_before_decoding(upload):
    bomb = bomb_png()
    assert len(bomb) < 200_000
    status, answer = upload("bomb.png", bomb)
    assert (status, answer["code"], answer["message"]) == (
        400,
        "bad_image",
        "图片像素过多。",
    )
    assert stored_nothing(upload)


def test_image_over_five_megabytes_is_refused(upload):
    big = png() + b"\x00" * (5 * 1024 * 1024)
    status, answer = upload("big.png", big)
    assert (status, answer["code"], answer["message"]) == (
        400,
        "bad_image",
        "图片不能超过 5 MB。",
    )
    assert stored_nothing(upload)


def test_real_image_behind_a_wrong_extension_is_judged_by_its_bytes(upload):
    status, answer = upload("report.exe", png(), "application/octet-stream")
    assert (status, answer["status"]) == (200, "delivered")
    assert Message.objects.get().image.name.endswith(".png")
