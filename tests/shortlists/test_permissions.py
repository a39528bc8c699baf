"""Only the owner changes, prints or manages a saved list (`shortlists.change_shortlist`).

Owner / outsider / anonymous for every action: someone else's list answers 404, so its existence
is not revealed, and a forged POST leaves the database as it was. Every POST needs a CSRF token.
"""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client

from shortlists.models import ShortList
from tests.factories import MeasureFactory
from tests.shortlists.conftest import ADD_URL, REMOVE_URL, listed, make_list

WHO = ["owner", "outsider", "anonymous"]


def state(shortlist):
    """Everything an action could change about a list, read fresh from the database."""
    fresh = ShortList.objects.filter(pk=shortlist.pk).first()
    if fresh is None:
        return None
    return (fresh.name, fresh.token, listed(fresh))


def log_in(client, who, owner, outsider):
    if who == "owner":
        client.force_login(owner)
    elif who == "outsider":
        client.force_login(outsider)


@pytest.fixture
def setup(owner, outsider):
    kept = MeasureFactory(title="I listan")
    other = MeasureFactory(title="Utanför listan")
    shortlist = make_list(owner, "Ägarens lista", [kept])
    return shortlist, kept, other


def actions(shortlist, kept, other):
    """(method, url, data) for every action on a list."""
    return {
        "print": ("get", f"/min-lista/{shortlist.pk}/skriv-ut/", {}),
        "ask-to-delete": ("get", f"/min-lista/{shortlist.pk}/radera/", {}),
        "delete": ("post", f"/min-lista/{shortlist.pk}/radera/", {}),
        "rename": ("post", f"/min-lista/{shortlist.pk}/byt-namn/", {"name": "Nytt namn"}),
        "new-token": ("post", f"/min-lista/{shortlist.pk}/ny-lank/", {}),
        "add": ("post", ADD_URL, {"measure": other.pk, "lista": shortlist.pk}),
        "remove": ("post", REMOVE_URL, {"measure": kept.pk, "lista": shortlist.pk}),
    }


ACTIONS = ["print", "ask-to-delete", "delete", "rename", "new-token", "add", "remove"]
OWNER_CODES = {"print": 200, "ask-to-delete": 200}


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("who", WHO)
def test_only_the_owner_acts_on_a_list(client, owner, outsider, setup, who, action):
    shortlist, kept, other = setup
    method, url, data = actions(shortlist, kept, other)[action]
    before = state(shortlist)
    log_in(client, who, owner, outsider)

    response = getattr(client, method)(url, data)

    if who == "owner":
        assert response.status_code == OWNER_CODES.get(action, 302)
        if method == "post":
            assert state(shortlist) != before
    else:
        assert response.status_code == 404
        assert "Ägarens lista" not in response.content.decode()
        assert "I listan" not in response.content.decode()
        assert state(shortlist) == before


def test_the_rule_lets_the_owner_and_nobody_else_change_a_list(owner, outsider, setup):
    shortlist, _kept, _other = setup

    assert owner.has_perm("shortlists.change_shortlist", shortlist)
    assert not outsider.has_perm("shortlists.change_shortlist", shortlist)
    assert not AnonymousUser().has_perm("shortlists.change_shortlist", shortlist)


def test_the_list_page_shows_only_the_users_own_lists(client, owner, outsider, setup):
    make_list(outsider, "Någon annans lista")
    client.force_login(owner)

    html = client.get("/min-lista/").content.decode()

    assert "Ägarens lista" in html
    assert "Någon annans lista" not in html


def test_an_unknown_list_is_a_404(owner_client, owner):
    measure = MeasureFactory()

    assert owner_client.get("/min-lista/999999/skriv-ut/").status_code == 404
    assert owner_client.post("/min-lista/999999/byt-namn/", {"name": "X"}).status_code == 404
    response = owner_client.post(ADD_URL, {"measure": measure.pk, "lista": 999999})
    assert response.status_code == 404
    assert owner_client.post(ADD_URL, {"measure": measure.pk, "lista": "x"}).status_code == 404
    assert owner_client.get("/min-lista/abc/skriv-ut/").status_code == 404
    assert not ShortList.objects.exists()


POSTS = {
    "add": (ADD_URL, lambda s, m: {"measure": m.pk, "lista": s.pk}),
    "remove": (REMOVE_URL, lambda s, m: {"measure": m.pk, "lista": s.pk}),
    "create": ("/min-lista/ny/", lambda s, m: {"name": "Ny lista"}),
    "rename": ("/min-lista/{pk}/byt-namn/", lambda s, m: {"name": "Nytt namn"}),
    "delete": ("/min-lista/{pk}/radera/", lambda s, m: {}),
    "new-token": ("/min-lista/{pk}/ny-lank/", lambda s, m: {}),
}


@pytest.mark.parametrize("action", list(POSTS))
def test_every_post_needs_a_csrf_token(owner, action):
    measure = MeasureFactory(title="I listan")
    shortlist = make_list(owner, "Ägarens lista", [measure] if action == "remove" else [])
    before = (state(shortlist), ShortList.objects.count())
    client = Client(enforce_csrf_checks=True)
    client.force_login(owner)
    url, data = POSTS[action]

    response = client.post(url.format(pk=shortlist.pk), data(shortlist, measure))

    assert response.status_code == 403
    assert (state(shortlist), ShortList.objects.count()) == before


def test_an_anonymous_post_without_csrf_token_changes_no_session(db):
    measure = MeasureFactory()
    client = Client(enforce_csrf_checks=True)

    response = client.post(ADD_URL, {"measure": measure.pk})

    assert response.status_code == 403
    assert "shortlist_measure_ids" not in client.session
