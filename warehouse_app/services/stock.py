"""Reading the stock: filtered and sorted box lists, box details, looking up a code.

Filtering and sorting happen in SQL; callers get plain dataclasses. The browser asks first for
the ordered ids only (cheap), then for the rows it is about to show, page by page.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

import peewee as pw

from warehouse_app.codes import CodeKind, parse_code
from warehouse_app.errors import NotFound, ValidationError
from warehouse_app.kinds import BoxStatus
from warehouse_app.quantities import exact
from warehouse_app.storage import search_index
from warehouse_app.storage.models import (
    Association,
    Box,
    Category,
    Location,
    Movement,
    Pallet,
    Volunteer,
    database_proxy,
)
from warehouse_app.texts import QT_TRANSLATE_NOOP

# A box on a pallet is where its pallet is. Two plain joins (the box's own place, its pallet's
# place) let SQLite use primary keys; one join on COALESCE(...) scanned the locations per box.
_OwnLocation = Location.alias("own_location")
_PalletLocation = Location.alias("pallet_location")
_PalletOfBox = Pallet.alias("pallet_of_box")
_LOCATION_NAME = pw.fn.COALESCE(_OwnLocation.name, _PalletLocation.name, "")


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


# Where a box is still in the hall (a loaded one waits at the dock until its convoy departs).
IN_HALL = (BoxStatus.IN_STOCK, BoxStatus.ON_PALLET, BoxStatus.LOADED)


@dataclass(frozen=True)
class BoxRow:
    id: int
    code: str
    owner_code: str
    owner_colour: str
    category: str
    description_de: str
    description_uk: str
    quantity: Decimal
    unit: str
    net_kg: Decimal
    gross_kg: Decimal
    expiry_date: dt.date | None
    location: str
    pallet: str
    status: str
    received_at: dt.datetime


@dataclass(frozen=True)
class MovementRow:
    at: dt.datetime
    kind: str
    volunteer: str
    station: str
    from_status: str
    to_status: str
    from_location: str
    to_location: str
    from_pallet: str
    to_pallet: str
    note: str


@dataclass(frozen=True)
class BoxDetail:
    row: BoxRow
    owner_name: str
    category_id: int
    owner_id: int
    location_id: int | None
    hs_code: str
    description_en: str
    value_per_unit_eur: Decimal
    used: bool
    wear_percent: int
    origin_country: str
    serial_or_vin: str
    box_number: int
    box_count: int
    donation_id: int
    movements: tuple[MovementRow, ...]
    category_en: str = ""  # the row carries the German name; these are the other two
    category_uk: str = ""


def _sort_expression(column: SortColumn) -> pw.Node:
    return {
        SortColumn.CODE: Box.code,
        SortColumn.OWNER: Association.short_code,
        SortColumn.CATEGORY: Category.name_de,
        SortColumn.DESCRIPTION: Box.description_de,
        SortColumn.QUANTITY: Box.quantity,
        SortColumn.NET_KG: Box.net_kg,
        SortColumn.GROSS_KG: Box.gross_kg,
        SortColumn.EXPIRY: Box.expiry_date,
        SortColumn.LOCATION: _LOCATION_NAME,
        SortColumn.PALLET: _PalletOfBox.code,
        SortColumn.STATUS: Box.status,
        SortColumn.RECEIVED: Box.id,
    }[column]


def _where(flt: BoxFilter) -> list[pw.Expression]:
    conditions: list[pw.Expression] = []
    if flt.association_id is not None:
        conditions.append(Box.owner == flt.association_id)
    if flt.category_id is not None:
        conditions.append(Box.category == flt.category_id)
    if flt.location_id is not None:
        conditions.append(
            (Box.location == flt.location_id) | (_PalletOfBox.location == flt.location_id)
        )
    if flt.status is not None:
        conditions.append(Box.status == flt.status.value)
    elif flt.in_hall:
        conditions.append(Box.status.in_([s.value for s in IN_HALL]))
    if flt.pallet_id is not None:
        conditions.append(Box.pallet == flt.pallet_id)
    if flt.expiry_before is not None:
        conditions.append(Box.expiry_date < flt.expiry_before)
    text = flt.text.strip()
    if text:
        conditions.append(
            Box.code.startswith(text.replace(" ", ""))
            | _text_matches(text.casefold())
            | Box.category.in_(_categories_named(text))
        )
    return conditions


def _text_matches(folded: str) -> pw.Expression:
    """Boxes whose descriptions or serial hold folded, through the trigram index."""
    db = database_proxy.obj
    if len(folded) >= search_index.SHORTEST and search_index.has_index(db):
        return Box.id.in_(search_index.matching_ids(folded))
    return Box.search_text.contains(folded)  # PostgreSQL, or SQLite without FTS5


def _categories_named(text: str) -> list[int]:
    """The categories whose name in any language holds text ("Konserven" finds the boxes of
    "Fischkonserven", whose own descriptions say "Thunfisch in Öl"): a small table."""
    folded = text.casefold()
    return [
        int(c.id)
        for c in Category.select(Category.id, Category.name_de, Category.name_en, Category.name_uk)
        if any(folded in name.casefold() for name in (c.name_de, c.name_en, c.name_uk))
    ]


def _joined(query: pw.ModelSelect, *, need: set[str]) -> pw.ModelSelect:
    if "owner" in need:
        query = query.join(Association, on=(Box.owner == Association.id)).switch(Box)
    if "category" in need:
        query = query.join(Category, on=(Box.category == Category.id)).switch(Box)
    if "pallet" in need or "location" in need:
        query = query.join(
            _PalletOfBox, pw.JOIN.LEFT_OUTER, on=(Box.pallet == _PalletOfBox.id)
        ).switch(Box)
    if "location" in need:
        query = (
            query.join(_OwnLocation, pw.JOIN.LEFT_OUTER, on=(Box.location == _OwnLocation.id))
            .switch(Box)
            .join(
                _PalletLocation,
                pw.JOIN.LEFT_OUTER,
                on=(_PalletOfBox.location == _PalletLocation.id),
            )
            .switch(Box)
        )
    return query


def box_ids(
    flt: BoxFilter = BoxFilter(),
    sort: SortColumn = SortColumn.RECEIVED,
    descending: bool = True,
) -> list[int]:
    """The ids of the boxes that pass flt, in display order."""
    if sort is SortColumn.LOCATION:
        return _box_ids_by_location(flt, descending)
    need = set()
    if sort in (SortColumn.OWNER, SortColumn.CATEGORY, SortColumn.PALLET, SortColumn.LOCATION):
        need.add(sort.value)
    if flt.location_id is not None:
        need.add("pallet")
    order = _sort_expression(sort)
    # Empty values (no expiry, no pallet) first going up, last going down, on both engines:
    # PostgreSQL would put them the other way round.
    ordering = [order.desc(nulls="LAST") if descending else order.asc(nulls="FIRST")]
    if sort is not SortColumn.RECEIVED:
        ordering.append(Box.id.desc() if descending else Box.id.asc())  # stable ties
    query = _joined(Box.select(Box.id), need=need)
    conditions = _where(flt)
    if conditions:
        query = query.where(*conditions)
    # Straight from the cursor: peewee's row wrapping costs more than the query for 50,000 ids.
    cursor = database_proxy.execute(query.order_by(*ordering))
    return [row[0] for row in cursor.fetchall()]


def _box_ids_by_location(flt: BoxFilter, descending: bool) -> list[int]:
    """Location order, computed here: SQLite sorting 50,000 joined names took twice as long.

    The hundred or so locations are ranked once; each box falls into its location's bucket
    (a box on a pallet into its pallet's), read in id order, so no comparison sort is needed.
    """
    rank = {
        loc_id: n
        for n, (loc_id,) in enumerate(
            Location.select(Location.id).order_by(Location.name, Location.id).tuples()
        )
    }
    pallet_place = dict(Pallet.select(Pallet.id, Pallet.location).tuples())
    query = Box.select(Box.id, Box.location, Box.pallet)
    conditions = _where(flt)
    if conditions:
        query = _joined(query, need={"pallet"}).where(*conditions)
    buckets: list[list[int]] = [[] for _ in range(len(rank) + 1)]
    nowhere = buckets[-1]  # shipped and disposed boxes have no place: they sort first
    for box_id, location, pallet in database_proxy.execute(query.order_by(Box.id)).fetchall():
        place = location if location is not None else pallet_place.get(pallet)
        if place is None:
            nowhere.append(box_id)
        else:
            buckets[rank[place]].append(box_id)
    ordered = [nowhere, *buckets[:-1]]
    if descending:
        return [box_id for bucket in reversed(ordered) for box_id in reversed(bucket)]
    return [box_id for bucket in ordered for box_id in bucket]


def _row_query() -> pw.ModelSelect:
    query = Box.select(
        Box.id,
        Box.code,
        Association.short_code,
        Association.colour,
        Category.name_de,
        Box.description_de,
        Box.description_uk,
        Box.quantity,
        Box.unit,
        Box.net_kg,
        Box.gross_kg,
        Box.expiry_date,
        _LOCATION_NAME,
        pw.fn.COALESCE(_PalletOfBox.code, ""),
        Box.status,
        Box.created_at,
    )
    return _joined(query, need={"owner", "category", "pallet", "location"})


def box_rows(ids: Iterable[int]) -> dict[int, BoxRow]:
    """The display rows of the given boxes, by id (order is the caller's business)."""
    wanted = list(ids)
    rows: dict[int, BoxRow] = {}
    # Chunks stay below SQLite's limit on bound parameters.
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for values in _row_query().where(Box.id.in_(chunk)).tuples():
            row = BoxRow(*values)
            rows[row.id] = row
    return rows


def iter_box_rows(ids: Sequence[int], chunk: int = 2000) -> Iterable[BoxRow]:
    """All rows of ids, in that order (exports)."""
    for start in range(0, len(ids), chunk):
        part = ids[start : start + chunk]
        found = box_rows(part)
        for box_id in part:
            if box_id in found:
                yield found[box_id]


def box_detail(box_id: int) -> BoxDetail:
    box = Box.get_or_none(Box.id == box_id)
    if box is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "There is no box with id {box_id}."), box_id=box_id
        )
    row = box_rows([box_id])[box_id]
    return BoxDetail(
        row=row,
        owner_name=box.owner.name,
        owner_id=box.owner_id,
        category_id=box.category_id,
        location_id=box.location_id,
        hs_code=box.category.hs_code,
        description_en=box.description_en,
        value_per_unit_eur=box.value_per_unit_eur,
        used=box.used,
        wear_percent=box.wear_percent,
        origin_country=box.origin_country,
        serial_or_vin=box.serial_or_vin,
        box_number=box.box_number,
        box_count=box.box_count,
        donation_id=box.donation_id,
        movements=tuple(movement_rows(box_id=box_id)),
        category_en=box.category.name_en,
        category_uk=box.category.name_uk,
    )


