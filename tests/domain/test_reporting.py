"""The reports' figures, against a count the long way over the boxes, on both engines: what
came in, what left with each convoy (as its archived papers say), and what is left."""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter, defaultdict
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from tests.documents import goods_files
from warehouse_app.errors import ValidationError
from warehouse_app.kinds import BoxStatus, ConvoyStatus
from warehouse_app.quantities import EUR, exact
from warehouse_app.services import masterdata
from warehouse_app.services.reporting import (
    GroupBy,
    ReportFilter,
    disposed,
    expiring,
    received,
    shipped,
    stock_on_hand,
)
from warehouse_app.storage.models import ArchivedPaper, Association, Box, Category, Convoy
from warehouse_app.storage.opening import OpenedDatabase

IN_HALL = (BoxStatus.IN_STOCK, BoxStatus.ON_PALLET, BoxStatus.LOADED)


def _boxes() -> list[Box]:
    return list(Box.select())


def test_received_by_association_and_month_matches_the_boxes(demo: OpenedDatabase) -> None:
    report = received([GroupBy.ASSOCIATION, GroupBy.MONTH])
    codes = {a.id: a.short_code for a in Association.select()}
    counts: Counter[tuple[str, str]] = Counter()
    net: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    value: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    pieces: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for box in _boxes():
        key = (codes[box.owner_id], f"{box.created_at:%Y-%m}")
        counts[key] += 1
        net[key] += box.net_kg
        value[key] += box.quantity * box.value_per_unit_eur
        if box.unit == "pcs":
            pieces[key] += box.quantity
    assert {r.keys: r.boxes for r in report.rows} == dict(counts)
    assert {r.keys: r.net_kg for r in report.rows} == {k: exact(v) for k, v in net.items()}
    assert {r.keys: r.value_eur for r in report.rows} == {
        k: exact(v, EUR) for k, v in value.items()
    }
    assert {r.keys: r.pieces for r in report.rows} == {k: exact(pieces[k]) for k in counts}
    assert report.totals.boxes == len(_boxes())
    assert len({r.keys[1] for r in report.rows}) > 12  # the demo spans a year and a half


def test_a_period_and_an_association_narrow_the_received_boxes(demo: OpenedDatabase) -> None:
    first = Association.select().order_by(Association.id).get()
    today = dt.date.today()
    start, end = today - dt.timedelta(days=200), today - dt.timedelta(days=100)
    flt = ReportFilter(association_id=first.id, association_code=first.short_code)
    report = received([GroupBy.QUARTER, GroupBy.CATEGORY], start, end, flt)
    expected = [
        b for b in _boxes() if b.owner_id == first.id and start <= b.created_at.date() <= end
    ]
    assert report.totals.boxes == len(expected) > 0
    assert report.totals.gross_kg == exact(sum((b.gross_kg for b in expected), Decimal(0)))
    quarters = {f"{b.created_at.year}-Q{(b.created_at.month + 2) // 3}" for b in expected}
    assert {r.keys[0] for r in report.rows} == quarters
    names = {c.id: c.name_en for c in Category.select()}
    assert {r.keys[1] for r in report.rows} == {names[b.category_id] for b in expected}


def test_shipped_kg_per_convoy_is_what_its_archived_goods_lists_say(
    demo: OpenedDatabase,
) -> None:
    report = shipped([GroupBy.CONVOY])
    gone = Convoy.select().where(
        Convoy.status.in_([ConvoyStatus.DEPARTED.value, ConvoyStatus.DELIVERED.value])
    )
    assert {r.keys[0] for r in report.rows} == {c.number for c in gone}
    for row in report.rows:
        convoy = Convoy.get(Convoy.number == row.keys[0])
        lists = ArchivedPaper.select().where(
            ArchivedPaper.convoy == convoy.id, ArchivedPaper.file_name.endswith(".xlsx")
        )
        gross = net = Decimal(0)
        lines = 0
        for paper in lists:
            if not paper.file_name.startswith("goods-list"):
                continue
            sheet = load_workbook(io.BytesIO(bytes(paper.data))).active
            assert sheet is not None
            values = [list(r) for r in sheet.iter_rows(values_only=True)]
            start = next(n for n, r in enumerate(values) if r and r[0] == "№ з/п / No.")
            headers = [str(h) for h in values[start]]
            for cells in values[start + 1 :]:
                line = dict(zip(headers, cells, strict=False))
                gross += Decimal(str(line[goods_files.GROSS]))
                net += Decimal(str(line[goods_files.NET]))
                lines += 1
        assert lines > 0, row.keys
        assert row.gross_kg == exact(gross), row.keys  # the pallets' tare included
        assert row.net_kg == exact(net), row.keys
        assert row.pallets > 0
    # The long way: the boxes that left, by status.
    left = [b for b in _boxes() if b.status in (BoxStatus.SHIPPED, BoxStatus.DELIVERED)]
    assert report.totals.boxes == len(left)
    assert report.totals.net_kg == exact(sum((b.net_kg for b in left), Decimal(0)))


