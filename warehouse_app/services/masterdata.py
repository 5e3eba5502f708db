"""Master data: associations, categories, locations, volunteers and the hall's settings."""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal
from typing import TypeVar

import peewee as pw

from warehouse_app import validation
from warehouse_app.access.roles import Permission
from warehouse_app.errors import NotFound, ValidationError
from warehouse_app.kinds import Unit
from warehouse_app.services import activity_log
from warehouse_app.services.activity_log import ActivityKind
from warehouse_app.services.guard import guarded
from warehouse_app.storage.models import (
    Association,
    Box,
    Category,
    Location,
    Pallet,
    Setting,
    Volunteer,
)
from warehouse_app.storage.transactions import transactional
from warehouse_app.texts import QT_TRANSLATE_NOOP, say


@dataclass(frozen=True)
class AssociationInfo:
    id: int
    name: str
    short_code: str
    colour: str
    contact: str
    active: bool


@dataclass(frozen=True)
class CategoryInfo:
    id: int
    name_de: str
    name_en: str
    name_uk: str
    hs_code: str
    default_unit: str
    default_value_eur: Decimal
    expiry_required: bool
    min_shelf_life_days: int
    is_vehicle: bool
    un_number: str
    export_note: str
    active: bool
    # The ADR 5.4.1 entry and transport category of a UN number, and the AHARS category.
    adr_name: str = ""
    adr_class: str = ""
    adr_packing_group: str = ""
    adr_transport_category: int | str | None = None  # 0-4; "" or None: not known
    ahars_category: str = ""


@dataclass(frozen=True)
class LocationInfo:
    id: int
    code: str
    name: str
    kind: str
    active: bool


T = TypeVar("T")


def _info(cls: type[T], model: pw.Model) -> T:
    return cls(**{f.name: getattr(model, f.name) for f in fields(cls)})  # type: ignore[arg-type]


def associations(*, active_only: bool = False) -> list[AssociationInfo]:
    query = Association.select().order_by(Association.name)
    if active_only:
        query = query.where(Association.active == True)
    return [_info(AssociationInfo, a) for a in query]


@guarded(Permission.MASTER_DATA)
@transactional
def save_association(info: AssociationInfo) -> int:
    """Create (id 0) or update an association; returns its id."""
    name = validation.text(
        info.name, "name", QT_TRANSLATE_NOOP("service", "Name"), required=True, max_length=200
    )
    values = {
        "name": name,
        "short_code": validation.short_code(info.short_code),
        "colour": validation.colour(info.colour),
        "contact": info.contact.strip(),
        "active": info.active,
    }
    clash = Association.select().where(
        ((Association.name == name) | (Association.short_code == values["short_code"]))
        & (Association.id != info.id)
    )
    if clash.exists():
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Another association already has this name or short code.")
        )
    before = activity_log.row_values(Association, info.id)
    if info.id:
        if not Association.update(values).where(Association.id == info.id).execute():
            raise NotFound(
                QT_TRANSLATE_NOOP("service", "There is no association with id {info_id}."),
                info_id=info.id,
            )
        saved = info.id
    else:
        saved = int(Association.insert(values).execute())
    log_saved("association", str(values["short_code"]), before, values)
    return saved


def log_saved(subject: str, code: str, before: dict[str, object], after: dict[str, object]) -> None:
    changes = activity_log.differences(before, after)
    if before and not changes:
        return
    template = (
        QT_TRANSLATE_NOOP("service", "Changed {subject} {code}.")
        if before
        else QT_TRANSLATE_NOOP("service", "Added {subject} {code}.")
    )
    activity_log.record_signed_in(
        ActivityKind.MASTER_DATA,
        say(template, subject=say(SUBJECTS[subject]), code=code),
        subject=subject,
        code=code,
        changes=changes,
    )


SUBJECTS = {
    "association": QT_TRANSLATE_NOOP("service", "association"),
    "category": QT_TRANSLATE_NOOP("service", "category"),
    "location": QT_TRANSLATE_NOOP("service", "location"),
    "recipient": QT_TRANSLATE_NOOP("service", "recipient"),
}


def categories(*, active_only: bool = False) -> list[CategoryInfo]:
    query = Category.select().order_by(Category.name_de)
    if active_only:
        query = query.where(Category.active == True)
    return [_info(CategoryInfo, c) for c in query]


