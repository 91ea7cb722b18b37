"""The login page, with password guessing throttled per account and per address."""

from django.contrib.auth import views as auth_views
from django.utils.translation import ngettext

from chat.actions.login_throttle import (
    do_record_login_failure,
    do_reset_login_failures,
    login_account,
    login_lock_minutes,
)
from chat.actions.socket_access import do_close_login_sockets
from chat.client_address import client_address


class LogoutView(auth_views.LogoutView):
    """Logging out also closes the websockets this login opened."""

    def post(self, request, *args, **kwargs):
        user_id, session_key = request.user.pk, request.session.session_key
        response = super().post(request, *args, **kwargs)
        if user_id is not None:
            do_close_login_sockets(user_id, session_key)
        return response


class LoginView(auth_views.LoginView):
    template_name = "registration/login.html"

    def post(self, request, *args, **kwargs):
        username = request.POST.get("username", "")
        self.account = login_account(username)
        self.address = client_address(request.META)
        minutes = login_lock_minutes(self.account, self.address)
        if minutes:
            # An unbound form: a bound one would authenticate as soon as its errors
            # are read, and a locked login must not even check the password.
            form = self.get_form_class()(request, initial={"username": username})
            message = ngettext(
                "尝试次数过多，请 %(minutes)d 分钟后再试。",
                "尝试次数过多，请 %(minutes)d 分钟后再试。",
                minutes,
            ) % {"minutes": minutes}
            context = self.get_context_data(form=form, throttle_error=message)
            return self.render_to_response(context, status=429)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        do_reset_login_failures(self.account)
        return super().form_valid(form)

    def form_invalid(self, form):
        if self.request.POST.get("username", ""):
            do_record_login_failure(self.account, self.address)
        return super().form_invalid(form)
