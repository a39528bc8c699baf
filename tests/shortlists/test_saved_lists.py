"""Saved, named lists for logged-in users: add, choose a list, create, rename, remove, delete."""

from measures.models import Measure
from shortlists.models import ShortList, ShortListItem
from shortlists.services import SESSION_KEY
from tests.factories import MeasureFactory
from tests.shortlists.conftest import ADD_URL, REMOVE_URL, listed, make_list


def test_the_first_add_creates_the_default_list(owner_client, owner):
    measure = MeasureFactory(title="Cykelverkstan")

    response = owner_client.post(ADD_URL, {"measure": measure.pk}, follow=True)

    assert response.status_code == 200
    assert response.redirect_chain == [(measure.get_absolute_url(), 302)]
    html = response.content.decode()
    assert "”Cykelverkstan” finns nu i ”Min lista”." in html
    assert "Finns i ”Min lista”." in html
    shortlist = ShortList.objects.get(owner=owner)
    assert shortlist.name == "Min lista"
    assert listed(shortlist) == ["Cykelverkstan"]
    assert SESSION_KEY not in owner_client.session


def test_later_adds_go_to_the_default_list_in_order(owner_client, owner):
    first, second = MeasureFactory(title="Första"), MeasureFactory(title="Andra")

    owner_client.post(ADD_URL, {"measure": first.pk})
    owner_client.post(ADD_URL, {"measure": second.pk})
    owner_client.post(ADD_URL, {"measure": first.pk})

    shortlist = ShortList.objects.get(owner=owner)
    assert listed(shortlist) == ["Första", "Andra"]
    assert list(shortlist.items.values_list("position", flat=True)) == [1, 2]


def test_with_one_list_the_measure_page_shows_a_plain_add_button(owner_client, owner):
    shortlist = make_list(owner)
    measure = MeasureFactory()

    html = owner_client.get(measure.get_absolute_url()).content.decode()

    assert "Lägg till i min lista" in html
    assert '<select name="lista"' not in html
    assert f'<input type="hidden" name="lista" value="{shortlist.pk}">' in html


def test_with_several_lists_the_add_form_lets_the_user_choose(owner_client, owner):
    make_list(owner, "Min lista")
    praktik = make_list(owner, "Praktik")
    measure = MeasureFactory(title="Snickeriet")

    page = owner_client.get(measure.get_absolute_url()).content.decode()
    response = owner_client.post(ADD_URL, {"measure": measure.pk, "lista": praktik.pk}, follow=True)

    assert '<select name="lista"' in page
    assert f'<option value="{praktik.pk}">Praktik</option>' in page
    assert response.status_code == 200
    assert "”Snickeriet” finns nu i ”Praktik”." in response.content.decode()
    assert listed(praktik) == ["Snickeriet"]
    assert ShortListItem.objects.count() == 1


def test_the_measure_page_offers_removal_from_each_list_that_holds_it(owner_client, owner):
    measure = MeasureFactory()
    make_list(owner, "Min lista", [measure])
    praktik = make_list(owner, "Praktik", [measure])

    html = owner_client.get(measure.get_absolute_url()).content.decode()

    assert "Ta bort från ”Min lista”" in html
    assert "Ta bort från ”Praktik”" in html
    # In every list already: nothing left to add it to.
    assert "Lägg till i min lista" not in html
    assert f'name="lista" value="{praktik.pk}"' in html


def test_the_user_removes_a_measure_from_a_chosen_list(owner_client, owner):
    kept, removed = MeasureFactory(title="Kvar"), MeasureFactory(title="Borta")
    default = make_list(owner, "Min lista", [removed])
    praktik = make_list(owner, "Praktik", [kept, removed])

    response = owner_client.post(
        REMOVE_URL, {"measure": removed.pk, "lista": praktik.pk, "next": "/min-lista/"}
    )

    assert response.status_code == 302
    assert response["Location"] == "/min-lista/"
    assert listed(praktik) == ["Kvar"]
    assert listed(default) == ["Borta"]


def test_remove_without_a_list_uses_the_default_list(owner_client, owner):
    measure = MeasureFactory()
    default = make_list(owner, "Min lista", [measure])

    response = owner_client.post(REMOVE_URL, {"measure": measure.pk}, follow=True)

    assert response.status_code == 200
    assert "Insatsen är borttagen från listan." in response.content.decode()
    assert listed(default) == []


