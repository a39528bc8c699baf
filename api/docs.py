"""/api/v1/docs/: Swagger UI over the OpenAPI document, from the portal's own files.

drf-spectacular's split view serves the start-up script as a file of its own (`?script`), and
sidecar serves Swagger UI's files as static files, so the page runs under the site's CSP
(script-src and style-src 'self', no inline code) without any exception for it. The template
replaces drf-spectacular's inline <style> with a stylesheet.
"""

from drf_spectacular.views import SpectacularSwaggerSplitView


class ApiDocs(SpectacularSwaggerSplitView):
    template_name = "api/swagger_ui.html"
    title = "Portalen API"