@guarded(Permission.MASTER_DATA)
@transactional
def save_category(info: CategoryInfo) -> int:
    """Create (id 0) or update a category after checking every field; returns its id."""
    try:
        unit = Unit(info.default_unit).value
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Unknown unit '{default_unit}': use pcs, kg, l or set."),
            "default_unit",
            default_unit=info.default_unit,
        ) from None
    if info.min_shelf_life_days < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Minimum shelf life cannot be negative."),
            "min_shelf_life_days",
        )
    values = {
        "name_de": validation.text(
            info.name_de, "name_de", QT_TRANSLATE_NOOP("service", "German name"), required=True
        ),
        "name_en": validation.text(
            info.name_en, "name_en", QT_TRANSLATE_NOOP("service", "English name"), required=True
        ),
        "name_uk": validation.text(
            info.name_uk, "name_uk", QT_TRANSLATE_NOOP("service", "Ukrainian name"), required=True
        ),
        "hs_code": validation.hs_code(info.hs_code),
        "default_unit": unit,
        "default_value_eur": validation.not_negative(
            info.default_value_eur,
            "default_value_eur",
            QT_TRANSLATE_NOOP("service", "Default value"),
        ),
        "expiry_required": info.expiry_required,
        "min_shelf_life_days": info.min_shelf_life_days,
        "is_vehicle": info.is_vehicle,
        "un_number": info.un_number.strip(),
        "export_note": info.export_note.strip(),
        "active": info.active,
        "adr_name": validation.text(
            info.adr_name,
            "adr_name",
            QT_TRANSLATE_NOOP("service", "Proper shipping name"),
            required=False,
            max_length=200,
        ).upper(),
        "adr_class": validation.text(
            info.adr_class,
            "adr_class",
            QT_TRANSLATE_NOOP("service", "ADR class"),
            required=False,
            max_length=10,
        ),
        "adr_packing_group": validation.text(
            info.adr_packing_group,
            "adr_packing_group",
            QT_TRANSLATE_NOOP("service", "Packing group"),
            required=False,
            max_length=4,
        ).upper(),
        "adr_transport_category": _transport_category(info.adr_transport_category),
        "ahars_category": validation.text(
            info.ahars_category,
            "ahars_category",
            QT_TRANSLATE_NOOP("service", "AHARS category"),
            required=False,
            max_length=100,
        ),
    }
    if values["un_number"] and not (values["adr_name"] and values["adr_class"]):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "{un_number} needs its proper shipping name and class (ADR Table A): the CMR "
                "names dangerous goods by them.",
            ),
            "adr_name",
            un_number=values["un_number"],
        )
    before = activity_log.row_values(Category, info.id)
    if info.id:
        if not Category.update(values).where(Category.id == info.id).execute():
            raise NotFound(
                QT_TRANSLATE_NOOP("service", "There is no category with id {info_id}."),
                info_id=info.id,
            )
        saved = info.id
    else:
        saved = int(Category.insert(values).execute())
    log_saved("category", str(values["name_de"]), before, values)
    return saved


def _transport_category(value: int | str | None) -> int | None:
    if value is None or str(value).strip() == "":
        return None
    try:
        number = int(str(value))
    except ValueError:
        number = -1
    if not 0 <= number <= 4:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "The ADR transport category is 0 to 4, not {value!r}."),
            "adr_transport_category",
            value=value,
        )
    return number


def categories_by_use() -> list[CategoryInfo]:
    """Active categories, the most received first: the intake's type-ahead order."""
    used = dict(Box.select(Box.category, pw.fn.COUNT(Box.id)).group_by(Box.category).tuples())
    return sorted(categories(active_only=True), key=lambda c: (-used.get(c.id, 0), c.name_de))


def locations(*, active_only: bool = False) -> list[LocationInfo]:
    query = Location.select().order_by(Location.name)
    if active_only:
        query = query.where(Location.active == True)
    return [_info(LocationInfo, loc) for loc in query]


def location_contents() -> dict[int, tuple[int, int]]:
    """(boxes, pallets) per location id, boxes on pallets counted at their pallet's place."""
    pallet_loc = Pallet.alias()
    box_counts = (
        Box.select(pw.fn.COALESCE(Box.location, pallet_loc.location), pw.fn.COUNT(Box.id))
        .join(pallet_loc, pw.JOIN.LEFT_OUTER, on=(Box.pallet == pallet_loc.id))
        .where(Box.status.in_(["in_stock", "on_pallet"]))
        .group_by(pw.fn.COALESCE(Box.location, pallet_loc.location))
        .tuples()
    )
    pallet_counts = (
        Pallet.select(Pallet.location, pw.fn.COUNT(Pallet.id))
        .where(Pallet.status == "in_stock")
        .group_by(Pallet.location)
        .tuples()
    )
    result: dict[int, tuple[int, int]] = {}
    for loc_id, n in box_counts:
        if loc_id is not None:
            result[loc_id] = (int(n), 0)
    for loc_id, n in pallet_counts:
        if loc_id is not None:
            result[loc_id] = (result.get(loc_id, (0, 0))[0], int(n))
    return result


