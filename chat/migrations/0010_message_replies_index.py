"""An index of the human replies on chat_message, for the metrics (owned by
metrics, like metrics_message_rounds_idx).

The session facts look up each counted session's first delivered human
reply, and who sent it (FIRST_RESPONSE, RESPONDER). Through
metrics_message_rounds_idx that probe walks the session's buyer and blocked
messages before the reply and reads the reply's row. This partial index
holds only the delivered human replies, ordered like the rounds index and
carrying the sender on PostgreSQL, so both lookups read one index entry.

Why not sender_id in metrics_message_rounds_idx's INCLUDE instead: the index
grew 18 % (476 -> 564 MB at 10 M messages) and PostgreSQL then planned the
day's rounds with a seq scan and an external sort instead of the index-only
scan, 4.4 -> 6.0 s of CPU (docs/metrics.md).

Built without blocking sends (CREATE INDEX CONCURRENTLY on PostgreSQL, so
this migration is not atomic). SQLite has no INCLUDE: the key alone.
"""

from django.db import migrations

NAME = "metrics_message_replies_idx"
KEY = "(session_id, created_at, seq)"
REPLIES = "verdict <> 'block' AND sender_kind IN ('agent', 'assist')"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        # An interrupted CONCURRENTLY build leaves an invalid index behind.
        schema_editor.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {NAME}")
        schema_editor.execute(
            f"CREATE INDEX CONCURRENTLY {NAME} ON chat_message {KEY} "
            f"INCLUDE (sender_kind, sender_id) WHERE {REPLIES}"
        )
    else:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {NAME} ON chat_message {KEY} WHERE {REPLIES}"
        )


def drop(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX IF EXISTS {NAME}")


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("chat", "0009_session_fillfactor"),
        ("metrics", "0002_message_rounds_index"),
    ]

    operations = [migrations.RunPython(create, drop, elidable=False)]
