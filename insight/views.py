"""/statistik/: the combined offering in numbers, and each table as a CSV file.

The tables are the page's content; the charts (Chart.js, static/insight/charts.js) draw the same
numbers for those who run JavaScript. Everything is public: counts of public measures only.
"""

import csv

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from core.cache import cached_for_visitors
from measures.catalogue import catalogue_key

from .figures import current_figures
from .tables import all_tables


@require_safe
@cached_for_visitors(catalogue_key)
def overview(request):
    tables = all_tables(current_figures(getattr(request, "catalogue_key", None)))
    charts = {
        # Said by screen readers for each chart; the table below holds the same numbers.
        "note": _("Diagram. Samma siffror finns i tabellen under diagrammet."),
        "charts": [table.chart() for table in tables if table.chart_columns],
    }
    return render(request, "insight/overview.html", {"tables": tables, "charts": charts})


@require_safe
def table_csv(request, name):
    """One table as Swedish Excel opens a CSV file: UTF-8 with a BOM, semicolons, CRLF."""
    by_name = {table.name: table for table in all_tables(current_figures())}
    if name not in by_name:
        raise Http404
    table = by_name[name]
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="statistik-{name}.csv"'
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";", lineterminator="\r\n")
    writer.writerows(table.csv_rows())
    return response
