from django.urls import path

from chat.views import pages

app_name = "chat"

urlpatterns = [
    path("stores/", pages.directory, name="directory"),
    path("stores/<slug:slug>/", pages.store_page, name="store"),
    path("console/", pages.console, name="console"),
]
