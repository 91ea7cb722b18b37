"""Run a script against a fresh SQLite file in a subprocess: the embedded
default database, beside the PostgreSQL one the tests use."""

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
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

# A SQLite file as SETUP leaves a new one, made once per test process: each
# script starts from a copy, where SETUP's migrate finds nothing left to do
# (migrating a new file took most of each script's seconds).
_migrated: list[Path] = []


def _run(script: str, *args: str, database: Path) -> str:
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


def _migrated_file() -> Path:
    if not _migrated:
        folder = Path(tempfile.mkdtemp(prefix="csc-sqlite-"))
        atexit.register(shutil.rmtree, folder, True)
        _run("connection.close()\n", database=folder / "migrated.sqlite3")
        _migrated.append(folder / "migrated.sqlite3")
    return _migrated[0]


def run_on_sqlite(script: str, *args: str, database: Path) -> str:
    """SETUP + `script` with `args` in sys.argv[1:] on a new SQLite file at
    `database` (a copy of one migrated before); its stdout."""
    shutil.copyfile(_migrated_file(), database)
    return _run(script, *args, database=database)
