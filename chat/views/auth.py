"""The login page, with password guessing throttled per username and address."""

from django.contrib.auth import views as auth_views
from django.utils.translation import ngettext

from chat.actions.login_throttle import (
    do_record_login_failure,
    do_reset_login_failures,
    login_lock_minutes,
)


class LoginView(auth_views.LoginView):
    template_name = "registration/login.html"

    def post(self, request, *args, **kwargs):
        username = request.POST.get("username", "")
        minutes = login_lock_minutes(username, request.META.get("REMOTE_ADDR", ""))
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
        address = self.request.META.get("REMOTE_ADDR", "")
        do_reset_login_failures(form.cleaned_data["username"], address)
        return super().form_valid(form)

    def form_invalid(self, form):
        username = self.request.POST.get("username", "")
        if username:
            do_record_login_failure(username, self.request.META.get("REMOTE_ADDR", ""))
        return super().form_invalid(form)
