"""Real processes for fault tests: a private Redis, Daphne, Celery, a PostgreSQL cut."""

import os

import pytest

from tests.live_servers import RedisServer

# Websocket clients run in an event loop inside the test; the ORM set-up calls
# around them are plain synchronous code in the same thread.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def private_redis():
    """A redis-server of this test's own: it may be stopped and restarted at will."""
    server = RedisServer().start()
    yield server
    server.stop()
