"""An inquiry always reaches someone, and the pages say truthfully who is told.

When nobody in the receiving municipality can be e-mailed (no member with an address yet, as in
the example data), the inquiry goes to the functional address of the unit running the measure.
"""

import pytest

URL = "/hantera/forfragningar/ny/?insats={slug}"
MESSAGE = {"places": "1", "message": "Finns det en plats i vår?"}


@pytest.fixture
def unit_with_address(measure):
    measure.unit.email = "arbetsmarknad@osby.example"
    measure.unit.phone = "0479-52 80 00"
    measure.unit.save()
    return measure.unit


def send(client, measure, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(URL.format(slug=measure.slug), MESSAGE, follow=True)


def test_with_no_member_to_tell_the_unit_s_functional_address_gets_the_inquiry(
    client, asker, measure, unit_with_address, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(asker)
    form = client.get(URL.format(slug=measure.slug)).content.decode()
    assert "går till enhetens e-postadress arbetsmarknad@osby.example" in form

    response = send(client, measure, django_capture_on_commit_callbacks)

    html = response.content.decode()
    assert "har gått till enhetens e-postadress arbetsmarknad@osby.example" in html
    assert "deras medlemmar i Portalen har fått" not in html
    assert [mail.to for mail in mailoutbox] == [["arbetsmarknad@osby.example"]]
    body = mailoutbox[0].body
    assert "gemensamma e-postadress, eftersom ingen i Osby har ett konto i Portalen" in body


def test_with_members_they_are_told_and_the_unit_address_is_not_used(
    client,
    asker,
    receiver,
    measure,
    unit_with_address,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    client.force_login(asker)
    form = client.get(URL.format(slug=measure.slug)).content.decode()
    assert "Deras medlemmar i Portalen får ett e-postmeddelande" in form

    response = send(client, measure, django_capture_on_commit_callbacks)

    assert "deras medlemmar i Portalen har fått ett e-postmeddelande" in (response.content.decode())
    assert [mail.to for mail in mailoutbox] == [["osby-handlaggare@kommun.example"]]
    assert "gemensamma e-postadress" not in mailoutbox[0].body


def test_with_nobody_to_tell_the_page_says_so_and_asks_for_a_call(
    client, asker, measure, mailoutbox, django_capture_on_commit_callbacks
):
    measure.unit.email = ""
    measure.unit.phone = "0479-52 80 00"
    measure.unit.save()
    client.force_login(asker)
    form = client.get(URL.format(slug=measure.slug)).content.decode()
    assert "ring enheten på 0479-52 80 00 när du har skickat den" in form

    response = send(client, measure, django_capture_on_commit_callbacks)

    html = response.content.decode()
    assert "ingen i Osby kan få e-post om den ännu. Ring enheten på 0479-52 80 00" in html
    assert mailoutbox == []
    assert measure.inquiries.count() == 1


def test_the_english_pages_say_the_same(
    client, asker, measure, unit_with_address, django_capture_on_commit_callbacks
):
    client.force_login(asker)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/en/hantera/forfragningar/ny/?insats={measure.slug}", MESSAGE, follow=True
        )
    assert "has gone to the unit&#x27;s email address arbetsmarknad@osby.example" in (
        response.content.decode()
    )
