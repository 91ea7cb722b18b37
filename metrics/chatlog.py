"""Chat-log import: JSON Lines of session events into chat sessions.

Everything is validated first (every bad line reported by number); only a
clean file is imported, in one transaction. A session's key maps to one
chat.Session through ImportedSession, so re-importing rewrites it in place.
"""

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.contrib.auth.validators import UnicodeUsernameValidator
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from chat.models import (
    Membership,
    Message,
    Rating,
    Session,
    SessionAssignment,
    Store,
    User,
)
from metrics.actions import do_mark_days_stale
from metrics.models import ImportedSession
from metrics.periods import SHANGHAI

MESSAGE_SENDERS = {
    "buyer_message": Message.SenderKind.BUYER,
    "agent_message": Message.SenderKind.AGENT,
    "assist_message": Message.SenderKind.ASSIST,
    "robot_message": Message.SenderKind.ROBOT,
    "welcome": Message.SenderKind.SYSTEM,
}
EVENT_TYPES = set(MESSAGE_SENDERS) | {
    "queued",
    "assigned",
    "transfer",
    "closed",
    "rating",
    "invalid",
}
NEEDS_AGENT = {"agent_message", "assigned", "transfer"}
INVALID_REASONS = {choice for choice in Session.Invalid.values if choice}
SLUG = re.compile(r"^[-a-zA-Z0-9_]{1,64}$")
MAX_TEXT = 10_000
MAX_KEY = 200


@dataclass
class Event:
    line: int
    at: dt.datetime
    session: str
    store: str
    buyer: str
    type: str
    agent: str = ""
    text: str = ""
    score: int = 0
    reason: str = ""
    verdict: str = Message.Verdict.ALLOW


