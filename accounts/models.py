"""Memberships: a user belongs to one or more municipalities, each with a role."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from municipalities.models import Municipality


class Membership(models.Model):
    class Role(models.TextChoices):
        EDITOR = "redaktor", _("Redaktör")
        ADMIN = "administrator", _("Administratör")
        CASE_OFFICER = "handlaggare", _("Handläggare")

        @classmethod
        def editing(cls):
            """Roles that edit and publish the municipality's measures and units."""
            return {cls.EDITOR, cls.ADMIN}

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("användare"),
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("kommun"),
    )
    role = models.CharField(_("roll"), max_length=20, choices=Role.choices)
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)

    # Who gave whom which role, and when.
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("medlemskap")
        verbose_name_plural = _("medlemskap")
        ordering = ["municipality__name", "user__username"]
        constraints = [
            # One role per person and municipality; a change of role edits the row.
            models.UniqueConstraint(
                fields=["user", "municipality"], name="membership_one_role_per_municipality"
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.municipality} ({self.get_role_display()})"


def roles_of(user) -> dict[int, str]:
    """{municipality id: role} for `user`, read once per request and kept on the user object."""
    if not user.is_authenticated:
        return {}
    cached = getattr(user, "_portal_roles", None)
    if cached is None:
        cached = dict(user.memberships.values_list("municipality_id", "role"))
        user._portal_roles = cached
    return cached


def editable_municipality_ids(user) -> list[int]:
    """Municipalities whose offering `user` edits (all of them for portal staff)."""
    if user.is_authenticated and user.is_superuser:
        return list(Municipality.objects.values_list("pk", flat=True))
    editing = Membership.Role.editing()
    return [pk for pk, role in roles_of(user).items() if role in editing]
