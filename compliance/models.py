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


class ActionChoice(models.TextChoices):
    ALLOW = "allow", _("放行")
    FLAG = "flag", _("送审")
    MASK = "mask", _("打码")
    BLOCK = "block", _("拦截")


class RuleCategory(models.Model):
    """One of the fixed screening categories, with its default actions and points."""

    code = models.CharField(max_length=32, unique=True)
    name = models.CharField(_("名称"), max_length=100)
    buyer_action = models.CharField(
        _("买家消息动作"), max_length=8, choices=ActionChoice.choices
    )
    agent_action = models.CharField(
        _("客服消息动作"), max_length=8, choices=ActionChoice.choices
    )
    points = models.PositiveIntegerField(_("扣分"), default=2)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("违规类别")
        verbose_name_plural = _("违规类别")

    def __str__(self):
        return f"{self.code} · {self.name}"


class Rule(models.Model):
    """A named rule inside a category: lexicon terms, patterns and/or a detector."""

    class Detector(models.TextChoices):
        NONE = "", _("无")
        PHONE = "phone", _("手机号")
        LANDLINE = "landline", _("固定电话")
        EMAIL = "email", _("邮箱")
        BANK_CARD = "bank_card", _("银行卡号")
        URL = "url", _("网址")
        SHARE_TOKEN = "share_token", _("口令")
        SPAM = "spam", _("重复广告")

    code = models.CharField(_("规则编码"), max_length=64, unique=True)
    category = models.ForeignKey(
        RuleCategory, on_delete=models.PROTECT, related_name="rules"
    )
    name = models.CharField(_("名称"), max_length=200)
    buyer_action = models.CharField(
        _("买家消息动作"),
        max_length=8,
        choices=ActionChoice.choices,
        blank=True,
        help_text=_("留空则使用类别默认动作"),
    )
    agent_action = models.CharField(
        _("客服消息动作"),
        max_length=8,
        choices=ActionChoice.choices,
        blank=True,
        help_text=_("留空则使用类别默认动作"),
    )
    points = models.PositiveIntegerField(
        _("扣分"), null=True, blank=True, help_text=_("留空则使用类别默认分值")
    )
    suggestion = models.CharField(_("合规话术建议"), max_length=500, blank=True)
    detector = models.CharField(
        _("结构检测"), max_length=16, choices=Detector.choices, blank=True
    )
    enabled = models.BooleanField(_("启用"), default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("规则")
        verbose_name_plural = _("规则")

    def __str__(self):
        return f"{self.code} · {self.name}"


class RuleEntry(models.Model):
    """A lexicon term or a regular expression of a rule."""

    class Kind(models.TextChoices):
        TERM = "term", _("词条")
        PATTERN = "pattern", _("正则")

    rule = models.ForeignKey(Rule, on_delete=models.CASCADE, related_name="entries")
    kind = models.CharField(max_length=8, choices=Kind.choices, default=Kind.TERM)
    value = models.CharField(_("内容"), max_length=500)
    enabled = models.BooleanField(_("启用"), default=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["rule", "kind", "value"], name="rule_entry_unique"
            )
        ]
        verbose_name = _("词条")
        verbose_name_plural = _("词条")

    def __str__(self):
        return self.value


class AllowEntry(models.Model):
    """Product words never screened (QQ糖, USB, 扣子 …)."""

    value = models.CharField(_("白名单词"), max_length=200, unique=True)
    note = models.CharField(_("备注"), max_length=200, blank=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("白名单")
        verbose_name_plural = _("白名单")

    def __str__(self):
        return self.value


class PlatformDomain(models.Model):
    """The platform's own domains: links to them are never off-platform."""

    domain = models.CharField(_("域名"), max_length=200, unique=True)

    class Meta:
        ordering = ["domain"]
        verbose_name = _("平台域名")
        verbose_name_plural = _("平台域名")

    def __str__(self):
        return self.domain


class RuleSetRevision(models.Model):
    """Each change to the rules adds a revision; processes reload on a new one."""

    note = models.CharField(max_length=300)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]

    def __str__(self):
        return self.label

    @property
    def label(self) -> str:
        return f"r{self.pk}"
