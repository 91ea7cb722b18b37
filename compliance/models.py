"""Compliance data: rules, review items, the penalty ledger, sanctions, appeals, audit."""

import hashlib
import json
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from compliance.engine.normalize import fold_term
from compliance.rule_texts import localize


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
        "chat.Store",
        on_delete=models.PROTECT,
        related_name="penalty_entries",
        verbose_name=_("店铺"),
    )
    points = models.IntegerField(_("分值"))
    reason = models.CharField(_("原因"), max_length=500)
    source = models.CharField(_("来源"), max_length=16, choices=Source.choices)
    rule = models.CharField(_("规则"), max_length=64, blank=True)
    metric = models.CharField(_("考核指标"), max_length=64, blank=True)
    reverses = models.OneToOneField(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reversal",
        verbose_name=_("被冲正记录"),
    )
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        verbose_name=_("操作人"),
    )
    # Makes automatic entries (a failed metric of a period…) count once on re-runs.
    dedupe_key = models.CharField(
        _("去重键"), max_length=200, null=True, blank=True, unique=True
    )
    created_at = models.DateTimeField(_("创建时间"))
    prev_hash = models.CharField(_("上一条哈希"), max_length=64)
    hash = models.CharField(_("哈希"), max_length=64, unique=True)
    # A reason the product wrote (a failed weekly metric), in every language of
    # the site ({"en": …}); empty for a person's words. Hashed when present.
    reasons = models.JSONField(_("各语言原因"), default=dict, blank=True)

    class Meta:
        ordering = ["store", "id"]
        indexes = [models.Index(fields=["store", "created_at"])]
        verbose_name = _("扣分记录")
        verbose_name_plural = _("扣分记录")

    def __str__(self):
        # The reason is read through compliance.ledger.entry_reason, in the
        # reader's language; a plain name carries only the facts.
        return f"#{self.pk} {self.points:+d}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise AppendOnlyError("penalty entries are never edited; add a reversal")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("penalty entries are never deleted; add a reversal")

    def content(self) -> dict:
        content = self._facts()
        if self.reasons:  # entries written before it keep their hashes
            content["reasons"] = self.reasons
        return content

    def _facts(self) -> dict:
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


class Origin(models.TextChoices):
    """Where a rule or lexicon entry came from (see compliance.actions.rulepack)."""

    UNSYNCED = "", _("同步前已有")
    PACK = "pack", _("规则包")
    ADMIN = "admin", _("管理员")


