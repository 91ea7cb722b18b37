"""The session row every send updates: room on its page (fillfactor) and no
indexed column among the fields a send writes, so that PostgreSQL updates it
without new index entries (a HOT update)."""

import pytest
from django.db import connection
from django.utils import timezone

from chat import hot_sql
from chat.actions.messages import SESSION_FIELDS
from chat.models import Session
from tests import factories

pytestmark = pytest.mark.django_db


def _relation_options() -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT reloptions FROM pg_class WHERE oid = %s::regclass",
            [Session._meta.db_table],
        )
        return cursor.fetchone()[0] or []


def _indexed_columns() -> set[str]:
    """Every column an index of the session table reads: its keys, included
    columns, expressions and predicate."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT a.attname FROM pg_index i"
            " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum > 0"
            " WHERE i.indrelid = %s::regclass AND ("
            "  a.attnum = ANY (i.indkey)"
            "  OR pg_get_expr(i.indexprs, i.indrelid) ~ ('\\m' || a.attname || '\\M')"
            "  OR pg_get_expr(i.indpred, i.indrelid) ~ ('\\m' || a.attname || '\\M'))",
            [Session._meta.db_table],
        )
        return {row[0] for row in cursor.fetchall()}


def test_session_pages_keep_room_for_updated_rows():
    assert "fillfactor=70" in _relation_options()


def test_no_field_a_send_writes_is_indexed():
    columns = {Session._meta.get_field(name).column for name in SESSION_FIELDS}
    indexed = _indexed_columns()
    assert {"id", "store_id", "state"} <= indexed  # the query reads real indexes
    assert not columns & indexed


def _updates() -> tuple[int, int]:
    """This transaction's updates of session rows: all, and HOT ones."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_stat_get_xact_tuples_updated(%s::regclass),"
            " pg_stat_get_xact_tuples_hot_updated(%s::regclass)",
            [Session._meta.db_table] * 2,
        )
        return cursor.fetchone()


def test_a_sends_session_update_adds_no_index_entries(store, buyer, agent):
    session = factories.make_session(store, buyer, agent=agent, state="active")
    updated, hot = _updates()
    for n in range(1, 6):
        session.last_seq = n
        session.last_message_at = session.last_buyer_activity_at = timezone.now()
        session.waiting_since = session.last_message_at
        hot_sql.update(session, SESSION_FIELDS)
    assert _updates() == (updated + 5, hot + 5)
