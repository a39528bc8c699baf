"""CSV export and import of measures: `/hantera/export.csv` and `/hantera/import/`."""

import csv
import io
import threading
import time

import pytest
from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, transaction

from measures.models import Measure
from publishing.csv_io import AlreadyImported, import_measures, plan_import
from publishing.models import ImportConfirmation
from tests.factories import MeasureFactory, ProjectFactory, UnitFactory, member

EXPORT_URL = "/hantera/export.csv?kommun=osby"
IMPORT_URL = "/hantera/import/?kommun=osby"
# The column names are a contract with the editors' spreadsheets: change them knowingly.
EXPORT_HEADER = [
    "slug", "titel", "sammanfattning", "beskrivning", "enhet", "typ", "kategorier", "malgrupper",
    "behov", "sprak", "min_alder", "max_alder", "form", "timmar_per_vecka", "dagar_och_tider",
    "langd_veckor", "intag", "nasta_start", "antal_platser", "lediga_platser", "andra_kommuner",
    "villkor_andra_kommuner", "anvisning", "sa_anvisar_du", "kontakt_namn", "kontakt_roll",
    "kontakt_telefon", "kontakt_epost", "projekt", "status", "visas_fran", "visas_till",
]  # fmt: skip
CONTACT = {"contact_name": "Anna Lindqvist", "contact_phone": "040-628 04 11"}


def csv_upload(rows, *, delimiter=";", bom=True, name="insatser.csv"):
    """An uploaded CSV file of `rows` (dicts); the header holds every column any row names."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    header = list(dict.fromkeys(column for row in rows for column in row))
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(column, "") for column in header])
    text = ("\ufeff" if bom else "") + out.getvalue()
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def new_row(unit, **cells):
    """A row that creates a valid draft; the columns it leaves out take their defaults."""
    return {
        "slug": "",
        "titel": "Snickeriet",
        "sammanfattning": "Du bygger möbler av återbrukat trä.",
        "enhet": unit.name,
        "typ": "arbetstraning",
        "kategorier": "jobbinriktad",
        **cells,
    }


def existing_measure(municipality, terms, **fields):
    """A published measure that is valid as the dashboard's form sees it."""
    defaults = {
        "municipality": municipality,
        "categories": [terms["kategori"]["jobbinriktad"]],
        **CONTACT,
    }
    return MeasureFactory(**{**defaults, **fields})


def preview(client, upload, url=IMPORT_URL):
    return client.post(url, {"fil": upload})


def confirm(client, preview_response, url=IMPORT_URL):
    return client.post(url, {"token": preview_response.context["token"]})


def parse_export(response):
    text = response.content.decode("utf-8")
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))


# Export


def test_export_holds_every_own_measure_and_nothing_else_with_bom_and_semicolons(
    editor_client, osby, hassleholm, terms, django_assert_num_queries
):
    project = ProjectFactory(slug="framtidens-jobb")
    published = existing_measure(
        osby,
        terms,
        title="Returbutiken",
        categories=[terms["kategori"]["jobbinriktad"], terms["kategori"]["social"]],
        languages=[terms["sprak"]["sv"], terms["sprak"]["ar"]],
        next_start="2026-08-17",
        min_age=18,
        referral_by_af=True,
        self_referral=True,
        project=project,
    )
    existing_measure(osby, terms, title="Snickeriet", status=Measure.Status.DRAFT)
    existing_measure(osby, terms, title="Caféet", status=Measure.Status.ARCHIVED)
    existing_measure(hassleholm, terms, title="Hässleholms insats")

    # Session, user, memberships, municipalities, measures (with unit, type, project), then one
    # query for each of the four taxonomies.
    with django_assert_num_queries(9):
        response = editor_client.get(EXPORT_URL)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="insatser-osby-' in response["Content-Disposition"]
    assert response.content.startswith(b"\xef\xbb\xbf")
    assert response.content.decode("utf-8-sig").split("\r\n", 1)[0] == ";".join(EXPORT_HEADER)
    assert "Hässleholms insats" not in response.content.decode()
    rows = parse_export(response)
    assert [row["titel"] for row in rows] == ["Caféet", "Returbutiken", "Snickeriet"]
    assert [row["status"] for row in rows] == ["arkiverad", "publicerad", "utkast"]
    row = rows[1]
    assert row["slug"] == published.slug
    assert row["enhet"] == published.unit.name
    assert row["typ"] == "arbetstraning"
    assert row["kategorier"] == "jobbinriktad|social"
    assert row["sprak"] == "sv|ar"
    assert row["nasta_start"] == "2026-08-17"
    assert row["min_alder"] == "18"
    assert row["max_alder"] == ""
    assert row["anvisning"] == "af|handlaggare|egen"
    assert row["projekt"] == "framtidens-jobb"
    assert row["kontakt_namn"] == "Anna Lindqvist"


