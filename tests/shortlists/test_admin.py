"""The admin for lists: portal staff see them, and never the share token."""

from django.contrib.auth import get_user_model

from tests.factories import MeasureFactory
from tests.shortlists.conftest import make_list


def test_portal_staff_see_lists_in_the_admin_without_their_tokens(client, owner):
    shortlist = make_list(owner, "Praktik", [MeasureFactory(title="Cykelverkstan")])
    client.force_login(
        get_user_model().objects.create_superuser("portalstaff", "staff@example.org", "x-123456!")
    )

    listing = client.get("/admin/shortlists/shortlist/")
    change = client.get(f"/admin/shortlists/shortlist/{shortlist.pk}/change/")

    assert listing.status_code == 200
    assert "Praktik" in listing.content.decode()
    assert change.status_code == 200
    assert "Cykelverkstan" in change.content.decode()
    assert shortlist.token not in listing.content.decode()
    assert shortlist.token not in change.content.decode()


def test_a_case_officer_has_no_admin_access_to_lists(owner_client, owner):
    make_list(owner, "Praktik")

    response = owner_client.get("/admin/shortlists/shortlist/")

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
