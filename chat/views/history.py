"""The store's history search and a session's transcript, scoped per user."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from chat import history
from chat.actions.errors import ChatError
from chat.actions.ratings import check_rate_session, rating_deadline, rating_open
from chat.forms import HistorySearchForm
from chat.models import Rating, Role
from chat.permissions import MERCHANT_ROLES, role_required
from chat.selectors import access_session
from chat.visibility import BUYER, MERCHANT, Reader, reader_of
from compliance.labels import REPORT_REASONS

PAGE_SIZE = 20
# What a buyer may report (举报): what the store said, not the platform's notices.
REPORTABLE_SENDERS = ("agent", "assist", "robot")


@role_required(*MERCHANT_ROLES)
def search(request):
    store = request.user.membership.store
    form = HistorySearchForm(request.GET or None)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    reader = Reader(request.user.pk, MERCHANT)
    sessions = (
        history.search_sessions(reader, store, **filters) if not form.errors else []
    )
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


# The platform reads transcripts under console/metrics/sessions/ and the review
# pages, with the original text.
@role_required(Role.BUYER, *MERCHANT_ROLES)
def transcript(request, pk):
    try:
        session = access_session(request.user, pk)
    except ChatError:
        raise Http404 from None
    reader = reader_of(request.user, session)
    rows = [
        {"message": message, "body": view.body, "masked": view.masked}
        for message, view in history.transcript_rows(reader, session)
    ]
    return render(
        request,
        "chat/transcript.html",
        {
            "session": session,
            "rows": rows,
            "rating": history.latest_rating(session),
            "is_merchant": reader.side == MERCHANT,
            "can_report": reader.side == BUYER,
            "can_rate": reader.side == BUYER and rating_open(session),
            "rating_deadline": rating_deadline(session),
            "scores": Rating.Score.choices[::-1],
            "reportable_senders": REPORTABLE_SENDERS,
            "report_reasons": REPORT_REASONS.items(),
        },
    )


@require_POST
@role_required(Role.BUYER)
def rate(request, pk):
    """The transcript's rating form: rate or change the rating while it may be."""
    try:
        score = int(request.POST.get("score", ""))
    except ValueError:
        score = None
    try:
        check_rate_session(request.user, pk, score, request.POST.get("comment", ""))
    except ChatError as error:
        if error.code in ("not_found", "forbidden"):
            raise Http404 from None
        messages.error(request, error.message)
    else:
        messages.success(request, _("评价已保存，感谢您的反馈。"))
    return redirect("chat:session", pk)
