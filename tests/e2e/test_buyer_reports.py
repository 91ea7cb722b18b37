"""A buyer reports (举报) a message from the chat and a session from its
transcript, on a phone, and the report reaches the auditors' queue."""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from chat.models import Session, User
from compliance.models import ReviewItem
from tests import factories

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 780}


@pytest.fixture
def chat(transactional_db):
    store = factories.make_store("store-a", name="店铺A", greeting="您好")
    agent = factories.make_member(store, username="agent-a")
    buyer = factories.make_user(username="buyer-1", nickname="买家一")
    factories.make_user(User.Kind.AUDITOR, "auditor-1")
    now = timezone.now()
    session = Session.objects.create(
        store=store,
        buyer=buyer,
        agent=agent,
        state=Session.State.ACTIVE,
        queued_at=now,
        assigned_at=now,
        human_started_at=now,
    )
    factories.make_message(session, "buyer", buyer, "这个能便宜点吗？")
    rude = factories.make_message(session, "agent", agent, "爱买不买，别问了")
    return session, rude


def report(page, button, reason_label, note):
    button.click()
    dialog = page.locator("#report-dialog")
    expect(dialog).to_be_visible()
    # A report without a reason is not sent.
    dialog.locator("button[type=submit]").click()
    expect(dialog).to_be_visible()
    dialog.get_by_label(reason_label).check()
    dialog.locator("#report-note").fill(note)
    dialog.locator("button[type=submit]").click()
    expect(dialog).to_be_hidden()


@pytest.mark.parametrize(
    ("locale", "reason_label", "done"),
    [
        ("zh-CN", "敷衍或拒绝服务", "已举报"),
        ("en-US", "Brushed off or refused service", "Reported"),
    ],
)
def test_buyer_reports_a_message_in_the_chat(
    daphne_server, sign_in, chat, locale, reason_label, done
):
    session, rude = chat
    shop = sign_in(
        daphne_server,
        "buyer-1",
        path="/stores/store-a/",
        locale=locale,
        viewport=PHONE,
    )
    line = shop.locator("li.msg", has_text="爱买不买")
    expect(line).to_be_visible()
    # The buyer's own messages cannot be reported.
    expect(shop.locator("li.msg.mine .report-btn")).to_have_count(0)
    button = line.locator(".report-btn")
    report(shop, button, reason_label, "态度太差")
    expect(button).to_have_text(done)
    expect(button).to_be_disabled()
    item = ReviewItem.objects.get()
    assert (item.kind, item.message_id, item.category, item.note) == (
        "report",
        rude.pk,
        "service",
        "态度太差",
    )
    assert item.raised_by.username == "buyer-1"


def test_buyer_reports_a_session_from_its_transcript_and_the_auditor_sees_it(
    daphne_server, sign_in, chat
):
    session, rude = chat
    transcript = sign_in(
        daphne_server, "buyer-1", path=f"/sessions/{session.pk}/", viewport=PHONE
    )
    report(
        transcript,
        transcript.locator("[data-report-session]"),
        "辱骂、骚扰或威胁",
        "整场都在怼我",
    )
    expect(transcript.locator("[data-report-session]")).to_have_text("已举报")
    # A message of the transcript is reportable too.
    report(
        transcript,
        transcript.locator("li.msg", has_text="爱买不买").locator(".report-btn"),
        "其他",
        "",
    )
    items = {
        (i.message_id, i.category, i.note)
        for i in ReviewItem.objects.filter(kind="report")
    }
    assert items == {(None, "abuse", "整场都在怼我"), (rude.pk, "other", "")}

    auditor = sign_in(daphne_server, "auditor-1", path="/review/")
    session_item = ReviewItem.objects.get(message=None)
    row = auditor.locator(f"a[href='/review/items/{session_item.pk}/']")
    expect(row.first).to_be_visible()
    row.first.click()
    expect(auditor.locator("#report-reason")).to_have_text(
        "辱骂、骚扰或威胁 · 举报整个会话"
    )
    expect(auditor.locator(".transcript")).to_contain_text("爱买不买")


def test_buyer_changes_the_rating_from_the_transcript(daphne_server, sign_in, chat):
    session, _rude = chat
    Session.objects.filter(pk=session.pk).update(
        state=Session.State.CLOSED, closed_at=timezone.now()
    )
    transcript = sign_in(
        daphne_server, "buyer-1", path=f"/sessions/{session.pk}/", viewport=PHONE
    )
    form = transcript.locator("#transcript-rating")
    form.get_by_label("非常不满意").check()
    form.locator("textarea").fill("态度差")
    with transcript.expect_navigation():
        form.locator("button[type=submit]").click()
    expect(transcript.locator(".flash li")).to_have_text("评价已保存，感谢您的反馈。")
    form.get_by_label("满意", exact=True).check()
    with transcript.expect_navigation():
        form.locator("button[type=submit]").click()
    expect(form.get_by_label("满意", exact=True)).to_be_checked()
    assert [r.score for r in session.ratings.order_by("pk")] == [1, 4]
