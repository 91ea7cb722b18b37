"""Compliance data: the append-only penalty ledger (rules and reviews join later)."""

import hashlib
import json

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AppendOnlyError(Exception):
    pass


class PenaltyEntry(models.Model):
    """One line of a store's penalty ledger; corrections are reversing entries.

    Each entry hashes its own content together with the previous entry's hash of
    the same store, so an edited or deleted row breaks the chain.
    """

    class Source(models.TextChoices):
        VIOLATION = "violation", _("违规确认")
        METRIC = "metric", _("指标未达标")
        MANUAL = "manual", _("人工扣分")
        REVERSAL = "reversal", _("冲正")

    store = models.ForeignKey(
        "chat.Store", on_delete=models.PROTECT, related_name="penalty_entries"
    )
    points = models.IntegerField(_("分值"))
    reason = models.CharField(_("原因"), max_length=500)
    source = models.CharField(max_length=16, choices=Source.choices)
    rule = models.CharField(max_length=64, blank=True)
    metric = models.CharField(max_length=64, blank=True)
    reverses = models.OneToOneField(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="reversal"
    )
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True
    )
    # Makes automatic entries (a failed metric of a period…) count once on re-runs.
    dedupe_key = models.CharField(max_length=200, null=True, blank=True, unique=True)
    created_at = models.DateTimeField()
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    class Meta:
        ordering = ["store", "id"]
        indexes = [models.Index(fields=["store", "created_at"])]

    def __str__(self):
        return f"{self.store_id} {self.points:+d} {self.reason[:30]}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise AppendOnlyError("penalty entries are never edited; add a reversal")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("penalty entries are never deleted; add a reversal")

    def content(self) -> dict:
        return {
            "store": self.store_id,
            "points": self.points,
            "reason": self.reason,
            "source": self.source,
            "rule": self.rule,
            "metric": self.metric,
            "reverses": self.reverses_id,
            "issued_by": self.issued_by_id,
            "dedupe_key": self.dedupe_key,
            "created_at": self.created_at.isoformat(),
        }

    def compute_hash(self) -> str:
        payload = json.dumps(self.content(), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(f"{self.prev_hash}|{payload}".encode()).hexdigest()
