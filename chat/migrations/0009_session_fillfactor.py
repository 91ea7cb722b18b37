from django.db import migrations

# Every message updates its session's row (SESSION_FIELDS: last_seq,
# last_message_at, ...; no indexed column), so PostgreSQL can write the new
# version beside the old one without an entry in each of the session's eleven
# indexes (a HOT update) when the row's page has room. With full pages
# (fillfactor 100) half of the sends' updates went to another page and into
# every index; with 70, about a third fewer did (docs/operations.md). Applies
# to pages written from now on: existing rows keep their pages until rewritten.
FILLFACTOR = 70


def set_fillfactor(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"ALTER TABLE chat_session SET (fillfactor = {FILLFACTOR})"
        )


def reset_fillfactor(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE chat_session RESET (fillfactor)")


class Migration(migrations.Migration):
    dependencies = [
        ("chat", "0008_message_text_code"),
    ]

    operations = [migrations.RunPython(set_fillfactor, reset_fillfactor)]
