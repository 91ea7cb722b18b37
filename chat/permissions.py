"""Role checks shared by every app's views: one decorator, one place."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from chat.models import Role

HOME_URL_NAMES = {
    Role.BUYER: "chat:directory",
    Role.AGENT: "chat:console",
    Role.SUPERVISOR: "chat:console",
    Role.AUDITOR: "compliance:review",
    Role.ADMIN: "metrics:dashboard",
}


def role_required(*roles):
    """Let a view run only for signed-in users holding one of `roles`; 403 otherwise."""

    allowed = {str(role) for role in roles}

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            user = request.user
            if not user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if user.role not in allowed:
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


MERCHANT_ROLES = (Role.AGENT, Role.SUPERVISOR)
PLATFORM_ROLES = (Role.AUDITOR, Role.ADMIN)
