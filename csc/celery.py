"""The Celery app and the one beat schedule of every periodic job."""

import os

from celery import Celery
from celery.schedules import crontab

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "csc.settings")

app = Celery("csc")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

app.conf.beat_schedule = {}
app.conf.beat_schedule.update(
    {
        "compliance-draw-daily-samples": {
            "task": "compliance.tasks.draw_daily_samples_task",
            "schedule": crontab(hour=6, minute=0),
        },
        "compliance-reevaluate-sanctions": {
            "task": "compliance.tasks.reevaluate_sanctions_task",
            "schedule": crontab(hour=0, minute=15),
        },
    }
)
