"""Rules are data: build the engine's spec from the tables, reload it live.

The tables get the shipped rules from the rule pack (compliance.actions.rulepack,
`manage.py sync_rule_pack`) and admins' edits from Django admin.

Every process keeps one compiled rule set — the rules with the active screening
model — and checks the newest RuleSetRevision at most every
RELOAD_CHECK_SECONDS; a change made in the admin (a rule, a threshold, a model
activated) is in use everywhere within that time, with no restart. The chat's
event-loop send reads the newest revision in its own locking statement and
confirms the compiled set with every message (`LiveRuleSet.confirm`), which
also counts as the check.
"""

import asyncio
import gc
import threading
import time

from django.db import connection, transaction
from django.utils.translation import gettext

from compliance.engine import (
    RuleSet,
    ScreeningModel,
    SpecError,
    compile_ruleset,
    default_model,
)
from compliance.engine.model import model_from_bytes
from compliance.labels import CATEGORY_LABELS
from compliance.models import (
    AllowEntry,
    Origin,
    PlatformDomain,
    Rule,
    RuleCategory,
    RuleEntry,
    RuleSetRevision,
)
from compliance.models import ScreeningModel as ScreeningModelRow
from compliance.rule_texts import HELD_IMAGE_NAME, HELD_IMAGE_RULE, localize

RELOAD_CHECK_SECONDS = 2.0


def latest_revision_id() -> int:
    return (
        RuleSetRevision.objects.order_by("-id").values_list("id", flat=True).first()
        or 0
    )


def latest_revision_sql() -> str:
    """An SQL expression: `latest_revision_id()`, for a caller that reads it in
    a statement of its own (the chat send reads it with every message, and
    confirms the compiled set with `LiveRuleSet.confirm`)."""
    table = connection.ops.quote_name(RuleSetRevision._meta.db_table)
    return f"COALESCE((SELECT id FROM {table} ORDER BY id DESC LIMIT 1), 0)"


def build_spec() -> dict:
    """The engine spec from the tables, stamped with the newest revision."""
    revision = latest_revision_id()
    categories = {}
    for c in RuleCategory.objects.all():
        categories[c.code] = {
            "name": c.name,
            "actions": {"buyer": c.buyer_action, "agent": c.agent_action},
            "points": c.points,
        }
        if c.block_threshold is not None and c.flag_threshold is not None:
            categories[c.code]["thresholds"] = {
                "block": c.block_threshold,
                "flag": c.flag_threshold,
            }
    if not categories:
        raise SpecError(
            "the database holds no rules: run `python manage.py sync_rule_pack`"
        )
    entries: dict[int, dict[str, list[str]]] = {}
    for rule_id, kind, value, origin in RuleEntry.objects.filter(
        enabled=True
    ).values_list("rule_id", "kind", "value", "origin"):
        bucket = entries.setdefault(
            rule_id, {"terms": [], "decisive_terms": [], "patterns": []}
        )
        if kind == RuleEntry.Kind.PATTERN:
            bucket["patterns"].append(value)
        elif origin == Origin.ADMIN:
            # An admin's own term says "this is a violation": it acts on its
            # own. Shipped terms are evidence the model weighs.
            bucket["decisive_terms"].append(value)
        else:
            bucket["terms"].append(value)
    rules = []
    for rule in Rule.objects.select_related("category").filter(enabled=True):
        category = categories[rule.category.code]
        has_override = rule.buyer_action or rule.agent_action
        rules.append(
            {
                "code": rule.code,
                "category": rule.category.code,
                "name": rule.name,
                "actions": {
                    "buyer": rule.buyer_action or category["actions"]["buyer"],
                    "agent": rule.agent_action or category["actions"]["agent"],
                }
                if has_override
                else None,
                "points": rule.points,
                "suggestion": rule.suggestion,
                "detector": rule.detector or None,
                "enabled": True,
                "sounds_like": rule.sounds_like,
                **entries.get(rule.id, {"terms": [], "patterns": []}),
            }
        )
    return {
        "version": f"r{revision}",
        "platform_domains": list(
            PlatformDomain.objects.values_list("domain", flat=True)
        ),
        "categories": categories,
        "rules": rules,
        "allow": list(
            AllowEntry.objects.filter(enabled=True).values_list("value", flat=True)
        ),
    }


