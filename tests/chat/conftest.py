import asyncio

import pytest
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_cache():
    """Socket counts live in the (Redis) cache: no test inherits another's.

    Only this test worker's keys go: `cache.clear()` empties the whole Redis
    database, the other parallel worker's keys (and locks, counts) too."""
    clear_own_cache()


def clear_own_cache():
    client = cache._cache.get_client(write=True)
    keys = list(client.scan_iter(match=f"{cache.key_prefix}:*", count=1000))
    if keys:
        client.delete(*keys)


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """`with committed(): ...` runs the block's on-commit callbacks (events,
    assignment) as a real commit would, inside the test's transaction."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


class Listener:
    """A channel on the real channel layer that joins groups and collects events."""

    def __init__(self):
        self.layer = get_channel_layer()
        self.channel = async_to_sync(self.layer.new_channel)()

    def join(self, *groups):
        for group in groups:
            async_to_sync(self.layer.group_add)(group, self.channel)
        return self

    def drain(self, timeout=0.3) -> list[dict]:
        async def collect():
            events = []
            while True:
                try:
                    events.append(
                        await asyncio.wait_for(
                            self.layer.receive(self.channel), timeout
                        )
                    )
                except TimeoutError:
                    return events

        return async_to_sync(collect)()

    def types(self, timeout=0.3) -> list[str]:
        return [event["type"] for event in self.drain(timeout)]


@pytest.fixture
def listener():
    return Listener()


@pytest.fixture
def rules_compiled(monkeypatch, django_db_blocker):
    """The live rule set compiled from this database's newest revision (an
    earlier test's set may be of a revision since rolled back, which the event
    loop's send would see and leave to the general path), and its revision
    check not due during the test: a check falling due (every 2 s) would add a
    query to a counted send."""
    from compliance.rulesets import current_ruleset, live_ruleset

    monkeypatch.setattr(live_ruleset, "check_every", 0.0)
    with django_db_blocker.unblock():
        current_ruleset()
    monkeypatch.setattr(live_ruleset, "check_every", 3600.0)
