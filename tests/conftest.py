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


@pytest.fixture(autouse=True)
def default_rules_after_flush(request):
    """A transactional test's flush also empties what data migrations wrote (the
    screening rules); put them back for the transactional tests that follow."""
    marker = request.node.get_closest_marker("django_db")
    transactional = {"transactional_db", "live_server"} & set(request.fixturenames)
    if not transactional and not (marker and marker.kwargs.get("transaction")):
        return
    request.getfixturevalue("transactional_db")
    from compliance.models import RuleCategory
    from compliance.rulesets import do_bump_revision, install_default_rules

    if not RuleCategory.objects.exists():
        install_default_rules()
        do_bump_revision("tests: default rules reinstalled after a flush")
