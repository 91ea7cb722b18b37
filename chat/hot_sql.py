"""Hand-written SQL for the statements every message send runs.

Every send locks its session and needs the store (is chat open?), the buyer and
the agent; it inserts its message and updates the session. As querysets and
`save()` Django compiles these statements afresh each time: the locking read
alone (`select_related` of three tables, `select_for_update`) cost about 3 ms of
CPU on this machine, a third of a whole send. The statements are the same every
time, so they are written once per database from the models' own metadata; rows
become instances as `Model.from_db` makes them and values go through each
field's `pre_save` and `get_db_prep_save`, exactly as the ORM does. The
event-loop send's own write (`text_insert_statement`, `plain_update_statement`)
makes the same rows from the instances' plain values, its constant columns
written into the statement: the fields' methods and psycopg2's Python adapters
were a tenth of that send's CPU. `bench/chat_load.py` and `bench/send_path.py`
measure the send path this serves.
"""

import hashlib
import json
import re
from functools import cache, partial
from typing import NamedTuple

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import DEFAULT_DB_ALIAS, connection, connections, models
from django.db.models import Model
from django.db.models.base import ModelState
from django.db.models.fields.files import FileDescriptor
from django.db.models.fields.related_descriptors import ForeignKeyDeferredAttribute
from django.db.models.fields.reverse_related import ForeignObjectRel
from django.db.models.query_utils import DeferredAttribute
from django.db.models.signals import post_init, pre_init
from django.utils import timezone

from chat.models import Membership, Message, Session, Store
from compliance.rulesets import latest_revision_sql
from compliance.screening import history_select_sql, history_sql
from compliance.selectors import restriction_sql


@cache
def _fields(model) -> tuple[str, ...]:
    return tuple(field.attname for field in model._meta.concrete_fields)


@cache
def _converters(model, vendor: str) -> list[tuple[int, list, object]]:
    """(position, converters, column) for the fields whose database values need
    converting, as a queryset's compiler would (SQLite datetimes, JSON, ...)."""
    found = []
    for position, field in enumerate(model._meta.concrete_fields):
        column = field.get_col(model._meta.db_table)
        converters = connection.ops.get_db_converters(
            column
        ) + column.get_db_converters(connection)
        if converters:
            found.append((position, converters, column))
    return found


def _database():
    """This thread's connection wrapper itself: `django.db.connection` is a proxy
    that looks the wrapper up again on every attribute, and the field methods
    below read several attributes each."""
    return connections[DEFAULT_DB_ALIAS]


def _instance(model, values, database=None):
    database = database or _database()
    converting = _converters(model, database.vendor)
    if converting:
        values = list(values)
        for position, converters, column in converting:
            for converter in converters:
                values[position] = converter(values[position], column, database)
    if len(values) != len(_fields(model)) or not _plain(model):
        return model.from_db(database.alias, _fields(model), values)
    # What `from_db` makes of a whole row (`Model.__init__` with every field
    # positional: each value set as the attribute of its field, then
    # `_state`), without the call's per-field loop: a third of the time.
    instance = model.__new__(model)
    instance.__dict__.update(zip(_fields(model), values, strict=True))
    state = instance._state = ModelState()
    state.adding = False
    state.db = database.alias
    return instance


def _plain(model) -> bool:
    """Whether `Model.from_db` of a whole row only sets its attributes: neither
    the model nor a signal receiver adds to the ORM's `__init__`."""
    return (
        _plain_class(model)
        and not pre_init.has_listeners(model)
        and not post_init.has_listeners(model)
    )


@cache
def _plain_class(model) -> bool:
    """No `__init__` or `from_db` of its own, and every field's attribute set
    as `__init__` sets it: into the instance's `__dict__` (plain fields, foreign
    keys' ids and files set nothing else on an instance being built)."""
    return (
        model.__init__ is Model.__init__
        and model.from_db.__func__ is Model.from_db.__func__
        and all(
            type(model.__dict__.get(field.attname))
            in (DeferredAttribute, ForeignKeyDeferredAttribute, FileDescriptor)
            for field in model._meta.concrete_fields
        )
    )


