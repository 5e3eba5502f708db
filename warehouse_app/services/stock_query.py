"""The stock browser's question as SQL: which boxes (a filter) in which order (a sort column).

Both engines run the same statements. SQLite has no statistics about the boxes (the app never
runs ANALYZE: on 200,000 boxes it takes seconds), so its planner is told which index to use by
the unary "+" (SQLite's documented way of taking a column off the index choice):
- `Steer.FILTER`: when another filter is set, the status is taken off, so the other filter's
  index (which carries the status, storage.sort_indexes) finds the boxes and answers the
  count by itself (counts, and views small enough to read at once);
- `Steer.WALK`: every filter column is taken off, so the rows are read along the sort order's
  index and the first screenful is found after a few hundred rows, not after sorting them all.
PostgreSQL's planner has statistics (and no unary plus for text): it is told nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass

import peewee as pw

from warehouse_app.kinds import BoxStatus
from warehouse_app.storage import search_index
from warehouse_app.storage.models import (
    Association,
    Box,
    Category,
    Location,
    Pallet,
    database_proxy,
)

# A box on a pallet is where its pallet is. Two plain joins (the box's own place, its pallet's
# place) let SQLite use primary keys; one join on COALESCE(...) scanned the locations per box.
OwnLocation = Location.alias("own_location")
PalletLocation = Location.alias("pallet_location")
PalletOfBox = Pallet.alias("pallet_of_box")
LOCATION_NAME = pw.fn.COALESCE(OwnLocation.name, PalletLocation.name, "")


class SortColumn(enum.Enum):
    CODE = "code"
    OWNER = "owner"
    CATEGORY = "category"
    DESCRIPTION = "description"
    QUANTITY = "quantity"
    NET_KG = "net_kg"
    GROSS_KG = "gross_kg"
    EXPIRY = "expiry"
    LOCATION = "location"
    PALLET = "pallet"
    STATUS = "status"
    RECEIVED = "received"


@dataclass(frozen=True)
class BoxFilter:
    association_id: int | None = None
    category_id: int | None = None
    location_id: int | None = None
    status: BoxStatus | None = None
    expiry_before: dt.date | None = None
    text: str = ""
    pallet_id: int | None = None
    in_hall: bool = False  # only what is in the hall: in stock, on a pallet, loaded


def scoped(flt: BoxFilter) -> BoxFilter:
    """flt, cut to the signed-in board member's association: they see its goods only."""
    from warehouse_app.services import guard  # the role check reads the person

    own = guard.own_association(flt.association_id)
    return flt if own == flt.association_id else dataclasses.replace(flt, association_id=own)


# Where a box is still in the hall (a loaded one waits at the dock until its convoy departs).
IN_HALL = (BoxStatus.IN_STOCK, BoxStatus.ON_PALLET, BoxStatus.LOADED)


class Steer(enum.Enum):
    FILTER = "filter"
    WALK = "walk"


def _sqlite() -> bool:
    return not isinstance(database_proxy.obj, pw.PostgresqlDatabase)


def _off_index(column: pw.Node) -> pw.Node:
    """column, which SQLite's planner will not pick an index for."""
    return pw.NodeList((pw.SQL("+"), column), glue="")


def off_index(column: pw.Node) -> pw.Node:
    """column, for a condition the walk checks row by row (unchanged on PostgreSQL, whose
    planner has statistics and no unary plus for text)."""
    return _off_index(column) if _sqlite() else column


def box_along(index: str) -> pw.ModelSelect:
    """Box.select(Box.id), read along index on SQLite (INDEXED BY): a partial index, which its
    planner does not weigh without statistics."""
    query = Box.select(Box.id)
    if _sqlite():
        query = query.from_(pw.SQL(f'"box" AS "t1" INDEXED BY "{index}"'))
    return query


# The sort expressions; ties always go by box id, so every order is complete and stable.
SORT_KEYS: dict[SortColumn, tuple[pw.Node, ...]] = {
    SortColumn.CODE: (Box.code,),
    SortColumn.OWNER: (Association.short_code,),
    SortColumn.CATEGORY: (Category.name_de, Category.id),
    SortColumn.DESCRIPTION: (Box.description_de,),
    SortColumn.QUANTITY: (Box.quantity,),
    SortColumn.NET_KG: (Box.net_kg,),
    SortColumn.GROSS_KG: (Box.gross_kg,),
    SortColumn.EXPIRY: (Box.expiry_date,),
    SortColumn.STATUS: (Box.status,),
    SortColumn.RECEIVED: (),
}
# The joins a sort needs (location and pallet are walked in pieces: services.stock_walk).
SORT_JOINS = {SortColumn.OWNER: "owner", SortColumn.CATEGORY: "category"}


