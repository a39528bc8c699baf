"""CSV and Excel export and import of a municipality's employer register.

The measures' machinery (publishing/csv_io.py) with the register's columns: the same files
(UTF-8 with BOM and semicolons, or a workbook; Windows-1252 read too), the same neutralised
formulas, the same reading and cap, and the same all-or-nothing plan. Each row is checked by
the dashboard's EmployerForm, so a cell gets the message a typed field gets (the organisation
number's check digit, a duplicate in the register, the consent's date, personal identity
numbers in free text, overlong text). A row names its employer by the column `id` (empty: a
new employer); the column `kommun` says whose register the row belongs to, and a row of
another municipality's register, or an id from one, is refused.
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from measures.models import Language
from measures.text import fold
from publishing.csv_io import (
    Action,
    CellError,
    ChoiceColumn,
    Column,
    DateColumn,
    ImportPlan,
    ImportRow,
    Lookups,
    ManyColumn,
    NumberColumn,
    RowPlanner,
    TableSpec,
    read_table,
    write_rows,
)

from .forms import EmployerForm, hostable_measures
from .models import Employer, PlacementKind
from .orgnr import normalise_org_number
from .services import employer_save

YES = {"ja", "j", "x", "1", "sant", "true", "yes", "y"}
NO = {"nej", "n", "0", "falskt", "false", "no", ""}


class MunicipalityColumn(Column):
    """The register the row belongs to, by the municipality's slug (read by the planner)."""

    def to_cell(self, employer) -> str:
        return employer.municipality.slug if employer.municipality_id else ""


class YesNoColumn(Column):
    """A checkbox as "ja" or "nej", in every language like the column names (read: also x, 1,
    sant, yes; empty is no)."""

    def to_cell(self, employer) -> str:
        return "ja" if getattr(employer, self.field_name) else "nej"

    def to_data(self, cell, lookups):
        value = fold(cell.strip())
        if value in YES:
            return {self.field_name: True}
        if value in NO:
            return {self.field_name: False}
        raise CellError(_("skriv ja eller nej, inte ”%(value)s”.") % {"value": cell.strip()})


ID_COLUMN = NumberColumn("id", "pk")
MUNICIPALITY_COLUMN = MunicipalityColumn("kommun", "municipality")
COLUMNS = [
    ID_COLUMN,
    MUNICIPALITY_COLUMN,
    Column("namn", "name"),
    Column("organisationsnummer", "org_number"),
    ChoiceColumn("sektor", "sector", Employer.Sector),
    ChoiceColumn("bransch", "industry", Employer.Industry),
    Column("ort", "town"),
    ManyColumn(
        "typer_av_platser",
        "placement_kinds",
        gettext_lazy("okänd typ av plats: %(value)s. Använd någon av: %(allowed)s."),
    ),
    NumberColumn("antal_platser", "places_at_a_time"),
    ManyColumn(
        "sprak", "languages", gettext_lazy("okänt språk: %(value)s. Använd något av: %(allowed)s.")
    ),
    Column("tillganglighet", "accessibility_notes"),
    ManyColumn(
        "insatser",
        "hosted_measures",
        gettext_lazy(
            "okänd insats: %(value)s. Skriv kortnamnen på kommunens insatser av typen praktik "
            "eller arbetsträning: %(allowed)s."
        ),
    ),
    Column("kontakt_namn", "contact_name"),
    Column("kontakt_telefon", "contact_phone"),
    Column("kontakt_epost", "contact_email"),
    YesNoColumn("samtycke", "listing_consent"),
    DateColumn("samtycke_datum", "consent_date"),
]
FORM_COLUMNS = [column for column in COLUMNS if column not in (ID_COLUMN, MUNICIPALITY_COLUMN)]

EMPLOYER_TABLE = TableSpec(
    columns=COLUMNS,
    sheet_title=gettext_lazy("Arbetsgivare"),
    too_many_rows=gettext_lazy(
        "Filen har fler än %(max)s rader med arbetsgivare. "
        "Dela upp den i flera filer och importera dem en i taget."
    ),
    header_only=gettext_lazy("Filen har bara en rubrikrad och inga arbetsgivare."),
    sheet_too_long=gettext_lazy(
        "Kalkylbladet ”%(sheet)s” har innehåll eller formatering på fler än %(max)s rader. "
        "Kopiera arbetsgivarna till en ny arbetsbok och ladda upp den."
    ),
)


