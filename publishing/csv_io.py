"""CSV export and import of a municipality's measures: the columns, writing, reading, planning.

One column list serves both directions, so an exported file imports unchanged. An import is
planned first (every row validated with MeasureForm, nothing written) and applied only when
every row is valid, in one transaction with one history record per measure.
"""

import csv
import datetime
import io
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.db import IntegrityError, models, transaction
from django.template.defaultfilters import floatformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from measures.models import Category, Language, Measure, MeasureType, Need, Project, TargetGroup
from measures.services import M2M_FIELDS, measure_save
from measures.text import fold
from municipalities.models import Unit

from .forms import MeasureForm
from .models import ImportConfirmation

# Each row is validated like the edit form and saved with its history (about 30 queries), so
# a file is capped where confirming still fits comfortably in one request.
MAX_ROWS = 500
DELIMITER = ";"
LIST_SEPARATOR = "|"
# A cell starting with one of these is a formula to Excel and LibreOffice (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class ImportFileError(Exception):
    """The file as a whole cannot be read; the message tells the editor what to do."""


class CellError(Exception):
    """One cell's value cannot be used; the message says why, in plain Swedish."""


# Formula injection -------------------------------------------------------------------------


def _needs_escape(value: str) -> bool:
    # An apostrophe already in front of a formula start is escaped too, so that
    # unescape(escape(value)) == value for every value.
    if value.startswith(FORMULA_STARTS):
        return True
    return value.startswith("'") and _needs_escape(value[1:])


def escape_cell(value: str) -> str:
    """Prefix a cell a spreadsheet would run as a formula with an apostrophe."""
    return f"'{value}" if _needs_escape(value) else value


def unescape_cell(value: str) -> str:
    """Undo escape_cell: drop the apostrophe only where escape_cell would have added it."""
    if value.startswith("'") and _needs_escape(value[1:]):
        return value[1:]
    return value


def clean_cell(value: str) -> str:
    """Drop control characters no column should hold (NUL breaks PostgreSQL); keep line breaks."""
    value = unescape_cell(value)
    return "".join(ch for ch in value if ch in "\t\n\r" or unicodedata.category(ch) != "Cc")


# Columns ------------------------------------------------------------------------------------


@dataclass
class Lookups:
    """Everything a row may name, read once per import: units by name, terms by slug."""

    municipality: object
    units: dict[str, int]
    slugs: dict[str, dict[str, int]]

    @classmethod
    def load(cls, municipality):
        units = {}
        for pk, name in Unit.objects.filter(municipality=municipality).values_list("pk", "name"):
            units.setdefault(name.strip().casefold(), pk)
        models_by_field = {
            "measure_type": MeasureType,
            "project": Project,
            "categories": Category,
            "target_groups": TargetGroup,
            "needs": Need,
            "languages": Language,
        }
        slugs = {
            name: dict(model.objects.values_list("slug", "pk"))
            for name, model in models_by_field.items()
        }
        return cls(municipality=municipality, units=units, slugs=slugs)


class Column:
    """A column holding one MeasureForm field as text."""

    def __init__(self, name: str, field_name: str):
        self.name = name
        self.field_name = field_name

    @property
    def form_fields(self) -> tuple[str, ...]:
        return (self.field_name,)

    def to_cell(self, measure) -> str:
        value = getattr(measure, self.field_name)
        return "" if value is None else str(value)

    def to_data(self, cell: str, lookups: Lookups) -> dict:
        return {self.field_name: cell}


class DateColumn(Column):
    def to_cell(self, measure) -> str:
        value = getattr(measure, self.field_name)
        return value.isoformat() if value else ""

    def to_data(self, cell, lookups):
        cell = cell.strip()
        if cell:
            try:
                if not DATE.match(cell):
                    raise ValueError
                datetime.date.fromisoformat(cell)
            except ValueError:
                raise CellError(
                    _("skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-08-17.")
                ) from None
        return {self.field_name: cell}


class ChoiceColumn(Column):
    """A TextChoices field: its stored value or its label, in any case, with or without å/ä/ö."""

    def __init__(self, name, field_name, choices: type[models.TextChoices]):
        super().__init__(name, field_name)
        self.choices = choices

    def to_data(self, cell, lookups):
        wanted = fold(cell.strip())
        if not wanted:
            return {self.field_name: ""}
        for value, label in self.choices.choices:
            if wanted in {fold(value), fold(str(label))}:
                return {self.field_name: value}
        raise CellError(
            _("okänt värde ”%(value)s”. Använd något av: %(allowed)s.")
            % {"value": cell.strip(), "allowed": ", ".join(self.choices.values)}
        )


