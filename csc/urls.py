from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from chat.views import auth as chat_auth
from chat.views import pages as chat_pages

# The admin is the platform's back office, not Django's.
admin.site.site_header = _("csc 平台管理后台")
admin.site.site_title = _("csc 平台管理")
admin.site.index_title = _("平台管理")

urlpatterns = [
    path("", chat_pages.home, name="home"),
    path("login/", chat_auth.LoginView.as_view(), name="login"),
    path("logout/", chat_auth.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("favicon.ico", chat_pages.favicon),
    # The admin signs in through the same throttled login page.
    path("admin/login/", chat_auth.LoginView.as_view()),
    path("admin/", admin.site.urls),
    path("", include("chat.urls")),
    path("", include("compliance.urls")),
    path("", include("metrics.urls")),
]

handler400 = "chat.views.errors.bad_request"
handler403 = "chat.views.errors.permission_denied"
handler404 = "chat.views.errors.page_not_found"
handler500 = "chat.views.errors.server_error"
