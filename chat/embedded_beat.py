"""The beat schedule run inside the web process, for the embedded mode only.

With no REDIS_URL there is no broker, no worker and no beat: Celery runs tasks
eagerly when they are called. Periodic jobs (idle close, assist replies, the
assignment sweep, nightly metrics, sampling) would then never run, so the
embedded server ticks the one schedule itself. The Celery app is the current
one (csc/celery.py makes it when the project loads): an app never imports the
project's wiring.
"""

import logging
import threading

from celery import current_app as app
from celery.schedules import maybe_schedule
from django.db import close_old_connections, connections

logger = logging.getLogger(__name__)


class EmbeddedBeat(threading.Thread):
    def __init__(self, schedule: dict, tick_seconds: float = 1.0):
        super().__init__(name="csc-embedded-beat", daemon=True)
        self.tick_seconds = tick_seconds
        self.stopped = threading.Event()
        app.loader.import_default_modules()  # registers every app's tasks
        self.entries = []
        for name, entry in schedule.items():
            timing = maybe_schedule(entry["schedule"], app=app)
            self.entries.append([name, entry["task"], timing, timing.now()])

    def run(self):
        try:
            while not self.stopped.wait(self.tick_seconds):
                for entry in self.entries:
                    name, task, timing, last_run = entry
                    due, _next = timing.is_due(last_run)
                    if due:
                        entry[3] = timing.now()
                        self.run_task(name, task)
        finally:
            connections.close_all()

    def run_task(self, name: str, task: str):
        close_old_connections()
        try:
            app.tasks[task].apply(throw=True)
        except Exception:
            logger.exception("periodic job %s failed", name)
        finally:
            close_old_connections()

    def stop(self):
        self.stopped.set()


def start_embedded_beat() -> EmbeddedBeat:
    beat = EmbeddedBeat(app.conf.beat_schedule)
    beat.start()
    return beat
