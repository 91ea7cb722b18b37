"""Changes a store's supervisor (and, for their own phrases, an agent) may make.

Every `check_` function validates untrusted input and the actor's right to act on
this store, then calls its `do_` twin; every `do_` function writes one audit line
to the `csc.audit` logger naming the actor, the store and exactly what changed.
"""

import logging

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from chat.actions.socket_access import do_recheck_user_sockets
from chat.events import phrases_event, send_event_on_commit, store_group, user_group
from chat.models import FaqEntry, Membership, QuickPhrase, Store
from compliance.rule_texts import localize
from compliance.rulesets import rule_name
from compliance.screening import screen_merchant_text

audit_log = logging.getLogger("csc.audit")

SETTINGS_FIELDS = (
    "greeting",
    "closing_phrase",
    "opens_at",
    "closes_at",
    "idle_close_minutes",
    "assist_delay_seconds",
    "robot_assist",
)
IDLE_MINUTES_RANGE = (1, 1440)
ASSIST_DELAY_RANGE = (5, 3600)
CAPACITY_RANGE = (1, 50)
PHRASE_MAX = 2000
SHORTCUT_MAX = 32
KEYWORD_MAX = 50


def _audit(actor, store, action, **details):
    audit_log.info(
        "%s store=%s actor=%s %s",
        action,
        store.slug,
        actor.username if actor else "-",
        " ".join(f"{key}={value!r}" for key, value in sorted(details.items())),
    )


def is_supervisor_of(user, store) -> bool:
    membership = getattr(user, "membership", None)
    return (
        membership is not None
        and membership.store_id == store.id
        and membership.role == Membership.MemberRole.SUPERVISOR
    )


def is_member_of(user, store) -> bool:
    membership = getattr(user, "membership", None)
    return membership is not None and membership.store_id == store.id


def _require_supervisor(actor, store):
    if not is_supervisor_of(actor, store):
        raise PermissionDenied(_("只有本店主管可以修改店铺设置。"))


def _in_range(value, bounds, field, message, errors):
    low, high = bounds
    if value is None or not low <= value <= high:
        errors[field] = message % {"low": low, "high": high}


def _required_text(value, field, limit, errors, label):
    text = (value or "").strip()
    if not text:
        errors[field] = _("%(label)s不能为空。") % {"label": label}
    elif len(text) > limit:
        errors[field] = _("%(label)s最多 %(limit)s 个字。") % {
            "label": label,
            "limit": limit,
        }
    return text


def _screened_text(text, field, errors, label):
    """Refuse merchant-authored text that screening would block: it reaches buyers
    as robot, system or agent messages, so it must pass as an agent's would."""
    if not text or field in errors:
        return text
    result = screen_merchant_text(text)
    if result.action != "block":
        return text
    blocking = [v for v in result.violations if v.get("action") == "block"]
    findings = [
        _("“%(match)s”违反了规则“%(rule)s”，建议：%(suggestion)s")
        % {
            "match": violation.get("match", ""),
            "rule": rule_name(violation.get("rule", "")),
            "suggestion": localize(violation.get("suggestion", ""))
            or _("请在平台内沟通。"),
        }
        for violation in blocking or result.violations
    ] or [_("包含违规内容。")]
    errors[field] = _("%(label)s包含违规内容：%(findings)s") % {
        "label": label,
        "findings": "；".join(findings),
    }
    return text


# Store settings ------------------------------------------------------------


def business_hours_errors(opens, closes) -> dict:
    """Closing before opening means overnight hours; equal times mean nothing."""
    errors = {}
    if opens is None:
        errors["opens_at"] = _("请填写营业开始时间。")
    if closes is None:
        errors["closes_at"] = _("请填写营业结束时间。")
    elif opens is not None and opens == closes:
        errors["closes_at"] = _("营业结束时间不能与开始时间相同。")
    return errors


@transaction.atomic
def do_update_store_settings(store: Store, actor, changes: dict) -> dict:
    """Apply `changes` (a subset of SETTINGS_FIELDS); return {field: (old, new)}."""
    unknown = set(changes) - set(SETTINGS_FIELDS)
    if unknown:
        raise ValueError(f"not store settings: {sorted(unknown)}")
    changed = {
        field: (getattr(store, field), value)
        for field, value in changes.items()
        if getattr(store, field) != value
    }
    if not changed:
        return {}
    for field, (_old, new) in changed.items():
        setattr(store, field, new)
    store.save(update_fields=[*changed, "updated_at"])
    _audit(
        actor, store, "store_settings", **{f: new for f, (_o, new) in changed.items()}
    )
    return changed


