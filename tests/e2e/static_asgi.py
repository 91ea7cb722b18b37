"""Test-only ASGI entry point: the real csc application plus static files.

Daphne does not serve static files itself; end-to-end tests need chat-client.js.
"""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "csc.settings")

from channels.routing import ProtocolTypeRouter  # noqa: E402
from django.contrib.staticfiles.handlers import ASGIStaticFilesHandler  # noqa: E402

from csc.asgi import application as csc_application  # noqa: E402
from csc.asgi import django_asgi_app  # noqa: E402

application = ProtocolTypeRouter(
    {
        "http": ASGIStaticFilesHandler(django_asgi_app),
        "websocket": csc_application.application_mapping["websocket"],
    }
)
