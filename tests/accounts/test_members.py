"""The members page (`/hantera/medlemmar/`): list, add, invite, change role, remove."""

import re

import pytest
from django.contrib.auth.models import User
from django.test import Client

from accounts.models import Membership
from tests.factories import MembershipFactory, UserFactory, member

URL = "/hantera/medlemmar/?kommun=osby"


@pytest.fixture
def admin_user(db):
    """An administratör in Osby."""
    return member(
        "administrator", "osby", username="osby-admin", first_name="Eva", last_name="Admin"
    )


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


def role_in(user, municipality):
    return (
        Membership.objects.filter(user=user, municipality=municipality)
        .values_list("role", flat=True)
        .first()
    )


def membership_of(user, municipality):
    return Membership.objects.get(user=user, municipality=municipality)


def test_administrator_sees_the_municipalitys_members_and_their_roles(
    admin_client, osby, hassleholm
):
    member("redaktor", "osby", username="anna", first_name="Anna", last_name="Lindqvist")
    member("handlaggare", "osby", username="bo", email="bo@osby.example")
    member("redaktor", "hassleholm", username="hassleholms-redaktor")

    response = admin_client.get(URL)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Medlemmar i Osby" in html
    assert "Anna Lindqvist" in html and "bo@osby.example" in html
    assert "hassleholms-redaktor" not in html
    listed = [(m.user.username, m.role) for m in response.context["memberships"]]
    assert listed == [("anna", "redaktor"), ("bo", "handlaggare"), ("osby-admin", "administrator")]
    assert re.search(r'<option value="handlaggare" selected>Handläggare</option>', html)


def test_members_page_reads_the_members_in_one_query(admin_client, osby, django_assert_num_queries):
    for _ in range(3):
        member("redaktor", "osby")

    # 1 session, 2 user, 3 the user's roles, 4 the dashboard's municipalities,
    # 5 any example data (site context processor), 6 the members with their accounts.
    with django_assert_num_queries(6):
        response = admin_client.get(URL)

    assert response.status_code == 200
    assert len(response.context["memberships"]) == 4
    assert Membership.objects.filter(municipality=osby).count() == 4


def test_administrator_adds_an_existing_user_by_username(admin_client, osby):
    anna = UserFactory(username="anna", first_name="Anna", last_name="Lindqvist")

    response = admin_client.post(URL, {"action": "add", "username": "anna", "role": "redaktor"})

    assert response.status_code == 302
    assert response["Location"] == URL
    assert role_in(anna, osby) == "redaktor"
    page = admin_client.get(URL).content.decode()
    assert "Anna Lindqvist är nu redaktör i Osby." in page


def test_administrator_adds_an_existing_user_by_email_address(admin_client, osby, hassleholm):
    bo = member("redaktor", "hassleholm", username="bo", email="Bo@Kommun.example")

    response = admin_client.post(
        URL,
        {
            "action": "add",
            "username": "bo@kommun.example",
            "role": "handlaggare",
        },
    )

    assert response.status_code == 302
    assert role_in(bo, osby) == "handlaggare"
    assert role_in(bo, hassleholm) == "redaktor"


def test_adding_an_account_from_another_municipality_says_what_happened_and_tells_its_owner(
    admin_client, osby, hassleholm, mailoutbox
):
    bo = member("redaktor", "hassleholm", username="bo", email="bo@hassleholm.example")

    response = admin_client.post(URL, {"action": "add", "username": "bo", "role": "handlaggare"})

    # Joined, not moved: both roles are there, and nothing in Hässleholm changed.
    assert response.status_code == 302
    assert role_in(bo, osby) == "handlaggare"
    assert role_in(bo, hassleholm) == "redaktor"
    page = admin_client.get(URL).content.decode()
    assert "bo är nu handläggare i Osby." in page
    assert "Kontot är också medlem i en annan kommun och behåller den rollen" in page
    assert "Personen har fått ett e-postmeddelande om den nya rollen." in page
    # The owner hears of it from the portal, with who did it.
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == ["bo@hassleholm.example"]
    assert mail.subject == "Du har fått en roll i Osby i Portalen"
    assert "Eva Admin har gett ditt konto bo rollen handläggare i Osby" in mail.body
    assert "Dina roller i andra kommuner är oförändrade." in mail.body


