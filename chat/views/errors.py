"""The product's own error pages (400, 403, 404, 500, CSRF failure), in the
user's language and with the site's navigation."""

import logging

from django.shortcuts import render
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token

log = logging.getLogger(__name__)


def _page(request, template, status, **context):
    return render(request, template, context, status=status)


@requires_csrf_token
def bad_request(request, exception=None):
    return _page(request, "400.html", 400)


@requires_csrf_token
def permission_denied(request, exception=None):
    return _page(request, "403.html", 403)


@requires_csrf_token
def page_not_found(request, exception=None):
    return _page(request, "404.html", 404)


@requires_csrf_token
def server_error(request):
    """With the navigation when the request's context still renders; without
    it (a plain page, no database) when the fault is in the context itself."""
    try:
        return _page(request, "500.html", 500)
    except Exception:  # noqa: BLE001 - the error page must not fail
        log.exception("the 500 page could not render with its context")
        from django.http import HttpResponseServerError

        return HttpResponseServerError(loader.get_template("500_plain.html").render())


def csrf_failure(request, reason=""):
    return _page(request, "403_csrf.html", 403)
