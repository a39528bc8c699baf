"""The guide's results at /hitta/resultat/: Passar and Kan passa, with a reason for each."""

import datetime

import pytest
from django.utils import timezone

from measures.models import Measure
from tests.factories import MeasureFactory, MunicipalityFactory, UnitFactory
from tests.guide.helpers import link, reason, row_counts, text, titles

pytestmark = pytest.mark.django_db

URL = "/hitta/resultat/"
# 17 years old, lives in Osby, outside upper-secondary school (KAA), wants to practise Swedish.
ANSWERS = "alder=17&kommun=osby&situation=kaa&behov=svenska&sprak=sv&resa=ja&form=pa-plats"


@pytest.fixture
def place(db):
    from municipalities.models import Municipality

    return {m.slug: m for m in Municipality.objects.all()}


def measure(terms, place, title, *, where="osby", groups=(), needs=("svenska",), **fields):
    fields.setdefault("languages", [terms["sprak"]["sv"]])
    return MeasureFactory(
        title=title,
        municipality=place[where],
        target_groups=[terms["malgrupp"][slug] for slug in groups],
        needs=[terms["behov"][slug] for slug in needs],
        **fields,
    )


def test_results_put_each_measure_in_passar_kan_passa_or_nowhere(client, terms, place):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    make = lambda title, **fields: measure(terms, place, title, **fields)  # noqa: E731
    make("Språkcafé för unga", min_age=16, max_age=24, groups=["unga-kaa"])
    make("Körkortsteori", where="horby", min_age=18, max_age=29, format="blandat")
    make("Digitalt i Kristianstad", where="kristianstad", open_to_others="ja", format="digitalt")
    make("Nyanländas praktik", groups=["nyanlanda"])
    make("Hälsogruppen", needs=["halsa"])
    # Hidden: closed to other municipalities, age clearly outside, needs missed and age nearly.
    make("Bara för Hässleholm", where="hassleholm", open_to_others="nej")
    make("Vuxenjobb", min_age=30, max_age=64)
    make("Hälsa för unga vuxna", needs=["halsa"], min_age=18, max_age=25)
    # Hidden: not public, however well they fit.
    make("Utkastet", status=Measure.Status.DRAFT)
    make("Arkiverad insats", status=Measure.Status.ARCHIVED)
    make("Gammal insats", visible_until=yesterday)
    make("Framtida insats", visible_from=tomorrow)
    before = row_counts()

    response = client.get(f"{URL}?{ANSWERS}")

    assert response.status_code == 200
    assert titles(response, "fits") == ["Språkcafé för unga"]
    # Needs matched, then fewest uncertainties, then the home municipality's first.
    assert titles(response, "may-fit") == [
        "Nyanländas praktik",
        "Digitalt i Kristianstad",
        "Körkortsteori",
        "Hälsogruppen",
    ]
    page = text(response)
    for hidden in ["Hässleholm</a>", "Vuxenjobb", "Hälsa för unga vuxna", "Utkastet", "Arkiverad"]:
        assert hidden not in page
    assert "Gammal insats" not in page and "Framtida insats" not in page
    assert reason(response, "Språkcafé för unga") == (
        "Ålder 16–24 år ✓ · Osby ✓ · Unga 16–19 år inom KAA ✓ · Stöd med svenska språket ✓"
        " · Svenska ✓ · På plats ✓"
    )
    assert reason(response, "Körkortsteori") == (
        "Ålder 18–29 år: fråga enheten · Hörby: efter överenskommelse"
        " · Stöd med svenska språket ✓ · Svenska ✓ · Blandat ✓"
    )
    assert "Bara på plats" not in page
    assert "Bara digitalt" in reason(response, "Digitalt i Kristianstad")
    assert "Insatsen är till för nyanlända – fråga enheten" in reason(
        response, "Nyanländas praktik"
    )
    assert "Nämner inte det du vill ha stöd med" in reason(response, "Hälsogruppen")
    found = response.context["found"]
    assert (found.fits_total, found.may_fit_total) == (1, 4)
    assert row_counts() == before