def check_update_store_settings(actor, store: Store, changes: dict) -> dict:
    _require_supervisor(actor, store)
    errors = {}
    cleaned = dict(changes)
    for field, label, limit in (
        ("greeting", _("欢迎语"), 500),
        ("closing_phrase", _("结束语"), 500),
    ):
        if field in cleaned:
            cleaned[field] = _required_text(cleaned[field], field, limit, errors, label)
            _screened_text(cleaned[field], field, errors, label)
    opens = cleaned.get("opens_at", store.opens_at)
    closes = cleaned.get("closes_at", store.closes_at)
    errors.update(business_hours_errors(opens, closes))
    if "idle_close_minutes" in cleaned:
        _in_range(
            cleaned["idle_close_minutes"],
            IDLE_MINUTES_RANGE,
            "idle_close_minutes",
            _("无活动自动结束时间须在 %(low)s 到 %(high)s 分钟之间。"),
            errors,
        )
    if "assist_delay_seconds" in cleaned:
        _in_range(
            cleaned["assist_delay_seconds"],
            ASSIST_DELAY_RANGE,
            "assist_delay_seconds",
            _("辅助回复等待时间须在 %(low)s 到 %(high)s 秒之间。"),
            errors,
        )
    if "robot_assist" in cleaned:
        cleaned["robot_assist"] = bool(cleaned["robot_assist"])
    if errors:
        raise ValidationError(errors)
    return do_update_store_settings(store, actor, cleaned)


# Team ----------------------------------------------------------------------


@transaction.atomic
def do_update_membership(membership: Membership, actor, *, max_sessions, role) -> dict:
    changed = {}
    if membership.max_sessions != max_sessions:
        changed["max_sessions"] = (membership.max_sessions, max_sessions)
        membership.max_sessions = max_sessions
    if membership.role != role:
        changed["role"] = (membership.role, role)
        membership.role = role
    if changed:
        membership.save(update_fields=[*changed, "updated_at"])
        if "role" in changed:
            do_recheck_user_sockets(membership.user_id)
        _audit(
            actor,
            membership.store,
            "membership",
            member=membership.user.username,
            **{f: new for f, (_o, new) in changed.items()},
        )
    return changed


def check_update_membership(actor, membership: Membership, *, max_sessions, role):
    store = membership.store
    _require_supervisor(actor, store)
    errors = {}
    _in_range(
        max_sessions,
        CAPACITY_RANGE,
        "max_sessions",
        _("最大接待量须在 %(low)s 到 %(high)s 之间。"),
        errors,
    )
    if role not in Membership.MemberRole.values:
        errors["role"] = _("请选择有效的角色。")
    elif (
        membership.role == Membership.MemberRole.SUPERVISOR
        and role != Membership.MemberRole.SUPERVISOR
        and not store.members.filter(role=Membership.MemberRole.SUPERVISOR)
        .exclude(pk=membership.pk)
        .exists()
    ):
        errors["role"] = _("店铺至少需要保留一名主管。")
    if errors:
        raise ValidationError(errors)
    return do_update_membership(membership, actor, max_sessions=max_sessions, role=role)


# Quick phrases -------------------------------------------------------------


def _require_phrase_owner(actor, store, owner):
    """Shared phrases (owner None) are the supervisor's; own ones their owner's."""
    if owner is None:
        _require_supervisor(actor, store)
    elif owner.pk != actor.pk or not is_member_of(actor, store):
        raise PermissionDenied(_("只能修改自己的快捷短语。"))


def _clean_phrase(store, owner, *, text, shortcut, purpose, exclude_pk=None):
    errors = {}
    text = _required_text(text, "text", PHRASE_MAX, errors, _("短语内容"))
    _screened_text(text, "text", errors, _("短语内容"))
    shortcut = (shortcut or "").strip().lstrip("/")
    if len(shortcut) > SHORTCUT_MAX:
        errors["shortcut"] = _("快捷码最多 %(limit)s 个字符。") % {
            "limit": SHORTCUT_MAX
        }
    elif any(char.isspace() for char in shortcut):
        errors["shortcut"] = _("快捷码不能包含空格。")
    elif shortcut:
        clash = QuickPhrase.objects.filter(
            store=store, owner=owner, shortcut=shortcut
        ).exclude(pk=exclude_pk)
        if clash.exists():
            errors["shortcut"] = _("快捷码“%(code)s”已被使用。") % {"code": shortcut}
    if purpose not in QuickPhrase.Purpose.values:
        errors["purpose"] = _("请选择有效的用途。")
    if errors:
        raise ValidationError(errors)
    return {"text": text, "shortcut": shortcut, "purpose": purpose}


@transaction.atomic
def _phrases_changed(store, owner) -> None:
    """A store's shared phrases reach all its consoles, one's own only theirs."""
    group = store_group(store.pk) if owner is None else user_group(owner.pk)
    send_event_on_commit(group, phrases_event())


