"""Service metrics: thresholds (with their audit), stored period results, imports.

Definitions live in docs/metrics.md; the SQL behind each clause in
metrics/queries.py.
"""

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Period(models.TextChoices):
    DAY = "day", _("日")
    WEEK = "week", _("周")


class Metric(models.TextChoices):
    NO_SERVICE = "no_service", _("未接待率")
    REPLY_3MIN = "reply_3min", _("3分钟回复率")
    AVG_RESPONSE = "avg_response", _("平均响应时长")
    DISSATISFACTION = "dissatisfaction", _("不满意率")


class Thresholds(models.Model):
    """The one row of pass marks; every change is written to ThresholdChange."""

    no_service_max = models.DecimalField(
        _("未接待率上限(不含)"), max_digits=5, decimal_places=4, default=Decimal("0.2")
    )
    reply_3min_min = models.DecimalField(
        _("3分钟回复率下限(含)"), max_digits=5, decimal_places=4, default=Decimal("0.8")
    )
    avg_response_max_seconds = models.DecimalField(
        _("平均响应时长上限(秒,不含)"), max_digits=7, decimal_places=2, default=90
    )
    dissatisfaction_max = models.DecimalField(
        _("不满意率上限(不含)"), max_digits=5, decimal_places=4, default=Decimal("0.3")
    )
    points_per_failure = models.PositiveIntegerField(_("每项未达标扣分"), default=2)
    updated_at = models.DateTimeField(_("最近修改"), auto_now=True)

    class Meta:
        verbose_name = _("指标阈值")
        verbose_name_plural = _("指标阈值")

    def __str__(self):
        return str(_("指标阈值"))

    def as_dict(self) -> dict:
        return {
            "no_service_max": f"{Decimal(self.no_service_max):.4f}",
            "reply_3min_min": f"{Decimal(self.reply_3min_min):.4f}",
            "avg_response_max_seconds": f"{Decimal(self.avg_response_max_seconds):.2f}",
            "dissatisfaction_max": f"{Decimal(self.dissatisfaction_max):.4f}",
            "points_per_failure": self.points_per_failure,
        }


class ThresholdChange(models.Model):
    """Audit line: who changed the thresholds, when, from what to what."""

    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        verbose_name=_("操作人"),
    )
    before = models.JSONField(_("之前"))
    after = models.JSONField(_("之后"))
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("阈值变更记录")
        verbose_name_plural = _("阈值变更记录")

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.changed_by}"


