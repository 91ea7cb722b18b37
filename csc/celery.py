"""The Celery app and the one beat schedule of every periodic job."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "csc.settings")

app = Celery("csc")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

app.conf.beat_schedule = {}
