"""Work the browser tests do outside their own thread."""

from concurrent.futures import ThreadPoolExecutor

from django.db import connection


def elsewhere(call, *args, **kwargs):
    """Run `call` as another process would (a worker, a command, the admin's
    request): in a thread of its own. This thread runs Playwright's event loop,
    and actions that publish events after commit may not block on it."""

    def run():
        try:
            return call(*args, **kwargs)
        finally:
            connection.close()

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(run).result()
