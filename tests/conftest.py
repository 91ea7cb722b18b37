import pytest
from django.db import connection

from chat.models import Membership, User
from tests import factories
from tests.db_backend.base import DatabaseOperations as TestDatabaseOperations
from tests.db_backend.base import save_baseline


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


DB_FIXTURES = {"db", "transactional_db", "live_server", "django_db_reset_sequences"}


@pytest.fixture(autouse=True)
def _default_rules_installed(request, django_db_blocker):
    """Keep the shipped rule pack in the test database.

    Migrations hold no content: sync the pack into a new test database
    (committed, outside any test transaction) and keep that state as the
    baseline a transactional test's flush returns to (tests/db_backend).
    Without a baseline (another engine) the pack is synced after each flush.
    """
    uses_db = DB_FIXTURES & set(
        request.fixturenames
    ) or request.node.get_closest_marker("django_db")
    if not uses_db:
        return
    request.getfixturevalue("django_db_setup")
    from compliance.actions.rulepack import do_sync_rule_pack
    from compliance.models import AuditLog, RuleCategory

    with django_db_blocker.unblock():
        if not RuleCategory.objects.exists():
            do_sync_rule_pack()
            # Setup, not a change under test: tests count their own audit entries.
            AuditLog.objects.filter(action="rulepack.synced").delete()
            if isinstance(connection.ops, TestDatabaseOperations):
                save_baseline(connection)