@dataclass
class ChatLog:
    sessions: dict[str, list[Event]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    events: int = 0


class ChatLogError(Exception):
    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


def _username_ok(value) -> bool:
    if not isinstance(value, str) or not value or len(value) > 150:
        return False
    try:
        UnicodeUsernameValidator()(value)
    except ValidationError:
        return False
    return True


def parse_line(number: int, raw: str) -> tuple[Event | None, str | None]:
    def bad(message, **values):
        return None, _("第 %(line)d 行：") % {"line": number} + message % values

    try:
        data = json.loads(raw)
    except ValueError:
        return bad(_("不是合法的 JSON。"))
    if not isinstance(data, dict):
        return bad(_("应为 JSON 对象。"))
    for key in ("at", "session", "store", "buyer", "type"):
        if not isinstance(data.get(key), str) or not data[key]:
            return bad(_("缺少字段 %(key)s 或它不是非空字符串。"), key=key)
    kind = data["type"]
    if kind not in EVENT_TYPES:
        return bad(_("未知的事件类型 %(type)s。"), type=kind)
    try:
        at = dt.datetime.fromisoformat(data["at"])
    except ValueError:
        return bad(_("时间 %(at)s 不是 ISO-8601 格式。"), at=data["at"])
    if at.tzinfo is None:
        return bad(_("时间 %(at)s 缺少时区偏移。"), at=data["at"])
    if len(data["session"]) > MAX_KEY:
        return bad(_("会话标识过长。"))
    if not SLUG.match(data["store"]):
        return bad(_("店铺标识 %(store)s 不合法。"), store=data["store"])
    if not _username_ok(data["buyer"]):
        return bad(_("买家标识 %(buyer)s 不合法。"), buyer=data["buyer"])
    event = Event(number, at, data["session"], data["store"], data["buyer"], kind)
    if kind in NEEDS_AGENT:
        if not _username_ok(data.get("agent")):
            return bad(_("事件 %(type)s 需要合法的 agent 字段。"), type=kind)
        event.agent = data["agent"]
    if kind in MESSAGE_SENDERS:
        text = data.get("text")
        if not isinstance(text, str) or len(text) > MAX_TEXT:
            return bad(_("消息需要 text 字段（不超过 %(max)d 字）。"), max=MAX_TEXT)
        event.text = text
        verdict = data.get("verdict", Message.Verdict.ALLOW)
        if verdict not in Message.Verdict.values:
            return bad(_("verdict 只能是 allow、flag、mask 或 block。"))
        event.verdict = verdict
    if kind == "rating":
        score = data.get("score")
        if type(score) is not int or not 1 <= score <= 5:
            return bad(_("评分 score 必须是 1 到 5 的整数。"))
        event.score = score
    if kind == "invalid":
        if data.get("reason") not in INVALID_REASONS:
            return bad(_("无效原因 reason 只能是 reported、blacklisted 或 risk。"))
        event.reason = data["reason"]
    return event, None


def read_chatlog(lines: Iterable[str]) -> ChatLog:
    """Parse and check every line; collect all errors, import nothing."""
    log = ChatLog()
    first_event: dict[str, Event] = {}
    agent_store: dict[str, tuple[str, int]] = {}
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        event, error = parse_line(number, raw)
        if error:
            log.errors.append(error)
            continue
        log.events += 1
        first = first_event.setdefault(event.session, event)
        if (first.store, first.buyer) != (event.store, event.buyer):
            log.errors.append(
                _(
                    "第 %(line)d 行：会话 %(session)s 在第 %(first)d 行属于店铺 %(store)s、买家 %(buyer)s，不能改变。"
                )
                % {
                    "line": number,
                    "session": event.session,
                    "first": first.line,
                    "store": first.store,
                    "buyer": first.buyer,
                }
            )
            continue
        if event.agent:
            store, line = agent_store.setdefault(event.agent, (event.store, number))
            if store != event.store:
                log.errors.append(
                    _(
                        "第 %(line)d 行：客服 %(agent)s 在第 %(first)d 行属于店铺 %(store)s。"
                    )
                    % {
                        "line": number,
                        "agent": event.agent,
                        "first": line,
                        "store": store,
                    }
                )
                continue
        log.sessions.setdefault(event.session, []).append(event)
    log.errors.extend(_check_people(log, agent_store))
    return log


def _check_people(log: ChatLog, agent_store: dict[str, tuple[str, int]]) -> list[str]:
    """Existing accounts must fit the part the log gives them."""
    errors = []
    buyers = {events[0].buyer: events[0].line for events in log.sessions.values()}
    names = set(buyers) | set(agent_store)
    users = {
        u.username: u
        for u in User.objects.filter(username__in=names).select_related(
            "membership__store"
        )
    }
    for name, line in buyers.items():
        user = users.get(name)
        if user and user.kind != User.Kind.BUYER:
            errors.append(
                _("第 %(line)d 行：用户 %(name)s 已存在且不是买家。")
                % {"line": line, "name": name}
            )
    for name, (store, line) in agent_store.items():
        user = users.get(name)
        if user is None:
            continue
        membership = getattr(user, "membership", None)
        if user.kind != User.Kind.MERCHANT or (
            membership is not None and membership.store.slug != store
        ):
            errors.append(
                _("第 %(line)d 行：用户 %(name)s 已存在且不是店铺 %(store)s 的客服。")
                % {"line": line, "name": name, "store": store}
            )
    return errors


@dataclass
class ImportSummary:
    sessions: int = 0
    created: int = 0
    replaced: int = 0
    messages: int = 0
    ratings: int = 0


def _user(cache: dict, username: str, kind: str) -> User:
    if username not in cache:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(username=username, kind=kind, nickname=username)
            user.set_unusable_password()
            user.save()
        cache[username] = user
    return cache[username]


def do_import_chatlog(log: ChatLog, progress=None) -> ImportSummary:
    """Write a validated log in one transaction; re-imports replace sessions."""
    if log.errors:
        raise ChatLogError(log.errors)
    summary = ImportSummary()
    stores: dict[str, Store] = {}
    users: dict[str, User] = {}
    touched_days: set[dt.date] = set()
    with transaction.atomic():
        for key, events in log.sessions.items():
            events = sorted(events, key=lambda e: e.at)  # stable: file order kept
            first = events[0]
            store = stores.get(first.store)
            if store is None:
                store, _created = Store.objects.get_or_create(
                    slug=first.store, defaults={"name": first.store}
                )
                stores[first.store] = store
            buyer = _user(users, first.buyer, User.Kind.BUYER)
            for event in events:
                if event.agent and event.agent not in users:
                    agent = _user(users, event.agent, User.Kind.MERCHANT)
                    Membership.objects.get_or_create(
                        user=agent, defaults={"store": store}
                    )
            created = _write_session(
                key, events, store, buyer, users, summary, touched_days
            )
            summary.sessions += 1
            summary.created += created
            summary.replaced += not created
            if progress is not None:
                progress.update(1)
        do_mark_days_stale(touched_days)
    return summary


def stored_days(human_started_at, last_message_at) -> list[dt.date]:
    """The local days whose stored rows a session is in: its facts are on the
    day of its start, its rounds on the days from its start to its last
    message."""
    if human_started_at is None:
        return []
    first = human_started_at.astimezone(SHANGHAI).date()
    last = first
    if last_message_at is not None:
        last = max(first, last_message_at.astimezone(SHANGHAI).date())
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


def _write_session(key, events, store, buyer, users, summary, touched_days) -> bool:
    times = {}
    for event in events:
        if event.type in ("queued", "assigned", "transfer", "closed", "invalid"):
            name = "assigned" if event.type == "transfer" else event.type
            if name == "closed" or name == "invalid":
                times[name] = event
            else:
                times.setdefault(name, event)
    agent_events = [e for e in events if e.type in ("assigned", "transfer")]
    agent = users[agent_events[-1].agent] if agent_events else None
    queued_at = times["queued"].at if "queued" in times else None
    assigned_at = times["assigned"].at if "assigned" in times else None
    starts = [t for t in (queued_at, assigned_at) if t is not None]
    message_events = [e for e in events if e.type in MESSAGE_SENDERS]
    fields = {
        "store": store,
        "buyer": buyer,
        "agent": agent,
        "state": Session.State.CLOSED,
        "invalid_reason": times["invalid"].reason if "invalid" in times else "",
        "queued_at": queued_at,
        "assigned_at": assigned_at,
        "human_started_at": min(starts) if starts else None,
        "closed_at": times["closed"].at if "closed" in times else events[-1].at,
        "last_message_at": message_events[-1].at if message_events else None,
        "last_buyer_activity_at": max(
            (e.at for e in message_events if e.type == "buyer_message"), default=None
        ),
        "waiting_since": None,
    }
    mapping = (
        ImportedSession.objects.select_related("session")
        .filter(external_id=key)
        .first()
    )
    touched_days.update(
        stored_days(fields["human_started_at"], fields["last_message_at"])
    )
    if mapping:
        session = mapping.session
        touched_days.update(
            stored_days(session.human_started_at, session.last_message_at)
        )
        session.messages.all().delete()
        session.ratings.all().delete()
        session.assignments.all().delete()
    else:
        session = Session(**fields)
        session.save()
    messages = []
    seq = 0
    for event in message_events:
        blocked = event.verdict == Message.Verdict.BLOCK
        if not blocked:
            seq += 1
        sender = None
        if event.type == "buyer_message":
            sender = buyer
        elif event.type == "agent_message":
            sender = users[event.agent]
        messages.append(
            Message(
                session=session,
                seq=None if blocked else seq,
                sender_kind=MESSAGE_SENDERS[event.type],
                sender=sender,
                body=event.text,
                created_at=event.at,
                verdict=event.verdict,
            )
        )
    Message.objects.bulk_create(messages)
    ratings = [
        Rating(session=session, score=e.score, created_at=e.at)
        for e in events
        if e.type == "rating"
    ]
    Rating.objects.bulk_create(ratings)
    SessionAssignment.objects.bulk_create(
        SessionAssignment(
            session=session,
            agent=users[e.agent],
            kind=e.type,
            assigned_at=e.at,
        )
        for e in agent_events
    )
    Session.objects.filter(pk=session.pk).update(
        created_at=events[0].at, last_seq=seq, **fields
    )
    if not mapping:
        ImportedSession.objects.create(external_id=key, session=session)
    summary.messages += len(messages)
    summary.ratings += len(ratings)
    return mapping is None