def find_association(text: str) -> AssociationInfo:
    """An association by short code or exact name (command-line filters)."""
    wanted = text.strip()
    found = Association.get_or_none(
        (pw.fn.UPPER(Association.short_code) == wanted.upper()) | (Association.name == wanted)
    )
    if found is None:
        known = ", ".join(a.short_code for a in associations())
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "service", "Unknown association '{text}'. Known short codes: {known}."
            ),
            text=text,
            known=known,
        )
    return _info(AssociationInfo, found)


def find_category(text: str) -> CategoryInfo:
    wanted = text.strip()
    lowered = wanted.lower()
    found = Category.get_or_none(
        (pw.fn.LOWER(Category.name_de) == lowered)
        | (pw.fn.LOWER(Category.name_en) == lowered)
        | (Category.name_uk == wanted)
        | (Category.hs_code == wanted)
    )
    if found is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "service",
                "Unknown category '{text}'. Give its German or English name or its HS code "
                "('hafenlager list categories' shows them).",
            ),
            text=text,
        )
    return _info(CategoryInfo, found)


def find_location(text: str) -> LocationInfo:
    wanted = text.strip()
    found = Location.get_or_none(
        (Location.code == wanted.replace(" ", "")) | (pw.fn.LOWER(Location.name) == wanted.lower())
    )
    if found is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "Unknown location '{text}': give its code or its name."),
            text=text,
        )
    return _info(LocationInfo, found)


def volunteers(*, active_only: bool = True) -> list[tuple[int, str, str]]:
    query = Volunteer.select().order_by(Volunteer.name)
    if active_only:
        query = query.where(Volunteer.active == True)
    return [(v.id, v.name, v.role) for v in query]


@transactional
def volunteer_by_name(name: str, *, create: bool = True) -> int:
    """The volunteer with this name; a new name is added (the start dialog's free entry)."""
    cleaned = validation.text(
        name, "name", QT_TRANSLATE_NOOP("service", "Your name"), required=True, max_length=100
    )
    found = Volunteer.get_or_none(pw.fn.LOWER(Volunteer.name) == cleaned.lower())
    if found is not None:
        return int(found.id)
    if not create:
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "There is no volunteer called '{cleaned}'."),
            cleaned=cleaned,
        )
    return int(Volunteer.insert(name=cleaned).execute())


LANGUAGES = ("", "de", "uk", "en")


def volunteer_language(volunteer_id: int) -> str:
    found = Volunteer.get_or_none(Volunteer.id == volunteer_id)
    return str(found.language) if found is not None else ""


def language_of(name: str) -> str | None:
    """The language a volunteer picked last time, by name; None for a name not seen yet."""
    found = Volunteer.get_or_none(pw.fn.LOWER(Volunteer.name) == " ".join(name.split()).lower())
    return str(found.language) if found is not None else None


@transactional
def set_volunteer_language(volunteer_id: int, language: str) -> None:
    if language not in LANGUAGES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Unknown language '{language}': use de, uk or en."),
            "language",
            language=language,
        )
    Volunteer.update(language=language).where(Volunteer.id == volunteer_id).execute()


def settings() -> dict[str, str]:
    return {s.key: s.value for s in Setting.select()}


@guarded(Permission.SETTINGS)
@transactional
def save_settings(values: dict[str, str]) -> None:
    """The hall's settings as an admin changes them."""
    keep_settings(values)


@transactional
def keep_settings(values: dict[str, str]) -> None:
    """Settings a service keeps for its own work (a receipt register, a kit's hash, the
    opening hours), checked by that service's own permission; logged as any change."""
    before = settings()
    changes = activity_log.differences(
        before, {key: value.strip() for key, value in values.items()}
    )
    if changes:
        activity_log.record_signed_in(
            ActivityKind.SETTINGS,
            say(
                QT_TRANSLATE_NOOP("service", "Changed the settings: {names}."),
                names=", ".join(changes),
            ),
            subject="settings",
            changes=changes,
        )
    for key, value in values.items():
        Setting.insert(key=key, value=value.strip()).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: value.strip()}
        ).execute()
