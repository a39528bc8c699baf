from django.urls import path

from . import views

app_name = "insight"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("<slug:name>.csv", views.table_csv, name="csv"),
]
