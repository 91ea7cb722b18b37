"""Auditors and merchants see the picture of an image message, as a thumbnail
that opens full size, through the permission-checked image view."""

import io

import pytest
from django.core.files.base import ContentFile
from PIL import Image
from playwright.sync_api import expect

from chat.models import Message, User
from compliance.actions import do_record_screened_message
from tests import factories

pytestmark = pytest.mark.e2e


def png(width=640, height=480):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def blocked_picture(transactional_db):
    store = factories.make_store("store-a", name="店铺A")
    agent = factories.make_member(store, username="agent-a")
    buyer = factories.make_user(username="buyer-1")
    factories.make_user(User.Kind.AUDITOR, "auditor-1")
    session = factories.make_session(store, buyer, agent)
    message = factories.make_message(
        session,
        Message.SenderKind.AGENT,
        agent,
        "",
        kind=Message.Kind.IMAGE,
        verdict=Message.Verdict.BLOCK,
        violations=[{"category": "payment", "rule": "payment.qr", "points": 3}],
    )
    message.image.save("qr.png", ContentFile(png()))
    return do_record_screened_message(message), message


@pytest.mark.parametrize("locale", ["zh-CN", "en-US"])
def test_auditor_sees_the_picture_and_opens_it_full_size(
    daphne_server, sign_in, blocked_picture, locale
):
    item, message = blocked_picture
    page = sign_in(
        daphne_server, "auditor-1", path=f"/review/items/{item.pk}/", locale=locale
    )
    picture = page.locator(f".line[data-message='{message.pk}'] .image-frame img")
    expect(picture).to_be_visible()
    picture.evaluate(
        "img => img.complete ? null : new Promise(done => img.onload = img.onerror = done)"
    )
    status = page.evaluate(
        "u => fetch(u).then(r => r.status + ' ' + r.headers.get('content-type'))",
        f"/api/messages/{message.pk}/image/",
    )
    assert status == "200 image/png"
    assert picture.evaluate("img => img.naturalWidth") == 640
    assert "[图片]" not in page.locator(".transcript").inner_text()
    with page.expect_popup() as opened:
        picture.click()
    full = opened.value
    full.wait_for_load_state()
    assert full.url.endswith(f"/api/messages/{message.pk}/image/")
    assert full.evaluate("document.images[0].naturalWidth") == 640