def test_export_escapes_cells_a_spreadsheet_would_run_as_formulas(editor_client, osby, terms):
    existing_measure(
        osby,
        terms,
        title='=HYPERLINK("https://example.com","Klicka")',
        summary="@SUM(A1:A9)",
        description="-2+3",
        schedule="'=1+1",
        contact_phone="+46 40 628 04 11",
    )

    response = editor_client.get(EXPORT_URL)

    assert response.status_code == 200
    row = parse_export(response)[0]
    assert row["titel"] == """'=HYPERLINK("https://example.com","Klicka")"""
    assert row["sammanfattning"] == "'@SUM(A1:A9)"
    assert row["beskrivning"] == "'-2+3"
    assert row["dagar_och_tider"] == "''=1+1"
    assert row["kontakt_telefon"] == "'+46 40 628 04 11"


# Import: preview, then confirm


def test_preview_writes_nothing_and_confirming_creates_and_updates(editor_client, osby, terms):
    measure = existing_measure(osby, terms, title="Returbutiken", places_available=2)
    versions_before = measure.history.count()
    upload = csv_upload(
        [
            {**new_row(measure.unit), "slug": measure.slug, "titel": "Returbutiken",
             "lediga_platser": "5", "status": "publicerad",
             "kontakt_namn": "Anna Lindqvist", "kontakt_telefon": "040-628 04 11"},
            new_row(measure.unit, malgrupper="nyanlanda|unga-16-29", sprak="sv"),
            new_row(
                measure.unit,
                titel="Caféet",
                status="publicerad",
                kontakt_namn="Omar Haddad",
                kontakt_epost="omar@osby.example",
            ),
        ]
    )  # fmt: skip

    previewed = preview(editor_client, upload)

    html = previewed.content.decode()
    assert previewed.status_code == 200
    assert "Förhandsgranskning av insatser.csv" in html
    assert "Nya insatser: 2. Ändras: 1. Oförändrade: 0." in html
    assert "Ändras" in html and "Ny" in html
    assert "sammanfattning, lediga_platser" in html
    assert "Bekräfta och importera" in html
    assert Measure.objects.count() == 1
    measure.refresh_from_db()
    assert measure.places_available == 2
    assert measure.history.count() == versions_before

    confirmed = confirm(editor_client, previewed)

    assert confirmed.status_code == 302
    assert confirmed["Location"] == "/hantera/?kommun=osby"
    dashboard = editor_client.get(confirmed["Location"]).content.decode()
    assert "Importen är klar. Nya insatser: 2. Ändrade insatser: 1." in dashboard
    measure.refresh_from_db()
    assert measure.places_available == 5
    assert measure.summary == "Du bygger möbler av återbrukat trä."
    assert measure.history.count() == versions_before + 1
    snickeriet = Measure.objects.get(title="Snickeriet")
    assert snickeriet.municipality == osby
    assert snickeriet.status == Measure.Status.DRAFT
    assert snickeriet.format == Measure.Format.ON_SITE
    assert snickeriet.referral_by_case_officer is True
    assert set(snickeriet.target_groups.values_list("slug", flat=True)) == {
        "nyanlanda",
        "unga-16-29",
    }
    assert snickeriet.history.count() == 1
    cafe = Measure.objects.get(title="Caféet")
    assert cafe.status == Measure.Status.PUBLISHED and cafe.published_at is not None
    assert cafe.history.count() == 1
    assert cafe.history.first().history_user.username == "osby-redaktor"


def test_a_new_row_keeps_the_unknown_slug_it_names(editor_client, osby, terms):
    unit = UnitFactory(municipality=osby)

    previewed = preview(editor_client, csv_upload([new_row(unit, slug="snickeriet-osby")]))
    confirmed = confirm(editor_client, previewed)

    assert previewed.status_code == 200
    assert "snickeriet-osby" in previewed.content.decode()
    assert confirmed.status_code == 302
    assert Measure.objects.get(slug="snickeriet-osby").title == "Snickeriet"


