"""The shipped report's pallets column is honest: a pallet shared by several associations
counts for each with its share of the pallet's gross kg (to a tenth), so the rows add up to
the pallets that left, and a report cut to one association gives it the same figures."""

from __future__ import annotations

from decimal import Decimal

import peewee as pw

from warehouse_app.services.reporting import GroupBy, ReportFilter, shipped
from warehouse_app.services.reporting.flows import GONE, tenths
from warehouse_app.storage.models import Association, Box, Pallet
from warehouse_app.storage.opening import OpenedDatabase


def test_the_pallets_of_the_rows_add_up_to_the_pallets_that_left(demo: OpenedDatabase) -> None:
    left = Pallet.select().join(Box).where(Box.status.in_(GONE)).distinct().count()
    owners_per_pallet = (
        Box.select(pw.fn.COUNT(pw.fn.DISTINCT(Box.owner)))
        .where(Box.pallet.is_null(False), Box.status.in_(GONE))
        .group_by(Box.pallet)
        .tuples()
    )
    assert left > 0 and max(n for (n,) in owners_per_pallet) > 1, "the demo shares pallets"
    for by in ([GroupBy.ASSOCIATION], [GroupBy.ASSOCIATION, GroupBy.CATEGORY], [GroupBy.CONVOY]):
        report = shipped(by)
        assert report.totals.pallets == left, by
        assert sum((r.pallets for r in report.rows), Decimal(0)) == left, by
        assert all(r.pallets == r.pallets.quantize(Decimal("0.1")) for r in report.rows)
    # A pallet rides one convoy: per convoy the count is whole pallets.
    assert all(r.pallets == int(r.pallets) for r in shipped([GroupBy.CONVOY]).rows)


def test_an_association_weighs_and_counts_the_same_cut_to_it_or_not(
    demo: OpenedDatabase,
) -> None:
    everyone = {r.keys[0]: r for r in shipped([GroupBy.ASSOCIATION]).rows}
    for code, row in everyone.items():
        owner = Association.get(Association.short_code == code)
        cut = shipped([GroupBy.ASSOCIATION], filters=ReportFilter(association_id=owner.id))
        (alone,) = cut.rows
        # Its share of the shared pallets' tare only (to the gram: each pallet's tare is shared
        # in whole grams, over four owners or over "it and the others").
        assert abs(alone.gross_kg - row.gross_kg) <= Decimal("0.001") * len(everyone), code
        # Its share of the shared pallets, not each of them whole (within the rounding).
        assert abs(alone.pallets - row.pallets) <= Decimal("0.1"), code
        assert cut.totals.pallets == alone.pallets


def test_tenths_keep_their_sum() -> None:
    thirds = {("A",): Decimal(1) / 3, ("B",): Decimal(1) / 3, ("C",): Decimal(1) / 3}
    assert sum(tenths(thirds).values()) == Decimal(1)
    assert sorted(tenths(thirds).values()) == [Decimal("0.3"), Decimal("0.3"), Decimal("0.4")]
