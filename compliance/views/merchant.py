"""Merchant pages: the supervisor's ledger and appeals, the agent's blocked messages."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from chat.images import image_response
from chat.models import Role
from chat.permissions import MERCHANT_ROLES, role_required
from compliance import actions, selectors
from compliance.errors import ComplianceError
from compliance.forms import AppealForm
from compliance.views.common import flash_error


@role_required(Role.SUPERVISOR)
def merchant_ledger(request):
    store = selectors.merchant_store(request.user)
    return render(
        request,
        "compliance/merchant_ledger.html",
        {
            "standing": selectors.store_standing(store),
            "entries": selectors.store_ledger(store),
        },
    )


@role_required(Role.SUPERVISOR)
def merchant_entry(request, entry_id):
    entry = selectors.access_store_entry(request.user, entry_id)
    form = AppealForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            actions.check_file_appeal(
                request.user, entry.pk, form.cleaned_data["statement"]
            )
        except ComplianceError as error:
            flash_error(request, error)
        else:
            messages.success(request, _("申诉已提交，平台将尽快处理。"))
        return redirect("compliance:merchant_entry", entry.pk)
    item, lines = selectors.entry_evidence(request.user, entry)
    return render(
        request,
        "compliance/merchant_entry.html",
        {
            "entry": entry,
            "item": item,
            "lines": lines,
            "appeal": selectors.entry_appeal(entry),
            "form": form,
        },
        status=400 if request.method == "POST" else 200,
    )


@role_required(Role.SUPERVISOR)
def merchant_entry_image(request, entry_id, message_id):
    """The picture of an image message in an entry's evidence (blocked ones too)."""
    return image_response(
        selectors.entry_evidence_image(request.user, entry_id, message_id)
    )


@role_required(*MERCHANT_ROLES)
def agent_compliance(request):
    return render(
        request,
        "compliance/agent_compliance.html",
        {"rows": selectors.agent_blocked_messages(request.user)},
    )
