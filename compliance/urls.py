from django.urls import path

from compliance import views

app_name = "compliance"

urlpatterns = [
    path("review/", views.review_queue, name="review"),
]
