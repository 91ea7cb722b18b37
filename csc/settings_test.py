"""Test settings: the real PostgreSQL and Redis, fast hashing, no outside network."""

import hashlib
import os

os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/csc")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/0")

from csc.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CELERY_TASK_ALWAYS_EAGER = True
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405

# Other checkouts on this host run their suites against the same PostgreSQL
# and Redis at the same time: this checkout's test databases, keys and groups
# carry its own tag, never theirs (pytest-xdist adds _gw0, _gw1 to the name).
_checkout = hashlib.sha1(str(BASE_DIR).encode()).hexdigest()[:6]  # noqa: F405
DATABASES["default"].setdefault("TEST", {}).setdefault(  # noqa: F405
    "NAME",
    f"test_{DATABASES['default']['NAME']}_{_checkout}",  # noqa: F405
)

# Parallel test workers share one Redis: keep their groups and keys apart.
_worker = f"{_checkout}-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"
CHANNEL_LAYERS["default"]["CONFIG"]["prefix"] = f"asgi-test-{_worker}"  # noqa: F405
CACHES["default"]["KEY_PREFIX"] = f"test-{_worker}"  # noqa: F405

# PostgreSQL whose flush (after every transactional test) deletes rows and puts
# the synced rule pack back instead of truncating every table: tests/db_backend.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    DATABASES["default"]["ENGINE"] = "tests.db_backend"  # noqa: F405
    # No wait for the WAL to reach the disk at each commit: what a crash of the
    # server could lose, no test needs kept (the fault tests cut connections).
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (  # noqa: F405
        "-c synchronous_commit=off"
    )