def new_instance(model, **kwargs):
    """`model(**kwargs)`: the same new instance (the same attributes, related
    caches and state), made without `Model.__init__`'s handling of keywords
    (a `kwargs.pop` per field, an exception per field left to its default: two
    thirds of its time) when nothing adds to it. A related object given by
    name is set through its descriptor, as `__init__` sets it."""
    fields = _init_fields(model)
    if fields is None or not _plain(model):
        return model(**kwargs)
    instance = model.__new__(model)
    instance._state = ModelState()
    values = instance.__dict__
    used = 0
    for field, name, attname, related in fields:
        if related and name in kwargs:
            setattr(instance, name, kwargs[name])
            used += 1
        elif attname in kwargs:
            values[attname] = kwargs[attname]
            used += 1
        else:
            values[attname] = field.get_default()
    if used != len(kwargs):  # properties or unknown names: as the ORM does
        return model(**kwargs)
    return instance


@cache
def _init_fields(model) -> tuple | None:
    """(field, name, attname, related) of the fields `__init__` sets from
    keywords; None for a model with fields this does not handle."""
    opts = model._meta
    if list(opts.fields) != list(opts.concrete_fields) or any(
        field.column is None or field.generated for field in opts.fields
    ):
        return None
    return tuple(
        (
            field,
            field.name,
            field.attname,
            isinstance(field.remote_field, ForeignObjectRel),
        )
        for field in opts.fields
    )


def _select_list(model, alias: str) -> str:
    quote = connection.ops.quote_name
    return ", ".join(
        f"{alias}.{quote(field.column)}" for field in model._meta.concrete_fields
    )


@cache
def _session_for_send_sql(vendor: str, for_update: bool) -> str:
    quote = connection.ops.quote_name
    user = get_user_model()
    sql = (
        f"SELECT {_select_list(Session, 's')}, {_select_list(Store, 'st')}, "
        f"{_select_list(user, 'b')}, {_select_list(user, 'a')} "
        f"FROM {quote(Session._meta.db_table)} s "
        f"INNER JOIN {quote(Store._meta.db_table)} st ON st.id = s.store_id "
        f"INNER JOIN {quote(user._meta.db_table)} b ON b.id = s.buyer_id "
        f"LEFT OUTER JOIN {quote(user._meta.db_table)} a ON a.id = s.agent_id "
        "WHERE s.id = %s"
    )
    if for_update and connection.features.has_select_for_update_of:
        sql += " FOR UPDATE OF s"
    return sql


def session_with_parties(session_id: int, *, for_update: bool) -> Session | None:
    """The session with its store, buyer and agent loaded (the session row locked
    with `for_update`: call inside a transaction), or None."""
    user = get_user_model()
    sql = _session_for_send_sql(connection.vendor, for_update)
    with connection.cursor() as cursor:
        cursor.execute(sql, [session_id])
        row = cursor.fetchone()
    if row is None:
        return None
    parts, start = [], 0
    for model in (Session, Store, user, user):
        width = len(model._meta.concrete_fields)
        parts.append(row[start : start + width])
        start += width
    session = _instance(Session, parts[0])
    session.store = _instance(Store, parts[1])
    session.buyer = _instance(user, parts[2])
    session.agent = _instance(user, parts[3]) if session.agent_id is not None else None
    return session


@cache
def _active_user_sql(vendor: str) -> str:
    quote = connection.ops.quote_name
    user = get_user_model()
    return (
        f"SELECT {_select_list(user, 'u')}, {_select_list(Membership, 'm')}, "
        f"{_select_list(Store, 'st')} "
        f"FROM {quote(user._meta.db_table)} u "
        f"LEFT OUTER JOIN {quote(Membership._meta.db_table)} m ON m.user_id = u.id "
        f"LEFT OUTER JOIN {quote(Store._meta.db_table)} st ON st.id = m.store_id "
        f"WHERE u.id = %s AND u.{quote(user._meta.get_field('is_active').column)}"
        " = %s"
    )