class RuleCategory(models.Model):
    """One of the fixed screening categories, with its default actions and points."""

    code = models.CharField(_("类别编码"), max_length=32, unique=True)
    name = models.CharField(_("名称"), max_length=100)
    buyer_action = models.CharField(
        _("买家消息动作"), max_length=8, choices=ActionChoice.choices
    )
    agent_action = models.CharField(
        _("客服消息动作"), max_length=8, choices=ActionChoice.choices
    )
    points = models.PositiveIntegerField(_("扣分"), default=2)
    # The learned stage's scores at which this category's evidence is acted on
    # with the rule's action (block) or flagged; empty: the active model's
    # recommendation, chosen on its validation folds.
    block_threshold = models.FloatField(
        _("模型拦截阈值"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0.0), MaxValueValidator(1.0)],
    )
    flag_threshold = models.FloatField(
        _("模型送审阈值"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0.0), MaxValueValidator(1.0)],
    )
    # The rule pack's values at the last sync: a field that still has them was
    # not edited here, so the next pack's value replaces it.
    shipped = models.JSONField(
        _("规则包原值"), default=dict, blank=True, editable=False
    )
    updated_at = models.DateTimeField(_("最近修改"), auto_now=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("违规类别")
        verbose_name_plural = _("违规类别")

    def __str__(self):
        # a shipped name in the reader's language; an admin's as written
        return f"{self.code} · {localize(self.name)}"

    def clean(self):
        block, flag = self.block_threshold, self.flag_threshold
        if (block is None) != (flag is None):
            raise ValidationError(_("模型阈值需同时填写拦截与送审两项，或都留空。"))
        if block is not None and flag > block:
            raise ValidationError(_("送审阈值不能高于拦截阈值。"))


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
        RuleCategory,
        on_delete=models.PROTECT,
        related_name="rules",
        verbose_name=_("违规类别"),
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
    # {name: [ordinary words that read like it]}: what the phonetic stage
    # guards (微信) and the words it lets pass (威信, 维新 …).
    sounds_like = models.JSONField(_("谐音保护"), default=dict, blank=True)
    origin = models.CharField(
        _("来源"),
        max_length=8,
        choices=Origin.choices,
        default=Origin.ADMIN,
        blank=True,
    )
    pack_version = models.CharField(_("规则包版本"), max_length=32, blank=True)
    # The rule pack's values at the last sync (see RuleCategory.shipped).
    shipped = models.JSONField(
        _("规则包原值"), default=dict, blank=True, editable=False
    )
    updated_at = models.DateTimeField(_("最近修改"), auto_now=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("规则")
        verbose_name_plural = _("规则")

    def __str__(self):
        # a shipped name in the reader's language; an admin's as written
        return f"{self.code} · {localize(self.name)}"


def lexicon_value_problem(kind: str, value: str) -> str | None:
    """Why the engine would refuse `value` as a term or pattern, or None.

    One bad entry would stop the whole rule set compiling, so every way in
    (admin form, CSV import) asks this first."""
    if kind == "pattern":
        try:
            re.compile(value)
        except re.error as error:
            return str(_("正则表达式无效：%(error)s") % {"error": error})
    elif not fold_term(value):
        return str(_("归一化后为空（只有空格、标点或表情）"))
    return None


class ShippedEntry(models.Model):
    """Where a lexicon entry came from, and what the rule pack did to it.

    A pack entry keeps the value it was shipped with: when an admin edits the
    value, the entry is theirs (``is_edited``) and no sync touches it. A pack
    entry a later pack drops is retired: disabled, with the version that
    dropped it, and enabled again if a pack ships it again.
    """

    origin = models.CharField(
        _("来源"),
        max_length=8,
        choices=Origin.choices,
        default=Origin.ADMIN,
        blank=True,
    )
    pack_version = models.CharField(_("加入的规则包版本"), max_length=32, blank=True)
    shipped_value = models.CharField(_("规则包原文"), max_length=500, blank=True)
    retired_in = models.CharField(_("停用于规则包版本"), max_length=32, blank=True)

    class Meta:
        abstract = True

    @property
    def is_edited(self) -> bool:
        return self.origin == Origin.PACK and self.value != self.shipped_value


class RuleEntry(ShippedEntry):
    """A lexicon term or a regular expression of a rule."""

    class Kind(models.TextChoices):
        TERM = "term", _("词条")
        PATTERN = "pattern", _("正则")

    rule = models.ForeignKey(
        Rule, on_delete=models.CASCADE, related_name="entries", verbose_name=_("规则")
    )
    kind = models.CharField(
        _("类型"), max_length=8, choices=Kind.choices, default=Kind.TERM
    )
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

    def clean(self):
        problem = lexicon_value_problem(self.kind, self.value)
        if problem:
            raise ValidationError({"value": problem})


class AllowEntry(ShippedEntry):
    """Product words never screened (QQ糖, USB, 扣子 …)."""

    value = models.CharField(_("白名单词"), max_length=200, unique=True)
    note = models.CharField(_("备注"), max_length=200, blank=True)
    enabled = models.BooleanField(_("启用"), default=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("白名单")
        verbose_name_plural = _("白名单")

    def __str__(self):
        return self.value

    def clean(self):
        problem = lexicon_value_problem("term", self.value)
        if problem:
            raise ValidationError({"value": problem})


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

    note = models.CharField(_("说明"), max_length=300)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        verbose_name=_("操作人"),
    )
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)

    class Meta:
        ordering = ["-id"]
        verbose_name = _("规则集版本")
        verbose_name_plural = _("规则集版本")

    def __str__(self):
        return self.label

    @property
    def label(self) -> str:
        return f"r{self.pk}"


class SanctionPolicy(models.Model):
    """The one row of admin-editable thresholds and review settings (pk 1)."""

    restrict_at = models.PositiveIntegerField(_("受限阈值(分)"), default=12)
    suspend_at = models.PositiveIntegerField(_("暂停客服阈值(分)"), default=24)
    block_at = models.PositiveIntegerField(_("封禁阈值(分)"), default=48)
    window_days = models.PositiveIntegerField(_("累计周期(天)"), default=365)
    default_points = models.PositiveIntegerField(_("违规默认扣分"), default=2)
    buyer_restriction_days = models.PositiveIntegerField(_("买家限制天数"), default=7)
    daily_samples = models.PositiveIntegerField(_("每店每日抽检数"), default=4)
    long_wait_seconds = models.PositiveIntegerField(_("长时间等待(秒)"), default=180)
    updated_at = models.DateTimeField(_("最近修改"), auto_now=True)

    class Meta:
        verbose_name = _("处罚与抽检设置")
        verbose_name_plural = _("处罚与抽检设置")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(pk=1), name="sanction_policy_single_row"
            ),
            models.CheckConstraint(
                condition=models.Q(restrict_at__lte=models.F("suspend_at"))
                & models.Q(suspend_at__lte=models.F("block_at")),
                name="sanction_thresholds_ascend",
            ),
        ]

    def __str__(self):
        return str(_("处罚与抽检设置"))

    @classmethod
    def current(cls) -> "SanctionPolicy":
        policy, _created = cls.objects.get_or_create(pk=1)
        return policy

    def snapshot(self) -> dict:
        return {
            field: getattr(self, field)
            for field in (
                "restrict_at",
                "suspend_at",
                "block_at",
                "window_days",
                "default_points",
                "buyer_restriction_days",
                "daily_samples",
                "long_wait_seconds",
            )
        }


