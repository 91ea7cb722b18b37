"""One real Daphne process for the module's hostile clients, and two stores' people."""

import os

import pytest
from django.conf import settings

from chat.models import Session
from tests import factories
from tests.live_servers import Daphne, login_cookie

# Websocket clients run in an event loop inside the test; the ORM set-up calls
# around them are plain synchronous code in the same thread.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="module")
def daphne(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        server = Daphne(redis_url=settings.REDIS_URL).start()
    yield server
    server.stop()


@pytest.fixture
def people(transactional_db):
    """Store A with an abuser's and a bystander's session, store B with one more."""
    store_a = factories.make_store("hostile-a", name="店铺A")
    store_b = factories.make_store("hostile-b", name="店铺B")
    agent_a = factories.make_member(store_a, username="hostile-agent-a")
    agent_b = factories.make_member(store_b, username="hostile-agent-b")
    abuser = factories.make_user(username="hostile-abuser")
    bystander = factories.make_user(username="hostile-bystander")
    buyer_b = factories.make_user(username="hostile-buyer-b")

    def session(store, buyer, agent):
        return Session.objects.create(
            store=store, buyer=buyer, agent=agent, state=Session.State.ACTIVE
        )

    people = {
        "abused": session(store_a, abuser, agent_a),
        "calm": session(store_a, bystander, agent_a),
        "foreign": session(store_b, buyer_b, agent_b),
    }
    for name, user in {
        "abuser": abuser,
        "bystander": bystander,
        "agent_a": agent_a,
        "buyer_b": buyer_b,
    }.items():
        people[name] = user
        people[f"{name}_cookie"] = login_cookie(user)
    return people
