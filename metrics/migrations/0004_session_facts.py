import django.db.models.deletion
from django.db import migrations, models

RATINGS_INDEX = "metrics_rating_last_idx"


def create_indexes(apps, schema_editor):
    # LAST_RATINGS reads each session's ratings newest first: from this index
    # alone on PostgreSQL (it covers the score), without touching the table.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {RATINGS_INDEX} ON chat_rating"
            " (session_id, created_at, id) INCLUDE (score)"
        )
        # Room on each page, so that a new last rating is written in place
        # (a HOT update) instead of into every index of the table.
        schema_editor.execute(
            "ALTER TABLE metrics_sessionfacts SET (fillfactor = 90)"
        )
    else:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {RATINGS_INDEX} ON chat_rating"
            " (session_id, created_at, id, score)"
        )


def drop_indexes(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX IF EXISTS {RATINGS_INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("chat", "0002_phrases_faq_status_log"),
        ("metrics", "0003_stored_day_rounds"),
    ]

    operations = [
        migrations.RenameModel(old_name="RoundsDay", new_name="StoredDay"),
        migrations.AddField(
            model_name="storedday",
            name="ratings_seen",
            field=models.BigIntegerField(default=0),
        ),
        # Days stored before session facts existed have none: store them again.
        migrations.RunSQL(
            "UPDATE metrics_storedday SET current = FALSE",
            migrations.RunSQL.noop,
        ),
        migrations.CreateModel(
            name="SessionFacts",
            fields=[
                (
                    "session",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to="chat.session",
                    ),
                ),
                ("day", models.DateField()),
                ("counted", models.PositiveSmallIntegerField()),
                ("not_assigned_in_time", models.PositiveSmallIntegerField()),
                ("no_reply_after_assignment", models.PositiveSmallIntegerField()),
                ("last_round_unanswered", models.PositiveSmallIntegerField()),
                ("last_rating", models.PositiveSmallIntegerField(blank=True, null=True)),
                ("final", models.BooleanField()),
                (
                    "store",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="chat.store",
                    ),
                ),
            ],
            options={
                "indexes": [
                    models.Index(fields=["day"], name="session_facts_day_idx"),
                    models.Index(
                        condition=models.Q(("final", False)),
                        fields=["day"],
                        name="session_facts_open_idx",
                    ),
                ],
            },
        ),
        migrations.CreateModel(
            name="StoreDayTotals",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                ("day", models.DateField()),
                ("rounds", models.BigIntegerField(db_default=0)),
                ("total_wait_ms", models.BigIntegerField(db_default=0)),
                ("within_3min", models.BigIntegerField(db_default=0)),
                ("within_30s", models.BigIntegerField(db_default=0)),
                ("sessions", models.BigIntegerField(db_default=0)),
                ("no_service", models.BigIntegerField(db_default=0)),
                ("rated", models.BigIntegerField(db_default=0)),
                ("dissatisfied", models.BigIntegerField(db_default=0)),
                (
                    "store",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="chat.store",
                    ),
                ),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=("day", "store"), name="store_day_totals_once"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="ExcludedSession",
            fields=[
                (
                    "session",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to="chat.session",
                    ),
                ),
            ],
        ),
        migrations.RunPython(create_indexes, drop_indexes, elidable=False),
    ]
