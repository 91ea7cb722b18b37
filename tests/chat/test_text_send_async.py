"""chat.actions.text_send.check_send_text_async: the common send from the event
loop, on its own PostgreSQL connections (chat.async_pg)."""

import asyncio
import datetime as dt
import uuid

import psycopg2
import pytest
from asgiref.sync import sync_to_async
from django.db import connection, connections
from django.forms.models import model_to_dict
from django.utils import timezone

from chat import async_pg
from chat.actions import send as send_actions
from chat.actions import send_policy, text_send
from chat.actions.errors import ChatError
from chat.actions.text_send import Handoff, check_send_text_async
from chat.events import session_group
from chat.models import Message, Session, Store, User
from compliance.models import Restriction
from compliance.rulesets import do_bump_revision, live_ruleset
from compliance.screening import ScreeningResult
from tests import factories

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
async def send_connections(rules_compiled):
    """Compiled rules, and this test loop's send connections closed after it."""
    yield
    await async_pg.close_pool()
    await sync_to_async(connections.close_all)()


@pytest.fixture
def session(store, buyer, agent):
    return factories.make_session(store, buyer, agent=agent)


@pytest.fixture
def loaded_agent(agent):
    """The agent as the consumer holds it: membership loaded at connect."""
    agent.membership  # noqa: B018
    return agent


def send(user, session_id, text="你好", client_msg_id=None):
    return check_send_text_async(
        user, session_id, str(client_msg_id or uuid.uuid4()), text
    )


@sync_to_async
def stored(session_id):
    return list(Message.objects.filter(session_id=session_id).order_by("id"))


@sync_to_async
def reloaded(session):
    return Session.objects.get(pk=session.pk)


async def test_send_stores_publishes_and_matches_the_general_path(
    store, buyer, loaded_agent, session, listener, settings
):
    await sync_to_async(listener.join)(session_group(session.pk))
    first = await send(buyer, session.pk, "在吗")
    reply = await send(loaded_agent, session.pk, "亲，在的")
    assert (first.seq, first.sender_kind, reply.seq, reply.sender_kind) == (
        1,
        "buyer",
        2,
        "agent",
    )
    events = await sync_to_async(listener.drain)()
    assert [(e["type"], e["seq"], e["message"]["id"]) for e in events] == [
        ("chat.message", 1, first.pk),
        ("chat.message", 2, reply.pk),
    ]
    rows = await stored(session.pk)
    assert [(m.pk, m.seq, m.body, m.sender_id) for m in rows] == [
        (first.pk, 1, "在吗", buyer.pk),
        (reply.pk, 2, "亲，在的", loaded_agent.pk),
    ]
    after = await reloaded(session)
    assert (after.last_seq, after.waiting_since) == (2, None)
    assert after.last_message_at == reply.created_at

    other_buyer = await sync_to_async(factories.make_user)(username="buyer-general")
    other = await sync_to_async(factories.make_session)(
        store, other_buyer, agent=loaded_agent
    )
    settings.CHAT_FAST_SEND = False
    for user, text in ((other_buyer, "在吗"), (loaded_agent, "亲，在的")):
        await sync_to_async(send_actions.do_send_message)(
            user, other.pk, uuid.uuid4(), text=text
        )
    settings.CHAT_FAST_SEND = True

    def comparable(message):
        fields = model_to_dict(message)
        for varying in ("id", "session", "client_msg_id", "sender", "created_at"):
            fields.pop(varying)
        return fields

    general = await stored(other.pk)
    assert [comparable(m) for m in rows] == [comparable(m) for m in general]


async def test_sends_share_one_connection_and_prepare_once(buyer, session):
    for n in range(4):
        assert (await send(buyer, session.pk, f"第{n}条")).seq == n + 1
    pool = async_pg.pool()
    assert (pool.open_count, len(pool.idle)) == (1, 1)
    assert len(pool.idle[0].prepared) == 3


async def test_handed_over_and_refused_sends_change_nothing_and_return_the_connection(
    store, buyer, other_agent, session, monkeypatch
):
    def flag(**kwargs):
        return ScreeningResult(action="flag", version="v1")

    with monkeypatch.context() as patched:
        patched.setattr(send_policy, "screen_chat_message", flag)
        # A review item to record: handed over with its screening.
        handed = await send(buyer, session.pk, "约个时间")
    assert isinstance(handed, Handoff) and handed.prior.result.action == "flag"
    assert await send(buyer, session.pk + 1000) == Handoff()  # no such session
    unloaded = await sync_to_async(User.objects.get)(pk=other_agent.pk)
    assert await send(unloaded, session.pk) == Handoff()  # membership not loaded
    await sync_to_async(lambda: other_agent.membership)()
    with pytest.raises(ChatError) as foreign:  # another store's agent
        await send(other_agent, session.pk)
    assert foreign.value.code == "not_found"
    await sync_to_async(Restriction.objects.create)(
        buyer=buyer,
        reason="辱骂客服",
        starts_at=timezone.now() - dt.timedelta(minutes=1),
        ends_at=timezone.now() + dt.timedelta(days=1),
    )
    with pytest.raises(ChatError) as restricted:
        await send(buyer, session.pk)
    assert restricted.value.code == "buyer_restricted"
    await sync_to_async(Restriction.objects.all().delete)()
    await sync_to_async(Session.objects.filter(pk=session.pk).update)(
        state=Session.State.ROBOT
    )
    robot = await send(buyer, session.pk)  # the robot's turn: ORM work
    assert isinstance(robot, Handoff) and robot.prior.result.action == "allow"
    assert await stored(session.pk) == []
    assert (await reloaded(session)).last_seq == 0
    pool = async_pg.pool()
    assert pool.open_count == len(pool.idle) == 1
    assert pool.idle[0].idle


