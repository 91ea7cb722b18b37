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


@pytest.fixture
def conversation(transactional_db):
    """An agent serving a buyer in an active session, both logged in."""
    from chat.models import Session
    from tests import factories
    from tests.live_servers import login_cookie

    store = factories.make_store("faults-a", name="店铺A")
    agent = factories.make_member(store, username="faults-agent")
    buyer = factories.make_user(username="faults-buyer")
    session = Session.objects.create(
        store=store, buyer=buyer, agent=agent, state=Session.State.ACTIVE
    )
    return {
        "session": session.pk,
        "buyer_cookie": login_cookie(buyer),
        "agent_cookie": login_cookie(agent),
    }
