from django.shortcuts import render

from chat.models import Role
from chat.permissions import role_required


@role_required(Role.AUDITOR, Role.ADMIN)
def review_queue(request):
    return render(request, "compliance/review_queue.html", {})
