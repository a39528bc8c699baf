from django.apps import AppConfig
from django.db.backends.signals import connection_created


class CoreConfig(AppConfig):
    """What every app may use and that knows no domain app: request guards, the client's address,
    throttling, caching, personal-number checks, collation, paging and the site-wide pages."""

    name = "core"
    verbose_name = "Portalen"

    def ready(self):
        from .collation import register_sqlite_collation

        connection_created.connect(register_sqlite_collation, dispatch_uid="portal_sqlite_swedish")
