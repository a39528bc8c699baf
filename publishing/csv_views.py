"""CSV and Excel export and import of the dashboard's measures (`/hantera/export.csv`,
`/hantera/export.xlsx`, `/hantera/import/`).

An import is a preview first and a write second. Between the two nothing is stored: the preview
carries the file's text (a workbook read as CSV text) and how it was read in a signed,
timestamped hidden field, and the confirmation validates that text again before writing it in
one transaction. The token carries a random nonce that the
import stores (publishing.models.ImportConfirmation), so each preview is imported once only:
confirming it again, by the back button or a second click, writes nothing.
"""

import io
import secrets

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from measures.services import EditConflict

from .csv_io import (
    XLSX_CONTENT_TYPE,
    AlreadyImported,
    ImportFileError,
    Reading,
    import_measures,
    measures_for_csv,
    plan_import,
    read_upload,
    write_csv,
    write_xlsx,
)
from .models import ImportConfirmation
from .views import STATUS_PERMISSIONS, chosen_municipality

TOKEN_SALT = "publishing.measure_import"
TOKEN_MAX_AGE = 60 * 60


def _export(request, extension, content_type):
    """An empty download response and the measures to write into it, after the permission."""
    municipality, _municipalities = chosen_municipality(request)
    if not request.user.has_perm("measures.export_measures", municipality):
        raise PermissionDenied
    filename = f"insatser-{municipality.slug}-{timezone.localdate():%Y-%m-%d}.{extension}"
    response = HttpResponse(
        content_type=content_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
    return response, measures_for_csv(municipality)


@login_required
def measure_export(request):
    response, measures = _export(request, "csv", "text/csv; charset=utf-8")
    write_csv(measures, response)
    return response


@login_required
def measure_export_xlsx(request):
    response, measures = _export(request, "xlsx", XLSX_CONTENT_TYPE)
    # A zip is written with seeks, which a response does not offer.
    out = io.BytesIO()
    write_xlsx(measures, out)
    response.content = out.getvalue()
    return response


@login_required
def measure_import(request):
    municipality, _municipalities = chosen_municipality(request)
    if not request.user.has_perm("measures.import_measures", municipality):
        raise PermissionDenied
    if request.method != "POST":
        return _render(request, municipality)
    if "token" in request.POST:
        return _confirm(request, municipality)
    return _preview(request, municipality)


def _plan(request, municipality, text):
    def may_set_status(measure, status):
        return request.user.has_perm(STATUS_PERMISSIONS[status], measure)

    return plan_import(text, municipality=municipality, may_set_status=may_set_status)


def _token(request, municipality, plan, filename, reading):
    return signing.TimestampSigner(salt=TOKEN_SALT).sign_object(
        {
            "municipality": municipality.pk,
            "user": request.user.pk,
            "filename": filename,
            **reading.as_token(),
            "versions": plan.versions,
            "once": secrets.token_urlsafe(24),
        },
        compress=True,
    )


def _render(request, municipality, *, plan=None, reading=None, filename="", error="", status=200):
    token = ""
    if plan is not None and plan.is_valid and plan.to_write:
        token = _token(request, municipality, plan, filename, reading)
    return render(
        request,
        "publishing/measure_import.html",
        {
            "municipality": municipality,
            "plan": plan,
            "reading": reading,
            "filename": filename,
            "error": error,
            "token": token,
            "max_megabytes": settings.PORTAL_CSV_IMPORT_MAX_BYTES / (1024 * 1024),
        },
        status=status,
    )


def _preview(request, municipality):
    upload = request.FILES.get("fil")
    if upload is None:
        return _render(
            request, municipality, error=_("Välj en CSV-fil eller Excel-arbetsbok att ladda upp.")
        )
    try:
        reading = read_upload(upload)
        plan = _plan(request, municipality, reading.text)
    except ImportFileError as error:
        return _render(request, municipality, filename=upload.name, error=str(error))
    return _render(request, municipality, plan=plan, reading=reading, filename=upload.name)


def _payload(request, municipality):
    """(what the preview signed, "") or (None, why it cannot be trusted)."""
    try:
        payload = signing.TimestampSigner(salt=TOKEN_SALT).unsign_object(
            request.POST["token"], max_age=TOKEN_MAX_AGE
        )
    except signing.SignatureExpired:
        return None, _("Förhandsgranskningen är mer än en timme gammal. Ladda upp filen igen.")
    except signing.BadSignature:
        return None, _(
            "Importen kunde inte bekräftas eftersom formuläret har ändrats efter "
            "förhandsgranskningen. Ladda upp filen igen."
        )
    if payload.get("municipality") != municipality.pk or payload.get("user") != request.user.pk:
        return None, _(
            "Förhandsgranskningen gjordes för en annan kommun eller användare. "
            "Ladda upp filen igen."
        )
    if not payload.get("once"):  # a preview from before imports were single-use
        return None, _("Förhandsgranskningen är för gammal. Ladda upp filen igen.")
    return payload, ""


def _already_imported(request, municipality, filename):
    error = _(
        "Den här förhandsgranskningen är redan importerad, så ingenting är sparat en gång till. "
        "Insatserna finns i översikten. Ladda upp filen på nytt om du verkligen vill importera "
        "den igen."
    )
    return _render(request, municipality, filename=filename, error=error, status=409)


def _confirm(request, municipality):
    payload, error = _payload(request, municipality)
    if payload is None:
        return _render(request, municipality, error=error, status=400)
    filename = payload.get("filename", "")
    reading = Reading.from_token(payload)
    # A quick answer for the usual replay (back button, second click); import_measures makes
    # sure of it when two confirmations arrive at once.
    if ImportConfirmation.objects.filter(nonce=payload["once"]).exists():
        return _already_imported(request, municipality, filename)
    try:
        plan = _plan(request, municipality, reading.text)
    except ImportFileError as error:
        return _render(request, municipality, filename=filename, error=str(error))
    changed_meanwhile = _(
        "Något har ändrats i portalen sedan du förhandsgranskade filen. Ingenting är "
        "sparat. Se över förhandsgranskningen nedan igen."
    )
    if not plan.is_valid or plan.versions != payload.get("versions"):
        return _render(
            request,
            municipality,
            plan=plan,
            reading=reading,
            filename=filename,
            error=changed_meanwhile,
            status=409,
        )
    confirmation = ImportConfirmation(
        nonce=payload["once"], municipality=municipality, user=request.user
    )
    try:
        import_measures(plan=plan, confirmation=confirmation)
    except AlreadyImported:
        return _already_imported(request, municipality, filename)
    except ValidationError as error:
        # The service's own checks (a published measure needs a contact) mirror MeasureForm's,
        # so this is a safety net: the whole import is rolled back.
        return _render(
            request,
            municipality,
            plan=plan,
            reading=reading,
            filename=filename,
            error=" ".join(error.messages),
        )
    except (EditConflict, IntegrityError):
        plan = _plan(request, municipality, reading.text)
        return _render(
            request,
            municipality,
            plan=plan,
            reading=reading,
            filename=filename,
            error=changed_meanwhile,
            status=409,
        )
    done = _("Importen är klar. Nya insatser: %(new)s. Ändrade insatser: %(changed)s.") % {
        "new": plan.new_count,
        "changed": plan.changed_count,
    }
    messages.success(request, f"{done} {reading.description}")
    return redirect(f"{reverse('publishing:dashboard')}?kommun={municipality.slug}")
