"""`manage.py makemessages` that also finds strings marked `_lazy(...)`.

Where a module needs both the plain and the lazy gettext it imports `gettext as _` and
`gettext_lazy as _lazy` (guide/forms.py). xgettext only knows the names Django tells it, so
without this every `_lazy` string was missing from the catalogue and shown in Swedish on /en/,
while the test of the catalogue stayed green.
"""

from django.core.management.commands import makemessages


class Command(makemessages.Command):
    xgettext_options = [*makemessages.Command.xgettext_options, "--keyword=_lazy"]
