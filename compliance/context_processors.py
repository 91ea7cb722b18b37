"""The merchant console's standing banner: shown while the store is sanctioned."""

from chat.models import Role, Store

BANNER_LEVELS = {
    Store.Status.RESTRICTED: "warning",
    Store.Status.SUSPENDED: "error",
    Store.Status.BLOCKED: "error",
}


def store_standing(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    if user.role not in (Role.AGENT, Role.SUPERVISOR):
        return {}
    store = user.membership.store
    level = BANNER_LEVELS.get(store.status)
    if level is None:
        return {}
    return {"standing_banner": {"store": store, "level": level}}
