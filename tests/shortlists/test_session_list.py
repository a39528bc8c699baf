"""Min lista for anonymous visitors: measure ids in the session, nothing else, nothing saved."""

import pytest

from measures.models import Measure
from shortlists.models import ShortList
from shortlists.services import SESSION_KEY
from tests.factories import MeasureFactory, UserFactory, member
from tests.shortlists.conftest import ADD_URL, REMOVE_URL, listed


def session_ids(client):
    return client.session.get(SESSION_KEY, [])


def add(client, measure):
    """Add as a visitor would: post, then read the page the button leads back to."""
    response = client.post(ADD_URL, {"measure": measure.pk}, follow=True)
    assert response.status_code == 200


def test_the_measure_page_offers_an_anonymous_visitor_the_add_button(client, db):
    measure = MeasureFactory()

    response = client.get(measure.get_absolute_url())

    html = response.content.decode()
    assert response.status_code == 200
    assert 'action="/min-lista/lagg-till/"' in html
    assert "Lägg till i min lista" in html
    assert "Visa min lista (0 insatser)" in html
    assert session_ids(client) == []


def test_an_anonymous_visitor_adds_a_measure_to_the_session_list(client, db):
    measure = MeasureFactory(title="Cykelverkstan")

    response = client.post(ADD_URL, {"measure": measure.pk, "next": measure.get_absolute_url()})

    assert response.status_code == 302
    assert response["Location"] == measure.get_absolute_url()
    assert session_ids(client) == [measure.pk]
    assert not ShortList.objects.exists()
    page = client.get(response["Location"]).content.decode()
    assert "”Cykelverkstan” finns nu i ”Min lista”." in page
    assert "Insatsen finns i din lista." in page
    assert "Ta bort från min lista" in page
    assert "Visa min lista (1 insats)" in page


def test_adding_the_same_measure_twice_keeps_it_once(client, db):
    measure = MeasureFactory(title="Cykelverkstan")
    add(client, measure)

    response = client.post(ADD_URL, {"measure": measure.pk}, follow=True)

    assert response.status_code == 200
    assert "”Cykelverkstan” fanns redan i ”Min lista”." in response.content.decode()
    assert session_ids(client) == [measure.pk]


def test_the_session_holds_measure_ids_and_nothing_else(client, db):
    first, second = MeasureFactory(), MeasureFactory()

    add(client, first)
    add(client, second)

    session = client.session
    assert session[SESSION_KEY] == [first.pk, second.pk]
    # Messages are read by then; what is left is the list of ids.
    assert set(session.keys()) == {SESSION_KEY}


def test_the_list_page_shows_the_session_list_in_the_order_added(client, db):
    later = MeasureFactory(title="Arbetslaget", summary="Du arbetar i lag.")
    earlier = MeasureFactory(title="Bageriet")
    add(client, earlier)
    add(client, later)

    response = client.get("/min-lista/")

    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("Bageriet") < html.index("Arbetslaget")
    assert "Du arbetar i lag." in html
    assert 'href="/min-lista/skriv-ut/"' in html
    assert "Listan sparas bara i den här webbläsaren." in html


def test_an_empty_session_list_says_how_to_add(client, db):
    response = client.get("/min-lista/")

    assert response.status_code == 200
    assert "Listan är tom." in response.content.decode()
    assert "/min-lista/skriv-ut/" not in response.content.decode()


def test_an_anonymous_visitor_removes_a_measure(client, db):
    kept, removed = MeasureFactory(title="Kvar"), MeasureFactory(title="Borta")
    add(client, kept)
    add(client, removed)

    response = client.post(REMOVE_URL, {"measure": removed.pk, "next": "/min-lista/"})

    assert response.status_code == 302
    assert response["Location"] == "/min-lista/"
    assert session_ids(client) == [kept.pk]
    page = client.get("/min-lista/").content.decode()
    assert "Insatsen är borttagen från listan." in page
    assert "Borta" not in page


def test_removing_a_measure_that_is_not_in_the_list_changes_nothing(client, db):
    kept, other = MeasureFactory(), MeasureFactory()
    add(client, kept)

    response = client.post(REMOVE_URL, {"measure": other.pk}, follow=True)

    assert response.status_code == 200
    assert "Insatsen fanns inte i listan." in response.content.decode()
    assert session_ids(client) == [kept.pk]


