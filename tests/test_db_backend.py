"""The tests' flush (tests/db_backend) returns the database to its baseline."""

import pytest
from django.core.management import call_command
from django.db import connection

from chat.models import Store
from compliance.models import RuleCategory, RuleEntry, RuleSetRevision
from tests import factories
from tests.db_backend.base import DatabaseOperations


def rows(model):
    return sorted(model.objects.values_list(), key=lambda row: row[0])


@pytest.mark.django_db(transaction=True)
def test_a_flush_deletes_what_tests_wrote_and_restores_the_baseline():
    assert isinstance(connection.ops, DatabaseOperations)
    assert "compliance_ruleentry" in DatabaseOperations.baseline
    entries, categories = rows(RuleEntry), rows(RuleCategory)
    revisions = rows(RuleSetRevision)
    assert entries and categories and revisions

    factories.make_store("flushed")
    RuleEntry.objects.filter(pk=entries[0][0]).delete()
    RuleEntry.objects.filter(pk=entries[1][0]).update(value="changed")
    RuleSetRevision.objects.create(note="a change")
    call_command("flush", interactive=False, verbosity=0, reset_sequences=False)

    assert not Store.objects.exists()
    assert rows(RuleEntry) == entries
    assert rows(RuleSetRevision) == revisions
    assert rows(RuleCategory) == categories
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM csc_test_baseline.changed")
        assert cursor.fetchone()[0] == 0