async def test_closed_store_refuses(store, buyer, session):
    await sync_to_async(Store.objects.filter(pk=store.pk).update)(
        status=Store.Status.SUSPENDED
    )
    with pytest.raises(ChatError) as refused:
        await send(buyer, session.pk)
    assert refused.value.code == "store_unavailable"
    assert await stored(session.pk) == []


async def test_frame_fields_are_checked_first(buyer, session, auditor):
    with pytest.raises(ChatError) as empty:
        await send(buyer, session.pk, "   ")
    assert empty.value.code == "empty"
    with pytest.raises(ChatError) as bad_id:
        await check_send_text_async(buyer, session.pk, "not-a-uuid", "你好")
    assert bad_id.value.code == "bad_frame"
    with pytest.raises(ChatError) as forbidden:
        await send(auditor, session.pk)
    assert forbidden.value.code == "forbidden"
    assert await stored(session.pk) == []


async def test_the_send_checks_the_rule_revision_itself(buyer, session):
    """The locking statement reads the newest revision: with the rules' own
    check due the send goes on, and that read counts as the check; a revision
    newer than the compiled rules leaves the send to the general path, which
    compiles them again first."""
    live_ruleset._checked_at = float("-inf")  # the revision check is due
    assert (await send(buyer, session.pk, "一")).seq == 1
    assert live_ruleset.fresh()
    compiled = live_ruleset.compiled()
    await sync_to_async(do_bump_revision)("a rule changed")
    assert await send(buyer, session.pk, "二") == Handoff()
    assert not live_ruleset.fresh()
    assert [m.body for m in await stored(session.pk)] == ["一"]
    recompiled = await sync_to_async(live_ruleset.get)()
    assert recompiled is not compiled
    assert (await send(buyer, session.pk, "三")).seq == 2


async def test_uncompiled_rules_or_no_connections_leave_it_to_the_general_path(
    buyer, session, settings
):
    live_ruleset.reset()
    assert await send(buyer, session.pk) == Handoff()
    await sync_to_async(live_ruleset.get)()
    settings.CHAT_SEND_CONNECTIONS = 0
    assert await send(buyer, session.pk) == Handoff()
    assert await stored(session.pk) == []


async def test_a_lost_connection_is_dropped_and_replaced(buyer, session):
    assert (await send(buyer, session.pk, "一")).seq == 1
    [db] = async_pg.pool().idle
    pid = db.raw.get_backend_pid()

    @sync_to_async
    def terminate():
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(%s)", [pid])

    await terminate()
    # The send fails over (the caller sends it by the general path) ...
    assert await send(buyer, session.pk, "二") == Handoff()
    assert db.raw.closed and async_pg.pool().open_count == 0
    # ... and the next one opens a new connection.
    assert (await send(buyer, session.pk, "三")).seq == 2
    assert [m.body for m in await stored(session.pk)] == ["一", "三"]


async def test_a_cancelled_send_closes_its_connection(buyer, session):
    """A send cancelled while PostgreSQL works on it (here: waiting for the
    session lock held by another connection) leaves nothing behind."""
    params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    other = psycopg2.connect(**params)
    with other.cursor() as cursor:
        cursor.execute(
            "SELECT id FROM chat_session WHERE id = %s FOR UPDATE", [session.pk]
        )
    try:
        task = asyncio.ensure_future(send(buyer, session.pk, "在吗"))
        await asyncio.sleep(0.3)
        assert not task.done()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    finally:
        other.rollback()
        other.close()
    pool = async_pg.pool()
    assert (pool.open_count, pool.idle) == (0, [])
    assert await stored(session.pk) == []
    assert (await send(buyer, session.pk, "再来")).seq == 1


async def test_a_fault_of_this_path_leaves_the_send_to_the_general_path(
    buyer, session, monkeypatch, caplog
):
    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    working = text_send.decide_send
    monkeypatch.setattr(text_send, "decide_send", broken)
    assert await send(buyer, session.pk, "在吗") == text_send.Handoff()
    assert "event-loop send failed" in caplog.text
    pool = async_pg.pool()
    assert (pool.open_count, pool.idle) == (0, [])  # that connection is closed
    assert await stored(session.pk) == []
    # Only the broken decision is put back: undoing every patch would also
    # undo the fixture's "rules not due for their check", and on a slow
    # machine the next send would then hand over for the check.
    monkeypatch.setattr(text_send, "decide_send", working)
    assert (await send(buyer, session.pk, "在吗")).seq == 1
