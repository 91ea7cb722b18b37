"""The agent console page, the agent's own quick phrases and the buyer side panel."""

from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from chat import history, selectors
from chat.frames import render_session
from chat.models import Membership, Message, QuickPhrase
from chat.permissions import MERCHANT_ROLES, role_required
from chat.selectors import valid_id
from chat.views import store_settings
from chat.visibility import MERCHANT, Reader

merchant_only = role_required(*MERCHANT_ROLES)


def _phrase_payload(phrase):
    return {
        "id": phrase.pk,
        "shortcut": phrase.shortcut,
        "text": phrase.text,
        "purpose": phrase.purpose,
        "shared": phrase.owner_id is None,
    }


@merchant_only
def console(request):
    membership = request.user.membership
    store = membership.store
    raw = selectors.session_payloads(selectors.console_sessions(request.user))
    raw += selectors.queue_payloads(store.pk)
    reader = Reader(request.user.pk, MERCHANT)
    sessions = {row["id"]: render_session(row, reader) for row in raw}
    agents = _colleagues(request.user)
    state = {
        "me": request.user.pk,
        "store": store.slug,
        "supervisor": membership.role == Membership.MemberRole.SUPERVISOR,
        "presence": membership.presence,
        "sessions": list(sessions.values()),
        "phrases": [_phrase_payload(p) for p in history.phrases_for(membership)],
        "agents": agents,
        "urls": {
            "buyer_sessions": reverse("chat:buyer_sessions", args=[0]),
            "colleagues": reverse("chat:colleagues"),
            "phrases": reverse("chat:phrases_json"),
            "transcript": reverse("chat:session", args=[0]),
            "images": "/api/sessions/0/images/",
            "sound": "sounds/notify.wav",
        },
    }
    return render(
        request,
        "chat/console.html",
        {
            "membership": membership,
            "store": store,
            "console_state": state,
            "notices": selectors.recent_notices(store),
            "presence_choices": [
                c for c in Membership.Presence.choices if c[0] != "offline"
            ],
        },
    )


def _colleagues(user) -> list[dict]:
    return [
        {
            "id": colleague.pk,
            "name": colleague.display_name,
            "role": colleague.membership.role,
            "presence": colleague.membership.presence,
        }
        for colleague in history.store_agents(user.membership.store)
        if colleague.pk != user.pk
    ]


@merchant_only
def phrases(request):
    """The phrases the console offers (the store's, then one's own), as JSON."""
    return JsonResponse(
        {
            "phrases": [
                _phrase_payload(p) for p in history.phrases_for(request.user.membership)
            ]
        }
    )


@merchant_only
def colleagues(request):
    """The store's other agents with their presence now, for the transfer list."""
    return JsonResponse({"agents": _colleagues(request.user)})


@merchant_only
def buyer_sessions(request, buyer_id):
    """The buyer's sessions with the merchant's store, as JSON for the side panel."""
    store = request.user.membership.store
    if not valid_id(buyer_id):
        raise Http404
    exclude = request.GET.get("exclude", "")
    sessions = history.buyer_sessions_with_store(
        Reader(request.user.pk, MERCHANT),
        store,
        buyer_id,
        exclude_id=int(exclude)
        if exclude.isdigit() and valid_id(int(exclude))
        else None,
    )
    rows = []
    for session in sessions:
        last, view = session.seen_desc[0] if session.seen_desc else (None, None)
        rating = history.latest_rating(session)
        rows.append(
            {
                "id": session.pk,
                "state": session.state,
                "state_label": session.get_state_display(),
                "created_at": session.created_at.isoformat(),
                "agent_name": session.agent.display_name if session.agent else "",
                "last_message": (
                    _("[图片]") if last.kind == Message.Kind.IMAGE else view.body
                )
                if last
                else "",
                "messages": len(session.delivered_desc),
                "rating": rating.get_score_display() if rating else "",
                "url": reverse("chat:session", args=[session.pk]),
            }
        )
    return JsonResponse({"buyer": buyer_id, "sessions": rows})


def _own_context():
    return {"tab": "my_phrases", "shared": False, "base_template": "base.html"}


@merchant_only
def my_phrases(request):
    membership = request.user.membership
    return store_settings.phrase_list(
        request,
        membership.store,
        request.user,
        template_context=_own_context(),
        list_url=reverse("chat:my_phrases"),
    )


def _own_phrase(request, pk):
    return get_object_or_404(
        QuickPhrase,
        store_id=request.user.membership.store_id,
        owner=request.user,
        pk=pk,
    )


@merchant_only
def my_phrase_edit(request, pk):
    return store_settings.phrase_edit(
        request,
        _own_phrase(request, pk),
        template_context=_own_context(),
        list_url=reverse("chat:my_phrases"),
        delete_url=reverse("chat:my_phrase_delete", args=[pk]),
    )


@merchant_only
@require_POST
def my_phrase_delete(request, pk):
    return store_settings.phrase_delete(
        request, _own_phrase(request, pk), list_url=reverse("chat:my_phrases")
    )
