from chat.models import Role


def roles(request):
    user = getattr(request, "user", None)
    role = user.role if user is not None and user.is_authenticated else ""
    return {"user_role": role, "Role": Role}
