from django.urls import path

from . import views

app_name = "measures"

urlpatterns = [
    path("insatser/", views.measure_list, name="list"),
    path("insatser/<slug:slug>/", views.measure_detail, name="detail"),
    path("insatser/<slug:slug>/rapportera-fel/", views.report_error, name="report_error"),
    path("projekt/", views.project_list, name="project_list"),
    path("projekt/<slug:slug>/", views.project_detail, name="project_detail"),
]