@pytest.mark.parametrize("status", [Measure.Status.DRAFT, Measure.Status.ARCHIVED])
def test_a_measure_that_is_no_longer_public_is_listed_without_details(client, db, status):
    measure = MeasureFactory(title="Snart borta", summary="Sammanfattningen syns inte.")
    add(client, measure)
    Measure.objects.filter(pk=measure.pk).update(status=status, title="Nytt hemligt utkast")

    response = client.get("/min-lista/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "En insats i listan är inte längre tillgänglig." in html
    assert "Snart borta" not in html
    assert "Nytt hemligt utkast" not in html
    assert "Sammanfattningen syns inte." not in html
    # It can still be removed.
    client.post(REMOVE_URL, {"measure": measure.pk}, follow=True)
    assert session_ids(client) == []


def test_a_deleted_measure_simply_drops_out_of_the_list(client, db):
    kept, deleted = MeasureFactory(title="Kvar"), MeasureFactory(title="Raderad")
    add(client, kept)
    add(client, deleted)
    deleted.delete()

    response = client.get("/min-lista/")

    assert response.status_code == 200
    assert "Kvar" in response.content.decode()
    assert "Raderad" not in response.content.decode()


@pytest.mark.parametrize(
    "data",
    [
        {"measure": "draft"},
        {"measure": "999999"},
        {"measure": "abc"},
        {"measure": "-1"},
        {"measure": str(2**70)},
        {},
    ],
    ids=["draft", "unknown", "not-a-number", "negative", "huge", "missing"],
)
def test_adding_anything_but_a_public_measure_is_a_404(client, db, data):
    draft = MeasureFactory(status=Measure.Status.DRAFT)
    if data.get("measure") == "draft":
        data = {"measure": draft.pk}

    response = client.post(ADD_URL, data)

    assert response.status_code == 404
    assert "Sidan finns inte" in response.content.decode()
    assert session_ids(client) == []


def test_add_and_remove_answer_only_post(client, db):
    measure = MeasureFactory()

    assert client.get(ADD_URL, {"measure": measure.pk}).status_code == 405
    assert client.get(REMOVE_URL, {"measure": measure.pk}).status_code == 405
    assert session_ids(client) == []


def test_a_next_address_on_another_site_is_ignored(client, db):
    measure = MeasureFactory()

    response = client.post(ADD_URL, {"measure": measure.pk, "next": "https://evil.example/"})

    assert response.status_code == 302
    assert response["Location"] == measure.get_absolute_url()
    assert session_ids(client) == [measure.pk]


def test_the_session_list_has_a_cap_with_a_clear_message(client, db, monkeypatch):
    monkeypatch.setattr("shortlists.services.MAX_ITEMS_PER_LIST", 2)
    first, second, third = MeasureFactory(), MeasureFactory(), MeasureFactory()
    add(client, first)
    add(client, second)

    response = client.post(ADD_URL, {"measure": third.pk}, follow=True)

    assert response.status_code == 200
    assert "Listan kan ha högst 2 insatser." in response.content.decode()
    assert session_ids(client) == [first.pk, second.pk]


def test_an_anonymous_visitor_cannot_create_a_named_list(client, db):
    response = client.post("/min-lista/ny/", {"name": "Mina favoriter"})

    assert response.status_code == 404
    assert not ShortList.objects.exists()


def test_logging_in_keeps_the_session_list_in_the_default_list(client, db):
    user = member("handlaggare", "osby", username="anna")
    first = MeasureFactory(title="Första")
    second = MeasureFactory(title="Andra")
    gone = MeasureFactory(title="Avpublicerad")
    for measure in [first, second, gone]:
        add(client, measure)
    Measure.objects.filter(pk=gone.pk).update(status=Measure.Status.DRAFT)

    response = client.post(
        "/konto/logga-in/", {"username": "anna", "password": "ett-bra-losenord-42"}
    )

    assert response.status_code == 302
    shortlist = ShortList.objects.get(owner=user)
    assert shortlist.name == "Min lista"
    assert listed(shortlist) == ["Första", "Andra"]
    assert SESSION_KEY not in client.session
    page = client.get("/min-lista/").content.decode()
    assert "Första" in page


def test_logging_in_merges_into_an_existing_default_list_without_duplicates(client, db):
    user = UserFactory(username="bertil")
    already = MeasureFactory(title="Redan där")
    new = MeasureFactory(title="Ny")
    from tests.shortlists.conftest import make_list

    shortlist = make_list(user, "Praktikplatser", [already])
    add(client, already)
    add(client, new)

    client.post("/konto/logga-in/", {"username": "bertil", "password": "ett-bra-losenord-42"})

    assert ShortList.objects.filter(owner=user).count() == 1
    assert listed(shortlist) == ["Redan där", "Ny"]