def do_create_quick_phrase(
    store, actor, *, owner, text, shortcut="", purpose="general"
):
    scope = QuickPhrase.objects.filter(store=store, owner=owner)
    position = (scope.aggregate(top=Max("position"))["top"] or 0) + 1
    phrase = QuickPhrase.objects.create(
        store=store,
        owner=owner,
        text=text,
        shortcut=shortcut,
        purpose=purpose,
        position=position,
    )
    _audit(actor, store, "phrase_create", phrase=phrase.pk, shared=owner is None)
    _phrases_changed(store, owner)
    return phrase


def check_create_quick_phrase(actor, store, *, owner, text, shortcut="", purpose):
    _require_phrase_owner(actor, store, owner)
    cleaned = _clean_phrase(store, owner, text=text, shortcut=shortcut, purpose=purpose)
    return do_create_quick_phrase(store, actor, owner=owner, **cleaned)


@transaction.atomic
def do_update_quick_phrase(phrase: QuickPhrase, actor, *, text, shortcut, purpose):
    changed = [
        field
        for field, value in (
            ("text", text),
            ("shortcut", shortcut),
            ("purpose", purpose),
        )
        if getattr(phrase, field) != value
    ]
    phrase.text, phrase.shortcut, phrase.purpose = text, shortcut, purpose
    if changed:
        phrase.save(update_fields=[*changed, "updated_at"])
        _audit(actor, phrase.store, "phrase_update", phrase=phrase.pk, fields=changed)
        _phrases_changed(phrase.store, phrase.owner)
    return changed


def check_update_quick_phrase(actor, phrase, *, text, shortcut="", purpose):
    _require_phrase_owner(actor, phrase.store, phrase.owner)
    cleaned = _clean_phrase(
        phrase.store,
        phrase.owner,
        text=text,
        shortcut=shortcut,
        purpose=purpose,
        exclude_pk=phrase.pk,
    )
    return do_update_quick_phrase(phrase, actor, **cleaned)


def do_delete_quick_phrase(phrase: QuickPhrase, actor):
    _audit(actor, phrase.store, "phrase_delete", phrase=phrase.pk, text=phrase.text)
    _phrases_changed(phrase.store, phrase.owner)
    phrase.delete()


def check_delete_quick_phrase(actor, phrase):
    _require_phrase_owner(actor, phrase.store, phrase.owner)
    do_delete_quick_phrase(phrase, actor)


# FAQ -------------------------------------------------------------------------


def _clean_faq(*, keywords, answer):
    errors = {}
    parts = [k.strip() for k in (keywords or "").replace("，", ",").split(",")]
    parts = list(dict.fromkeys(k for k in parts if k))
    if not parts:
        errors["keywords"] = _("请至少填写一个关键词，多个关键词用逗号分隔。")
    elif any(len(k) > KEYWORD_MAX for k in parts):
        errors["keywords"] = _("每个关键词最多 %(limit)s 个字。") % {
            "limit": KEYWORD_MAX
        }
    elif len(",".join(parts)) > 500:
        errors["keywords"] = _("关键词总长度最多 500 个字符。")
    for keyword in parts:
        _screened_text(keyword, "keywords", errors, _("关键词"))
    answer = _required_text(answer, "answer", PHRASE_MAX, errors, _("回答"))
    _screened_text(answer, "answer", errors, _("回答"))
    if errors:
        raise ValidationError(errors)
    return {"keywords": ",".join(parts), "answer": answer}


@transaction.atomic
def do_create_faq_entry(store, actor, *, keywords, answer):
    position = (store.faq.aggregate(top=Max("position"))["top"] or 0) + 1
    entry = FaqEntry.objects.create(
        store=store, keywords=keywords, answer=answer, position=position
    )
    _audit(actor, store, "faq_create", entry=entry.pk, keywords=keywords)
    return entry


def check_create_faq_entry(actor, store, *, keywords, answer):
    _require_supervisor(actor, store)
    return do_create_faq_entry(
        store, actor, **_clean_faq(keywords=keywords, answer=answer)
    )


@transaction.atomic
def do_update_faq_entry(entry: FaqEntry, actor, *, keywords, answer):
    changed = [
        field
        for field, value in (("keywords", keywords), ("answer", answer))
        if getattr(entry, field) != value
    ]
    entry.keywords, entry.answer = keywords, answer
    if changed:
        entry.save(update_fields=[*changed, "updated_at"])
        _audit(actor, entry.store, "faq_update", entry=entry.pk, fields=changed)
    return changed


def check_update_faq_entry(actor, entry, *, keywords, answer):
    _require_supervisor(actor, entry.store)
    return do_update_faq_entry(
        entry, actor, **_clean_faq(keywords=keywords, answer=answer)
    )


def do_delete_faq_entry(entry: FaqEntry, actor):
    _audit(actor, entry.store, "faq_delete", entry=entry.pk, keywords=entry.keywords)
    entry.delete()


def check_delete_faq_entry(actor, entry):
    _require_supervisor(actor, entry.store)
    do_delete_faq_entry(entry, actor)
