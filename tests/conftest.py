import pytest

from chat.models import Membership, User
from tests import factories


@pytest.fixture
def store(db):
    return factories.make_store("store-a", name="店铺A")


@pytest.fixture
def other_store(db):
    return factories.make_store("store-b", name="店铺B")


@pytest.fixture
def buyer(db):
    return factories.make_user(User.Kind.BUYER, "buyer-1")


@pytest.fixture
def agent(store):
    return factories.make_member(store, username="agent-a")


@pytest.fixture
def supervisor(store):
    return factories.make_member(store, Membership.MemberRole.SUPERVISOR, "super-a")


@pytest.fixture
def other_agent(other_store):
    return factories.make_member(other_store, username="agent-b")


@pytest.fixture
def auditor(db):
    return factories.make_user(User.Kind.AUDITOR, "auditor-1")


@pytest.fixture
def platform_admin(db):
    return factories.make_user(
        User.Kind.ADMIN, "admin-1", is_staff=True, is_superuser=True
    )


@pytest.fixture
def login(client):
    def _login(user):
        client.force_login(user)
        return client

    return _login
