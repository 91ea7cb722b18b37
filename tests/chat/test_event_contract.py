"""Events are a contract (docs/STYLE.md, "Events"): every event type is built by
one function in chat/events.py, every declared type is sent by some action,
and no other module writes an event as an inline dict."""

import ast
import re
import typing
from datetime import UTC, datetime
from pathlib import Path

from chat import events
from chat.models import Notice

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [
    path
    for app in ("chat", "compliance", "metrics")
    for path in (ROOT / app).rglob("*.py")
    if "migrations" not in path.parts
]


def declared_types() -> dict[str, str]:
    """{event type: its TypedDict's name} of chat.events."""
    found = {}
    for name in dir(events):
        value = getattr(events, name)
        hints = getattr(value, "__annotations__", {})
        if name.endswith("Event") and "type" in hints:
            [literal] = typing.get_args(hints["type"])
            found[literal] = name
    return found


def builders() -> dict[str, str]:
    """{event type: the function of chat.events that returns it}."""
    tree = ast.parse((ROOT / "chat" / "events.py").read_text())
    found = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.returns is not None:
            returned = ast.unparse(node.returns)
            for kind, typed in declared_types().items():
                if returned == typed:
                    found[kind] = node.name
    return found


def test_every_declared_event_type_has_one_builder():
    assert set(builders()) == set(declared_types())


def test_every_builder_is_called_outside_chat_events():
    code = (
        "\n".join(path.read_text() for path in SOURCES if path.name != "events.py")
        + (ROOT / "chat" / "events.py").read_text().split("def session_event")[0]
    )
    unused = [
        name for name in builders().values() if not re.search(rf"\b{name}\(", code)
    ]
    assert unused == []


def test_no_event_is_written_as_an_inline_dict_elsewhere():
    inline = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in SOURCES
        if path != ROOT / "chat" / "events.py"
        for n, line in enumerate(path.read_text().splitlines(), 1)
        if re.search(r"[\"']type[\"']\s*:\s*[\"']chat\.", line)
    ]
    assert inline == []


def test_the_builders_make_what_consumers_read():
    assert events.read_event(3, "buyer", 7) == {
        "type": "chat.read",
        "session": 3,
        "side": "buyer",
        "seq": 7,
    }
    assert events.typing_event(3, "agent", 9)["user"] == 9
    texts = {"zh-hans": "店铺已受限", "en": "The store is restricted"}
    notice = Notice(pk=4, level="warning", text="店铺已受限", texts=texts)
    notice.created_at = datetime(2026, 12, 5, 1, 2, 3, tzinfo=UTC)
    assert events.notice_event(notice) == {
        "type": "chat.notice",
        "id": 4,
        "level": "warning",
        "text": "店铺已受限",
        "texts": texts,
        "created_at": "2026-12-05T01:02:03+00:00",
    }
    assert events.rated_event(3, 9, 5, "")["score"] == 5
    assert events.presence_event(9, "online")["state"] == "online"
    assert events.queue_event("shop", [])["store"] == "shop"
    assert events.access_event()["login"] is None
