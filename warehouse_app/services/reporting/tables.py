"""A report as a table: headed columns and typed cells, the one shape the command line, the
PDF, the spreadsheets and the Reports screen draw, so they cannot disagree."""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from warehouse_app.access.roles import Permission
from warehouse_app.errors import HafenlagerError
from warehouse_app.exports import Cell, write_table
from warehouse_app.quantities import exact
from warehouse_app.services import guard
from warehouse_app.services.reporting import flows, holdings
from warehouse_app.services.reporting.records import (
    ExpiringReport,
    FlowReport,
    FlowRow,
    GroupBy,
    ReportFilter,
    ReportKind,
    StockReport,
    StockRow,
)
from warehouse_app.services.reporting.shares import CategoryShare, category_share
from warehouse_app.storage.models import Association
from warehouse_app.texts import QT_TRANSLATE_NOOP

KIND_TITLES = {
    ReportKind.RECEIVED: QT_TRANSLATE_NOOP("service", "Received"),
    ReportKind.SHIPPED: QT_TRANSLATE_NOOP("service", "Shipped"),
    ReportKind.DISPOSED: QT_TRANSLATE_NOOP("service", "Disposed"),
    ReportKind.STOCK: QT_TRANSLATE_NOOP("service", "Stock on hand"),
    ReportKind.EXPIRING: QT_TRANSLATE_NOOP("service", "Expired and expiring"),
}
GROUP_TITLES = {
    GroupBy.ASSOCIATION: QT_TRANSLATE_NOOP("service", "Association"),
    GroupBy.MONTH: QT_TRANSLATE_NOOP("service", "Month"),
    GroupBy.QUARTER: QT_TRANSLATE_NOOP("service", "Quarter"),
    GroupBy.YEAR: QT_TRANSLATE_NOOP("service", "Year"),
    GroupBy.CATEGORY: QT_TRANSLATE_NOOP("service", "Category"),
    GroupBy.COUNTRY: QT_TRANSLATE_NOOP("service", "Country"),
    GroupBy.RECIPIENT: QT_TRANSLATE_NOOP("service", "Recipient"),
    GroupBy.CONVOY: QT_TRANSLATE_NOOP("service", "Convoy"),
}
BOXES = QT_TRANSLATE_NOOP("service", "Boxes")
PIECES = QT_TRANSLATE_NOOP("service", "Pieces")
NET = QT_TRANSLATE_NOOP("service", "Net kg")
GROSS = QT_TRANSLATE_NOOP("service", "Gross kg")
VALUE = QT_TRANSLATE_NOOP("service", "Value EUR")
# Pallet equivalents: a shared pallet counts for each group by its share of the gross kg.
PALLETS = QT_TRANSLATE_NOOP("service", "Pallets (shared by kg)")
AVERAGE_AGE = QT_TRANSLATE_NOOP("service", "Average days in the hall")
OLDEST = QT_TRANSLATE_NOOP("service", "Oldest (days)")
TOTAL = QT_TRANSLATE_NOOP("service", "Total")
EXPIRING_COLUMNS = (
    QT_TRANSLATE_NOOP("service", "Box"),
    QT_TRANSLATE_NOOP("service", "Association"),
    QT_TRANSLATE_NOOP("service", "Category"),
    QT_TRANSLATE_NOOP("service", "Contents"),
    QT_TRANSLATE_NOOP("service", "Quantity"),
    QT_TRANSLATE_NOOP("service", "Unit"),
    QT_TRANSLATE_NOOP("service", "Net kg"),
    QT_TRANSLATE_NOOP("service", "Best before"),
    QT_TRANSLATE_NOOP("service", "Days left"),
    QT_TRANSLATE_NOOP("service", "Minimum shelf life (days)"),
    QT_TRANSLATE_NOOP("service", "Location"),
    QT_TRANSLATE_NOOP("service", "Pallet"),
    QT_TRANSLATE_NOOP("service", "Status"),
)


@dataclass(frozen=True)
class MonthlyKg:
    """Gross kg per month (oldest first) per association: the stacked bars of a report."""

    months: tuple[str, ...]
    associations: tuple[str, ...]
    kg: tuple[tuple[Decimal, ...], ...]  # one row per association, one value per month


@dataclass(frozen=True)
class ReportTable:
    kind: ReportKind
    columns: tuple[str, ...]  # English headings, translated by the screen (context service)
    key_columns: int  # the first columns name the group; the rest are figures
    rows: tuple[tuple[Cell, ...], ...]
    totals: tuple[Cell, ...] | None
    period: str  # "2026-01-01 – 2026-03-31", "" for all time
    filters: str  # "association DHW", "" for none
    as_of: dt.date
    chart: MonthlyKg | None = None
    share: CategoryShare | None = None  # the pie, where the report goes by category
    # What it was cut to (ids for the letterhead, the words are in filters above).
    cut: ReportFilter = field(default_factory=ReportFilter)


