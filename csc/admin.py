"""Django admin wiring: the default site, refusing non-staff with 403.

Django's admin sends a signed-in user who may not use it to the admin login
page, which then invites them to sign in as someone else; csc answers 403,
like every other page a role may not see (anonymous visitors still go to the
login page)."""

from functools import wraps

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.core.exceptions import PermissionDenied


class CscAdminSite(admin.AdminSite):
    def admin_view(self, view, cacheable=False):
        wrapped = super().admin_view(view, cacheable)

        @wraps(view)
        def refuse_non_staff(request, *args, **kwargs):
            if request.user.is_authenticated and not self.has_permission(request):
                raise PermissionDenied
            return wrapped(request, *args, **kwargs)

        return refuse_non_staff


class CscAdminConfig(AdminConfig):
    default_site = "csc.admin.CscAdminSite"
