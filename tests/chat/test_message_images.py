"""Chat images are served only to the people who may see their message."""

import io
import uuid

import pytest
from django.core.files.base import ContentFile
from PIL import Image

from chat.models import Message, Session
from tests import factories


def png_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 4), (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


def image_message(session, sender, sender_kind, verdict="allow"):
    return factories.make_message(
        session,
        sender_kind,
        sender=sender,
        body="",
        kind=Message.Kind.IMAGE,
        image=ContentFile(png_bytes(), name=f"{uuid.uuid4().hex}.png"),
        verdict=verdict,
    )


@pytest.fixture
def chat(store, buyer, agent):
    return factories.make_session(store, buyer, agent, state=Session.State.ACTIVE)


def test_the_buyer_and_the_store_see_a_delivered_image(chat, buyer, agent, login):
    message = image_message(chat, buyer, "buyer")
    url = f"/api/messages/{message.pk}/image/"
    for who in (buyer, agent):
        response = login(who).get(url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == png_bytes()
        assert response["Cache-Control"] == "private, max-age=86400"


def test_other_tenants_and_anonymous_get_nothing(chat, buyer, other_agent, client):
    message = image_message(chat, buyer, "buyer")
    url = f"/api/messages/{message.pk}/image/"
    assert client.get(url).status_code == 401
    client.force_login(other_agent)
    assert client.get(url).status_code == 404
    assert client.get("/api/messages/999999/image/").status_code == 404


def test_a_blocked_image_is_seen_by_its_sender_and_auditors_only(
    chat, buyer, agent, auditor, login
):
    message = image_message(chat, agent, "agent", verdict="block")
    url = f"/api/messages/{message.pk}/image/"
    assert login(buyer).get(url).status_code == 404
    assert login(agent).get(url).status_code == 200
    assert login(auditor).get(url).status_code == 200


def test_delivered_image_frames_point_at_the_checked_url(chat, buyer):
    from chat.events import message_payload

    message = image_message(chat, buyer, "buyer")
    assert message_payload(message)["image_url"] == f"/api/messages/{message.pk}/image/"
