"""JSON endpoints the chat pages call: an agent's dispute, a buyer's reports."""

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from compliance import actions
from compliance.errors import ComplianceError
from compliance.views.common import json_error


def _answer(call, request, message_id):
    if not request.user.is_authenticated:
        return json_error(ComplianceError("forbidden"))
    try:
        item, created = call(request.user, message_id, request.POST.get("note", ""))
    except ComplianceError as error:
        return json_error(error)
    return JsonResponse(
        {"ok": True, "item": item.pk, "created": created, "state": item.state},
        status=201 if created else 200,
    )


@require_POST
def dispute_message(request, message_id):
    """POST /api/messages/<id>/dispute/ (agent; `note` optional; CSRF)."""
    return _answer(actions.check_dispute_block, request, message_id)


def _report(call, request, object_id):
    reason = request.POST.get("reason", "")
    return _answer(
        lambda user, pk, note: call(user, pk, note=note, reason=reason),
        request,
        object_id,
    )


@require_POST
def report_message(request, message_id):
    """POST /api/messages/<id>/report/ (buyer; `reason` one of REPORT_REASONS,
    `note` optional; CSRF)."""
    return _report(actions.check_report_message, request, message_id)


@require_POST
def report_session(request, session_id):
    """POST /api/sessions/<id>/report/ (buyer; `reason`, `note` optional; CSRF)."""
    return _report(actions.check_report_session, request, session_id)