def movement_rows(*, box_id: int | None = None, pallet_id: int | None = None) -> list[MovementRow]:
    from_loc, to_loc = Location.alias("from_loc"), Location.alias("to_loc")
    from_pal, to_pal = Pallet.alias("from_pal"), Pallet.alias("to_pal")
    query = (
        Movement.select(
            Movement.at,
            Movement.kind,
            Volunteer.name,
            Movement.station,
            Movement.from_status,
            Movement.to_status,
            from_loc.name,
            to_loc.name,
            from_pal.code,
            to_pal.code,
            Movement.note,
        )
        .join(Volunteer, pw.JOIN.LEFT_OUTER, on=(Movement.volunteer == Volunteer.id))
        .switch(Movement)
        .join(from_loc, pw.JOIN.LEFT_OUTER, on=(Movement.from_location == from_loc.id))
        .switch(Movement)
        .join(to_loc, pw.JOIN.LEFT_OUTER, on=(Movement.to_location == to_loc.id))
        .switch(Movement)
        .join(from_pal, pw.JOIN.LEFT_OUTER, on=(Movement.from_pallet == from_pal.id))
        .switch(Movement)
        .join(to_pal, pw.JOIN.LEFT_OUTER, on=(Movement.to_pallet == to_pal.id))
    )
    if box_id is not None:
        query = query.where(Movement.box == box_id)
    if pallet_id is not None:
        query = query.where(Movement.pallet == pallet_id)
    return [
        MovementRow(
            at=at,
            kind=kind,
            volunteer=who or "",
            station=station,
            from_status=fs,
            to_status=ts,
            from_location=fl or "",
            to_location=tl or "",
            from_pallet=fp or "",
            to_pallet=tp or "",
            note=note,
        )
        for at, kind, who, station, fs, ts, fl, tl, fp, tp, note in query.order_by(
            Movement.id
        ).tuples()
    ]