class PeriodFigures(models.Model):
    """Every count behind every rate of one period, the rates and pass/fail
    against the thresholds kept with them: what a store's and an agent's
    results share."""

    period = models.CharField(_("周期"), max_length=8, choices=Period.choices)
    period_start = models.DateField(_("开始日期"))
    period_end = models.DateField(_("结束日期"))
    # Human sessions started inside the period and the window: no-service base.
    human_sessions = models.PositiveIntegerField(_("接待会话"), default=0)
    no_service_sessions = models.PositiveIntegerField(_("未接待会话"), default=0)
    rounds = models.PositiveIntegerField(_("轮次"), default=0)
    rounds_within_3min = models.PositiveIntegerField(_("3分钟内回复轮次"), default=0)
    rounds_within_30s = models.PositiveIntegerField(_("30秒内回复轮次"), default=0)
    total_wait_seconds = models.DecimalField(
        _("总等待时长(秒)"), max_digits=16, decimal_places=3, default=0
    )
    rated_sessions = models.PositiveIntegerField(_("评价会话"), default=0)
    dissatisfied_sessions = models.PositiveIntegerField(_("不满意会话"), default=0)
    answered_sessions = models.PositiveIntegerField(_("已回复会话"), default=0)
    total_first_response_seconds = models.DecimalField(
        _("首次响应总时长(秒)"), max_digits=16, decimal_places=3, default=0
    )
    first_response_seconds = models.DecimalField(
        _("首次响应时长"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    no_service_rate = models.DecimalField(
        _("未接待率"), max_digits=5, decimal_places=4, null=True, blank=True
    )
    reply_3min_rate = models.DecimalField(
        _("3分钟回复率"), max_digits=5, decimal_places=4, null=True, blank=True
    )
    reply_30s_rate = models.DecimalField(
        _("30秒回复率"), max_digits=5, decimal_places=4, null=True, blank=True
    )
    avg_response_seconds = models.DecimalField(
        _("平均响应时长"), max_digits=7, decimal_places=2, null=True, blank=True
    )
    dissatisfaction_rate = models.DecimalField(
        _("不满意率"), max_digits=5, decimal_places=4, null=True, blank=True
    )
    no_service_passed = models.BooleanField(_("未接待率达标"), default=True)
    reply_3min_passed = models.BooleanField(_("3分钟回复率达标"), default=True)
    avg_response_passed = models.BooleanField(_("平均响应时长达标"), default=True)
    dissatisfaction_passed = models.BooleanField(_("不满意率达标"), default=True)
    passed = models.BooleanField(_("结果"), default=True)
    thresholds = models.JSONField(_("指标阈值"), default=dict)
    computed_at = models.DateTimeField(_("计算时间"))

    class Meta:
        abstract = True

    def failed_metrics(self) -> list[str]:
        return [m for m in Metric.values if not getattr(self, f"{m}_passed")]


class MetricResult(PeriodFigures):
    """One store's numbers for one period, every count behind every rate.

    Re-computing a period replaces its row (unique store+period+start).
    """

    store = models.ForeignKey(
        "chat.Store",
        on_delete=models.CASCADE,
        related_name="metric_results",
        verbose_name=_("店铺"),
    )

    class Meta:
        ordering = ["store", "period", "-period_start"]
        constraints = [
            models.UniqueConstraint(
                fields=["store", "period", "period_start"],
                name="metric_result_one_per_store_and_period",
            )
        ]
        indexes = [models.Index(fields=["period", "period_start"])]
        verbose_name = _("指标结果")
        verbose_name_plural = _("指标结果")

    def __str__(self):
        return f"{self.store_id} {self.period} {self.period_start}"


class AgentMetricResult(PeriodFigures):
    """One agent's numbers for one period in one store (docs/metrics.md, per
    agent), every count behind every rate, judged by the store thresholds.

    Written with the store's MetricResult rows by the same computation;
    re-computing a period replaces the period's rows of the stores computed.
    `no_service_sessions` counts clauses (b) and (c) only.
    """

    store = models.ForeignKey(
        "chat.Store", on_delete=models.CASCADE, related_name="agent_metric_results"
    )
    agent = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        ordering = ["store", "period", "-period_start", "agent"]
        constraints = [
            models.UniqueConstraint(
                fields=["store", "agent", "period", "period_start"],
                name="agent_metric_result_one_per_agent_and_period",
            )
        ]
        indexes = [models.Index(fields=["store", "period", "period_start"])]
        verbose_name = _("客服指标结果")
        verbose_name_plural = _("客服指标结果")

    def __str__(self):
        return f"{self.store_id} {self.agent_id} {self.period} {self.period_start}"


class ImportedSession(models.Model):
    """Maps a chat log's session key to the chat.Session built from it."""

    external_id = models.CharField(max_length=200, unique=True)
    session = models.OneToOneField(
        "chat.Session", on_delete=models.CASCADE, related_name="import_source"
    )
    imported_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return self.external_id


class SessionDayRounds(models.Model):
    """One session's counted rounds that started on one day, stored.

    Written by `metrics.actions.do_store_day` with the same SQL as the
    from-scratch computation, for every session that entered human service
    (valid or not: an invalid session is left out of StoreDayTotals through
    ExcludedSession). Rows of a day are current while its StoredDay is.
    """

    day = models.DateField()
    session = models.ForeignKey(
        "chat.Session", on_delete=models.CASCADE, related_name="+"
    )
    store = models.ForeignKey("chat.Store", on_delete=models.CASCADE, related_name="+")
    # ROUND_AGENT of these rounds (metrics.queries.NO_AGENT: none yet).
    agent_id = models.BigIntegerField(db_default=0)
    rounds = models.PositiveIntegerField()
    total_wait_ms = models.BigIntegerField()
    within_3min = models.PositiveIntegerField()
    within_30s = models.PositiveIntegerField()
    # Nothing can change the row: its rounds have an agent, or the session
    # was closed. Rows not final are computed again before every sum.
    final = models.BooleanField(db_default=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["day", "session", "agent_id"],
                name="session_day_rounds_once_per_agent",
            )
        ]
        indexes = [
            models.Index(
                fields=["day"],
                condition=models.Q(final=False),
                name="session_day_rounds_open_idx",
            ),
        ]

    def __str__(self):
        return f"{self.day} {self.session_id}: {self.rounds}"


class SessionFacts(models.Model):
    """What one human session contributes to the session metrics, stored.

    One row per session that entered human service (valid or not, as for
    SessionDayRounds), on the local day of its start. The flags
    are 0 or 1 so that they add up: the no-service clauses (only for a session
    counted for the no-service rate) and the session's last rating. Written by
    `metrics.actions.do_store_day` with the SQL of the from-scratch computation
    (`metrics.queries.SESSION_FACTS`). `final` says no message can change the
    row any more (the session was closed); rows that are not final, and rows of
    sessions rated since (`StoredDay.ratings_seen`), are computed again before
    a period is added up.
    """

    session = models.OneToOneField(
        "chat.Session", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    day = models.DateField()
    store = models.ForeignKey("chat.Store", on_delete=models.CASCADE, related_name="+")
    # Started inside the window: counts for the no-service rate.
    counted = models.PositiveSmallIntegerField()
    not_assigned_in_time = models.PositiveSmallIntegerField()
    no_reply_after_assignment = models.PositiveSmallIntegerField()
    last_round_unanswered = models.PositiveSmallIntegerField()
    last_rating = models.PositiveSmallIntegerField(null=True, blank=True)
    # LAST_AGENT (metrics.queries.NO_AGENT: never assigned).
    agent_id = models.BigIntegerField(db_default=0)
    # ANSWERED_SESSIONS (a counted session only), FIRST_RESPONSE, RESPONDER.
    answered = models.PositiveSmallIntegerField(db_default=0)
    first_response_ms = models.BigIntegerField(null=True, blank=True)
    responder_id = models.BigIntegerField(db_default=0)
    final = models.BooleanField()

    class Meta:
        indexes = [
            models.Index(fields=["day"], name="session_facts_day_idx"),
            models.Index(
                fields=["day"],
                condition=models.Q(final=False),
                name="session_facts_open_idx",
            ),
        ]

    def __str__(self):
        return f"{self.day} {self.session_id}"


class StoreDayTotals(models.Model):
    """One store's stored rows of one day added up per agent, less excluded
    sessions.

    While the day's StoredDay is current, always the sum of the day's
    SessionDayRounds and SessionFacts rows of the store whose session is not
    an ExcludedSession: written with the rows, and moved by the difference
    whenever facts are computed again or a session is excluded or included.
    A completed period is added up from these alone.
    """

    day = models.DateField()
    store = models.ForeignKey("chat.Store", on_delete=models.CASCADE, related_name="+")
    # The agent the counts belong to; metrics.queries.NO_AGENT (0): the
    # store's own (unassigned rounds, never assigned sessions).
    agent_id = models.BigIntegerField(db_default=0)
    rounds = models.BigIntegerField(db_default=0)
    total_wait_ms = models.BigIntegerField(db_default=0)
    within_3min = models.BigIntegerField(db_default=0)
    within_30s = models.BigIntegerField(db_default=0)
    sessions = models.BigIntegerField(db_default=0)
    no_service = models.BigIntegerField(db_default=0)
    agent_no_service = models.BigIntegerField(db_default=0)
    rated = models.BigIntegerField(db_default=0)
    dissatisfied = models.BigIntegerField(db_default=0)
    answered = models.BigIntegerField(db_default=0)
    first_response_ms = models.BigIntegerField(db_default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["day", "store", "agent_id"],
                name="store_day_totals_once_per_agent",
            )
        ]

    def __str__(self):
        return f"{self.day} {self.store_id} {self.agent_id}"


class ExcludedSession(models.Model):
    """A session left out of every StoreDayTotals: it was invalid when the
    totals were last brought up to date with the sessions' validity
    (`metrics.actions.reconcile_excluded_sessions`)."""

    session = models.OneToOneField(
        "chat.Session", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )

    def __str__(self):
        return str(self.session_id)


class StoredDay(models.Model):
    """Whether a day's SessionDayRounds, SessionFacts and StoreDayTotals are
    current.

    Only a completed day (its end plus the 600 s answer horizon has passed) is
    stored. Writers of past chat data (the chat-log import) mark the days they
    touch not current; the next computation of a period stores them again.
    `ratings_seen`: every rating with an id up to it is in the day's facts.
    """

    day = models.DateField(unique=True)
    current = models.BooleanField(default=False)
    computed_at = models.DateTimeField(null=True, blank=True)
    ratings_seen = models.BigIntegerField(default=0)

    def __str__(self):
        return f"{self.day} {'current' if self.current else 'stale'}"


class ExemptDay(models.Model):
    """A day not assessed (a holiday, a platform outage): rounds and sessions
    starting on it count in nothing (metrics.queries.EXEMPT_DAYS), for one
    store or, with no store, for every store. Set by admins
    (metrics.actions.exempt_days), audited."""

    day = models.DateField(_("日期"))
    store = models.ForeignKey(
        "chat.Store",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("店铺（空：全平台）"),
    )
    reason = models.CharField(_("原因"), max_length=500)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("创建人"),
    )
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)

    class Meta:
        ordering = ["-day", "store"]
        constraints = [
            models.UniqueConstraint(
                fields=["day"],
                condition=models.Q(store__isnull=True),
                name="exempt_day_once_for_the_platform",
            ),
            models.UniqueConstraint(
                fields=["day", "store"],
                condition=models.Q(store__isnull=False),
                name="exempt_day_once_per_store",
            ),
        ]
        verbose_name = _("免考核日")
        verbose_name_plural = _("免考核日")

    def __str__(self):
        return f"{self.day} {self.store or _('全平台')}"