def test_adding_an_account_without_an_email_address_says_nobody_was_told(
    admin_client, osby, mailoutbox
):
    UserFactory(username="utan-adress", email="")

    admin_client.post(URL, {"action": "add", "username": "utan-adress", "role": "redaktor"})

    page = admin_client.get(URL).content.decode()
    assert "Kontot saknar e-postadress, så personen har inte fått något besked." in page
    assert mailoutbox == []


@pytest.mark.parametrize(
    "lookup",
    [
        "ingen-alls",  # no such user name
        "ingen@kommun.example",  # no such address
        "delad@kommun.example",  # an address two accounts share
        "stangd",  # a closed account, by user name
        "stangd@kommun.example",  # the same closed account, by address
    ],
)
def test_the_email_lookup_reveals_no_more_than_the_username_lookup(admin_client, osby, lookup):
    UserFactory(username="ett", email="delad@kommun.example")
    UserFactory(username="tva", email="delad@kommun.example")
    UserFactory(username="stangd", email="stangd@kommun.example", is_active=False)

    response = admin_client.post(URL, {"action": "add", "username": lookup, "role": "redaktor"})

    html = response.content.decode()
    assert response.status_code == 200
    # One and the same answer whatever the reason, so nothing is learnt about other accounts.
    assert "Det finns inget konto att lägga till med det användarnamnet eller den" in html
    assert "Flera konton" not in html
    assert "avstängt" not in html
    assert Membership.objects.filter(municipality=osby).count() == 1


def test_adding_an_unknown_account_shows_the_error_next_to_the_field(admin_client, osby):
    response = admin_client.post(
        URL, {"action": "add", "username": "ingen-alls", "role": "redaktor"}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="error_1_befintlig_username"' in html
    assert "Det finns inget konto att lägga till med det användarnamnet eller den" in html
    assert 'value="ingen-alls"' in html
    assert Membership.objects.filter(municipality=osby).count() == 1


def test_adding_someone_who_already_is_a_member_is_refused(admin_client, osby):
    anna = member("handlaggare", "osby", username="anna")

    response = admin_client.post(
        URL, {"action": "add", "username": "anna", "role": "administrator"}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "anna är redan medlem i Osby med rollen handläggare" in html
    assert role_in(anna, osby) == "handlaggare"


def test_administrator_creates_an_account_and_the_new_member_gets_an_email_to_choose_a_password(
    admin_client, osby, mailoutbox
):
    response = admin_client.post(
        URL,
        {
            "action": "create",
            "username": "cecilia",
            "email": "cecilia@osby.example",
            "first_name": "Cecilia",
            "last_name": "Ek",
            "role": "redaktor",
        },
    )

    cecilia = User.objects.get(username="cecilia")
    assert response.status_code == 302
    assert role_in(cecilia, osby) == "redaktor"
    assert cecilia.email == "cecilia@osby.example"
    assert cecilia.get_full_name() == "Cecilia Ek"
    assert "Vi har skickat ett e-postmeddelande till cecilia@osby.example" in (
        admin_client.get(URL).content.decode()
    )
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == ["cecilia@osby.example"]
    assert mail.subject == "Välkommen till Portalen"
    assert "Ditt användarnamn: cecilia" in mail.body
    link = re.search(r"http://testserver(/konto/aterstall/[^/]+/[^/]+/)", mail.body)
    assert link, mail.body
    # The link is valid: Django moves the token into the session and asks for a password.
    opened = Client().get(link.group(1))
    assert opened.status_code == 302
    assert opened["Location"].endswith("/set-password/")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("username", "Osby-Admin", "Det användarnamnet är upptaget"),
        ("email", "OSBY-ADMIN@kommun.example", "Det finns redan ett konto med den e-postadressen"),
        ("username", "ett namn med mellanslag", "användarnamn"),
        ("email", "inte-en-adress", "e-postadress"),
    ],
)
def test_a_new_account_needs_a_free_valid_username_and_email_address(
    admin_client, osby, mailoutbox, field, value, message
):
    data = {
        "action": "create",
        "username": "david",
        "email": "david@osby.example",
        "role": "redaktor",
        field: value,
    }

    response = admin_client.post(URL, data)

    html = response.content.decode()
    assert response.status_code == 200
    assert f'id="error_1_ny_{field}"' in html
    assert message.lower() in html.lower()
    assert User.objects.count() == 1
    assert Membership.objects.filter(municipality=osby).count() == 1
    assert mailoutbox == []


