"""Who is on a websocket: the Django session's user, read once when it connects.

Channels' AuthMiddlewareStack does the same, but leaves wrappers on the socket
for its whole life: every frame the consumer sends passes through the session
middleware's `send`, which looks at the session (to save it on HTTP responses
only), and every read of the user goes through a lazy proxy. On a chat socket,
which sends a frame per message, that is paid on every frame. Here the scope
gets the cookies (as Channels' CookieMiddleware parses them), the session and a
plain user object (channels.auth.get_user, which verifies the session's hash),
and the socket's `send` is left alone.
"""

from importlib import import_module

from channels.auth import get_user
from django.conf import settings
from django.http import parse_cookie


class WebsocketAuthMiddleware:
    def __init__(self, inner):
        self.inner = inner

    async def __call__(self, scope, receive, send):
        cookies = {}
        for name, value in scope.get("headers", []):
            if name == b"cookie":
                cookies = parse_cookie(value.decode("latin1"))
                break
        store = import_module(settings.SESSION_ENGINE).SessionStore
        session = store(cookies.get(settings.SESSION_COOKIE_NAME))
        scope = {**scope, "cookies": cookies, "session": session}
        scope["user"] = await get_user(scope)
        return await self.inner(scope, receive, send)
