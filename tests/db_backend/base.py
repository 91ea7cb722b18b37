"""The tests' PostgreSQL engine: a flush that deletes, then puts the baseline back.

Every transactional test (the websocket, live-server and process tests) ends
with Django's flush. On PostgreSQL that is one TRUNCATE of every table, which
gives each of the ~50 tables new files: about 1.3 s a test on this machine,
where deleting the few rows a test wrote takes ~0.05 s. The next test then
needed the shipped rule pack synced again (another ~0.7 s).

Here the flush deletes every row, then copies back, in the same transaction,
the baseline every test starts from: what the database held once it was
migrated and the rule pack synced (`save_baseline`, called by tests/conftest.py
after that first sync). Tests see the same rows, with the same ids, as after a
fresh sync. A statement trigger on each baseline table notes that it was
written to; the flush leaves the others alone (copying the ~5,000 lexicon rows
back each time took 0.2 s). Sequences are never reset (nor were they by
TRUNCATE); a flush asked to reset them is Django's own.

A test's server process (Daphne, a worker) may still be finishing a write,
such as a socket's disconnect updating its session, when the flush deletes
the same rows: PostgreSQL then aborts one of the two as a deadlock. The flush
is retried (the whole transaction, a few times) instead of leaving the rows
for the next test to trip over.
"""

import time

from django.db import OperationalError
from django.db.backends.postgresql import base, operations
from psycopg2.errors import DeadlockDetected

from tests.db_backend.creation import DatabaseCreation

BASELINE_SCHEMA = "csc_test_baseline"
FLUSH_ATTEMPTS = 5


class DatabaseOperations(operations.DatabaseOperations):
    # Tables of the baseline saved by this process, and their copied columns.
    baseline: dict[str, list[str]] = {}
    # Whether the last flush's statements put the whole baseline back (the
    # migrations' content types and permissions among it): then the
    # post_migrate signal Django sends after a flush would find nothing to
    # create (tests/conftest.py leaves it out).
    flush_keeps_baseline = False

    def sql_flush(self, style, tables, *, reset_sequences=False, allow_cascade=False):
        self.flush_keeps_baseline = bool(
            self.baseline and tables and not reset_sequences
        )
        if reset_sequences or not tables:
            return super().sql_flush(
                style,
                tables,
                reset_sequences=reset_sequences,
                allow_cascade=allow_cascade,
            )
        quote = self.quote_name
        changed = self._changed_baseline_tables()
        # Foreign keys are DEFERRABLE: rows go and come back in any order.
        statements = ["SET CONSTRAINTS ALL DEFERRED;"]
        statements += [
            f"DELETE FROM {quote(table)};"
            for table in tables
            if table not in self.baseline or table in changed
        ]
        for table, columns in self.baseline.items():
            if table in tables and table in changed:
                names = ", ".join(quote(column) for column in columns)
                statements.append(
                    f"INSERT INTO {quote(table)} ({names}) SELECT {names} "
                    f"FROM {BASELINE_SCHEMA}.{quote(table)};"
                )
        if self.baseline:
            statements.append(f"DELETE FROM {BASELINE_SCHEMA}.changed;")
        return statements

    def execute_sql_flush(self, sql_list):
        if self.flush_keeps_baseline:
            # One round trip for the sixty-odd statements, not one each.
            sql_list = ["\n".join(sql_list)]
        for attempt in range(1, FLUSH_ATTEMPTS + 1):
            try:
                return super().execute_sql_flush(sql_list)
            except OperationalError as error:
                if attempt == FLUSH_ATTEMPTS or not isinstance(
                    error.__cause__, DeadlockDetected
                ):
                    raise
                time.sleep(0.2 * attempt)

    def _changed_baseline_tables(self) -> set[str]:
        if not self.baseline:
            return set()
        with self.connection.cursor() as cursor:
            cursor.execute(f"SELECT name FROM {BASELINE_SCHEMA}.changed")
            return {row[0] for row in cursor.fetchall()}


class DatabaseWrapper(base.DatabaseWrapper):
    ops_class = DatabaseOperations
    creation_class = DatabaseCreation


def save_baseline(connection) -> list[str]:
    """Copy every table that holds rows into the baseline schema; later flushes
    of this process restore them. Returns the tables copied."""
    quote = connection.ops.quote_name
    tables = connection.introspection.django_table_names(
        only_existing=True, include_views=False
    )
    saved = {}
    with connection.cursor() as cursor:
        cursor.execute(f"DROP SCHEMA IF EXISTS {BASELINE_SCHEMA} CASCADE")
        cursor.execute(f"CREATE SCHEMA {BASELINE_SCHEMA}")
        for table in sorted(tables):
            cursor.execute(f"SELECT EXISTS (SELECT 1 FROM {quote(table)})")
            if not cursor.fetchone()[0]:
                continue
            cursor.execute(
                "SELECT column_name FROM information_schema.columns"
                " WHERE table_schema = current_schema() AND table_name = %s"
                " AND is_generated = 'NEVER' ORDER BY ordinal_position",
                [table],
            )
            saved[table] = [row[0] for row in cursor.fetchall()]
            cursor.execute(
                f"CREATE TABLE {BASELINE_SCHEMA}.{quote(table)} AS"
                f" SELECT * FROM {quote(table)}"
            )
        cursor.execute(
            f"CREATE TABLE {BASELINE_SCHEMA}.changed (name text PRIMARY KEY)"
        )
        cursor.execute(
            f"CREATE FUNCTION {BASELINE_SCHEMA}.note_change() RETURNS trigger"
            " LANGUAGE plpgsql AS $$ BEGIN"
            f" INSERT INTO {BASELINE_SCHEMA}.changed VALUES (TG_TABLE_NAME)"
            " ON CONFLICT DO NOTHING; RETURN NULL; END $$"
        )
        for table in saved:
            # Dropped with the schema's function (DROP SCHEMA ... CASCADE).
            cursor.execute(
                f"CREATE TRIGGER csc_test_baseline_change AFTER INSERT OR UPDATE"
                f" OR DELETE OR TRUNCATE ON {quote(table)} FOR EACH STATEMENT"
                f" EXECUTE FUNCTION {BASELINE_SCHEMA}.note_change()"
            )
    DatabaseOperations.baseline = saved
    return sorted(saved)
