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


def _sent(session, sender, **screening):
    """A person's text message as the send decision makes it (unsaved)."""
    from chat.actions.messages import new_message
    from compliance.screening import ScreeningResult

    return new_message(
        session,
        sender_kind="buyer",
        sender=sender,
        body="加我 vx 123 'quoted' \\ back",
        kind=Message.Kind.TEXT,
        client_msg_id=uuid.uuid4(),
        screening=ScreeningResult(version="v9", model_version="m1", **screening),
        now=timezone.now(),
    )


def _next_id():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT nextval(pg_get_serial_sequence('chat_message', 'id'))")
        return cursor.fetchone()[0]


def _execute(statement):
    from django.db import connection

    sql, params = statement
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


@pytest.mark.parametrize(
    "screening",
    [
        {"action": "allow"},
        {
            "action": "mask",
            "masked_text": "加我 ** ***",
            "violations": [{"rule": "contact.wechat", "start": 3, "end": 5}],
        },
        {"action": "block", "violations": [{"rule": "abuse.x", "match": "它's"}]},
    ],
)
def test_text_insert_stores_what_the_general_insert_stores(
    store, buyer, agent, screening
):
    """The event-loop send's INSERT (constant columns as literals, parameters
    from the plain values) and the ORM-prepared one store the same row."""
    session = factories.make_session(store, buyer, agent=agent, state="active")
    rows = []
    for statement in (hot_sql.insert_statement, hot_sql.text_insert_statement):
        message = _sent(session, buyer, **screening)
        message.pk = _next_id()
        _execute(statement(message))
        rows.append(Message.objects.get(pk=message.pk))
    general, text = (model_to_dict(row) for row in rows)
    for varying in ("id", "client_msg_id", "seq", "created_at"):
        general.pop(varying), text.pop(varying)
    assert text == general
    assert text["violations"] == screening.get("violations", [])
    assert rows[1].created_at == rows[1].created_at.astimezone(dt.UTC)
    sql, params = hot_sql.text_insert_statement(_sent(session, buyer, action="allow"))
    assert len(params) == 13 and "'{}'" in sql


def test_text_insert_leaves_other_messages_to_the_general_insert(store, buyer):
    session = factories.make_session(store, buyer, state="active")
    message = _sent(session, buyer, action="allow")
    message.text_code, message.text_params = "robot.hello", {"name": "x"}
    sql, params = hot_sql.text_insert_statement(message)
    assert sql == hot_sql.insert_statement(message)[0]
    assert len(params) == len(Message._meta.concrete_fields)


def test_plain_update_writes_what_the_general_update_writes(store, buyer, agent):
    session = factories.make_session(store, buyer, agent=agent, state="active")
    names = ["last_seq", "last_message_at", "waiting_since", "updated_at"]
    stored = []
    for statement in (hot_sql.update_statement, hot_sql.plain_update_statement):
        session.last_seq += 3
        session.last_message_at = timezone.now() - dt.timedelta(seconds=3)
        session.waiting_since = None if stored else timezone.now()
        before = session.updated_at
        _execute(statement(session, names))
        assert session.updated_at > before  # auto_now, on the instance too
        reloaded = Session.objects.get(pk=session.pk)
        assert [getattr(reloaded, name) for name in names] == [
            getattr(session, name) for name in names
        ]
        stored.append(reloaded)
    assert stored[1].state == "active"


def test_a_row_instance_is_what_from_db_makes(store, buyer, agent):
    session = factories.make_session(store, buyer, agent=agent, state="active")
    row = Session.objects.filter(pk=session.pk).values_list(
        *[f.attname for f in Session._meta.concrete_fields]
    )[0]
    fast = hot_sql._instance(Session, row)
    orm = Session.from_db("default", hot_sql._fields(Session), row)
    assert fast.__dict__.keys() == orm.__dict__.keys()
    assert _fields(fast) == _fields(orm)
    assert (fast._state.adding, fast._state.db) == (False, "default")
    assert fast.store == store and fast.buyer == buyer  # relations load as usual


@pytest.mark.parametrize("with_sender", [True, False])
def test_a_new_instance_is_what_the_model_makes(store, buyer, agent, with_sender):
    """new_instance(Message, ...) and Message(...): the same attributes,
    related caches and state, for related objects given by instance or id."""
    session = factories.make_session(store, buyer, agent=agent, state="active")
    now = timezone.now()
    client_id = uuid.uuid4()

    def made(build):
        return build(
            Message,
            session=session,
            seq=3,
            sender_kind="buyer",
            sender=buyer if with_sender else None,
            client_msg_id=client_id,
            kind=Message.Kind.TEXT,
            body="你好",
            created_at=now,
            verdict="allow",
            masked_body="",
            violations=[],
            ruleset_version="v1",
            model_version="m1",
            image_reading={},
        )

    fast, orm = made(hot_sql.new_instance), made(lambda model, **kw: model(**kw))
    assert {k: v for k, v in fast.__dict__.items() if k != "_state"} == {
        k: v for k, v in orm.__dict__.items() if k != "_state"
    }
    assert fast.__dict__.keys() == orm.__dict__.keys()
    assert (fast._state.adding, fast._state.db) == (orm._state.adding, orm._state.db)
    assert fast._state.fields_cache == orm._state.fields_cache
    assert fast.session is session and fast.text_params == {} == orm.text_params
    assert fast.text_params is not orm.text_params  # each its own default
    by_id = hot_sql.new_instance(Message, session_id=session.pk, body="x")
    assert (by_id.session_id, by_id.sender_id, by_id.body) == (session.pk, None, "x")
    assert by_id.session == session  # loaded on use, as usual
    with pytest.raises(TypeError):  # what the model says of unknown names
        hot_sql.new_instance(Message, no_such_field=1)


def test_fields_with_methods_of_their_own_keep_them_in_the_plain_statements():
    """Only fields whose value is stored as it is skip the ORM's methods; a
    file, an auto_now_add and a date's auto_now go through them."""
    from django.db import models

    from chat.models import Store

    converter = hot_sql._plain_converter
    assert converter(Message._meta.get_field("image")) is hot_sql._ORM
    assert converter(Session._meta.get_field("created_at")) is hot_sql._ORM
    updated = Session._meta.get_field("updated_at")
    assert converter(updated, update=True) is hot_sql._NOW
    assert converter(updated) is hot_sql._ORM  # on insert: its pre_save
    assert converter(models.DateField(auto_now=True), update=True) is hot_sql._ORM
    assert converter(Message._meta.get_field("body")) is None
    assert converter(Message._meta.get_field("session")) is None
    assert converter(Store._meta.get_field("opens_at")) is hot_sql._ORM
    violations = Message._meta.get_field("violations")
    assert converter(violations)(None) == violations.get_db_prep_save(None, None)
