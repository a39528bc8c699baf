"""The page's tables, in the visitor's language: one source for the HTML table, its chart and its
CSV download, so the three always show the same numbers."""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _

from core.i18n import localized

from .figures import Figures


@dataclass
class Cell:
    value: int | None  # None: nothing to count (a share of no measures)
    gap: bool = False  # the coverage matrix's empty cell, marked without colour too


@dataclass
class Row:
    label: str
    cells: list[Cell]
    is_total: bool = False


@dataclass
class Table:
    name: str  # the CSV's address: /statistik/<name>.csv
    caption: str
    row_heading: str
    columns: list[str]
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what the numbers count, in a sentence
    marks_gaps: bool = False
    # Which columns the chart draws (none: no chart), stacked or side by side.
    chart_columns: list[int] = field(default_factory=list)
    stacked: bool = False
    percent: bool = False  # the chart's axis runs 0–100

    def chart(self) -> dict | None:
        """The chart's data for static/insight/charts.js: the table's rows, totals left out."""
        if not self.chart_columns:
            return None
        rows = [row for row in self.rows if not row.is_total]
        return {
            "name": self.name,
            "title": self.caption,
            "labels": [row.label for row in rows],
            "stacked": self.stacked,
            "percent": self.percent,
            "datasets": [
                {"label": self.columns[i], "data": [row.cells[i].value for row in rows]}
                for i in self.chart_columns
            ],
        }

    def csv_rows(self) -> list[list]:
        header = [self.row_heading, *self.columns]
        body = [
            [row.label, *("" if cell.value is None else cell.value for cell in row.cells)]
            for row in self.rows
        ]
        return [header, *body]


def percent(part: int, whole: int) -> int | None:
    """`part` of `whole` in whole per cent, halves rounded up; None when there is no whole."""
    if not whole:
        return None
    return (200 * part + whole) // (2 * whole)


def categories_table(figures: Figures) -> Table:
    categories = figures.categories
    table = Table(
        name="kategorier",
        caption=_("Insatser per kommun och kategori"),
        row_heading=_("Kommun"),
        columns=[localized(c, "name") for c in categories] + [_("Alla insatser")],
        notes=[
            _(
                "Insatserna delas in i fyra kategorier efter BIP-modellen. En insats kan höra "
                "till flera kategorier, så kategorierna blir tillsammans fler än alla insatser."
            )
        ],
        chart_columns=list(range(len(categories))),
    )
    for m in figures.municipalities:
        counts = [figures.by_category[m.id, c.id] for c in categories]
        table.rows.append(Row(m.name, [Cell(n) for n in [*counts, figures.total[m.id]]]))
    table.rows.append(_total_row(table))
    return table


def places_table(figures: Figures) -> Table:
    table = Table(
        name="lediga-platser",
        caption=_("Lediga platser just nu"),
        row_heading=_("Kommun"),
        columns=[
            _("Har lediga platser"),
            _("Fullt just nu"),
            _("Uppgift saknas"),
            _("Alla insatser"),
        ],
        notes=[
            _(
                "Kommunerna anger om en insats har lediga platser just nu. Hur många platser "
                "som är lediga ser bara kommunernas personal."
            )
        ],
        chart_columns=[0, 1, 2],
        stacked=True,
    )
    for m in figures.municipalities:
        total, free, full = figures.total[m.id], figures.with_places[m.id], figures.full[m.id]
        counts = [free, full, total - free - full, total]
        table.rows.append(Row(m.name, [Cell(n) for n in counts]))
    table.rows.append(_total_row(table))
    return table


def overdue_table(figures: Figures) -> Table:
    table = Table(
        name="bekraftelse",
        caption=_("Insatser som inte bekräftats i tid"),
        row_heading=_("Kommun"),
        columns=[_("Alla insatser"), _("Inte bekräftade i tid"), _("Andel (%)")],
        notes=[
            _(
                "Kommunerna bekräftar med jämna mellanrum att uppgifterna om varje insats "
                "stämmer. En insats räknas här när ingen har bekräftat den på %(days)s dagar."
            )
            % {"days": settings.PORTAL_VERIFY_DAYS}
        ],
        chart_columns=[2],
        percent=True,
    )
    for m in figures.municipalities:
        total, overdue = figures.total[m.id], figures.overdue[m.id]
        table.rows.append(Row(m.name, [Cell(total), Cell(overdue), Cell(percent(overdue, total))]))
    total = sum(row.cells[0].value for row in table.rows)
    overdue = sum(row.cells[1].value for row in table.rows)
    table.rows.append(
        Row(
            _("Hela Skåne Nordost"),
            [Cell(total), Cell(overdue), Cell(percent(overdue, total))],
            is_total=True,
        )
    )
    return table


def coverage_table(figures: Figures) -> Table:
    table = Table(
        name="malgrupper",
        caption=_("Insatser som invånarna kan gå på, per målgrupp och kommun"),
        row_heading=_("Målgrupp"),
        columns=[m.name for m in figures.municipalities],
        notes=[
            _(
                "Siffran i varje ruta är antalet insatser som den som bor i kommunen och hör "
                "till målgruppen kan gå på: kommunens egna insatser för målgruppen och de "
                "insatser för målgruppen i de andra kommunerna i Skåne Nordost som tar emot "
                "deltagare från andra kommuner. En insats räknas bara för de målgrupper den anger."
            )
        ],
        marks_gaps=True,
    )
    for group in figures.target_groups:
        counts = [figures.coverage[group.id, m.id] for m in figures.municipalities]
        table.rows.append(Row(localized(group, "name"), [Cell(n, gap=n == 0) for n in counts]))
    return table


def _total_row(table: Table) -> Row:
    sums = [sum(row.cells[i].value for row in table.rows) for i in range(len(table.columns))]
    return Row(_("Hela Skåne Nordost"), [Cell(n) for n in sums], is_total=True)


def all_tables(figures: Figures) -> list[Table]:
    """The page's tables in the page's order: the coverage matrix right after the overview."""
    return [
        categories_table(figures),
        coverage_table(figures),
        places_table(figures),
        overdue_table(figures),
    ]
