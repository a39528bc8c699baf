"""`load_demo --accounts`: example accounts to try the staff views, on a developer's machine."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from accounts.models import Membership

User = get_user_model()


def run(*args):
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def printed_passwords(output):
    return dict(re.findall(r"^\s+(exempel-\S+)\s+(\S+)\s", output, re.MULTILINE))


def test_each_role_gets_an_account_whose_printed_password_works(db, settings):
    settings.DEBUG = True

    output = run("load_demo", "--accounts")

    passwords = printed_passwords(output)
    assert set(passwords) == {"exempel-redaktor", "exempel-admin", "exempel-handlaggare"}
    roles = {
        (m.user.username, m.municipality.slug, m.role)
        for m in Membership.objects.select_related("user", "municipality")
    }
    assert roles == {
        ("exempel-redaktor", "osby", "redaktor"),
        ("exempel-admin", "osby", "administrator"),
        ("exempel-handlaggare", "hassleholm", "handlaggare"),
    }
    for username, password in passwords.items():
        assert User.objects.get(username=username).check_password(password)


def test_every_run_gives_fresh_passwords_and_the_old_ones_stop_working(db, settings):
    settings.DEBUG = True
    first = printed_passwords(run("load_demo_accounts"))

    second = printed_passwords(run("load_demo_accounts"))

    assert first.keys() == second.keys()
    for username in first:
        assert first[username] != second[username]
        assert not User.objects.get(username=username).check_password(first[username])
    assert User.objects.filter(username__startswith="exempel-").count() == 3


@pytest.mark.parametrize("args", [("load_demo", "--accounts"), ("load_demo_accounts",)])
def test_without_debug_no_example_account_is_made(db, settings, args):
    settings.DEBUG = False

    with pytest.raises(CommandError, match="DJANGO_DEBUG=1"):
        run(*args)

    assert not User.objects.filter(username__startswith="exempel-").exists()
