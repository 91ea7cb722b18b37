"""The websocket frames of docs/protocol.md: parsing client frames, rendering
server frames for one reader. Pure functions, no database."""

import json
import re

from django.utils.translation import gettext_lazy as _

from chat.actions.errors import ChatError
from chat.visibility import Reader, seen

MAX_FRAME_CHARS = 32 * 1024
# Integer fields name rows (64-bit ids) or positions in a session (32-bit
# `seq`); anything larger could name nothing and would overflow the database's
# columns, so it is refused as a bad frame.
ID_LIMIT = 2**63
INT_LIMITS = {"after_seq": 2**31, "seq": 2**31, "score": 2**31}

# type -> {field: (python types, required)}
CLIENT_FRAMES = {
    "ping": {},
    "open": {"store": (str, True)},
    "subscribe": {"session": (int, True), "after_seq": (int, False)},
    "unsubscribe": {"session": (int, True)},
    "send": {"session": (int, True), "client_msg_id": (str, True), "text": (str, True)},
    "typing": {"session": (int, True)},
    "read": {"session": (int, True), "seq": (int, True)},
    "human": {"session": (int, True)},
    "rate": {"session": (int, True), "score": (int, True), "comment": (str, False)},
    "presence": {"state": (str, True)},
    "pickup": {"session": (int, True)},
    "transfer": {"session": (int, True), "agent": (int, True), "note": (str, False)},
    "close": {"session": (int, True)},
}


def parse_frame(text: str | None, binary: bytes | None) -> dict:
    """The validated frame dict, or ChatError (bad_json, too_long, bad_frame,
    unknown_type); the error carries what is known of the frame in `ref`."""
    if binary is not None or text is None:
        raise ChatError("bad_json", _("只接受 JSON 文本帧，不接受二进制帧。"))
    if len(text) > MAX_FRAME_CHARS:
        raise ChatError("too_long", _("消息帧过大。"))
    try:
        frame = json.loads(text)
    except (ValueError, RecursionError):
        raise ChatError("bad_json") from None
    if not isinstance(frame, dict) or not isinstance(frame.get("type"), str):
        raise ChatError("bad_frame", _("消息必须是带字符串 type 字段的对象。"))
    kind = frame["type"]
    fields = CLIENT_FRAMES.get(kind)
    # JSON escapes can smuggle in what PostgreSQL text and UTF-8 cannot hold; such
    # a value must neither be stored nor echoed back in an error's `ref`.
    if not all(
        _storable(value)
        for name, value in frame.items()
        if isinstance(value, str) and (name == "type" or name in (fields or {}))
    ):
        error = ChatError("bad_frame", _("消息含有无效字符（NUL 或孤立代理项）。"))
        error.ref = kind if _storable(kind) else None
        raise error
    if fields is None:
        error = ChatError("unknown_type")
        error.ref = kind[:64]
        raise error
    for name, (expected, required) in fields.items():
        value = frame.get(name)
        if value is None:
            if required:
                raise _bad_field(kind, frame, name)
            continue
        if not isinstance(value, expected) or isinstance(value, bool):
            raise _bad_field(kind, frame, name)
        if expected is int and not 0 <= value < INT_LIMITS.get(name, ID_LIMIT):
            raise _bad_field(
                kind, frame, name, _("字段 %(field)s 超出范围。") % {"field": name}
            )
    return frame


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _storable(value: str) -> bool:
    return _UNSTORABLE.search(value) is None


def _bad_field(kind, frame, name, message=None):
    session = frame.get("session")
    error = ChatError(
        "bad_frame",
        message or _("字段 %(field)s 缺失或类型错误。") % {"field": name},
        session=session if isinstance(session, int) and session < ID_LIMIT else None,
    )
    error.ref = (
        frame.get("client_msg_id")
        if isinstance(frame.get("client_msg_id"), str)
        else kind
    )
    return error


def error_frame(error: ChatError, ref=None, session=None) -> dict:
    frame = {"type": "error", "code": error.code, "message": str(error.message)}
    ref = getattr(error, "ref", None) or ref
    if ref is not None:
        frame["ref"] = ref
    session = error.session if error.session is not None else session
    if session is not None:
        frame["session"] = session
    return frame


def render_message(raw: dict, reader: Reader) -> dict | None:
    """A stored message as `reader` sees it (chat.visibility), or None when it is
    not shown to them."""
    view = seen(raw, reader)
    if view is None:
        return None
    out = {
        "id": raw["id"],
        "seq": raw["seq"],
        "sender_kind": raw["sender_kind"],
        "sender_name": raw["sender_name"],
        "kind": raw["kind"],
        "body": view.body,
        "image_url": raw["image_url"],
        "created_at": raw["created_at"],
        "verdict": view.verdict,
    }
    if view.masked:  # the reader reads the masked text: the page says so
        out["masked"] = True
    if raw["sender"] == reader.user_id and raw["client_msg_id"]:
        out["client_msg_id"] = raw["client_msg_id"]
    return out


def render_messages(rows: list[dict], reader: Reader) -> list[dict]:
    """The messages of `rows` that `reader` sees, as they see them."""
    return [frame for row in rows if (frame := render_message(row, reader))]


def render_session(raw: dict, reader: Reader) -> dict:
    out = dict(raw)
    last = raw.get("last_message")
    out["last_message"] = render_message(last, reader) if last else None
    return out


def ack_frame(raw: dict, reader: Reader) -> dict:
    """The ack for the sender's stored message (the same for every resend)."""
    if raw["seq"] is None:
        status = "blocked"
    elif raw["verdict"] == "mask":
        status = "masked"
    else:
        status = "delivered"
    return {
        "type": "ack",
        "client_msg_id": raw["client_msg_id"],
        "id": raw["id"],
        "session": raw["session"],
        "seq": raw["seq"],
        "created_at": raw["created_at"],
        "status": status,
        "violations": raw.get("violations", []) if status != "delivered" else [],
        "message": render_message(raw, reader),
    }
