from django.urls import path, re_path

from . import exports, feeds, views

app_name = "measures"

urlpatterns = [
    path("insatser/", views.measure_list, name="list"),
    # Before the measures: "feed" is a reserved slug (measures/text.py).
    path("insatser/feed/", feeds.measure_feed, name="feed"),
    # No measure's address can be one of these: a slug holds no dot, and these have no slash.
    re_path(r"^insatser/export\.(?P<fmt>csv|xlsx|json)\Z", exports.measure_export, name="export"),
    path("insatser/<slug:slug>/", views.measure_detail, name="detail"),
    path("insatser/<slug:slug>/rapportera-fel/", views.report_error, name="report_error"),
    path("projekt/", views.project_list, name="project_list"),
    path("projekt/<slug:slug>/", views.project_detail, name="project_detail"),
]
