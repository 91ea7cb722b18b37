from django.urls import path
from django.views.i18n import JavaScriptCatalog

from chat.views import api, console, history, pages, store_settings

app_name = "chat"

urlpatterns = [
    path("stores/", pages.directory, name="directory"),
    path("stores/<slug:slug>/", pages.store_page, name="store"),
    path("sessions/<int:pk>/", history.transcript, name="session"),
    path("sessions/<int:pk>/rate/", history.rate, name="session_rate"),
    path("console/", console.console, name="console"),
    path("console/history/", history.search, name="history"),
    path(
        "console/buyers/<int:buyer_id>/sessions/",
        console.buyer_sessions,
        name="buyer_sessions",
    ),
    path("console/colleagues/", console.colleagues, name="colleagues"),
    path("console/phrases.json", console.phrases, name="phrases_json"),
    path("console/phrases/", console.my_phrases, name="my_phrases"),
    path("console/phrases/<int:pk>/", console.my_phrase_edit, name="my_phrase_edit"),
    path(
        "console/phrases/<int:pk>/delete/",
        console.my_phrase_delete,
        name="my_phrase_delete",
    ),
    path("manage/<slug:slug>/", store_settings.settings_page, name="store_settings"),
    path("manage/<slug:slug>/team/", store_settings.team_page, name="store_team"),
    path(
        "manage/<slug:slug>/team/<int:user_id>/",
        store_settings.team_member_update,
        name="store_team_update",
    ),
    path(
        "manage/<slug:slug>/phrases/",
        store_settings.shared_phrases,
        name="store_phrases",
    ),
    path(
        "manage/<slug:slug>/phrases/<int:pk>/",
        store_settings.shared_phrase_edit,
        name="store_phrase_edit",
    ),
    path(
        "manage/<slug:slug>/phrases/<int:pk>/delete/",
        store_settings.shared_phrase_delete,
        name="store_phrase_delete",
    ),
    path("manage/<slug:slug>/faq/", store_settings.faq_page, name="store_faq"),
    path(
        "manage/<slug:slug>/faq/<int:pk>/",
        store_settings.faq_edit,
        name="store_faq_edit",
    ),
    path(
        "manage/<slug:slug>/faq/<int:pk>/delete/",
        store_settings.faq_delete,
        name="store_faq_delete",
    ),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="jsi18n"),
    path(
        "api/sessions/<int:session_id>/messages/",
        api.session_messages,
        name="api-messages",
    ),
    path(
        "api/sessions/<int:session_id>/explanations/",
        api.session_explanations,
        name="api-explanations",
    ),
    path(
        "api/sessions/<int:session_id>/images/",
        api.upload_image,
        name="api-images",
    ),
    path(
        "api/messages/<int:message_id>/image/",
        api.message_image,
        name="api-message-image",
    ),
]