class ReviewItem(models.Model):
    """One thing in the auditors' queue that needs a human judgement."""

    class Kind(models.TextChoices):
        BLOCKED = "blocked", _("拦截消息")
        FLAGGED = "flagged", _("待审消息")
        MASKED = "masked", _("打码消息")
        DISPUTE = "dispute", _("客服申诉")
        REPORT = "report", _("买家举报")
        SAMPLE = "sample", _("每日抽检")
        FINDING = "finding", _("抽检违规")

    class State(models.TextChoices):
        PENDING = "pending", _("待处理")
        CONFIRMED = "confirmed", _("已确认违规")
        DISMISSED = "dismissed", _("已驳回")
        SCORED = "scored", _("已评分")

    class Against(models.TextChoices):
        NONE = "", _("—")
        STORE = "store", _("店铺")
        BUYER = "buyer", _("买家")

    class Stratum(models.TextChoices):
        NONE = "", _("—")
        LOW_RATING = "low_rating", _("低评分")
        LONG_WAIT = "long_wait", _("长时间等待")
        FLAGGED = "flagged", _("含待审消息")
        RANDOM = "random", _("随机")

    kind = models.CharField(_("类型"), max_length=16, choices=Kind.choices)
    state = models.CharField(
        _("状态"), max_length=16, choices=State.choices, default=State.PENDING
    )
    store = models.ForeignKey(
        "chat.Store",
        on_delete=models.CASCADE,
        related_name="review_items",
        verbose_name=_("店铺"),
    )
    session = models.ForeignKey(
        "chat.Session",
        on_delete=models.CASCADE,
        related_name="review_items",
        verbose_name=_("会话"),
    )
    message = models.ForeignKey(
        "chat.Message",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="review_items",
        verbose_name=_("消息"),
    )
    # Copied at creation so filters need no join and findings carry their own.
    sender_kind = models.CharField(_("发送方"), max_length=16, blank=True)
    category = models.CharField(_("违规类别"), max_length=32, blank=True)
    violations = models.JSONField(_("命中规则"), default=list, blank=True)
    raised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("提出人"),
    )
    note = models.CharField(_("说明"), max_length=500, blank=True)
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="findings",
        verbose_name=_("所属抽检单"),
    )
    sample_date = models.DateField(_("抽检日期"), null=True, blank=True)
    stratum = models.CharField(
        _("抽检分层"),
        max_length=16,
        choices=Stratum.choices,
        default=Stratum.NONE,
        blank=True,
    )
    prefill = models.JSONField(_("系统预填"), default=dict, blank=True)
    checklist = models.JSONField(_("评分清单"), default=dict, blank=True)
    against = models.CharField(
        _("违规方"),
        max_length=8,
        choices=Against.choices,
        default=Against.NONE,
        blank=True,
    )
    decision_reason = models.CharField(_("理由"), max_length=500, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("处理人"),
    )
    decided_at = models.DateTimeField(_("处理时间"), null=True, blank=True)
    penalty_entry = models.ForeignKey(
        PenaltyEntry,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="review_items",
        verbose_name=_("扣分记录"),
    )
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    updated_at = models.DateTimeField(_("最近修改"), auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("审核单")
        verbose_name_plural = _("审核单")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "message"],
                condition=models.Q(message__isnull=False),
                name="review_item_once_per_message_and_kind",
            ),
            models.UniqueConstraint(
                fields=["session"],
                condition=models.Q(kind="sample"),
                name="review_sample_once_per_session",
            ),
            models.UniqueConstraint(
                fields=["parent"],
                condition=models.Q(kind="finding"),
                name="review_finding_once_per_sample",
            ),
        ]
        indexes = [
            models.Index(fields=["state", "-created_at"]),
            models.Index(fields=["store", "state"]),
            models.Index(fields=["sample_date", "store"]),
        ]

    def __str__(self):
        return f"#{self.pk} {self.kind} {self.state}"

    @property
    def is_pending(self) -> bool:
        return self.state == self.State.PENDING


