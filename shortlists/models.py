"""Saved lists of measures ("Min lista") and the measures in them."""

import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.personal_numbers import validate_no_personal_number
from measures.models import Measure

# Most lists hold a handful of measures; the caps keep a forgotten script from filling the database.
MAX_ITEMS_PER_LIST = 50
MAX_LISTS_PER_USER = 20
DEFAULT_LIST_NAME = _("Min lista")


def new_token() -> str:
    """An unguessable share token: 24 random bytes, 32 URL-safe characters."""
    return secrets.token_urlsafe(24)


class ShortListQuerySet(models.QuerySet):
    def owned_by(self, user):
        return self.filter(owner_id=user.pk)

    def with_items(self):
        """Each list's items with what a result card shows about their measures."""
        return self.prefetch_related(models.Prefetch("items", ShortListItem.objects.for_cards()))

    def for_handout(self):
        """Each list's items with everything the printed handout shows, addresses included."""
        return self.with_items().prefetch_related("items__measure__locations")


class ShortList(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="shortlists",
        verbose_name=_("ägare"),
    )
    # Whoever gets the share link reads the name.
    name = models.CharField(_("namn"), max_length=100, validators=[validate_no_personal_number])
    token = models.CharField(
        _("delningsnyckel"), max_length=64, unique=True, default=new_token, editable=False
    )
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    updated_at = models.DateTimeField(_("ändrad"), auto_now=True)

    objects = ShortListQuerySet.as_manager()

    class Meta:
        verbose_name = _("lista")
        verbose_name_plural = _("listor")
        # The oldest list comes first and is the owner's default list.
        ordering = ["created_at", "pk"]
        constraints = [
            # Two lists of the same name would be indistinguishable in the "add to" select.
            models.UniqueConstraint(
                fields=["owner", "name"], name="shortlist_unique_name_per_owner"
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return f"{reverse('shortlists:index')}#lista-{self.pk}"

    @property
    def measures(self) -> list:
        """The measures in list order (prefetch with `with_items()`)."""
        return [item.measure for item in self.items.all()]

    def get_share_url(self):
        return reverse("shortlists:shared", args=[self.token])

    def renew_token(self):
        """A new share link; the old one stops working at once."""
        self.token = new_token()
        self.save(update_fields=["token", "updated_at"])


class ShortListItemQuerySet(models.QuerySet):
    def for_cards(self):
        return self.select_related(
            "measure__municipality", "measure__unit", "measure__measure_type"
        ).prefetch_related("measure__categories")


class ShortListItem(models.Model):
    shortlist = models.ForeignKey(
        ShortList, on_delete=models.CASCADE, related_name="items", verbose_name=_("lista")
    )
    measure = models.ForeignKey(
        Measure,
        on_delete=models.CASCADE,
        related_name="shortlist_items",
        verbose_name=_("insats"),
    )
    position = models.PositiveIntegerField(_("ordning"), default=0)
    added_at = models.DateTimeField(_("tillagd"), auto_now_add=True)

    objects = ShortListItemQuerySet.as_manager()

    class Meta:
        verbose_name = _("insats i lista")
        verbose_name_plural = _("insatser i listor")
        ordering = ["position", "pk"]
        constraints = [
            # A measure is in a list once; adding it again changes nothing.
            models.UniqueConstraint(
                fields=["shortlist", "measure"], name="shortlistitem_unique_measure_per_list"
            ),
        ]

    def __str__(self):
        return f"{self.shortlist}: {self.measure}"
