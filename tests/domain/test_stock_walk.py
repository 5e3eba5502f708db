"""The browser's walk along the sort order's index gives exactly the view that reading every id
at once gives: the same boxes, in the same order, however far it has read."""

from __future__ import annotations

import datetime as dt

import pytest

from warehouse_app.kinds import BoxStatus
from warehouse_app.services import stock, stock_walk
from warehouse_app.services.stock import BoxFilter, SortColumn
from warehouse_app.services.stock_walk import IdWalk
from warehouse_app.storage.models import Association, Box, Location, Pallet
from warehouse_app.storage.opening import OpenedDatabase


@pytest.fixture
def walked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Walk every view of the 500-box demo, as the browser walks 200,000 boxes, and read in
    small chunks, so that chunks end inside pieces and pieces end inside chunks."""
    monkeypatch.setattr(stock_walk, "SMALL_VIEW", 5)
    monkeypatch.setattr(stock_walk, "FIRST_CHUNK", 7)


def _filters() -> list[BoxFilter]:
    owner = Association.get(Association.short_code == "BGH")
    pallet = Pallet.get()
    return [
        BoxFilter(in_hall=True),
        BoxFilter(),
        BoxFilter(in_hall=True, association_id=owner.id),
        BoxFilter(location_id=pallet.location_id, in_hall=True),
        BoxFilter(status=BoxStatus.ON_PALLET),
        BoxFilter(text="decken", in_hall=True),
        BoxFilter(expiry_before=dt.date.today() + dt.timedelta(days=400), in_hall=True),
    ]


@pytest.mark.parametrize("column", list(SortColumn))
@pytest.mark.parametrize("descending", [False, True])
def test_the_walk_gives_the_same_view_as_reading_it_all(
    demo: OpenedDatabase, walked: None, column: SortColumn, descending: bool
) -> None:
    for flt in _filters():
        expected = stock.box_ids(flt, column, descending)
        walk = IdWalk(flt, column, descending)
        assert walk.count == len(expected), flt
        if walk.count > 10:
            walk.read_until(10)
            assert not walk.complete, flt  # it read only part of the view
            assert walk.ids == expected[: len(walk.ids)], flt
        assert walk.read_all() == expected, flt


def test_a_small_view_is_read_at_once(demo: OpenedDatabase) -> None:
    walk = IdWalk(BoxFilter(), SortColumn.EXPIRY, False)
    assert walk.complete and walk.ids == stock.box_ids(BoxFilter(), SortColumn.EXPIRY, False)


def test_find_reads_on_to_a_box_further_down_and_not_for_one_outside(
    demo: OpenedDatabase, walked: None
) -> None:
    flt = BoxFilter(in_hall=True)
    expected = stock.box_ids(flt, SortColumn.NET_KG, True)
    walk = IdWalk(flt, SortColumn.NET_KG, True)
    last = expected[-1]
    assert walk.find(last) == len(expected) - 1
    outside = IdWalk(flt, SortColumn.NET_KG, True)
    shipped = Box.get_or_none(Box.status.not_in([s.value for s in stock.IN_HALL]))
    if shipped is not None:
        assert outside.find(shipped.id) is None
        assert not outside.complete  # a box outside the view reads nothing on


def test_the_location_order_walks_the_hall_place_by_place(
    demo: OpenedDatabase, walked: None
) -> None:
    """Place by place in name order; at each place its loose boxes, then pallet by pallet."""
    ids = IdWalk(BoxFilter(in_hall=True), SortColumn.LOCATION, False).read_all()
    boxes = {b.id: b for b in Box.select()}
    pallets = {p.id: p for p in Pallet.select()}
    names = {loc.id: loc.name for loc in Location.select()}

    def key(box: Box) -> tuple[str, str]:
        if box.location_id is not None:
            return (names[box.location_id], "")
        pallet = pallets[box.pallet_id]
        return (names.get(pallet.location_id, ""), pallet.code)

    keys = [key(boxes[i]) for i in ids]
    assert any(code for _, code in keys) and any(not code for _, code in keys)
    # The places in the database's own order of their names (its collation), none first.
    rank = {
        loc.name: n for n, loc in enumerate(Location.select().order_by(Location.name, Location.id))
    }
    places = [name for name, _ in keys]
    ranks = [rank.get(name, -1) for name in places]
    assert ranks == sorted(ranks)
    for place in set(places):
        at_place = [code for name, code in keys if name == place]
        assert at_place == sorted(at_place)  # loose ("") first, then the pallets by code