def test_administrator_changes_a_members_role(admin_client, osby):
    anna = member("redaktor", "osby", username="anna")

    response = admin_client.post(
        URL,
        {
            "action": "change_role",
            "membership": membership_of(anna, osby).pk,
            "role": "administrator",
        },
    )

    assert response.status_code == 302
    assert response["Location"] == URL
    assert role_in(anna, osby) == "administrator"
    assert "anna är nu administratör i Osby." in admin_client.get(URL).content.decode()


def test_administrator_removes_a_member_and_the_account_stays(admin_client, osby, hassleholm):
    anna = member("redaktor", "osby", username="anna")
    MembershipFactory(user=anna, municipality=hassleholm)

    response = admin_client.post(
        URL, {"action": "remove", "membership": membership_of(anna, osby).pk}
    )

    assert response.status_code == 302
    assert role_in(anna, osby) is None
    assert role_in(anna, hassleholm) == "redaktor"
    assert User.objects.filter(username="anna").exists()
    assert "anna är inte längre medlem i Osby. Kontot finns kvar." in (
        admin_client.get(URL).content.decode()
    )


def test_the_last_administrator_cannot_remove_themselves(admin_client, admin_user, osby):
    member("redaktor", "osby", username="anna")

    response = admin_client.post(
        URL, {"action": "remove", "membership": membership_of(admin_user, osby).pk}
    )

    html = response.content.decode()
    assert response.status_code == 409
    assert "Du är den enda administratören i Osby och kan inte ta bort dig själv." in html
    assert "Ge först någon annan rollen administratör." in html
    assert role_in(admin_user, osby) == "administrator"


def test_the_last_administrator_cannot_demote_themselves(admin_client, admin_user, osby):
    response = admin_client.post(
        URL,
        {
            "action": "change_role",
            "membership": membership_of(admin_user, osby).pk,
            "role": "redaktor",
        },
    )

    html = response.content.decode()
    assert response.status_code == 409
    assert "Du är den enda administratören i Osby och kan inte byta till en annan roll." in html
    assert role_in(admin_user, osby) == "administrator"


def test_an_administrator_may_step_down_when_another_administrator_remains(
    admin_client, admin_user, osby
):
    other = member("administrator", "osby", username="annan-admin")

    response = admin_client.post(
        URL,
        {
            "action": "change_role",
            "membership": membership_of(admin_user, osby).pk,
            "role": "redaktor",
        },
    )

    assert response.status_code == 302
    # No longer an administratör: back to the dashboard rather than to a page now closed.
    assert response["Location"] == "/hantera/"
    assert role_in(admin_user, osby) == "redaktor"
    assert role_in(other, osby) == "administrator"
    assert admin_client.get(URL).status_code == 403


def test_forged_posts_about_another_municipalitys_members_change_nothing(
    admin_client, osby, hassleholm
):
    outsider = member("administrator", "hassleholm", username="hassleholms-admin")
    theirs = membership_of(outsider, hassleholm)

    removed = admin_client.post(URL, {"action": "remove", "membership": theirs.pk})
    demoted = admin_client.post(
        URL, {"action": "change_role", "membership": theirs.pk, "role": "handlaggare"}
    )
    elsewhere = admin_client.post(
        "/hantera/medlemmar/?kommun=hassleholm", {"action": "remove", "membership": theirs.pk}
    )

    assert removed.status_code == 400
    assert "Personen är inte medlem i kommunen." in removed.content.decode()
    assert demoted.status_code == 400
    assert elsewhere.status_code == 403
    assert role_in(outsider, hassleholm) == "administrator"


