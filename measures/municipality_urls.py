"""/kommuner/: included under the "municipalities" namespace by the project's urls."""

from django.urls import path

from . import feeds
from . import municipality_views as views

app_name = "municipalities"

urlpatterns = [
    path("", views.municipality_list, name="list"),
    path("<slug:slug>/", views.municipality_detail, name="detail"),
    path("<slug:slug>/feed/", feeds.municipality_feed, name="feed"),
]
