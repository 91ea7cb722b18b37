import gc
import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "csc.settings")
django_asgi_app = get_asgi_application()

from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402

from chat.routing import websocket_urlpatterns  # noqa: E402
from chat.ws_auth import WebsocketAuthMiddleware  # noqa: E402
from chat.ws_origin import SameOriginValidator  # noqa: E402
from compliance.startup import require_screening_model  # noqa: E402
from metrics.routing import websocket_urlpatterns as metrics_websockets  # noqa: E402

require_screening_model()


def close_failed_websockets_with_their_code():
    """Autobahn (under Daphne) fails a websocket — a message over
    --websocket-max-message-size, invalid UTF-8 — by dropping the TCP
    connection; the client sees 1006 and cannot tell why. Fail by the closing
    handshake instead, with the code that says why (1009, 1007), as
    docs/protocol.md promises. Daphne builds its factory after loading this
    module, and every connection copies the factory's options."""
    from daphne.ws_protocol import WebSocketFactory

    if getattr(WebSocketFactory, "csc_close_on_failure", False):
        return
    build = WebSocketFactory.__init__

    def __init__(self, *args, **kwargs):
        build(self, *args, **kwargs)
        self.setProtocolOptions(failByDrop=False)

    WebSocketFactory.__init__ = __init__
    WebSocketFactory.csc_close_on_failure = True


close_failed_websockets_with_their_code()

application = ProtocolTypeRouter(
    {
        "http": django_asgi_app,
        "websocket": SameOriginValidator(
            WebsocketAuthMiddleware(
                URLRouter(websocket_urlpatterns + metrics_websockets)
            )
        ),
    }
)

# Everything loaded so far lives as long as the process: keep it out of the
# cyclic garbage collector's full passes, which otherwise walk some 100,000
# objects and pause every socket of the process for about 100 ms
# (bench/chat_load.py). Garbage is still freed by reference counting.
gc.freeze()
