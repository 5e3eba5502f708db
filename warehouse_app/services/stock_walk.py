"""The ids of a stock view in display order, read only as far as the screen needs them.

A view of up to SMALL_VIEW boxes is read at once (services.stock.box_ids): the planner finds
them by the filter's index and sorting them is quick. A larger view is walked along the sort
order's index (storage.sort_indexes) in growing chunks: the first screenful is there after a
few hundred rows, whether the hall holds 50,000 boxes or 200,000, and reading on as the
volunteer scrolls costs what reading it all at once would have. Pallet and location orders
join a box to its pallet's place, which no index holds; they are walked in pieces (the loose
boxes, then pallet by pallet; place by place), each piece along an index.

The count comes first (one query, from an index that carries the status), so the scroll bar
is right before any id is read.
"""

from __future__ import annotations

from collections.abc import Iterator

import peewee as pw

from warehouse_app.services import stock, stock_query
from warehouse_app.services.stock_query import (
    SORT_JOINS,
    BoxFilter,
    PalletOfBox,
    SortColumn,
    Steer,
    box_along,
    count_boxes,
    filtered,
    joined,
    off_index,
    ordering,
)
from warehouse_app.storage.models import Box, Location, database_proxy

SMALL_VIEW = 10_000
FIRST_CHUNK = 500


class IdWalk:
    """The boxes of one filter and sort: how many, and their ids as far as read."""

    def __init__(self, flt: BoxFilter, sort: SortColumn, descending: bool) -> None:
        flt = stock_query.scoped(flt)
        self.filter, self.sort, self.descending = flt, sort, descending
        self.ids: list[int] = []
        self._pieces: Iterator[pw.ModelSelect] = iter(())
        self._piece: pw.ModelSelect | None = None
        self._read_in_piece = 0
        if flt.text.strip():
            # A typed search usually finds a few boxes: read them at once, and count only
            # when there are more (the count would find them a second time).
            self.ids = stock.box_ids(flt, sort, descending, limit=SMALL_VIEW + 1)
            if len(self.ids) <= SMALL_VIEW:
                self.count = len(self.ids)
                return
        self.count = count_boxes(flt)
        if self.count <= SMALL_VIEW:
            self.ids = stock.box_ids(flt, sort, descending)
        else:
            self.ids = []
            self._pieces = _pieces(flt, sort, descending)
            self._piece = next(self._pieces, None)

    @property
    def complete(self) -> bool:
        return self._piece is None

    def read_until(self, rows: int) -> None:
        """Read on until rows ids are known (or all are): at least as many again as are known,
        so scrolling through everything reads each index entry about twice, not once a page."""
        wanted = max(rows, len(self.ids) * 2, FIRST_CHUNK)
        while self._piece is not None and len(self.ids) < wanted:
            limit = wanted - len(self.ids)
            query = self._piece.limit(limit).offset(self._read_in_piece)
            got = [row[0] for row in database_proxy.execute(query).fetchall()]
            self.ids.extend(got)
            self._read_in_piece += len(got)
            if len(got) < limit:
                self._piece = next(self._pieces, None)
                self._read_in_piece = 0

    def read_all(self) -> list[int]:
        self.read_until(self.count + 1)
        while not self.complete:
            self.read_until(len(self.ids) * 2 + 1)
        return self.ids

    def find(self, box_id: int) -> int | None:
        """The row of box_id in this view, reading on only if the box is in it."""
        try:
            return self.ids.index(box_id)
        except ValueError:
            pass
        if self.complete or not _passes(box_id, self.filter):
            return None
        try:
            return self.read_all().index(box_id)
        except ValueError:
            return None


def _passes(box_id: int, flt: BoxFilter) -> bool:
    query = filtered(Box.select(Box.id).where(Box.id == box_id), flt)
    return bool(query.exists())


def _pieces(flt: BoxFilter, sort: SortColumn, descending: bool) -> Iterator[pw.ModelSelect]:
    """The view's ids as queries to read one after the other, each along an index."""
    if sort is SortColumn.PALLET:
        pieces = _pallet_pieces(flt, descending)
    elif sort is SortColumn.LOCATION:
        pieces = _location_pieces(flt, descending)
    else:
        query = joined(Box.select(Box.id), need={SORT_JOINS.get(sort, "")})
        pieces = iter([filtered(query, flt, Steer.WALK).order_by(*ordering(sort, descending))])
    return pieces


def _by_id(query: pw.ModelSelect, descending: bool) -> pw.ModelSelect:
    return query.order_by(Box.id.desc() if descending else Box.id.asc())


def _by_pallet(query: pw.ModelSelect, descending: bool) -> pw.ModelSelect:
    keys = (PalletOfBox.code, Box.id)
    return query.order_by(*(key.desc() if descending else key.asc() for key in keys))


def _on_pallets(flt: BoxFilter, where: pw.Node) -> pw.ModelSelect:
    query = Box.select(Box.id).join(PalletOfBox, on=(Box.pallet == PalletOfBox.id)).switch(Box)
    # Driven by the pallets (their place and code), then each pallet's boxes in id order.
    return filtered(query.where(off_index(Box.location).is_null(), where), flt, Steer.WALK)


def _loose(flt: BoxFilter, where: pw.Node) -> pw.ModelSelect:
    return filtered(Box.select(Box.id).where(where), flt, Steer.WALK)


def _nowhere(flt: BoxFilter) -> pw.ModelSelect:
    query = box_along("box_nowhere_sort").where(Box.location.is_null(), Box.pallet.is_null())
    return filtered(query, flt, Steer.WALK)


def _pallet_pieces(flt: BoxFilter, descending: bool) -> Iterator[pw.ModelSelect]:
    """Going up: the boxes on no pallet, then pallet by pallet in code order."""
    if flt.location_id is not None:  # straight to that place's loose boxes and pallets
        loose = _loose(flt, (Box.location == flt.location_id) & off_index(Box.pallet).is_null())
        pallets = _on_pallets(flt, PalletOfBox.location == flt.location_id)
    else:
        loose = _loose(flt, Box.pallet.is_null())
        pallets = filtered(
            Box.select(Box.id).join(PalletOfBox, on=(Box.pallet == PalletOfBox.id)),
            flt,
            Steer.WALK,
        )
    pieces = [_by_id(loose, descending), _by_pallet(pallets, descending)]
    return iter(reversed(pieces) if descending else pieces)


def _location_pieces(flt: BoxFilter, descending: bool) -> Iterator[pw.ModelSelect]:
    """Going up: the boxes in no place (loose, then on pallets), then place by place in name
    order, each place's loose boxes before its pallets (services.stock._box_ids_by_location)."""
    places = [
        int(place_id)
        for (place_id,) in Location.select(Location.id)
        .order_by(Location.name, Location.id)
        .tuples()
    ]

    def place_pieces(place: int | None) -> list[pw.ModelSelect]:
        if place is None:
            loose = _nowhere(flt)
            pallets = _on_pallets(flt, PalletOfBox.location.is_null())
        else:
            loose = _loose(flt, Box.location == place)
            pallets = _on_pallets(flt, PalletOfBox.location == place)
        pieces = [_by_id(loose, descending), _by_pallet(pallets, descending)]
        return list(reversed(pieces)) if descending else pieces

    # A place filter leaves one place: the others' pieces would each read their boxes for none.
    order: list[int | None] = [flt.location_id] if flt.location_id else [None, *places]
    for place in reversed(order) if descending else order:
        yield from place_pieces(place)
