"""Every refusal and every outcome of a send, through each driver of the one
decision (chat.actions.send_policy): Django's connection (chat.actions.send)
and the event loop's (chat.actions.text_send, handing over what it cannot carry
out). The same world is built once per driver; results, rows and events must
be identical."""

import datetime as dt
import threading
import uuid

import pytest
from asgiref.sync import async_to_sync
from django.db import close_old_connections, connections
from django.utils import timezone

from chat import async_pg, events
from chat.actions import send as send_actions
from chat.actions import send_policy, text_send
from chat.actions.errors import ChatError
from chat.actions.text_send import Handoff, check_send_text_async
from chat.events import session_group, store_group, user_group
from chat.models import Membership, Message, Session, Store
from compliance.models import Restriction, ReviewItem
from compliance.rulesets import live_ruleset
from compliance.screening import ScreeningResult
from tests import factories

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("rules_compiled"),
]


class World:
    """One store, its agent and a buyer with one session, for one driver."""

    def __init__(self, name, state=Session.State.ACTIVE, assigned=True):
        self.store = factories.make_store(f"store-{name}")
        self.agent = factories.make_member(self.store, username=f"agent-{name}")
        self.buyer = factories.make_user(username=f"buyer-{name}")
        self.session = factories.make_session(
            self.store,
            self.buyer,
            agent=self.agent if assigned else None,
            state=state,
        )

    def events(self, published):
        """What was published to this world's groups, by group."""
        groups = {
            session_group(self.session.pk): "session",
            user_group(self.buyer.pk): "buyer",
            user_group(self.agent.pk): "agent",
            store_group(self.store.pk): "store",
        }
        found = {}
        for group, event in published:
            if group in groups:
                found.setdefault(groups[group], []).append(_event(event))
        return found


@pytest.fixture(autouse=True)
def published(monkeypatch):
    """Every (group, event) either driver hands to the channel layer: after
    commit from Django's connection, or from the event loop."""
    sent = []

    async def send_from_the_loop(outbox):
        sent.extend(outbox)

    monkeypatch.setattr(events, "_group_send", lambda group, e: sent.append((group, e)))
    monkeypatch.setattr(text_send, "send_collected", send_from_the_loop)
    return sent


def _event(event):
    if event["type"] == "chat.message":
        m = event["message"]
        return ("chat.message", event["seq"], m["sender_kind"], m["body"])
    if event["type"] == "chat.session":
        return ("chat.session", event["session"]["state"], event["session"]["last_seq"])
    return (event["type"],)


def by_database_thread(user, session_id, client_msg_id, text):
    return send_actions.check_send_message(user, session_id, client_msg_id, text)


def by_event_loop(user, session_id, client_msg_id, text):
    async def run():
        try:
            return await check_send_text_async(user, session_id, client_msg_id, text)
        finally:
            await async_pg.close_pool()

    sent = async_to_sync(run)()
    if isinstance(sent, Handoff):
        return send_actions.check_send_message(
            user, session_id, client_msg_id, text, prior=sent.prior
        )
    return sent


DRIVERS = {"database thread": by_database_thread, "event loop": by_event_loop}


def loaded(user):
    """The sender as the consumer holds them (membership loaded at connect)."""
    if user.kind == user.Kind.MERCHANT:
        user.membership  # noqa: B018
    return user


def outcome(
    world, driver, published, user, session_id=None, text="你好", client_msg_id=None
):
    """What a send answers and leaves behind: result, rows, events."""
    session_id = world.session.pk if session_id is None else session_id
    client_msg_id = str(client_msg_id or uuid.uuid4())
    try:
        message = driver(loaded(user), session_id, client_msg_id, text)
        result = (
            "sent",
            message.seq,
            message.sender_kind,
            message.verdict,
            message.body,
            message.masked_body,
            message.session_id == world.session.pk,
        )
    except ChatError as error:
        result = ("refused", error.code)
    session = Session.objects.get(pk=world.session.pk)
    rows = [
        (m.seq, m.sender_kind, m.verdict, m.body)
        for m in Message.objects.filter(session=session).order_by("id")
    ]
    reviews = list(
        ReviewItem.objects.filter(session=session).values_list("kind", "state")
    )
    return {
        "result": result,
        "session": (session.state, session.last_seq, session.waiting_since is None),
        "rows": rows,
        "reviews": reviews,
        "events": world.events(published),
    }


def verdict(action):
    def screen(*, session, sender_kind, text, history=None, ruleset=None):
        return ScreeningResult(
            action=action,
            violations=[
                {"category": "contact", "rule": "contact.phone", "start": 0, "end": 1}
            ],
            masked_text="*" + text[1:],
            version="v1",
        )

    return screen


def restrict(world):
    Restriction.objects.create(
        buyer=world.buyer,
        reason="辱骂客服",
        starts_at=timezone.now() - dt.timedelta(minutes=1),
        ends_at=timezone.now() + dt.timedelta(days=1),
    )


def stranger_agent(world):
    return factories.make_member(
        factories.make_store(f"other-{world.store.slug}"),
        username=f"stranger-{world.store.slug}",
    )


