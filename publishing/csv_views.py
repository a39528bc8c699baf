"""CSV and Excel export and import of the dashboard's measures (`/hantera/export.csv`,
`/hantera/export.xlsx`, `/hantera/import/`).

An import is a preview first and a write second. Between the two nothing is stored: the preview
carries the file's text (a workbook read as CSV text) and how it was read in a signed,
timestamped hidden field, and the confirmation validates that text again before writing it in
one transaction. The token carries a random nonce that the
import stores (publishing.models.ImportConfirmation), so each preview is imported once only:
confirming it again, by the back button or a second click, writes nothing.

The flow is `SpreadsheetImport`'s and the downloads are `spreadsheet_download`'s, so that the
employer register (employers/spreadsheet_views.py) exports and imports the same way.
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
from django.utils.translation import gettext_lazy

from measures.services import EditConflict

from .csv_io import (
    MEASURE_TABLE,
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


def spreadsheet_download(request, *, permission, name, extension, records, table):
    """A download of the chosen municipality's `records(municipality)` as CSV or a workbook,
    after `permission` on the municipality; `name` starts the file's name."""
    municipality, _municipalities = chosen_municipality(request)
    if not request.user.has_perm(permission, municipality):
        raise PermissionDenied
    filename = f"{name}-{municipality.slug}-{timezone.localdate():%Y-%m-%d}.{extension}"
    content_type = XLSX_CONTENT_TYPE if extension == "xlsx" else "text/csv; charset=utf-8"
    response = HttpResponse(
        content_type=content_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
    if extension == "xlsx":
        # A zip is written with seeks, which a response does not offer.
        out = io.BytesIO()
        write_xlsx(records(municipality), out, table)
        response.content = out.getvalue()
    else:
        write_csv(records(municipality), response, table)
    return response


@login_required
def measure_export(request):
    return spreadsheet_download(
        request,
        permission="measures.export_measures",
        name="insatser",
        extension="csv",
        records=measures_for_csv,
        table=MEASURE_TABLE,
    )


@login_required
def measure_export_xlsx(request):
    return spreadsheet_download(
        request,
        permission="measures.export_measures",
        name="insatser",
        extension="xlsx",
        records=measures_for_csv,
        table=MEASURE_TABLE,
    )


class SpreadsheetImport:
    """The import page of one table: upload, preview, confirm once, all or nothing.

    A table says what differs: the permission, the template, the token's salt, how a text is
    planned (`plan`) and written (`write`), and the words of the end (`done`,
    `already_imported`, `done_url`).
    """

    permission: str
    template: str
    salt: str
    table = MEASURE_TABLE
    already_imported_message = ""

    def view(self, request):
        municipality, _municipalities = chosen_municipality(request)
        if not request.user.has_perm(self.permission, municipality):
            raise PermissionDenied
        if request.method != "POST":
            return self.render(request, municipality)
        if "token" in request.POST:
            return self.confirm(request, municipality)
        return self.preview(request, municipality)

    def plan(self, request, municipality, text):
        raise NotImplementedError

    def write(self, plan, confirmation):
        """Write a valid plan; raises AlreadyImported, EditConflict, IntegrityError or
        ValidationError, each rolling back the whole import."""
        raise NotImplementedError

    def done(self, plan) -> str:
        raise NotImplementedError

    def done_url(self, municipality) -> str:
        raise NotImplementedError

    def token(self, request, municipality, plan, filename, reading):
        return signing.TimestampSigner(salt=self.salt).sign_object(
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

    def render(
        self, request, municipality, *, plan=None, reading=None, filename="", error="", status=200
    ):
        token = ""
        if plan is not None and plan.is_valid and plan.to_write:
            token = self.token(request, municipality, plan, filename, reading)
        return render(
            request,
            self.template,
            {
                "municipality": municipality,
                "plan": plan,
                "reading": reading,
                "filename": filename,
                "error": error,
                "token": token,
                "max_megabytes": settings.PORTAL_CSV_IMPORT_MAX_BYTES / (1024 * 1024),
                "max_rows": self.table.max_rows,
            },
            status=status,
        )

    def preview(self, request, municipality):
        upload = request.FILES.get("fil")
        if upload is None:
            return self.render(
                request,
                municipality,
                error=_("Välj en CSV-fil eller Excel-arbetsbok att ladda upp."),
            )
        try:
            reading = read_upload(upload, self.table)
            plan = self.plan(request, municipality, reading.text)
        except ImportFileError as error:
            return self.render(request, municipality, filename=upload.name, error=str(error))
        return self.render(request, municipality, plan=plan, reading=reading, filename=upload.name)

    def payload(self, request, municipality):
        """(what the preview signed, "") or (None, why it cannot be trusted)."""
        try:
            payload = signing.TimestampSigner(salt=self.salt).unsign_object(
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

    def already_imported(self, request, municipality, filename):
        error = str(self.already_imported_message)
        return self.render(request, municipality, filename=filename, error=error, status=409)

    def confirm(self, request, municipality):
        payload, error = self.payload(request, municipality)
        if payload is None:
            return self.render(request, municipality, error=error, status=400)
        filename = payload.get("filename", "")
        reading = Reading.from_token(payload)
        # A quick answer for the usual replay (back button, second click); `write` makes sure
        # of it when two confirmations arrive at once.
        if ImportConfirmation.objects.filter(nonce=payload["once"]).exists():
            return self.already_imported(request, municipality, filename)
        try:
            plan = self.plan(request, municipality, reading.text)
        except ImportFileError as error:
            return self.render(request, municipality, filename=filename, error=str(error))
        shown = {"plan": plan, "reading": reading, "filename": filename}
        changed_meanwhile = _(
            "Något har ändrats i portalen sedan du förhandsgranskade filen. Ingenting är "
            "sparat. Se över förhandsgranskningen nedan igen."
        )
        if not plan.is_valid or plan.versions != payload.get("versions"):
            return self.render(request, municipality, **shown, error=changed_meanwhile, status=409)
        confirmation = ImportConfirmation(
            nonce=payload["once"], municipality=municipality, user=request.user
        )
        try:
            self.write(plan, confirmation)
        except AlreadyImported:
            return self.already_imported(request, municipality, filename)
        except ValidationError as error:
            # The service's own checks mirror the form's, so this is a safety net: the whole
            # import is rolled back.
            return self.render(request, municipality, **shown, error=" ".join(error.messages))
        except (EditConflict, IntegrityError):
            shown["plan"] = self.plan(request, municipality, reading.text)
            return self.render(request, municipality, **shown, error=changed_meanwhile, status=409)
        messages.success(request, f"{self.done(plan)} {reading.description}")
        return redirect(self.done_url(municipality))


class MeasureImport(SpreadsheetImport):
    permission = "measures.import_measures"
    template = "publishing/measure_import.html"
    salt = TOKEN_SALT
    already_imported_message = gettext_lazy(
        "Den här förhandsgranskningen är redan importerad, så ingenting är sparat en gång till. "
        "Insatserna finns i översikten. Ladda upp filen på nytt om du verkligen vill importera "
        "den igen."
    )

    def plan(self, request, municipality, text):
        def may_set_status(measure, status):
            return request.user.has_perm(STATUS_PERMISSIONS[status], measure)

        return plan_import(text, municipality=municipality, may_set_status=may_set_status)

    def write(self, plan, confirmation):
        import_measures(plan=plan, confirmation=confirmation)

    def done(self, plan):
        return _("Importen är klar. Nya insatser: %(new)s. Ändrade insatser: %(changed)s.") % {
            "new": plan.new_count,
            "changed": plan.changed_count,
        }

    def done_url(self, municipality):
        return f"{reverse('publishing:dashboard')}?kommun={municipality.slug}"


@login_required
def measure_import(request):
    return MeasureImport().view(request)
