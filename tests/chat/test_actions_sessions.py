"""Opening, the robot, the queue, closing, rating, presence and transfer."""

import datetime as dt
import uuid

import pytest
from django.utils import timezone

from chat.actions import presence, ratings, routing, sessions
from chat.actions import send as send_actions
from chat.actions.errors import ChatError
from chat.events import store_group, user_group
from chat.models import Membership, Message, Rating, Session, Store
from chat.selectors import history
from tests import factories


def send(user, session, text):
    return send_actions.check_send_message(user, session.pk, str(uuid.uuid4()), text)


def bodies(session):
    return list(
        Message.objects.filter(session=session)
        .order_by("id")
        .values_list("seq", "sender_kind", "kind", "body")
    )


def go_online(agent):
    presence.check_set_presence(agent, "online")


@pytest.fixture
def faq_store(store):
    factories.make_faq(store, "运费,邮费", "全场包邮。")
    factories.make_faq(store, "发货", "48 小时内发货。", position=1)
    return store


def test_opening_a_faq_store_creates_a_robot_session_with_a_welcome(
    faq_store, buyer, committed, listener
):
    listener.join(store_group(faq_store.pk), user_group(buyer.pk))
    with committed():
        session, created = sessions.check_open_session(buyer, "store-a")
    assert created is True
    assert session.state == Session.State.ROBOT
    assert bodies(session) == [
        (
            1,
            "robot",
            "text",
            "您好，我是店铺A的智能客服，请问有什么可以帮您？如需人工服务，请发送“转人工”。",
        )
    ]
    events = listener.drain()
    assert [e["type"] for e in events] == ["chat.session", "chat.session"]
    assert events[0]["session"]["state"] == "robot"
    assert events[0]["session"]["last_message"]["seq"] == 1


def test_opening_again_returns_the_same_open_session(faq_store, buyer):
    first, _ = sessions.check_open_session(buyer, "store-a")
    again, created = sessions.check_open_session(buyer, "store-a")
    assert (again.pk, created) == (first.pk, False)


@pytest.mark.parametrize(
    ("who", "slug", "code"),
    [
        ("buyer", "no-such-store", "not_found"),
        ("agent", "store-a", "forbidden"),
        ("auditor", "store-a", "forbidden"),
    ],
)
def test_open_refusals(store, request, who, slug, code):
    with pytest.raises(ChatError) as refused:
        sessions.check_open_session(request.getfixturevalue(who), slug)
    assert refused.value.code == code
    assert Session.objects.count() == 0


def test_open_refused_for_suspended_store(store, buyer):
    Store.objects.filter(pk=store.pk).update(status=Store.Status.SUSPENDED)
    with pytest.raises(ChatError) as refused:
        sessions.check_open_session(buyer, "store-a")
    assert refused.value.code == "store_unavailable"
    assert Session.objects.count() == 0


def test_robot_answers_a_keyword_and_falls_back_otherwise(faq_store, buyer):
    session, _ = sessions.check_open_session(buyer, "store-a")
    send(buyer, session, "请问运费怎么算")
    send(buyer, session, "你们是哪里的")
    assert bodies(session)[1:] == [
        (2, "buyer", "text", "请问运费怎么算"),
        (3, "robot", "text", "全场包邮。"),
        (4, "buyer", "text", "你们是哪里的"),
        (
            5,
            "robot",
            "text",
            "抱歉，我暂时没有理解您的问题。您可以换个说法，或发送“转人工”联系人工客服。",
        ),
    ]
    session.refresh_from_db()
    assert (session.state, session.waiting_since) == ("robot", None)


FALLBACK = "抱歉，我暂时没有理解您的问题。您可以换个说法，或发送“转人工”联系人工客服。"


def test_a_second_miss_in_a_row_hands_the_buyer_to_a_person(
    faq_store, buyer, agent, committed
):
    """The robot does not ask a buyer to rephrase a third time: after its
    "I didn't understand", a second message it cannot answer moves the
    session to the queue with a word from the robot. An answer in between
    starts the count again."""
    session, _ = sessions.check_open_session(buyer, "store-a")
    with committed():
        go_online(agent)
    send(buyer, session, "你们是哪里的")
    send(buyer, session, "运费怎么算")
    send(buyer, session, "能便宜点吗")
    session.refresh_from_db()
    assert session.state == Session.State.ROBOT
    with committed():
        last = send(buyer, session, "有赠品吗")
    assert [(seq, kind, body) for seq, kind, _k, body in bodies(session)[1:]] == [
        (2, "buyer", "你们是哪里的"),
        (3, "robot", FALLBACK),
        (4, "buyer", "运费怎么算"),
        (5, "robot", "全场包邮。"),
        (6, "buyer", "能便宜点吗"),
        (7, "robot", FALLBACK),
        (8, "buyer", "有赠品吗"),
        (9, "robot", "抱歉，这个问题我还回答不了，这就为您转接人工客服。"),
        (10, "system", "正在为您转接人工客服，请稍候。"),
        (11, "system", faq_store.greeting),
    ]
    assert Message.objects.get(session=session, seq=9).text_code == "robot.handoff"
    session.refresh_from_db()
    assert (session.state, session.agent_id) == (Session.State.ACTIVE, agent.pk)
    assert session.human_started_at == last.created_at