@dataclass(frozen=True)
class CodeTarget:
    kind: CodeKind
    id: int
    code: str


def find_code(raw: str) -> CodeTarget:
    """What a scanned or typed code names; CodeError or NotFound with a clear message."""
    parsed = parse_code(raw)
    if parsed.kind is CodeKind.CONTROL:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "service", "{parsed_text} is a control code: it works on the scan screen."
            ),
            parsed_text=parsed.text,
        )
    model: type[Box] | type[Pallet] | type[Location] = {
        CodeKind.BOX: Box,
        CodeKind.PALLET: Pallet,
        CodeKind.LOCATION: Location,
    }[parsed.kind]
    found = model.select(model.id).where(model.code == parsed.text).scalar()
    if found is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "service",
                "No {kind_label} has the code {parsed_text}: it may belong to another "
                "database or was never printed from this one.",
            ),
            kind_label=parsed.kind.label,
            parsed_text=parsed.text,
        )
    return CodeTarget(kind=parsed.kind, id=int(found), code=parsed.text)


def parse_status(value: str) -> BoxStatus:
    try:
        return BoxStatus(value)
    except ValueError:
        choices = ", ".join(s.value for s in BoxStatus)
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Unknown status '{value}'. Use one of: {choices}."),
            value=value,
            choices=choices,
        ) from None


