"""Hand-written SQL for the one read every message send makes.

Every send locks its session and needs the store (is chat open?), the buyer and
the agent. As a queryset (`select_related` of three tables, `select_for_update`)
Django compiles that statement afresh each time, about 3 ms of CPU on this
machine: a third of a whole send. The statement is the same every time, so it is
written once per database from the models' own metadata and the rows are turned
into model instances with `Model.from_db`, exactly as a queryset would.
`bench/chat_load.py` measures the send path this serves.
"""

from functools import cache

from django.contrib.auth import get_user_model
from django.db import connection

from chat.models import Session, Store


def _fields(model) -> list[str]:
    return [field.attname for field in model._meta.concrete_fields]


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


def _instance(model, values):
    values = list(values)
    for position, converters, column in _converters(model, connection.vendor):
        for converter in converters:
            values[position] = converter(values[position], column, connection)
    return model.from_db(connection.alias, _fields(model), values)


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
