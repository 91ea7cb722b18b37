from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path
from django.views.generic import RedirectView

from chat.views import auth as chat_auth
from chat.views import pages as chat_pages

urlpatterns = [
    path("", chat_pages.home, name="home"),
    path("login/", chat_auth.LoginView.as_view(), name="login"),
    path("logout/", chat_auth.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    # Pages link their icon; Django admin's and plain requests ask for this.
    path(
        "favicon.ico",
        RedirectView.as_view(url=static("favicon.svg"), permanent=True),
    ),
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
