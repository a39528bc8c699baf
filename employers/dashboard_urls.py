"""The employer register in the dashboard, under /hantera/arbetsgivare/."""

from django.urls import path

from . import dashboard_views as views
from . import spreadsheet_views

app_name = "employer_dashboard"

urlpatterns = [
    path("", views.employer_list, name="list"),
    path("ny/", views.employer_create, name="create"),
    path("<int:pk>/andra/", views.employer_edit, name="edit"),
    path("<int:pk>/bekrafta/", views.employer_verify_view, name="verify"),
    path("<int:pk>/ta-bort/", views.employer_delete_view, name="delete"),
    path("<int:pk>/historik/", views.employer_history_view, name="history"),
    # CSV and Excel export and import (spreadsheet_views.py).
    path("export.csv", spreadsheet_views.employer_export, name="export"),
    path("export.xlsx", spreadsheet_views.employer_export_xlsx, name="export_xlsx"),
    path("import/", spreadsheet_views.employer_import, name="import"),
]
