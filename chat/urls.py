from django.urls import path

from chat import views

app_name = "chat"

urlpatterns = [
    path("stores/", views.directory, name="directory"),
    path("stores/<slug:slug>/", views.store_page, name="store"),
    path("console/", views.console, name="console"),
]
