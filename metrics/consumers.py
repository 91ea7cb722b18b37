"""The live team view's socket: transport only.

A supervisor's socket joins the groups chat already publishes to (the
store's: sessions and queue; each member's: presence) and answers any event
there with a fresh `team` frame (metrics.live_team.team_snapshot), at most
one per REFRESH_DELAY. Nothing polls: no event, no frame.
"""

import asyncio

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer

from chat.events import login_digest, store_group, user_group
from chat.models import Membership, User
from metrics.live_team import team_member_ids, team_snapshot

CLOSE_ANONYMOUS = 4401
CLOSE_NOT_SUPERVISOR = 4403
# Events come in bursts (a message publishes its session to the store and
# the buyer); one frame answers a burst.
REFRESH_DELAY = 0.3


@database_sync_to_async
def _supervised_store(user):
    membership = (
        Membership.objects.select_related("store").filter(user_id=user.pk).first()
    )
    if membership is None or membership.role != Membership.MemberRole.SUPERVISOR:
        return None
    return membership.store


def _user(user_id):
    return User.objects.filter(pk=user_id, is_active=True).first()


class TeamConsumer(AsyncJsonWebsocketConsumer):
    async def connect(self):
        user = self.scope.get("user")
        self.groups_joined: set[str] = set()
        self.pending = None
        self.store = None
        session = self.scope.get("session")
        self.login = login_digest(getattr(session, "session_key", None))
        await self.accept()
        if user is None or not user.is_authenticated:
            await self.close(code=CLOSE_ANONYMOUS)
            return
        self.store = await _supervised_store(user)
        if self.store is None:
            await self.close(code=CLOSE_NOT_SUPERVISOR)
            return
        self.user_id = user.pk
        await self._join(store_group(self.store.pk))
        await self._refresh()

    async def disconnect(self, code):
        if self.pending is not None:
            self.pending.cancel()
        for group in self.groups_joined:
            await self.channel_layer.group_discard(group, self.channel_name)

    async def receive_json(self, content, **kwargs):
        # The view only listens; a client frame asks for nothing.
        return

    async def dispatch(self, message):
        """Every chat event on the joined groups means the team may have
        changed: answer with one fresh snapshot after a short pause."""
        if message["type"].startswith("websocket."):
            await super().dispatch(message)
        elif message["type"] == "chat.access" and await self._revoked(message):
            await self.close(code=CLOSE_ANONYMOUS)
        elif self.pending is None or self.pending.done():
            self.pending = asyncio.ensure_future(self._refresh_later())

    async def _revoked(self, event) -> bool:
        """This login ended, or this user (the access event does not say
        whose: it may be any member's) is no longer the store's supervisor."""
        if event.get("login") is not None:
            return event["login"] == self.login
        user = await database_sync_to_async(_user)(self.user_id)
        return user is None or await _supervised_store(user) != self.store

    async def _refresh_later(self):
        await asyncio.sleep(REFRESH_DELAY)
        await self._refresh()

    async def _refresh(self):
        # A member who joined since gets their presence events too.
        for user_id in await database_sync_to_async(team_member_ids)(self.store.pk):
            await self._join(user_group(user_id))
        snapshot = await database_sync_to_async(team_snapshot)(self.store)
        await self.send_json(snapshot)

    async def _join(self, group):
        if group not in self.groups_joined:
            await self.channel_layer.group_add(group, self.channel_name)
            self.groups_joined.add(group)
