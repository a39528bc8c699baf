"""CSV and Excel export and import of a municipality's measures: the columns, writing, reading,
planning.

One column list serves both directions and both formats, so an exported file imports unchanged.
A CSV file may be UTF-8 or Windows-1252 (Swedish Excel's "CSV (semikolonavgränsad)"), told
apart by its bytes; a workbook (.xlsx) is read into the same CSV text. An import is planned
first (every row validated with MeasureForm, nothing written) and applied only when every row
is valid, in one transaction with one history record per measure.

The machinery is not the measures' alone: a `TableSpec` names another table's columns and the
words its file errors use, and `RowPlanner` checks a row of it with that table's form (the
employer register, employers/spreadsheets.py, uses both).
"""

import codecs
import csv
import datetime
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

import openpyxl
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.db import IntegrityError, models, transaction
from django.template.defaultfilters import floatformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from core.spreadsheets import escape_cell, unescape_cell
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
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class ImportFileError(Exception):
    """The file as a whole cannot be read; the message tells the editor what to do."""


class CellError(Exception):
    """One cell's value cannot be used; the message says why, in plain Swedish."""


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

    def to_value(self, measure):
        """The cell in a workbook: text, or a number or date Excel treats as one."""
        return self.to_cell(measure)


class NumberColumn(Column):
    def to_value(self, measure):
        return getattr(measure, self.field_name)


class DateColumn(Column):
    def to_cell(self, measure) -> str:
        value = getattr(measure, self.field_name)
        return value.isoformat() if value else ""

    def to_value(self, measure):
        return getattr(measure, self.field_name)

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
    NumberColumn("min_alder", "min_age"),
    NumberColumn("max_alder", "max_age"),
    ChoiceColumn("form", "format", Measure.Format),
    NumberColumn("timmar_per_vecka", "hours_per_week"),
    Column("dagar_och_tider", "schedule"),
    NumberColumn("langd_veckor", "duration_weeks"),
    ChoiceColumn("intag", "intake", Measure.Intake),
    DateColumn("nasta_start", "next_start"),
    NumberColumn("antal_platser", "capacity"),
    NumberColumn("lediga_platser", "places_available"),
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


@dataclass(frozen=True)
class TableSpec:
    """One kind of table the dashboard exports and imports: its columns, in order, and the
    words its file errors use (each names what the rows are: measures, employers)."""

    columns: list
    sheet_title: str
    too_many_rows: str  # %(max)s
    header_only: str
    sheet_too_long: str  # %(sheet)s, %(max)s
    max_rows: int = MAX_ROWS

    @property
    def headers(self) -> list[str]:
        return [column.name for column in self.columns]

    @property
    def max_sheet_rows(self) -> int:
        """Rows of a worksheet read before giving up, empty ones included (formatting alone
        makes a row)."""
        return XLSX_SHEET_ROWS_FACTOR * self.max_rows

    @property
    def column_of_field(self) -> dict[str, str]:
        return {name: column.name for column in self.columns for name in column.form_fields}

    def row_of(self, obj) -> dict[str, str]:
        """A record as {column: cell}, unescaped."""
        return {column.name: column.to_cell(obj) for column in self.columns}


XLSX_SHEET_ROWS_FACTOR = 20
MEASURE_TABLE = TableSpec(
    columns=COLUMNS,
    sheet_title=gettext_lazy("Insatser"),
    too_many_rows=gettext_lazy(
        "Filen har fler än %(max)s rader med insatser. "
        "Dela upp den i flera filer och importera dem en i taget."
    ),
    header_only=gettext_lazy("Filen har bara en rubrikrad och inga insatser."),
    sheet_too_long=gettext_lazy(
        "Kalkylbladet ”%(sheet)s” har innehåll eller formatering på fler än "
        "%(max)s rader. Kopiera insatserna till en ny arbetsbok och ladda upp "
        "den."
    ),
)


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
    return MEASURE_TABLE.row_of(measure)


# Export -------------------------------------------------------------------------------------


def write_csv(records, out, table: TableSpec = MEASURE_TABLE) -> None:
    """Write `records` (measures, or the rows of `table`) to the text stream `out` as Swedish
    Excel opens it: BOM and `;`."""
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow(table.headers)
    for record in records:
        writer.writerow(escape_cell(cell) for cell in table.row_of(record).values())


XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Column widths in characters: wide enough for a title, narrow enough to see several columns.
XLSX_MIN_WIDTH, XLSX_MAX_WIDTH = 8, 50


def _xlsx_width(value) -> int:
    if isinstance(value, datetime.date):
        return 10
    return max((len(line) for line in str(value).splitlines()), default=0)


def _xlsx_cell(sheet, value, font=None):
    if isinstance(value, str):
        # A workbook keeps formulas apart from text, so nothing is escaped here; only the
        # control characters XML cannot hold are dropped (clean_cell drops them on import).
        value = ILLEGAL_CHARACTERS_RE.sub("", value) or None
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # text starting with "=" stays text, never a formula
    if font is not None:
        cell.font = font
    return cell


def write_xlsx(records, out, table: TableSpec = MEASURE_TABLE) -> None:
    """Write `records` (measures, or the rows of `table`) to the binary stream `out` as an Excel
    workbook with the CSV's columns: a bold header row that stays in view, numbers and dates as
    Excel's own."""
    headers = table.headers
    rows = [[column.to_value(record) for column in table.columns] for record in records]
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet(str(table.sheet_title))
    sheet.freeze_panes = "A2"
    for index, name in enumerate(headers):
        width = max(
            [len(name), XLSX_MIN_WIDTH]
            + [_xlsx_width(row[index]) for row in rows if row[index] is not None]
        )
        sheet.column_dimensions[get_column_letter(index + 1)].width = min(width, XLSX_MAX_WIDTH) + 2
    bold = Font(bold=True)
    sheet.append([_xlsx_cell(sheet, name, font=bold) for name in headers])
    for row in rows:
        sheet.append([_xlsx_cell(sheet, value) for value in row])
    workbook.save(out)


# Reading ------------------------------------------------------------------------------------


class Source(models.TextChoices):
    """How an uploaded file was read. The preview names it, so a wrong reading is seen."""

    UTF8 = "utf-8", gettext_lazy("UTF-8")
    WINDOWS_1252 = "windows-1252", gettext_lazy("Windows-1252 (Excel: CSV semikolonavgränsad)")
    XLSX = "xlsx", gettext_lazy("Excel-arbetsbok (.xlsx)")


@dataclass(frozen=True)
class Reading:
    """An uploaded file as the CSV text the import is planned from, and how it was read.

    A workbook becomes CSV text too, so that every file goes through one reader (read_table)
    and one row check, and the preview's token carries text whatever was uploaded.
    """

    text: str
    source: str = Source.UTF8
    sheet: str = ""  # the worksheet read, for a workbook
    other_sheets: int = 0  # worksheets after the first, which are not read

    @classmethod
    def from_token(cls, payload: dict) -> "Reading":
        return cls(
            text=payload["text"],
            source=payload.get("source") or Source.UTF8,
            sheet=payload.get("sheet", ""),
            other_sheets=payload.get("other_sheets", 0),
        )

    def as_token(self) -> dict:
        return asdict(self)

    @property
    def description(self) -> str:
        """How the file was read ("Filen lästes som …"), for the preview and the message."""
        source = Source(self.source)
        if source != Source.XLSX:
            return _("Filen lästes som %(source)s.") % {"source": source.label}
        text = _("Filen lästes som %(source)s, kalkylbladet ”%(sheet)s”.") % {
            "source": source.label,
            "sheet": self.sheet,
        }
        if self.other_sheets:
            text += " " + ngettext(
                "Arbetsboken har %(count)s kalkylblad till, som inte lästes.",
                "Arbetsboken har %(count)s kalkylblad till, som inte lästes.",
                self.other_sheets,
            ) % {"count": self.other_sheets}
        return text


def _too_big(limit: int) -> ImportFileError:
    return ImportFileError(
        _("Filen är för stor. Den får vara högst %(size)s MB; dela upp den i flera filer.")
        % {"size": floatformat(limit / (1024 * 1024), -1)}
    )


def _too_many_rows(table: TableSpec) -> ImportFileError:
    return ImportFileError(str(table.too_many_rows) % {"max": table.max_rows})