def ordering(sort: SortColumn, descending: bool) -> list[pw.Node]:
    """ORDER BY of the SQL-sortable columns. Empty values (no expiry) first going up, last
    going down, on both engines: PostgreSQL would put them the other way round."""
    keys = [*SORT_KEYS[sort], Box.id]
    if descending:
        return [key.desc(nulls="LAST") for key in keys]
    return [key.asc(nulls="FIRST") for key in keys]


def conditions(flt: BoxFilter, steer: Steer = Steer.FILTER) -> list[pw.Node]:
    """The WHERE terms of flt, written so that SQLite uses the index steer asks for."""
    others = _conditions(flt, walk=steer is Steer.WALK and _sqlite())
    status = _status_condition(flt)
    if status is None:
        return others
    plain = not _sqlite() or (steer is Steer.FILTER and not others)
    column = Box.status if plain else _off_index(Box.status)
    return [*others, status(column)]


def _status_condition(flt: BoxFilter) -> Callable[[pw.Node], pw.Node] | None:
    if flt.status is not None:
        value = flt.status.value
        return lambda column: column == value
    if flt.in_hall:
        values = [s.value for s in IN_HALL]
        return lambda column: column.in_(values)
    return None


def _conditions(flt: BoxFilter, *, walk: bool) -> list[pw.Node]:
    def col(column: pw.Node) -> pw.Node:
        return _off_index(column) if walk else column

    terms: list[pw.Node] = []
    if flt.association_id is not None:
        terms.append(col(Box.owner) == flt.association_id)
    if flt.category_id is not None:
        terms.append(col(Box.category) == flt.category_id)
    if flt.location_id is not None:
        pallets_there = Pallet.select(Pallet.id).where(Pallet.location == flt.location_id)
        terms.append((col(Box.location) == flt.location_id) | (col(Box.pallet).in_(pallets_there)))
    if flt.pallet_id is not None:
        terms.append(col(Box.pallet) == flt.pallet_id)
    if flt.expiry_before is not None:
        terms.append(col(Box.expiry_date) < flt.expiry_before)
    text = flt.text.strip()
    if text:
        terms.append(_text_matches(text, col))
    return terms


def _text_matches(text: str, col: Callable[[pw.Node], pw.Node]) -> pw.Node:
    """A code beginning with text, a description or serial holding it (through the trigram
    index), or a category whose name holds it: each through an index, as one OR of id sets."""
    folded = text.casefold()
    db = database_proxy.obj
    parts: list[pw.Node] = []
    code = text.replace(" ", "")
    if code.isdigit():  # codes are digits: a range of the unique code index
        above = code[:-1] + chr(ord(code[-1]) + 1)
        parts.append(col(Box.id).in_(Box.select(Box.id).where(Box.code >= code, Box.code < above)))
    if len(folded) >= search_index.SHORTEST and search_index.has_index(db):
        parts.append(col(Box.id).in_(search_index.matching_ids(db, folded)))
    else:  # PostgreSQL without pg_trgm, SQLite without FTS5, or two letters: read the boxes
        parts.append(Box.search_text.contains(folded))
    named = _categories_named(folded)
    if named:
        parts.append(col(Box.category).in_(named))
    return pw.reduce(lambda a, b: a | b, parts) if len(parts) > 1 else parts[0]


def _categories_named(folded: str) -> list[int]:
    """The categories whose name in any language holds folded ("Konserven" finds the boxes of
    "Fischkonserven", whose own descriptions say "Thunfisch in Öl"): a small table."""
    return [
        int(c.id)
        for c in Category.select(Category.id, Category.name_de, Category.name_en, Category.name_uk)
        if any(folded in name.casefold() for name in (c.name_de, c.name_en, c.name_uk))
    ]


def joined(query: pw.ModelSelect, *, need: set[str]) -> pw.ModelSelect:
    """query with the tables need names joined ("owner", "category", "pallet", "location")."""
    if "owner" in need:
        query = query.join(Association, on=(Box.owner == Association.id)).switch(Box)
    if "category" in need:
        query = query.join(Category, on=(Box.category == Category.id)).switch(Box)
    if "pallet" in need or "location" in need:
        query = query.join(
            PalletOfBox, pw.JOIN.LEFT_OUTER, on=(Box.pallet == PalletOfBox.id)
        ).switch(Box)
    if "location" in need:
        query = (
            query.join(OwnLocation, pw.JOIN.LEFT_OUTER, on=(Box.location == OwnLocation.id))
            .switch(Box)
            .join(
                PalletLocation,
                pw.JOIN.LEFT_OUTER,
                on=(PalletOfBox.location == PalletLocation.id),
            )
            .switch(Box)
        )
    return query


def filtered(query: pw.ModelSelect, flt: BoxFilter, steer: Steer = Steer.FILTER) -> pw.ModelSelect:
    terms = conditions(flt, steer)
    return query.where(*terms) if terms else query


def count_boxes(flt: BoxFilter) -> int:
    """How many boxes pass flt."""
    query = filtered(Box.select(pw.fn.COUNT(Box.id)), flt, Steer.FILTER)
    return int(query.scalar() or 0)