def test_an_unknown_role_or_action_changes_nothing(admin_client, osby):
    anna = member("redaktor", "osby", username="anna")
    pk = membership_of(anna, osby).pk

    bad_role = admin_client.post(URL, {"action": "change_role", "membership": pk, "role": "chef"})
    bad_action = admin_client.post(URL, {"action": "delete_everything", "membership": pk})

    assert bad_role.status_code == 400
    assert "Välj en av rollerna i listan." in bad_role.content.decode()
    assert bad_action.status_code == 400
    assert "Det gick inte att utföra" in bad_action.content.decode()
    assert role_in(anna, osby) == "redaktor"


@pytest.mark.parametrize("role", ["redaktor", "handlaggare"])
def test_editors_and_case_officers_may_not_manage_members(client, osby, role, mailoutbox):
    anna = member("redaktor", "osby", username="anna")
    client.force_login(member(role, "osby"))

    page = client.get(URL)
    posts = [
        client.post(URL, {"action": "remove", "membership": membership_of(anna, osby).pk}),
        client.post(URL, {"action": "add", "username": "anna", "role": "administrator"}),
        client.post(
            URL,
            {
                "action": "create",
                "username": "ny",
                "email": "ny@osby.example",
                "role": "administrator",
            },
        ),
    ]

    assert page.status_code == 403
    assert [p.status_code for p in posts] == [403, 403, 403]
    assert role_in(anna, osby) == "redaktor"
    assert not User.objects.filter(username="ny").exists()
    assert mailoutbox == []


def test_an_administrator_elsewhere_may_not_manage_osbys_members(client, osby):
    anna = member("redaktor", "osby", username="anna")
    client.force_login(member("administrator", "hassleholm"))

    page = client.get(URL)
    post = client.post(URL, {"action": "remove", "membership": membership_of(anna, osby).pk})

    assert page.status_code == 403
    assert post.status_code == 403
    assert role_in(anna, osby) == "redaktor"


def test_portal_staff_may_manage_any_municipalitys_members(client, osby):
    client.force_login(UserFactory(username="staff", is_superuser=True, is_staff=True))
    anna = member("redaktor", "osby", username="anna")

    response = client.post(
        URL,
        {
            "action": "change_role",
            "membership": membership_of(anna, osby).pk,
            "role": "administrator",
        },
    )

    assert response.status_code == 302
    assert role_in(anna, osby) == "administrator"


def test_the_dashboard_links_to_the_members_page_only_for_administrators(client, admin_user):
    client.force_login(admin_user)
    for_admin = client.get("/hantera/?kommun=osby").content.decode()
    client.force_login(member("redaktor", "osby"))
    for_editor = client.get("/hantera/?kommun=osby").content.decode()

    assert 'href="/hantera/medlemmar/?kommun=osby"' in for_admin
    assert 'href="/hantera/medlemmar/?kommun=osby"' not in for_editor
    assert Membership.objects.filter(user=admin_user, role="administrator").exists()


def test_anonymous_visitor_is_sent_to_the_login_page(client, osby):
    anna = member("redaktor", "osby", username="anna")

    page = client.get(URL)
    post = client.post(URL, {"action": "remove", "membership": membership_of(anna, osby).pk})

    assert page.status_code == 302
    assert page["Location"].startswith("/konto/logga-in/?next=")
    assert post.status_code == 302
    assert post["Location"].startswith("/konto/logga-in/?next=")
    assert role_in(anna, osby) == "redaktor"


def test_portal_staff_find_memberships_in_the_django_admin(client, osby, hassleholm):
    client.force_login(UserFactory(username="staff", is_superuser=True, is_staff=True))
    member("redaktor", "osby", username="anna")
    member("redaktor", "hassleholm", username="bo")

    response = client.get("/admin/accounts/membership/?q=anna")

    html = response.content.decode()
    assert response.status_code == 200
    assert "anna – Osby (Redaktör)" in html
    assert "bo – Hässleholm" not in html
    assert Membership.objects.count() == 2
