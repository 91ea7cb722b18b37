"""Platform pages: the whole ledger (manual points, reversals), appeals, audit log."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from chat.models import Role
from chat.permissions import role_required
from compliance import actions, selectors
from compliance.audit_display import audit_rows
from compliance.errors import ComplianceError
from compliance.forms import (
    AppealDecisionForm,
    AuditFilterForm,
    ManualPenaltyForm,
    ReasonForm,
)
from compliance.views.common import flash_error


@role_required(Role.ADMIN)
def ledger(request):
    form = ManualPenaltyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            actions.check_add_manual_penalty(
                request.user,
                form.cleaned_data["store"].pk,
                form.cleaned_data["points"],
                form.cleaned_data["reason"],
            )
        except ComplianceError as error:
            flash_error(request, error)
        else:
            messages.success(request, _("已扣分。"))
            return redirect("compliance:ledger")
    page = Paginator(selectors.all_ledger(), 50).get_page(request.GET.get("page"))
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "compliance/ledger_admin.html",
        {"form": form, "page": page, "reason_form": ReasonForm()},
        status=status,
    )


@require_POST
@role_required(Role.ADMIN)
def reverse_entry(request, entry_id):
    form = ReasonForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("请填写理由。"))
        return redirect("compliance:ledger")
    try:
        actions.check_reverse_penalty_entry(
            request.user, entry_id, form.cleaned_data["reason"]
        )
    except ComplianceError as error:
        flash_error(request, error)
    else:
        messages.success(request, _("已冲正。"))
    return redirect("compliance:ledger")


@role_required(Role.AUDITOR, Role.ADMIN)
def appeals(request):
    page = Paginator(selectors.pending_appeals(), 30).get_page(request.GET.get("page"))
    return render(
        request,
        "compliance/appeals.html",
        {"page": page, "form": AppealDecisionForm()},
    )


@require_POST
@role_required(Role.AUDITOR, Role.ADMIN)
def decide_appeal(request, appeal_id):
    appeal = selectors.access_appeal(request.user, appeal_id)
    form = AppealDecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("请选择处理结果并填写理由。"))
        return redirect("compliance:appeals")
    try:
        actions.check_decide_appeal(
            request.user,
            appeal.pk,
            form.cleaned_data["decision"],
            form.cleaned_data["reason"],
        )
    except ComplianceError as error:
        flash_error(request, error)
    else:
        messages.success(request, _("申诉已处理。"))
    return redirect("compliance:appeals")


@role_required(Role.ADMIN)
def audit_log(request):
    form = AuditFilterForm(request.GET)
    filters = form.cleaned_data if form.is_valid() else {}
    entries = selectors.audit_log(
        action=filters.get("action", ""), actor=filters.get("actor", "")
    )
    page = Paginator(entries, 50).get_page(request.GET.get("page"))
    rows = audit_rows(page.object_list)
    return render(
        request, "compliance/audit_log.html", {"form": form, "page": page, "rows": rows}
    )