class SlugColumn(Column):
    """A foreign key written as the related row's slug (type, project)."""

    def __init__(self, name, field_name, unknown_message):
        super().__init__(name, field_name)
        self.unknown_message = unknown_message

    def to_cell(self, measure) -> str:
        related = (
            getattr(measure, self.field_name) if getattr(measure, f"{self.field_name}_id") else None
        )
        return related.slug if related else ""

    def to_data(self, cell, lookups):
        slug = cell.strip().lower()
        if not slug:
            return {self.field_name: ""}
        known = lookups.slugs[self.field_name]
        if slug not in known:
            raise CellError(self.unknown_message % {"value": cell.strip()})
        return {self.field_name: str(known[slug])}


class UnitColumn(Column):
    """The unit by its name, which is unique within the municipality."""

    def to_cell(self, measure) -> str:
        return measure.unit.name if measure.unit_id else ""

    def to_data(self, cell, lookups):
        name = cell.strip()
        if not name:
            return {self.field_name: ""}
        pk = lookups.units.get(name.casefold())
        if pk is None:
            raise CellError(
                _(
                    "det finns ingen enhet som heter ”%(name)s” i %(municipality)s. "
                    "Rätta namnet eller lägg först till enheten under Enheter."
                )
                % {"name": name, "municipality": lookups.municipality.name}
            )
        return {self.field_name: str(pk)}


class ManyColumn(Column):
    """A many-to-many field as slugs joined with "|"."""

    def __init__(self, name, field_name, unknown_message):
        super().__init__(name, field_name)
        self.unknown_message = unknown_message

    def to_cell(self, measure) -> str:
        if measure.pk is None:
            return ""
        return LIST_SEPARATOR.join(term.slug for term in getattr(measure, self.field_name).all())

    def to_data(self, cell, lookups):
        known = lookups.slugs[self.field_name]
        wanted = [part.strip().lower() for part in cell.split(LIST_SEPARATOR) if part.strip()]
        unknown = [slug for slug in wanted if slug not in known]
        if unknown:
            raise CellError(
                self.unknown_message
                % {"value": ", ".join(unknown), "allowed": ", ".join(sorted(known))}
            )
        return {self.field_name: [str(known[slug]) for slug in wanted]}


class ReferralColumn(Column):
    """The three ways to refer someone, as "af|handlaggare|egen"."""

    ROUTES = {
        "af": "referral_by_af",
        "handlaggare": "referral_by_case_officer",
        "egen": "self_referral",
    }

    def __init__(self, name):
        super().__init__(name, "")

    @property
    def form_fields(self):
        return tuple(self.ROUTES.values())

    def to_cell(self, measure) -> str:
        return LIST_SEPARATOR.join(
            route for route, field_name in self.ROUTES.items() if getattr(measure, field_name)
        )

    def to_data(self, cell, lookups):
        wanted = {fold(part.strip()) for part in cell.split(LIST_SEPARATOR) if part.strip()}
        unknown = wanted - self.ROUTES.keys()
        if unknown:
            raise CellError(
                _(
                    "okänt sätt att anvisa ”%(value)s”. "
                    "Använd af, handlaggare och egen, åtskilda med |."
                )
                % {"value": ", ".join(sorted(unknown))}
            )
        return {field_name: route in wanted for route, field_name in self.ROUTES.items()}


