import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.utils.translation import gettext as _
from django.utils.translation import override

from compliance.ledger import GENESIS, do_add_penalty_entry, entry_reason, verify_chain
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


def test_a_reason_the_product_wrote_is_kept_and_read_in_each_language(store):
    def write():
        return _("店铺已被封禁。")  # any product text, in the active language

    with override("en"):  # whoever's request it was
        entry, _created = do_add_penalty_entry(
            store, 2, write, PenaltyEntry.Source.METRIC
        )
    assert entry.reason == "店铺已被封禁。"  # the platform's default language
    assert entry.reasons == {
        "zh-hans": "店铺已被封禁。",
        "en": "The store has been blocked.",
    }
    for language, shown in entry.reasons.items():
        with override(language):
            assert entry_reason(entry) == shown
    person, _created = do_add_penalty_entry(
        store, 1, "态度恶劣", PenaltyEntry.Source.MANUAL
    )
    assert person.reasons == {}
    assert "reasons" not in person.content()  # hashed as entries always were
    with override("en"):
        assert entry_reason(person) == "态度恶劣"
    assert verify_chain() == []


def test_verify_detects_a_translated_reason_edited_behind_the_orm(store):
    entry, _created = do_add_penalty_entry(
        store, 2, lambda: _("店铺已被封禁。"), PenaltyEntry.Source.METRIC
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE compliance_penaltyentry SET reasons = %s WHERE id = %s",
            ['{"zh-hans": "店铺已被封禁。", "en": "Nothing happened."}', entry.pk],
        )
    assert [(b.entry_id, b.problem) for b in verify_chain()] == [
        (entry.pk, "content hash mismatch")
    ]