def active_user_with_membership(user_id: int):
    """`User.objects.select_related("membership__store").filter(pk=user_id,
    is_active=True).first()` as one hand-written statement: the same instances
    with the same related caches (a merchant's membership and its store; None
    cached for a user with no membership). Compiling the queryset cost about
    as much CPU as a whole send, and a socket asks this before every database
    action (chat.consumers) and every heartbeat."""
    user_model = get_user_model()
    with connection.cursor() as cursor:
        cursor.execute(_active_user_sql(connection.vendor), [user_id, True])
        row = cursor.fetchone()
    if row is None:
        return None
    users = len(user_model._meta.concrete_fields)
    members = len(Membership._meta.concrete_fields)
    user = _instance(user_model, row[:users])
    membership_row = row[users : users + members]
    membership = None
    if membership_row[0] is not None:
        membership = _instance(Membership, membership_row)
        store = _instance(Store, row[users + members :])
        Membership._meta.get_field("store").set_cached_value(membership, store)
        Membership._meta.get_field("user").set_cached_value(membership, user)
    user_model._meta.get_field("membership").set_cached_value(user, membership)
    return user


@cache
def _insert_sql(model, vendor: str, with_pk: bool) -> tuple[str, tuple]:
    quote = connection.ops.quote_name
    fields = tuple(
        f
        for f in model._meta.concrete_fields
        if with_pk or f is not model._meta.auto_field
    )
    columns = ", ".join(quote(f.column) for f in fields)
    marks = ", ".join(["%s"] * len(fields))
    sql = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({marks})"
    if not with_pk and connection.features.can_return_columns_from_insert:
        sql += f" RETURNING {quote(model._meta.pk.column)}"
    return sql, fields


def insert_statement(instance) -> tuple[str, list]:
    """The INSERT of `instance` with the primary key it already has (allocated
    by `send_context`), as (sql, params), to be sent together with others."""
    database = _database()
    sql, fields = _insert_sql(type(instance), database.vendor, True)
    return sql, [
        f.get_db_prep_save(f.pre_save(instance, add=True), database) for f in fields
    ]


def insert(instance) -> None:
    """INSERT one new row as `instance.save(force_insert=True)` would (pre_save of
    every field, then its database value), and set its primary key. For the rows
    every send writes (its message)."""
    model = type(instance)
    sql, fields = _insert_sql(model, connection.vendor, False)
    values = [
        f.get_db_prep_save(f.pre_save(instance, add=True), connection) for f in fields
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, values)
        if connection.features.can_return_columns_from_insert:
            pk = cursor.fetchone()[0]
        else:
            pk = connection.ops.last_insert_id(
                cursor, model._meta.db_table, model._meta.pk.column
            )
    instance.pk = pk
    instance._state.adding = False
    instance._state.db = connection.alias


@cache
def _update_sql(model, vendor: str, names: tuple[str, ...]) -> tuple[str, tuple]:
    quote = connection.ops.quote_name
    fields = tuple(model._meta.get_field(name) for name in names)
    updates = ", ".join(f"{quote(f.column)} = %s" for f in fields)
    sql = (
        f"UPDATE {quote(model._meta.db_table)} SET {updates} "
        f"WHERE {quote(model._meta.pk.column)} = %s"
    )
    return sql, fields


def update_statement(instance, names) -> tuple[str, list]:
    """The UPDATE of these fields of a saved row as `save(update_fields=names)`
    would write them (auto_now fields are set by their pre_save), as (sql,
    params)."""
    database = _database()
    sql, fields = _update_sql(type(instance), database.vendor, tuple(names))
    values = [
        f.get_db_prep_save(f.pre_save(instance, add=False), database) for f in fields
    ]
    return sql, [*values, instance.pk]


def update(instance, names) -> None:
    """UPDATE these fields of a saved row as `save(update_fields=names)` would."""
    sql, params = update_statement(instance, names)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


# A person's text message has the same value in these columns every time (no
# product-written text, image or image reading): its INSERT on the event loop
# writes them as literals, not parameters.
TEXT_CONSTANTS = {
    "kind": ("'text'", Message.Kind.TEXT),
    "text_code": ("''", ""),
    "text_params": ("'{}'", {}),
    "image": ("''", ""),
    "image_reading": ("'{}'", {}),
}


