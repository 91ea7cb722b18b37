"""Out of the store's hours the buyer is told when it answers, and may still
leave a message."""

import datetime as dt
import zoneinfo

import pytest
from django.utils import timezone

from chat.actions import sessions
from chat.models import Message, Session
from tests import factories

SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")


def at(hour, minute=0):
    return dt.datetime(2026, 12, 5, hour, minute, tzinfo=SHANGHAI)


@pytest.mark.parametrize(
    ("opens", "closes", "moment", "expected"),
    [
        (dt.time(8), dt.time(23), at(4, 35), False),
        (dt.time(8), dt.time(23), at(8), True),
        (dt.time(8), dt.time(23), at(22, 59), True),
        (dt.time(8), dt.time(23), at(23), False),
        (dt.time(20), dt.time(2), at(1, 30), True),
        (dt.time(20), dt.time(2), at(12), False),
        (dt.time(0), dt.time(0), at(4, 35), True),
    ],
)
def test_in_hours_reads_local_time(db, opens, closes, moment, expected):
    store = factories.make_store(opens_at=opens, closes_at=closes)
    assert store.in_hours(moment) is expected
    assert store.in_hours(moment.astimezone(dt.UTC)) is expected


def out_of_hours_store():
    """A store whose hours start an hour from now (local time)."""
    now = timezone.localtime()
    opens = (now + dt.timedelta(hours=1)).time().replace(second=0, microsecond=0)
    closes = (now + dt.timedelta(hours=2)).time().replace(second=0, microsecond=0)
    return factories.make_store("late-store", opens_at=opens, closes_at=closes)


def test_out_of_hours_the_queue_notice_says_when_the_store_answers(
    db, buyer, committed
):
    store = out_of_hours_store()
    factories.make_faq(store, "发货", "48小时内发货")
    session, _ = sessions.check_open_session(buyer, store.slug)
    with committed():
        sessions.check_request_human(buyer, session.pk)
    notice = session.messages.filter(sender_kind="system").latest("seq")
    hours = f"{store.opens_at:%H:%M}–{store.closes_at:%H:%M}"
    assert notice.body == (
        f"现在不是本店的客服时间（每天 {hours}）。"
        "您可以直接留言，客服上班后会第一时间回复您。"
    )
    session.refresh_from_db()
    assert session.state == Session.State.QUEUED
    assert not Message.objects.filter(body__contains="当前没有客服在线").exists()