def do_bump_revision(note: str, actor=None) -> RuleSetRevision:
    """Record a rule change; every process picks it up within seconds."""
    return RuleSetRevision.objects.create(note=note[:300], actor=actor)


class LiveRuleSet:
    """The process's compiled rule set, rebuilt when a new revision appears."""

    def __init__(self, check_every: float = RELOAD_CHECK_SECONDS):
        self.check_every = check_every
        self._lock = threading.Lock()
        self._ruleset: RuleSet | None = None
        self._revision = -1
        self._checked_at = 0.0
        self._model: ScreeningModel | None = None

    def get(self) -> RuleSet:
        now = time.monotonic()
        if self._ruleset is not None and (
            now - self._checked_at < self.check_every or _on_event_loop()
        ):
            # On an event loop the revision is not checked (that would block
            # it); a caller there reads it itself and calls `confirm`
            # (chat.actions.text_send).
            return self._ruleset
        with self._lock:
            if self._ruleset is None or now - self._checked_at >= self.check_every:
                revision = latest_revision_id()
                if revision != self._revision or self._ruleset is None:
                    with transaction.atomic():
                        spec = build_spec()
                        self._model = active_model(self._model)
                    self._ruleset = compile_ruleset(spec, self._model)
                    self._revision = revision
                    # The compiled set lives until the next revision: keep its
                    # objects out of the cyclic collector's full passes (see
                    # csc/asgi.py).
                    gc.freeze()
                self._checked_at = time.monotonic()
        return self._ruleset

    def compiled(self) -> RuleSet | None:
        """The compiled set as it is, unchecked (None before the first `get()`):
        for a caller that confirms it with `confirm` before using it."""
        return self._ruleset

    def confirm(self, ruleset: RuleSet, revision: int) -> bool:
        """Whether `ruleset` (from `compiled`) is the one compiled from
        `revision`, the newest revision as the caller just read it
        (`latest_revision_sql`). If so that read was the revision check, and
        `get()` skips its own for `check_every`; if not, the check is due at
        once, so that the next `get()` off the event loop recompiles."""
        if ruleset is self._ruleset and revision == self._revision:
            self._checked_at = time.monotonic()
            return True
        self._checked_at = float("-inf")
        return False

    def fresh(self) -> bool:
        """Whether the rule set is compiled and its revision was checked within
        `check_every`: then `get()` answers without the database."""
        return (
            self._ruleset is not None
            and time.monotonic() - self._checked_at < self.check_every
        )

    def reset(self):
        with self._lock:
            self._ruleset = None
            self._revision = -1
            self._checked_at = 0.0
            self._model = None


def active_model(loaded: ScreeningModel | None = None) -> ScreeningModel:
    """The active model from the database (``loaded`` again when it is still
    the active one), or the shipped model file when none is active yet.
    ``ModelError`` names the row or file when it cannot be read: a process
    never screens with rules alone."""
    version = (
        ScreeningModelRow.objects.filter(state=ScreeningModelRow.State.ACTIVE)
        .values_list("version", flat=True)
        .first()
    )
    if version is None:
        return default_model()
    if loaded is not None and loaded.version == version:
        return loaded
    shipped = default_model()
    if shipped.version == version:
        return shipped
    artifact = (
        ScreeningModelRow.objects.filter(version=version)
        .values_list("artifact", flat=True)
        .get()
    )
    return model_from_bytes(bytes(artifact), f"screening model {version} (database)")


def _on_event_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


live_ruleset = LiveRuleSet()


def current_ruleset() -> RuleSet:
    return live_ruleset.get()


def rule_name(code: str) -> str:
    """A rule's human name from the live rule set, in the active language when
    it is the shipped name; the code itself when unknown."""
    if code and code.endswith(".model"):
        category = CATEGORY_LABELS.get(code.removesuffix(".model"), code)
        return gettext("模型识别：%(category)s") % {"category": category}
    if code == HELD_IMAGE_RULE:
        return localize(HELD_IMAGE_NAME)
    rule = current_ruleset().rules.get(code) if code else None
    return localize(rule.name) if rule else code
