from django.urls import path

from chat.views import api, pages

app_name = "chat"

urlpatterns = [
    path("stores/", pages.directory, name="directory"),
    path("stores/<slug:slug>/", pages.store_page, name="store"),
    path("console/", pages.console, name="console"),
    path(
        "api/sessions/<int:session_id>/messages/",
        api.session_messages,
        name="api-messages",
    ),
    path(
        "api/sessions/<int:session_id>/images/",
        api.upload_image,
        name="api-images",
    ),
]