def test_the_reason_line_reads_as_plain_swedish(client, terms, place):
    measure(terms, place, "Jobbspåret", min_age=16, max_age=24, open_to_others="ja", needs=())

    response = client.get(f"{URL}?alder=17&kommun=hassleholm&sprak=sv&resa=ja")

    assert response.status_code == 200
    assert titles(response, "fits") == ["Jobbspåret"]
    assert reason(response, "Jobbspåret") == (
        "Ålder 16–24 år ✓ · Osby ✓ · tar emot från andra kommuner ✓ · Svenska ✓"
    )
    assert "✓ betyder att det stämmer med dina svar." in text(response)


def test_someone_who_cannot_travel_sees_only_home_measures_and_digital_ones(client, terms, place):
    measure(terms, place, "Hemma i Osby")
    measure(terms, place, "Öppet i Hörby", where="horby", open_to_others="ja")
    measure(
        terms, place, "Digitalt från Hörby", where="horby", open_to_others="ja", format="digitalt"
    )

    response = client.get(f"{URL}?kommun=osby&resa=nej")

    assert response.status_code == 200
    assert titles(response, "fits") == ["Hemma i Osby", "Digitalt från Hörby"]
    assert titles(response, "may-fit") == []
    assert "Öppet i Hörby" not in text(response)


def test_a_skipped_travel_question_does_not_matter_and_home_comes_first(client, terms, place):
    measure(terms, place, "Öppet i Hörby", where="horby", open_to_others="ja")
    measure(terms, place, "Efter överenskommelse i Hörby", where="horby")
    measure(terms, place, "Stängt i Hörby", where="horby", open_to_others="nej")
    measure(terms, place, "Hemma i Osby")

    response = client.get(f"{URL}?kommun=osby")

    assert response.status_code == 200
    assert titles(response, "fits") == [
        "Hemma i Osby",
        "Efter överenskommelse i Hörby",
        "Öppet i Hörby",
    ]
    assert titles(response, "may-fit") == []
    assert reason(response, "Efter överenskommelse i Hörby") == (
        "Hörby: efter överenskommelse · kan du resa dit?"
    )
    assert "Stängt i Hörby" not in text(response)


def test_passar_is_ordered_by_needs_matched_then_swedish_title(client, terms, place):
    for title in ["Öppen verkstad", "Ärligt arbete", "Zebra", "Arbete", "Åkeriet"]:
        measure(terms, place, title)
    measure(terms, place, "Ödets väg", needs=["svenska", "jobbsokning"])

    response = client.get(f"{URL}?kommun=osby&behov=svenska&behov=jobbsokning")

    assert response.status_code == 200
    assert titles(response, "fits") == [
        "Ödets väg",
        "Arbete",
        "Zebra",
        "Åkeriet",
        "Ärligt arbete",
        "Öppen verkstad",
    ]


def test_each_group_is_cut_at_thirty_with_links_to_the_full_list(client, terms, place):
    unit = UnitFactory(municipality=place["osby"])
    for number in range(35):
        measure(terms, place, f"Insats {number:02d}", unit=unit)

    response = client.get(f"{URL}?alder=17&kommun=osby&behov=svenska&resa=ja&form=digitalt")

    assert response.status_code == 200
    found = response.context["found"]
    assert (found.fits_total, len(found.fits)) == (0, 0)
    assert (found.may_fit_total, len(found.may_fit)) == (35, 30)
    page = text(response)
    assert "Vi visar de 30 första av 35." in page
    assert link(response, "Visa alla insatser i Osby") == (
        "/insatser/?kommun=osby&alder=17&behov=svenska&format=digitalt&format=blandat"
    )
    elsewhere = link(response, "Visa insatser i grannkommunerna")
    assert elsewhere.startswith("/insatser/?kommun=bromolla&kommun=hassleholm&kommun=horby")
    assert elsewhere.endswith("&oppen_for_andra=1")
    assert "kommun=osby" not in elsewhere
    assert client.get(elsewhere).status_code == 200


