"""The chat send path's entry to the engine: screen one message in its session."""

import json
from dataclasses import dataclass, field
from functools import cache

from django.db import connection

from compliance.engine import screen
from compliance.engine.images import ImageRejected, screen_image
from compliance.rulesets import current_ruleset

HISTORY_MESSAGES = 10
SCREENED_SENDERS = {"buyer": "buyer", "agent": "agent"}

__all__ = [
    "ImageRejected",
    "ScreeningResult",
    "screen_chat_image",
    "screen_chat_message",
]


@dataclass(frozen=True)
class ScreeningResult:
    action: str
    violations: list[dict] = field(default_factory=list)
    masked_text: str = ""
    version: str = ""

    @classmethod
    def from_verdict(cls, verdict) -> "ScreeningResult":
        return cls(
            action=verdict.action,
            violations=[v.to_dict() for v in verdict.violations],
            masked_text=verdict.masked_text,
            version=verdict.version,
        )


def history_sql(session_ref: str) -> str:
    """An SQL expression: the session's last text messages from its buyer and agent
    as a JSON array of [sender, text], newest first (NULL or [] when none).

    `session_ref` is the SQL that names the session's id (a parameter or a
    column), so that the chat send path can read the history in the statement
    that locks the session (chat/hot_sql.py)."""
    from chat.models import Message

    quote = connection.ops.quote_name
    senders = ", ".join(f"'{sender}'" for sender in SCREENED_SENDERS)
    if connection.vendor == "postgresql":
        aggregate = (
            "json_agg(json_build_array(h.sender_kind, h.body)"
            " ORDER BY h.created_at DESC, h.id DESC)"
        )
    else:  # SQLite aggregates in the subquery's order
        aggregate = "json_group_array(json_array(h.sender_kind, h.body))"
    return (
        f"(SELECT {aggregate} FROM ("
        f"SELECT sender_kind, body, created_at, id FROM {quote(Message._meta.db_table)}"
        f" WHERE session_id = {session_ref} AND kind = '{Message.Kind.TEXT}'"
        f" AND sender_kind IN ({senders})"
        # Newest first by time, served by the (session_id, created_at) index; by
        # id alone PostgreSQL read every message of a long session to sort them.
        f" ORDER BY created_at DESC, id DESC LIMIT {HISTORY_MESSAGES}) h)"
    )


@cache
def _history_sql(vendor: str) -> str:
    return "SELECT " + history_sql("%s")


def history_rows(value) -> list[tuple[str, str]]:
    """The history expression's value as the engine reads it: oldest first."""
    if value is None:
        return []
    if isinstance(value, str):  # SQLite hands JSON over as text
        value = json.loads(value)
    return [(SCREENED_SENDERS[kind], body) for kind, body in reversed(value)]


def session_history(session) -> list[tuple[str, str]]:
    """The session's last text messages, oldest first, as the engine reads them."""
    with connection.cursor() as cursor:
        cursor.execute(_history_sql(connection.vendor), [session.pk])
        return history_rows(cursor.fetchone()[0])


def screen_chat_message(
    *, session, sender_kind: str, text: str, history=None
) -> ScreeningResult:
    """Screen a buyer's or agent's text with the live rule set and session context
    (`history` as `session_history` returns it, read here when not given)."""
    sender = SCREENED_SENDERS.get(sender_kind)
    ruleset = current_ruleset()
    if sender is None:
        return ScreeningResult(
            action="allow", masked_text=text, version=ruleset.version
        )
    if history is None:
        history = session_history(session)
    verdict = screen(ruleset, text, sender, history)
    return ScreeningResult.from_verdict(verdict)


def screen_chat_image(*, session, sender_kind: str, data: bytes) -> ScreeningResult:
    """Decode QR codes in an image and screen their content; raises ImageRejected."""
    sender = SCREENED_SENDERS.get(sender_kind, "agent")
    return ScreeningResult.from_verdict(screen_image(current_ruleset(), data, sender))


def screen_merchant_text(text: str) -> ScreeningResult:
    """Screen merchant-authored canned text (greeting, FAQ, quick phrase) as an agent's."""
    return ScreeningResult.from_verdict(screen(current_ruleset(), text, "agent"))
