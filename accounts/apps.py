from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Konton och behörigheter")

    def ready(self):
        # Registers the permission rules; counts failed log-ins.
        from . import rules, throttling  # noqa: F401