STATUS_COLUMN = ChoiceColumn("status", "status", Measure.Status)
COLUMNS = [
    Column("slug", "slug"),
    Column("titel", "title"),
    Column("sammanfattning", "summary"),
    Column("beskrivning", "description"),
    UnitColumn("enhet", "unit"),
    SlugColumn("typ", "measure_type", gettext_lazy("okänd typ av insats ”%(value)s”.")),
    ManyColumn(
        "kategorier",
        "categories",
        gettext_lazy("okänd kategori: %(value)s. Använd någon av: %(allowed)s."),
    ),
    ManyColumn(
        "malgrupper",
        "target_groups",
        gettext_lazy("okänd målgrupp: %(value)s. Använd någon av: %(allowed)s."),
    ),
    ManyColumn(
        "behov", "needs", gettext_lazy("okänt behov: %(value)s. Använd något av: %(allowed)s.")
    ),
    ManyColumn(
        "sprak", "languages", gettext_lazy("okänt språk: %(value)s. Använd något av: %(allowed)s.")
    ),
    Column("min_alder", "min_age"),
    Column("max_alder", "max_age"),
    ChoiceColumn("form", "format", Measure.Format),
    Column("timmar_per_vecka", "hours_per_week"),
    Column("dagar_och_tider", "schedule"),
    Column("langd_veckor", "duration_weeks"),
    ChoiceColumn("intag", "intake", Measure.Intake),
    DateColumn("nasta_start", "next_start"),
    Column("antal_platser", "capacity"),
    Column("lediga_platser", "places_available"),
    ChoiceColumn("andra_kommuner", "open_to_others", Measure.Openness),
    Column("villkor_andra_kommuner", "other_municipality_terms"),
    ReferralColumn("anvisning"),
    Column("sa_anvisar_du", "referral_instructions"),
    Column("kontakt_namn", "contact_name"),
    Column("kontakt_roll", "contact_role"),
    Column("kontakt_telefon", "contact_phone"),
    Column("kontakt_epost", "contact_email"),
    SlugColumn("projekt", "project", gettext_lazy("okänt projekt ”%(value)s”.")),
    STATUS_COLUMN,
    DateColumn("visas_fran", "visible_from"),
    DateColumn("visas_till", "visible_until"),
]
HEADERS = [column.name for column in COLUMNS]
# Slug and status are not MeasureForm fields: the slug picks the measure, the status is set on it.
FORM_COLUMNS = [column for column in COLUMNS if column.name not in {"slug", "status"}]
COLUMN_OF_FIELD = {name: column.name for column in COLUMNS for name in column.form_fields}


def measures_for_csv(municipality):
    """The municipality's measures (every status) with everything a row shows, in five queries."""
    return (
        Measure.objects.in_municipality(municipality)
        .select_related("unit", "measure_type", "project")
        .prefetch_related(*M2M_FIELDS)
        .order_by("title", "pk")
    )


def measure_row(measure) -> dict[str, str]:
    """A measure as {column: cell}, unescaped."""
    return {column.name: column.to_cell(measure) for column in COLUMNS}


# Export -------------------------------------------------------------------------------------


def write_csv(measures, out) -> None:
    """Write `measures` to the text stream `out` as Swedish Excel opens it: BOM and `;`."""
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow(HEADERS)
    for measure in measures:
        writer.writerow(escape_cell(cell) for cell in measure_row(measure).values())


# Reading ------------------------------------------------------------------------------------


def decode_upload(upload) -> str:
    """The uploaded file as text, if it is small enough and UTF-8 (with or without BOM)."""
    # Bodies over PORTAL_MAX_UPLOAD_BODY_BYTES never get this far (portal/request_size.py).
    limit = settings.PORTAL_CSV_IMPORT_MAX_BYTES
    if upload.size > limit:
        raise ImportFileError(
            _("Filen är för stor. Den får vara högst %(size)s MB; dela upp den i flera filer.")
            % {"size": floatformat(limit / (1024 * 1024), -1)}
        )
    try:
        return upload.read().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFileError(
            _(
                "Filen är inte sparad som UTF-8. Spara den i Excel med filformatet "
                "”CSV UTF-8 (kommaavgränsad)” och ladda upp den igen."
            )
        ) from None


def _delimiter(text: str) -> str:
    # The header line alone decides: it holds only our column names, whereas a description
    # full of commas further down could fool the sniffer.
    header_line = text.split("\n", 1)[0]
    try:
        return csv.Sniffer().sniff(header_line, delimiters=";,").delimiter
    except csv.Error:
        return DELIMITER


def _header_name(cell: str) -> str:
    """Column names as an editor might retype them: "Målgrupper", "nästa start"."""
    return fold(clean_cell(cell).strip()).replace(" ", "_")


