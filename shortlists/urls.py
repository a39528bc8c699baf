from django.urls import path

from . import views

app_name = "shortlists"

urlpatterns = [
    path("", views.index, name="index"),
    path("lagg-till/", views.add, name="add"),
    path("ta-bort/", views.remove, name="remove"),
    path("ny/", views.create, name="create"),
    path("skriv-ut/", views.print_session, name="print_session"),
    path("<int:pk>/byt-namn/", views.rename, name="rename"),
    path("<int:pk>/radera/", views.delete, name="delete"),
    path("<int:pk>/ny-lank/", views.new_token, name="new_token"),
    path("<int:pk>/skriv-ut/", views.print_list, name="print"),
    # Read-only share links: whoever has the token sees the list.
    path("delad/<str:token>/", views.shared, name="shared"),
    path("delad/<str:token>/skriv-ut/", views.print_shared, name="print_shared"),
]
