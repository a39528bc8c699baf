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
CSV and JSON have no cap (100 000 measures: 47 and 80 MB in 14-17 s, flat memory); a workbook
holds at most XLSX_MAX_MEASURES, and a larger one is refused with 400 (the list shows no Excel
link then).

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

from core.spreadsheets import escape_cell
from core.throttling import Limit

from .filters import Vocabulary
from .listing import list_filterset, list_key, list_result, refusal
from .models import Measure

FORMATS = ("csv", "xlsx", "json")
CHUNK = 500  # measures read per query
# Anonymous visitors' files may be kept by the browser and shared caches this long; the list
# cache keeps its result for the same catalogue version at most 600 s.
MAX_AGE = 300
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# openpyxl writes some 2 400 measures a second here (pure-Python XML: 41 s for 100 000 on the
# 2-core machine, past gunicorn's 30 s timeout); CSV and JSON stream 100 000 in 14-17 s.
XLSX_MAX_MEASURES = 30_000
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
# The measure's own columns a record reads: internal ones are not even loaded.
FIELDS = (
    "pk",
    "title",
    "slug",
    "summary",
    "summary_en",
    "municipality_id",
    "unit__name",
    "measure_type_id",
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
# The many-to-many fields: record key -> (the FilterSet's parameter, through model, column).
TERMS = {
    "categories": ("kategori", Measure.categories.through, "category_id"),
    "target_groups": ("malgrupp", Measure.target_groups.through, "targetgroup_id"),
    "needs": ("behov", Measure.needs.through, "need_id"),
    "languages": ("sprak", Measure.languages.through, "language_id"),
}


# Reading -------------------------------------------------------------------------------------


class Labels:
    """Every label a record shows, in the visitor's language, from the list's vocabulary (cached
    per catalogue version and language): no query and no model instance per measure."""

    def __init__(self, vocabulary: Vocabulary):
        def by_pk(param):
            return {option.pk: option.label for option in vocabulary.options[param]}

        self.municipalities = by_pk("kommun")
        self.types = by_pk("typ")
        # The terms in the order the measure page lists them (position, then name).
        self.terms = {key: by_pk(param) for key, (param, _m, _c) in TERMS.items()}
        self.formats = {value: str(label) for value, label in Measure.Format.choices}
        self.openness = {value: str(label) for value, label in Measure.Openness.choices}
        self.intakes = {value: str(label) for value, label in Measure.Intake.choices}
        self.english = (get_language() or "").startswith("en")

    def sorted_terms(self, key, term_ids) -> list[str]:
        labels = self.terms[key]
        return [labels[pk] for pk in labels if pk in term_ids]


def public_records(ids: list[int], labels: Labels, list_url: str) -> Iterator[dict]:
    """The public measures with these ids as records, in this order, CHUNK at a time (five
    queries a chunk). A measure unpublished since the ids were worked out is left out."""
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        rows = Measure.objects.public().filter(pk__in=chunk).order_by().values_list(*FIELDS)
        found = {row[0]: row for row in rows}
        terms = {}
        for key, (_param, through, column) in TERMS.items():
            pairs = through.objects.filter(measure_id__in=chunk).values_list("measure_id", column)
            terms[key] = by_measure = {}
            for measure_id, term_id in pairs:
                by_measure.setdefault(measure_id, set()).add(term_id)
        for pk in chunk:
            if pk in found:
                yield public_record(found[pk], terms, labels, list_url)


def public_record(row, terms: dict, labels: Labels, list_url: str) -> dict:
    """One measure's public facts as its public page shows them, keyed as COLUMNS."""
    (
        pk,
        title,
        slug,
        summary,
        summary_en,
        municipality_id,
        unit_name,
        measure_type_id,
        format_,
        min_age,
        max_age,
        open_to_others,
        places_available,
        intake,
        next_start,
        last_verified,
        updated_at,
    ) = row
    record = {
        "title": title,
        # The measure page is the list's address and the slug (measures/urls.py).
        "url": f"{list_url}{slug}/",
        "slug": slug,
        # .get: a measure moved to a municipality or type created during a long export.
        "municipality": labels.municipalities.get(municipality_id, ""),
        "unit": unit_name,
        "type": labels.types.get(measure_type_id, ""),
    }
    for key in TERMS:
        record[key] = labels.sorted_terms(key, terms[key].get(pk, ()))
    record.update(
        {
            "format": labels.formats[format_],
            "min_age": min_age,
            "max_age": max_age,
            "open_to_other_municipalities": labels.openness[open_to_others],
            # As the public page says it, never the number: nothing when not given.
            "has_free_places": None if places_available is None else places_available > 0,
            # Measure.summary_for: the English one for English visitors where there is one.
            "summary": summary_en if (labels.english and summary_en) else summary,
            "intake": labels.intakes[intake],
            "next_start": next_start if intake == Measure.Intake.DATED else None,
            "last_verified": last_verified,
            "last_changed": timezone.localtime(updated_at).date(),
        }
    )
    return record


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
        # Control characters go first (XML cannot hold them), so none can hide a formula.
        return escape_cell(ILLEGAL_CHARACTERS_RE.sub("", value))
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
    parts = []
    for record in records:
        parts.append(separator + encoder.encode(record))
        separator = ", "
        if len(parts) == CHUNK:
            yield "".join(parts)
            parts = []
    yield "".join(parts) + "]}\n"


def write_xlsx(records: Iterable[dict], out) -> None:
    """One sheet, a bold header row that stays in view, numbers and dates as Excel's own."""
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Insatser"))
    sheet.freeze_panes = "A2"
    for number, (_header, width) in enumerate(COLUMNS.values(), start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    bold = Font(bold=True)
    header_cells = []
    for header in headers():
        cell = WriteOnlyCell(sheet, value=header)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    # Plain values (openpyxl reuses one cell for them, five times quicker than a cell each):
    # a string is a text cell unless it starts with "=", which spreadsheet_value never leaves.
    for record in records:
        sheet.append([spreadsheet_value(k, v) for k, v in record.items()])
    workbook.save(out)


def _in_language(language: str, parts: Iterator[str]) -> Iterator[str]:
    """Stream `parts` with the visitor's language active: the body is written after the view
    has returned."""
    with translation.override(language):
        yield from parts


# The view ------------------------------------------------------------------------------------


# Counted per address, whoever asks: only files that are made (a refused filter is not).
EXPORTS = Limit(
    "exports",
    "PORTAL_EXPORTS_PER_HOUR",
    title=gettext_lazy("Du har laddat ner många filer på kort tid"),
    message=gettext_lazy(
        "Varje fil med hela urvalet tar tid att göra, så vi gör bara ett begränsat antal i "
        "timmen till samma uppkoppling. Vill du hämta insatserna ofta, använd API:t eller "
        "Atom-flödet."
    ),
)


def export_filename(extension: str) -> str:
    return f"{_('insatser')}-{timezone.localdate().isoformat()}.{extension}"


@require_safe
def measure_export(request, fmt):
    """/insatser/export.<csv|xlsx|json>: the list's measures for the same parameters, as a file."""
    language = get_language()
    key = list_key(request)
    filterset = list_filterset(request, key)
    if refused := refusal(filterset):
        return refused
    EXPORTS.hit(request)  # one too many: 429 with Retry-After (core.throttling)
    # The list's own cache entry: the same ids, in the same order.
    result = list_result(filterset, key)
    if fmt == "xlsx" and len(result.ids) > XLSX_MAX_MEASURES:
        return HttpResponseBadRequest(
            _(
                "En Excel-fil rymmer högst %(limit)s insatser och listan har %(count)s. "
                "Välj fler filter, eller ladda ner CSV-filen, som Excel också öppnar."
            )
            % {"limit": XLSX_MAX_MEASURES, "count": len(result.ids)},
            content_type="text/plain; charset=utf-8",
        )
    list_url = request.build_absolute_uri(reverse("measures:list"))
    records = public_records(result.ids, Labels(filterset.vocabulary), list_url)
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