def test_a_comma_separated_file_without_bom_is_read(editor_client, osby, terms):
    unit = UnitFactory(municipality=osby, name="Arbetsmarknadsenheten")
    upload = csv_upload(
        [new_row(unit, titel="Språkcafé, öppet för alla", behov="svenska|komma-igang")],
        delimiter=",",
        bom=False,
    )
    assert not upload.read().startswith(b"\xef\xbb\xbf")
    upload.seek(0)

    previewed = preview(editor_client, upload)
    confirmed = confirm(editor_client, previewed)

    assert previewed.status_code == 200
    assert "Språkcafé, öppet för alla" in previewed.content.decode()
    assert confirmed.status_code == 302
    created = Measure.objects.get(title="Språkcafé, öppet för alla")
    assert created.unit == unit
    assert set(created.needs.values_list("slug", flat=True)) == {"svenska", "komma-igang"}


def test_a_file_with_one_bad_row_writes_nothing(editor_client, osby, terms):
    measure = existing_measure(osby, terms, title="Returbutiken")
    versions_before = measure.history.count()
    upload = csv_upload(
        [
            new_row(measure.unit, titel="Snickeriet"),
            new_row(measure.unit, titel="Caféet", kontakt_epost="omar(at)osby"),
            {**new_row(measure.unit), "slug": measure.slug, "titel": "Nytt namn",
             "kontakt_namn": "Anna Lindqvist", "kontakt_telefon": "040-628 04 11"},
        ]
    )  # fmt: skip

    previewed = preview(editor_client, upload)

    html = previewed.content.decode()
    assert previewed.status_code == 200
    assert "Filen har fel och ingenting har sparats." in html
    assert "Rad 3, kolumnen kontakt_epost: Fyll i en giltig e-postadress." in html
    assert "Bekräfta och importera" not in html
    assert previewed.context["token"] == ""
    assert list(Measure.objects.values_list("title", flat=True)) == ["Returbutiken"]
    assert measure.history.count() == versions_before


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        ({"min_alder": "30", "max_alder": "20"}, "kolumnen max_alder: Högsta ålder kan inte"),
        ({"visas_fran": "2026-09-01", "visas_till": "2026-08-01"}, "kolumnen visas_till: Slut"),
        ({"visas_fran": "1/9 2026"}, "kolumnen visas_fran: skriv datumet som ÅÅÅÅ-MM-DD"),
        ({"kontakt_telefon": "ring Anna"}, "kolumnen kontakt_telefon: Skriv ett telefonnummer"),
        ({"sammanfattning": "x" * 301}, "kolumnen sammanfattning: Säkerställ att detta värde"),
        ({"kategorier": "jobbinriktad|bakning"}, "kolumnen kategorier: okänd kategori: bakning"),
        ({"typ": "trolleri"}, "kolumnen typ: okänd typ av insats ”trolleri”"),
        ({"sprak": "klingonska"}, "kolumnen sprak: okänt språk: klingonska"),
        ({"enhet": "Månbasen"}, "kolumnen enhet: det finns ingen enhet som heter ”Månbasen”"),
        ({"status": "publicerad"}, "kolumnen kontakt_namn: En publicerad insats måste ha"),
        ({"status": "klar"}, "kolumnen status: okänt värde ”klar”"),
        ({"anvisning": "af|brev"}, "kolumnen anvisning: okänt sätt att anvisa ”brev”"),
        ({"titel": ""}, "kolumnen titel: Detta fält måste fyllas i."),
    ],
)
def test_each_invalid_cell_is_named_by_row_and_column(editor_client, osby, cells, message):
    unit = UnitFactory(municipality=osby)
    upload = csv_upload([new_row(unit, titel="Snickeriet"), new_row(unit, **cells)])

    response = preview(editor_client, upload)

    assert response.status_code == 200
    assert f"Rad 3, {message}" in response.content.decode()
    assert response.context["token"] == ""
    assert not Measure.objects.exists()


def test_a_slug_of_another_municipalitys_measure_is_an_error_not_an_update(
    editor_client, osby, hassleholm, terms
):
    theirs = existing_measure(hassleholm, terms, title="Hässleholms insats")
    unit = UnitFactory(municipality=osby)
    upload = csv_upload([new_row(unit, slug=theirs.slug, titel="Kapad")])

    response = preview(editor_client, upload)

    assert response.status_code == 200
    assert (
        f"Rad 2, kolumnen slug: kortnamnet ”{theirs.slug}” hör till en insats i en annan kommun."
        in response.content.decode()
    )
    assert response.context["token"] == ""
    theirs.refresh_from_db()
    assert theirs.title == "Hässleholms insats"
    assert theirs.municipality == hassleholm
    assert Measure.objects.count() == 1


