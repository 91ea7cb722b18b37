"""The embedded server runs the beat schedule in-process (no broker, no worker)."""

import datetime as dt
import time

import pytest
from django.utils import timezone

from chat.embedded_beat import EmbeddedBeat
from chat.models import Session
from csc.celery import app
from tests import factories


@pytest.mark.django_db(transaction=True)
def test_embedded_beat_runs_a_periodic_job_on_its_interval(store, buyer, agent):
    idle = factories.make_session(
        store,
        buyer,
        agent=agent,
        last_buyer_activity_at=timezone.now() - dt.timedelta(minutes=31),
    )
    beat = EmbeddedBeat(
        {"idle": {"task": "chat.tasks.close_idle_sessions", "schedule": 0.2}},
        tick_seconds=0.05,
    )
    beat.start()
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if Session.objects.get(pk=idle.pk).state == Session.State.CLOSED:
                break
            time.sleep(0.1)
    finally:
        beat.stop()
        beat.join(timeout=5)
    assert Session.objects.get(pk=idle.pk).state == Session.State.CLOSED
    assert not beat.is_alive()


def test_embedded_beat_knows_every_job_of_the_one_schedule():
    app.loader.import_default_modules()
    beat = EmbeddedBeat(app.conf.beat_schedule)
    assert {task for _name, task, _timing, _last in beat.entries} == {
        entry["task"] for entry in app.conf.beat_schedule.values()
    }
    assert all(task in app.tasks for _name, task, _timing, _last in beat.entries)
