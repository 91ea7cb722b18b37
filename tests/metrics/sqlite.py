"""Run a script against a fresh SQLite file in a subprocess: the embedded
default database, beside the PostgreSQL one the tests use."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# A script's preamble: the embedded settings pointed at CSC_SQLITE_PATH.
SETUP = """
import json, os, sys, django
os.environ["DJANGO_SETTINGS_MODULE"] = "csc.settings"
import csc.settings as settings
settings.DATABASES["default"]["NAME"] = os.environ["CSC_SQLITE_PATH"]
django.setup()
from django.db import connection
assert connection.vendor == "sqlite"
from django.core.management import call_command
call_command("migrate", verbosity=0)
"""


def run_on_sqlite(script: str, *args: str, database: Path) -> str:
    """SETUP + `script` with `args` in sys.argv[1:]; its stdout."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE"}
    }
    env["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")])
    )
    env["CSC_SQLITE_PATH"] = str(database)
    completed = subprocess.run(
        [sys.executable, "-c", SETUP + script, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return completed.stdout