def read_table(text: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header and the non-empty rows, each with its row number as a spreadsheet shows it."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows = []
    try:
        header = next(reader, None)
        if not header or not any(cell.strip() for cell in header):
            raise ImportFileError(_("Filen är tom."))
        # Row 1 is the header; a cell with line breaks is still one row in the spreadsheet.
        for number, cells in enumerate(reader, start=2):
            if not any(cell.strip() for cell in cells):
                continue
            rows.append((number, cells))
            if len(rows) > MAX_ROWS:
                raise ImportFileError(
                    _(
                        "Filen har fler än %(max)s rader med insatser. "
                        "Dela upp den i flera filer och importera dem en i taget."
                    )
                    % {"max": MAX_ROWS}
                )
    except csv.Error:
        raise ImportFileError(
            _(
                "Filen kunde inte läsas som CSV (rad %(row)s). "
                "Kontrollera att den är sparad som CSV UTF-8 från Excel."
            )
            % {"row": reader.line_num}
        ) from None
    header = [_header_name(cell) for cell in header]
    unknown = [name for name in header if name not in HEADERS]
    if unknown:
        raise ImportFileError(
            _("Rubrikraden har okända kolumner: %(columns)s. Använd kolumnnamnen från exporten.")
            % {"columns": ", ".join(f"”{name}”" for name in unknown)}
        )
    repeated = sorted({name for name in header if header.count(name) > 1})
    if repeated:
        raise ImportFileError(
            _("Kolumnen %(columns)s finns flera gånger i rubrikraden.")
            % {"columns": ", ".join(f"”{name}”" for name in repeated)}
        )
    if not rows:
        raise ImportFileError(_("Filen har bara en rubrikrad och inga insatser."))
    return header, rows


# Planning -----------------------------------------------------------------------------------


class Action(models.TextChoices):
    NEW = "ny", gettext_lazy("Ny")
    CHANGED = "andras", gettext_lazy("Ändras")
    UNCHANGED = "oforandrad", gettext_lazy("Oförändrad")


@dataclass
class ImportRow:
    number: int
    title: str = ""
    slug: str = ""
    action: str = Action.NEW
    changes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    form: MeasureForm | None = None
    measure: Measure | None = None

    def add_error(self, message, column=None):
        if column:
            text = _("Rad %(row)s, kolumnen %(column)s: %(message)s")
        else:
            text = _("Rad %(row)s: %(message)s")
        self.errors.append(text % {"row": self.number, "column": column, "message": message})

    @property
    def action_label(self):
        return Action(self.action).label


@dataclass
class ImportPlan:
    text: str
    rows: list[ImportRow]

    @property
    def is_valid(self) -> bool:
        return not any(row.errors for row in self.rows)

    @property
    def errors(self) -> list[str]:
        return [error for row in self.rows for error in row.errors]

    @property
    def to_write(self) -> list[ImportRow]:
        return [row for row in self.rows if row.action != Action.UNCHANGED]

    @property
    def versions(self) -> dict[str, int]:
        """{slug: version} of every existing measure the file names, to detect edits meanwhile."""
        return {row.measure.slug: row.measure.version for row in self.rows if row.measure}

    def count(self, action) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def new_count(self):
        return self.count(Action.NEW)

    @property
    def changed_count(self):
        return self.count(Action.CHANGED)

    @property
    def unchanged_count(self):
        return self.count(Action.UNCHANGED)


def plan_import(
    text: str, *, municipality, may_set_status: Callable[[Measure, str], bool]
) -> ImportPlan:
    """Validate every row of `text` and say what importing it would do. Writes nothing.

    `may_set_status(measure, status)` asks the permission rules whether the editor may give a
    measure that status (publishing and archiving have rules of their own).
    """
    header, records = read_table(text)
    planner = _Planner(municipality, header, records, may_set_status)
    return ImportPlan(text=text, rows=[planner.row(number, cells) for number, cells in records])


class _Planner:
    """What one import knows about the portal: read once, then asked row by row."""

    def __init__(self, municipality, header, records, may_set_status):
        self.municipality = municipality
        self.header = header
        self.may_set_status = may_set_status
        self.lookups = Lookups.load(municipality)
        self.existing = {measure.slug: measure for measure in measures_for_csv(municipality)}
        named = set()
        if "slug" in header:
            at = header.index("slug")
            named = {cells[at].strip() for _number, cells in records if at < len(cells)}
        self.elsewhere = set(
            Measure.objects.filter(slug__in=named - self.existing.keys() - {""})
            .exclude(municipality=municipality)
            .values_list("slug", flat=True)
        )
        self.seen: dict[str, int] = {}

    def row(self, number, cells) -> ImportRow:
        row = ImportRow(number=number)
        width = len(self.header)
        if len(cells) > width and any(cell.strip() for cell in cells[width:]):
            row.add_error(_("raden har fler celler än rubrikraden."))
        values = {
            name: clean_cell(cells[i]) if i < len(cells) else ""
            for i, name in enumerate(self.header)
        }
        slug = values.get("slug", "").strip()
        measure = self.existing.get(slug)
        slug_ok = self._check_slug(row, slug, measure)
        if measure is None:
            instance = Measure(municipality=self.municipality, slug=slug if slug_ok else "")
        else:
            instance = row.measure = measure
        # Columns the file leaves out keep their value (new measures: the defaults).
        merged = {**measure_row(instance), **values}
        row.title = merged["titel"].strip()
        row.slug = instance.slug

        data, failed = {}, set()
        for column in FORM_COLUMNS:
            try:
                data.update(column.to_data(merged[column.name], self.lookups))
            except CellError as error:
                row.add_error(str(error), column.name)
                failed.add(column.name)
        old_status = instance.status
        status = self._status(row, values.get("status", ""), instance)
        # MeasureForm asks the instance's status (a published measure needs a contact person).
        instance.status = status
        form = row.form = MeasureForm(data, instance=instance, municipality=self.municipality)
        if not form.is_valid():
            for name, messages in form.errors.items():
                column = COLUMN_OF_FIELD.get(name)
                if column not in failed:
                    for message in messages:
                        row.add_error(message, column)
        if measure is not None:
            changed = {
                COLUMN_OF_FIELD[name] for name in form.changed_data if name in COLUMN_OF_FIELD
            }
            if status != old_status:
                changed.add("status")
            row.changes = [name for name in HEADERS if name in changed]
            row.action = Action.CHANGED if row.changes else Action.UNCHANGED
        return row

    def _check_slug(self, row, slug, measure) -> bool:
        """Whether the slug may be used: a measure of this municipality, or free for a new one."""
        if not slug:
            return True
        ok = True
        if slug in self.seen:
            row.add_error(
                _("kortnamnet ”%(slug)s” finns redan på rad %(row)s.")
                % {"slug": slug, "row": self.seen[slug]},
                "slug",
            )
            ok = False
        self.seen.setdefault(slug, row.number)
        if slug in self.elsewhere:
            row.add_error(
                _(
                    "kortnamnet ”%(slug)s” hör till en insats i en annan kommun. "
                    "Töm cellen för att skapa en ny insats."
                )
                % {"slug": slug},
                "slug",
            )
            return False
        if measure is None:
            try:
                validate_slug(slug)
                if len(slug) > Measure._meta.get_field("slug").max_length:
                    raise ValidationError("")
            except ValidationError:
                row.add_error(
                    _(
                        "kortnamnet får bara innehålla bokstäver a–z, siffror, bindestreck "
                        "och understreck (högst 200 tecken)."
                    ),
                    "slug",
                )
                return False
        return ok

    def _status(self, row, cell, instance) -> str:
        """The status the row asks for: its own cell, else the current one (new: utkast)."""
        status = instance.status
        if cell.strip():
            try:
                status = STATUS_COLUMN.to_data(cell, self.lookups)["status"]
            except CellError as error:
                row.add_error(str(error), "status")
        new_and_not_draft = instance.pk is None and status != Measure.Status.DRAFT
        if (status != instance.status or new_and_not_draft) and not self.may_set_status(
            instance, status
        ):
            row.add_error(
                _("du får inte ge insatsen status %(status)s.")
                % {"status": Measure.Status(status).label.lower()},
                "status",
            )
        return status


# Writing ------------------------------------------------------------------------------------


class AlreadyImported(Exception):
    """The preview has been confirmed before: importing it again would duplicate its rows."""


def import_measures(*, plan: ImportPlan, confirmation: ImportConfirmation) -> ImportPlan:
    """Write every new and changed row of a valid plan, all or nothing, once.

    Each measure goes through measure_save, so it gets exactly one history record, and an update
    is refused (EditConflict, rolling back the whole import) if someone saved the measure since
    the plan was made. `confirmation` (unsaved) names the preview being confirmed; it is stored
    first, in the same transaction, so a second confirmation of that preview raises
    AlreadyImported and writes nothing, even when both arrive at once (on PostgreSQL the second
    waits on the unique index until the first commits or rolls back).
    """
    if not plan.is_valid:
        raise ValueError("Only a valid import plan can be written.")
    # Rows naming their slug first, so a slug generated from a title cannot take one of them.
    rows = sorted(plan.to_write, key=lambda row: not row.form.instance.slug)
    with transaction.atomic():
        try:
            with transaction.atomic():
                confirmation.save()
        except IntegrityError as error:
            raise AlreadyImported from error
        for row in rows:
            version = row.measure.version if row.measure else None
            measure_save(form=row.form, expected_version=version)
    return plan
