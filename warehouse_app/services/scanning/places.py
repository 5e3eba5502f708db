"""What the scan handlers look up: boxes, pallets and places by code, and a pallet's totals."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from warehouse_app.kinds import BoxStatus, LocationKind
from warehouse_app.quantities import exact
from warehouse_app.services.scanning import messages
from warehouse_app.services.scanning.results import PalletTotals
from warehouse_app.storage.models import Association, Box, Category, Location, Pallet, Setting
from warehouse_app.storage.statements import Statement, slot
from warehouse_app.storage.transactions import locked

PALLET_LIMIT_SETTING = "pallet.max_gross_kg"
DEFAULT_PALLET_LIMIT_KG = Decimal("1000")


# Every scan runs in one write transaction (ScanSession): the rows it decides on are read
# there, locked where the engine locks rows, so another station's scan waits its turn. Their SQL
# is built once (storage.statements): building it took longer than running it.
_BOX_BY_CODE = Statement(
    lambda: locked(
        Box.select(Box, Category, Association)  # the owner is named in every answer
        .join(Category, on=(Box.category == Category.id))
        .switch(Box)
        .join(Association, on=(Box.owner == Association.id))
        .where(Box.code == slot(Box.code))
        .limit(1)
    )
)
_BOX_BY_ID = Statement(lambda: locked(Box.select().where(Box.id == slot(Box.id)).limit(1)))
_PALLET_BY_CODE = Statement(
    lambda: locked(Pallet.select().where(Pallet.code == slot(Pallet.code)).limit(1))
)
_PALLET_BY_ID = Statement(
    lambda: locked(Pallet.select().where(Pallet.id == slot(Pallet.id)).limit(1))
)
_LOCATION_BY_CODE = Statement(
    lambda: Location.select().where(Location.code == slot(Location.code)).limit(1)
)
_LOCATION_NAME = Statement(
    lambda: Location.select(Location.name).where(Location.id == slot(Location.id)).limit(1)
)


def box(code: str) -> Box | None:
    found: Box | None = _BOX_BY_CODE.first(code=code)
    return found


def box_by_id(box_id: int) -> Box | None:
    found: Box | None = _BOX_BY_ID.first(id=box_id)
    return found


def pallet(code: str) -> Pallet | None:
    found: Pallet | None = _PALLET_BY_CODE.first(code=code)
    return found


def pallet_by_id(pallet_id: int) -> Pallet | None:
    found: Pallet | None = _PALLET_BY_ID.first(id=pallet_id)
    return found


def location(code: str) -> Location | None:
    found: Location | None = _LOCATION_BY_CODE.first(code=code)
    return found


def location_name(location_id: int | None) -> str:
    if location_id is None:
        return ""
    found: Location | None = _LOCATION_NAME.first(id=location_id)
    return str(found.name) if found is not None else ""


def place_of(found: Box) -> str:
    if found.pallet_id is not None and found.status == BoxStatus.ON_PALLET:
        return f"{found.pallet.code} @ {location_name(found.pallet.location_id)}"
    return location_name(found.location_id) or "–"


def kg(value: Decimal) -> str:
    return f"{value.normalize():f}"


_PALLET_BOXES = Statement(
    lambda: (
        Box.select(Box.quantity, Box.net_kg, Box.gross_kg, Association.short_code)
        .join(Association, on=(Box.owner == Association.id))
        .where(Box.pallet == slot(Box.pallet), Box.status != BoxStatus.DISPOSED.value)
        .tuples()
    )
)
_PALLET_ROW = Statement(lambda: Pallet.select().where(Pallet.id == slot(Pallet.id)).limit(1))
_SETTING = Statement(lambda: Setting.select().where(Setting.key == slot(Setting.key)).limit(1))


def pallet_code(pallet_id: int) -> str:
    row: Pallet | None = _PALLET_ROW.first(id=pallet_id)
    return str(row.code) if row is not None else ""


def pallet_totals(pallet_id: int) -> PalletTotals:
    row: Pallet | None = _PALLET_ROW.first(id=pallet_id)
    if row is None:
        raise Pallet.DoesNotExist(pallet_id)  # as Pallet.get_by_id did
    rows = list(_PALLET_BOXES.rows(pallet=pallet_id))
    limit: Setting | None = _SETTING.first(key=PALLET_LIMIT_SETTING)
    return PalletTotals(
        code=row.code,
        boxes=len(rows),
        pieces=exact(sum((r[0] for r in rows), Decimal(0))),
        net_kg=exact(sum((r[1] for r in rows), Decimal(0))),
        gross_kg=exact(sum((r[2] for r in rows), Decimal(row.tare_kg))),
        owners=tuple(sorted({r[3] for r in rows})),
        limit_kg=Decimal(limit.value) if limit is not None else DEFAULT_PALLET_LIMIT_KG,
    )


def receiving_id() -> int:
    from warehouse_app.services.intake import receiving_location_id

    return receiving_location_id()


def _first_of_kind(kind: LocationKind) -> int:
    place = (
        Location.select(Location.id)
        .where(Location.kind == kind.value)
        .order_by(Location.id)
        .first()
    )
    return int(place.id) if place is not None else receiving_id()


def dock_id() -> int:
    return _first_of_kind(LocationKind.DOCK)


def quarantine_id() -> int:
    return _first_of_kind(LocationKind.QUARANTINE)


def refusal(found: Box) -> str:
    """The answer for a box that may not move in the hall; "" when it may."""
    if found.status in (BoxStatus.SHIPPED, BoxStatus.DELIVERED):
        return messages.BOX_SHIPPED
    if found.status == BoxStatus.DISPOSED:
        return messages.BOX_DISPOSED
    if found.status == BoxStatus.LOADED:
        return messages.BOX_LOADED
    return ""


def expiry_note(
    found: Box, today: dt.date | None, *, always: bool = False
) -> tuple[tuple[str, ...], dict[str, str]]:
    """The ending (and its value) for a box that is expired or expires within its category's
    margin; with always, its best-before date when it keeps too."""
    if found.expiry_date is None:
        return (), {}
    day = today or dt.date.today()
    value = {"expiry": found.expiry_date.strftime("%d.%m.%Y")}
    if found.expiry_date < day:
        return (messages.EXPIRED,), value
    if found.expiry_date < day + dt.timedelta(days=found.category.min_shelf_life_days):
        return (messages.EXPIRES_SOON,), value
    return ((messages.KEEPS_UNTIL,), value) if always else ((), {})


def contents(found: Box) -> dict[str, str]:
    """What a box answer names of the box: its contents and its quantity."""
    return {
        "contents": found.description_de,
        "amount": f"{found.quantity.normalize():f} {found.unit}",
    }