class Restriction(models.Model):
    """A buyer's chat is refused until `ends_at` after a confirmed violation."""

    buyer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="restrictions"
    )
    review_item = models.OneToOneField(
        ReviewItem,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="restriction",
    )
    reason = models.CharField(_("原因"), max_length=500)
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["buyer", "ends_at"])]

    def __str__(self):
        return f"{self.buyer_id} until {self.ends_at:%Y-%m-%d %H:%M}"


class Appeal(models.Model):
    """A supervisor's one appeal against one ledger entry of their store."""

    class State(models.TextChoices):
        PENDING = "pending", _("待处理")
        UPHELD = "upheld", _("申诉成立")
        REJECTED = "rejected", _("申诉驳回")

    entry = models.OneToOneField(
        PenaltyEntry,
        on_delete=models.PROTECT,
        related_name="appeal",
        verbose_name=_("扣分记录"),
    )
    store = models.ForeignKey(
        "chat.Store",
        on_delete=models.CASCADE,
        related_name="appeals",
        verbose_name=_("店铺"),
    )
    statement = models.TextField(_("申诉说明"), max_length=2000)
    filed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("提交人"),
    )
    state = models.CharField(
        _("状态"), max_length=16, choices=State.choices, default=State.PENDING
    )
    decision_reason = models.CharField(_("理由"), max_length=500, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("处理人"),
    )
    decided_at = models.DateTimeField(_("处理时间"), null=True, blank=True)
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("申诉")
        verbose_name_plural = _("申诉")
        indexes = [models.Index(fields=["state", "created_at"])]

    def __str__(self):
        return f"appeal {self.entry_id} {self.state}"