def test_the_same_slug_twice_is_an_error(editor_client, osby, terms):
    measure = existing_measure(osby, terms)
    versions_before = measure.history.count()
    row = {**new_row(measure.unit), "slug": measure.slug}

    response = preview(editor_client, csv_upload([row, row]))

    assert response.status_code == 200
    assert f"Rad 3, kolumnen slug: kortnamnet ”{measure.slug}” finns redan på rad 2." in (
        response.content.decode()
    )
    assert measure.history.count() == versions_before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "titel\nArbetsträning i Östra Göinge\n".encode("utf-16"),
            "Den är varken UTF-8 eller Windows-1252",
        ),
        (b"", "Filen är tom."),
        (b"titel;pris\nSnickeriet;100\n", "Rubrikraden har okända kolumner: ”pris”."),
        (b"titel\n", "Filen har bara en rubrikrad och inga insatser."),
        (b"titel\n" + b"Snickeriet\n" * 501, "Filen har fler än 500 rader med insatser."),
        (b"x" * (2 * 1024 * 1024 + 1), "Filen är för stor. Den får vara högst 2 MB"),
    ],
    ids=["utf-16", "empty", "unknown-column", "header-only", "too-many-rows", "too-big"],
)
def test_a_file_that_cannot_be_read_is_refused_with_a_clear_message(
    editor_client, osby, content, message
):
    upload = SimpleUploadedFile("insatser.csv", content, content_type="text/csv")

    response = preview(editor_client, upload)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert response.context["token"] == ""
    assert not Measure.objects.exists()


def test_a_tampered_token_is_a_400_and_writes_nothing(editor_client, osby, terms):
    unit = UnitFactory(municipality=osby)
    previewed = preview(editor_client, csv_upload([new_row(unit)]))
    token = previewed.context["token"]
    forged = signing.TimestampSigner(salt="something else").sign_object(
        {"text": "titel\nFörfalskad\n"}, compress=True
    )

    responses = [
        editor_client.post(IMPORT_URL, {"token": token[:-1] + ("A" if token[-1] != "A" else "B")}),
        editor_client.post(IMPORT_URL, {"token": forged}),
        editor_client.post(IMPORT_URL, {"token": "inte-en-token"}),
    ]

    for response in responses:
        assert response.status_code == 400
        assert "formuläret har ändrats efter förhandsgranskningen" in response.content.decode()
    assert not Measure.objects.exists()


def test_a_token_older_than_an_hour_is_a_400_and_writes_nothing(
    editor_client, osby, terms, monkeypatch
):
    unit = UnitFactory(municipality=osby)
    with monkeypatch.context() as patch:
        an_hour_ago = int(time.time()) - 60 * 60 - 1
        patch.setattr(
            signing.TimestampSigner, "timestamp", lambda self: signing.b62_encode(an_hour_ago)
        )
        previewed = preview(editor_client, csv_upload([new_row(unit)]))

    response = confirm(editor_client, previewed)

    assert response.status_code == 400
    assert "Förhandsgranskningen är mer än en timme gammal." in response.content.decode()
    assert not Measure.objects.exists()


def test_confirming_the_same_preview_twice_imports_it_once(editor_client, osby, terms):
    measure = existing_measure(osby, terms, title="Returbutiken", places_available=2)
    row = {**new_row(measure.unit), "slug": measure.slug, "titel": "Returbutiken",
           "lediga_platser": "5", "kontakt_namn": "Anna Lindqvist",
           "kontakt_telefon": "040-628 04 11"}  # fmt: skip
    previewed = preview(editor_client, csv_upload([row, new_row(measure.unit)]))

    first = confirm(editor_client, previewed)
    replay = confirm(editor_client, previewed)

    assert first.status_code == 302
    assert replay.status_code == 409
    assert "redan importerad, så ingenting är sparat en gång till" in replay.content.decode()
    assert sorted(Measure.objects.values_list("title", flat=True)) == [
        "Returbutiken",
        "Snickeriet",
    ]
    assert ImportConfirmation.objects.get().user.username == "osby-redaktor"