def test_without_answers_every_measure_for_everyone_passes(client, terms, place):
    measure(terms, place, "För alla", open_to_others="ja", format="digitalt")
    measure(terms, place, "På plats i Osby")
    measure(terms, place, "För unga", min_age=16, max_age=29)
    measure(terms, place, "För nyanlända", groups=["nyanlanda"])
    measure(terms, place, "Stängt i Hörby", where="horby", open_to_others="nej")

    response = client.get(URL)

    assert response.status_code == 200
    assert titles(response, "fits") == ["För alla", "På plats i Osby"]
    # Limited to an age, a group or the people living in Hörby: the visitor did not say.
    assert titles(response, "may-fit") == ["För nyanlända", "För unga", "Stängt i Hörby"]
    assert reason(response, "För unga") == (
        "Ålder 16–29 år: du har inte sagt hur gammal du är"
        " · Osby: efter överenskommelse · kan du resa dit?"
    )
    assert reason(response, "För nyanlända") == (
        "Osby: efter överenskommelse · kan du resa dit?"
        " · Insatsen är till för nyanlända, och det har du inte sagt att du är"
    )
    assert reason(response, "Stängt i Hörby") == (
        "Hörby: bara för dig som bor där, och du har inte sagt var du bor"
    )
    assert link(response, "Visa alla insatser som passar dina svar") == "/insatser/?"


def test_measures_outside_skane_nordost_are_not_suggested(client, terms, place):
    elsewhere = MunicipalityFactory(name="Långtbortby", slug="langtbortby")
    MeasureFactory(title="Långt bort", municipality=elsewhere, open_to_others="ja")

    response = client.get(f"{URL}?kommun=osby&resa=ja")

    assert response.status_code == 200
    assert "Långt bort" not in text(response)
    assert response.context["found"].fits_total == 0


def test_the_summary_shows_the_answers_with_links_to_change_them(client):
    response = client.get(f"{URL}?{ANSWERS}")

    assert response.status_code == 200
    rows = {str(row.step.label): row.answer for row in response.context["summary"]}
    assert rows == {
        "Ålder": "17 år",
        "Kommun": "Osby",
        "Situation": "16–19 år och inte i gymnasiet",
        "Stöd med": "Svenska språket",
        "Språk": "Svenska",
        "Kan resa": "Ja",
        "Form": "På plats",
    }
    assert link(response, "Ändra dina svar") == f"/hitta/?steg=1&{ANSWERS}"
    assert link(response, "Börja om") == "/hitta/"
    assert "Inte svarat" in text(client.get(f"{URL}?alder=40"))


def test_a_result_offers_plain_contact_steps_with_the_units_public_details(client, terms, place):
    phone_unit = UnitFactory(municipality=place["osby"], name="Kompetensa", phone="0479-52 80 00")
    mail_unit = UnitFactory(municipality=place["osby"], name="Jobbtorget", phone="")
    measure(terms, place, "Självanmälan", unit=phone_unit, self_referral=True)
    measure(
        terms,
        place,
        "Via handläggare",
        unit=mail_unit,
        referral_by_af=True,
        # The contact person is internal: only logged-in staff see it.
        contact_name="Hedvig Internsson",
        contact_phone="040-628 04 97",
    )

    response = client.get(f"{URL}?kommun=osby")

    assert response.status_code == 200
    page = text(response)
    assert page.count("Så kommer du med") == 2
    assert 'Ring Kompetensa: <a href="tel:0479528000">0479-52 80 00</a>' in page
    assert "Du kan anmäla dig själv." in page
    assert f'Mejla Jobbtorget: <a href="mailto:{mail_unit.email}">' in page
    assert "En handläggare behöver anvisa dig" in page
    assert "Fråga din handläggare på kommunen." in page
    assert "Är du inskriven på Arbetsförmedlingen kan du fråga din handläggare där." in page
    assert "Hedvig Internsson" not in page
    assert "040-628 04 97" not in page
