"""`manage.py load_demo_accounts`: one example account per role, to try the staff views locally.

Only with DJANGO_DEBUG=1: the accounts are for a developer's own machine, never a server. Each run
gives every account a fresh random password and prints it; nothing is written anywhere else.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from accounts.services import member_set_role, unguessable_password
from municipalities.models import Municipality

# (user name, municipality, role, what to try with it)
ACCOUNTS = [
    ("exempel-redaktor", "osby", "redaktor", "publish and edit Osby's measures at /hantera/"),
    ("exempel-admin", "osby", "administrator", "also manage Osby's members"),
    (
        "exempel-handlaggare",
        "hassleholm",
        "handlaggare",
        "find measures in other municipalities, ask for a place, keep lists",
    ),
]


class Command(BaseCommand):
    help = "Creates example accounts for each role with fresh passwords (DJANGO_DEBUG=1 only)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "Example accounts are for local development only: run with DJANGO_DEBUG=1."
            )
        User = get_user_model()
        rows = []
        with transaction.atomic():
            for username, slug, role, purpose in ACCOUNTS:
                municipality = Municipality.objects.get(slug=slug)
                user, _ = User.objects.get_or_create(
                    username=username, defaults={"email": f"{username}@{slug}.example"}
                )
                password = unguessable_password()
                user.set_password(password)
                user.is_active = True
                user.save()
                member_set_role(user=user, municipality=municipality, role=role)
                rows.append((username, password, f"{role} in {municipality.name}: {purpose}"))
        self.stdout.write("Example accounts (log in at http://127.0.0.1:8000/konto/logga-in/):")
        for username, password, what in rows:
            self.stdout.write(f"  {username:<20} {password}  {what}")
        self.stdout.write("The passwords are new on every run and stored nowhere else.")
