"""The auditor console: queue, item with transcript, decisions, samples."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from chat import visibility
from chat.models import Role
from chat.permissions import role_required
from compliance import actions, selectors
from compliance.actions.reviews import violation_target
from compliance.errors import ComplianceError
from compliance.forms import ChecklistForm, DecisionForm, QueueFilterForm, ValidityForm
from compliance.models import ReviewItem
from compliance.sampling import CHECKLIST
from compliance.views.common import flash_error

PLATFORM = (Role.AUDITOR, Role.ADMIN)
PAGE_SIZE = 30


@role_required(*PLATFORM)
def review_queue(request):
    data = request.GET.copy()
    if "state" not in data:
        data["state"] = ReviewItem.State.PENDING
    form = QueueFilterForm(data)
    filters = selectors.QueueFilter()
    if form.is_valid():
        cleaned = form.cleaned_data
        filters = selectors.QueueFilter(
            store=cleaned["store"].pk if cleaned["store"] else None,
            category=cleaned["category"],
            sender=cleaned["sender"],
            kind=cleaned["kind"],
            state=cleaned["state"],
            date_from=cleaned["date_from"],
            date_to=cleaned["date_to"],
        )
    items = selectors.review_queue(request.user, filters)
    page = Paginator(items, PAGE_SIZE).get_page(request.GET.get("page"))
    query = data.copy()
    query.pop("page", None)
    return render(
        request,
        "compliance/review_queue.html",
        {
            "form": form,
            "page": page,
            "rows": selectors.queue_rows(page.object_list),
            "kinds": selectors.queue_counts(),
            "query": query.urlencode(),
        },
    )


@role_required(*PLATFORM)
def review_item(request, item_id):
    item = selectors.access_review_item(request.user, item_id)
    return render(
        request, "compliance/review_item.html", _item_context(request.user, item)
    )


def _item_context(user, item, **forms):
    return {
        "item": item,
        "lines": selectors.transcript(
            visibility.Reader(user.pk, visibility.PLATFORM), item.session, item.message
        ),
        "decision_form": forms.get("decision_form") or DecisionForm(),
        "checklist_form": forms.get("checklist_form")
        or ChecklistForm(prefill=item.prefill),
        "validity_form": ValidityForm(
            initial={"invalid_reason": item.session.invalid_reason}
        ),
        "findings": item.findings.all() if item.kind == ReviewItem.Kind.SAMPLE else [],
        "against": violation_target(item),
        "checklist_rows": [
            (check.label, item.checklist[check.key])
            for check in CHECKLIST
            if check.key in item.checklist
        ],
    }


@require_POST
@role_required(*PLATFORM)
def decide_item(request, item_id):
    item = selectors.access_review_item(request.user, item_id)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        context = _item_context(request.user, item, decision_form=form)
        return render(request, "compliance/review_item.html", context, status=400)
    try:
        actions.check_decide_review_item(
            request.user,
            item.pk,
            form.cleaned_data["decision"],
            form.cleaned_data["reason"],
        )
    except ComplianceError as error:
        flash_error(request, error)
        return redirect("compliance:item", item.pk)
    messages.success(request, _("审核单 #%(id)s 已处理。") % {"id": item.pk})
    return redirect("compliance:review")


@require_POST
@role_required(*PLATFORM)
def score_sample(request, item_id):
    item = selectors.access_review_item(request.user, item_id)
    form = ChecklistForm(request.POST, prefill=item.prefill)
    if not form.is_valid():
        context = _item_context(request.user, item, checklist_form=form)
        return render(request, "compliance/review_item.html", context, status=400)
    answers = {k: v for k, v in form.cleaned_data.items() if k != "note"}
    try:
        _sample, finding = actions.check_score_sample(
            request.user, item.pk, answers, form.cleaned_data["note"]
        )
    except ComplianceError as error:
        flash_error(request, error)
        return redirect("compliance:item", item.pk)
    if finding is not None:
        messages.warning(
            request,
            _("抽检发现违规，已生成待确认的审核单 #%(id)s。") % {"id": finding.pk},
        )
        return redirect("compliance:item", finding.pk)
    messages.success(request, _("抽检评分已保存。"))
    return redirect("compliance:review")


@require_POST
@role_required(*PLATFORM)
def set_session_validity(request, item_id):
    item = selectors.access_review_item(request.user, item_id)
    form = ValidityForm(request.POST)
    if form.is_valid():
        try:
            changed = actions.check_set_session_validity(
                request.user,
                item.session_id,
                form.cleaned_data["invalid_reason"],
                form.cleaned_data["note"],
            )
        except ComplianceError as error:
            flash_error(request, error)
        else:
            if changed:
                messages.success(request, _("会话有效性已更新。"))
    else:
        messages.error(request, _("输入无效。"))
    return redirect("compliance:item", item.pk)
