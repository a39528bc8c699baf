"""Fixtures for Min lista: a case officer who owns lists, and an outsider who must not see them."""

import pytest

from shortlists import services
from shortlists.models import ShortList
from tests.factories import member

ADD_URL = "/min-lista/lagg-till/"
REMOVE_URL = "/min-lista/ta-bort/"


def make_list(owner, name="Min lista", measures=()):
    """A saved list owned by `owner` holding `measures` in that order."""
    shortlist = ShortList.objects.create(owner=owner, name=name)
    for measure in measures:
        services.shortlist_add(shortlist=shortlist, measure=measure)
    return shortlist


def listed(shortlist):
    """The titles in a saved list, in list order, read from the database."""
    return list(shortlist.items.values_list("measure__title", flat=True))


@pytest.fixture
def owner(db):
    """A handläggare in Osby who owns the lists in these tests."""
    return member("handlaggare", "osby", username="osby-handlaggare")


@pytest.fixture
def outsider(db):
    """A handläggare in Hässleholm: logged in, a member, but not the owner."""
    return member("handlaggare", "hassleholm", username="hassleholm-handlaggare")


@pytest.fixture
def owner_client(client, owner):
    client.force_login(owner)
    return client
