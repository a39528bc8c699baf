"""`manage.py add_member <username> <municipality> <role>`: give a person a role in a municipality.

Creates the account if it does not exist. Safe to run again: an existing account is left as it
is, and the membership is created, changed or left alone.
"""

import getpass
import sys

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction

from accounts.models import Membership
from accounts.services import member_set_role, unguessable_password
from municipalities.models import Municipality

PASSWORD_ATTEMPTS = 3


class Command(BaseCommand):
    help = (
        "Gives a user a role (redaktor, administrator, handlaggare) in a municipality, creating "
        "the user if needed. Idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("municipality", help="The municipality's slug, e.g. osby.")
        parser.add_argument("role", help=f"One of: {', '.join(Membership.Role.values)}.")
        parser.add_argument("--email", default="", help="E-mail address of a new user.")
        parser.add_argument(
            "--password",
            help=(
                "Password of a new user. Discouraged outside scripts: it stays in the shell "
                "history. Without it you are asked on a terminal, or a strong password is "
                "generated and printed once."
            ),
        )
        parser.add_argument(
            "--no-input",
            "--noinput",
            action="store_false",
            dest="interactive",
            help="Never prompt: a new user gets a generated password.",
        )

    def handle(self, *args, username, municipality, role, email, password, interactive, **opts):
        municipality = self.find_municipality(municipality)
        if role not in Membership.Role.values:
            raise CommandError(
                f"Unknown role {role!r}. Choose one of: {', '.join(Membership.Role.values)}."
            )
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        generated = None
        if user is None:
            candidate = self.new_user(User, username, email)
            if password is not None:
                self.check_password(password, candidate)
            elif interactive and sys.stdin.isatty():
                password = self.ask_password(candidate)
            else:
                password = generated = unguessable_password()
        elif email or password is not None:
            self.stderr.write(
                self.style.WARNING(
                    f"User {username} exists already: --email and --password are ignored."
                )
            )

        with transaction.atomic():
            if user is None:
                user = User.objects.create_user(username=username, email=email, password=password)
                self.stdout.write(f"Created user {username}.")
            try:
                membership, outcome = member_set_role(
                    user=user, municipality=municipality, role=role
                )
            except ValidationError as error:
                raise CommandError(" ".join(error.messages)) from error

        label = membership.get_role_display().lower()
        if outcome == "unchanged":
            self.stdout.write(f"{username} is already {label} in {municipality}; nothing changed.")
        else:
            self.stdout.write(self.style.SUCCESS(f"{username} is now {label} in {municipality}."))
        if generated:
            # Printed once and stored nowhere: whoever runs the command passes it on.
            self.stdout.write(f"Password for {username} (shown only now): {generated}")

    def find_municipality(self, slug):
        try:
            return Municipality.objects.get(slug=slug)
        except Municipality.DoesNotExist:
            known = ", ".join(Municipality.objects.order_by("slug").values_list("slug", flat=True))
            raise CommandError(f"Unknown municipality {slug!r}. Known: {known}.") from None

    def new_user(self, User, username, email):
        """An unsaved user with a valid name and e-mail address, to validate a password against."""
        try:
            UnicodeUsernameValidator()(username)
            if email:
                validate_email(email)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        # Django allows "Anna" beside "anna", but people cannot tell them apart.
        clash = User.objects.filter(username__iexact=username).first()
        if clash is not None:
            raise CommandError(f"A user named {clash.username!r} exists already; use that name.")
        return User(username=username, email=User.objects.normalize_email(email))

    def check_password(self, password, user):
        try:
            validate_password(password, user)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error

    def ask_password(self, user):
        for _attempt in range(PASSWORD_ATTEMPTS):
            password = getpass.getpass("Password: ")
            if getpass.getpass("Password (again): ") != password:
                self.stderr.write("The passwords do not match. Try again.")
                continue
            try:
                validate_password(password, user)
            except ValidationError as error:
                self.stderr.write("\n".join(error.messages))
                continue
            return password
        raise CommandError("No password set. Run the command again.")