def test_the_list_page_shows_every_list_with_its_cards_and_tools(owner_client, owner):
    first = MeasureFactory(title="Arbetslaget", summary="Du arbetar i lag.")
    second = MeasureFactory(title="Bageriet")
    default = make_list(owner, "Min lista", [first])
    praktik = make_list(owner, "Praktik", [second])

    response = owner_client.get("/min-lista/")

    html = response.content.decode()
    assert response.status_code == 200
    assert [s.name for s in response.context["shortlists"]] == ["Min lista", "Praktik"]
    for text in [
        "Arbetslaget",
        "Du arbetar i lag.",
        "Bageriet",
        f'href="/min-lista/{default.pk}/skriv-ut/"',
        f'href="/min-lista/{praktik.pk}/skriv-ut/"',
        f"/min-lista/delad/{praktik.token}/",
        f'action="/min-lista/{praktik.pk}/byt-namn/"',
        f'action="/min-lista/{praktik.pk}/ny-lank/"',
        f'href="/min-lista/{praktik.pk}/radera/"',
        "Ta bort från listan",
        "Skriv inte deltagarens namn",
    ]:
        assert text in html, text


def test_a_user_without_lists_is_told_how_to_start(owner_client):
    response = owner_client.get("/min-lista/")

    assert response.status_code == 200
    assert "Du har inga listor ännu." in response.content.decode()


def test_a_measure_no_longer_public_is_listed_without_details(owner_client, owner):
    measure = MeasureFactory(title="Snart borta", summary="Sammanfattningen syns inte.")
    shortlist = make_list(owner, measures=[measure])
    Measure.objects.filter(pk=measure.pk).update(status=Measure.Status.ARCHIVED)

    html = owner_client.get("/min-lista/").content.decode()

    assert "En insats i listan är inte längre tillgänglig." in html
    assert "Snart borta" not in html
    assert "Sammanfattningen syns inte." not in html
    owner_client.post(REMOVE_URL, {"measure": measure.pk, "lista": shortlist.pk})
    assert listed(shortlist) == []


def test_the_user_creates_a_new_list(owner_client, owner):
    response = owner_client.post("/min-lista/ny/", {"name": "  Praktik   i Osby "})

    shortlist = ShortList.objects.get(owner=owner)
    assert response.status_code == 302
    assert response["Location"] == f"/min-lista/#lista-{shortlist.pk}"
    assert shortlist.name == "Praktik i Osby"
    assert "Listan ”Praktik i Osby” är skapad." in owner_client.get("/min-lista/").content.decode()


def test_two_lists_cannot_share_a_name(owner_client, owner):
    make_list(owner, "Praktik")

    response = owner_client.post("/min-lista/ny/", {"name": "Praktik"}, follow=True)

    assert response.status_code == 200
    assert "Du har redan en lista med det namnet." in response.content.decode()
    assert ShortList.objects.filter(owner=owner).count() == 1


def test_another_user_may_use_the_same_name(owner_client, owner, outsider):
    make_list(outsider, "Praktik")

    owner_client.post("/min-lista/ny/", {"name": "Praktik"})

    assert ShortList.objects.filter(owner=owner, name="Praktik").exists()


def test_a_blank_or_too_long_name_is_refused_with_a_message(owner_client, owner):
    blank = owner_client.post("/min-lista/ny/", {"name": "   "}, follow=True)
    long = owner_client.post("/min-lista/ny/", {"name": "x" * 101}, follow=True)

    assert "Skriv ett namn på listan." in blank.content.decode()
    assert "Namnet får vara högst 100 tecken." in long.content.decode()
    assert not ShortList.objects.exists()


def test_a_name_with_a_personal_number_is_refused_without_showing_it(owner_client, owner):
    response = owner_client.post("/min-lista/ny/", {"name": "Till 900101-1239"}, follow=True)

    page = response.content.decode()
    assert response.status_code == 200
    assert "Texten verkar innehålla ett personnummer eller samordningsnummer." in page
    assert "1239" not in page
    assert not ShortList.objects.exists()


