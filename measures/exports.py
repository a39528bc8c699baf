"""Downloads of the public list: /insatser/export.csv, export.xlsx and export.json.

An export holds the measures the list shows for the same parameters, in the same order (one
FilterSet and the same catalogue index: the list's cached result is reused), all of them: the
list's `page` means nothing here. Public fields only, the same for everyone, logged in or not:
never the contact person, price, referral instructions or the exact number of free places
("has free places" is given as the public page says it). Internal fields are for the API with
a member's token.

Nothing builds every row at once: the measures are read in chunks of CHUNK ids (one query for
the chunk and one per many-to-many field), CSV and JSON are streamed as they are read, and the
workbook is written by openpyxl's write-only mode into a temporary file that spills to disk.
There is no cap: an unfiltered export of 100 000 measures is a few tens of megabytes, read in
200 chunks.

A parameter the list would skip with a notice is refused with 400 and the notice, as the feed
does (measures/feeds.py): a download has no page to show the notice on, and a file of the whole
catalogue for a mistyped filter would mislead.
"""

import csv
import tempfile
from collections.abc import Iterable, Iterator

import openpyxl
from django.core.serializers.json import DjangoJSONEncoder
from django.http import FileResponse, HttpResponseBadRequest, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from core.cache import cached
from core.spreadsheets import escape_cell

from .catalogue import catalogue_key, get_index
from .facets import index_result
from .filters import MeasureFilter, Vocabulary
from .models import Measure

FORMATS = ("csv", "xlsx", "json")
CHUNK = 500  # measures read per query
# Anonymous visitors' files may be kept by the browser and shared caches this long; the list
# cache keeps its result for the same catalogue version at most 600 s.
MAX_AGE = 300
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# The workbook is kept in memory up to this size, then in a temporary file.
XLSX_IN_MEMORY = 8 * 1024 * 1024
LIST_SEPARATOR = ", "

# JSON key -> spreadsheet header (in the visitor's language) and XLSX column width.
COLUMNS = {
    "title": (gettext_lazy("Titel"), 40),
    "url": (gettext_lazy("Webbadress"), 50),
    "slug": (gettext_lazy("Kortnamn"), 30),
    "municipality": (gettext_lazy("Kommun"), 16),
    "unit": (gettext_lazy("Enhet"), 30),
    "type": (gettext_lazy("Typ av insats"), 24),
    "categories": (gettext_lazy("Kategorier"), 30),
    "target_groups": (gettext_lazy("Målgrupper"), 30),
    "needs": (gettext_lazy("Behov"), 30),
    "languages": (gettext_lazy("Språk"), 20),
    "format": (gettext_lazy("Form"), 12),
    "min_age": (gettext_lazy("Lägsta ålder"), 8),
    "max_age": (gettext_lazy("Högsta ålder"), 8),
    "open_to_other_municipalities": (
        gettext_lazy("Tar emot deltagare från andra kommuner"),
        24,
    ),
    "has_free_places": (gettext_lazy("Lediga platser"), 18),
    "summary": (gettext_lazy("Sammanfattning"), 60),
    "intake": (gettext_lazy("Intag"), 24),
    "next_start": (gettext_lazy("Nästa start"), 12),
    "last_verified": (gettext_lazy("Senast bekräftad"), 12),
    "last_changed": (gettext_lazy("Senast ändrad"), 12),
}
# The fields a record reads; internal ones are not even loaded.
FIELDS = (
    "title",
    "slug",
    "summary",
    "summary_en",
    "municipality__name",
    "unit__name",
    "measure_type__name",
    "measure_type__name_en",
    "format",
    "min_age",
    "max_age",
    "open_to_others",
    "places_available",
    "intake",
    "next_start",
    "last_verified",
    "updated_at",
)


# Reading -------------------------------------------------------------------------------------


def public_measures(ids: list[int]) -> Iterator[Measure]:
    """The public measures with these ids, in this order, CHUNK at a time (five queries each).

    A measure unpublished since the ids were worked out is left out."""
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        rows = (
            Measure.objects.public()
            .filter(pk__in=chunk)
            .select_related("municipality", "unit", "measure_type")
            .prefetch_related("categories", "target_groups", "needs", "languages")
            .only(*FIELDS)
            .order_by()
        )
        found = {measure.pk: measure for measure in rows}
        yield from (found[pk] for pk in chunk if pk in found)


def public_record(measure: Measure, list_url: str) -> dict:
    """A measure's public facts as the public page shows them, keyed as COLUMNS."""
    if measure.places_available is None:
        free_places = None  # the public page says nothing
    else:
        free_places = measure.places_available > 0
    dated = measure.intake == Measure.Intake.DATED
    return {
        "title": measure.title,
        # The measure page is the list's address and the slug (measures/urls.py).
        "url": f"{list_url}{measure.slug}/",
        "slug": measure.slug,
        "municipality": measure.municipality.name,
        "unit": measure.unit.name,
        "type": measure.measure_type.label,
        "categories": [term.label for term in measure.categories.all()],
        "target_groups": [term.label for term in measure.target_groups.all()],
        "needs": [term.label for term in measure.needs.all()],
        "languages": [term.label for term in measure.languages.all()],
        "format": str(measure.get_format_display()),
        "min_age": measure.min_age,
        "max_age": measure.max_age,
        "open_to_other_municipalities": str(measure.get_open_to_others_display()),
        "has_free_places": free_places,
        "summary": measure.summary_for(get_language()),
        "intake": str(measure.get_intake_display()),
        "next_start": measure.next_start if dated else None,
        "last_verified": measure.last_verified,
        "last_changed": timezone.localtime(measure.updated_at).date(),
    }


