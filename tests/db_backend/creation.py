"""The tests' PostgreSQL engine: a new test database copied from a migrated one.

Migrating an empty database takes each test process 10–20 s on this 2-core
machine (Django renders the models' state again at most of the ~50
migrations), twice over at the start of a two-worker run. The first process
to migrate keeps a copy of the result, a template database named for what
made it: the Django version and the bytes of every installed app's migration
files. A later test database with that name at hand is created from it (one
`CREATE DATABASE ... TEMPLATE`, about a second) and then migrated as usual,
which finds every migration applied. A changed, added or removed migration
file names another template: the next run migrates from scratch and keeps
that one too. The newest KEEP_TEMPLATES are kept, the older dropped: checkouts
of different migrations working at the same time (a branch that adds one
beside main) each keep theirs instead of dropping the other's, which made
each of their runs migrate again.

The templates are never connected to, only copied, so checkouts of the same
migrations share one (suites of other checkouts copy it at the same time).
Whatever goes wrong with a template (gone, in use, not copied yet) the test
database is created and migrated the plain way.
"""

import contextlib
import hashlib
from pathlib import Path

import django
from django.apps import apps
from django.db.backends.postgresql import creation

TEMPLATE_INFIX = "_migrated_"
# Templates kept, the newest first (by database OID, given out in order).
KEEP_TEMPLATES = 3


def migrations_fingerprint() -> str:
    """What a migrated database's schema and rows follow from: the Django
    version and every installed app's migration files (they import nothing
    of the apps')."""
    digest = hashlib.sha256(django.get_version().encode())
    for config in sorted(apps.get_app_configs(), key=lambda config: config.label):
        for path in sorted((Path(config.path) / "migrations").glob("*.py")):
            digest.update(f"\0{config.label}/{path.name}\0".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class DatabaseCreation(creation.DatabaseCreation):
    def create_test_db(
        self, verbosity=1, autoclobber=False, serialize=True, keepdb=False
    ):
        if keepdb or self.connection.settings_dict["TEST"].get("TEMPLATE"):
            return super().create_test_db(verbosity, autoclobber, serialize, keepdb)
        # Named after the database the settings name ("csc"), not the test
        # database: every checkout and worker has its own of those.
        self._template = template = (
            f"test_{self.connection.settings_dict['NAME']}{TEMPLATE_INFIX}"
            f"{migrations_fingerprint()}"
        )
        self._copied = False
        try:
            name = super().create_test_db(verbosity, autoclobber, serialize, keepdb)
        finally:
            del self._template
        if not self._copied:
            self._keep_template(name, template)
        return name

    def _create_test_db(self, verbosity, autoclobber, keepdb=False):
        template = getattr(self, "_template", None)
        if template is None:
            return super()._create_test_db(verbosity, autoclobber, keepdb)
        name = self._get_test_db_name()
        quote = self._quote_name
        with self._nodb_cursor() as cursor:
            if self._database_exists(cursor, template):
                try:
                    cursor.execute(f"DROP DATABASE IF EXISTS {quote(name)}")
                    cursor.execute(
                        f"CREATE DATABASE {quote(name)} TEMPLATE {quote(template)}"
                    )
                except Exception as error:  # noqa: BLE001 - migrate instead
                    if verbosity >= 1:
                        self.log(f"Not copying {template}: {error}")
                else:
                    self._copied = True
                    return name
        return super()._create_test_db(verbosity, autoclobber, keepdb)

    def _keep_template(self, name: str, template: str) -> None:
        """Copy the just-migrated database `name` as `template` and drop the
        templates of other migrations but the newest; a failure only costs
        the next run a migration."""
        self.connection.close()
        quote = self._quote_name
        prefix = template.rsplit(TEMPLATE_INFIX, 1)[0] + TEMPLATE_INFIX
        with self._nodb_cursor() as cursor:
            try:
                cursor.execute(
                    f"CREATE DATABASE {quote(template)} TEMPLATE {quote(name)}"
                )
            except Exception:  # noqa: BLE001 - another process made it first
                return
            cursor.execute(
                "SELECT datname FROM pg_database WHERE starts_with(datname, %s)"
                " AND datname <> %s ORDER BY oid DESC OFFSET %s",
                [prefix, template, KEEP_TEMPLATES - 1],
            )
            for (stale,) in cursor.fetchall():
                # One being copied stays until a later run drops it.
                with contextlib.suppress(Exception):
                    cursor.execute(f"DROP DATABASE IF EXISTS {quote(stale)}")
