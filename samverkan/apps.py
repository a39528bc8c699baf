from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SamverkanConfig(AppConfig):
    name = "samverkan"
    verbose_name = _("Samverkansträffar")

    def ready(self):
        # Registers the meetings' permission rules.
        from . import rules  # noqa: F401