def report_table(
    kind: ReportKind | str,
    by: Sequence[GroupBy | str] = (),
    start: dt.date | None = None,
    end: dt.date | None = None,
    filters: ReportFilter | None = None,
    *,
    days: int = 30,
    today: dt.date | None = None,
) -> ReportTable:
    """Run the report of kind and lay it out as a table."""
    guard.require_signed_in(Permission.REPORTS)  # the screen and the command line alike
    kind = ReportKind(kind)
    flt = scoped(filters or ReportFilter())
    day = today or dt.date.today()
    if kind == ReportKind.EXPIRING:
        return expiring_table(holdings.expiring(days, day, flt))
    if kind == ReportKind.STOCK:
        return stock_table(holdings.stock_on_hand(by or (GroupBy.ASSOCIATION,), flt, day))
    run = {
        ReportKind.RECEIVED: flows.received,
        ReportKind.SHIPPED: flows.shipped,
        ReportKind.DISPOSED: flows.disposed,
    }[kind]
    return flow_table(run(by or (GroupBy.ASSOCIATION,), start, end, flt), day)


def scoped(flt: ReportFilter) -> ReportFilter:
    """flt, cut to the signed-in board member's association: they report on its goods only,
    whatever they chose."""
    own = guard.own_association(flt.association_id)
    if own is None or flt.association_id == own:
        return flt
    code = Association.get_by_id(own).short_code
    return dataclasses.replace(flt, association_id=own, association_code=str(code))


def _period(start: dt.date | None, end: dt.date | None) -> str:
    if start is None and end is None:
        return ""
    return f"{start.isoformat() if start else '…'} – {end.isoformat() if end else '…'}"


def _filters(flt: ReportFilter) -> str:
    parts = []
    if flt.association_id is not None:
        parts.append(f"association {flt.association_code or flt.association_id}")
    if flt.category_id is not None:
        parts.append(f"category {flt.category_name or flt.category_id}")
    return ", ".join(parts)


def flow_table(report: FlowReport, today: dt.date | None = None) -> ReportTable:
    with_pallets = report.kind == ReportKind.SHIPPED
    figures = [BOXES, PIECES, NET, GROSS, VALUE] + ([PALLETS] if with_pallets else [])

    def cells(row: FlowRow) -> tuple[Cell, ...]:
        values: list[Cell] = [row.boxes, row.pieces, row.net_kg, row.gross_kg, row.value_eur]
        return tuple(values + ([row.pallets] if with_pallets else []))

    width = len(report.by)
    total_keys: list[Cell] = [TOTAL, *([""] * (width - 1))] if width else []
    return ReportTable(
        kind=report.kind,
        columns=tuple(GROUP_TITLES[g] for g in report.by) + tuple(figures),
        key_columns=width,
        rows=tuple(tuple(r.keys) + cells(r) for r in report.rows),
        totals=tuple(total_keys) + cells(report.totals),
        period=_period(report.start, report.end),
        filters=_filters(report.filters),
        as_of=today or dt.date.today(),
        chart=monthly_kg(report),
        share=category_share(report),
        cut=report.filters,
    )


def monthly_kg(report: FlowReport) -> MonthlyKg | None:
    """The stacked bars' figures when the report goes by month and association, else None."""
    if GroupBy.MONTH not in report.by or GroupBy.ASSOCIATION not in report.by:
        return None
    month_at = report.by.index(GroupBy.MONTH)
    owner_at = report.by.index(GroupBy.ASSOCIATION)
    sums: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for row in report.rows:
        sums[(row.keys[owner_at], row.keys[month_at])] += row.gross_kg
    months = tuple(sorted({m for _, m in sums}))
    owners = tuple(sorted({o for o, _ in sums}))
    return MonthlyKg(
        months,
        owners,
        tuple(tuple(exact(sums.get((o, m), Decimal(0))) for m in months) for o in owners),
    )


def stock_table(report: StockReport) -> ReportTable:
    def cells(row: StockRow) -> tuple[Cell, ...]:
        return (
            row.boxes,
            row.pieces,
            row.net_kg,
            row.gross_kg,
            row.value_eur,
            row.average_age_days,
            row.oldest_days,
        )

    width = len(report.by)
    return ReportTable(
        kind=ReportKind.STOCK,
        columns=(
            *(GROUP_TITLES[g] for g in report.by),
            *(BOXES, PIECES, NET, GROSS, VALUE, AVERAGE_AGE, OLDEST),
        ),
        key_columns=width,
        rows=tuple(tuple(r.keys) + cells(r) for r in report.rows),
        totals=tuple([TOTAL] + [""] * (width - 1) if width else []) + cells(report.totals),
        period="",
        filters=_filters(report.filters),
        as_of=report.today,
        share=category_share(report),
        cut=report.filters,
    )


