"""Stores, their people, buyer–store sessions, messages and ratings."""

import datetime as dt

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chat.system_texts import readers_text


class Role(models.TextChoices):
    BUYER = "buyer", _("买家")
    AGENT = "agent", _("客服")
    SUPERVISOR = "supervisor", _("客服主管")
    AUDITOR = "auditor", _("平台审核员")
    ADMIN = "admin", _("平台管理员")


class User(AbstractUser):
    """Every person on the platform; merchants belong to one store via Membership."""

    class Kind(models.TextChoices):
        BUYER = "buyer", _("买家")
        MERCHANT = "merchant", _("商家")
        AUDITOR = "auditor", _("平台审核员")
        ADMIN = "admin", _("平台管理员")

    kind = models.CharField(
        _("账号类型"), max_length=16, choices=Kind.choices, default=Kind.BUYER
    )
    nickname = models.CharField(_("昵称"), max_length=64, blank=True)

    class Meta:
        db_table = "chat_user"
        verbose_name = _("用户")
        verbose_name_plural = _("用户")

    def __str__(self):
        return self.nickname or self.username

    @property
    def display_name(self) -> str:
        return self.nickname or self.username

    @property
    def role(self) -> str:
        if self.kind == self.Kind.MERCHANT:
            membership = getattr(self, "membership", None)
            return membership.role if membership else Role.AGENT
        return self.kind


