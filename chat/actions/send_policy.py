"""The one send decision: may this message be sent here, and what storing it
entails.

`decide_send` takes the send's context, read by a driver with the session row
locked (`SendContext`), and returns a `SendPlan` or raises the refusal
(`ChatError`). Every policy check, the screening, the robot's turn and the
review a verdict needs are decided here, once. The drivers only load the
context and carry the plan out:

- `chat.actions.send`: Django's connection, in any thread (the websocket's
  database thread, HTTP views, jobs); every plan.
- `chat.actions.text_send`: the event loop's own connections (chat.async_pg),
  for the websocket; plans of two statements (the message and the session).

Screening is a pure function of (rule set, sender, text, history): a plan keeps
what it screened (`Screened`), and a driver that hands a plan it cannot carry
out to the other passes it along, so that a message is screened once.
"""

from dataclasses import dataclass

from chat.actions.errors import ChatError
from chat.actions.messages import new_message, note_delivery
from chat.models import Message, Session, Store
from chat.selectors import can_access
from chat.visibility import reader_of
from compliance.actions import screened_review_kind
from compliance.screening import ScreeningResult, screen_chat_message


@dataclass(frozen=True)
class SendContext:
    """What a send is decided on, read with the session row locked."""

    user: object
    session: Session  # locked; its fields are updated in memory by the plan
    store_status: str
    restricted: bool  # the sender is a buyer under a restriction now
    history: list[tuple[str, str]] | None  # screening history, oldest first
    ruleset: object  # the compiled rule set, loaded before the lock
    now: object  # taken holding the lock: seq order is time order


@dataclass(frozen=True)
class Screened:
    """A screening and the inputs it is a function of."""

    key: tuple
    result: ScreeningResult


@dataclass
class SendPlan:
    message: Message  # unsaved; a delivered one holds the session's next seq
    screened: Screened | None  # None for an image (screened by its content)
    review_kind: str | None  # the review item the verdict needs
    robot_turn: bool  # a buyer's delivered message in a robot session

    @property
    def session(self) -> Session:
        return self.message.session

    @property
    def two_statements(self) -> bool:
        """Whether storing it is the message's INSERT and the session's UPDATE."""
        return self.review_kind is None and not self.robot_turn


def check_may_send(context: SendContext) -> str:
    """The sender's kind in the session, or the refusal, in the order a client
    is told: not found, closed, store unavailable, forbidden, restricted."""
    user, session = context.user, context.session
    if not can_access(user, session):
        raise ChatError("not_found", session=session.pk)
    if session.state == Session.State.CLOSED:
        raise ChatError("session_closed", session=session.pk)
    if context.store_status not in Store.CHAT_OPEN_STATUSES:
        raise ChatError("store_unavailable", session=session.pk)
    side = reader_of(user, session).side
    if side == "buyer":
        sender_kind = Message.SenderKind.BUYER
    elif side == "merchant" and session.agent_id == user.pk:
        sender_kind = Message.SenderKind.AGENT
    else:
        raise ChatError("forbidden", session=session.pk)
    if sender_kind == Message.SenderKind.BUYER and context.restricted:
        raise ChatError("buyer_restricted", session=session.pk)
    return sender_kind


def decide_send(
    context: SendContext,
    *,
    text: str,
    client_msg_id,
    kind: str = Message.Kind.TEXT,
    screening: ScreeningResult | None = None,
    prior: Screened | None = None,
) -> SendPlan:
    """The plan of this send, or its refusal (ChatError). `screening` is an
    image's (screened by content); a text is screened here, or `prior` is used
    when it screened these same inputs."""
    sender_kind = check_may_send(context)
    screened = None
    if screening is None:
        screened = _screen(context, sender_kind, text, prior)
        screening = screened.result
    message = new_message(
        context.session,
        sender_kind=sender_kind,
        sender=context.user,
        body=text,
        kind=kind,
        client_msg_id=client_msg_id,
        screening=screening,
        now=context.now,
    )
    note_delivery(context.session, message)
    return SendPlan(
        message=message,
        screened=screened,
        review_kind=screened_review_kind(message.verdict, sender_kind),
        robot_turn=(
            sender_kind == Message.SenderKind.BUYER
            and message.delivered
            and context.session.state == Session.State.ROBOT
        ),
    )


def _screen(context, sender_kind, text, prior) -> Screened:
    ruleset = context.ruleset
    model = ruleset.model.version if ruleset.model else ""
    key = (ruleset.version, model, sender_kind, text, tuple(context.history or ()))
    if prior is not None and prior.key == key:
        return prior
    result = screen_chat_message(
        session=context.session,
        sender_kind=sender_kind,
        text=text,
        history=list(context.history or ()),
        ruleset=ruleset,
    )
    return Screened(key, result)
