"""What the dashboard stores of its own. The measures it edits belong to measures/."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from municipalities.models import Municipality


class ImportConfirmation(models.Model):
    """A CSV import preview that has been confirmed, so that it is never confirmed again.

    The preview hands the file to the confirmation in a signed token with a random `nonce`
    (publishing/csv_views.py). Writing the import stores the nonce in the same transaction; a
    replayed confirmation finds it taken and writes nothing.
    """

    nonce = models.CharField(_("engångsnyckel"), max_length=64)
    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, related_name="+", verbose_name=_("kommun")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("importerad av"),
    )
    confirmed_at = models.DateTimeField(_("importerad"), default=timezone.now)

    class Meta:
        verbose_name = _("bekräftad import")
        verbose_name_plural = _("bekräftade importer")
        constraints = [
            # The point of the table: one preview, one import, even when confirmed twice at once.
            models.UniqueConstraint(fields=["nonce"], name="importconfirmation_nonce_once"),
        ]

    def __str__(self):
        return f"{self.municipality} {self.confirmed_at:%Y-%m-%d %H:%M}"
