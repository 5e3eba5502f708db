"""What is in the hall now: stock on hand with its age, and the boxes that expire soon.

In the hall means in stock, on a pallet, or loaded on a truck that has not left yet (as the
stock browser counts it), so received − shipped − disposed is exactly the stock on hand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import peewee as pw

from warehouse_app.errors import ValidationError
from warehouse_app.quantities import EUR, exact
from warehouse_app.services.reporting.flows import filtered, grouped, measures
from warehouse_app.services.reporting.periods import day_number, days_since_epoch
from warehouse_app.services.reporting.records import (
    STOCK_GROUPS,
    ExpiringBox,
    ExpiringReport,
    GroupBy,
    ReportFilter,
    StockReport,
    StockRow,
    checked_groups,
)
from warehouse_app.services.stock_query import IN_HALL
from warehouse_app.storage.models import Association, Box, Category, Location, Pallet
from warehouse_app.texts import QT_TRANSLATE_NOOP

_IN_HALL = tuple(s.value for s in IN_HALL)
OwnLocation = Location.alias("own_location")
PalletLocation = Location.alias("pallet_location")


def stock_on_hand(
    by: Sequence[GroupBy | str] = STOCK_GROUPS,
    filters: ReportFilter | None = None,
    today: dt.date | None = None,
) -> StockReport:
    """The hall's boxes per association and/or category: count, kg, value, and how long they
    have been here (average and oldest, in days since the intake)."""
    keys = checked_groups(list(by), STOCK_GROUPS)
    flt = filters or ReportFilter()
    day = today or dt.date.today()
    names = {GroupBy.ASSOCIATION: Association.short_code, GroupBy.CATEGORY: Category.name_en}
    age = day_number(Box.created_at)
    query = Box.select(
        *(names[k] for k in keys), *measures(), pw.fn.AVG(age), pw.fn.MIN(age)
    ).where(Box.status.in_(_IN_HALL))
    if GroupBy.ASSOCIATION in keys:
        query = query.join_from(Box, Association, on=(Box.owner == Association.id))
    if GroupBy.CATEGORY in keys:
        query = query.join_from(Box, Category, on=(Box.category == Category.id))
    query = filtered(query, flt)
    if keys:
        query = grouped(query, len(keys))
    end_of_day = days_since_epoch(day)
    rows = []
    weighted_age = Decimal(0)
    oldest = 0
    for found in query.tuples():
        n = len(keys)
        boxes, pieces, net, gross, value, mean, first = found[n:]
        if not boxes:
            continue
        mean_age = Decimal(str(max(0.0, end_of_day - float(mean))))
        oldest_days = max(0, int(end_of_day - float(first)))  # whole days, as a calendar counts
        # The mean counts the hours too: never shown older than the oldest box's whole days.
        mean_age = min(mean_age, Decimal(oldest_days))
        rows.append(
            StockRow(
                keys=tuple(str(k) for k in found[:n]),
                boxes=int(boxes),
                pieces=exact(pieces),
                net_kg=exact(net),
                gross_kg=exact(gross),
                value_eur=exact(value, EUR),
                average_age_days=mean_age.quantize(Decimal("0.1")),
                oldest_days=oldest_days,
            )
        )
        weighted_age += mean_age * int(boxes)
        oldest = max(oldest, oldest_days)
    ordered = tuple(sorted(rows, key=lambda r: r.keys))
    count = sum(r.boxes for r in ordered)
    totals = StockRow(
        keys=(),
        boxes=count,
        pieces=exact(sum((r.pieces for r in ordered), Decimal(0))),
        net_kg=exact(sum((r.net_kg for r in ordered), Decimal(0))),
        gross_kg=exact(sum((r.gross_kg for r in ordered), Decimal(0))),
        value_eur=exact(sum((r.value_eur for r in ordered), Decimal(0)), EUR),
        average_age_days=(weighted_age / count).quantize(Decimal("0.1")) if count else Decimal(0),
        oldest_days=oldest,
    )
    return StockReport(keys, day, flt, ordered, totals)


def expiring(
    days: int = 30, today: dt.date | None = None, filters: ReportFilter | None = None
) -> ExpiringReport:
    """The boxes in the hall that are expired, or will be too short-dated for a convoy within
    days: best before earlier than today + days + the category's minimum shelf life (what a
    convoy needs left at the arrival, as the loading checks it). Soonest first."""
    if days < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service", "Say how many days ahead to look (0 or more), not {days}."
            ),
            "days",
            days=days,
        )
    flt = filters or ReportFilter()
    day = today or dt.date.today()
    margins = [int(m) for (m,) in Category.select(Category.min_shelf_life_days).distinct().tuples()]
    # One condition per distinct margin (a handful): dates computed here, not in SQL, whose
    # date arithmetic differs between the engines.
    rule: pw.Node | None = None
    for margin in margins:
        cutoff = day + dt.timedelta(days=days + margin)
        part = (Category.min_shelf_life_days == margin) & (Box.expiry_date < cutoff)
        rule = part if rule is None else (rule | part)
    if rule is None:
        return ExpiringReport(days, day, flt, ())
    query = (
        Box.select(
            Box.code,
            Association.short_code,
            Category.name_en,
            Box.description_en,
            Box.description_de,
            Box.quantity,
            Box.unit,
            Box.net_kg,
            Box.expiry_date,
            Category.min_shelf_life_days,
            pw.fn.COALESCE(OwnLocation.name, PalletLocation.name, ""),
            pw.fn.COALESCE(Pallet.code, ""),
            Box.status,
        )
        .join_from(Box, Association, on=(Box.owner == Association.id))
        .join_from(Box, Category, on=(Box.category == Category.id))
        .join_from(Box, OwnLocation, pw.JOIN.LEFT_OUTER, on=(Box.location == OwnLocation.id))
        .join_from(Box, Pallet, pw.JOIN.LEFT_OUTER, on=(Box.pallet == Pallet.id))
        .join_from(
            Pallet, PalletLocation, pw.JOIN.LEFT_OUTER, on=(Pallet.location == PalletLocation.id)
        )
        .where(Box.status.in_(_IN_HALL), Box.expiry_date.is_null(False), rule)
        .order_by(Box.expiry_date, Box.code)
    )
    query = filtered(query, flt)
    boxes = tuple(
        ExpiringBox(
            code=str(code),
            owner=str(owner),
            category=str(category),
            description=str(english or german),
            quantity=exact(quantity),
            unit=str(unit),
            net_kg=exact(net),
            expiry=expiry,
            days_left=(expiry - day).days,
            min_shelf_life_days=int(margin),
            location=str(location),
            pallet=str(pallet),
            status=str(status),
        )
        for (
            code,
            owner,
            category,
            english,
            german,
            quantity,
            unit,
            net,
            expiry,
            margin,
            location,
            pallet,
            status,
        ) in query.tuples()
    )
    return ExpiringReport(days, day, flt, boxes)