def read_upload(upload, table: TableSpec = MEASURE_TABLE) -> Reading:
    """The uploaded file as CSV text: a CSV file in UTF-8 or Windows-1252, or a workbook."""
    # Bodies over PORTAL_MAX_UPLOAD_BODY_BYTES never get this far (core/request_size.py).
    limit = settings.PORTAL_CSV_IMPORT_MAX_BYTES
    if upload.size > limit:
        raise _too_big(limit)
    data = upload.read()
    # The content decides, not the name: Excel users rename files, and a renamed file is
    # still refused with a message saying what it is not.
    if data.startswith(ZIP_MAGIC):
        reading = read_xlsx(data, table)
        if len(reading.text.encode()) > limit:
            raise _too_big(limit)
        return reading
    if data.startswith(OLE_MAGIC):
        raise ImportFileError(
            _(
                "Filen är en Excel-fil i det äldre formatet .xls. Spara den i Excel som "
                "”Excel-arbetsbok (.xlsx)” eller som CSV och ladda upp den igen."
            )
        )
    if upload.name.lower().endswith(".xlsx"):
        raise _not_xlsx()
    text, source = decode_text(data)
    return Reading(text=text, source=source)


# CSV files ----------------------------------------------------------------------------------

# The only control characters a spreadsheet writes into a CSV file.
TEXT_CONTROLS = "\t\n\r"