def colleague(world):
    return factories.make_member(world.store, username=f"colleague-{world.store.slug}")


def supervisor(world):
    return factories.make_member(
        world.store,
        Membership.MemberRole.SUPERVISOR,
        username=f"super-{world.store.slug}",
    )


# name: (world options, prepare(world) -> sender, send options, screening)
SCENARIOS = {
    "buyer text": ({}, lambda w: w.buyer, {}, None),
    "agent reply": ({}, lambda w: w.agent, {}, None),
    "queued buyer": (
        {"state": "queued", "assigned": False},
        lambda w: w.buyer,
        {},
        None,
    ),
    "buyer's phone masked": (
        {},
        lambda w: w.buyer,
        {"text": "加我微信 abc12345 聊"},
        None,
    ),
    "agent masked: reviewed": ({}, lambda w: w.agent, {}, "mask"),
    "buyer flagged: reviewed": ({}, lambda w: w.buyer, {}, "flag"),
    "buyer blocked": ({}, lambda w: w.buyer, {}, "block"),
    "robot answers": (
        {"state": "robot", "assigned": False},
        lambda w: w.buyer,
        {},
        None,
    ),
    "robot hands to a person": (
        {"state": "robot", "assigned": False},
        lambda w: w.buyer,
        {"text": "转人工"},
        None,
    ),
    "closed": ({"state": "closed"}, lambda w: w.buyer, {}, None),
    "store suspended": (
        {},
        lambda w: (
            Store.objects.filter(pk=w.store.pk).update(status=Store.Status.SUSPENDED),
            w.buyer,
        )[1],
        {},
        None,
    ),
    "another store's agent": ({}, stranger_agent, {}, None),
    "unassigned colleague": ({}, colleague, {}, None),
    "supervisor watching": ({}, supervisor, {}, None),
    "restricted buyer": ({}, lambda w: (restrict(w), w.buyer)[1], {}, None),
    "no such session": ({}, lambda w: w.buyer, {"session_id": 10**9}, None),
}


@pytest.mark.parametrize("name", SCENARIOS)
def test_each_driver_answers_the_same(name, monkeypatch, published):
    options, prepare, send_options, screening = SCENARIOS[name]
    if screening is not None:
        monkeypatch.setattr(send_policy, "screen_chat_message", verdict(screening))
    found = {}
    for index, (driver_name, driver) in enumerate(DRIVERS.items()):
        world = World(f"{index}", **options)
        found[driver_name] = outcome(
            world, driver, published, prepare(world), **send_options
        )
    assert found["event loop"] == found["database thread"]
    answer = found["database thread"]
    if answer["result"][0] == "sent":
        assert answer["events"], "a stored message is always announced"
    else:
        assert answer["result"][0] == "refused"
        assert (answer["rows"], answer["events"]) == ([], {})


@pytest.mark.parametrize("elsewhere", [False, True])
def test_each_driver_answers_a_resend_the_same(elsewhere, published):
    found = {}
    for index, (driver_name, driver) in enumerate(DRIVERS.items()):
        world = World(f"{index}")
        client_msg_id = uuid.uuid4()
        driver(world.buyer, world.session.pk, str(client_msg_id), "你好")
        if elsewhere:
            other = World(f"{index}-other")
            Session.objects.filter(pk=other.session.pk).update(buyer=world.buyer)
            found[driver_name] = outcome(
                world,
                driver,
                published,
                world.buyer,
                session_id=other.session.pk,
                client_msg_id=client_msg_id,
            )
        else:
            found[driver_name] = outcome(
                world, driver, published, world.buyer, client_msg_id=client_msg_id
            )
    assert found["event loop"] == found["database thread"]
    result = found["event loop"]["result"]
    if elsewhere:
        assert result == ("refused", "client_msg_id_conflict")
    else:
        assert result[:2] == ("sent", 1)
        assert found["event loop"]["rows"] == [(1, "buyer", "allow", "你好")]


def test_a_message_is_screened_once_when_handed_over(monkeypatch):
    """The event loop hands a flagged send over with its screening: the other
    driver does not screen it again."""
    calls = []
    flag = verdict("flag")

    def counted(**kwargs):
        calls.append(kwargs["text"])
        return flag(**kwargs)

    monkeypatch.setattr(send_policy, "screen_chat_message", counted)
    world = World("once")
    message = by_event_loop(world.buyer, world.session.pk, str(uuid.uuid4()), "约吗")
    assert message.verdict == "flag"
    assert calls == ["约吗"]


