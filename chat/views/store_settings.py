"""The supervisor's management pages: settings, team, shared phrases and FAQ.

Only the supervisor of the store in the URL gets in: other roles get 403 from the
role check, and another store's slug answers 404 like a store that doesn't exist.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from chat.actions import store_settings as actions
from chat.actions.messages import HUMAN_KEYWORD
from chat.forms import FaqForm, MembershipForm, QuickPhraseForm, StoreSettingsForm
from chat.history import store_agents
from chat.models import FaqEntry, Membership, QuickPhrase, Role, Store
from chat.permissions import role_required

supervisor_only = role_required(Role.SUPERVISOR)


def supervised_store(request, slug) -> Store:
    return get_object_or_404(Store, slug=slug, pk=request.user.membership.store_id)


def _render(request, template, store, tab, status=200, **context):
    return render(
        request, template, {"store": store, "tab": tab, **context}, status=status
    )


def _apply(form, call):
    """Run an action for a valid form; put its validation errors on the form."""
    if not form.is_valid():
        return False
    try:
        call(form.cleaned_data)
    except ValidationError as error:
        form.add_error(None, error)
        return False
    return True


@supervisor_only
def settings_page(request, slug):
    store = supervised_store(request, slug)
    if request.method == "POST":
        form = StoreSettingsForm(request.POST)
        if _apply(
            form,
            lambda data: actions.check_update_store_settings(request.user, store, data),
        ):
            messages.success(request, _("店铺设置已保存。"))
            return redirect("chat:store_settings", slug=store.slug)
    else:
        form = StoreSettingsForm(
            initial={field: getattr(store, field) for field in actions.SETTINGS_FIELDS}
        )
    return _render(request, "chat/manage_settings.html", store, "settings", form=form)


def _team_rows(store, bound=None):
    rows = []
    for user in store_agents(store):
        membership = user.membership
        if bound is not None and bound[0] == user.pk:
            form = bound[1]
        else:
            form = MembershipForm(
                initial={
                    "max_sessions": membership.max_sessions,
                    "role": membership.role,
                },
                prefix=f"m{user.pk}",
            )
        rows.append({"user": user, "membership": membership, "form": form})
    return rows


@supervisor_only
def team_page(request, slug):
    store = supervised_store(request, slug)
    return _render(
        request, "chat/manage_team.html", store, "team", rows=_team_rows(store)
    )


@supervisor_only
@require_POST
def team_member_update(request, slug, user_id):
    store = supervised_store(request, slug)
    membership = get_object_or_404(
        Membership.objects.select_related("user", "store"), store=store, user_id=user_id
    )
    form = MembershipForm(request.POST, prefix=f"m{user_id}")
    if _apply(
        form,
        lambda data: actions.check_update_membership(request.user, membership, **data),
    ):
        messages.success(
            request,
            _("已更新 %(name)s 的设置。") % {"name": membership.user.display_name},
        )
        return redirect("chat:store_team", slug=store.slug)
    return _render(
        request,
        "chat/manage_team.html",
        store,
        "team",
        rows=_team_rows(store, bound=(user_id, form)),
        status=400,
    )


# Phrases, shared here and own in console.py, use the same three handlers.


def phrase_list(request, store, owner, *, template_context, list_url):
    if request.method == "POST":
        form = QuickPhraseForm(request.POST)
        if _apply(
            form,
            lambda data: actions.check_create_quick_phrase(
                request.user, store, owner=owner, **data
            ),
        ):
            messages.success(request, _("快捷短语已添加。"))
            return redirect(list_url)
    else:
        form = QuickPhraseForm(initial={"purpose": QuickPhrase.Purpose.GENERAL})
    phrases = QuickPhrase.objects.filter(store=store, owner=owner)
    return render(
        request,
        "chat/manage_phrases.html",
        {"store": store, "form": form, "phrases": phrases, **template_context},
    )


def phrase_edit(request, phrase, *, template_context, list_url, delete_url):
    if request.method == "POST":
        form = QuickPhraseForm(request.POST)
        if _apply(
            form,
            lambda data: actions.check_update_quick_phrase(
                request.user, phrase, **data
            ),
        ):
            messages.success(request, _("快捷短语已保存。"))
            return redirect(list_url)
    else:
        form = QuickPhraseForm(
            initial={
                "text": phrase.text,
                "shortcut": phrase.shortcut,
                "purpose": phrase.purpose,
            }
        )
    return render(
        request,
        "chat/manage_edit.html",
        {
            "store": phrase.store,
            "form": form,
            "object": phrase,
            "heading": _("编辑快捷短语"),
            "back_url": list_url,
            "delete_url": delete_url,
            **template_context,
        },
    )


def phrase_delete(request, phrase, *, list_url):
    actions.check_delete_quick_phrase(request.user, phrase)
    messages.success(request, _("快捷短语已删除。"))
    return redirect(list_url)


def _shared_context():
    return {"tab": "phrases", "shared": True, "base_template": "chat/manage_base.html"}


@supervisor_only
def shared_phrases(request, slug):
    store = supervised_store(request, slug)
    return phrase_list(
        request,
        store,
        None,
        template_context=_shared_context(),
        list_url=request.path,
    )


def _shared_phrase(request, slug, pk):
    store = supervised_store(request, slug)
    return get_object_or_404(QuickPhrase, store=store, owner=None, pk=pk)


@supervisor_only
def shared_phrase_edit(request, slug, pk):
    phrase = _shared_phrase(request, slug, pk)
    return phrase_edit(
        request,
        phrase,
        template_context=_shared_context(),
        list_url=reverse("chat:store_phrases", args=[slug]),
        delete_url=reverse("chat:store_phrase_delete", args=[slug, pk]),
    )


@supervisor_only
@require_POST
def shared_phrase_delete(request, slug, pk):
    phrase = _shared_phrase(request, slug, pk)
    return phrase_delete(
        request, phrase, list_url=reverse("chat:store_phrases", args=[slug])
    )


# FAQ -----------------------------------------------------------------------


@supervisor_only
def faq_page(request, slug):
    store = supervised_store(request, slug)
    if request.method == "POST":
        form = FaqForm(request.POST)
        if _apply(
            form,
            lambda data: actions.check_create_faq_entry(request.user, store, **data),
        ):
            messages.success(request, _("常见问题已添加。"))
            return redirect("chat:store_faq", slug=store.slug)
    else:
        form = FaqForm()
    return _render(
        request,
        "chat/manage_faq.html",
        store,
        "faq",
        form=form,
        entries=store.faq.all(),
        human_keyword=HUMAN_KEYWORD,
    )


@supervisor_only
def faq_edit(request, slug, pk):
    store = supervised_store(request, slug)
    entry = get_object_or_404(FaqEntry, store=store, pk=pk)
    list_url = reverse("chat:store_faq", args=[store.slug])
    if request.method == "POST":
        form = FaqForm(request.POST)
        if _apply(
            form,
            lambda data: actions.check_update_faq_entry(request.user, entry, **data),
        ):
            messages.success(request, _("常见问题已保存。"))
            return redirect(list_url)
    else:
        form = FaqForm(initial={"keywords": entry.keywords, "answer": entry.answer})
    return _render(
        request,
        "chat/manage_edit.html",
        store,
        "faq",
        form=form,
        object=entry,
        heading=_("编辑常见问题"),
        back_url=list_url,
        delete_url=reverse("chat:store_faq_delete", args=[store.slug, entry.pk]),
        base_template="chat/manage_base.html",
    )


@supervisor_only
@require_POST
def faq_delete(request, slug, pk):
    store = supervised_store(request, slug)
    entry = get_object_or_404(FaqEntry, store=store, pk=pk)
    actions.check_delete_faq_entry(request.user, entry)
    messages.success(request, _("常见问题已删除。"))
    return redirect("chat:store_faq", slug=store.slug)