class Store(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", _("正常")
        RESTRICTED = "restricted", _("受限")
        SUSPENDED = "suspended", _("暂停客服")
        BLOCKED = "blocked", _("已封禁")

    name = models.CharField(_("店铺名称"), max_length=100)
    slug = models.SlugField(_("店铺标识"), max_length=64, unique=True)
    greeting = models.CharField(
        _("欢迎语"), max_length=500, default="您好，欢迎光临，请问有什么可以帮您？"
    )
    closing_phrase = models.CharField(
        _("结束语"), max_length=500, default="感谢您的咨询，祝您购物愉快，再见！"
    )
    opens_at = models.TimeField(_("营业开始"), default=dt.time(8, 0))
    closes_at = models.TimeField(_("营业结束"), default=dt.time(23, 0))
    status = models.CharField(
        _("状态"), max_length=16, choices=Status.choices, default=Status.ACTIVE
    )
    robot_assist = models.BooleanField(_("机器人辅助"), default=False)
    idle_close_minutes = models.PositiveIntegerField(
        _("无活动自动结束(分钟)"), default=30
    )
    assist_delay_seconds = models.PositiveIntegerField(
        _("辅助回复等待(秒)"), default=60
    )
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    updated_at = models.DateTimeField(_("最近修改"), auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("店铺")
        verbose_name_plural = _("店铺")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("chat:store", args=[self.slug])

    CHAT_OPEN_STATUSES = (Status.ACTIVE, Status.RESTRICTED)

    @property
    def chat_open(self) -> bool:
        return self.status in self.CHAT_OPEN_STATUSES

    def in_hours(self, at=None) -> bool:
        """Whether `at` (default now) falls in the store's service hours, read
        in local time; hours that pass midnight (22:00–02:00) wrap, and equal
        ends mean around the clock."""
        local = timezone.localtime(at or timezone.now()).time()
        if self.opens_at == self.closes_at:
            return True
        if self.opens_at < self.closes_at:
            return self.opens_at <= local < self.closes_at
        return local >= self.opens_at or local < self.closes_at

    @property
    def assist_forced(self) -> bool:
        """A restricted store answers with robot assist whatever its own setting."""
        return self.status == self.Status.RESTRICTED

    @property
    def assist_active(self) -> bool:
        return self.robot_assist or self.assist_forced


class Membership(models.Model):
    """A merchant user's place in exactly one store."""

    class MemberRole(models.TextChoices):
        AGENT = Role.AGENT.value, Role.AGENT.label
        SUPERVISOR = Role.SUPERVISOR.value, Role.SUPERVISOR.label

    class Presence(models.TextChoices):
        ONLINE = "online", _("在线")
        BUSY = "busy", _("忙碌")
        AWAY = "away", _("离开")
        OFFLINE = "offline", _("离线")

    store = models.ForeignKey(
        Store,
        on_delete=models.CASCADE,
        related_name="members",
        verbose_name=_("店铺"),
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="membership",
        verbose_name=_("用户"),
    )
    role = models.CharField(
        _("角色"), max_length=16, choices=MemberRole.choices, default=MemberRole.AGENT
    )
    max_sessions = models.PositiveIntegerField(_("最大接待量"), default=5)
    presence = models.CharField(
        _("接待状态"), max_length=16, choices=Presence.choices, default=Presence.OFFLINE
    )
    presence_changed_at = models.DateTimeField(
        _("接待状态变更时间"), null=True, blank=True
    )
    last_assigned_at = models.DateTimeField(_("最近分配时间"), null=True, blank=True)
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    updated_at = models.DateTimeField(_("最近修改"), auto_now=True)

    class Meta:
        indexes = [models.Index(fields=["store", "presence"])]
        verbose_name = _("店铺成员")
        verbose_name_plural = _("店铺成员")

    def __str__(self):
        return f"{self.user} @ {self.store}"


class Session(models.Model):
    """One buyer's conversation with one store."""

    class State(models.TextChoices):
        ROBOT = "robot", _("机器人接待")
        QUEUED = "queued", _("排队中")
        ACTIVE = "active", _("人工接待中")
        CLOSED = "closed", _("已结束")

    class Invalid(models.TextChoices):
        NONE = "", _("有效")
        REPORTED = "reported", _("被举报")
        BLACKLISTED = "blacklisted", _("黑名单")
        RISK = "risk", _("风险")

    store = models.ForeignKey(
        Store,
        on_delete=models.CASCADE,
        related_name="sessions",
        verbose_name=_("店铺"),
    )
    buyer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="buyer_sessions",
        verbose_name=_("买家"),
    )
    agent = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="agent_sessions",
        verbose_name=_("客服"),
    )
    state = models.CharField(
        _("状态"), max_length=16, choices=State.choices, default=State.ROBOT
    )
    invalid_reason = models.CharField(
        _("会话有效性"),
        max_length=16,
        choices=Invalid.choices,
        default=Invalid.NONE,
        blank=True,
    )
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    queued_at = models.DateTimeField(_("排队时间"), null=True, blank=True)
    assigned_at = models.DateTimeField(_("分配时间"), null=True, blank=True)
    # First entry into human service (first queued or assigned): the metrics anchor.
    human_started_at = models.DateTimeField(_("进入人工时间"), null=True, blank=True)
    closed_at = models.DateTimeField(_("结束时间"), null=True, blank=True)
    last_seq = models.PositiveIntegerField(_("最新消息序号"), default=0)
    last_message_at = models.DateTimeField(_("最近消息时间"), null=True, blank=True)
    last_buyer_activity_at = models.DateTimeField(
        _("买家最近活动时间"), null=True, blank=True
    )
    # Oldest buyer message not yet answered by a human; drives the console timer.
    waiting_since = models.DateTimeField(_("开始等待回复时间"), null=True, blank=True)
    buyer_read_seq = models.PositiveIntegerField(_("买家已读至序号"), default=0)
    agent_read_seq = models.PositiveIntegerField(_("客服已读至序号"), default=0)
    updated_at = models.DateTimeField(_("最近修改"), auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["store", "buyer"],
                condition=~Q(state="closed"),
                name="one_open_session_per_buyer_and_store",
            )
        ]
        indexes = [
            models.Index(fields=["store", "created_at"]),
            models.Index(fields=["store", "human_started_at"]),
            models.Index(fields=["store", "state", "queued_at"]),
            models.Index(fields=["agent", "state"]),
            models.Index(fields=["buyer", "store"]),
        ]
        verbose_name = _("会话")
        verbose_name_plural = _("会话")

    def __str__(self):
        return f"#{self.pk} {self.buyer} ↔ {self.store}"

    def get_absolute_url(self):
        return reverse("chat:session", args=[self.pk])

    @property
    def is_open(self) -> bool:
        return self.state != self.State.CLOSED