def employers_for_csv(municipality):
    """The municipality's register with everything a row shows, in four queries."""
    return (
        Employer.objects.in_municipality(municipality)
        .select_related("municipality")
        .prefetch_related("placement_kinds", "languages", "hosted_measures")
        .order_by("name", "pk")
    )


def _lookups(municipality) -> Lookups:
    slugs = {
        "placement_kinds": dict(PlacementKind.objects.values_list("slug", "pk")),
        "languages": dict(Language.objects.values_list("slug", "pk")),
        "hosted_measures": dict(hostable_measures(municipality).values_list("slug", "pk")),
    }
    return Lookups(municipality=municipality, units={}, slugs=slugs)


class EmployerPlanner(RowPlanner):
    """What one import into a municipality's register knows: read once, asked row by row."""

    table = EMPLOYER_TABLE
    form_columns = FORM_COLUMNS
    title_column = "namn"

    def __init__(self, municipality, header):
        super().__init__(header, _lookups(municipality))
        self.municipality = municipality
        self.existing = {employer.pk: employer for employer in employers_for_csv(municipality)}
        self.ids_seen: dict[int, int] = {}
        self.numbers_seen: dict[str, int] = {}

    def record(self, row, values):
        self._check_municipality(row, values.get("kommun", ""))
        cell = values.get("id", "").strip()
        if not cell:
            return Employer(municipality=self.municipality)
        if not cell.isdigit():
            row.add_error(
                _("id är ett heltal från exporten; töm cellen för en ny arbetsgivare."), "id"
            )
            return Employer(municipality=self.municipality)
        pk = int(cell)
        if pk in self.ids_seen:
            row.add_error(
                _("arbetsgivaren med id %(id)s finns redan på rad %(row)s.")
                % {"id": pk, "row": self.ids_seen[pk]},
                "id",
            )
        self.ids_seen.setdefault(pk, row.number)
        employer = self.existing.get(pk)
        if employer is None:
            if Employer.objects.filter(pk=pk).exists():
                message = _(
                    "arbetsgivaren med id %(id)s hör till en annan kommuns register. Den kan "
                    "bara ändras där."
                )
            else:
                message = _(
                    "det finns ingen arbetsgivare med id %(id)s i %(municipality)s register. "
                    "Töm cellen för att lägga till en ny arbetsgivare."
                )
            row.add_error(message % {"id": pk, "municipality": self.municipality.name}, "id")
            return Employer(municipality=self.municipality)
        row.measure = employer
        row.key = str(employer.pk)
        return employer

    def _check_municipality(self, row, cell):
        wanted = fold(cell.strip())
        if wanted and wanted not in {self.municipality.slug, fold(self.municipality.name)}:
            row.add_error(
                _(
                    "raden hör till %(value)s, men du importerar till %(municipality)s. "
                    "Importera den i den kommunens register, eller töm cellen."
                )
                % {"value": cell.strip(), "municipality": self.municipality.name},
                "kommun",
            )

    def before_form(self, row, values, instance):
        cell = values.get("organisationsnummer", instance.org_number)
        try:
            number = normalise_org_number(cell)
        except Exception:  # the form says what is wrong with it
            return set()
        row.slug = number
        if number in self.numbers_seen:
            row.add_error(
                _("organisationsnumret %(number)s finns redan på rad %(row)s.")
                % {"number": number, "row": self.numbers_seen[number]},
                "organisationsnummer",
            )
        self.numbers_seen.setdefault(number, row.number)
        return set()

    def form(self, data, instance):
        return EmployerForm(data, instance=instance, municipality=self.municipality)


def plan_employer_import(text: str, *, municipality) -> ImportPlan:
    """Validate every row of `text` for `municipality`'s register; writes nothing."""
    header, records = read_table(text, EMPLOYER_TABLE)
    planner = EmployerPlanner(municipality, header)
    return ImportPlan(text=text, rows=[planner.row(number, cells) for number, cells in records])


def import_employers(*, plan: ImportPlan, confirmation) -> ImportPlan:
    """Write every new and changed row of a valid plan, all or nothing, once.

    Each employer goes through employer_save: one history record each, and a row whose employer
    was saved since the preview (EditConflict) or whose organisation number was taken meanwhile
    (ValidationError) rolls back the whole import.
    """
    if not plan.is_valid:
        raise ValueError("Only a valid import plan can be written.")

    def save(row: ImportRow):
        version = row.measure.version if row.measure else None
        employer_save(form=row.form, expected_version=version)

    write_rows(plan.to_write, confirmation, save)
    return plan


__all__ = ["Action", "EMPLOYER_TABLE", "employers_for_csv", "import_employers"]
