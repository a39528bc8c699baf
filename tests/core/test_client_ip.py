"""The client's address behind the load balancer: `DJANGO_TRUSTED_PROXIES` (core/client_ip.py).

The balancer connects from its own address (REMOTE_ADDR) and appends the client's address to
X-Forwarded-For. Without the setting the header is ignored; with it, the entry the balancer wrote
is the client, whatever the client put in front of it.
"""

import pytest
from axes.models import AccessAttempt
from django.test import RequestFactory

from core.client_ip import client_ip
from measures.models import ErrorReport
from tests.factories import MeasureFactory, member

BALANCER = "10.0.0.5"
MESSAGE = "Telefonnumret till enheten går inte fram längre."


def request_from(remote_addr, forwarded_for=None):
    headers = {"REMOTE_ADDR": remote_addr}
    if forwarded_for is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return RequestFactory().get("/", **headers)


def report(client, measure, forwarded_for):
    return client.post(
        f"/insatser/{measure.slug}/rapportera-fel/",
        {"message": MESSAGE},
        REMOTE_ADDR=BALANCER,
        HTTP_X_FORWARDED_FOR=forwarded_for,
    )


def test_without_trusted_proxies_x_forwarded_for_is_ignored(settings):
    settings.PORTAL_TRUSTED_PROXIES = 0

    assert client_ip(request_from(BALANCER, "203.0.113.7")) == BALANCER


def test_with_one_trusted_proxy_the_address_it_saw_is_the_client(settings):
    settings.PORTAL_TRUSTED_PROXIES = 1

    assert client_ip(request_from(BALANCER, "203.0.113.7")) == "203.0.113.7"


@pytest.mark.parametrize(
    "forged",
    ["198.51.100.1", "198.51.100.1, 198.51.100.2", "not-an-address", "unknown, 198.51.100.1"],
)
def test_entries_the_client_wrote_in_front_are_not_believed(settings, forged):
    settings.PORTAL_TRUSTED_PROXIES = 1

    assert client_ip(request_from(BALANCER, f"{forged}, 203.0.113.7")) == "203.0.113.7"


def test_with_two_trusted_proxies_the_second_entry_from_the_right_is_the_client(settings):
    # CDN -> balancer -> app: the CDN wrote the client, the balancer wrote the CDN.
    settings.PORTAL_TRUSTED_PROXIES = 2

    request = request_from(BALANCER, "198.51.100.1, 203.0.113.7, 192.0.2.10")

    assert client_ip(request) == "203.0.113.7"


@pytest.mark.parametrize("forwarded_for", [None, "", "garbage"])
def test_a_request_that_did_not_come_through_the_proxy_is_its_own_address(settings, forwarded_for):
    settings.PORTAL_TRUSTED_PROXIES = 1

    assert client_ip(request_from("192.0.2.44", forwarded_for)) == "192.0.2.44"


def test_an_ipv4_client_on_a_dual_stack_socket_is_written_as_ipv4(settings):
    settings.PORTAL_TRUSTED_PROXIES = 0

    assert client_ip(request_from("::ffff:192.0.2.44")) == "192.0.2.44"


def test_without_the_setting_two_forwarded_addresses_count_as_one_client(client, db, settings):
    settings.PORTAL_TRUSTED_PROXIES = 0
    settings.PORTAL_ERROR_REPORTS_PER_HOUR = 1
    measure = MeasureFactory()

    first = report(client, measure, "203.0.113.7")
    second = report(client, measure, "203.0.113.8")

    assert [first.status_code, second.status_code] == [302, 429]
    assert ErrorReport.objects.count() == 1


def test_with_the_setting_two_forwarded_addresses_count_apart(client, db, settings):
    settings.PORTAL_TRUSTED_PROXIES = 1
    settings.PORTAL_ERROR_REPORTS_PER_HOUR = 1
    measure = MeasureFactory()

    first = report(client, measure, "203.0.113.7")
    second = report(client, measure, "203.0.113.8")

    assert [first.status_code, second.status_code] == [302, 302]
    assert ErrorReport.objects.count() == 2


def test_a_forged_left_most_entry_does_not_get_past_the_limit(client, db, settings):
    settings.PORTAL_TRUSTED_PROXIES = 1
    settings.PORTAL_ERROR_REPORTS_PER_HOUR = 1
    measure = MeasureFactory()

    first = report(client, measure, "203.0.113.7")
    forged = report(client, measure, "198.51.100.99, 203.0.113.7")

    assert [first.status_code, forged.status_code] == [302, 429]
    assert ErrorReport.objects.count() == 1


def test_axes_records_the_client_not_the_balancer(client, db, settings):
    settings.PORTAL_TRUSTED_PROXIES = 1
    member("redaktor", "osby", username="kim")

    client.post(
        "/konto/logga-in/",
        {"username": "kim", "password": "fel"},
        REMOTE_ADDR=BALANCER,
        HTTP_X_FORWARDED_FOR="198.51.100.99, 203.0.113.7",
    )

    assert AccessAttempt.objects.get().ip_address == "203.0.113.7"
