from django.urls import path

from . import feeds, views

app_name = "measures"

urlpatterns = [
    path("insatser/", views.measure_list, name="list"),
    # Before the measures: "feed" is a reserved slug (measures/text.py).
    path("insatser/feed/", feeds.measure_feed, name="feed"),
    path("insatser/<slug:slug>/", views.measure_detail, name="detail"),
    path("insatser/<slug:slug>/rapportera-fel/", views.report_error, name="report_error"),
    path("projekt/", views.project_list, name="project_list"),
    path("projekt/<slug:slug>/", views.project_detail, name="project_detail"),
]
