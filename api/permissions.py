"""Who sees the internal fields: the web's rule (accounts.rules `measures.view_internal`: a
member of any municipality, or portal staff), or a valid API token of any municipality."""

from .models import ApiToken


def sees_internal(request) -> bool:
    if isinstance(request.auth, ApiToken):
        return True
    return request.user.has_perm("measures.view_internal")
