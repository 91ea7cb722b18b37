from django.contrib import messages
from django.http import JsonResponse

from compliance.errors import ComplianceError


def json_error(error: ComplianceError) -> JsonResponse:
    return JsonResponse(
        {"ok": False, "code": error.code, "message": error.message},
        status=error.http_status,
    )


def flash_error(request, error: ComplianceError):
    messages.error(request, error.message)
