"""The chat send path's entry to the engine: screen one message in its session."""

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


@cache
def _history_sql(vendor: str) -> str:
    # Hand-written: read on every send, and the queryset's compilation cost more
    # than the query (see chat/hot_sql.py).
    from chat.models import Message

    quote = connection.ops.quote_name
    return (
        f"SELECT sender_kind, body FROM {quote(Message._meta.db_table)} "
        "WHERE session_id = %s AND kind = %s AND sender_kind IN (%s, %s) "
        # Newest first by time, served by the (session_id, created_at) index; by
        # id alone PostgreSQL read every message of a long session to sort them.
        f"ORDER BY created_at DESC, id DESC LIMIT {HISTORY_MESSAGES}"
    )


def session_history(session) -> list[tuple[str, str]]:
    """The session's last text messages, oldest first, as the engine reads them."""
    from chat.models import Message

    with connection.cursor() as cursor:
        cursor.execute(
            _history_sql(connection.vendor),
            [session.pk, Message.Kind.TEXT, *SCREENED_SENDERS],
        )
        rows = cursor.fetchall()
    return [(SCREENED_SENDERS[kind], body) for kind, body in reversed(rows)]


def screen_chat_message(*, session, sender_kind: str, text: str) -> ScreeningResult:
    """Screen a buyer's or agent's text with the live rule set and session context."""
    sender = SCREENED_SENDERS.get(sender_kind)
    ruleset = current_ruleset()
    if sender is None:
        return ScreeningResult(
            action="allow", masked_text=text, version=ruleset.version
        )
    verdict = screen(ruleset, text, sender, session_history(session))
    return ScreeningResult.from_verdict(verdict)


def screen_chat_image(*, session, sender_kind: str, data: bytes) -> ScreeningResult:
    """Decode QR codes in an image and screen their content; raises ImageRejected."""
    sender = SCREENED_SENDERS.get(sender_kind, "agent")
    return ScreeningResult.from_verdict(screen_image(current_ruleset(), data, sender))


def screen_merchant_text(text: str) -> ScreeningResult:
    """Screen merchant-authored canned text (greeting, FAQ, quick phrase) as an agent's."""
    return ScreeningResult.from_verdict(screen(current_ruleset(), text, "agent"))