class SessionAssignment(models.Model):
    """One assignment or transfer of a session to an agent, in time order.

    The session is assigned to the agent of its latest row at or before a
    moment (by time, then id); the metrics attribute rounds, sessions and
    first responses to agents from these rows (docs/metrics.md, per agent).
    """

    class Kind(models.TextChoices):
        ASSIGNED = "assigned", _("分配")
        TRANSFER = "transfer", _("转接")

    session = models.ForeignKey(
        Session, on_delete=models.CASCADE, related_name="assignments", db_index=False
    )
    agent = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    kind = models.CharField(max_length=16, choices=Kind.choices)
    assigned_at = models.DateTimeField()

    class Meta:
        indexes = [
            models.Index(
                fields=["session", "assigned_at", "id"],
                name="session_assignment_order_idx",
            )
        ]

    def __str__(self):
        return f"{self.session_id} → {self.agent_id} @ {self.assigned_at:%Y-%m-%d %H:%M:%S}"


class Message(models.Model):
    class SenderKind(models.TextChoices):
        BUYER = "buyer", _("买家")
        AGENT = "agent", _("客服")
        ASSIST = "assist", _("辅助回复")
        ROBOT = "robot", _("机器人")
        SYSTEM = "system", _("系统")

    class Kind(models.TextChoices):
        TEXT = "text", _("文字")
        IMAGE = "image", _("图片")
        # An agents-only remark (a transfer note): never shown to the buyer.
        NOTE = "note", _("内部备注")

    class Verdict(models.TextChoices):
        ALLOW = "allow", _("通过")
        FLAG = "flag", _("待审")
        MASK = "mask", _("打码")
        BLOCK = "block", _("拦截")

    # No index of its own: the unique (session, seq) below begins with it (an
    # index fewer to write per message, and to store). The sender keeps its
    # index: the (sender, client_msg_id) one is partial.
    session = models.ForeignKey(
        Session, on_delete=models.CASCADE, related_name="messages", db_index=False
    )
    # Gap-free per session over delivered messages; blocked messages have none.
    seq = models.PositiveIntegerField(null=True, blank=True)
    sender_kind = models.CharField(max_length=16, choices=SenderKind.choices)
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    client_msg_id = models.UUIDField(null=True, blank=True)
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.TEXT)
    body = models.TextField(blank=True)
    # A text the product wrote (chat.system_texts): its code and parameters,
    # shown in each reader's language; empty for what people wrote. The
    # database defaults keep raw inserts that name neither column valid.
    text_code = models.CharField(max_length=32, blank=True, default="", db_default="")
    text_params = models.JSONField(default=dict, blank=True, db_default={})
    image = models.FileField(upload_to="chat/%Y/%m/", blank=True)
    created_at = models.DateTimeField()
    verdict = models.CharField(
        max_length=8, choices=Verdict.choices, default=Verdict.ALLOW
    )
    masked_body = models.TextField(blank=True)
    violations = models.JSONField(default=list, blank=True)
    ruleset_version = models.CharField(max_length=64, blank=True)
    # The screening model that judged the message beside the rules (empty
    # for messages nobody screens: robot, assist, system).
    model_version = models.CharField(max_length=32, blank=True)
    # An image's screening evidence: the text read in it, its lines with their
    # boxes and its size (compliance.engine.images.ImageReading.to_dict).
    image_reading = models.JSONField(default=dict, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["session", "seq"], name="message_seq_unique_per_session"
            ),
            models.UniqueConstraint(
                fields=["sender", "client_msg_id"],
                condition=Q(client_msg_id__isnull=False),
                name="message_client_id_unique_per_sender",
            ),
        ]
        indexes = [models.Index(fields=["session", "created_at"])]

    def __str__(self):
        return f"{self.session_id}:{self.seq} {self.sender_kind}"

    @property
    def delivered(self) -> bool:
        return self.verdict != self.Verdict.BLOCK


