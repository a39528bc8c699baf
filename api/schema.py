"""How the OpenAPI document describes the API token (drf-spectacular extension)."""

from drf_spectacular.extensions import OpenApiAuthenticationExtension


class ApiTokenScheme(OpenApiAuthenticationExtension):
    target_class = "api.authentication.ApiTokenAuthentication"
    name = "apiToken"

    def get_security_definition(self, auto_schema):
        return {
            "type": "http",
            "scheme": "bearer",
            "description": (
                "A municipality's API token (`Authorization: Bearer ptl_…`), made by its "
                "administrator in the dashboard. Adds the `internal` fields; never writes."
            ),
        }
