from django.apps import AppConfig
from django.db.backends.signals import connection_created


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portalen"

    def ready(self):
        from .collation import register_sqlite_collation

        connection_created.connect(register_sqlite_collation, dispatch_uid="portal_sqlite_swedish")
