"""The store's history search and a session's transcript, scoped per user."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render

from chat import history
from chat.forms import HistorySearchForm
from chat.models import Session
from chat.permissions import MERCHANT_ROLES, role_required

PAGE_SIZE = 20


@role_required(*MERCHANT_ROLES)
def search(request):
    store = request.user.membership.store
    form = HistorySearchForm(request.GET or None)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    sessions = history.search_sessions(store, **filters) if not form.errors else []
    page = Paginator(sessions, PAGE_SIZE).get_page(request.GET.get("page"))
    for session in page.object_list:
        session.latest_rating = history.latest_rating(session)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "chat/history.html",
        {"store": store, "form": form, "page": page, "query": query.urlencode()},
    )


@login_required
def transcript(request, pk):
    try:
        session, messages = history.access_transcript(request.user, pk)
    except Session.DoesNotExist:
        raise Http404 from None
    rows = [
        {"message": m, "body": history.visible_body(m, request.user)} for m in messages
    ]
    return render(
        request,
        "chat/transcript.html",
        {
            "session": session,
            "rows": rows,
            "rating": history.latest_rating(session),
            "is_merchant": history.merchant_membership(request.user) is not None,
        },
    )
