"""`manage.py add_member <username> <municipality> <role>`."""

import io
import re

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command

from accounts.models import Membership
from tests.factories import member


def add_member(*args, **options):
    out, err = io.StringIO(), io.StringIO()
    call_command("add_member", *args, stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


def role_in(username, slug):
    return (
        Membership.objects.filter(user__username=username, municipality__slug=slug)
        .values_list("role", flat=True)
        .first()
    )


class FakeTerminal(io.StringIO):
    def isatty(self):
        return True


def test_creates_a_user_with_a_generated_password_printed_once(db):
    out, _err = add_member("anna", "osby", "redaktor", email="anna@osby.example")

    anna = User.objects.get(username="anna")
    printed = re.search(r"Password for anna \(shown only now\): (\S+)", out)
    assert printed, out
    assert len(printed.group(1)) >= 20
    assert anna.check_password(printed.group(1))
    assert anna.email == "anna@osby.example"
    assert role_in("anna", "osby") == "redaktor"
    assert "Created user anna." in out
    assert "anna is now redaktör in Osby." in out


def test_creates_a_user_with_the_given_password(db):
    out, _err = add_member(
        "bo", "hassleholm", "administrator", email="bo@kommun.example", password="Tre-fina-ord-42"
    )

    bo = User.objects.get(username="bo")
    assert bo.check_password("Tre-fina-ord-42")
    assert "Tre-fina-ord-42" not in out
    assert role_in("bo", "hassleholm") == "administrator"


def test_asks_twice_for_the_password_on_a_terminal(db, monkeypatch):
    answers = iter(["Fel-svar-1234", "Annat-svar-5678", "Rätt-lösen-99", "Rätt-lösen-99"])
    monkeypatch.setattr("sys.stdin", FakeTerminal())
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))

    out, err = add_member("cecilia", "osby", "handlaggare")

    cecilia = User.objects.get(username="cecilia")
    assert "The passwords do not match." in err
    assert cecilia.check_password("Rätt-lösen-99")
    assert "Password for" not in out
    assert role_in("cecilia", "osby") == "handlaggare"


def test_changes_the_role_of_an_existing_member_and_leaves_the_account_alone(db):
    anna = member("redaktor", "osby", username="anna")
    password = anna.password

    out, err = add_member("anna", "osby", "administrator", password="Ignoreras-helt-77")

    anna.refresh_from_db()
    assert "anna is now administratör in Osby." in out
    assert "--email and --password are ignored" in err
    assert "Password for" not in out
    assert anna.password == password
    assert role_in("anna", "osby") == "administrator"
    assert User.objects.filter(username="anna").count() == 1


def test_gives_an_existing_user_a_role_in_another_municipality(db):
    member("redaktor", "osby", username="anna")

    add_member("anna", "kristianstad", "handlaggare")

    assert role_in("anna", "osby") == "redaktor"
    assert role_in("anna", "kristianstad") == "handlaggare"


def test_running_it_again_changes_nothing(db):
    add_member("anna", "osby", "redaktor", email="anna@osby.example")
    password = User.objects.get(username="anna").password

    out, _err = add_member("anna", "osby", "redaktor", email="anna@osby.example")

    assert "anna is already redaktör in Osby; nothing changed." in out
    assert "Password for" not in out
    assert User.objects.filter(username="anna").count() == 1
    assert User.objects.get(username="anna").password == password
    assert Membership.objects.filter(user__username="anna").count() == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("anna", "atlantis", "redaktor"), "Unknown municipality 'atlantis'. Known: bromolla"),
        (("anna", "osby", "chef"), "Unknown role 'chef'. Choose one of: redaktor, administrator"),
        (("ett namn", "osby", "redaktor"), "användarnamn"),
    ],
)
def test_refuses_an_unknown_municipality_or_role_or_a_bad_username(db, args, message):
    with pytest.raises(CommandError, match=message):
        add_member(*args)

    assert not User.objects.exists()
    assert not Membership.objects.exists()


def test_refuses_a_weak_password(db):
    with pytest.raises(CommandError, match="lösenord"):
        add_member("anna", "osby", "redaktor", password="1234")

    assert not User.objects.filter(username="anna").exists()


def test_refuses_a_username_that_differs_only_in_case(db):
    member("redaktor", "osby", username="Anna")

    with pytest.raises(CommandError, match="A user named 'Anna' exists already"):
        add_member("anna", "osby", "administrator")

    assert User.objects.filter(username__iexact="anna").count() == 1
    assert role_in("Anna", "osby") == "redaktor"


def test_will_not_demote_the_last_administrator(db):
    member("administrator", "osby", username="anna")

    with pytest.raises(CommandError, match="anna är den enda administratören i Osby"):
        add_member("anna", "osby", "redaktor")

    assert role_in("anna", "osby") == "administrator"
