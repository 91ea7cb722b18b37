"""What a reader sees of a message: the one rule every surface applies.

Every page, API answer, socket frame, search, console panel and transcript that
shows a message asks `seen(message, reader)`; a search over message text asks
the same question in SQL through `seen_messages()` and `seen_body()`, which are
written beside it and tested to agree with it. The rule:

- a **blocked** message (never delivered, `seq` null) is seen by its sender and
  by the platform (auditors, admins); a merchant reading their store's penalty
  evidence also sees their side's blocked messages, the ones the store was
  charged for;
- an internal **note** (a transfer note) is seen by merchants and the platform,
  never by the buyer;
- a **masked** message is read masked by the other side of the conversation and
  in the original by its own side (its sender, and for a merchant message the
  store's other merchants) and by the platform;
- `flag` is told as `allow` to everyone but the platform;
- a text the **product** wrote (a queue or transfer notice, the robot's
  default replies: `text_code` set) is read in the reader's language, the
  active one (chat.system_texts); the SQL search reads its stored text.

A reader is who reads (`user_id`) and from which side of the session (`buyer`,
`merchant` or `platform`): `reader_of(user, session)`.
"""

from dataclasses import dataclass

from django.db.models import Case, F, Q, When

from chat.system_texts import system_text

BUYER = "buyer"
MERCHANT = "merchant"
PLATFORM = "platform"

_PLATFORM_ROLES = ("auditor", "admin")


@dataclass(frozen=True)
class Reader:
    user_id: int | None
    side: str
    # A merchant reading their store's penalty evidence.
    evidence: bool = False


@dataclass(frozen=True)
class Seen:
    body: str
    # The verdict as told to this reader (`flag` is `allow` outside the platform).
    verdict: str
    # The reader reads the masked text (they are the other side of a masked one).
    masked: bool
    # The reader reads the original text of a screened message: matched words
    # may be shown to them.
    original: bool


def reader_of(user, session) -> Reader:
    """`user` reading `session` (whose access was checked by the loader)."""
    if session.buyer_id == user.pk:
        return Reader(user.pk, BUYER)
    if user.role in _PLATFORM_ROLES:
        return Reader(user.pk, PLATFORM)
    return Reader(user.pk, MERCHANT)


def sender_side(sender_kind: str) -> str:
    return BUYER if sender_kind == "buyer" else MERCHANT


def _facts(message) -> tuple:
    """(seq, sender id, side, kind, verdict, body, masked body) of a stored
    message or of its payload (chat.events.message_payload), the body of a
    product-written text in the active language."""
    if isinstance(message, dict):
        facts = (
            message["seq"],
            message["sender"],
            message["side"],
            message["kind"],
            message["verdict"],
            message["body"],
            message["masked_body"],
        )
        code, params = message["text_code"], message["text_params"]
    else:
        facts = (
            message.seq,
            message.sender_id,
            sender_side(message.sender_kind),
            message.kind,
            message.verdict,
            message.body,
            message.masked_body,
        )
        code, params = message.text_code, message.text_params
    if code:
        return (*facts[:5], system_text(code, params), "")
    return facts


def seen(message, reader: Reader) -> Seen | None:
    """What `reader` sees of `message` (a Message or its payload); None: nothing,
    the message is not shown to them at all."""
    seq, sender, side, kind, verdict, body, masked_body = _facts(message)
    platform = reader.side == PLATFORM
    if seq is None and not (
        platform
        or (sender is not None and sender == reader.user_id)
        or (reader.evidence and reader.side == side)
    ):
        return None
    if kind == "note" and reader.side == BUYER:
        return None
    masked = verdict == "mask" and not platform and reader.side != side
    return Seen(
        body=masked_body if masked else body,
        verdict="allow" if verdict == "flag" and not platform else verdict,
        masked=masked,
        original=not masked,
    )


def seen_messages(reader: Reader) -> Q:
    """`seen(message, reader) is not None` as a condition on Message rows."""
    delivered = Q(seq__isnull=False)
    if reader.side == BUYER:
        delivered &= ~Q(kind="note")
    if reader.side == PLATFORM:
        return delivered | Q(seq__isnull=True)
    blocked = Q(seq__isnull=True, sender_id=reader.user_id)
    if reader.evidence:
        blocked |= Q(seq__isnull=True) & _side_q(reader.side)
    if reader.side == BUYER:
        blocked &= ~Q(kind="note")
    return delivered | blocked


def seen_body(reader: Reader):
    """`seen(message, reader).body` as an expression over Message rows."""
    if reader.side == PLATFORM:
        return F("body")
    return Case(
        When(Q(verdict="mask") & ~_side_q(reader.side), then=F("masked_body")),
        default=F("body"),
    )


def _side_q(side: str) -> Q:
    """Messages sent from `side`."""
    if side == BUYER:
        return Q(sender_kind="buyer")
    return ~Q(sender_kind="buyer")