@cache
def _text_insert_sql(vendor: str) -> tuple[str, tuple]:
    quote = connection.ops.quote_name
    fields = Message._meta.concrete_fields
    columns = ", ".join(quote(f.column) for f in fields)
    values = ", ".join(
        TEXT_CONSTANTS[f.attname][0] if f.attname in TEXT_CONSTANTS else "%s"
        for f in fields
    )
    sql = f"INSERT INTO {quote(Message._meta.db_table)} ({columns}) VALUES ({values})"
    return sql, tuple(
        (f, _plain_converter(f)) for f in fields if f.attname not in TEXT_CONSTANTS
    )


def _is_text(message) -> bool:
    values = message.__dict__
    return all(
        values.get(name) == value for name, (_literal, value) in TEXT_CONSTANTS.items()
    )


def text_insert_statement(message) -> tuple[str, list]:
    """PostgreSQL: `insert_statement(message)` for a person's text message, its
    constant columns written into the statement (TEXT_CONSTANTS) and the others'
    parameters made from the instance's values as psycopg2 quotes them fastest
    (texts; ints; None), without the fields' `pre_save` and `get_db_prep_save`:
    the same row. Any other message: `insert_statement`."""
    if not _is_text(message):
        return insert_statement(message)
    sql, fields = _text_insert_sql("postgresql")
    return sql, [
        _plain_value(message, field, convert, True) for field, convert in fields
    ]


def plain_update_statement(instance, names) -> tuple[str, list]:
    """PostgreSQL: `update_statement(instance, names)` with the parameters made as
    in `text_insert_statement` (a DateTimeField's auto_now set to now, on the
    instance too, as its `pre_save` does)."""
    sql, fields = _update_sql(type(instance), "postgresql", tuple(names))
    params = [
        _plain_value(instance, field, convert, False)
        for field, convert in _plain_fields(type(instance), tuple(names))
    ]
    params.append(instance.pk)
    return sql, params


def _plain_value(instance, field, convert, add: bool):
    if convert is _ORM:
        return field.get_db_prep_save(field.pre_save(instance, add), _database())
    if convert is _NOW:
        value = timezone.now()
        setattr(instance, field.attname, value)
        return value.isoformat()
    value = instance.__dict__[field.attname]
    return value if convert is None else convert(value)


@cache
def _plain_fields(model, names: tuple[str, ...]) -> tuple:
    fields = _update_sql(model, "postgresql", names)[1]
    return tuple((field, _plain_converter(field, update=True)) for field in fields)


_ORM = object()  # the field's own pre_save and get_db_prep_save
_NOW = object()  # a DateTimeField's auto_now on update


def _plain_converter(field, update: bool = False):
    """How a field's value becomes the parameter PostgreSQL stores as the ORM's
    would be stored (None: as it is)."""
    if isinstance(field, models.DateTimeField):
        if field.auto_now_add or (field.auto_now and not update):
            return _ORM
        if field.auto_now:
            return _NOW if settings.USE_TZ else _ORM
        return partial(_timestamp, field=field)
    if isinstance(field, models.UUIDField):
        return _uuid_text
    if isinstance(field, models.JSONField) and field.encoder is None:
        return _json_text
    if type(field) is models.ForeignKey:
        # Its value is the related row's key: an integer key as it is.
        simple = isinstance(field.target_field, models.IntegerField)
        return None if simple else _ORM
    if (
        isinstance(field, (models.IntegerField, models.CharField, models.TextField))
        and type(field).pre_save is models.Field.pre_save
        and type(field).get_db_prep_save is models.Field.get_db_prep_save
    ):
        return None
    return _ORM


def _timestamp(value, field=None):
    """An aware datetime as its ISO text (what PostgreSQL reads back to the same
    timestamptz; psycopg2's datetime adapter costs three times as much). A
    naive one as `field` prepares it (the ORM warns and makes it aware), or
    as it is without a field (`adapt_datetimefield_value` on PostgreSQL)."""
    if value is None or isinstance(value, str):
        return value
    if value.tzinfo is None:
        return value if field is None else field.get_db_prep_save(value, _database())
    return value.isoformat()


def _uuid_text(value):
    return None if value is None else str(value)


def _json_text(value):
    """JSON text, as Django's Jsonb adapter writes it (json.dumps); None is SQL
    NULL, as JSONField.get_db_prep_save keeps it."""
    if value is None:
        return None
    if value == []:
        return "[]"
    return json.dumps(value)