def test_shipped_by_association_shares_the_tare_and_sums_to_the_convoys(
    demo: OpenedDatabase,
) -> None:
    by_convoy = shipped([GroupBy.CONVOY])
    by_owner = shipped([GroupBy.ASSOCIATION, GroupBy.COUNTRY, GroupBy.RECIPIENT, GroupBy.MONTH])
    assert by_owner.totals.gross_kg == by_convoy.totals.gross_kg
    assert by_owner.totals.boxes == by_convoy.totals.boxes
    assert by_owner.totals.pallets == by_convoy.totals.pallets
    assert {r.keys[1] for r in by_owner.rows} == {"UA"}
    assert all(r.keys[2].startswith("Zhytomyr City Council") for r in by_owner.rows)
    # A period before anything left is empty; a period ending before it starts is refused.
    assert shipped([GroupBy.CONVOY], end=dt.date(2000, 1, 1)).rows == ()
    with pytest.raises(ValidationError, match="swap the dates"):
        shipped([GroupBy.CONVOY], dt.date(2026, 5, 2), dt.date(2026, 5, 1))
    with pytest.raises(ValidationError, match="cannot be grouped by 'convoy'"):
        received(["convoy"])


def test_received_minus_shipped_minus_disposed_is_the_stock_on_hand(
    demo: OpenedDatabase,
) -> None:
    came = received([GroupBy.ASSOCIATION]).totals
    went = shipped([GroupBy.ASSOCIATION]).totals
    thrown = disposed([GroupBy.ASSOCIATION]).totals
    stock = stock_on_hand([GroupBy.ASSOCIATION, GroupBy.CATEGORY]).totals
    assert thrown.boxes > 0 and went.boxes > 0
    assert came.boxes - went.boxes - thrown.boxes == stock.boxes
    assert came.net_kg - went.net_kg - thrown.net_kg == stock.net_kg
    boxes = [b for b in _boxes() if b.status in IN_HALL]
    assert stock.boxes == len(boxes)
    assert stock.net_kg == exact(sum((b.net_kg for b in boxes), Decimal(0)))


def test_stock_on_hand_gives_each_groups_age_in_the_hall(demo: OpenedDatabase) -> None:
    today = dt.date.today()
    report = stock_on_hand([GroupBy.CATEGORY], today=today)
    names = {c.id: c.name_en for c in Category.select()}
    ages: dict[str, list[int]] = defaultdict(list)
    for box in _boxes():
        if box.status in IN_HALL:
            ages[names[box.category_id]].append((today - box.created_at.date()).days)
    assert {r.keys[0]: r.boxes for r in report.rows} == {k: len(v) for k, v in ages.items()}
    for row in report.rows:
        days = ages[row.keys[0]]
        assert row.oldest_days == max(days)
        # Whole days above against the hours in the report: within a day.
        assert abs(row.average_age_days - Decimal(sum(days)) / len(days)) <= 1
    assert report.totals.oldest_days == max(max(v) for v in ages.values())


def test_expiring_lists_the_boxes_by_their_categorys_shelf_life_rule(
    demo: OpenedDatabase,
) -> None:
    today = dt.date.today()
    report = expiring(30, today)
    margins = {c.id: c.min_shelf_life_days for c in Category.select()}
    expected = {
        b.code
        for b in _boxes()
        if b.status in IN_HALL
        and b.expiry_date is not None
        and b.expiry_date < today + dt.timedelta(days=30 + margins[b.category_id])
    }
    assert {b.code for b in report.boxes} == expected and expected
    assert [b.expiry for b in report.boxes] == sorted(b.expiry for b in report.boxes)
    assert any(b.days_left < 0 for b in report.boxes)  # expired ones too
    assert all(b.location or b.pallet or b.status == "loaded" for b in report.boxes)
    on_pallet = [b for b in report.boxes if b.pallet]
    assert on_pallet and all(b.location for b in on_pallet if b.status == "on_pallet")
    first = masterdata.associations()[0]
    mine = expiring(30, today, ReportFilter(association_id=first.id))
    assert {b.owner for b in mine.boxes} <= {first.short_code}
    with pytest.raises(ValidationError, match="how many days"):
        expiring(-1, today)