def test_asking_for_a_human_with_nobody_online_queues_and_says_so(
    faq_store, buyer, agent, committed, listener
):
    session, _ = sessions.check_open_session(buyer, "store-a")
    listener.join(store_group(faq_store.pk))
    with committed():
        message = send(buyer, session, "转人工")
    session.refresh_from_db()
    assert session.state == Session.State.QUEUED
    assert session.queued_at == session.human_started_at == message.created_at
    assert session.waiting_since == message.created_at
    assert bodies(session)[-1] == (
        3,
        "system",
        "text",
        "当前没有客服在线。您可以直接留言，客服上线后会第一时间回复您。",
    )
    events = listener.drain()
    assert sorted(e["type"] for e in events) == ["chat.queue", "chat.session"]
    queue = next(e for e in events if e["type"] == "chat.queue")
    assert [s["id"] for s in queue["sessions"]] == [session.pk]


def test_store_without_faq_queues_on_first_message_and_assigns_with_greeting(
    store, buyer, agent, committed
):
    with committed():
        go_online(agent)
        session, _ = sessions.check_open_session(buyer, "store-a")
        send(buyer, session, "在吗")
    session.refresh_from_db()
    assert (session.state, session.agent_id) == ("active", agent.pk)
    assert bodies(session) == [
        (1, "buyer", "text", "在吗"),
        (2, "system", "text", "正在为您转接人工客服，请稍候。"),
        (3, "system", "text", store.greeting),
    ]
    assert session.waiting_since is not None


def test_human_frame_moves_robot_session_to_queue(faq_store, buyer, committed):
    session, _ = sessions.check_open_session(buyer, "store-a")
    with committed():
        sessions.check_request_human(buyer, session.pk)
    session.refresh_from_db()
    assert session.state == Session.State.QUEUED


def test_only_the_buyer_may_ask_for_a_human(faq_store, buyer, agent):
    session, _ = sessions.check_open_session(buyer, "store-a")
    with pytest.raises(ChatError) as refused:
        sessions.check_request_human(agent, session.pk)
    assert refused.value.code == "forbidden"
    session.refresh_from_db()
    assert session.state == Session.State.ROBOT


@pytest.fixture
def active_session(store, buyer, agent):
    return factories.make_session(store, buyer, agent=agent, state=Session.State.ACTIVE)


def test_close_sends_closing_phrase_then_closes_with_notice(
    active_session, agent, store, committed, listener
):
    listener.join(user_group(active_session.buyer_id))
    with committed():
        sessions.check_close_session(agent, active_session.pk)
    active_session.refresh_from_db()
    assert active_session.state == Session.State.CLOSED
    assert active_session.closed_at is not None
    assert bodies(active_session) == [
        (1, "agent", "text", store.closing_phrase),
        (2, "system", "text", "会话已结束。"),
    ]
    [event] = listener.drain()
    assert event["session"]["state"] == "closed"
    assert event["session"]["last_message"]["seq"] == 2


def test_other_agent_of_the_store_cannot_close(active_session, store):
    colleague = factories.make_member(store, username="colleague")
    with pytest.raises(ChatError) as refused:
        sessions.check_close_session(colleague, active_session.pk)
    assert refused.value.code == "forbidden"
    active_session.refresh_from_db()
    assert active_session.state == Session.State.ACTIVE


def test_supervisor_can_close_any_session_of_the_store(active_session, supervisor):
    sessions.check_close_session(supervisor, active_session.pk)
    active_session.refresh_from_db()
    assert active_session.state == Session.State.CLOSED


def test_buyer_rates_a_closed_session_and_may_change_it(
    active_session, agent, buyer, committed, listener
):
    sessions.check_close_session(agent, active_session.pk)
    listener.join(store_group(active_session.store_id))
    with committed():
        ratings.check_rate_session(buyer, active_session.pk, 2, "慢")
        ratings.check_rate_session(buyer, active_session.pk, 5, "  其实挺好  ")
    assert list(
        Rating.objects.filter(session=active_session)
        .order_by("id")
        .values_list("score", "comment")
    ) == [(2, "慢"), (5, "其实挺好")]
    assert [(e["score"], e["comment"]) for e in listener.drain()] == [
        (2, "慢"),
        (5, "其实挺好"),
    ]
    from chat.selectors import session_summary

    summary = session_summary(active_session.pk)
    assert (summary["rating"], summary["rating_comment"]) == (5, "其实挺好")