def stock_summary() -> dict[str, int]:
    """Box counts per status, for the status line and the CLI."""
    query = Box.select(Box.status, pw.fn.COUNT(Box.id)).group_by(Box.status).tuples()
    return {status: int(count) for status, count in query}


@dataclass(frozen=True)
class PalletRow:
    id: int
    code: str
    kind: str
    status: str
    location: str
    boxes: int
    net_kg: Decimal
    gross_kg: Decimal  # boxes' gross plus the pallet's tare


def pallet_rows(pallet_id: int | None = None) -> list[PalletRow]:
    totals = {
        pid: (int(n), exact(net), exact(gross))
        for pid, n, net, gross in Box.select(
            Box.pallet, pw.fn.COUNT(Box.id), pw.fn.SUM(Box.net_kg), pw.fn.SUM(Box.gross_kg)
        )
        .where(Box.pallet.is_null(False) & (Box.status != BoxStatus.DISPOSED))
        .group_by(Box.pallet)
        .tuples()
    }
    query = (
        Pallet.select(
            Pallet.id, Pallet.code, Pallet.kind, Pallet.status, Location.name, Pallet.tare_kg
        )
        .join(Location, pw.JOIN.LEFT_OUTER, on=(Pallet.location == Location.id))
        .order_by(Pallet.id)
    )
    if pallet_id is not None:
        query = query.where(Pallet.id == pallet_id)
    rows = []
    for pid, code, kind, status, loc, tare in query.tuples():
        n, net, gross = totals.get(pid, (0, exact(0), exact(0)))
        rows.append(PalletRow(pid, code, kind, status, loc or "", n, net, gross + exact(tare)))
    return rows
