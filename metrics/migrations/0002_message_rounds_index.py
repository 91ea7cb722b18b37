"""An index on chat_message for the metric queries (owned by metrics).

The rounds query reads each session's messages in (created_at, seq) order; this
index hands them over in that order, and on PostgreSQL it covers the columns
the query needs, so an index-only scan replaces a sort of every message.
"""

from django.db import migrations

NAME = "metrics_message_rounds_idx"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {NAME} ON chat_message "
            "(session_id, created_at, seq) INCLUDE (sender_kind, verdict)"
        )
    else:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {NAME} ON chat_message "
            "(session_id, created_at, seq)"
        )


def drop(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX IF EXISTS {NAME}")


class Migration(migrations.Migration):
    dependencies = [("metrics", "0001_metrics"), ("chat", "0002_phrases_faq_status_log")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
