"""Test data builders: one place for every test's stores, people and sessions."""

import itertools

from chat.models import Membership, Store, User

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
    slug = slug or f"store-{next(_counter)}"
    return Store.objects.create(
        slug=slug, name=fields.pop("name", slug.title()), **fields
    )


def make_member(store, role=Membership.MemberRole.AGENT, username=None, **fields):
    user = make_user(User.Kind.MERCHANT, username=username)
    Membership.objects.create(store=store, user=user, role=role, **fields)
    return user


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
    return {"at": at, "session": session, "store": store, "buyer": buyer,
            "type": type, **extra}


def write_chatlog(path, events):
    import json

    path.write_text(
        "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events),
        encoding="utf-8",
    )
    return path


def make_faq(store, keywords, answer, position=0):
    from chat.models import FaqEntry

    return FaqEntry.objects.create(
        store=store, keywords=keywords, answer=answer, position=position
    )


def make_session(store, buyer, **fields):
    from django.utils import timezone

    from chat.models import Session

    fields.setdefault("last_buyer_activity_at", timezone.now())
    return Session.objects.create(store=store, buyer=buyer, **fields)
