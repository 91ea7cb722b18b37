import io
import json

import pytest
from django.core.management import call_command

from tests.factories import write_chatlog


@pytest.fixture
def import_events(db, tmp_path):
    """Write events as a JSON Lines file and run import_chatlog on it."""
    counter = iter(range(1, 1000))

    def _import(events):
        path = write_chatlog(tmp_path / f"log{next(counter)}.jsonl", events)
        out = io.StringIO()
        call_command("import_chatlog", str(path), stdout=out)
        return out.getvalue()

    return _import


@pytest.fixture
def compute(db):
    """Run compute_metrics --json; return the objects keyed by store slug."""

    def _compute(period, start, store=None):
        args = ["--period", period, "--start", start, "--json"]
        if store:
            args += ["--store", store]
        out = io.StringIO()
        call_command("compute_metrics", *args, stdout=out)
        return {row["store"]: row for row in json.loads(out.getvalue())}

    return _compute
