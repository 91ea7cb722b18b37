"""A Celery worker killed in the middle of the weekly metrics job, then a re-run."""

import io
import os
import sys
import time
import uuid

import pytest
from celery import Celery
from django.core.management import call_command

from chat.models import Store
from compliance.ledger import verify_chain
from compliance.models import PenaltyEntry
from metrics.models import MetricResult
from metrics.tasks import compute_weekly_metrics
from tests.factories import chatlog_event as ev
from tests.factories import write_chatlog
from tests.live_servers import ROOT, Process, database_url

pytestmark = pytest.mark.e2e
STORES = 150
WEEK = "2026-03-02"


def start_worker(redis_url, queue):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "csc.settings",
        "DATABASE_URL": database_url(),
        "REDIS_URL": redis_url,
        "PYTHONPATH": os.pathsep.join(
            filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")])
        ),
        "LOG_LEVEL": "WARNING",
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    args = [sys.executable, "-m", "celery", "-A", "csc", "worker", "--pool=solo"]
    args += ["-Q", queue, "--loglevel=WARNING", "--without-gossip"]
    args += ["--without-mingle", "--without-heartbeat"]
    return Process(args, env, log_name=f"celery-{queue}").start()


def snapshot():
    """Every stored weekly result, without the moment it was computed."""
    rows = MetricResult.objects.filter(period="week").order_by("store__slug")
    return [
        {
            k: v
            for k, v in row.__dict__.items()
            if k not in {"_state", "id", "computed_at"}
        }
        for row in rows
    ]


@pytest.fixture
def slow_stores(transactional_db, tmp_path):
    """Many stores that each fail the week: enough work to be caught half done."""
    events = []
    for n in range(STORES):
        session, store = f"s{n}", f"shop{n:03d}"
        events += [
            ev("2026-03-03 10:00:00", "assigned", session, store=store, agent=f"a{n}"),
            ev("2026-03-03 10:00:10", "buyer_message", session, store=store),
            ev(
                "2026-03-03 10:06:10",
                "agent_message",
                session,
                store=store,
                agent=f"a{n}",
            ),
        ]
    path = write_chatlog(tmp_path / "week.jsonl", events)
    call_command("import_chatlog", str(path), stdout=io.StringIO())
    assert Store.objects.count() == STORES


def test_weekly_job_killed_midway_reruns_to_the_same_result_without_double_fines(
    slow_stores, private_redis
):
    queue = f"faults-{uuid.uuid4().hex[:8]}"
    sender = Celery(
        "faults-sender", broker=private_redis.url, backend=private_redis.url
    )
    worker = start_worker(private_redis.url, queue)
    try:
        sender.send_task(
            "metrics.tasks.compute_weekly_metrics", args=[WEEK], queue=queue
        )
        deadline = time.monotonic() + 60
        while PenaltyEntry.objects.count() == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        worker.kill()
    finally:
        worker.stop()
    fined_when_killed = PenaltyEntry.objects.count()

    second = start_worker(private_redis.url, queue)
    try:
        summary = sender.send_task(
            "metrics.tasks.compute_weekly_metrics", args=[WEEK], queue=queue
        ).get(timeout=120)
    finally:
        second.stop()
    after_rerun = snapshot()
    entries = list(PenaltyEntry.objects.values_list("dedupe_key", flat=True))

    # A third, uninterrupted run in this process changes nothing.
    assert compute_weekly_metrics(WEEK) == summary
    assert snapshot() == after_rerun

    failed = [
        m
        for r in MetricResult.objects.filter(period="week")
        for m in r.failed_metrics()
    ]
    assert summary["stores"] == STORES
    assert len(summary["failed"]) == STORES
    assert 0 < fined_when_killed < len(failed)
    assert len(entries) == len(set(entries)) == len(failed) == 2 * STORES
    assert PenaltyEntry.objects.count() == 2 * STORES
    assert verify_chain() == []
