"""The bare baseline for bench/chat_load.py: csc's transport without csc.

The same Daphne, the same Redis channel layer and the same frame shapes as
/ws/chat/ (docs/protocol.md), but no database, no authentication and no screening:
`subscribe` joins a session's group, `send` answers `ack` and rings the group with
the message, `ping` answers `pong`. The side (buyer or agent) comes from the query
string (`/ws/echo/?side=agent`).

Run: python -m daphne bench.echo_asgi:application (with REDIS_URL set).
"""

import gc
import json
import os
import time
from urllib.parse import parse_qs

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "csc.settings")
django.setup()

from channels.generic.websocket import AsyncWebsocketConsumer  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from django.urls import path  # noqa: E402


def group_name(session) -> str:
    return f"echo-session-{int(session)}"


class EchoConsumer(AsyncWebsocketConsumer):
    async def connect(self):
        query = parse_qs(self.scope.get("query_string", b"").decode())
        self.side = query.get("side", ["buyer"])[0]
        await self.accept()

    async def receive(self, text_data=None, bytes_data=None):
        frame = json.loads(text_data)
        kind = frame.get("type")
        if kind == "ping":
            await self.send(text_data='{"type": "pong"}')
        elif kind == "subscribe":
            session = int(frame["session"])
            await self.channel_layer.group_add(group_name(session), self.channel_name)
            await self.send_json(
                {"type": "history", "session": session, "messages": [], "last_seq": 0}
            )
        elif kind == "send":
            session = int(frame["session"])
            message = {
                "client_msg_id": frame["client_msg_id"],
                "seq": None,
                "sender_kind": self.side,
                "body": frame["text"],
                "created_at": time.time(),
            }
            await self.send_json(
                {
                    "type": "ack",
                    "client_msg_id": frame["client_msg_id"],
                    "seq": None,
                    "status": "delivered",
                    "message": message,
                }
            )
            await self.channel_layer.group_send(
                group_name(session),
                {"type": "echo.message", "session": session, "message": message},
            )

    async def echo_message(self, event):
        await self.send_json(
            {
                "type": "message",
                "session": event["session"],
                "message": event["message"],
            }
        )

    async def send_json(self, content):
        await self.send(text_data=json.dumps(content, ensure_ascii=False))


application = ProtocolTypeRouter(
    {"websocket": URLRouter([path("ws/echo/", EchoConsumer.as_asgi())])}
)

# The same process tuning as csc/asgi.py: what is loaded now stays out of the
# cyclic garbage collector's full passes.
gc.freeze()
