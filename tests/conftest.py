from pathlib import Path

import pytest
from django.core.management import call_command
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
        baseline = isinstance(connection.ops, TestDatabaseOperations)
        if baseline and not connection.ops.baseline:
            # This process's first test, maybe on a database kept by --reuse-db
            # with rows of an earlier run: start from migrations alone.
            call_command("flush", interactive=False, verbosity=0, reset_sequences=False)
        if not RuleCategory.objects.exists():
            do_sync_rule_pack()
            # Setup, not a change under test: tests count their own audit entries.
            AuditLog.objects.filter(action="rulepack.synced").delete()
            if baseline:
                save_baseline(connection)


# Every EVALUATION_STRIDE-th record of each evaluation set: what a test of the
# model comparison's mechanism scores with (seconds instead of minutes).
EVALUATION_STRIDE = 10


@pytest.fixture(scope="session")
def _small_evaluation_dir(tmp_path_factory):
    from django.conf import settings

    source = Path(settings.SCREENING_EVALUATION_DIR)
    folder = tmp_path_factory.mktemp("evaluation")
    for path in sorted(source.glob("screening_*.jsonl")):
        lines = [line for line in path.read_text("utf-8").splitlines() if line]
        (folder / path.name).write_text(
            "\n".join(lines[::EVALUATION_STRIDE]) + "\n", encoding="utf-8"
        )
    return folder


@pytest.fixture
def small_evaluation_sets(settings, _small_evaluation_dir):
    """The shipped evaluation sets, each cut to every tenth record, as the
    ones a candidate model is compared on (compliance/shadow.py): the same
    names and the same mix of labels, for tests of how the comparison is made
    and used rather than of the figures it gives on the whole sets."""
    settings.SCREENING_EVALUATION_DIR = _small_evaluation_dir
    return _small_evaluation_dir
