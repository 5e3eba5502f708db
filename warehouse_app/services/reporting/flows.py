"""Goods in and out of the hall: received (by the intake date), shipped (by the convoy's
departure) and disposed, each summed by the database in one GROUP BY per question.

The shipped gross is what the papers say: the boxes' gross plus their pallets' tare, shared
out over each pallet's boxes with papers.lines.apportion_tare. Per convoy that is exactly the
papers' total (a pallet travels with one convoy); where one pallet carries boxes of several
groups (associations, categories) its tare is shared over the groups by their gross, to the
gram, so a group may differ from the sum of its boxes' lines on the papers by a gram or two.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

import peewee as pw

from warehouse_app.kinds import BoxStatus, ConvoyStatus, Unit
from warehouse_app.papers.lines import apportion_tare
from warehouse_app.quantities import EUR, exact
from warehouse_app.services.reporting.periods import period_key, within
from warehouse_app.services.reporting.records import (
    INTAKE_GROUPS,
    PERIODS,
    FlowReport,
    FlowRow,
    GroupBy,
    ReportFilter,
    ReportKind,
    checked_groups,
    checked_period,
)
from warehouse_app.storage.models import (
    Association,
    Box,
    Category,
    Convoy,
    ConvoyItem,
    Pallet,
    Recipient,
)

SHIPPED_GROUPS = tuple(GroupBy)
GONE = (BoxStatus.SHIPPED.value, BoxStatus.DELIVERED.value)
LEFT = (ConvoyStatus.DEPARTED.value, ConvoyStatus.DELIVERED.value)


def measures() -> list[pw.Node]:
    pieces = pw.Case(None, [(Box.unit == Unit.PIECES.value, Box.quantity)], 0)
    return [
        pw.fn.COUNT(Box.id),
        pw.fn.SUM(pieces),
        pw.fn.SUM(Box.net_kg),
        pw.fn.SUM(Box.gross_kg),
        pw.fn.SUM(Box.quantity * Box.value_per_unit_eur),
    ]


def _key(group: GroupBy, moment: pw.Field) -> pw.Node:
    if group in PERIODS:
        return period_key(group, moment)
    return {
        GroupBy.ASSOCIATION: Association.short_code,
        GroupBy.CATEGORY: Category.name_en,
        GroupBy.COUNTRY: pw.fn.COALESCE(Recipient.country, ""),
        GroupBy.RECIPIENT: pw.fn.COALESCE(Recipient.name, ""),
        GroupBy.CONVOY: Convoy.number,
    }[group]


def grouped(query: pw.ModelSelect, count: int) -> pw.ModelSelect:
    """GROUP BY the first count columns, by position: both engines take it, and PostgreSQL
    would not match a SELECT expression with parameters to its GROUP BY twin."""
    return query.group_by(*(pw.SQL(str(n + 1)) for n in range(count)))


def filtered(query: pw.ModelSelect, flt: ReportFilter) -> pw.ModelSelect:
    if flt.association_id is not None:
        query = query.where(Box.owner == flt.association_id)
    if flt.category_id is not None:
        query = query.where(Box.category == flt.category_id)
    return query


def _boxes_with(keys: Sequence[GroupBy], *extra: pw.Node, moment: pw.Field) -> pw.ModelSelect:
    """SELECT keys..., extra..., measures FROM box, with the joins the keys need."""
    query = Box.select(*(_key(g, moment) for g in keys), *extra, *measures())
    if GroupBy.ASSOCIATION in keys:
        query = query.join_from(Box, Association, on=(Box.owner == Association.id))
    if GroupBy.CATEGORY in keys:
        query = query.join_from(Box, Category, on=(Box.category == Category.id))
    return query


def _row(keys: tuple[str, ...], values: Sequence[Any], pallets: Decimal = Decimal(0)) -> FlowRow:
    boxes, pieces, net, gross, value = values
    return FlowRow(
        keys=keys,
        boxes=int(boxes or 0),
        pieces=exact(pieces),
        net_kg=exact(net),
        gross_kg=exact(gross),
        value_eur=exact(value, EUR),
        pallets=pallets,
    )


def _total(rows: Iterable[FlowRow], pallets: Decimal = Decimal(0)) -> FlowRow:
    rows = list(rows)
    return FlowRow(
        keys=(),
        boxes=sum(r.boxes for r in rows),
        pieces=exact(sum((r.pieces for r in rows), Decimal(0))),
        net_kg=exact(sum((r.net_kg for r in rows), Decimal(0))),
        gross_kg=exact(sum((r.gross_kg for r in rows), Decimal(0))),
        value_eur=exact(sum((r.value_eur for r in rows), Decimal(0)), EUR),
        pallets=pallets,
    )


def _report(
    kind: ReportKind,
    by: tuple[GroupBy, ...],
    start: dt.date | None,
    end: dt.date | None,
    flt: ReportFilter,
    rows: Iterable[FlowRow],
    pallets: Decimal = Decimal(0),
) -> FlowReport:
    ordered = tuple(sorted(rows, key=lambda r: r.keys))
    return FlowReport(kind, by, start, end, flt, ordered, _total(ordered, pallets))


def received(
    by: Sequence[GroupBy | str],
    start: dt.date | None = None,
    end: dt.date | None = None,
    filters: ReportFilter | None = None,
) -> FlowReport:
    """The boxes taken in during the period (by their intake, Box.created_at), whatever became
    of them since."""
    return _intake_report(ReportKind.RECEIVED, by, start, end, filters, disposed_only=False)


def disposed(
    by: Sequence[GroupBy | str],
    start: dt.date | None = None,
    end: dt.date | None = None,
    filters: ReportFilter | None = None,
) -> FlowReport:
    """The boxes disposed of, of those taken in during the period (by their intake date)."""
    return _intake_report(ReportKind.DISPOSED, by, start, end, filters, disposed_only=True)


def _intake_report(
    kind: ReportKind,
    by: Sequence[GroupBy | str],
    start: dt.date | None,
    end: dt.date | None,
    filters: ReportFilter | None,
    *,
    disposed_only: bool,
) -> FlowReport:
    keys = checked_groups(list(by), INTAKE_GROUPS)
    checked_period(start, end)
    flt = filters or ReportFilter()
    query = _boxes_with(keys, moment=Box.created_at)
    conditions = within(Box.created_at, start, end)
    if disposed_only:
        conditions.append(Box.status == BoxStatus.DISPOSED.value)
    if conditions:
        query = query.where(*conditions)
    query = filtered(query, flt)
    if keys:
        query = grouped(query, len(keys))
    rows = [
        _row(tuple(str(k) for k in found[: len(keys)]), found[len(keys) :])
        for found in query.tuples()
    ]
    return _report(kind, keys, start, end, flt, (r for r in rows if r.boxes))


def shipped(
    by: Sequence[GroupBy | str],
    start: dt.date | None = None,
    end: dt.date | None = None,
    filters: ReportFilter | None = None,
) -> FlowReport:
    """The boxes that left with convoys departed in the period, as their papers count them:
    boxes that came back at the delivery are no longer counted."""
    keys = checked_groups(list(by), SHIPPED_GROUPS)
    checked_period(start, end)
    flt = filters or ReportFilter()
    width = len(keys)
    groups: dict[tuple[str, ...], list[Decimal | int]] = defaultdict(
        lambda: [0, Decimal(0), Decimal(0), Decimal(0), Decimal(0)]
    )
    # Pallet equivalents: a pallet shared by several groups counts for each with its share of
    # the pallet's gross, so the rows add up to the pallets that left.
    pallets_of: dict[tuple[str, ...], Decimal] = defaultdict(Decimal)

    def add(group: tuple[str, ...], row: FlowRow, tare: Decimal = Decimal(0)) -> None:
        sums = groups[group]
        sums[0] = int(sums[0]) + row.boxes
        sums[1] += row.pieces
        sums[2] += row.net_kg
        sums[3] += row.gross_kg + tare
        sums[4] += row.value_eur

    for found in _shipped_query(keys, start, end, flt, via_pallet=False).tuples():
        add(tuple(str(k) for k in found[:width]), _row((), found[width:]))
    by_pallet: dict[int, list[tuple[tuple[str, ...], FlowRow]]] = defaultdict(list)
    tares: dict[int, Decimal] = {}
    for found in _shipped_query(keys, start, end, flt, via_pallet=True).tuples():
        pallet_id, tare = int(found[width]), exact(found[width + 1])
        by_pallet[pallet_id].append(
            (tuple(str(k) for k in found[:width]), _row((), found[width + 2 :]))
        )
        tares[pallet_id] = tare
    # Cut to an association or a category, a pallet also carried others' goods: its whole
    # gross decides the shares, so a group weighs and counts the same cut or not.
    whole = _pallet_gross(start, end) if flt != ReportFilter() else {}
    for pallet_id, parts in by_pallet.items():
        ours = sum((r.gross_kg for _, r in parts), Decimal(0))
        others = max(Decimal(0), whole.get(pallet_id, ours) - ours)
        weights = [(n, r.gross_kg) for n, (_, r) in enumerate(parts)]
        if others > 0:  # the others' share of the tare is theirs, left out of this cut
            weights.append((len(parts), others))
        shares = apportion_tare(tares[pallet_id], weights)
        full = ours + others
        for n, (group, row) in enumerate(parts):
            add(group, row, shares[n])
            pallets_of[group] += row.gross_kg / full if full > 0 else Decimal(1) / len(parts)
    counted = tenths(pallets_of)
    rows = [
        FlowRow(
            keys=group,
            boxes=int(s[0]),
            pieces=exact(s[1]),
            net_kg=exact(s[2]),
            gross_kg=exact(s[3]),
            value_eur=exact(s[4], EUR),
            pallets=counted.get(group, Decimal(0)),
        )
        for group, s in groups.items()
    ]
    total = sum(counted.values(), Decimal(0)).quantize(TENTH)
    return _report(ReportKind.SHIPPED, keys, start, end, flt, rows, pallets=total)


TENTH = Decimal("0.1")


def tenths(shares: dict[tuple[str, ...], Decimal]) -> dict[tuple[str, ...], Decimal]:
    """Shares rounded to a tenth so that they still sum to their rounded total (largest
    remainder): the pallets column adds up to the pallets that left."""
    goal = int((sum(shares.values(), Decimal(0)) * 10).quantize(Decimal(1)))
    exact_tenths = {group: share * 10 for group, share in shares.items()}
    floors = {group: int(t) for group, t in exact_tenths.items()}
    left = goal - sum(floors.values())
    by_remainder = sorted(shares, key=lambda g: (-(exact_tenths[g] - floors[g]), g))
    for group in by_remainder[: max(0, left)]:
        floors[group] += 1
    return {group: Decimal(n) / 10 for group, n in floors.items()}


def _pallet_gross(start: dt.date | None, end: dt.date | None) -> dict[int, Decimal]:
    """Every shipped pallet's boxes' gross (all owners, all categories), by pallet id."""
    query = _shipped_query((), start, end, ReportFilter(), via_pallet=True)
    return {int(found[0]): exact(found[5]) for found in query.tuples()}


def _shipped_query(
    keys: tuple[GroupBy, ...],
    start: dt.date | None,
    end: dt.date | None,
    flt: ReportFilter,
    *,
    via_pallet: bool,
) -> pw.ModelSelect:
    """The shipped boxes on pallets (grouped per pallet too, for its tare) or the loose ones."""
    extra = (Pallet.id, Pallet.tare_kg) if via_pallet else ()
    query = _boxes_with(keys, *extra, moment=Convoy.departed_at)
    if via_pallet:
        query = query.join_from(Box, Pallet, on=(Box.pallet == Pallet.id)).join_from(
            Pallet, ConvoyItem, on=(ConvoyItem.pallet == Pallet.id)
        )
    else:
        query = query.join_from(Box, ConvoyItem, on=(ConvoyItem.box == Box.id))
    query = query.join_from(ConvoyItem, Convoy, on=(ConvoyItem.convoy == Convoy.id))
    if GroupBy.COUNTRY in keys or GroupBy.RECIPIENT in keys:
        query = query.join_from(
            Convoy, Recipient, pw.JOIN.LEFT_OUTER, on=(Convoy.recipient == Recipient.id)
        )
    query = query.where(
        Box.status.in_(GONE), Convoy.status.in_(LEFT), *within(Convoy.departed_at, start, end)
    )
    query = filtered(query, flt)
    count = len(keys) + len(extra)
    return grouped(query, count) if count else query
