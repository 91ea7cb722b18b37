"""The chat send path's entry to the engine: screen one message in its session.

An image is read first (its written text and QR codes, by the process's
OCR reader: ``read_chat_image``, or ``aread_chat_image`` on an event loop),
then its reading is screened (``screen_chat_reading``). An image whose text
cannot be read is never delivered unscreened: it is held for review, a
blocked verdict under the ``image.unread`` rule that tells the sender so.
"""

import json
from dataclasses import dataclass, field
from functools import cache

from django.conf import settings
from django.db import connection

from chat.models import Message
from compliance.engine import screen
from compliance.engine.images import (
    ImageReading,
    ImageRejected,
    OcrFailed,
    aread_image,
    read_image,
    screen_reading,
)
from compliance.engine.ocr import OcrReader
from compliance.rule_texts import HELD_IMAGE_RULE, HELD_IMAGE_SUGGESTION
from compliance.rulesets import current_ruleset

HISTORY_MESSAGES = 10
SCREENED_SENDERS = {"buyer": "buyer", "agent": "agent"}

__all__ = [
    "ImageRejected",
    "OcrFailed",
    "ScreeningResult",
    "aread_chat_image",
    "read_chat_image",
    "screen_chat_image",
    "screen_chat_message",
    "screen_chat_reading",
]


@dataclass(frozen=True)
class ScreeningResult:
    action: str
    violations: list[dict] = field(default_factory=list)
    masked_text: str = ""
    version: str = ""
    model_version: str = ""
    # For an image: what was read in it (text, lines and their boxes, size).
    reading: dict = field(default_factory=dict)

    @classmethod
    def from_verdict(cls, verdict) -> "ScreeningResult":
        reading = getattr(verdict, "reading", None)
        return cls(
            action=verdict.action,
            violations=[v.to_dict() for v in verdict.violations],
            masked_text=verdict.masked_text,
            version=verdict.version,
            model_version=verdict.model_version,
            reading=reading.to_dict() if reading is not None else {},
        )


def history_sql(session_ref: str) -> str:
    """An SQL expression: the session's last text messages from its buyer and agent
    as a JSON array of [sender, text, verdict], newest first (NULL or [] when
    none): the screening's history, with the action each message was given.

    `session_ref` is the SQL that names the session's id (a parameter or a
    column), so that the chat send path can read the history in the statement
    that locks the session (chat/hot_sql.py)."""
    quote = connection.ops.quote_name
    senders = ", ".join(f"'{sender}'" for sender in SCREENED_SENDERS)
    if connection.vendor == "postgresql":
        aggregate = (
            "json_agg(json_build_array(h.sender_kind, h.body, h.verdict)"
            " ORDER BY h.created_at DESC, h.id DESC)"
        )
    else:  # SQLite aggregates in the subquery's order
        aggregate = "json_group_array(json_array(h.sender_kind, h.body, h.verdict))"
    return (
        f"(SELECT {aggregate} FROM ("
        f"SELECT sender_kind, body, verdict, created_at, id"
        f" FROM {quote(Message._meta.db_table)}"
        f" WHERE session_id = {session_ref} AND kind = '{Message.Kind.TEXT}'"
        f" AND sender_kind IN ({senders})"
        # Newest first by time, served by the (session_id, created_at) index; by
        # id alone PostgreSQL read every message of a long session to sort them.
        f" ORDER BY created_at DESC, id DESC LIMIT {HISTORY_MESSAGES}) h)"
    )


@cache
def history_select_sql(vendor: str) -> str:
    return "SELECT " + history_sql("%s")


def history_rows(value) -> list[tuple[str, str, str]]:
    """The history expression's value as the engine reads it: oldest first,
    ``(sender, text, action)``."""
    if value is None:
        return []
    if isinstance(value, str):  # SQLite hands JSON over as text
        value = json.loads(value)
    return [
        (SCREENED_SENDERS[kind], body, verdict)
        for kind, body, verdict in reversed(value)
    ]


def session_history(session) -> list[tuple[str, str, str]]:
    """The session's last text messages, oldest first, as the engine reads them
    (with each one's action)."""
    with connection.cursor() as cursor:
        cursor.execute(history_select_sql(connection.vendor), [session.pk])
        return history_rows(cursor.fetchone()[0])


def screen_chat_message(
    *, session, sender_kind: str, text: str, history=None, ruleset=None
) -> ScreeningResult:
    """Screen a buyer's or agent's text with the live rule set and session context
    (`history` as `session_history` returns it, read here when not given).

    The chat send decision passes `ruleset` and `history`, read before and with
    the session lock: then screening touches no database."""
    sender = SCREENED_SENDERS.get(sender_kind)
    ruleset = ruleset or current_ruleset()
    if sender is None:
        return ScreeningResult(
            action="allow",
            masked_text=text,
            version=ruleset.version,
            model_version=ruleset.model.version if ruleset.model else "",
        )
    if history is None:
        history = session_history(session)
    verdict = screen(ruleset, text, sender, history)
    return ScreeningResult.from_verdict(verdict)


@cache
def ocr_reader() -> OcrReader:
    """The process's OCR: OCR_JOBS images at once, the rest waiting in order."""
    return OcrReader(
        jobs=settings.OCR_JOBS,
        threads=settings.OCR_THREADS,
        wait=settings.OCR_WAIT_SECONDS,
    )


def read_chat_image(data: bytes) -> ImageReading | OcrFailed:
    """What the image says, or the OCR failure to hold it for; raises
    ImageRejected for a corrupt, huge or decompression-bomb image."""
    try:
        return read_image(data, ocr_reader())
    except OcrFailed as failure:
        return failure


async def aread_chat_image(data: bytes) -> ImageReading | OcrFailed:
    """`read_chat_image` on an event loop: the OCR runs on its own threads."""
    try:
        return await aread_image(data, ocr_reader())
    except OcrFailed as failure:
        return failure


def screen_chat_reading(
    *, sender_kind: str, reading: ImageReading | OcrFailed
) -> ScreeningResult:
    """The verdict on an image's reading with the live rule set; an image that
    could not be read is held for review."""
    ruleset = current_ruleset()
    if isinstance(reading, OcrFailed):
        return held_for_review(ruleset.version)
    sender = SCREENED_SENDERS.get(sender_kind, "agent")
    return ScreeningResult.from_verdict(screen_reading(ruleset, reading, sender))


def held_for_review(version: str) -> ScreeningResult:
    """Not delivered, queued for the auditors, and the sender told why."""
    return ScreeningResult(
        action="block",
        violations=[
            {
                "category": "",
                "rule": HELD_IMAGE_RULE,
                "start": 0,
                "end": 0,
                "match": "",
                "action": "block",
                "points": 0,
                "suggestion": HELD_IMAGE_SUGGESTION,
            }
        ],
        version=version,
    )


def screen_chat_image(*, session, sender_kind: str, data: bytes) -> ScreeningResult:
    """Read an image (written text and QR codes) and screen what it says;
    raises ImageRejected. Blocks its thread for the OCR: on an event loop use
    aread_chat_image, then screen_chat_reading."""
    return screen_chat_reading(sender_kind=sender_kind, reading=read_chat_image(data))


def screen_merchant_text(text: str) -> ScreeningResult:
    """Screen merchant-authored canned text (greeting, FAQ, quick phrase) as an agent's."""
    return ScreeningResult.from_verdict(screen(current_ruleset(), text, "agent"))
