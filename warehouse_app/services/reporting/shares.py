"""The share by category: what part of a report's gross kg each category makes, the figures of
the pie a printed report draws next to its table."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from warehouse_app.quantities import exact
from warehouse_app.services.reporting.records import (
    FlowReport,
    GroupBy,
    ReportKind,
    StockReport,
)
from warehouse_app.texts import QT_TRANSLATE_NOOP


class _Table(Protocol):
    """A laid-out report (tables.ReportTable), as far as the share reads it."""

    kind: ReportKind
    columns: tuple[str, ...]
    key_columns: int
    rows: Sequence[Sequence[object]]


# Disposed goods and expiring boxes are not what a board shows its donors as "where it went".
SHARED_KINDS = (ReportKind.RECEIVED, ReportKind.SHIPPED, ReportKind.STOCK)
# Eight slices at most, one per colour of the charts' palette: beyond that a pie is a blur of
# slivers, so the smallest are summed into one.
MOST_SLICES = 8
OTHER = QT_TRANSLATE_NOOP("service", "Other")
# The table's headings, as tables.py names them (importing them from there would be a cycle).
_CATEGORY_COLUMN = "Category"
_GROSS_COLUMN = "Gross kg"


@dataclass(frozen=True)
class CategoryShare:
    """Gross kg per category, largest first. With more than MOST_SLICES categories the
    smallest are summed into a last slice named OTHER (other=True); the kg add up to the
    report's total gross kg, exactly."""

    categories: tuple[str, ...]
    kg: tuple[Decimal, ...]
    other: bool = False  # the last slice is the sum of the smaller categories

    @property
    def total(self) -> Decimal:
        return exact(sum(self.kg, Decimal(0)))

    def percents(self) -> tuple[Decimal, ...]:
        """Each slice's share of the total in percent, to a tenth."""
        total = self.total
        return tuple(exact(kg * 100 / total, Decimal("0.1")) for kg in self.kg)


def category_share(source: FlowReport | StockReport | _Table) -> CategoryShare | None:
    """The share by category of a received, shipped or stock report grouped by category
    (alone or with other groups: summed over those), else None; None too when it holds no kg."""
    if isinstance(source, FlowReport | StockReport):
        kind = source.kind if isinstance(source, FlowReport) else ReportKind.STOCK
        if kind not in SHARED_KINDS or GroupBy.CATEGORY not in source.by:
            return None
        at = source.by.index(GroupBy.CATEGORY)
        return _shares((row.keys[at], row.gross_kg) for row in source.rows)
    keys = source.columns[: source.key_columns]
    if source.kind not in SHARED_KINDS or _CATEGORY_COLUMN not in keys:
        return None
    at, gross_at = keys.index(_CATEGORY_COLUMN), source.columns.index(_GROSS_COLUMN)
    pairs = ((str(row[at]), row[gross_at]) for row in source.rows)
    return _shares((name, kg) for name, kg in pairs if isinstance(kg, Decimal))


def _shares(rows: Iterable[tuple[str, Decimal]]) -> CategoryShare | None:
    sums: dict[str, Decimal] = defaultdict(Decimal)
    for name, kg in rows:
        sums[name] += kg
    # A category with no weight would be a slice nobody sees and a "0,0 %" in the legend.
    ranked = sorted(((kg, name) for name, kg in sums.items() if kg > 0), key=_largest_first)
    if not ranked:
        return None
    if len(ranked) > MOST_SLICES:
        tail = sum((kg for kg, _ in ranked[MOST_SLICES - 1 :]), Decimal(0))
        ranked = [*ranked[: MOST_SLICES - 1], (tail, OTHER)]
        other = True
    else:
        other = False
    return CategoryShare(
        tuple(name for _, name in ranked), tuple(exact(kg) for kg, _ in ranked), other
    )


def _largest_first(item: tuple[Decimal, str]) -> tuple[Decimal, str]:
    # Equal weights by name, so the same figures always draw the same pie.
    return -item[0], item[1]
