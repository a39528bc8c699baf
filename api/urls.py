"""/api/v1/: the endpoints, the OpenAPI document and its documentation page."""

from django.urls import path, re_path
from drf_spectacular.views import SpectacularAPIView

from . import docs, views

app_name = "api"

urlpatterns = [
    path("measures/", views.MeasureList.as_view(), name="measure_list"),
    path("measures/<slug:slug>/", views.MeasureDetail.as_view(), name="measure_detail"),
    path("municipalities/", views.MunicipalityList.as_view(), name="municipality_list"),
    path(
        "municipalities/<slug:slug>/",
        views.MunicipalityDetail.as_view(),
        name="municipality_detail",
    ),
    path("units/", views.UnitList.as_view(), name="unit_list"),
    path("units/<int:pk>/", views.UnitDetail.as_view(), name="unit_detail"),
    path("employers/", views.EmployerList.as_view(), name="employer_list"),
    path("employers/<int:pk>/", views.EmployerDetail.as_view(), name="employer_detail"),
    path("projects/", views.ProjectList.as_view(), name="project_list"),
    path("projects/<slug:slug>/", views.ProjectDetail.as_view(), name="project_detail"),
    *(
        path(f"{name}/", views.taxonomy_view(name), name=name.replace("-", "_"))
        for name in views.TAXONOMIES
    ),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", docs.ApiDocs.as_view(url_name="api:schema"), name="docs"),
    # Anything else ending in a slash (searched, so any path; others still get APPEND_SLASH's
    # redirect).
    re_path(r"[^/]*/\Z", views.NotFoundView.as_view(), name="not_found"),
]
