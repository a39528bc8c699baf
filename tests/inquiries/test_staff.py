"""Portal staff: every municipality's list, any inquiry, and a read-only admin."""

from inquiries.services import inquiry_answer, inquiry_close


def test_staff_sees_any_municipalitys_list_and_inquiry(client, staff, inquiry):
    client.force_login(staff)
    response = client.get("/hantera/forfragningar/?kommun=osby&visa=mottagna")
    assert response.status_code == 200
    assert list(response.context["page"].object_list) == [inquiry]
    assert client.get(f"/hantera/forfragningar/{inquiry.pk}/").status_code == 200


def test_staff_who_closes_for_neither_side_tells_both(
    staff, receiver, inquiry, mailoutbox, django_capture_on_commit_callbacks
):
    inquiry_answer(inquiry=inquiry, user=receiver, answer="ingen-plats")
    with django_capture_on_commit_callbacks(execute=True):
        closed = inquiry_close(inquiry=inquiry, user=staff)
    assert closed.status == "avslutad"
    assert closed.events.last().side == ""
    assert sorted(address for mail in mailoutbox for address in mail.to) == [
        "hassleholm-handlaggare@kommun.example",
        "osby-handlaggare@kommun.example",
    ]
    assert "Portalens förvaltning har avslutat" in mailoutbox[0].body


def test_admin_shows_inquiries_read_only(client, staff, inquiry):
    client.force_login(staff)
    changelist = client.get("/admin/inquiries/inquiry/")
    assert changelist.status_code == 200
    assert "Arbetsträning i Returbutiken" in changelist.content.decode()
    change = client.get(f"/admin/inquiries/inquiry/{inquiry.pk}/change/")
    assert change.status_code == 200
    assert 'name="message"' not in change.content.decode()
    assert client.get("/admin/inquiries/inquiry/add/").status_code == 403
    history = client.get(f"/admin/inquiries/inquiry/{inquiry.pk}/history/")
    assert history.status_code == 200
