"""Sending messages: seq, idempotency, screening verdicts, refusals, read marks."""

import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from chat.actions import messages as actions
from chat.actions import send as send_actions
from chat.actions import send_policy
from chat.actions.errors import ChatError
from chat.events import session_group, store_group, user_group
from chat.models import Message, Session, Store
from compliance.screening import ScreeningResult
from tests import factories


@pytest.fixture
def active_session(store, buyer, agent):
    return factories.make_session(store, buyer, agent=agent, state=Session.State.ACTIVE)


def send(user, session, text="你好", client_msg_id=None):
    return send_actions.check_send_message(
        user, session.pk, str(client_msg_id or uuid.uuid4()), text
    )


def test_buyer_message_gets_next_seq_and_starts_the_wait(
    active_session, buyer, committed, listener
):
    listener.join(session_group(active_session.pk), user_group(buyer.pk))
    with committed():
        message = send(buyer, active_session, "  请问有货吗  ")
    active_session.refresh_from_db()
    assert (message.seq, message.body, message.sender_kind) == (
        1,
        "请问有货吗",
        "buyer",
    )
    assert active_session.last_seq == 1
    assert active_session.waiting_since == message.created_at
    assert active_session.last_buyer_activity_at == message.created_at
    events = listener.drain()
    message_events = [e for e in events if e["type"] == "chat.message"]
    assert len(message_events) == 1
    assert message_events[0]["seq"] == 1
    assert message_events[0]["message"]["body"] == "请问有货吗"
    assert message_events[0]["message"]["sender_name"] == "buyer-1"
    # The wait starts, but no summary is sent for it: subscribers derive it
    # from the message (docs/protocol.md).
    assert [e["type"] for e in events] == ["chat.message"]
    assert message_events[0]["message"]["created_at"] == (
        message.created_at.isoformat()
    )


def test_agent_reply_clears_the_wait_and_seqs_stay_gap_free(
    active_session, buyer, agent, committed
):
    with committed():
        send(buyer, active_session, "在吗")
        send(buyer, active_session, "在吗？？")
        reply = send(agent, active_session, "在的")
    active_session.refresh_from_db()
    assert reply.seq == 3
    assert active_session.waiting_since is None
    # In seq order: a table without an ORDER BY returns rows in whatever
    # order its pages hold them, and an updated row moves (seen in CI).
    seqs = Message.objects.filter(session=active_session).order_by("seq")
    assert list(seqs.values_list("seq", flat=True)) == [1, 2, 3]


def test_resent_client_id_returns_first_message_and_sends_nothing(
    active_session, buyer, committed, listener
):
    client_id = uuid.uuid4()
    with committed():
        first = send(buyer, active_session, "一次", client_id)
    listener.join(session_group(active_session.pk))
    with committed():
        again = send(buyer, active_session, "一次", client_id)
    assert again.pk == first.pk
    assert Message.objects.count() == 1
    assert Session.objects.get(pk=active_session.pk).last_seq == 1
    assert listener.drain() == []


def test_resend_after_close_still_returns_first_message(
    active_session, buyer, committed
):
    client_id = uuid.uuid4()
    first = send(buyer, active_session, "一次", client_id)
    Session.objects.filter(pk=active_session.pk).update(state=Session.State.CLOSED)
    assert send(buyer, active_session, "一次", client_id).pk == first.pk


@pytest.mark.parametrize(
    ("text", "code"),
    [("x" * 2001, "too_long"), ("   ", "empty"), (5, "bad_frame")],
)
def test_bad_text_is_refused_and_nothing_changes(
    active_session, buyer, text, code, committed, listener
):
    listener.join(
        session_group(active_session.pk), store_group(active_session.store_id)
    )
    with pytest.raises(ChatError) as refused, committed():
        send_actions.check_send_message(
            buyer, active_session.pk, str(uuid.uuid4()), text
        )
    assert refused.value.code == code
    assert Message.objects.count() == 0
    assert Session.objects.get(pk=active_session.pk).last_seq == 0
    assert listener.drain() == []


def test_text_of_exactly_2000_characters_is_accepted(active_session, buyer):
    assert send(buyer, active_session, "好" * 2000).seq == 1


def test_bad_client_msg_id_is_refused(active_session, buyer):
    with pytest.raises(ChatError) as refused:
        send_actions.check_send_message(buyer, active_session.pk, "not-a-uuid", "hi")
    assert refused.value.code == "bad_frame"


@pytest.mark.parametrize(
    ("who", "code"),
    [
        ("other_agent", "not_found"),
        ("auditor", "forbidden"),
        ("platform_admin", "forbidden"),
        ("supervisor", "forbidden"),
    ],
)
def test_others_cannot_send(active_session, request, who, code, committed, listener):
    user = request.getfixturevalue(who)
    listener.join(
        session_group(active_session.pk), store_group(active_session.store_id)
    )
    with pytest.raises(ChatError) as refused, committed():
        send(user, active_session)
    assert refused.value.code == code
    assert Message.objects.count() == 0
    assert listener.drain() == []


def test_other_buyer_gets_not_found_like_a_missing_session(active_session, db):
    stranger = factories.make_user(username="stranger")
    with pytest.raises(ChatError) as other:
        send(stranger, active_session)
    with pytest.raises(ChatError) as missing:
        send_actions.check_send_message(stranger, 999999, str(uuid.uuid4()), "hi")
    assert other.value.code == missing.value.code == "not_found"
    assert str(other.value.message) == str(missing.value.message)


