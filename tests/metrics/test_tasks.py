"""The weekly job run by a real Celery worker process against the test database."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.utils.translation import override

from chat.models import Notice, Store
from compliance.ledger import entry_reason
from compliance.models import PenaltyEntry
from csc.celery import app
from metrics.models import MetricResult
from tests.factories import chatlog_event as ev

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def worker_queue(transactional_db):
    db = connection.settings_dict
    queue = f"metrics-test-{uuid.uuid4().hex[:10]}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "csc.settings",
        "DATABASE_URL": (
            f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
        ),
        "REDIS_URL": settings.REDIS_URL,
        "PYTHONPATH": os.pathsep.join(
            filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")])
        ),
    }
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "csc",
            "worker",
            "--pool=solo",
            "-Q",
            queue,
            "--loglevel=WARNING",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ],
        cwd=ROOT,
        env=env,
    )
    yield queue
    worker.terminate()
    try:
        worker.wait(timeout=20)
    except subprocess.TimeoutExpired:
        worker.kill()
        worker.wait()


@pytest.fixture
def sending_only():
    """This process only sends; the real worker runs the task."""
    eager = app.conf.task_always_eager
    app.conf.task_always_eager = False
    yield
    app.conf.task_always_eager = eager


@pytest.mark.process
def test_weekly_job_in_a_worker_stores_results_and_fines_once(
    worker_queue, import_events, sending_only
):
    import_events(
        [
            ev("2026-03-03 10:00:00", "assigned", "slow", agent="a1"),
            ev("2026-03-03 10:00:10", "buyer_message", "slow"),
            ev("2026-03-03 10:05:10", "agent_message", "slow", agent="a1"),
        ]
    )

    for _attempt in range(2):
        summary = app.send_task(
            "metrics.tasks.compute_weekly_metrics",
            args=["2026-03-02"],
            queue=worker_queue,
        ).get(timeout=90)

    assert summary == {
        "period": "week",
        "start": "2026-03-02",
        "stores": 1,
        "failed": ["shop"],
    }
    shop = Store.objects.get(slug="shop")
    result = MetricResult.objects.get(store=shop, period="week")
    assert (result.rounds, result.total_wait_seconds) == (1, 300)
    assert sorted(PenaltyEntry.objects.values_list("metric", flat=True)) == [
        "avg_response",
        "reply_3min",
    ]
    assert Notice.objects.filter(store=shop, source="metrics").count() == 2
    # The product's reasons read in each reader's language, whatever the
    # worker's language was.
    entry = PenaltyEntry.objects.get(metric="reply_3min")
    assert entry.reason.startswith("2026-03-02 至 2026-03-08 周服务指标未达标：")
    with override("en"):
        assert entry_reason(entry).startswith(
            "Service metrics for the week 2026-03-02 to 2026-03-08 failed: "
            "3-minute reply rate"
        )
