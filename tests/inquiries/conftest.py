"""Fixtures for inquiry tests: Hässleholm asks about a measure run by Osby.

The asking side is Hässleholm, the receiving side Osby; Kristianstad is uninvolved.
"""

import pytest
from django.contrib.auth import get_user_model

from inquiries.services import inquiry_create
from tests.factories import MeasureFactory, member


@pytest.fixture
def measure(osby):
    """A public measure in Osby that takes participants from other municipalities."""
    return MeasureFactory(municipality=osby, title="Arbetsträning i Returbutiken")


@pytest.fixture
def asker(db):
    """A handläggare in Hässleholm."""
    return member("handlaggare", "hassleholm", username="hassleholm-handlaggare")


@pytest.fixture
def receiver(db):
    """A handläggare in Osby, the municipality running the measure."""
    return member("handlaggare", "osby", username="osby-handlaggare")


@pytest.fixture
def outsider(db):
    """A redaktör in Kristianstad, which has nothing to do with the inquiry."""
    return member("redaktor", "kristianstad", username="kristianstad-redaktor")


@pytest.fixture
def non_member(db):
    """Logged in, but no municipality's member."""
    return get_user_model().objects.create_user("utan-kommun", "utan@example.org", "x-123456!")


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_superuser("portalstaff", "staff@example.org", "x-1234!")


@pytest.fixture
def make_inquiry(measure, asker, hassleholm):
    """Send an inquiry as the asking handläggare would, through the service."""

    def make(**fields):
        values = {
            "measure": measure,
            "asking_municipality": hassleholm,
            "user": asker,
            "places": 1,
            "message": "Finns det plats för en person som vill börja efter sommaren?",
        }
        values.update(fields)
        return inquiry_create(**values)

    return make


@pytest.fixture
def inquiry(make_inquiry):
    return make_inquiry()
