"""What the message table's indexes are: each serves a query, none repeats another."""

from django.db import connection

from chat.models import Message


def message_indexes():
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(
            cursor, Message._meta.db_table
        )
    return {
        name: tuple(info["columns"])
        for name, info in constraints.items()
        if info["index"] or info["unique"]
    }


def test_session_has_no_index_of_its_own_beside_the_unique_session_seq(db):
    indexes = message_indexes()
    assert ("session_id",) not in indexes.values()
    assert ("session_id", "seq") in indexes.values()


def test_sender_keeps_its_index_as_the_sender_client_id_one_is_partial(db):
    indexes = message_indexes()
    assert ("sender_id",) in indexes.values()
    assert ("sender_id", "client_msg_id") in indexes.values()