class RatingAppeal(models.Model):
    """A supervisor's one appeal against one rating of their store (a
    malicious buyer, a rating about the courier, a test order); an auditor
    upholds or rejects it. An upheld appeal takes the rating out of
    LAST_RATINGS: the session's previous rating, if any, counts instead."""

    class Ground(models.TextChoices):
        MALICIOUS = "malicious", _("恶意评价")
        COURIER = "courier", _("评价针对快递物流")
        TEST_ORDER = "test_order", _("测试订单")
        OTHER = "other", _("其他")

    class State(models.TextChoices):
        PENDING = "pending", _("待处理")
        UPHELD = "upheld", _("申诉成立")
        REJECTED = "rejected", _("申诉驳回")

    rating = models.OneToOneField(
        "chat.Rating",
        on_delete=models.CASCADE,
        related_name="appeal",
        verbose_name=_("评价"),
    )
    store = models.ForeignKey(
        "chat.Store",
        on_delete=models.CASCADE,
        related_name="rating_appeals",
        verbose_name=_("店铺"),
    )
    ground = models.CharField(_("申诉理由"), max_length=16, choices=Ground.choices)
    statement = models.TextField(_("申诉说明"), max_length=2000)
    evidence = models.TextField(_("证据"), max_length=2000, blank=True)
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
    decision_reason = models.CharField(_("处理理由"), max_length=500, blank=True)
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
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(
                fields=["rating"],
                condition=models.Q(state="upheld"),
                name="rating_appeal_upheld_idx",
            )
        ]
        verbose_name = _("评价申诉")
        verbose_name_plural = _("评价申诉")

    def __str__(self):
        return f"{self.rating_id} {self.state}"
