"""The address a request comes from, trusting X-Forwarded-For only as configured.

Behind `TRUSTED_PROXY_COUNT` proxies of our own, each appends the address it
received the request from to X-Forwarded-For, so the client is the entry that
many places from the right; anything to its left was written by the client and
proves nothing. With no trusted proxy (the default) the header is ignored and
the TCP peer (`REMOTE_ADDR`) is the client.
"""

from django.conf import settings


def client_address(meta) -> str:
    """The client's address from a request's META (or an ASGI scope's headers)."""
    count = settings.TRUSTED_PROXY_COUNT
    remote = meta.get("REMOTE_ADDR", "") or ""
    if count <= 0:
        return remote
    hops = [
        hop.strip()
        for hop in (meta.get("HTTP_X_FORWARDED_FOR", "") or "").split(",")
        if hop.strip()
    ]
    if len(hops) < count:
        # A request that did not pass through every proxy: only the peer is known.
        return remote
    return hops[-count]
