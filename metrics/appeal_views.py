"""Rating appeals: a supervisor files one from a session's transcript, an
auditor (or admin) upholds or rejects it on the platform's queue."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from chat.models import Role
from chat.permissions import role_required
from compliance.errors import ComplianceError
from metrics import corrections, selectors
from metrics.models import RatingAppeal


@require_POST
@role_required(Role.SUPERVISOR)
def file_rating_appeal(request, session_id):
    selectors.access_transcript(request.user, session_id)
    try:
        corrections.check_file_rating_appeal(
            request.user,
            request.POST.get("rating"),
            request.POST.get("ground"),
            request.POST.get("statement"),
            request.POST.get("evidence", ""),
        )
    except ComplianceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("申诉已提交，等待审核。"))
    return redirect("metrics:transcript", session_id=session_id)


@role_required(Role.SUPERVISOR)
def store_rating_appeals(request):
    store = selectors.access_metrics_store(request.user)
    return render(
        request,
        "metrics/rating_appeals.html",
        {"appeals": selectors.rating_appeals(store), "store": store, "decide": False},
    )


@role_required(Role.AUDITOR, Role.ADMIN)
def rating_appeal_queue(request):
    state = request.GET.get("state", RatingAppeal.State.PENDING)
    if state not in RatingAppeal.State.values:
        state = RatingAppeal.State.PENDING
    return render(
        request,
        "metrics/rating_appeals.html",
        {
            "appeals": selectors.rating_appeals(None, state),
            "state": state,
            "states": RatingAppeal.State.choices,
            "decide": True,
        },
    )


@require_POST
@role_required(Role.AUDITOR, Role.ADMIN)
def decide_rating_appeal(request, appeal_id):
    try:
        corrections.check_decide_rating_appeal(
            request.user,
            appeal_id,
            request.POST.get("decision") == "uphold",
            request.POST.get("reason"),
        )
    except ComplianceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("已处理。"))
    return redirect("metrics:rating_appeal_queue")
