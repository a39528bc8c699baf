"""/api/hsds/: the Open Referral HSDS 3.0 API (docs/open-data.md), addresses as the spec has
them (no trailing slash)."""

from django.urls import path, re_path

from api.views import NotFoundView

from . import views

app_name = "hsds"

urlpatterns = [
    path("", views.Root.as_view(), name="root"),
    path("services", views.ServiceList.as_view(), name="service_list"),
    path("services/<str:id>", views.ServiceDetail.as_view(), name="service_detail"),
    path("organizations", views.OrganizationList.as_view(), name="organization_list"),
    path("organizations/<str:id>", views.OrganizationDetail.as_view(), name="organization_detail"),
    path(
        "service_at_locations",
        views.ServiceAtLocationList.as_view(),
        name="service_at_location_list",
    ),
    path(
        "service_at_locations/<str:id>",
        views.ServiceAtLocationDetail.as_view(),
        name="service_at_location_detail",
    ),
    path("taxonomies", views.TaxonomyList.as_view(), name="taxonomy_list"),
    path("taxonomies/<str:id>", views.TaxonomyDetail.as_view(), name="taxonomy_detail"),
    path("taxonomy_terms", views.TaxonomyTermList.as_view(), name="taxonomy_term_list"),
    path(
        "taxonomy_terms/<str:id>", views.TaxonomyTermDetail.as_view(), name="taxonomy_term_detail"
    ),
    path("<str:name>.json", views.spec_file, name="spec"),
    # Anything else: a JSON 404, like the endpoints' own.
    re_path(r".*", NotFoundView.as_view(), name="not_found"),
]
