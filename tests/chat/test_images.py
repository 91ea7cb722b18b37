"""Image validation by content, and the upload and history endpoints."""

import io
import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from chat.actions.errors import ChatError
from chat.images import validate_image
from chat.models import Message, Session
from tests import factories


def image_bytes(fmt="PNG", size=(8, 8)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, format=fmt)
    return buffer.getvalue()


def upload(data, name="photo.png"):
    return SimpleUploadedFile(name, data, content_type="image/png")


@pytest.mark.parametrize(
    ("fmt", "extension"),
    [("PNG", "png"), ("JPEG", "jpg"), ("WEBP", "webp"), ("GIF", "gif")],
)
def test_supported_formats_are_accepted_by_content(fmt, extension):
    data = image_bytes(fmt)
    assert validate_image(upload(data, name="whatever.bin")) == (data, extension)


def refusal(data, name="photo.png"):
    with pytest.raises(ChatError) as refused:
        validate_image(upload(data, name))
    assert refused.value.code == "bad_image"
    return str(refused.value.message)


def test_text_behind_a_png_name_is_refused():
    assert refusal(b"<html>not an image</html>") == "仅支持 PNG、JPEG、WebP、GIF 图片。"


def test_other_image_formats_are_refused():
    assert refusal(image_bytes("BMP"), "x.png") == "仅支持 PNG、JPEG、WebP、GIF 图片。"


def test_truncated_image_is_refused():
    data = image_bytes("PNG", (400, 400))
    assert refusal(data[: len(data) // 2]) == "图片已损坏或不完整。"


def test_decompression_bomb_is_refused_before_decoding():
    # A real 1-bit PNG of 20000 x 20000 pixels: tiny file, 400 megapixels.
    buffer = io.BytesIO()
    Image.new("1", (20000, 20000)).save(buffer, format="PNG")
    assert len(buffer.getvalue()) < 200_000
    assert refusal(buffer.getvalue()) == "图片像素过多。"


def test_six_megabyte_file_is_refused():
    assert refusal(image_bytes() + b"\0" * (6 * 1024 * 1024)) == "图片不能超过 5 MB。"


@pytest.fixture
def active_session(store, buyer, agent):
    return factories.make_session(store, buyer, agent=agent, state=Session.State.ACTIVE)


def post_image(client, session, data, client_msg_id=None):
    return client.post(
        f"/api/sessions/{session.pk}/images/",
        {"image": upload(data), "client_msg_id": client_msg_id or str(uuid.uuid4())},
    )


def test_image_upload_answers_an_ack_and_stores_the_file(
    login, buyer, active_session, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    client_id = str(uuid.uuid4())
    response = post_image(login(buyer), active_session, image_bytes(), client_id)
    assert response.status_code == 200
    ack = response.json()
    assert (ack["type"], ack["client_msg_id"], ack["seq"], ack["status"]) == (
        "ack",
        client_id,
        1,
        "delivered",
    )
    message = Message.objects.get()
    assert message.kind == "image"
    assert ack["message"]["image_url"] == f"/api/messages/{message.pk}/image/"
    assert (tmp_path / message.image.name).read_bytes() == image_bytes()
    again = post_image(login(buyer), active_session, image_bytes(), client_id)
    assert again.json() == ack
    assert Message.objects.count() == 1


def test_bad_image_upload_is_refused_with_a_clear_error(login, buyer, active_session):
    response = post_image(login(buyer), active_session, b"GIF89a-not-really")
    assert response.status_code == 400
    assert response.json()["code"] == "bad_image"
    assert Message.objects.count() == 0


def test_image_upload_to_another_stores_session_is_not_found(
    login, other_agent, active_session
):
    response = post_image(login(other_agent), active_session, image_bytes())
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
    assert Message.objects.count() == 0


def test_anonymous_upload_is_refused(client, active_session):
    response = post_image(client, active_session, image_bytes())
    assert response.status_code == 401
    assert Message.objects.count() == 0


def test_upload_requires_the_csrf_token(buyer, active_session):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(buyer)
    assert post_image(client, active_session, image_bytes()).status_code == 403


@pytest.fixture
def chatted(active_session, buyer, agent):
    from chat.actions.send import check_send_message

    for n, user in enumerate([buyer, agent, buyer]):
        check_send_message(user, active_session.pk, str(uuid.uuid4()), f"m{n + 1}")
    return active_session


@pytest.mark.parametrize(
    "who", ["buyer", "agent", "supervisor", "auditor", "platform_admin"]
)
def test_history_endpoint_serves_those_with_access(login, request, chatted, who):
    response = login(request.getfixturevalue(who)).get(
        f"/api/sessions/{chatted.pk}/messages/?after_seq=1"
    )
    assert response.status_code == 200
    body = response.json()
    assert [(m["seq"], m["body"]) for m in body["messages"]] == [(2, "m2"), (3, "m3")]
    assert body["last_seq"] == 3


@pytest.mark.parametrize("who", ["other_agent", "stranger"])
def test_history_endpoint_hides_other_tenants_sessions(login, request, chatted, who):
    user = (
        factories.make_user(username="stranger")
        if who == "stranger"
        else request.getfixturevalue(who)
    )
    response = login(user).get(f"/api/sessions/{chatted.pk}/messages/")
    missing = login(user).get("/api/sessions/999999/messages/")
    assert response.status_code == missing.status_code == 404
    assert response.json()["message"] == missing.json()["message"]


def test_history_endpoint_query_count(
    login, buyer, chatted, django_assert_max_num_queries
):
    client = login(buyer)
    with django_assert_max_num_queries(5):
        client.get(f"/api/sessions/{chatted.pk}/messages/")
