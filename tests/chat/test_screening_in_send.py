"""The send path with the real screening engine and the compliance hooks."""

import datetime as dt
import uuid

import pytest
from django.utils import timezone

from chat.actions import send as send_actions
from chat.actions.errors import ChatError
from chat.models import Message, Session
from compliance.engine import default_model
from compliance.models import Restriction, ReviewItem
from tests import factories


@pytest.fixture
def active_session(store, buyer, agent):
    return factories.make_session(store, buyer, agent=agent, state=Session.State.ACTIVE)


def send(user, session, text):
    return send_actions.check_send_message(user, session.pk, str(uuid.uuid4()), text)


def test_agent_wechat_invitation_is_blocked_kept_from_the_stream_and_queued(
    active_session, agent
):
    message = send(agent, active_session, "亲，加我薇信 shop8888 给你便宜")
    assert (message.verdict, message.seq) == ("block", None)
    # The model also flags the deal offered ("给你便宜"); the contact id blocks.
    blocking = [v for v in message.violations if v["action"] == "block"]
    assert [(v["category"], v["match"]) for v in blocking] == [
        ("contact", "薇信 shop8888")
    ]
    assert message.ruleset_version.startswith("r")
    assert message.model_version == default_model().version
    active_session.refresh_from_db()
    assert active_session.last_seq == 0
    item = ReviewItem.objects.get(message=message)
    assert (item.kind, item.store_id) == ("blocked", active_session.store_id)


def test_buyer_phone_number_offered_for_contact_is_masked_for_the_agent(
    active_session, buyer
):
    message = send(buyer, active_session, "加我微信聊，电话13812345678")
    assert (message.verdict, message.seq) == ("mask", 1)
    assert message.masked_body == "＊＊＊＊聊，电话＊＊＊＊＊＊＊＊＊＊＊"
    assert message.body == "加我微信聊，电话13812345678"
    assert not ReviewItem.objects.filter(message=message).exists()


def test_buyer_phone_given_for_the_delivery_is_delivered_as_written(
    active_session, buyer
):
    message = send(buyer, active_session, "寄到这里 13812345678 谢谢")
    assert (message.verdict, message.masked_body, message.seq) == ("allow", "", 1)


def test_phone_number_split_over_two_agent_messages_is_blocked(active_session, agent):
    first = send(agent, active_session, "138")
    second = send(agent, active_session, "00138000")
    # Digits alone: the model at most flags them; the detector joins the pieces.
    assert first.verdict in ("allow", "flag")
    assert all(v["rule"] == "contact.model" for v in first.violations)
    assert (second.verdict, second.violations[0]["rule"]) == ("block", "contact.phone")


def test_ordinary_shop_talk_is_delivered_untouched(active_session, agent):
    message = send(agent, active_session, "QQ糖一箱24包，USB接口是Type-C的")
    assert (message.verdict, message.seq, message.violations) == ("allow", 1, [])


def test_restricted_buyer_is_refused_and_nothing_is_stored(active_session, buyer):
    now = timezone.now()
    Restriction.objects.create(
        buyer=buyer,
        reason="辱骂客服",
        starts_at=now - dt.timedelta(minutes=1),
        ends_at=now + dt.timedelta(days=7),
    )
    with pytest.raises(ChatError) as refused:
        send(buyer, active_session, "在吗")
    assert refused.value.code == "buyer_restricted"
    assert Message.objects.filter(session=active_session).count() == 0


def test_expired_restriction_no_longer_refuses(active_session, buyer):
    now = timezone.now()
    Restriction.objects.create(
        buyer=buyer,
        reason="辱骂客服",
        starts_at=now - dt.timedelta(days=8),
        ends_at=now - dt.timedelta(days=1),
    )
    assert send(buyer, active_session, "在吗").seq == 1
