"""The penalty ledger: append entries, verify the hash chain."""

import re
from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from chat.models import Store
from chat.notices import NoticeText, do_post_notice, written_in_each_language
from chat.system_texts import readers_text
from compliance.models import PenaltyEntry
from compliance.rulesets import rule_name
from compliance.sanctions import do_apply_sanctions

GENESIS = "0" * 64


def _tell_store(entry: PenaltyEntry) -> None:
    """The store's open consoles hear of every entry (chat.notice), each in
    its reader's language."""

    def write() -> str:
        if entry.points > 0:
            text = _("扣 %(points)s 分：%(reason)s")
        else:
            text = _("返还 %(points)s 分：%(reason)s")
        return text % {"points": abs(entry.points), "reason": entry_reason(entry)}

    do_post_notice(
        entry.store, "warning" if entry.points > 0 else "info", "ledger", write
    )


def do_add_penalty_entry(
    store: Store,
    points: int,
    reason: NoticeText,
    source: str,
    *,
    rule: str = "",
    metric: str = "",
    issued_by=None,
    dedupe_key: str | None = None,
    reverses: PenaltyEntry | None = None,
) -> tuple[PenaltyEntry, bool]:
    """Append one entry to the store's chain; a known dedupe_key returns the first.

    After commit the store's sanctions are re-derived from its points, so every
    entry (violation, metric, manual, reversal) can apply or lift a sanction.
    `reason` is what a person wrote, or the product's words as a lazy text or
    a function writing them in the active language: those are kept in every
    language (`PenaltyEntry.reasons`) and read in the reader's.
    """
    if dedupe_key:
        existing = PenaltyEntry.objects.filter(dedupe_key=dedupe_key).first()
        if existing:
            return existing, False
    reasons = written_in_each_language(reason)
    if reasons:
        reason = reasons[settings.LANGUAGE_CODE]
    try:
        with transaction.atomic():
            Store.objects.select_for_update().get(pk=store.pk)
            last = PenaltyEntry.objects.filter(store=store).order_by("-id").first()
            entry = PenaltyEntry(
                store=store,
                points=points,
                reason=reason,
                source=source,
                rule=rule,
                metric=metric,
                issued_by=issued_by,
                dedupe_key=dedupe_key,
                reverses=reverses,
                reasons=reasons,
                created_at=timezone.now(),
                prev_hash=last.hash if last else GENESIS,
            )
            entry.hash = entry.compute_hash()
            entry.save()
            _tell_store(entry)
            transaction.on_commit(partial(do_apply_sanctions, store.pk))
    except IntegrityError:
        if dedupe_key:
            return PenaltyEntry.objects.get(dedupe_key=dedupe_key), False
        raise
    return entry, True


@dataclass(frozen=True)
class ChainBreak:
    entry_id: int
    store_id: int
    problem: str


def verify_chain(store_ids=None) -> list[ChainBreak]:
    """Recompute every hash in order; return where a chain is broken."""
    breaks = []
    entries = PenaltyEntry.objects.order_by("store_id", "id")
    if store_ids is not None:
        entries = entries.filter(store_id__in=store_ids)
    previous_by_store: dict[int, str] = {}
    for entry in entries.iterator(chunk_size=2000):
        expected_prev = previous_by_store.get(entry.store_id, GENESIS)
        if entry.prev_hash != expected_prev:
            breaks.append(
                ChainBreak(entry.id, entry.store_id, "previous hash mismatch")
            )
        elif entry.compute_hash() != entry.hash:
            breaks.append(ChainBreak(entry.id, entry.store_id, "content hash mismatch"))
        previous_by_store[entry.store_id] = entry.hash
    return breaks


# A reversal's stored reason starts with what it reverses, in the language it
# was written in; the rest is what the person wrote.
_REVERSAL_PREFIX = re.compile(r"^(?:冲正 #\d+：|Reversal of #\d+: )")


def entry_reason(entry) -> str:
    """The reason of a ledger entry in the reader's language.

    The stored reason is fixed in the language active when it was written;
    the words the system wrote (a confirmed violation, a reversal) are written
    again here from the entry's facts, and what a person wrote is kept."""
    key = entry.dedupe_key or ""
    if entry.source == PenaltyEntry.Source.VIOLATION and key.startswith("review:"):
        return _("违规确认：%(rule)s（审核单 #%(id)s）") % {
            "rule": rule_name(entry.rule),
            "id": key.removeprefix("review:"),
        }
    if entry.source == PenaltyEntry.Source.REVERSAL and entry.reverses_id:
        return _("冲正 #%(id)s：%(reason)s") % {
            "id": entry.reverses_id,
            "reason": _REVERSAL_PREFIX.sub("", entry.reason),
        }
    return readers_text(entry.reasons, entry.reason)
