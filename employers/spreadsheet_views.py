"""Export and import of the employer register in the dashboard: /hantera/arbetsgivare/export.csv,
export.xlsx and import/. The measures' flow (publishing/csv_views.py) with the register's table.

Both take the municipality chosen with ?kommun= and need the right to add employers to it (its
editors, employers/rules.py): the export holds every field, contact details and organisation
numbers included, so it is for the register's keepers only.
"""

from django.contrib.auth.decorators import login_required
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from publishing.csv_views import SpreadsheetImport, spreadsheet_download

from .spreadsheets import EMPLOYER_TABLE, employers_for_csv, import_employers, plan_employer_import

PERMISSION = "employers.add_employer"


def _download(request, extension):
    return spreadsheet_download(
        request,
        permission=PERMISSION,
        name="arbetsgivare",
        extension=extension,
        records=employers_for_csv,
        table=EMPLOYER_TABLE,
    )


@login_required
def employer_export(request):
    return _download(request, "csv")


@login_required
def employer_export_xlsx(request):
    return _download(request, "xlsx")


class EmployerImport(SpreadsheetImport):
    permission = PERMISSION
    template = "employers/dashboard/employer_import.html"
    salt = "employers.employer_import"
    table = EMPLOYER_TABLE
    already_imported_message = gettext_lazy(
        "Den här förhandsgranskningen är redan importerad, så ingenting är sparat en gång till. "
        "Arbetsgivarna finns i registret. Ladda upp filen på nytt om du verkligen vill "
        "importera den igen."
    )

    def plan(self, request, municipality, text):
        return plan_employer_import(text, municipality=municipality)

    def write(self, plan, confirmation):
        import_employers(plan=plan, confirmation=confirmation)

    def done(self, plan):
        return _(
            "Importen är klar. Nya arbetsgivare: %(new)s. Ändrade arbetsgivare: %(changed)s."
        ) % {"new": plan.new_count, "changed": plan.changed_count}

    def done_url(self, municipality):
        return f"{reverse('employer_dashboard:list')}?kommun={municipality.slug}"


@login_required
def employer_import(request):
    return EmployerImport().view(request)
