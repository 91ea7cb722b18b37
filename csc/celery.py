"""The Celery app and the one beat schedule of every periodic job."""

import os

from celery import Celery, signals
from celery.schedules import crontab

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "csc.settings")

app = Celery("csc")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@signals.worker_init.connect
def _require_screening_model(**_kwargs):
    from compliance.startup import require_screening_model

    require_screening_model()


app.conf.beat_schedule = {
    # Times are CELERY_TIMEZONE (Asia/Shanghai).
    "metrics-daily": {
        "task": "metrics.tasks.compute_daily_metrics",
        "schedule": crontab(minute=30, hour=0),
    },
    "metrics-weekly": {
        "task": "metrics.tasks.compute_weekly_metrics",
        "schedule": crontab(minute=0, hour=2, day_of_week="tue"),
    },
    "compliance-draw-daily-samples": {
        "task": "compliance.tasks.draw_daily_samples_task",
        "schedule": crontab(hour=6, minute=0),
    },
    "compliance-reevaluate-sanctions": {
        "task": "compliance.tasks.reevaluate_sanctions_task",
        "schedule": crontab(hour=0, minute=15),
    },
    "chat-close-idle-sessions": {
        "task": "chat.tasks.close_idle_sessions",
        "schedule": 60.0,
    },
    "chat-send-assist-replies": {
        "task": "chat.tasks.send_assist_replies",
        "schedule": 10.0,
    },
    "chat-assign-waiting-sessions": {
        "task": "chat.tasks.assign_waiting_sessions",
        "schedule": 15.0,
    },
}
