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
