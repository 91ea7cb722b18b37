"""Reads of chat data; every per-user read goes through a permission-scoped getter."""

from chat.models import Store


def list_open_stores():
    return Store.objects.exclude(status=Store.Status.BLOCKED).order_by("name")