def test_closed_session_refuses_sends(active_session, buyer):
    Session.objects.filter(pk=active_session.pk).update(state=Session.State.CLOSED)
    with pytest.raises(ChatError) as refused:
        send(buyer, active_session)
    assert refused.value.code == "session_closed"


@pytest.mark.parametrize("status", [Store.Status.SUSPENDED, Store.Status.BLOCKED])
def test_suspended_or_blocked_store_refuses_sends(active_session, buyer, status):
    Store.objects.filter(pk=active_session.store_id).update(status=status)
    with pytest.raises(ChatError) as refused:
        send(buyer, active_session)
    assert refused.value.code == "store_unavailable"
    assert Message.objects.count() == 0


VIOLATION = {
    "category": "contact",
    "rule": "contact.phone",
    "start": 3,
    "end": 14,
    "match": "13800138000",
    "suggestion": "请勿发送联系方式",
}


def use_verdict(monkeypatch, action, masked_text=""):
    def screen(*, session, sender_kind, text, history=None, ruleset=None):
        if sender_kind not in ("buyer", "agent"):
            return ScreeningResult(action="allow", masked_text=text, version="v1")
        return ScreeningResult(
            action=action,
            violations=[VIOLATION],
            masked_text=masked_text or text,
            version="v7",
        )

    monkeypatch.setattr(send_policy, "screen_chat_message", screen)


def test_blocked_message_has_no_seq_and_only_rings_the_sender(
    active_session, buyer, committed, listener, monkeypatch
):
    use_verdict(monkeypatch, "block")
    session_listener = type(listener)().join(session_group(active_session.pk))
    listener.join(user_group(buyer.pk))
    with committed():
        message = send(buyer, active_session, "加我13800138000")
    assert (message.seq, message.verdict, message.violations) == (
        None,
        "block",
        [VIOLATION],
    )
    assert message.ruleset_version == "v7"
    active_session.refresh_from_db()
    assert active_session.last_seq == 0
    assert active_session.waiting_since is None
    assert session_listener.drain() == []
    [event] = listener.drain()
    assert (event["type"], event["seq"], event["message"]["id"]) == (
        "chat.message",
        None,
        message.pk,
    )


def test_seq_stays_gap_free_around_a_blocked_message(
    active_session, buyer, monkeypatch
):
    send(buyer, active_session, "一")
    use_verdict(monkeypatch, "block")
    send(buyer, active_session, "二")
    monkeypatch.undo()
    third = send(buyer, active_session, "三")
    assert third.seq == 2


def test_masked_message_keeps_original_and_masked_text(
    active_session, agent, monkeypatch
):
    use_verdict(monkeypatch, "mask", masked_text="加我***********")
    message = send(agent, active_session, "加我13800138000")
    assert (message.seq, message.verdict) == (1, "mask")
    assert (message.body, message.masked_body) == ("加我13800138000", "加我***********")


def test_flagged_message_is_delivered(active_session, buyer, monkeypatch):
    use_verdict(monkeypatch, "flag")
    message = send(buyer, active_session, "有点可疑")
    assert (message.seq, message.verdict, message.violations) == (
        1,
        "flag",
        [VIOLATION],
    )


def test_general_path_buyer_send_takes_at_most_seven_queries(
    active_session, buyer, django_assert_max_num_queries, settings, rules_compiled
):
    """Savepoint, session row lock, buyer restriction, screening context, message
    insert, session update, savepoint release (the common send takes two:
    tests/chat/test_text_send.py)."""
    settings.CHAT_FAST_SEND = False
    send(buyer, active_session, "先来一条")
    with django_assert_max_num_queries(7) as captured:
        send(buyer, active_session, "第二条")
    sql = [query["sql"] for query in captured.captured_queries]
    assert sum("compliance_restriction" in q for q in sql) == 1
    assert sum(q.startswith("INSERT") for q in sql) == 1


def test_read_mark_moves_forward_only_and_rings_the_session(
    active_session, buyer, agent, committed, listener
):
    for text in ("一", "二", "三"):
        send(buyer, active_session, text)
    listener.join(session_group(active_session.pk))
    with committed():
        assert actions.check_mark_read(agent, active_session.pk, 2) == 2
        assert actions.check_mark_read(agent, active_session.pk, 1) == 2
        assert actions.check_mark_read(buyer, active_session.pk, 99) == 3
    active_session.refresh_from_db()
    assert (active_session.agent_read_seq, active_session.buyer_read_seq) == (2, 3)
    assert [(e["side"], e["seq"]) for e in listener.drain()] == [
        ("agent", 2),
        ("buyer", 3),
    ]


def test_history_query_count_does_not_grow_with_messages(
    active_session, buyer, agent, django_assert_max_num_queries
):
    from chat.selectors import history_payloads

    for n in range(30):
        send(buyer if n % 2 else agent, active_session, f"消息{n}")
    with CaptureQueriesContext(connection) as queries:
        _, _, rows = history_payloads(buyer, active_session.pk, 0)
    assert len(rows) == 30
    assert len(queries) == 2
