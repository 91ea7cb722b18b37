import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def backfill(apps, schema_editor):
    # Sessions assigned before the history existed: their one known
    # assignment (the current agent at the first assignment's time).
    schema_editor.execute(
        "INSERT INTO chat_sessionassignment (session_id, agent_id, kind, assigned_at)"
        " SELECT id, agent_id, 'assigned', assigned_at FROM chat_session"
        " WHERE agent_id IS NOT NULL AND assigned_at IS NOT NULL"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("chat", "0006_message_model_version"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="SessionAssignment",
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
                (
                    "kind",
                    models.CharField(
                        choices=[("assigned", "分配"), ("transfer", "转接")],
                        max_length=16,
                    ),
                ),
                ("assigned_at", models.DateTimeField()),
                (
                    "agent",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "session",
                    models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="assignments",
                        to="chat.session",
                    ),
                ),
            ],
            options={
                "indexes": [
                    models.Index(
                        fields=["session", "assigned_at", "id"],
                        name="session_assignment_order_idx",
                    )
                ],
            },
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
    ]
