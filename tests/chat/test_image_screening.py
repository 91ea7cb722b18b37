"""An uploaded image is read (written text and QR codes) before delivery."""

import uuid
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from chat.actions import messages
from chat.events import session_group, user_group
from chat.models import Message, Session
from compliance import screening
from compliance.engine.images import OcrFailed
from compliance.engine.ocr import OcrReader
from compliance.models import ReviewItem
from tests import factories

IMAGES = Path(__file__).resolve().parents[1] / "data" / "images"


@pytest.fixture
def active_session(store, buyer, agent):
    return factories.make_session(store, buyer, agent=agent, state=Session.State.ACTIVE)


@pytest.fixture
def published(monkeypatch):
    sent = []
    monkeypatch.setattr(
        messages,
        "send_event_on_commit",
        lambda group, event: sent.append((group, event["type"])),
    )
    return sent


@pytest.fixture
def broken_ocr(monkeypatch):
    reader = OcrReader(jobs=1)

    def fail(pixels, scale=1.0):
        raise OcrFailed("failed", "OCR failed: out of memory")

    monkeypatch.setattr(reader, "recognise", fail)
    monkeypatch.setattr(screening, "ocr_reader", lambda: reader)
    yield reader
    reader.close()


def post_picture(client, session, name):
    data = (IMAGES / name).read_bytes()
    return client.post(
        f"/api/sessions/{session.pk}/images/",
        {
            "image": SimpleUploadedFile(name, data, content_type="image/jpeg"),
            "client_msg_id": str(uuid.uuid4()),
        },
    )


def test_a_qq_number_painted_in_a_photo_is_not_delivered_and_the_sender_told(
    login, agent, active_session, published, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    response = post_picture(login(agent), active_session, "product-157.jpg")
    ack = response.json()
    assert (response.status_code, ack["status"], ack["seq"]) == (200, "blocked", None)
    assert [(v["rule"], v["match"], v["rule_name"]) for v in ack["violations"]] == [
        ("contact.qq", "扣扣413999020", "QQ号/QQ引流")
    ]
    assert len(ack["violations"][0]["boxes"]) == 1
    message = Message.objects.get()
    assert message.verdict == Message.Verdict.BLOCK
    assert "扣扣413999020领优惠" in message.image_reading["text"]
    assert message.violations[0]["boxes"] == ack["violations"][0]["boxes"]
    assert ReviewItem.objects.get().message == message
    assert published == [(user_group(agent.pk), "chat.message")]


def test_a_product_photo_with_sizes_and_prices_is_delivered_with_its_reading(
    login, buyer, active_session, published, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    response = post_picture(login(buyer), active_session, "product-011.jpg")
    ack = response.json()
    assert (ack["status"], ack["seq"], ack["violations"]) == ("delivered", 1, [])
    message = Message.objects.get()
    assert message.verdict == Message.Verdict.ALLOW
    assert "尺码165/88A" in message.image_reading["text"].splitlines()
    assert published == [(session_group(active_session.pk), "chat.message")]


def test_an_image_the_ocr_cannot_read_is_held_for_review_and_the_sender_told(
    login, agent, active_session, broken_ocr, published, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    ack = post_picture(login(agent), active_session, "slip-001.jpg").json()
    assert (ack["status"], ack["seq"]) == ("blocked", None)
    assert [(v["rule"], v["rule_name"]) for v in ack["violations"]] == [
        ("image.unread", "图片中的文字暂时无法识别，已转人工审核")
    ]
    item = ReviewItem.objects.get()
    assert (item.kind, item.message.verdict) == ("blocked", "block")
    assert published == [(user_group(agent.pk), "chat.message")]


def test_a_bomb_is_refused_before_it_is_read(login, buyer, active_session, published):
    import struct
    import zlib

    def chunk(kind, body):
        crc = struct.pack(">I", zlib.crc32(kind + body))
        return struct.pack(">I", len(body)) + kind + body + crc

    header = struct.pack(">IIBBBBB", 100000, 100000, 8, 0, 0, 0, 0)
    bomb = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")
    response = login(buyer).post(
        f"/api/sessions/{active_session.pk}/images/",
        {
            "image": SimpleUploadedFile("a.png", bomb, content_type="image/png"),
            "client_msg_id": str(uuid.uuid4()),
        },
    )
    assert (response.status_code, response.json()["code"]) == (400, "bad_image")
    assert response.json()["message"] == "图片像素过多。"
    assert Message.objects.count() == 0
    assert published == []
