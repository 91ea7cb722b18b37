from django.shortcuts import render

from chat.models import Role
from chat.permissions import role_required


@role_required(Role.ADMIN)
def dashboard(request):
    return render(request, "metrics/dashboard.html", {})
