from django.urls import path

from . import views

app_name = "guide"

urlpatterns = [
    path("", views.step, name="step"),
    path("resultat/", views.results, name="results"),
]
