from django.urls import path

from metrics.consumers import TeamConsumer

websocket_urlpatterns = [path("ws/team/", TeamConsumer.as_asgi())]
