"""Bodies over the size limit get 413 before anything reads them (core/request_size.py).

1 MB for every page, 5 MB for the CSV import, whose file itself may be 2 MB so that a file somewhat
too large is told so on the import page. gunicorn bounds the request line and headers.
"""

import html
import runpy
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile

from measures.models import ErrorReport, Measure
from tests.factories import MeasureFactory

MB = 1024 * 1024
IMPORT_URL = "/hantera/import/?kommun=osby"
PROJECT = Path(__file__).resolve().parents[2]


class UnreadableBody:
    """A request body that fails the test if anything reads it."""

    def read(self, *args, **kwargs):
        raise AssertionError("the body was read")

    readline = read


def post_unread(client, path, length, **headers):
    """A POST announcing `length` bytes whose body must not be read."""
    return client.generic(
        "POST",
        path,
        content_type="application/x-www-form-urlencoded",
        CONTENT_LENGTH=str(length) if length is not None else "",
        **{"wsgi.input": UnreadableBody()},
        **headers,
    )


def csv_file(size):
    header = b"titel\r\n"
    return SimpleUploadedFile(
        "insatser.csv", header + b"x" * (size - len(header)), content_type="text/csv"
    )


def test_a_20_mb_anonymous_post_is_refused_with_413_without_being_read(client, db):
    measure = MeasureFactory()

    response = post_unread(client, f"/insatser/{measure.slug}/rapportera-fel/", 20 * MB)

    page = html.unescape(response.content.decode())
    assert response.status_code == 413
    assert "Det du skickade är för stort" in page
    assert "Portalen tar emot högst 1 MB här" in page
    assert '<main id="main"' in page
    assert ErrorReport.objects.count() == 0


def test_the_413_page_is_in_english_under_en(client, db):
    response = post_unread(client, "/en/konto/logga-in/", 2 * MB)

    page = response.content.decode()
    assert response.status_code == 413
    assert "What you sent is too large" in page
    assert "at most 1 MB here" in page


def test_a_body_under_the_limit_is_read_as_usual(client, db):
    measure = MeasureFactory()
    message = "Telefonnumret går inte fram. " + "x" * 2500

    response = client.post(f"/insatser/{measure.slug}/rapportera-fel/", {"message": message})

    assert response.status_code == 200
    assert "högst 2000 tecken" in response.content.decode()
    assert ErrorReport.objects.count() == 0


def test_the_limits_are_settings(client, db, settings):
    settings.PORTAL_MAX_BODY_BYTES = MB // 2
    measure = MeasureFactory()

    response = client.post(f"/insatser/{measure.slug}/rapportera-fel/", {"message": "x" * MB})

    assert response.status_code == 413
    assert "Portalen tar emot högst 0,5 MB här" in html.unescape(response.content.decode())


def test_a_body_without_content_length_is_never_read(client, db):
    # A chunked body: Django reads nothing without Content-Length, so the form arrives empty.
    measure = MeasureFactory()

    response = post_unread(
        client,
        f"/insatser/{measure.slug}/rapportera-fel/",
        None,
        HTTP_TRANSFER_ENCODING="chunked",
    )

    assert response.status_code == 200
    assert "Skriv vad som inte stämmer." in html.unescape(response.content.decode())
    assert ErrorReport.objects.count() == 0


def test_a_csv_file_over_the_import_limit_gets_a_form_error(editor_client, osby):
    response = editor_client.post(IMPORT_URL, {"fil": csv_file(3 * MB)})

    page = html.unescape(response.content.decode())
    assert response.status_code == 200
    assert "Filen är för stor. Den får vara högst 2 MB; dela upp den i flera filer." in page
    assert response.context["token"] == ""
    assert not Measure.objects.exists()


def test_the_import_limit_is_a_setting_and_the_form_says_it(editor_client, osby, settings):
    settings.PORTAL_CSV_IMPORT_MAX_BYTES = MB + MB // 2

    form = editor_client.get(IMPORT_URL)
    response = editor_client.post(IMPORT_URL, {"fil": csv_file(2 * MB)})

    assert "högst 1,5 MB och 500 rader" in form.content.decode()
    assert "Den får vara högst 1,5 MB" in html.unescape(response.content.decode())


def test_the_same_3_mb_body_is_refused_anywhere_else(editor_client, osby):
    response = editor_client.post("/hantera/?kommun=osby", {"fil": csv_file(3 * MB)})

    assert response.status_code == 413


def test_a_body_over_the_import_request_limit_is_refused_without_being_read(editor_client, osby):
    response = post_unread(editor_client, IMPORT_URL, 6 * MB)

    page = html.unescape(response.content.decode())
    assert response.status_code == 413
    assert "Portalen tar emot högst 5 MB här" in page
    assert 'href="/hantera/import/"' in page
    assert not Measure.objects.exists()


def test_gunicorn_bounds_the_request_line_and_headers(monkeypatch):
    for name in ("LIMIT_REQUEST_LINE", "LIMIT_REQUEST_FIELDS", "LIMIT_REQUEST_FIELD_SIZE"):
        monkeypatch.delenv(f"GUNICORN_{name}", raising=False)

    config = runpy.run_path(str(PROJECT / "gunicorn.conf.py"))

    assert config["limit_request_line"] == 4094
    assert config["limit_request_fields"] == 50
    assert config["limit_request_field_size"] == 8190
