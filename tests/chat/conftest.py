import asyncio

import pytest
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer


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