@cache
def _send_context_sql(vendor: str) -> str:
    quote = connection.ops.quote_name
    table = quote(Session._meta.db_table)
    return (
        f"SELECT {_select_list(Session, 's')}, st.{quote('status')}, "
        # Whether the locked row is the one the statement's snapshot sees: when
        # another send committed while this one waited for the lock, the
        # subqueries below (read in that snapshot) miss its message.
        f"s.xmin = (SELECT f.xmin FROM {table} f WHERE f.id = s.id), "
        f"{restriction_sql('%s', '%s')}, "
        f"{history_sql('s.id')}, "
        f"nextval(pg_get_serial_sequence('{Message._meta.db_table}', "
        f"'{Message._meta.pk.column}')), "
        # The sender as the database has them now: active, their store and role.
        "u.is_active, m.store_id, m.role, "
        # A message this sender already sent with this client_msg_id.
        f"(SELECT r.id FROM {quote(Message._meta.db_table)} r "
        "WHERE r.sender_id = u.id AND r.client_msg_id = %s::uuid), "
        # The newest rule-set revision: the send confirms the compiled rules.
        f"{latest_revision_sql()} "
        f"FROM {table} s "
        f"INNER JOIN {quote(Store._meta.db_table)} st ON st.id = s.store_id "
        f"LEFT OUTER JOIN {quote(get_user_model()._meta.db_table)} u ON u.id = %s "
        f"LEFT OUTER JOIN {quote(Membership._meta.db_table)} m ON m.user_id = u.id "
        "WHERE s.id = %s FOR UPDATE OF s"
    )


def send_context_statement(
    session_id: int, user_id: int, client_msg_id, now
) -> tuple[str, list]:
    """PostgreSQL: one statement that locks the session and reads what a text send
    needs: the session, its store's status, whether its row is the one the
    statement's snapshot saw, whether the user is restricted at `now`, the
    screening history, an id for the message, the sender's account and
    membership as they are now, the id of a message they already sent with
    `client_msg_id`, and the newest rule-set revision. Read with
    `send_context`."""
    now = _timestamp(now)
    return _send_context_sql("postgresql"), [
        user_id,
        now,
        now,
        client_msg_id if isinstance(client_msg_id, str) else str(client_msg_id),
        user_id,
        session_id,
    ]


def history_statement(session_id: int) -> tuple[str, list]:
    """The screening history of a session read again after its lock (when the
    send context's snapshot predates the lock)."""
    return history_select_sql(connection.vendor), [session_id]


def send_context(row) -> tuple:
    """(session, store status, fresh, restricted, history, message id, sender
    active, sender's store id, sender's store role, id of the message already
    sent with the client_msg_id, newest rule-set revision) of a row of
    `send_context_statement`."""
    width = len(_fields(Session))
    session = _instance(Session, row[:width], connections[DEFAULT_DB_ALIAS])
    return (session, *row[width:])


class Prepared(NamedTuple):
    name: str
    prepare: str  # PREPARE name AS the statement, run once per connection
    execute: str  # EXECUTE name (%s, ...), run with the statement's params


def prepared_statement(sql: str, params: list) -> Prepared | None:
    """PostgreSQL: `sql` (with `%s` placeholders) as a statement prepared once per
    connection, so that PostgreSQL does not plan it again on every send; None
    when CHAT_PREPARED_STATEMENTS is off (poolers that do not keep a session's
    prepared statements)."""
    if not settings.CHAT_PREPARED_STATEMENTS:
        return None
    found = _prepared.get(sql)
    if found is None:
        # Named by the statement's text, so that threads preparing at once
        # agree (a count of the statements known gave two statements one name).
        name = "csc_hot_" + hashlib.sha1(sql.encode()).hexdigest()[:16]
        numbered = iter(range(1, len(params) + 1))
        found = _prepared[sql] = Prepared(
            name,
            f"PREPARE {name} AS " + re.sub(r"%s", lambda _: f"${next(numbered)}", sql),
            f"EXECUTE {name} ({', '.join(['%s'] * len(params))})",
        )
    return found


_prepared: dict[str, Prepared] = {}