def free_places_label(value) -> str:
    if value is None:
        return ""
    return _("Har lediga platser") if value else _("Fullt just nu")


def spreadsheet_value(key: str, value):
    """A record's value as a spreadsheet cell: text neutralised, numbers and dates kept."""
    if key == "has_free_places":
        value = free_places_label(value)
    elif isinstance(value, list):
        value = LIST_SEPARATOR.join(value)
    if isinstance(value, str):
        return escape_cell(value)
    return value


def headers() -> list[str]:
    return [str(header) for header, _width in COLUMNS.values()]


# Writing -------------------------------------------------------------------------------------


class _Echo:
    """A file for csv.writer that hands back each line instead of keeping it."""

    def write(self, value):
        return value


def csv_lines(records: Iterable[dict]) -> Iterator[str]:
    """CSV as Swedish Excel opens it: UTF-8 with a BOM, semicolons, CRLF; CHUNK rows a piece."""
    writer = csv.writer(_Echo(), delimiter=";", lineterminator="\r\n")
    yield "\ufeff" + writer.writerow(headers())
    lines = []
    for record in records:
        lines.append(
            writer.writerow(
                "" if value is None else str(value)
                for value in (spreadsheet_value(k, v) for k, v in record.items())
            )
        )
        if len(lines) == CHUNK:
            yield "".join(lines)
            lines = []
    if lines:
        yield "".join(lines)


def json_parts(records: Iterable[dict], header: dict) -> Iterator[str]:
    """{header..., "measures": [record, ...]}, one record a piece."""
    encoder = DjangoJSONEncoder(ensure_ascii=False)
    opening = encoder.encode(header)
    yield opening[:-1] + ', "measures": ['
    separator = ""
    for record in records:
        yield separator + encoder.encode(record)
        separator = ", "
    yield "]}\n"


def _xlsx_cell(sheet, value, font=None):
    if isinstance(value, str):
        # Characters XML cannot hold are dropped; a text cell stays text, never a formula.
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
    if font is not None:
        cell.font = font
    return cell


def write_xlsx(records: Iterable[dict], out) -> None:
    """One sheet, a bold header row that stays in view, numbers and dates as Excel's own."""
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Insatser"))
    sheet.freeze_panes = "A2"
    for number, (_header, width) in enumerate(COLUMNS.values(), start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    bold = Font(bold=True)
    sheet.append([_xlsx_cell(sheet, header, font=bold) for header in headers()])
    for record in records:
        sheet.append([_xlsx_cell(sheet, spreadsheet_value(k, v)) for k, v in record.items()])
    workbook.save(out)


def _in_language(language: str, parts: Iterator[str]) -> Iterator[str]:
    """Stream `parts` with the visitor's language active: the body is written after the view
    has returned."""
    with translation.override(language):
        yield from parts


# The view ------------------------------------------------------------------------------------


def export_filename(extension: str) -> str:
    return f"{_('insatser')}-{timezone.localdate().isoformat()}.{extension}"


@require_safe
def measure_export(request, fmt):
    """/insatser/export.<csv|xlsx|json>: the list's measures for the same parameters, as a file."""
    language = get_language()
    key = (*catalogue_key(), language)
    filterset = MeasureFilter(
        request.GET,
        queryset=Measure.objects.public(),
        request=request,
        vocabulary=cached(("vocabulary", key), Vocabulary.load),
    )
    if filterset.notices:
        return HttpResponseBadRequest(
            "\n".join(str(notice) for notice in filterset.notices),
            content_type="text/plain; charset=utf-8",
        )
    # The list's own cache entry (measures/views.py): the same ids, in the same order.
    result = cached(
        ("facets.IndexResult", key, filterset.data.urlencode()),
        lambda: index_result(filterset, get_index(key[:2])),
    )
    list_url = request.build_absolute_uri(reverse("measures:list"))
    records = (public_record(measure, list_url) for measure in public_measures(result.ids))
    if fmt == "xlsx":
        out = tempfile.SpooledTemporaryFile(max_size=XLSX_IN_MEMORY)
        write_xlsx(records, out)
        out.seek(0)
        response = FileResponse(
            out,
            as_attachment=True,
            filename=export_filename("xlsx"),
            content_type=XLSX_CONTENT_TYPE,
        )
    elif fmt == "csv":
        response = StreamingHttpResponse(
            _in_language(language, csv_lines(records)), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{export_filename("csv")}"'
    else:
        query = filterset.data.urlencode()
        header = {
            "count": len(result.ids),
            "generated_at": timezone.now().replace(microsecond=0),
            "licence": _(
                "Licensen bestäms av kommunerna; föreslagen licens: CC0 1.0 (fri användning)."
            ),
            "source": list_url + (f"?{query}" if query else ""),
        }
        response = StreamingHttpResponse(
            _in_language(language, json_parts(records, header)),
            content_type="application/json; charset=utf-8",
        )
    # The same file for everyone; core.cache_control makes it private for logged-in users.
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return response
