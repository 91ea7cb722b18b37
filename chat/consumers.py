"""The chat websocket: transport only. Frames in, actions called, frames out.

Per subscribed session the consumer remembers the last seq it delivered; an
event with the next seq is relayed as is, an older one dropped, a later one
(something was lost on the way) triggers a catch-up read from the database.
"""

import asyncio
import collections
import json
import logging
import time

from channels.consumer import get_handler_name
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.utils import translation

from chat import frames, selectors
from chat.actions import heartbeat, text_send
from chat.actions import messages as message_actions
from chat.actions import presence as presence_actions
from chat.actions import ratings as rating_actions
from chat.actions import routing as routing_actions
from chat.actions import send as send_actions
from chat.actions import sessions as session_actions
from chat.actions.errors import ChatError
from chat.channel_layer import discard_groups
from chat.db import call
from chat.events import (
    login_digest,
    notice_event,
    session_group,
    store_group,
    typing_event,
    user_group,
)
from chat.models import Role
from chat.system_texts import readers_text
from chat.visibility import Reader

log = logging.getLogger(__name__)

CLOSE_ANONYMOUS = 4401
CLOSE_NO_CHAT = 4403
CLOSE_TOO_MANY_SOCKETS = 4429
RATE_PER_SECOND = 10.0
BURST = 20.0
# Sockets one user may hold open on one server process; more are closed with
# CLOSE_TOO_MANY_SOCKETS. Counted per process (a crashed process takes its
# counts with it).
MAX_SOCKETS_PER_USER = 20
DISCARD_ATTEMPTS = 3

_open_sockets: collections.Counter[int] = collections.Counter()


class Revoked(Exception):
    """The socket's user is no longer who it was when it connected."""

    def __init__(self, code: int):
        self.code = code
        super().__init__(code)


def _as_current(user_id, identity, action, *args):
    """Run `action` as the user the database has now; Revoked when that user
    was deactivated (4401) or no longer has the role and store the socket
    connected with (4403)."""
    user = selectors.current_user(user_id)
    if user is None:
        raise Revoked(CLOSE_ANONYMOUS)
    if selectors.chat_identity(user) != identity:
        raise Revoked(CLOSE_NO_CHAT)
    return action(user, *args)


def _nothing(user):
    return None


def _load_identity(user):
    """(user, role, membership with its store, identity) as the database has
    them; all None when the user was deactivated since the login."""
    user = selectors.current_user(user.pk)
    if user is None:
        return None, None, None, None
    membership = selectors.membership_of(user)
    return user, user.role, membership, selectors.chat_identity(user)


def _heartbeat(user):
    heartbeat.do_heartbeat(user.pk)


def _console_state(user):
    membership = selectors.membership_of(user)
    presence = presence_actions.do_connect_merchant(membership)
    return (
        presence,
        selectors.session_payloads(selectors.console_sessions(user)),
        selectors.queue_payloads(membership.store_id),
        # Oldest first: the console puts each new one on top. Those it shows
        # already, or were dismissed, it skips; one posted since the page was
        # rendered, or while the socket was away, it shows now.
        [notice_event(n) for n in reversed(selectors.recent_notices(membership.store))],
    )


def _buyer_sessions(user):
    return selectors.session_payloads(selectors.buyer_sessions(user))


def _history(user, session_id, after_seq):
    session, _reader, rows = selectors.history_payloads(user, session_id, after_seq)
    return (
        {
            "last_seq": session.last_seq,
            "buyer_read_seq": session.buyer_read_seq,
            "agent_read_seq": session.agent_read_seq,
        },
        rows,
    )


def _open(user, store):
    session, _ = session_actions.check_open_session(user, store)
    return selectors.session_summary(session.pk)


def _ack_payload(message, language):
    """The sender's ack; its findings (rule names, suggestions) in their language."""
    if not message.violations:
        return selectors.message_ack_payload(message)
    with translation.override(language):
        return selectors.message_ack_payload(message)


def _send(user, frame, language, prior=None):
    message = send_actions.check_send_message(
        user, frame["session"], frame["client_msg_id"], frame["text"], prior=prior
    )
    return _ack_payload(message, language)


def _as_summary(action):
    """`action`, answering the summary of the session it returns."""

    def run(user, *args):
        return selectors.session_summary(action(user, *args).pk)

    return run


