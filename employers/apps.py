from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EmployersConfig(AppConfig):
    name = "employers"
    verbose_name = _("Arbetsgivare")

    def ready(self):
        # rules registers the permissions on import.
        from . import rules, signals  # noqa: F401

        signals.connect()
