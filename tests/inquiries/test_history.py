"""Every change is recorded: a timeline of events on the page and a history of the row."""

from django.utils import timezone

from inquiries.models import Inquiry, InquiryEvent


def test_each_step_leaves_an_event_and_a_history_record(client, asker, receiver, inquiry):
    client.force_login(receiver)
    client.post(
        f"/hantera/forfragningar/{inquiry.pk}/svara/",
        {"answer": "mer-information", "answer_message": "Vilka tider passar?"},
    )
    client.force_login(asker)
    client.post(
        f"/hantera/forfragningar/{inquiry.pk}/komplettera/",
        {"komplettering-message": "Förmiddagar, tjugo timmar i veckan."},
    )
    client.force_login(receiver)
    client.post(
        f"/hantera/forfragningar/{inquiry.pk}/svara/",
        {"answer": "plats-finns", "answer_message": "Då går det bra."},
    )
    client.post(f"/hantera/forfragningar/{inquiry.pk}/avsluta/", {"avsluta-message": "Klart."})

    events = list(inquiry.events.values_list("kind", "side", "user__username", "answer"))
    assert events == [
        (InquiryEvent.Kind.SENT, "fragande", "hassleholm-handlaggare", ""),
        (InquiryEvent.Kind.ANSWERED, "mottagande", "osby-handlaggare", "mer-information"),
        (InquiryEvent.Kind.SUPPLEMENTED, "fragande", "hassleholm-handlaggare", ""),
        (InquiryEvent.Kind.ANSWERED, "mottagande", "osby-handlaggare", "plats-finns"),
        (InquiryEvent.Kind.CLOSED, "mottagande", "osby-handlaggare", ""),
    ]
    history = list(
        Inquiry.history.filter(id=inquiry.pk)
        .order_by("history_date", "history_id")
        .values_list("status", "answer", "history_user__username")
    )
    assert history == [
        ("skickad", "", "hassleholm-handlaggare"),
        ("besvarad", "mer-information", "osby-handlaggare"),
        ("skickad", "", "hassleholm-handlaggare"),
        ("besvarad", "plats-finns", "osby-handlaggare"),
        ("avslutad", "plats-finns", "osby-handlaggare"),
    ]


def test_the_timeline_shows_who_did_what_when(client, asker, receiver, inquiry):
    client.force_login(receiver)
    client.post(
        f"/hantera/forfragningar/{inquiry.pk}/svara/",
        {"answer": "ingen-plats", "answer_message": "Fullt till januari."},
    )
    client.force_login(asker)
    response = client.get(f"/hantera/forfragningar/{inquiry.pk}/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Vad har hänt" in content
    assert "<strong>hassleholm-handlaggare</strong> (Hässleholm): skickade förfrågan" in content
    assert "Finns det plats för en person som vill börja efter sommaren?" in content
    assert (
        "<strong>osby-handlaggare</strong> (Osby): svarade: <strong>ingen plats</strong>" in content
    )
    assert "Fullt till januari." in content
    sent_at = timezone.localtime(inquiry.events.first().created_at)
    assert f'<time datetime="{sent_at.isoformat()}">' in content


def test_timeline_keeps_the_step_when_the_user_is_deleted(client, asker, receiver, inquiry):
    receiver_pk = receiver.pk
    client.force_login(receiver)
    client.post(f"/hantera/forfragningar/{inquiry.pk}/svara/", {"answer": "plats-finns"})
    receiver.delete()
    client.force_login(asker)
    response = client.get(f"/hantera/forfragningar/{inquiry.pk}/")
    assert "En borttagen användare" in response.content.decode()
    assert inquiry.events.filter(kind="besvarad", user__isnull=True).exists()
    assert not inquiry.events.filter(user_id=receiver_pk).exists()
