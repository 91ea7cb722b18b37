from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from chat import selectors
from chat.models import Role, Session
from chat.permissions import HOME_URL_NAMES, role_required
from compliance.labels import REPORT_REASONS


@login_required
def home(request):
    return redirect(HOME_URL_NAMES[request.user.role])


@role_required(Role.BUYER)
def directory(request):
    stores = selectors.list_open_stores()
    return render(request, "chat/directory.html", {"stores": stores})


@role_required(Role.BUYER)
def store_page(request, slug):
    store = get_object_or_404(selectors.list_open_stores(), slug=slug)
    past = (
        Session.objects.filter(store=store, buyer=request.user, state="closed")
        .select_related("agent")
        .order_by("-created_at")[:10]
    )
    state = {
        "store": store.slug,
        "me": request.user.pk,
        "chat_open": store.chat_open,
        "urls": {
            "images": "/api/sessions/0/images/",
            "transcript": reverse("chat:session", args=[0]),
        },
    }
    return render(
        request,
        "chat/store.html",
        {
            "store": store,
            "past_sessions": past,
            "buyer_state": state,
            "report_reasons": REPORT_REASONS.items(),
        },
    )
