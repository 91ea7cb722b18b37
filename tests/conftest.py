from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection, connections, transaction

from tests import factories
from tests.db_backend.base import DatabaseOperations as TestDatabaseOperations
from tests.db_backend.base import save_baseline


@pytest.fixture
def store(db):
    return factories.store_a()


@pytest.fixture
def other_store(db):
    return factories.store_b()


@pytest.fixture
def buyer(db):
    return factories.buyer_1()


@pytest.fixture
def agent(store):
    return factories.agent_a(store)


@pytest.fixture
def supervisor(store):
    return factories.supervisor_a(store)


@pytest.fixture
def other_agent(other_store):
    return factories.agent_b(other_store)


@pytest.fixture
def auditor(db):
    return factories.auditor_1()


@pytest.fixture
def platform_admin(db):
    return factories.admin_1()


@pytest.fixture
def login(client):
    def _login(user):
        client.force_login(user)
        return client

    return _login


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """pytest-django's test databases, and before they are dropped, the end of
    any session on them still open: a connection kept by the thread that runs
    the consumers' database work, or by a server process's backend not yet
    gone, would make the drop fail ("being accessed by other users") and
    leave the database behind. The name is this checkout's and worker's
    (csc/settings_test.py): no one else's session is ended."""
    yield
    with django_db_blocker.unblock():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = current_database()"
                    " AND pid <> pg_backend_pid()"
                )