class Rating(models.Model):
    class Score(models.IntegerChoices):
        VERY_DISSATISFIED = 1, _("非常不满意")
        DISSATISFIED = 2, _("不满意")
        NEUTRAL = 3, _("一般")
        SATISFIED = 4, _("满意")
        VERY_SATISFIED = 5, _("非常满意")

    session = models.ForeignKey(
        Session, on_delete=models.CASCADE, related_name="ratings"
    )
    score = models.PositiveSmallIntegerField(choices=Score.choices)
    comment = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["session", "created_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(score__gte=1, score__lte=5), name="rating_score_1_to_5"
            )
        ]

    def __str__(self):
        return f"{self.session_id}: {self.score}"


class Notice(models.Model):
    """A message to a store's merchant console (metrics results, sanctions…)."""

    class Level(models.TextChoices):
        INFO = "info", _("通知")
        WARNING = "warning", _("警告")

    store = models.ForeignKey(
        Store,
        on_delete=models.CASCADE,
        related_name="notices",
        verbose_name=_("店铺"),
    )
    level = models.CharField(
        _("级别"), max_length=16, choices=Level.choices, default=Level.INFO
    )
    source = models.CharField(_("来源"), max_length=32)
    # In the platform's default language (LANGUAGE_CODE), as the admin lists it.
    text = models.TextField(_("内容"))
    # What the product wrote, in every language of the site ({"en": …}); empty
    # for what a person wrote, which is shown as written (chat.notices).
    texts = models.JSONField(_("各语言内容"), default=dict, blank=True)
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["store", "-created_at"])]
        verbose_name = _("店铺通知")
        verbose_name_plural = _("店铺通知")

    def __str__(self):
        return self.shown_text[:40]

    @property
    def shown_text(self) -> str:
        """The text in the active language (a page's reader's)."""
        return readers_text(self.texts, self.text)


class QuickPhrase(models.Model):
    """A canned reply: the store's shared list (owner empty) or an agent's own."""

    class Purpose(models.TextChoices):
        GENERAL = "general", _("常用")
        GREETING = "greeting", _("欢迎语")
        CLOSING = "closing", _("结束语")

    store = models.ForeignKey(Store, on_delete=models.CASCADE, related_name="phrases")
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="quick_phrases",
    )
    shortcut = models.CharField(_("快捷码"), max_length=32, blank=True)
    text = models.CharField(_("内容"), max_length=2000)
    purpose = models.CharField(
        max_length=16, choices=Purpose.choices, default=Purpose.GENERAL
    )
    position = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["position", "id"]
        indexes = [models.Index(fields=["store", "owner"])]

    def __str__(self):
        return self.text[:40]


class FaqEntry(models.Model):
    """A robot answer: any of the comma-separated keywords triggers the answer."""

    store = models.ForeignKey(Store, on_delete=models.CASCADE, related_name="faq")
    keywords = models.CharField(_("关键词"), max_length=500)
    answer = models.CharField(_("回答"), max_length=2000)
    position = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self):
        return self.keywords

    @property
    def keyword_list(self) -> list[str]:
        return [
            k.strip() for k in self.keywords.replace("，", ",").split(",") if k.strip()
        ]


class StoreStatusChange(models.Model):
    """Every change of a store's status, with who or what caused it."""

    store = models.ForeignKey(
        Store, on_delete=models.CASCADE, related_name="status_changes"
    )
    old_status = models.CharField(max_length=16, choices=Store.Status.choices)
    new_status = models.CharField(max_length=16, choices=Store.Status.choices)
    reason = models.CharField(max_length=500)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.store}: {self.old_status} → {self.new_status}"