def expiring_table(report: ExpiringReport) -> ReportTable:
    return ReportTable(
        kind=ReportKind.EXPIRING,
        columns=EXPIRING_COLUMNS,
        key_columns=4,
        rows=tuple(
            (
                b.code,
                b.owner,
                b.category,
                b.description,
                b.quantity,
                b.unit,
                b.net_kg,
                b.expiry,
                b.days_left,
                b.min_shelf_life_days,
                b.location,
                b.pallet,
                b.status,
            )
            for b in report.boxes
        ),
        totals=None,
        period=f"{report.today.isoformat()} + {report.days}",
        filters=_filters(report.filters),
        as_of=report.today,
        cut=report.filters,
    )


def heading(table: ReportTable) -> tuple[str, ...]:
    """The lines above a saved table: what it is, over which period, with which filters."""
    lines = [f"Hafenlager – {KIND_TITLES[table.kind]} ({table.as_of.isoformat()})"]
    if table.period:
        lines.append(f"Period: {table.period}")
    if table.filters:
        lines.append(f"Filters: {table.filters}")
    return tuple(lines)


def save_table(table: ReportTable, path: Path) -> int:
    """Write the table to a .xlsx (typed cells: numbers as numbers, dates as dates, under the
    heading lines) or a .csv as Excel in a German or Ukrainian locale reads it (and the goods
    list writes it): ";" between the cells, a decimal comma, UTF-8 with a BOM for its umlauts
    and Cyrillic. Returns the rows written (the total line included)."""
    rows = list(table.rows) + ([table.totals] if table.totals is not None else [])
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        try:
            # Try the folder first: where the .part cannot be made, write_table's clean-up
            # fails too and openpyxl leaves a half-written sheet behind it.
            path.with_name(path.name + ".part").write_bytes(b"")
            return write_table(path, table.columns, rows, title=heading(table))
        except OSError as exc:
            raise _cannot_write(path, exc) from exc
    if suffix != ".csv":
        raise HafenlagerError(
            QT_TRANSLATE_NOOP(
                "service", "Cannot save a report as '{path_name}': choose .pdf, .xlsx or .csv."
            ),
            path_name=path.name,
        )

    def write(tmp: Path) -> None:
        with tmp.open("w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh, delimiter=";")
            writer.writerow(table.columns)
            writer.writerows([_csv_cell(v) for v in row] for row in rows)

    write_via_part(path, write)
    return len(rows)


def write_via_part(path: Path, write: Callable[[Path], object]) -> None:
    """Let write fill path + ".part", then rename it to path: a failure (a full disk, a folder
    that is not writable) leaves no half file under either name, and is said as a refusal
    naming the file and the system's reason."""
    tmp = path.with_name(path.name + ".part")
    try:
        write(tmp)
        tmp.replace(path)
    except OSError as exc:
        _remove(tmp)
        raise _cannot_write(path, exc) from exc
    except BaseException:
        _remove(tmp)
        raise


def _remove(tmp: Path) -> None:
    # Where the .part could not be made (no such folder, a file in its place), nor can it be
    # removed: the first error is the one to tell.
    with contextlib.suppress(OSError):
        tmp.unlink(missing_ok=True)


def _cannot_write(path: Path, exc: OSError) -> HafenlagerError:
    return HafenlagerError(
        QT_TRANSLATE_NOOP("service", "Cannot write {path}: {reason}."),
        path=path,
        reason=exc.strerror or exc,
    )


def save_bytes(path: Path, data: bytes) -> None:
    """A rendered document (a PDF) written via a ".part" file, see write_via_part."""
    write_via_part(path, lambda tmp: tmp.write_bytes(data))


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        # Pieces and kg without trailing zeros ("814", not "814.000"), with a decimal comma.
        return f"{value.normalize():f}".replace(".", ",")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


@dataclass(frozen=True)
class ReportSheet:
    """What a printed report is drawn from: the letterhead and the table.

    A report cut to one association is that association's paper (its board forwards it to its
    donors): its name and address head it, and the hall is named below as where the goods are
    kept. Any other report is the hall's: hall_name and hall_address head it."""

    hall_name: str
    hall_address: str
    table: ReportTable
    association_name: str = ""  # set when the report is cut to one association
    association_address: str = ""

    @property
    def letterhead(self) -> tuple[str, str]:
        """The name and the address line at the top of every page."""
        if not self.association_name:
            return self.hall_name, self.hall_address
        # Without an address of its own on record, the association is reached at the hall.
        address = self.association_address or ", ".join(
            p for p in (f"c/o {self.hall_name}" if self.hall_name else "", self.hall_address) if p
        )
        return self.association_name, address


def report_sheet(table: ReportTable) -> ReportSheet:
    from warehouse_app.papers.hall import hall_address, hall_name
    from warehouse_app.services.donor_receipts import tax_data
    from warehouse_app.storage.models import Association

    hall = ReportSheet(hall_name(), hall_address(), table)
    if table.cut.association_id is None:
        return hall
    owner = Association.get_or_none(Association.id == table.cut.association_id)
    if owner is None:
        return hall
    # The address the association's exemption names: the one its donors' receipts print.
    own = tax_data(str(owner.short_code))["address"]
    return ReportSheet(hall.hall_name, hall.hall_address, table, str(owner.name), own.strip())
