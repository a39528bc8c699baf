"""Read-only share links: `/min-lista/delad/<token>/` shows a list to anyone who has the link."""

from django.test import Client

from measures.models import Measure
from shortlists.models import ShortList
from tests.factories import MeasureFactory
from tests.measures.test_internal_details import (
    assert_no_internal_details,
    measure_with_internal_details,
)
from tests.shortlists.conftest import REMOVE_URL, listed, make_list


def test_anyone_with_the_link_sees_the_list_read_only(owner, client):
    measure = MeasureFactory(title="Cykelverkstan", summary="Du lagar cyklar.")
    shortlist = make_list(owner, "Förslag till dig", [measure])

    response = client.get(f"/min-lista/delad/{shortlist.token}/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Förslag till dig" in html
    assert "Cykelverkstan" in html
    assert "Du lagar cyklar." in html
    assert "men inte ändra den" in html
    assert '<meta name="robots" content="noindex">' in html
    assert f'href="/min-lista/delad/{shortlist.token}/skriv-ut/"' in html
    # No buttons that change anything.
    assert "/min-lista/ta-bort/" not in html
    assert "byt-namn" not in html
    assert "ny-lank" not in html
    assert "radera" not in html


def test_a_shared_list_shows_no_internal_details(owner, client):
    shortlist = make_list(owner, measures=[measure_with_internal_details()])

    shared = client.get(f"/min-lista/delad/{shortlist.token}/")
    printed = client.get(f"/min-lista/delad/{shortlist.token}/skriv-ut/")

    assert shared.status_code == 200
    assert printed.status_code == 200
    assert "Arbetsträning i Snickeriet" in shared.content.decode()
    assert "Arbetsträning i Snickeriet" in printed.content.decode()
    assert "Lediga platser finns" in shared.content.decode()
    assert_no_internal_details(shared.content.decode())
    assert_no_internal_details(printed.content.decode())


def test_a_shared_list_hides_measures_no_longer_public(owner, client):
    hidden = MeasureFactory(title="Numera ett utkast", status=Measure.Status.DRAFT)
    shortlist = make_list(owner, measures=[hidden])

    html = client.get(f"/min-lista/delad/{shortlist.token}/").content.decode()

    assert "En insats i listan är inte längre tillgänglig." in html
    assert "Numera ett utkast" not in html


def test_the_shared_handout_prints_without_navigation(owner, client):
    shortlist = make_list(owner, "Förslag", [MeasureFactory(title="Cykelverkstan")])

    response = client.get(f"/min-lista/delad/{shortlist.token}/skriv-ut/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Cykelverkstan" in html
    assert "<nav" not in html
    assert "site-header" not in html


def test_a_wrong_token_is_a_404(owner, client):
    shortlist = make_list(owner, measures=[MeasureFactory(title="Cykelverkstan")])

    for token in [shortlist.token[:-1], shortlist.token.upper(), "x", shortlist.token + "a"]:
        response = client.get(f"/min-lista/delad/{token}/")
        assert response.status_code == 404, token
        assert "Cykelverkstan" not in response.content.decode()
    assert client.get(f"/min-lista/delad/{shortlist.pk}/").status_code == 404


def test_the_owner_makes_a_new_token_and_the_old_link_stops_working(owner_client, owner):
    shortlist = make_list(owner, measures=[MeasureFactory(title="Cykelverkstan")])
    old = shortlist.token

    response = owner_client.post(f"/min-lista/{shortlist.pk}/ny-lank/", follow=True)

    shortlist.refresh_from_db()
    assert response.status_code == 200
    assert "Den gamla länken fungerar inte längre." in response.content.decode()
    assert shortlist.token != old
    assert f"/min-lista/delad/{shortlist.token}/" in response.content.decode()
    anyone = Client()
    assert anyone.get(f"/min-lista/delad/{old}/").status_code == 404
    assert anyone.get(f"/min-lista/delad/{old}/skriv-ut/").status_code == 404
    assert anyone.get(f"/min-lista/delad/{shortlist.token}/").status_code == 200


def test_tokens_are_long_random_and_distinct(owner):
    tokens = {make_list(owner, f"Lista {n}").token for n in range(20)}

    assert len(tokens) == 20
    for token in tokens:
        assert len(token) >= 32
        assert token.replace("-", "").replace("_", "").isalnum()


def test_a_visitor_with_the_link_cannot_change_the_list(owner, outsider, client):
    measure = MeasureFactory()
    shortlist = make_list(owner, "Förslag", [measure])
    client.force_login(outsider)
    client.get(f"/min-lista/delad/{shortlist.token}/")

    removed = client.post(REMOVE_URL, {"measure": measure.pk, "lista": shortlist.pk})
    renamed = client.post(f"/min-lista/{shortlist.pk}/byt-namn/", {"name": "Kapad"})

    assert removed.status_code == 404
    assert renamed.status_code == 404
    shortlist.refresh_from_db()
    assert shortlist.name == "Förslag"
    assert listed(shortlist) == [measure.title]
    assert ShortList.objects.count() == 1


def test_a_case_officer_opening_a_shared_list_sees_only_public_details(owner, outsider, client):
    shortlist = make_list(owner, measures=[measure_with_internal_details()])
    client.force_login(outsider)

    response = client.get(f"/min-lista/delad/{shortlist.token}/")

    assert response.status_code == 200
    assert "Lediga platser finns" in response.content.decode()
    assert_no_internal_details(response.content.decode())
