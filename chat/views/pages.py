from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render

from chat import selectors
from chat.models import Role, Store
from chat.permissions import HOME_URL_NAMES, MERCHANT_ROLES, role_required


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
    return render(request, "chat/store.html", {"store": store})


@role_required(*MERCHANT_ROLES)
def console(request):
    membership = request.user.membership
    return render(request, "chat/console.html", {"membership": membership})
