from django.urls import path

from . import csv_views, member_views, report_views, unit_views, views

app_name = "publishing"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("insatser/ny/", views.measure_create, name="measure_create"),
    path("insatser/<slug:slug>/andra/", views.measure_edit, name="measure_edit"),
    path("insatser/<slug:slug>/forhandsgranska/", views.measure_preview, name="measure_preview"),
    path("insatser/<slug:slug>/status/", views.measure_status, name="measure_status"),
    path("insatser/<slug:slug>/kopiera/", views.measure_copy_view, name="measure_copy"),
    path("insatser/<slug:slug>/bekrafta/", views.measure_verify_view, name="measure_verify"),
    path("insatser/<slug:slug>/platser/", views.measure_places, name="measure_places"),
    path("insatser/<slug:slug>/historik/", views.measure_history_view, name="measure_history"),
    path(
        "insatser/<slug:slug>/historik/<int:history_id>/aterstall/",
        views.measure_restore_view,
        name="measure_restore",
    ),
    # Units of the municipality (unit_views.py).
    path("enheter/", unit_views.unit_list, name="unit_list"),
    path("enheter/ny/", unit_views.unit_create, name="unit_create"),
    path("enheter/<int:pk>/andra/", unit_views.unit_edit, name="unit_edit"),
    # Error reports from the public (report_views.py).
    path("felrapporter/", report_views.report_list, name="report_list"),
    path("felrapporter/<int:pk>/hanterad/", report_views.report_handle, name="report_handle"),
    # CSV and Excel export and import (csv_views.py).
    path("export.csv", csv_views.measure_export, name="measure_export"),
    path("export.xlsx", csv_views.measure_export_xlsx, name="measure_export_xlsx"),
    path("import/", csv_views.measure_import, name="measure_import"),
    # Members of the municipality (member_views.py).
    path("medlemmar/", member_views.member_list, name="member_list"),
]
