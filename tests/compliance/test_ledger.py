import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from compliance.ledger import GENESIS, do_add_penalty_entry, verify_chain
from compliance.models import AppendOnlyError, PenaltyEntry


def test_entries_chain_their_hashes_per_store(store, other_store):
    first, _ = do_add_penalty_entry(store, 2, "违规", PenaltyEntry.Source.VIOLATION)
    second, _ = do_add_penalty_entry(store, 3, "人工", PenaltyEntry.Source.MANUAL)
    other, _ = do_add_penalty_entry(
        other_store, 2, "违规", PenaltyEntry.Source.VIOLATION
    )
    assert first.prev_hash == GENESIS
    assert second.prev_hash == first.hash
    assert other.prev_hash == GENESIS
    assert verify_chain() == []


def test_dedupe_key_counts_an_automatic_entry_once(store):
    first, created = do_add_penalty_entry(
        store, 2, "指标", PenaltyEntry.Source.METRIC, dedupe_key="m:1:2026-W47:reply"
    )
    again, created_again = do_add_penalty_entry(
        store, 2, "指标", PenaltyEntry.Source.METRIC, dedupe_key="m:1:2026-W47:reply"
    )
    assert (created, created_again) == (True, False)
    assert again.pk == first.pk
    assert PenaltyEntry.objects.count() == 1


def test_entries_cannot_be_edited_or_deleted(store):
    entry, _ = do_add_penalty_entry(store, 2, "违规", PenaltyEntry.Source.VIOLATION)
    entry.points = 0
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError):
        entry.delete()
    assert PenaltyEntry.objects.get().points == 2


def test_verify_detects_a_row_edited_behind_the_orm(store):
    do_add_penalty_entry(store, 2, "违规", PenaltyEntry.Source.VIOLATION)
    edited, _ = do_add_penalty_entry(store, 4, "违规", PenaltyEntry.Source.VIOLATION)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE compliance_penaltyentry SET points = 1 WHERE id = %s", [edited.pk]
        )
    breaks = verify_chain()
    assert [(b.entry_id, b.problem) for b in breaks] == [
        (edited.pk, "content hash mismatch")
    ]
    with pytest.raises(CommandError, match="ledger chain broken at 1"):
        call_command("verify_ledger")