class AuditLog(models.Model):
    """Who did what to which object, with the state before and after."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("操作人"),
    )
    action = models.CharField(_("操作代码"), max_length=64)
    target_type = models.CharField(_("对象类型"), max_length=64)
    target_id = models.CharField(_("对象编号"), max_length=64, blank=True)
    target_repr = models.CharField(_("对象名称"), max_length=200, blank=True)
    before = models.JSONField(
        _("之前"), null=True, blank=True, encoder=DjangoJSONEncoder
    )
    after = models.JSONField(
        _("之后"), null=True, blank=True, encoder=DjangoJSONEncoder
    )
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("操作日志")
        verbose_name_plural = _("操作日志")
        indexes = [
            models.Index(fields=["action", "-created_at"]),
            models.Index(fields=["target_type", "target_id"]),
        ]

    def __str__(self):
        return f"{self.action} {self.target_type}:{self.target_id}"


class ScreeningModel(models.Model):
    """A version of the learned screening stage: its file, and whether it is the
    one in use. Exactly one is active once the shipped model is installed;
    a new one becomes active only by an admin, after shadow scoring."""

    class State(models.TextChoices):
        CANDIDATE = "candidate", _("候选")
        ACTIVE = "active", _("使用中")
        RETIRED = "retired", _("已停用")

    class Source(models.TextChoices):
        SHIPPED = "shipped", _("随版本发布")
        TRAINED = "trained", _("本地训练")

    version = models.CharField(_("版本"), max_length=32, unique=True)
    state = models.CharField(
        _("状态"), max_length=16, choices=State.choices, default=State.CANDIDATE
    )
    source = models.CharField(_("来源"), max_length=16, choices=Source.choices)
    artifact = models.BinaryField(_("模型文件"))
    summary = models.JSONField(_("训练概要"), default=dict, blank=True)
    review_examples = models.PositiveIntegerField(_("审核样本数"), default=0)
    comparison = models.JSONField(_("影子评估"), default=dict, blank=True)
    note = models.CharField(_("说明"), max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("创建人"),
    )
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    activated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("启用人"),
    )
    activated_at = models.DateTimeField(_("启用时间"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("筛查模型")
        verbose_name_plural = _("筛查模型")
        constraints = [
            models.UniqueConstraint(
                fields=["state"],
                condition=models.Q(state="active"),
                name="one_active_screening_model",
            )
        ]

    def __str__(self):
        return f"{self.version} ({self.get_state_display()})"


class TrainingExample(models.Model):
    """An auditor's decision on a screened message, kept as a labelled example
    for retraining (``train_screening_model --with-reviews``): the text as
    screened, its context, the labels the decision gives and the versions
    that screened it."""

    review_item = models.OneToOneField(
        ReviewItem,
        on_delete=models.CASCADE,
        related_name="training_example",
        verbose_name=_("审核单"),
    )
    text = models.TextField(_("消息内容"))
    sender = models.CharField(_("发送方"), max_length=8)
    # Earlier texts, oldest first: [sender, text, action] (examples kept
    # before round forty-six: [sender, text]).
    context = models.JSONField(_("上下文"), default=list, blank=True)
    labels = models.JSONField(_("标签"), default=list, blank=True)  # [] when dismissed
    decision = models.CharField(
        _("审核决定"), max_length=16, choices=ReviewItem.State.choices
    )
    model_version = models.CharField(_("模型版本"), max_length=32, blank=True)
    ruleset_version = models.CharField(_("规则集版本"), max_length=64, blank=True)
    decided_at = models.DateTimeField(_("处理时间"))

    class Meta:
        ordering = ["-decided_at", "-id"]
        verbose_name = _("训练样本")
        verbose_name_plural = _("训练样本")

    def __str__(self):
        return f"{self.decision}: {self.text[:40]}"
