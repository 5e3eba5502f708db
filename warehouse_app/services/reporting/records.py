"""What the reports take and give: plain data, no rows, so the command line, the PDF, the
spreadsheets and the Reports screen all show the same figures."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from decimal import Decimal

from warehouse_app.errors import ValidationError
from warehouse_app.texts import QT_TRANSLATE_NOOP


class GroupBy(enum.StrEnum):
    ASSOCIATION = "association"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CATEGORY = "category"
    COUNTRY = "country"  # the recipient's country (shipped only)
    RECIPIENT = "recipient"  # shipped only
    CONVOY = "convoy"  # shipped only


class ReportKind(enum.StrEnum):
    RECEIVED = "received"
    SHIPPED = "shipped"
    DISPOSED = "disposed"
    STOCK = "stock"
    EXPIRING = "expiring"


PERIODS = (GroupBy.MONTH, GroupBy.QUARTER, GroupBy.YEAR)
# What a box in the hall is known by: received goods have no convoy, recipient or country yet.
INTAKE_GROUPS = (GroupBy.ASSOCIATION, *PERIODS, GroupBy.CATEGORY)
STOCK_GROUPS = (GroupBy.ASSOCIATION, GroupBy.CATEGORY)


@dataclass(frozen=True)
class ReportFilter:
    association_id: int | None = None
    category_id: int | None = None
    # For the heading of a printed report: what the ids above stand for ("" for all).
    association_code: str = ""
    category_name: str = ""


@dataclass(frozen=True)
class FlowRow:
    """One group of a received or shipped report; keys follow the report's `by`."""

    keys: tuple[str, ...]
    boxes: int
    pieces: Decimal  # the quantity of the boxes counted in pieces
    net_kg: Decimal
    gross_kg: Decimal  # shipped: with the pallets' tare shared out, as the papers state it
    value_eur: Decimal
    # Shipped: pallet equivalents, to a tenth. A pallet counts for each group it carried with
    # that group's share of its boxes' gross, so the rows add up to the pallets that left.
    pallets: Decimal = Decimal(0)


@dataclass(frozen=True)
class FlowReport:
    kind: ReportKind
    by: tuple[GroupBy, ...]
    start: dt.date | None
    end: dt.date | None
    filters: ReportFilter
    rows: tuple[FlowRow, ...]
    totals: FlowRow  # keys empty; pallets: the rows' pallet equivalents summed


@dataclass(frozen=True)
class StockRow:
    keys: tuple[str, ...]
    boxes: int
    pieces: Decimal
    net_kg: Decimal
    gross_kg: Decimal
    value_eur: Decimal
    average_age_days: Decimal  # days in the hall since the intake, to a tenth
    oldest_days: int


@dataclass(frozen=True)
class StockReport:
    by: tuple[GroupBy, ...]
    today: dt.date
    filters: ReportFilter
    rows: tuple[StockRow, ...]
    totals: StockRow


@dataclass(frozen=True)
class ExpiringBox:
    code: str
    owner: str
    category: str
    description: str
    quantity: Decimal
    unit: str
    net_kg: Decimal
    expiry: dt.date
    days_left: int  # negative: expired that many days ago
    min_shelf_life_days: int  # the category's rule: what a convoy needs left at the arrival
    location: str
    pallet: str
    status: str


@dataclass(frozen=True)
class ExpiringReport:
    days: int
    today: dt.date
    filters: ReportFilter
    boxes: tuple[ExpiringBox, ...]


def checked_groups(
    by: tuple[GroupBy, ...] | list[GroupBy] | tuple[str, ...] | list[str],
    allowed: tuple[GroupBy, ...],
) -> tuple[GroupBy, ...]:
    """by as GroupBy values, each once, in the order given; refused when one does not apply."""
    result: list[GroupBy] = []
    for word in by:
        try:
            group = GroupBy(str(word).strip().lower())
        except ValueError:
            group = None
        if group is None or group not in allowed:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "service", "This report cannot be grouped by '{group}'; choose from: {allowed}."
                ),
                "by",
                group=word,
                allowed=", ".join(allowed),
            )
        if group not in result:
            result.append(group)
    return tuple(result)


def checked_period(start: dt.date | None, end: dt.date | None) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "The period ends on {end:%d.%m.%Y}, before it starts ({start:%d.%m.%Y}): "
                "swap the dates.",
            ),
            "period",
            start=start,
            end=end,
        )
