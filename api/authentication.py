"""API tokens in the `Authorization` header: `Bearer <token>` (or `Token <token>`).

A valid token authenticates the request as its municipality's system: `request.auth` is the
ApiToken and `request.user` stays anonymous, so the token can do nothing a page or the
dashboard would let a user do; it only unlocks the internal fields (api.permissions). A wrong or
revoked token gets the same 401, so the answer tells nothing about which tokens exist.
"""

import datetime

from django.contrib.auth.models import AnonymousUser
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from rest_framework import authentication, exceptions

from .models import ApiToken, hash_token

KEYWORDS = {"bearer", "token"}
# last_used_at is written at most this often per token, not on every request.
TOUCH_EVERY = datetime.timedelta(minutes=10)


class ApiTokenAuthentication(authentication.BaseAuthentication):
    def authenticate(self, request):
        header = authentication.get_authorization_header(request).split()
        if not header or header[0].decode("latin-1").lower() not in KEYWORDS:
            return None
        if len(header) != 2:
            raise exceptions.AuthenticationFailed(_("Ogiltig API-nyckel."))
        try:
            token = header[1].decode("ascii")
        except UnicodeDecodeError as exc:
            raise exceptions.AuthenticationFailed(_("Ogiltig API-nyckel.")) from exc
        row = ApiToken.objects.active().filter(key_hash=hash_token(token)).first()
        if row is None:
            raise exceptions.AuthenticationFailed(_("Ogiltig API-nyckel."))
        now = timezone.now()
        if row.last_used_at is None or now - row.last_used_at > TOUCH_EVERY:
            ApiToken.objects.filter(pk=row.pk).update(last_used_at=now)
        return AnonymousUser(), row

    def authenticate_header(self, request):
        # Makes DRF answer a refused token with 401 (and this challenge), not 403.
        return 'Bearer realm="api"'
