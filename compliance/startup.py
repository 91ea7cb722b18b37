"""Start-up check: a process that screens must have its screening model.

Web (``csc/asgi.py``), worker (``csc/celery.py``) and the embedded server
(``manage.py serve``) call ``require_screening_model()`` before serving: a
missing or corrupt shipped model stops them with a message naming the file,
instead of screening with the rules alone. The model read here is kept and
reused while it is the active one.
"""

from compliance.engine import ModelError, default_model


def require_screening_model() -> None:
    try:
        default_model()
    except ModelError as error:
        raise SystemExit(f"csc cannot start: {error}") from None