def test_two_confirmations_of_one_preview_that_pass_the_views_check_import_once(osby, terms):
    """Both confirmations were checked before either was written: the import's own claim,
    in its transaction, still lets only one of them write."""
    unit = UnitFactory(municipality=osby)
    text = csv_upload([new_row(unit)]).read().decode("utf-8-sig")

    def plan():
        return plan_import(text, municipality=osby, may_set_status=lambda measure, status: True)

    import_measures(plan=plan(), confirmation=ImportConfirmation(nonce="n1", municipality=osby))
    with pytest.raises(AlreadyImported):
        import_measures(plan=plan(), confirmation=ImportConfirmation(nonce="n1", municipality=osby))

    assert Measure.objects.count() == 1
    assert ImportConfirmation.objects.count() == 1


@pytest.mark.postgresql  # SQLite has one writer at a time: the two cannot overlap there
@pytest.mark.django_db(transaction=True)
def test_two_confirmations_at_the_same_moment_import_once(osby, terms):
    """On PostgreSQL the second waits on the unique nonce until the first commits, then stops."""
    from tests.publishing.test_concurrency import waiting_on_a_lock

    unit = UnitFactory(municipality=osby)
    text = csv_upload([new_row(unit)]).read().decode("utf-8-sig")
    first_written, let_first_commit = threading.Event(), threading.Event()
    outcomes = {}

    def confirm_in_thread(wait):
        try:
            plan = plan_import(text, municipality=osby, may_set_status=lambda *args: True)
            with transaction.atomic():
                import_measures(
                    plan=plan, confirmation=ImportConfirmation(nonce="n1", municipality=osby)
                )
                if wait:
                    first_written.set()
                    let_first_commit.wait(timeout=10)
            outcomes["first" if wait else "second"] = "imported"
        except AlreadyImported:
            outcomes["first" if wait else "second"] = "already imported"
        finally:
            first_written.set()
            connection.close()

    first = threading.Thread(target=confirm_in_thread, args=(True,))
    first.start()
    first_written.wait(timeout=10)
    second = threading.Thread(target=confirm_in_thread, args=(False,))
    second.start()
    waiting_on_a_lock(timeout=10)
    let_first_commit.set()
    first.join(timeout=10)
    second.join(timeout=10)

    assert outcomes == {"first": "imported", "second": "already imported"}
    assert Measure.objects.filter(title="Snickeriet").count() == 1


def test_a_token_from_before_imports_were_single_use_is_a_400(editor_client, osby, terms):
    unit = UnitFactory(municipality=osby)
    previewed = preview(editor_client, csv_upload([new_row(unit)]))
    signer = signing.TimestampSigner(salt="publishing.measure_import")
    payload = signer.unsign_object(previewed.context["token"])
    del payload["once"]
    old = signer.sign_object(payload, compress=True)

    response = editor_client.post(IMPORT_URL, {"token": old})

    assert response.status_code == 400
    assert "Förhandsgranskningen är för gammal." in response.content.decode()
    assert not Measure.objects.exists()


def test_another_editors_token_is_a_400(client, editor_client, osby, terms):
    unit = UnitFactory(municipality=osby)
    previewed = preview(editor_client, csv_upload([new_row(unit)]))
    client.force_login(member("redaktor", "osby", username="annan-redaktor"))

    response = confirm(client, previewed)

    assert response.status_code == 400
    assert "gjordes för en annan kommun eller användare" in response.content.decode()
    assert not Measure.objects.exists()


def test_an_edit_between_preview_and_confirm_stops_the_import(editor_client, osby, terms):
    measure = existing_measure(osby, terms, title="Returbutiken")
    row = {**new_row(measure.unit), "slug": measure.slug, "titel": "Returbutiken",
           "kontakt_namn": "Anna Lindqvist", "kontakt_telefon": "040-628 04 11"}  # fmt: skip
    previewed = preview(editor_client, csv_upload([row, new_row(measure.unit)]))
    Measure.objects.filter(pk=measure.pk).update(version=measure.version + 1, title="Ändrad")

    response = confirm(editor_client, previewed)

    assert response.status_code == 409
    assert "Något har ändrats i portalen sedan du förhandsgranskade filen." in (
        response.content.decode()
    )
    assert list(Measure.objects.values_list("title", flat=True)) == ["Ändrad"]