def _not_text() -> ImportFileError:
    return ImportFileError(
        _(
            "Filen kunde inte läsas. Den är varken UTF-8 eller Windows-1252 (kanske UTF-16, "
            "eller ingen textfil alls). Spara den i Excel som ”CSV UTF-8 (kommaavgränsad)”, "
            "”CSV (semikolonavgränsad)” eller ”Excel-arbetsbok (.xlsx)” och ladda upp den igen."
        )
    )


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, Source) of a CSV file's bytes, deterministically and never a silent wrong guess.

    A UTF-8 BOM means UTF-8. Otherwise text that decodes as strict UTF-8 is UTF-8: Windows-1252
    text with å, ä or ö is practically never valid UTF-8, and plain ASCII reads the same in both.
    Otherwise the text is Windows-1252 (Swedish Excel's "CSV (semikolonavgränsad)") only if it
    is plausible: no byte Windows-1252 leaves undefined and no control character a spreadsheet
    never writes. UTF-16 (full of NUL bytes) and binary files are refused, as is UTF-8 that
    holds NUL, which is what UTF-16 of plain ASCII looks like.
    """
    if data.startswith(codecs.BOM_UTF8):
        candidates = [(data[len(codecs.BOM_UTF8) :], "utf-8", Source.UTF8)]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise _not_text()
    else:
        candidates = [(data, "utf-8", Source.UTF8), (data, "cp1252", Source.WINDOWS_1252)]
    for raw, codec, source in candidates:
        try:
            # Strict: the cp1252 codec refuses the five bytes Windows-1252 leaves undefined
            # (0x81, 0x8D, 0x8F, 0x90, 0x9D).
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        if source == Source.UTF8 and "\x00" in text:
            raise _not_text()
        if source == Source.WINDOWS_1252 and any(
            unicodedata.category(ch) == "Cc" and ch not in TEXT_CONTROLS for ch in text
        ):
            raise _not_text()
        return text, source
    raise _not_text()


# Workbooks ----------------------------------------------------------------------------------

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls and other old Office files
# A workbook is zipped XML. Its parts may unpack to this much (the sizes the zip declares bound
# what is read, and a part that unpacks to more fails its checksum), so a small zip bomb is
# refused before anything is parsed. Sheets of 500 measures unpack to a few megabytes.
XLSX_MAX_UNPACKED_FACTOR = 10
# Rows read before giving up (TableSpec.max_sheet_rows): for measures, this many.
XLSX_MAX_SHEET_ROWS = MEASURE_TABLE.max_sheet_rows


def _not_xlsx() -> ImportFileError:
    return ImportFileError(
        _(
            "Filen är ingen Excel-arbetsbok (.xlsx) som går att läsa. Spara den i Excel som "
            "”Excel-arbetsbok (.xlsx)” eller som CSV och ladda upp den igen."
        )
    )


def xlsx_text(value) -> str:
    """A workbook cell as the text the same cell has in a CSV file Excel saves."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return str(value)


def read_xlsx(data: bytes, table: TableSpec = MEASURE_TABLE) -> Reading:
    """The first worksheet of a workbook as CSV text, its first row the header.

    Each row keeps its number, so the preview's "Rad 7" is row 7 in Excel.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise _not_xlsx() from None
    if unpacked > XLSX_MAX_UNPACKED_FACTOR * settings.PORTAL_CSV_IMPORT_MAX_BYTES:
        raise _too_big(settings.PORTAL_CSV_IMPORT_MAX_BYTES)
    out = io.StringIO()
    # Every cell quoted: the header line then tells its delimiter beyond doubt (read_table).
    writer = csv.writer(out, delimiter=DELIMITER, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    try:
        workbook = openpyxl.load_workbook(
            io.BytesIO(data), read_only=True, data_only=True, keep_links=False
        )
    except Exception:  # openpyxl raises many kinds of errors on a broken file
        raise _not_xlsx() from None
    try:
        if not workbook.worksheets:
            raise _not_xlsx()
        sheet = workbook.worksheets[0]
        # Read as far as the rows go, not as far as the file claims they go.
        sheet.reset_dimensions()
        found, blank_run = 0, 0
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if number > table.max_sheet_rows:
                raise ImportFileError(
                    str(table.sheet_too_long) % {"sheet": sheet.title, "max": table.max_sheet_rows}
                )
            # A row of empty cells (formatting only) costs no more than counting them.
            if values.count(None) == len(values):
                blank_run += 1
                continue
            cells = [xlsx_text(value) for value in values]
            while cells and not cells[-1]:
                cells.pop()
            if not cells:
                blank_run += 1
                continue
            if number > 1:
                found += 1
                if found > table.max_rows:
                    raise _too_many_rows(table)
            # Empty rows in between stay, so that the rows keep their numbers.
            writer.writerows([[]] * blank_run)
            blank_run = 0
            writer.writerow(escape_cell(cell) for cell in cells)
    except ImportFileError:
        raise
    except Exception:  # a part of the workbook that cannot be parsed
        raise _not_xlsx() from None
    finally:
        workbook.close()
    return Reading(
        text=out.getvalue(),
        source=Source.XLSX,
        sheet=sheet.title,
        other_sheets=len(workbook.sheetnames) - 1,
    )


# Tables -------------------------------------------------------------------------------------


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


def read_table(
    text: str, table: TableSpec = MEASURE_TABLE
) -> tuple[list[str], list[tuple[int, list[str]]]]:
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
            if len(rows) > table.max_rows:
                raise _too_many_rows(table)
    except csv.Error:
        raise ImportFileError(
            _(
                "Filen kunde inte läsas som CSV (rad %(row)s). "
                "Kontrollera att den är sparad som CSV från Excel."
            )
            % {"row": reader.line_num}
        ) from None
    header = [_header_name(cell) for cell in header]
    unknown = [name for name in header if name not in table.headers]
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
        raise ImportFileError(str(table.header_only))
    return header, rows


# Planning -----------------------------------------------------------------------------------


class Action(models.TextChoices):
    NEW = "ny", gettext_lazy("Ny")
    CHANGED = "andras", gettext_lazy("Ändras")
    UNCHANGED = "oforandrad", gettext_lazy("Oförändrad")


@dataclass
class ImportRow:
    """One row of a file and what importing it would do. For another table than the measures'
    (RowPlanner), `measure` is that table's existing record the row changes, `slug` what the
    preview shows under its title, and `key` what names the record in the plan's versions."""

    number: int
    title: str = ""
    slug: str = ""
    action: str = Action.NEW
    changes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    form: MeasureForm | None = None
    measure: Measure | None = None
    key: str = ""

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
        """{key: version} of every existing record the file names (a measure by its slug), to
        detect edits meanwhile."""
        return {row.key: row.measure.version for row in self.rows if row.measure}

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


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def same_lines(cell: str, current: str) -> str:
    """`current` if `cell` differs from it only in how its line breaks are written.

    Browsers send a textarea's line breaks as CRLF, Excel keeps them as LF in a cell (and in the
    CSV files it saves): the same text either way, so not a change to import.
    """
    if cell != current and _lf(cell) == _lf(current):
        return current
    return cell


class RowPlanner:
    """Checks the rows of one table with that table's form, one at a time, writing nothing.

    What is the same for every table is here: the cells cleaned, the columns a file leaves out
    kept as they are, each cell read by its column, the form's messages under their column, and
    which columns an existing record's row changes. A table's planner says which record a row
    names (`record`), which form checks it (`form`) and what it checks itself first
    (`before_form`).
    """

    table: TableSpec
    form_columns: list  # the columns whose cells are the form's data
    title_column: str

    def __init__(self, header, lookups):
        self.header = header
        self.lookups = lookups

    def record(self, row: ImportRow, values: dict):
        """The record the row names (also set as `row.measure` when it exists) or a new one."""
        raise NotImplementedError

    def form(self, data: dict, instance):
        raise NotImplementedError

    def before_form(self, row: ImportRow, values: dict, instance) -> set[str]:
        """Checks of the table's own before the form's; returns columns changed by them."""
        return set()

    def row(self, number, cells) -> ImportRow:
        row = ImportRow(number=number)
        width = len(self.header)
        if len(cells) > width and any(cell.strip() for cell in cells[width:]):
            row.add_error(_("raden har fler celler än rubrikraden."))
        values = {
            name: clean_cell(cells[i]) if i < len(cells) else ""
            for i, name in enumerate(self.header)
        }
        instance = self.record(row, values)
        current = self.table.row_of(instance)
        values = {name: same_lines(cell, current.get(name, "")) for name, cell in values.items()}
        # Columns the file leaves out keep their value (new records: the defaults).
        merged = {**current, **values}
        row.title = merged[self.title_column].strip()

        data, failed = {}, set()
        for column in self.form_columns:
            try:
                data.update(column.to_data(merged[column.name], self.lookups))
            except CellError as error:
                row.add_error(str(error), column.name)
                failed.add(column.name)
        changed = self.before_form(row, values, instance)
        form = row.form = self.form(data, instance)
        column_of_field = self.table.column_of_field
        if not form.is_valid():
            for name, messages in form.errors.items():
                column = column_of_field.get(name)
                if column not in failed:
                    for message in messages:
                        row.add_error(message, column)
        if row.measure is not None:
            changed |= {
                column_of_field[name] for name in form.changed_data if name in column_of_field
            }
            row.changes = [name for name in self.table.headers if name in changed]
            row.action = Action.CHANGED if row.changes else Action.UNCHANGED
        return row


class _Planner(RowPlanner):
    """What one import of measures knows about the portal: read once, then asked row by row."""

    table = MEASURE_TABLE
    form_columns = FORM_COLUMNS
    title_column = "titel"

    def __init__(self, municipality, header, records, may_set_status):
        super().__init__(header, Lookups.load(municipality))
        self.municipality = municipality
        self.may_set_status = may_set_status
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

    def record(self, row, values):
        slug = values.get("slug", "").strip()
        measure = self.existing.get(slug)
        slug_ok = self._check_slug(row, slug, measure)
        if measure is None:
            instance = Measure(municipality=self.municipality, slug=slug if slug_ok else "")
        else:
            instance = row.measure = measure
            row.key = measure.slug
        row.slug = instance.slug
        return instance

    def before_form(self, row, values, instance):
        old_status = instance.status
        status = self._status(row, values.get("status", ""), instance)
        # MeasureForm asks the instance's status (a published measure needs a contact person).
        instance.status = status
        return {"status"} if status != old_status else set()

    def form(self, data, instance):
        return MeasureForm(data, instance=instance, municipality=self.municipality)

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

    def save(row):
        version = row.measure.version if row.measure else None
        measure_save(form=row.form, expected_version=version)

    write_rows(rows, confirmation, save)
    return plan


def write_rows(rows, confirmation: ImportConfirmation, save: Callable[[ImportRow], object]):
    """`save(row)` for each of `rows`, all or nothing, once per confirmed preview.

    `confirmation` is stored first, in the same transaction: a second confirmation of the same
    preview raises AlreadyImported and writes nothing. Any error of `save` rolls back every row.
    """
    with transaction.atomic():
        try:
            with transaction.atomic():
                confirmation.save()
        except IntegrityError as error:
            raise AlreadyImported from error
        for row in rows:
            save(row)