def test_renaming_to_a_personal_number_changes_nothing(owner_client, owner):
    shortlist = make_list(owner, "Praktik")

    response = owner_client.post(
        f"/min-lista/{shortlist.pk}/byt-namn/", {"name": "19900101\u20131239"}, follow=True
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert "Texten verkar innehålla ett personnummer eller samordningsnummer." in page
    assert "1239" not in page
    shortlist.refresh_from_db()
    assert shortlist.name == "Praktik"


def test_a_user_has_a_cap_on_the_number_of_lists(owner_client, owner, monkeypatch):
    monkeypatch.setattr("shortlists.services.MAX_LISTS_PER_USER", 2)
    make_list(owner, "Ett")
    make_list(owner, "Två")

    response = owner_client.post("/min-lista/ny/", {"name": "Tre"}, follow=True)

    assert "Du kan ha högst 2 listor." in response.content.decode()
    assert ShortList.objects.filter(owner=owner).count() == 2


def test_a_saved_list_has_a_cap_on_its_measures(owner_client, owner, monkeypatch):
    monkeypatch.setattr("shortlists.services.MAX_ITEMS_PER_LIST", 1)
    first, second = MeasureFactory(title="Första"), MeasureFactory()
    shortlist = make_list(owner, measures=[first])

    response = owner_client.post(ADD_URL, {"measure": second.pk}, follow=True)

    assert "Listan kan ha högst 1 insatser." in response.content.decode()
    assert listed(shortlist) == ["Första"]


def test_the_user_renames_a_list(owner_client, owner):
    shortlist = make_list(owner, "Min lista")

    response = owner_client.post(f"/min-lista/{shortlist.pk}/byt-namn/", {"name": "Förslag"})

    shortlist.refresh_from_db()
    assert response.status_code == 302
    assert shortlist.name == "Förslag"
    assert "Listan heter nu ”Förslag”." in owner_client.get("/min-lista/").content.decode()


def test_renaming_to_the_name_of_another_list_changes_nothing(owner_client, owner):
    shortlist = make_list(owner, "Min lista")
    make_list(owner, "Praktik")

    response = owner_client.post(
        f"/min-lista/{shortlist.pk}/byt-namn/", {"name": "Praktik"}, follow=True
    )

    shortlist.refresh_from_db()
    assert "Du har redan en lista med det namnet." in response.content.decode()
    assert shortlist.name == "Min lista"


def test_renaming_a_list_to_its_own_name_is_fine(owner_client, owner):
    shortlist = make_list(owner, "Praktik")

    response = owner_client.post(
        f"/min-lista/{shortlist.pk}/byt-namn/", {"name": "Praktik"}, follow=True
    )

    assert "Listan heter nu ”Praktik”." in response.content.decode()


def test_deleting_a_list_asks_first_and_then_deletes_it_not_the_measures(owner_client, owner):
    measure = MeasureFactory()
    shortlist = make_list(owner, "Praktik", [measure])

    question = owner_client.get(f"/min-lista/{shortlist.pk}/radera/")
    assert question.status_code == 200
    assert "Ta bort ”Praktik”?" in question.content.decode()
    assert ShortList.objects.filter(pk=shortlist.pk).exists()

    response = owner_client.post(f"/min-lista/{shortlist.pk}/radera/", follow=True)

    assert response.status_code == 200
    assert "Listan ”Praktik” är borttagen." in response.content.decode()
    assert not ShortList.objects.filter(pk=shortlist.pk).exists()
    assert not ShortListItem.objects.exists()
    assert Measure.objects.filter(pk=measure.pk).exists()


def test_after_the_default_list_is_deleted_the_next_oldest_takes_its_place(owner_client, owner):
    default = make_list(owner, "Min lista")
    praktik = make_list(owner, "Praktik")
    measure = MeasureFactory(title="Snickeriet")
    owner_client.post(f"/min-lista/{default.pk}/radera/")

    owner_client.post(ADD_URL, {"measure": measure.pk})

    assert listed(praktik) == ["Snickeriet"]
    assert ShortList.objects.filter(owner=owner).count() == 1


def test_the_list_page_runs_a_fixed_number_of_queries(
    owner_client, owner, django_assert_num_queries, terms
):
    categories = list(terms["kategori"].values())
    make_list(owner, "Ett", [MeasureFactory(categories=categories) for _ in range(2)])
    make_list(owner, "Två", [MeasureFactory(categories=categories) for _ in range(6)])
    owner_client.get("/min-lista/")

    # 1 session, 1 user, 1 the lists, 1 their items with measure, municipality, unit and type,
    # 1 the measures' categories, 1 the user's roles (cards), 2 Django's own permission tables
    # (the header's dashboard check), 1 example-banner check.
    with django_assert_num_queries(9):
        response = owner_client.get("/min-lista/")
    assert response.status_code == 200


def test_removing_without_any_list_creates_none(owner_client, owner):
    measure = MeasureFactory()

    response = owner_client.post(REMOVE_URL, {"measure": measure.pk}, follow=True)

    assert response.status_code == 200
    assert "Insatsen fanns inte i listan." in response.content.decode()
    assert not ShortList.objects.exists()


def test_the_editors_preview_of_a_draft_has_no_add_button(editor_client, osby):
    draft = MeasureFactory(municipality=osby, status=Measure.Status.DRAFT)

    response = editor_client.get(f"/hantera/insatser/{draft.slug}/forhandsgranska/")

    assert response.status_code == 200
    assert "Lägg till i min lista" not in response.content.decode()
    assert not ShortList.objects.exists()
