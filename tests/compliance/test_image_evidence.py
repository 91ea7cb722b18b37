"""Auditors see an image message with the boxes read in it and its findings."""

import pytest
from django.core.files.base import ContentFile

from chat.models import Message
from compliance.actions import check_decide_review_item, do_record_screened_message
from tests import factories

READING = {
    "width": 800,
    "height": 600,
    "text": "极光数码\n扣扣413999020领优惠",
    "lines": [
        {"text": "极光数码", "box": [[10, 10], [200, 10], [200, 60], [10, 60]]},
        {
            "text": "扣扣413999020领优惠",
            "box": [[180, 237], [490, 303], [480, 348], [170, 282]],
        },
    ],
}
FINDING = {
    "category": "contact",
    "rule": "contact.qq",
    "start": 5,
    "end": 16,
    "match": "扣扣413999020",
    "action": "block",
    "points": 2,
    "suggestion": "请在平台内沟通，勿留QQ号",
    "source": "ocr",
    "boxes": [[[180, 237], [424, 289], [414, 334], [170, 282]]],
}


@pytest.fixture
def blocked_image(store, buyer, agent, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    session = factories.make_session(store, buyer, agent)
    message = factories.make_message(
        session,
        Message.SenderKind.AGENT,
        agent,
        "",
        kind=Message.Kind.IMAGE,
        verdict=Message.Verdict.BLOCK,
        violations=[FINDING],
        image_reading=READING,
    )
    message.image.save("photo.jpg", ContentFile(b"not shown here"))
    return message


def test_the_review_page_draws_the_boxes_over_the_image_and_marks_the_words(
    login, auditor, blocked_image
):
    item = do_record_screened_message(blocked_image)
    page = login(auditor).get(f"/review/items/{item.pk}/").content.decode()
    assert f'<img src="/api/messages/{blocked_image.pk}/image/"' in page
    assert '<svg viewBox="0 0 800 600"' in page
    assert '<polygon class="ocr-line" points="10,10 200,10 200,60 10,60"/>' in page
    assert (
        '<polygon class="ocr-hit hit-contact" points="180,237 424,289 414,334 170,282">'
        in page
    )
    assert (
        '<mark class="hit hit-contact" title="contact.qq">扣扣413999020</mark>领优惠'
        in page
    )


def test_an_image_read_before_ocr_is_shown_without_boxes(login, auditor, blocked_image):
    Message.objects.filter(pk=blocked_image.pk).update(image_reading={})
    item = do_record_screened_message(Message.objects.get(pk=blocked_image.pk))
    page = login(auditor).get(f"/review/items/{item.pk}/").content.decode()
    assert f'<img src="/api/messages/{blocked_image.pk}/image/"' in page
    assert "<svg" not in page


def test_the_review_picture_opens_full_size_for_the_auditor(
    login, auditor, blocked_image
):
    item = do_record_screened_message(blocked_image)
    client = login(auditor)
    page = client.get(f"/review/items/{item.pk}/").content.decode()
    url = f"/api/messages/{blocked_image.pk}/image/"
    assert f'<a class="image-frame" href="{url}" target="_blank"' in page
    full = client.get(url)
    assert full.status_code == 200
    assert b"".join(full.streaming_content) == b"not shown here"


@pytest.fixture
def charged_image(blocked_image, auditor, django_capture_on_commit_callbacks):
    """A colleague's blocked image the store was charged for."""
    item = do_record_screened_message(blocked_image)
    with django_capture_on_commit_callbacks(execute=True):
        check_decide_review_item(auditor, item.pk, "confirm", "二维码引流")
    item.refresh_from_db()
    return item.penalty_entry


def test_the_supervisor_sees_the_charged_image_in_the_evidence(
    login, store, blocked_image, charged_image, other_store
):
    supervisor = factories.make_member(store, role="supervisor", username="super-a")
    client = login(supervisor)
    page = client.get(f"/console/ledger/{charged_image.pk}/").content.decode()
    url = f"/console/ledger/{charged_image.pk}/images/{blocked_image.pk}/"
    assert f'<img src="{url}"' in page
    assert f'href="{url}"' in page
    full = client.get(url)
    assert full.status_code == 200
    assert b"".join(full.streaming_content) == b"not shown here"
    # Outside the evidence the blocked picture stays the sender's and platform's.
    assert client.get(f"/api/messages/{blocked_image.pk}/image/").status_code == 404
    other = factories.make_message(blocked_image.session, "buyer", body="你好")
    assert (
        client.get(f"/console/ledger/{charged_image.pk}/images/{other.pk}/").status_code
        == 404
    )
    stranger = factories.make_member(other_store, role="supervisor", username="super-b")
    assert login(stranger).get(url).status_code == 404


def test_the_metrics_transcript_shows_pictures_as_thumbnails(
    login, platform_admin, store, buyer, agent, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    session = factories.make_session(store, buyer, agent)
    picture = factories.make_message(
        session, Message.SenderKind.BUYER, buyer, "", kind=Message.Kind.IMAGE
    )
    picture.image.save("photo.png", ContentFile(b"png bytes"))
    client = login(platform_admin)
    page = client.get(f"/console/metrics/sessions/{session.pk}/").content.decode()
    url = f"/api/messages/{picture.pk}/image/"
    assert f'<a class="thumb-link" href="{url}" target="_blank"' in page
    assert f'<img class="thumb" src="{url}"' in page
    assert "[图片]" not in page
    assert client.get(url).status_code == 200