def measures_of_every_shape(osby, terms, *, places_available):
    """Three measures whose export holds every kind of value: formulas, quotes, line breaks,
    dates, several taxonomy terms, a project; in each status."""
    project = ProjectFactory(slug="framtidens-jobb")
    existing_measure(
        osby,
        terms,
        title="=Returbutiken",
        description='Rad ett;\r\nRad två med "citat", komma och ;\r\n- punkt',
        contact_phone="+46 40 628 04 11",
        contact_email="anna@osby.example",
        categories=[terms["kategori"]["social"], terms["kategori"]["jobbinriktad"]],
        needs=[terms["behov"]["svenska"]],
        languages=[terms["sprak"]["ar"]],
        min_age=18,
        max_age=64,
        hours_per_week=16,
        intake=Measure.Intake.DATED,
        next_start="2026-08-17",
        capacity=10,
        places_available=places_available,
        open_to_others=Measure.Openness.YES,
        referral_by_af=True,
        project=project,
        visible_from="2026-01-01",
        visible_until="2026-12-31",
    )
    existing_measure(osby, terms, title="Snickeriet", status=Measure.Status.DRAFT)
    existing_measure(osby, terms, title="Caféet", status=Measure.Status.ARCHIVED)


def test_an_exported_file_imports_as_unchanged(editor_client, osby, terms):
    measures_of_every_shape(osby, terms, places_available=3)
    versions_before = {measure.pk: measure.history.count() for measure in Measure.objects.all()}
    exported = editor_client.get(EXPORT_URL).content

    response = preview(editor_client, SimpleUploadedFile("export.csv", exported))

    html = response.content.decode()
    assert response.status_code == 200
    assert [row.action for row in response.context["plan"].rows] == ["oforandrad"] * 3
    assert html.count(">Oförändrad</span>") == 3
    assert "Filen innehåller inga ändringar." in html
    assert response.context["token"] == ""
    assert {m.pk: m.history.count() for m in Measure.objects.all()} == versions_before


def test_missing_columns_keep_their_values(editor_client, osby, terms):
    measure = existing_measure(osby, terms, title="Returbutiken", places_available=2)
    versions_before = measure.history.count()

    previewed = preview(editor_client, csv_upload([{"slug": measure.slug, "lediga_platser": "0"}]))
    confirmed = confirm(editor_client, previewed)

    assert previewed.status_code == 200
    assert "lediga_platser" in previewed.content.decode()
    assert confirmed.status_code == 302
    measure.refresh_from_db()
    assert measure.places_available == 0
    assert measure.title == "Returbutiken"
    assert measure.status == Measure.Status.PUBLISHED
    assert measure.history.count() == versions_before + 1


# Permissions


@pytest.mark.parametrize("role", ["redaktor", "administrator"])
def test_editors_may_open_export_and_import(client, osby, role):
    client.force_login(member(role, "osby"))

    export = client.get(EXPORT_URL)
    upload_page = client.get(IMPORT_URL)

    assert export.status_code == 200
    assert upload_page.status_code == 200
    assert "Importera insatser till Osby" in upload_page.content.decode()


@pytest.mark.parametrize(
    ("role", "municipality"),
    [("handlaggare", "osby"), ("redaktor", "hassleholm")],
    ids=["case-officer", "other-municipalitys-editor"],
)
def test_others_are_refused_export_and_import(client, osby, terms, role, municipality):
    measure = existing_measure(osby, terms, title="Returbutiken")
    client.force_login(member(role, municipality))
    upload = csv_upload([{"slug": measure.slug, "titel": "Kapad"}])

    responses = [
        client.get(EXPORT_URL),
        client.get(IMPORT_URL),
        client.post(IMPORT_URL, {"fil": upload}),
    ]

    for response in responses:
        assert response.status_code == 403
        assert "Returbutiken" not in response.content.decode()
    measure.refresh_from_db()
    assert measure.title == "Returbutiken"


def test_anonymous_visitors_are_sent_to_the_login_page(client, osby, terms):
    measure = existing_measure(osby, terms, title="Returbutiken")
    upload = csv_upload([{"slug": measure.slug, "titel": "Kapad"}])

    responses = [
        client.get(EXPORT_URL),
        client.get(IMPORT_URL),
        client.post(IMPORT_URL, {"fil": upload}),
    ]

    for response in responses:
        assert response.status_code == 302
        assert response["Location"].startswith("/konto/logga-in/?next=")
    measure.refresh_from_db()
    assert measure.title == "Returbutiken"