@pytest.fixture(scope="session", autouse=True)
def _no_post_migrate_after_a_baseline_flush():
    """Leave out the post_migrate signal after a flush that put the baseline
    back (tests/db_backend): its two receivers create the content types and
    permissions the migrations call for that are missing, and the baseline
    holds every one of them, as they were after the first flush, with the
    same ids. Sending it took about 40 ms of each transactional test's
    teardown here (some fifty queries); what it did besides, emptying the
    content types' cache, is still done. Any other flush (the first, with no
    baseline yet; one resetting sequences; another engine) sends it."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.management.commands import flush

    send = flush.emit_post_migrate_signal

    def emit_post_migrate_signal(verbosity, interactive, db, **kwargs):
        ops = connections[db].ops
        if getattr(ops, "flush_keeps_baseline", False):
            ContentType.objects.clear_cache()
            return
        send(verbosity, interactive, db, **kwargs)

    flush.emit_post_migrate_signal = emit_post_migrate_signal
    try:
        yield
    finally:
        flush.emit_post_migrate_signal = send


DB_FIXTURES = {"db", "transactional_db", "live_server", "django_db_reset_sequences"}


@pytest.fixture(autouse=True)
def _default_rules_installed(request, django_db_blocker):
    """Keep the shipped rule pack in the test database (`install_default_rules`)."""
    uses_db = DB_FIXTURES & set(
        request.fixturenames
    ) or request.node.get_closest_marker("django_db")
    if not uses_db:
        return
    request.getfixturevalue("django_db_setup")
    install_default_rules(django_db_blocker)


def install_default_rules(django_db_blocker):
    """Keep the shipped rule pack in the test database.

    Migrations hold no content: sync the pack into a new test database
    (committed, outside any test transaction) and keep that state as the
    baseline a transactional test's flush returns to (tests/db_backend).
    Without a baseline (another engine) the pack is synced after each flush.
    """
    from django.contrib.contenttypes.models import ContentType

    from compliance.actions.rulepack import do_sync_rule_pack
    from compliance.models import AuditLog, RuleCategory

    with django_db_blocker.unblock():
        baseline = isinstance(connection.ops, TestDatabaseOperations)
        if baseline and not connection.ops.baseline:
            # This process's first test, maybe on a database kept by --reuse-db
            # with rows of an earlier run: start from migrations alone.
            call_command("flush", interactive=False, verbosity=0, reset_sequences=False)
            # The flush recreated the content types under new ids: forget
            # the ones migrations cached, or the first admin action writes
            # a log entry pointing at a deleted id (seen with 3 workers).
            ContentType.objects.clear_cache()
        if not RuleCategory.objects.exists():
            do_sync_rule_pack()
            # Setup, not a change under test: tests count their own audit entries.
            AuditLog.objects.filter(action="rulepack.synced").delete()
            if baseline:
                save_baseline(connection)


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """A transaction around all of a module's tests, rolled back after the last.

    What a module-scoped fixture requesting this writes (a world several tests
    read, built once instead of once a test) is there for each of the module's
    tests; a test's own writes are rolled back at its end as always (its `db`
    transaction nests as a savepoint). Only for modules without transactional
    tests, whose flush would empty the tables under the transaction; the
    fixture should hand each test a copy of the objects it built
    (`copy.deepcopy`), as a test may change those it was given.
    """
    install_default_rules(django_db_blocker)
    with django_db_blocker.unblock():
        module_transaction = transaction.atomic()
        module_transaction.__enter__()
    try:
        yield
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            module_transaction.__exit__(None, None, None)


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


# Seconds each of the slowest files took on one worker here (the whole suite
# on two workers, 2026-12-05; the larger of that and `make test-fast`'s figure
# on 2026-12-07, when a 15 s file missing from the table was guessed at 2 s
# and could be handed out last). A file's tests stay on one worker (`--dist
# loadfile`), and a worker takes the next file when it is done with one: the
# longest files go first, so that what is left at the end is short files that
# the two workers share evenly, not a 40 s file begun on one worker while the
# other is finishing. The figures only order the files; a stale one costs a
# little balance, nothing else.
SLOW_FILES = {
    "e2e/test_accessibility.py": 43,
    "csc/test_permission_matrix.py": 43,
    "compliance/test_screening_models.py": 37,
    "csc/test_english_pages.py": 33,
    "faults/test_chat_faults.py": 25,
    "faults/test_celery_worker_killed.py": 21,
    "e2e/test_chat_flow.py": 20,
    "e2e/test_english_rendered.py": 20,
    "e2e/test_console_flow.py": 19,
    "chat/test_consumers.py": 19,
    "e2e/test_narrow_screens.py": 18,
    "metrics/test_agents.py": 18,
    "e2e/test_team_pages.py": 17,
    "e2e/test_multiprocess.py": 16,
    "e2e/test_login.py": 16,
    "e2e/test_console_details.py": 15,
    "compliance/engine/test_grams.py": 15,
    "hostile/test_websocket_abuse.py": 14,
    "e2e/test_metrics_pages.py": 13,
    "hostile/test_frame_properties.py": 13,
    "e2e/test_review_flow.py": 12,
    "e2e/test_store_availability.py": 11,
    "e2e/test_buyer_reports.py": 11,
    "e2e/test_blocked_send_flow.py": 10,
    "metrics/test_stored_days.py": 10,
    "compliance/engine/test_image_text.py": 10,
    "e2e/test_images_for_reviewers.py": 8,
    "compliance/engine/test_evaluation_sets.py": 8,
    "chat/test_demo.py": 8,
    "compliance/engine/test_model.py": 7,
    "e2e/test_live_notices.py": 6,
    "compliance/test_screening_images.py": 6,
    "compliance/engine/test_fold.py": 6,
    "chat/test_send_drivers.py": 6,
    "metrics/test_import.py": 5,
    "csc/test_settings.py": 5,
    "e2e/test_console_keyboard.py": 5,
    "metrics/test_cards.py": 5,
    "compliance/test_rulesets.py": 5,
    "chat/test_tasks.py": 5,
    "metrics/test_corrections.py": 5,
    "chat/test_actions_messages.py": 5,
    "compliance/test_lexicon_admin.py": 3,
}
TESTS_DIR = Path(__file__).resolve().parent


def _expected_seconds(path, tests):
    """A file's expected time: measured above, else guessed from its tests
    (about 2 s for one in a real browser or process, 0.1 s for another)."""
    if path.is_relative_to(TESTS_DIR):
        known = SLOW_FILES.get(path.relative_to(TESTS_DIR).as_posix())
        if known is not None:
            return known
    marked = sum(
        1
        for test in tests
        if {"e2e", "process"} & {m.name for m in test.iter_markers()}
    )
    return 2.0 * marked + 0.1 * (len(tests) - marked)


def pytest_collection_modifyitems(config, items):
    """The longest files first, each file's tests in their own order (the
    Makefile passes --no-loadscope-reorder so that xdist keeps this order)."""
    files = {}
    for item in items:
        files.setdefault(item.path, []).append(item)
    ordered = sorted(files, key=lambda path: -_expected_seconds(path, files[path]))
    items[:] = [item for path in ordered for item in files[path]]
