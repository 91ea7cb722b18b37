"""Test data builders: one place for every test's stores, people and sessions."""

import datetime as dt
import itertools

from django.utils import timezone

from chat.models import Membership, Message, Session, Store, User

PASSWORD = "pw-for-tests-123"
_counter = itertools.count(1)


def make_user(kind=User.Kind.BUYER, username=None, **fields):
    username = username or f"{kind}{next(_counter)}"
    user = User(
        username=username,
        kind=kind,
        nickname=fields.pop("nickname", username),
        **fields,
    )
    user.set_password(PASSWORD)
    user.save()
    return user


def make_store(slug=None, **fields):
    """A store that answers around the clock unless `opens_at`/`closes_at` say
    otherwise, so that no test depends on the time of day it runs at."""
    slug = slug or f"store-{next(_counter)}"
    fields.setdefault("opens_at", dt.time(0, 0))
    fields.setdefault("closes_at", dt.time(23, 59, 59, 999999))
    return Store.objects.create(
        slug=slug, name=fields.pop("name", slug.title()), **fields
    )


def make_member(store, role=Membership.MemberRole.AGENT, username=None, **fields):
    user = make_user(User.Kind.MERCHANT, username=username)
    Membership.objects.create(store=store, user=user, role=role, **fields)
    return user


# The shared cast of tests/conftest.py's fixtures (store A and B and their
# people), also built once a module by tests that share one world.
def store_a():
    return make_store("store-a", name="店铺A")


def store_b():
    return make_store("store-b", name="店铺B")


def buyer_1():
    return make_user(User.Kind.BUYER, "buyer-1")


def agent_a(store):
    return make_member(store, username="agent-a")


def supervisor_a(store):
    return make_member(store, Membership.MemberRole.SUPERVISOR, "super-a")


def agent_b(other_store):
    return make_member(other_store, username="agent-b")


def auditor_1():
    return make_user(User.Kind.AUDITOR, "auditor-1")


def admin_1():
    return make_user(User.Kind.ADMIN, "admin-1", is_staff=True, is_superuser=True)


def make_faq(store, keywords, answer, position=0):
    from chat.models import FaqEntry

    return FaqEntry.objects.create(
        store=store, keywords=keywords, answer=answer, position=position
    )


def make_session(store, buyer, agent=None, **fields):
    fields.setdefault("state", Session.State.ACTIVE if agent else Session.State.ROBOT)
    fields.setdefault("last_buyer_activity_at", timezone.now())
    return Session.objects.create(store=store, buyer=buyer, agent=agent, **fields)


def make_message(session, sender_kind, sender=None, body="你好", **fields):
    """A stored message as chat stores it; `seq` is the next one unless blocked."""
    verdict = fields.pop("verdict", Message.Verdict.ALLOW)
    if "seq" not in fields and verdict != Message.Verdict.BLOCK:
        session.last_seq += 1
        Session.objects.filter(pk=session.pk).update(last_seq=session.last_seq)
        fields["seq"] = session.last_seq
    return Message.objects.create(
        session=session,
        sender_kind=sender_kind,
        sender=sender,
        body=body,
        verdict=verdict,
        created_at=fields.pop("created_at", timezone.now()),
        **fields,
    )


def chatlog_event(at, type, session="s1", store="shop", buyer="b1", **extra):
    """One import_chatlog line. `at` is Shanghai local "YYYY-MM-DD HH:MM:SS"
    plus optional "+N" / "+-N" seconds shifts, unless it already carries an offset."""
    import datetime as dt

    if "T" not in at:
        import re

        base, shifts = at[:19], re.findall(r"[+-]+\d+", at[19:])
        seconds = sum(int(s.replace("+-", "-").replace("+", "")) for s in shifts)
        moment = dt.datetime.fromisoformat(base) + dt.timedelta(seconds=seconds)
        at = moment.isoformat() + "+08:00"
    if type in {"buyer_message", "agent_message", "assist_message", "robot_message"}:
        extra.setdefault("text", f"{type} {at}")
    if type == "welcome":
        extra.setdefault("text", "欢迎光临")
    return {
        "at": at,
        "session": session,
        "store": store,
        "buyer": buyer,
        "type": type,
        **extra,
    }


def write_chatlog(path, events):
    import json

    path.write_text(
        "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events),
        encoding="utf-8",
    )
    return path
