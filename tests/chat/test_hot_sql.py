"""chat.hot_sql: the send path's hand-written statements load and store exactly what
the ORM would."""

import datetime as dt
import uuid

import pytest
from django.db import transaction
from django.forms.models import model_to_dict
from django.utils import timezone

from chat import hot_sql, selectors
from chat.models import Message, Session, User
from tests import factories

pytestmark = pytest.mark.django_db


def test_session_with_parties_matches_the_orm(store, buyer, agent):
    session = factories.make_session(store, buyer, agent=agent, state="active")
    loaded = hot_sql.session_with_parties(session.pk, for_update=False)
    orm = Session.objects.select_related("store", "buyer", "agent").get(pk=session.pk)
    assert model_to_dict(loaded) == model_to_dict(orm)
    assert model_to_dict(loaded.store) == model_to_dict(orm.store)
    assert model_to_dict(loaded.buyer) == model_to_dict(orm.buyer)
    assert model_to_dict(loaded.agent) == model_to_dict(orm.agent)
    assert loaded.created_at == orm.created_at and loaded.created_at.tzinfo
    assert loaded._state.adding is False


def _fields(instance):
    return {
        f.attname: getattr(instance, f.attname)
        for f in type(instance)._meta.concrete_fields
    }


def test_active_user_matches_the_orm_with_its_related_caches(
    store, buyer, agent, django_assert_num_queries
):
    """What chat.selectors.current_user answered as a queryset: the user with
    membership and store cached (None cached for a buyer), None for an
    inactive or unknown user."""
    for user in (buyer, agent):
        orm = (
            User.objects.select_related("membership__store")
            .filter(pk=user.pk, is_active=True)
            .first()
        )
        with django_assert_num_queries(1):
            loaded = hot_sql.active_user_with_membership(user.pk)
            assert _fields(loaded) == _fields(orm)
            assert loaded._state.adding is False and loaded._state.db == "default"
            assert loaded.last_login == orm.last_login
            assert selectors.chat_identity(loaded) == selectors.chat_identity(orm)
            membership = selectors.membership_of(loaded)
            if orm.kind == User.Kind.MERCHANT:
                assert _fields(membership) == _fields(orm.membership)
                assert _fields(membership.store) == _fields(orm.membership.store)
                assert membership.user is loaded
            else:
                assert membership is None
    User.objects.filter(pk=agent.pk).update(is_active=False)
    assert hot_sql.active_user_with_membership(agent.pk) is None
    assert hot_sql.active_user_with_membership(10**9) is None


def test_session_without_agent_and_unknown_ids(store, buyer):
    session = factories.make_session(store, buyer)
    with transaction.atomic():
        loaded = hot_sql.session_with_parties(session.pk, for_update=True)
    assert loaded.agent is None and loaded.agent_id is None
    assert hot_sql.session_with_parties(session.pk + 1000, for_update=False) is None


def test_insert_stores_every_field_and_sets_the_key(store, buyer, agent):
    session = factories.make_session(store, buyer, agent=agent, state="active")
    client_id = uuid.uuid4()
    message = Message(
        session=session,
        seq=1,
        sender_kind="buyer",
        sender=buyer,
        client_msg_id=client_id,
        body="加我 vx 123",
        created_at=timezone.now(),
        verdict="mask",
        masked_body="加我 ** ***",
        violations=[{"rule": "contact.wechat", "start": 3, "end": 5}],
        ruleset_version="v9",
    )
    hot_sql.insert(message)
    assert message.pk is not None and message._state.adding is False
    stored = Message.objects.get(pk=message.pk)
    assert model_to_dict(stored) == model_to_dict(message)
    assert stored.violations == [{"rule": "contact.wechat", "start": 3, "end": 5}]
    assert stored.client_msg_id == client_id


def test_update_writes_the_named_fields_and_auto_now(store, buyer, agent):
    session = factories.make_session(store, buyer, agent=agent, state="active")
    before = Session.objects.get(pk=session.pk).updated_at
    session.last_seq = 7
    session.waiting_since = timezone.now() - dt.timedelta(seconds=5)
    session.state = "closed"  # not named: must not be written
    hot_sql.update(session, ["last_seq", "waiting_since", "updated_at"])
    stored = Session.objects.get(pk=session.pk)
    assert (stored.last_seq, stored.waiting_since) == (7, session.waiting_since)
    assert stored.state == "active"
    assert stored.updated_at == session.updated_at > before