class ChatConsumer(AsyncWebsocketConsumer):
    async def dispatch(self, message):
        """As Channels' dispatch, without its hop to the database thread to close
        "old" connections before every frame and event: that hop queued every
        delivery behind other sockets' sends, and chat.db.call looks after the
        connection itself."""
        handler = getattr(self, get_handler_name(message), None)
        if handler is None:
            raise ValueError(f"No handler for message type {message['type']}")
        await handler(message)

    async def connect(self):
        self.user = self.scope.get("user")
        self.delivered: dict[int, int] = {}
        self.groups_joined: set[str] = set()
        self.membership = None
        self.counted = False
        self.beating = None
        self.language = self._language()
        self.tokens, self.refilled = BURST, time.monotonic()
        session = self.scope.get("session")
        self.login = login_digest(getattr(session, "session_key", None))
        await self.accept()
        if self.user is None or not self.user.is_authenticated:
            await self.close(code=CLOSE_ANONYMOUS)
            return
        if _open_sockets[self.user.pk] >= MAX_SOCKETS_PER_USER:
            await self.close(code=CLOSE_TOO_MANY_SOCKETS)
            return
        _open_sockets[self.user.pk] += 1
        self.counted = True
        try:
            user, role, self.membership, self.identity = await call(
                _load_identity, self.user
            )
        except (OperationalError, InterfaceError):
            await self._error(ChatError("unavailable"))
            await self.close(code=1013)
            return
        if role is None:
            await self.close(code=CLOSE_ANONYMOUS)
            return
        if role in (Role.AUDITOR, Role.ADMIN) or (
            role in (Role.AGENT, Role.SUPERVISOR) and self.membership is None
        ):
            await self.close(code=CLOSE_NO_CHAT)
            return
        # The fast send path reads this connect-time membership, and checks it
        # against the database in its own statement.
        self.user = user
        self.side = "buyer" if role == Role.BUYER else "merchant"
        self.reader = Reader(self.user.pk, self.side)
        await self._join(user_group(self.user.pk))
        try:
            if self.membership is not None:
                await self._join(store_group(self.membership.store_id))
                presence, sessions, queue, notices = await self._act(_console_state)
                self.beating = asyncio.create_task(self._beat())
                await self._send({"type": "presence", "state": presence})
                await self._send(
                    {"type": "sessions", "sessions": self._sessions(sessions)}
                )
                await self._send_queue(self.membership.store.slug, queue)
                for notice in notices:
                    await self.chat_notice(notice)
            else:
                sessions = await self._act(_buyer_sessions)
                await self._send(
                    {"type": "sessions", "sessions": self._sessions(sessions)}
                )
        except Revoked as revoked:
            await self.close(code=revoked.code)
        except (OperationalError, InterfaceError):
            await self._error(ChatError("unavailable"))

    async def disconnect(self, code):
        """Leave every group and take a merchant's presence offline, also when
        the channel layer or the cache fails on the way."""
        try:
            if getattr(self, "beating", None) is not None:
                self.beating.cancel()
            await self._leave_all()
        finally:
            if getattr(self, "counted", False):
                self.counted = False
                _open_sockets[self.user.pk] -= 1
                if _open_sockets[self.user.pk] <= 0:
                    del _open_sockets[self.user.pk]
            if getattr(self, "membership", None) is not None:
                try:
                    await call(presence_actions.do_disconnect_merchant, self.membership)
                except Exception:  # noqa: BLE001 - disconnect must finish
                    log.warning(
                        "presence of user %s not updated on disconnect",
                        self.user.pk,
                        exc_info=True,
                    )

    async def _leave_all(self):
        groups = list(getattr(self, "groups_joined", ()))
        if not groups:
            return
        for attempt in range(DISCARD_ATTEMPTS):
            try:
                await discard_groups(self.channel_layer, groups, self.channel_name)
            except Exception as error:  # noqa: BLE001 - retried, then logged
                failure = error
                await asyncio.sleep(0.1 * 2**attempt)
            else:
                self.groups_joined.clear()
                return
        log.warning(
            "channel %s could not leave %d groups (%r); they expire on their own",
            self.channel_name,
            len(groups),
            failure,
        )

    async def _act(self, action, *args):
        """Run a database action as the user the database has now (Revoked when
        that is no longer who connected)."""
        return await call(_as_current, self.user.pk, self.identity, action, *args)

    async def _beat(self):
        """Renew this console's heartbeat while the socket lives (see
        chat.actions.heartbeat); a dead process simply stops renewing it."""
        while True:
            await asyncio.sleep(heartbeat.HEARTBEAT_SECONDS)
            try:
                await self._act(_heartbeat)
            except Revoked as revoked:
                await self.close(code=revoked.code)
                return
            except Exception:  # noqa: BLE001 - a cache outage must not end the loop
                log.warning("heartbeat of user %s failed", self.user.pk, exc_info=True)

    # Client frames

    async def receive(self, text_data=None, bytes_data=None):
        if not self._take_token():
            await self._error(ChatError("throttled"))
            return
        try:
            frame = frames.parse_frame(text_data, bytes_data)
        except ChatError as error:
            await self._error(error)
            return
        ref = frame.get("client_msg_id") or frame["type"]
        session = frame.get("session")
        try:
            await getattr(self, "frame_" + frame["type"])(frame)
        except Revoked as revoked:
            await self.close(code=revoked.code)
        except ChatError as error:
            await self._error(error, ref=ref, session=session)
        except (OperationalError, InterfaceError):
            await self._error(ChatError("unavailable"), ref=ref, session=session)

    async def frame_ping(self, frame):
        await self._send({"type": "pong"})

    async def frame_open(self, frame):
        summary = await self._act(_open, frame["store"])
        await self._send({"type": "session", "session": self._session(summary)})
        await self._subscribe(summary["id"], 0)

    async def frame_subscribe(self, frame):
        await self._subscribe(frame["session"], frame.get("after_seq") or 0)

    async def frame_unsubscribe(self, frame):
        session_id = frame["session"]
        if self.delivered.pop(session_id, None) is not None:
            await self._leave(session_group(session_id))

    async def frame_send(self, frame):
        sent = await text_send.check_send_text_async(
            self.user, frame["session"], frame["client_msg_id"], frame["text"]
        )
        if isinstance(sent, text_send.Handoff):
            ack = await self._act(_send, frame, self.language, sent.prior)
        else:
            ack = _ack_payload(sent, self.language)
        await self._send(frames.ack_frame(ack, self.reader))

    async def frame_typing(self, frame):
        session_id = frame["session"]
        if session_id not in self.delivered:
            raise ChatError("not_found", session=session_id)
        await self.channel_layer.group_send(
            session_group(session_id),
            typing_event(
                session_id, "buyer" if self.side == "buyer" else "agent", self.user.pk
            ),
        )

    async def frame_read(self, frame):
        await self._act(message_actions.check_mark_read, frame["session"], frame["seq"])

    async def frame_human(self, frame):
        summary = await self._act(
            _as_summary(session_actions.check_request_human), frame["session"]
        )
        await self._send({"type": "session", "session": self._session(summary)})

    async def frame_rate(self, frame):
        rating = await self._act(
            rating_actions.check_rate_session,
            frame["session"],
            frame["score"],
            frame.get("comment") or "",
        )
        await self._send(
            {
                "type": "rated",
                "session": rating.session_id,
                "rating": rating.pk,
                "score": rating.score,
                "comment": rating.comment,
            }
        )

    async def frame_presence(self, frame):
        state = await self._act(presence_actions.check_set_presence, frame["state"])
        await self._send({"type": "presence", "state": state})

    async def frame_pickup(self, frame):
        summary = await self._act(
            _as_summary(routing_actions.check_pickup_session), frame["session"]
        )
        await self._send({"type": "session", "session": self._session(summary)})

    async def frame_transfer(self, frame):
        summary = await self._act(
            _as_summary(routing_actions.check_transfer_session),
            frame["session"],
            frame["agent"],
            frame.get("note") or "",
        )
        await self._send({"type": "session", "session": self._session(summary)})

    async def frame_close(self, frame):
        summary = await self._act(
            _as_summary(session_actions.check_close_session), frame["session"]
        )
        await self._send({"type": "session", "session": self._session(summary)})

    # Channel-layer events

    async def chat_message(self, event):
        session_id = event["session"]
        if session_id not in self.delivered:
            return
        raw = event["message"]
        seq = event["seq"]
        if seq is None:
            if raw["sender"] == self.user.pk:
                await self._send_message(raw)
            return
        last = self.delivered[session_id]
        if seq <= last:
            return
        if seq == last + 1:
            self.delivered[session_id] = seq
            await self._send_message(raw)
            return
        try:
            _, rows = await self._act(_history, session_id, last)
        except Revoked as revoked:
            await self.close(code=revoked.code)
            return
        except (ChatError, OperationalError, InterfaceError):
            return
        for row in rows:
            if row["seq"] is not None and row["seq"] <= self.delivered[session_id]:
                continue
            if row["seq"] is not None:
                self.delivered[session_id] = row["seq"]
            await self._send_message(row)

    async def chat_access(self, event):
        """What the user may do changed (chat.actions.socket_access)."""
        if event.get("login") is not None:
            if event["login"] == self.login:
                await self.close(code=CLOSE_ANONYMOUS)
            return
        try:
            await self._act(_nothing)
        except Revoked as revoked:
            await self.close(code=revoked.code)
        except (OperationalError, InterfaceError):
            pass

    async def chat_session(self, event):
        await self._send(
            {"type": "session", "session": self._session(event["session"])}
        )

    async def chat_queue(self, event):
        await self._send_queue(event["store"], event["sessions"])

    async def chat_typing(self, event):
        if event["session"] in self.delivered and event["user"] != self.user.pk:
            await self._send(
                {"type": "typing", "session": event["session"], "side": event["side"]}
            )

    async def chat_read(self, event):
        if event["session"] in self.delivered:
            await self._send(
                {
                    "type": "read",
                    "session": event["session"],
                    "side": event["side"],
                    "seq": event["seq"],
                }
            )

    async def chat_presence(self, event):
        await self._send({"type": "presence", "state": event["state"]})

    async def chat_rated(self, event):
        await self._send(
            {
                "type": "rated",
                "session": event["session"],
                "rating": event["rating"],
                "score": event["score"],
                "comment": event["comment"],
            }
        )

    async def chat_notice(self, event):
        await self._send(
            {
                "type": "notice",
                "id": event.get("id"),
                "level": event["level"],
                # In this socket's language, as the console page shows it.
                "text": readers_text(
                    event.get("texts") or {}, event["text"], self.language
                ),
                "created_at": event.get("created_at"),
            }
        )

    async def chat_phrases(self, event):
        await self._send({"type": "phrases"})

    # Helpers

    async def _subscribe(self, session_id, after_seq):
        group = session_group(session_id)
        await self._join(group)
        try:
            marks, rows = await self._act(_history, session_id, after_seq)
        except ChatError:
            if session_id not in self.delivered:
                await self._leave(group)
            raise
        delivered = min(after_seq, marks["last_seq"])
        for row in rows:
            if row["seq"] is not None:
                delivered = max(delivered, row["seq"])
        self.delivered[session_id] = delivered
        await self._send(
            {
                "type": "history",
                "session": session_id,
                "messages": self._render(frames.render_messages, rows),
                **marks,
            }
        )

    async def _send_message(self, raw):
        if raw["text_code"]:
            message = self._render(frames.render_message, raw)
        else:
            # What people wrote reads the same in every language: no override
            # of the active one for each delivered frame (most of its cost).
            message = frames.render_message(raw, self.reader)
        if message is not None:
            await self._send(
                {"type": "message", "session": raw["session"], "message": message}
            )

    def _session(self, raw):
        return self._render(frames.render_session, raw)

    def _render(self, render, raw):
        """A frame rendered for this socket's reader, product-written texts in
        the socket's language (chat.system_texts), as a page would show them."""
        with translation.override(self.language):
            return render(raw, self.reader)

    def _sessions(self, rows):
        return [self._session(row) for row in rows]

    async def _send_queue(self, store, sessions):
        await self._send(
            {"type": "queue", "store": store, "sessions": self._sessions(sessions)}
        )

    async def _join(self, group):
        if group not in self.groups_joined:
            await self.channel_layer.group_add(group, self.channel_name)
            self.groups_joined.add(group)

    async def _leave(self, group):
        if group in self.groups_joined:
            await self.channel_layer.group_discard(group, self.channel_name)
            self.groups_joined.discard(group)

    async def _send(self, frame):
        await self.send(text_data=json.dumps(frame, ensure_ascii=False))

    async def _error(self, error: ChatError, ref=None, session=None):
        with translation.override(self.language):
            frame = frames.error_frame(error, ref=ref, session=session)
        await self._send(frame)

    def _take_token(self) -> bool:
        now = time.monotonic()
        self.tokens = min(BURST, self.tokens + (now - self.refilled) * RATE_PER_SECOND)
        self.refilled = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True

    def _language(self) -> str:
        chosen = self.scope.get("cookies", {}).get(settings.LANGUAGE_COOKIE_NAME, "")
        if chosen and translation.check_for_language(chosen):
            return chosen
        return settings.LANGUAGE_CODE