@pytest.mark.parametrize(
    ("score", "comment", "code"),
    [
        (0, "", "bad_frame"),
        (6, "", "bad_frame"),
        (True, "", "bad_frame"),
        (3, "长" * 501, "too_long"),
    ],
)
def test_bad_ratings_are_refused(active_session, agent, buyer, score, comment, code):
    sessions.check_close_session(agent, active_session.pk)
    with pytest.raises(ChatError) as refused:
        ratings.check_rate_session(buyer, active_session.pk, score, comment)
    assert refused.value.code == code
    assert Rating.objects.count() == 0


def test_open_session_cannot_be_rated(active_session, buyer):
    with pytest.raises(ChatError) as refused:
        ratings.check_rate_session(buyer, active_session.pk, 5)
    assert refused.value.code == "session_open"


def test_transfer_hands_over_with_a_note_buyers_never_see(
    active_session, agent, buyer, store, committed
):
    colleague = factories.make_member(store, username="colleague")
    colleague.nickname = "小王"
    colleague.save()
    go_online(colleague)
    first_assigned = timezone.now() - dt.timedelta(minutes=5)
    Session.objects.filter(pk=active_session.pk).update(assigned_at=first_assigned)
    with committed():
        routing.check_transfer_session(agent, active_session.pk, colleague.pk, "老客户")
    active_session.refresh_from_db()
    assert active_session.agent_id == colleague.pk
    assert active_session.assigned_at == first_assigned
    transfer = active_session.assignments.get()
    assert (transfer.agent_id, transfer.kind) == (colleague.pk, "transfer")
    assert bodies(active_session) == [
        (1, "system", "text", "会话已由 agent-a 转接给 小王。"),
        (2, "system", "note", "老客户"),
    ]
    from chat.visibility import reader_of, seen

    reader = reader_of(buyer, active_session)
    buyer_view = [
        m.body for m in history(reader, active_session) if seen(m, reader) is not None
    ]
    assert buyer_view == ["会话已由 agent-a 转接给 小王。"]


@pytest.mark.parametrize("target_state", ["offline", "full", "other_store"])
def test_transfer_to_unavailable_agent_is_refused(
    active_session, agent, store, other_agent, target_state, buyer
):
    if target_state == "other_store":
        target = other_agent
    else:
        target = factories.make_member(store, username="colleague", max_sessions=1)
        if target_state == "full":
            go_online(target)
            factories.make_session(
                store,
                factories.make_user(username="b2"),
                agent=target,
                state=Session.State.ACTIVE,
            )
    with pytest.raises(ChatError) as refused:
        routing.check_transfer_session(agent, active_session.pk, target.pk, "")
    assert refused.value.code == "agent_unavailable"
    active_session.refresh_from_db()
    assert active_session.agent_id == agent.pk
    assert not active_session.assignments.exists()
    assert Message.objects.filter(session=active_session).count() == 0


def test_presence_changes_ring_the_agents_tabs(agent, committed, listener):
    listener.join(user_group(agent.pk))
    with committed():
        presence.check_set_presence(agent, "busy")
        presence.check_set_presence(agent, "busy")
    assert Membership.objects.get(user=agent).presence == "busy"
    assert listener.drain() == [
        {"type": "chat.presence", "user": agent.pk, "state": "busy"}
    ]


@pytest.mark.parametrize("who", ["buyer", "auditor"])
def test_non_merchants_have_no_presence(request, who):
    with pytest.raises(ChatError) as refused:
        presence.check_set_presence(request.getfixturevalue(who), "online")
    assert refused.value.code == "forbidden"


def test_unknown_presence_state_is_refused(agent):
    with pytest.raises(ChatError) as refused:
        presence.check_set_presence(agent, "offline")
    assert refused.value.code == "bad_frame"


def test_last_socket_closing_takes_agent_offline(agent):
    membership = agent.membership
    presence.check_set_presence(agent, "online")
    presence.do_connect_merchant(membership)
    presence.do_connect_merchant(membership)
    presence.do_disconnect_merchant(membership)
    assert Membership.objects.get(user=agent).presence == "online"
    presence.do_disconnect_merchant(membership)
    assert Membership.objects.get(user=agent).presence == "offline"


def test_transfer_and_close_texts_are_stored_in_chinese_under_english(
    store, buyer, agent, committed
):
    from django.utils import translation

    colleague = factories.make_member(store, username="agent-b")
    go_online(colleague)
    session = factories.make_session(store, buyer, agent=agent)
    with translation.override("en"), committed():
        routing.check_transfer_session(agent, session.pk, colleague.pk, "")
        sessions.check_close_session(colleague, session.pk)
    system = list(
        Message.objects.filter(session=session, sender_kind="system")
        .order_by("seq")
        .values_list("body", "text_code", "text_params")
    )
    name = agent.display_name, colleague.display_name
    assert system == [
        (
            f"会话已由 {name[0]} 转接给 {name[1]}。",
            "session.transferred",
            {"old": name[0], "new": name[1]},
        ),
        ("会话已结束。", "session.closed", {}),
    ]
