from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.templatetags.static import static
from django.urls import reverse

from chat import selectors
from chat.models import Role, Session, Store
from chat.permissions import HOME_URL_NAMES, role_required
from compliance.labels import REPORT_REASONS


def favicon(request):
    """Pages link their icon; Django admin's pages and plain requests ask here.
    The static URL is read per request (it names a hashed file once collected)."""
    return redirect(static("favicon.svg"), permanent=True)


@login_required
def home(request):
    return redirect(HOME_URL_NAMES[request.user.role])


@role_required(Role.BUYER)
def directory(request):
    stores = selectors.list_open_stores()
    return render(request, "chat/directory.html", {"stores": stores})


@role_required(Role.BUYER)
def store_page(request, slug):
    store = get_object_or_404(Store, slug=slug)
    past = (
        Session.objects.filter(store=store, buyer=request.user, state="closed")
        .select_related("agent")
        .order_by("-created_at")[:10]
    )
    if store.status == Store.Status.BLOCKED:
        # A real page, not a 404: the buyer learns why and keeps their records.
        return render(
            request, "chat/store_blocked.html", {"store": store, "past_sessions": past}
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
            "in_hours": store.in_hours(),
        },
    )
