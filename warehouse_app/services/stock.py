"""Reading the stock: filtered and sorted box lists, box details, looking up a code.

Filtering and sorting happen in SQL; callers get plain dataclasses. The browser asks first for
the ordered ids only (cheap; services.stock_walk for a large view), then for the rows it is
about to show, page by page. The filter and the sort are services.stock_query.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import peewee as pw

from warehouse_app.codes import CodeKind, parse_code
from warehouse_app.errors import NotFound, ValidationError
from warehouse_app.kinds import BoxStatus
from warehouse_app.quantities import exact
from warehouse_app.services import stock_query
from warehouse_app.services.stock_query import (
    IN_HALL,
    LOCATION_NAME,
    SORT_JOINS,
    BoxFilter,
    PalletOfBox,
    SortColumn,
    filtered,
    joined,
    ordering,
)
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

__all__ = ["IN_HALL", "BoxFilter", "SortColumn"]  # where callers have always found them


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


def box_ids(
    flt: BoxFilter = BoxFilter(),
    sort: SortColumn = SortColumn.RECEIVED,
    descending: bool = True,
    limit: int | None = None,
) -> list[int]:
    """The ids of the boxes that pass flt, in display order, all at once (a small view, an
    export, the command line; the browser walks a large one: services.stock_walk); the first
    limit of them when limit is given."""
    flt = stock_query.scoped(flt)
    if sort is SortColumn.LOCATION:
        return _box_ids_by_location(flt, descending)[:limit]
    if sort is SortColumn.PALLET:  # boxes on no pallet first going up
        keys = [pw.fn.COALESCE(PalletOfBox.code, ""), Box.id]
        keys = [key.desc() if descending else key.asc() for key in keys]
        query = joined(Box.select(Box.id), need={"pallet"})
    else:
        keys = ordering(sort, descending)
        query = joined(Box.select(Box.id), need={SORT_JOINS.get(sort, "")})
    # Straight from the cursor: peewee's row wrapping costs more than the query for 50,000 ids.
    cursor = database_proxy.execute(filtered(query, flt).order_by(*keys).limit(limit))
    return [row[0] for row in cursor.fetchall()]


def _box_ids_by_location(flt: BoxFilter, descending: bool) -> list[int]:
    """Location order as a volunteer walks the hall: by the place's name, the loose boxes of a
    place first, then its pallets by code, each in id order; boxes in no place (shipped,
    disposed, on a pallet on a truck) come first going up. Computed here: SQLite sorting the
    joined names took twice as long, and the browser's walk (services.stock_walk) must give the
    same order."""
    rank = {
        loc_id: n
        for n, (loc_id,) in enumerate(
            Location.select(Location.id).order_by(Location.name, Location.id).tuples()
        )
    }
    pallets = {
        pallet_id: (rank[place] if place is not None else -1, code)
        for pallet_id, place, code in Pallet.select(Pallet.id, Pallet.location, Pallet.code)
        .tuples()
        .iterator()
    }
    query = filtered(Box.select(Box.id, Box.location, Box.pallet), flt)
    keyed = []
    for box_id, location, pallet in database_proxy.execute(query).fetchall():
        if location is not None:
            keyed.append((rank[location], "", box_id))
        elif pallet is not None:
            keyed.append((*pallets[pallet], box_id))
        else:
            keyed.append((-1, "", box_id))
    keyed.sort(reverse=descending)
    return [key[2] for key in keyed]


def _row_columns() -> tuple[pw.Node, ...]:
    return (
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
        LOCATION_NAME,
        pw.fn.COALESCE(PalletOfBox.code, ""),
        Box.status,
        Box.created_at,
    )


def _row_query() -> pw.ModelSelect:
    query = Box.select(*_row_columns())
    return joined(query, need={"owner", "category", "pallet", "location"})


@dataclass(frozen=True)
class _RowStatement:
    sql: str
    params: tuple[object, ...]  # with a mark where each id goes
    id_positions: tuple[int, ...]
    converters: tuple[Callable[[Any], Any], ...]


@functools.cache
def _row_statement(engine: str, count: int) -> _RowStatement:
    """The rows' query for count ids, built once per engine and count: peewee takes about
    1.5 ms to build a query with four joins, longer than reading a page of rows with it.
    engine (the database class's name) keys the cache: the SQL differs by engine."""
    marks = [-(n + 1) for n in range(count)]  # no box has a negative id
    sql, params = _row_query().where(Box.id.in_(marks)).sql()
    positions = {mark: i for i, mark in enumerate(params) if isinstance(mark, int) and mark < 0}
    return _RowStatement(
        sql=sql,
        params=tuple(params),
        id_positions=tuple(positions[mark] for mark in marks),
        converters=tuple(
            column.python_value if isinstance(column, pw.Field) else _same
            for column in _row_columns()
        ),
    )


def _same(value: Any) -> Any:
    return value


def box_rows(ids: Iterable[int]) -> dict[int, BoxRow]:
    """The display rows of the given boxes, by id (order is the caller's business)."""
    wanted = list(ids)
    rows: dict[int, BoxRow] = {}
    # Chunks stay below SQLite's limit on bound parameters.
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        statement = _row_statement(type(database_proxy.obj).__name__, len(chunk))
        params = list(statement.params)
        for position, box_id in zip(statement.id_positions, chunk, strict=True):
            params[position] = box_id
        converters = statement.converters
        for values in database_proxy.execute_sql(statement.sql, params).fetchall():
            row = BoxRow(*(convert(v) for convert, v in zip(converters, values, strict=True)))
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
