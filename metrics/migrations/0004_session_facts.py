import django.db.models.deletion
from django.db import migrations, models


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
    ]
