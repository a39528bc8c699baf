from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ShortlistsConfig(AppConfig):
    name = "shortlists"
    verbose_name = _("Min lista")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from . import services

        # What an anonymous visitor collected before logging in is kept in their default list.
        user_logged_in.connect(
            services.merge_session_on_login, dispatch_uid="shortlists_merge_session_on_login"
        )