def test_each_driver_hands_screening_each_earlier_messages_action(
    monkeypatch, published
):
    """The history a send is screened with says what each earlier message was
    given, blocked ones included (the conversation reader's second reading
    reads only after one was acted on), oldest first, on both drivers."""
    seen = {}
    allow = verdict("allow")

    def recorded(**kwargs):
        seen[seen["driver"]] = list(kwargs["history"])
        return allow(**kwargs)

    monkeypatch.setattr(send_policy, "screen_chat_message", recorded)
    for index, (driver_name, driver) in enumerate(DRIVERS.items()):
        seen["driver"] = driver_name
        world = World(f"actions-{index}")
        for sender_kind, sender, body, action in (
            (Message.SenderKind.BUYER, world.buyer, "能便宜点吗", "allow"),
            (Message.SenderKind.AGENT, world.agent, "加我薇信私聊", "block"),
            (Message.SenderKind.BUYER, world.buyer, "我就在这里拍", "flag"),
        ):
            factories.make_message(
                world.session, sender_kind, sender, body, verdict=action
            )
        outcome(world, driver, published, world.agent, text="好的 价格不变")
    assert (
        seen["event loop"]
        == seen["database thread"]
        == [
            ("buyer", "能便宜点吗", "allow"),
            ("agent", "加我薇信私聊", "block"),
            ("buyer", "我就在这里拍", "flag"),
        ]
    )


@pytest.mark.parametrize("round_", range(3))
@pytest.mark.parametrize("rules", ["compiled", "reloading"])
def test_concurrent_sends_to_one_session_never_deadlock(round_, rules, monkeypatch):
    """A buyer and an agent, four threads each, sending to one session on both
    drivers at once, with no retry anywhere: every message stored once, seqs
    1..n. With the rules compiled, and with them checked again on every send
    (the database-thread driver's first send rebuilding them; the event-loop
    driver handing its sends over until they are), both drivers send. (The
    deadlock this caught: a rule-set rebuild's
    transaction.atomic() ran inside a raw BEGIN that Django did not know of,
    committed it and so released the session lock before the message's
    INSERT.)"""
    world = World(f"race{round_}{rules}")
    if rules == "reloading":
        live_ruleset.reset()
        monkeypatch.setattr(live_ruleset, "check_every", 0.0)
    close_old_connections()
    users = [loaded(world.buyer), loaded(world.agent)] * 4
    barrier, errors = threading.Barrier(len(users)), []

    def run(index, user):
        driver = by_event_loop if index // 2 % 2 else by_database_thread
        try:
            barrier.wait()
            for n in range(5):
                driver(user, world.session.pk, str(uuid.uuid4()), f"第{index}-{n}条")
        except Exception as error:  # noqa: BLE001 - reported by the assertion
            errors.append(error)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=run, args=(index, user))
        for index, user in enumerate(users)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    seqs = sorted(
        Message.objects.filter(session=world.session).values_list("seq", flat=True)
    )
    assert seqs == list(range(1, 41))
    assert Session.objects.get(pk=world.session.pk).last_seq == 40


@pytest.mark.parametrize(
    ("side", "screening"), [("agent", None), ("buyer", None), ("buyer", "mask")]
)
def test_the_event_loop_publishes_and_acks_what_the_stored_row_shows(
    side, screening, monkeypatch, published
):
    """Its event and ack are made once from the sent message (not reloaded):
    every field equals what the stored row makes (the outcomes it carries
    out: allowed, and a buyer's masked message with its findings)."""
    from chat.consumers import _ack_payload
    from chat.events import message_event
    from chat.selectors import message_ack_payload

    if screening is not None:
        monkeypatch.setattr(send_policy, "screen_chat_message", verdict(screening))
    world = World(f"payload-{side}-{screening}")
    sender = loaded(world.agent if side == "agent" else world.buyer)

    async def send():
        try:
            return await check_send_text_async(
                sender, world.session.pk, str(uuid.uuid4()), "亲，'在的'"
            )
        finally:
            await async_pg.close_pool()

    sent = async_to_sync(send)()
    assert not isinstance(sent, Handoff)
    assert bool(sent.violations) == (screening == "mask")
    stored = Message.objects.select_related("sender").get(pk=sent.pk)
    [(_group, event)] = published
    assert event == message_event(stored)
    assert _ack_payload(sent, "zh-hans") == message_ack_payload(stored)


@pytest.mark.parametrize(
    "buyer_said, agent_says, expected",
    [
        # the buyer's own number read back: delivered, flagged (ECHO_DIGITS)
        ("安装电话留 18822036517", "好的 已备注安装电话18822036517", "flag"),
        # the shop's own number is prevented whatever the buyer said
        ("安装电话留 18822036517", "好的 有问题打我电话13912345678", "block"),
        # a brand's service line: delivered, flagged (SERVICE_LINE)
        ("空调不制冷了", "小米售后电话400-100-5678，您报SN码就能查保修", "flag"),
    ],
)
def test_each_driver_screens_a_reply_with_the_sessions_history(
    buyer_said, agent_says, expected, published
):
    """The real screening, with the history each driver reads from the
    database: a merchant reading back the buyer's number, or quoting a
    brand's hotline, is delivered and flagged; the shop's own number is not
    delivered."""
    found = {}
    for index, (driver_name, driver) in enumerate(DRIVERS.items()):
        world = World(f"history-{index}")
        factories.make_message(
            world.session, Message.SenderKind.BUYER, world.buyer, buyer_said
        )
        found[driver_name] = outcome(
            world, driver, published, world.agent, text=agent_says
        )
    assert found["event loop"] == found["database thread"]
    result = found["database thread"]["result"]
    assert (result[0], result[3], result[4]) == ("sent", expected, agent_says)
    assert (result[1] is None) == (expected == "block")
