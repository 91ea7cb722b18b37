"""Which pages may open the chat websocket: the site's own origin only.

Channels' AllowedHostsOriginValidator compares the Origin header's host with
ALLOWED_HOSTS and ignores its scheme and port, so a page on
`http://127.0.0.1:9999` or `https://127.0.0.1` could open a socket with the
cookies of `http://127.0.0.1:8000`. Here the rule is Django's own CSRF origin
check: the Origin must be exactly the origin the socket was requested on —
scheme (`https` when the connection is secure, directly or as
SECURE_PROXY_SSL_HEADER says), host and port from the Host header, which must
be in ALLOWED_HOSTS — or one of CSRF_TRUSTED_ORIGINS.
"""

from channels.security.websocket import WebsocketDenier
from django.conf import settings
from django.http.request import split_domain_port, validate_host


def _header(scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return value.decode("latin1")
    return None


def _secure(scope) -> bool:
    if scope.get("scheme") == "wss":
        return True
    proxy = getattr(settings, "SECURE_PROXY_SSL_HEADER", None)
    if not proxy:
        return False
    name, secure_value = proxy
    header = name.removeprefix("HTTP_").replace("_", "-").lower().encode()
    value = _header(scope, header)
    return value is not None and value.split(",")[0].strip() == secure_value


def site_origin(scope) -> str | None:
    """The origin a socket was requested on, or None when its Host is not ours."""
    host = _header(scope, b"host")
    if not host:
        return None
    domain, _port = split_domain_port(host)
    allowed = settings.ALLOWED_HOSTS
    if settings.DEBUG and not allowed:
        allowed = [".localhost", "127.0.0.1", "[::1]"]
    if not domain or not validate_host(domain, allowed):
        return None
    return f"{'https' if _secure(scope) else 'http'}://{host.lower()}"


def origin_allowed(scope) -> bool:
    origin = _header(scope, b"origin")
    if not origin:
        return False
    origin = origin.lower()
    return origin == site_origin(scope) or origin in {
        trusted.lower() for trusted in settings.CSRF_TRUSTED_ORIGINS
    }


class SameOriginValidator:
    """Refuse the websocket handshake unless `origin_allowed`."""

    def __init__(self, application):
        self.application = application

    async def __call__(self, scope, receive, send):
        if scope["type"] == "websocket" and not origin_allowed(scope):
            denier = WebsocketDenier()
            return await denier(scope, receive, send)
        return await self.application(scope, receive, send)
