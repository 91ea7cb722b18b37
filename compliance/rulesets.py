"""Rules are data: load the shipped defaults, build the engine's spec, reload live.

Every process keeps one compiled rule set and checks the newest RuleSetRevision at
most every RELOAD_CHECK_SECONDS; a change made in the admin is in use everywhere
within that time, with no restart.
"""

import asyncio
import gc
import threading
import time

from django.db import transaction

from compliance.engine import RuleSet, compile_ruleset, load_default_spec
from compliance.models import (
    AllowEntry,
    PlatformDomain,
    Rule,
    RuleCategory,
    RuleEntry,
    RuleSetRevision,
)
from compliance.rule_texts import localize

RELOAD_CHECK_SECONDS = 2.0


def install_default_rules(models=None) -> int:
    """Write the shipped default rule set into the tables; returns entries written.

    `models` lets a data migration pass its historical model classes.
    """
    m = models or {
        "RuleCategory": RuleCategory,
        "Rule": Rule,
        "RuleEntry": RuleEntry,
        "AllowEntry": AllowEntry,
        "PlatformDomain": PlatformDomain,
    }
    spec = load_default_spec()
    categories = {}
    for code, data in spec["categories"].items():
        categories[code], _ = m["RuleCategory"].objects.get_or_create(
            code=code,
            defaults={
                "name": data["name"],
                "buyer_action": data["actions"]["buyer"],
                "agent_action": data["actions"]["agent"],
                "points": data["points"],
            },
        )
    written = 0
    for data in spec["rules"]:
        actions = data.get("actions") or {}
        rule, _ = m["Rule"].objects.get_or_create(
            code=data["code"],
            defaults={
                "category": categories[data["category"]],
                "name": data["name"],
                "buyer_action": actions.get("buyer", ""),
                "agent_action": actions.get("agent", ""),
                "points": data.get("points"),
                "suggestion": data.get("suggestion", ""),
                "detector": data.get("detector") or "",
                "enabled": data.get("enabled", True),
            },
        )
        existing = set(rule.entries.values_list("kind", "value"))
        fresh = [
            m["RuleEntry"](rule=rule, kind=kind, value=value)
            for kind, key in (("term", "terms"), ("pattern", "patterns"))
            for value in dict.fromkeys(data.get(key, []))
            if (kind, value) not in existing
        ]
        m["RuleEntry"].objects.bulk_create(fresh)
        written += len(fresh)
    known = set(m["AllowEntry"].objects.values_list("value", flat=True))
    fresh_allow = [
        m["AllowEntry"](value=v) for v in dict.fromkeys(spec["allow"]) if v not in known
    ]
    m["AllowEntry"].objects.bulk_create(fresh_allow)
    for domain in spec.get("platform_domains", []):
        m["PlatformDomain"].objects.get_or_create(domain=domain)
    return written + len(fresh_allow)


def latest_revision_id() -> int:
    return (
        RuleSetRevision.objects.order_by("-id").values_list("id", flat=True).first()
        or 0
    )


def build_spec() -> dict:
    """The engine spec from the tables, stamped with the newest revision."""
    revision = latest_revision_id()
    categories = {
        c.code: {
            "name": c.name,
            "actions": {"buyer": c.buyer_action, "agent": c.agent_action},
            "points": c.points,
        }
        for c in RuleCategory.objects.all()
    }
    entries: dict[int, dict[str, list[str]]] = {}
    for rule_id, kind, value in RuleEntry.objects.filter(enabled=True).values_list(
        "rule_id", "kind", "value"
    ):
        bucket = entries.setdefault(rule_id, {"terms": [], "patterns": []})
        bucket["terms" if kind == RuleEntry.Kind.TERM else "patterns"].append(value)
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
        "allow": list(AllowEntry.objects.values_list("value", flat=True)),
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

    def get(self) -> RuleSet:
        now = time.monotonic()
        if self._ruleset is not None and (
            now - self._checked_at < self.check_every or _on_event_loop()
        ):
            # On an event loop the revision is not checked (that would block
            # it); its callers look at `fresh()` first (chat.actions.text_send).
            return self._ruleset
        with self._lock:
            if self._ruleset is None or now - self._checked_at >= self.check_every:
                revision = latest_revision_id()
                if revision != self._revision or self._ruleset is None:
                    with transaction.atomic():
                        spec = build_spec()
                    self._ruleset = compile_ruleset(spec)
                    self._revision = revision
                    # The compiled set lives until the next revision: keep its
                    # objects out of the cyclic collector's full passes (see
                    # csc/asgi.py).
                    gc.freeze()
                self._checked_at = time.monotonic()
        return self._ruleset

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
    rule = current_ruleset().rules.get(code) if code else None
    return localize(rule.name) if rule else code
