"""API tokens: a municipality's key to the API's internal fields, for its own systems.

Only a hash of the token is stored; the token itself is shown once, when it is created. A token
reads what a logged-in member reads (never writes: the API has no writing endpoint) until its
municipality's administrator revokes it.
"""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from municipalities.models import Municipality

# Recognisable in logs and by secret scanners; the rest is 256 random bits.
TOKEN_PREFIX = "ptl_"


def hash_token(token: str) -> str:
    """SHA-256 is enough: the token is random, so there is nothing to guess from its hash."""
    return hashlib.sha256(token.encode()).hexdigest()


class ApiTokenQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True)


class ApiToken(models.Model):
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.CASCADE,
        related_name="api_tokens",
        verbose_name=_("kommun"),
    )
    name = models.CharField(
        _("namn"),
        max_length=100,
        help_text=_("Vad nyckeln används till, till exempel Kommunens webbplats."),
    )
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    # The first characters, so a person can tell which key a system holds.
    key_start = models.CharField(_("början av nyckeln"), max_length=12, editable=False)
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("skapad av"),
    )
    revoked_at = models.DateTimeField(_("återkallad"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("återkallad av"),
    )
    last_used_at = models.DateTimeField(_("senast använd"), null=True, blank=True)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        verbose_name = _("API-nyckel")
        verbose_name_plural = _("API-nycklar")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.name} ({self.key_start}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None

    @classmethod
    def issue(cls, *, municipality, name: str, by) -> tuple["ApiToken", str]:
        """A new token for `municipality`: (the saved row, the token, to be shown once)."""
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        row = cls.objects.create(
            municipality=municipality,
            name=name,
            key_hash=hash_token(token),
            key_start=token[: len(TOKEN_PREFIX) + 4],
            created_by=by,
        )
        return row, token

    def revoke(self, *, by) -> None:
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self.revoked_by = by
            self.save(update_fields=["revoked_at", "revoked_by"])
