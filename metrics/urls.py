from django.urls import path

from metrics import appeal_views, team_views, views

app_name = "metrics"

urlpatterns = [
    path("platform/", views.dashboard, name="dashboard"),
    path(
        "platform/rating-appeals/",
        appeal_views.rating_appeal_queue,
        name="rating_appeal_queue",
    ),
    path(
        "platform/rating-appeals/<int:appeal_id>/decide/",
        appeal_views.decide_rating_appeal,
        name="decide_rating_appeal",
    ),
    path("platform/export.csv", views.export_csv, name="export_csv"),
    path("platform/stores/<slug:slug>/", views.store_metrics, name="store"),
    path("platform/stores/<slug:slug>/live.json", views.store_live, name="store_live"),
    path("platform/stores/<slug:slug>/team/", team_views.store_team, name="store_team"),
    path(
        "platform/stores/<slug:slug>/team/export.csv",
        team_views.store_team_csv,
        name="store_team_csv",
    ),
    path(
        "platform/stores/<slug:slug>/team/<int:agent_id>/",
        team_views.store_team_agent,
        name="store_team_agent",
    ),
    path(
        "platform/stores/<slug:slug>/<str:period>/<str:start>/",
        views.store_drilldown,
        name="store_drilldown",
    ),
    path("console/metrics/", views.merchant_metrics, name="merchant"),
    path("console/metrics/live.json", views.merchant_live, name="merchant_live"),
    path("console/metrics/team/", team_views.team, name="team"),
    path("console/metrics/team/live/", team_views.team_live, name="team_live"),
    path("console/metrics/team/export.csv", team_views.team_csv, name="team_csv"),
    path(
        "console/metrics/team/<int:agent_id>/",
        team_views.team_agent,
        name="team_agent",
    ),
    path(
        "console/metrics/sessions/<int:session_id>/",
        views.transcript,
        name="transcript",
    ),
    path(
        "console/metrics/sessions/<int:session_id>/appeal/",
        appeal_views.file_rating_appeal,
        name="file_rating_appeal",
    ),
    path(
        "console/metrics/rating-appeals/",
        appeal_views.store_rating_appeals,
        name="store_rating_appeals",
    ),
    path(
        "console/metrics/<str:period>/<str:start>/",
        views.merchant_drilldown,
        name="merchant_drilldown",
    ),
]
