"""Needs lists kept by hand: a new list for a recipient, lines added and edited one by one (a
phone call from the hospital: "20 more wheelchairs, urgent"), and each line's status: open,
partly covered, covered, or withdrawn by the recipient."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import peewee as pw

from warehouse_app import validation
from warehouse_app.access.roles import Permission
from warehouse_app.errors import NotFound, ValidationError
from warehouse_app.kinds import NeedStatus, Priority, Unit
from warehouse_app.services import activity_log
from warehouse_app.services.activity_log import ActivityKind
from warehouse_app.services.guard import guarded
from warehouse_app.storage.models import Category, NeedLine, NeedsList
from warehouse_app.storage.transactions import locked, transactional
from warehouse_app.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class NeedLineInput:
    category_id: int | None
    description: str
    quantity: Decimal | str
    unit: str = ""  # "": the category's default unit
    priority: str = Priority.NORMAL.value
    needed_by: dt.date | None = None
    notes: str = ""


@dataclass(frozen=True)
class NeedLineRow:
    id: int
    list_id: int
    line_number: int
    category_id: int | None
    description: str
    quantity: Decimal
    unit: str
    priority: str
    needed_by: dt.date | None
    notes: str
    status: str


@guarded(Permission.NEEDS)
@transactional
@activity_log.logged(
    ActivityKind.NEEDS,
    QT_TRANSLATE_NOOP("service", 'Needs list "{title}" of {recipient} started (list {result}).'),
    subject="needs list",
)
def new_list(recipient: str, title: str) -> int:
    """An empty needs list for the recipient, to fill line by line."""
    from warehouse_app.services.needs import find_recipient

    found = find_recipient(recipient)
    if found is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "service", "No recipient is called '{recipient}' (hafenlager recipient list)."
            ),
            recipient=recipient,
        )
    title = validation.text(
        title, "title", QT_TRANSLATE_NOOP("service", "Title"), required=True, max_length=200
    )
    return int(NeedsList.create(recipient=found.id, title=title).id)


def _checked(entry: NeedLineInput) -> dict[str, object]:
    category = None
    if entry.category_id is not None:
        category = Category.get_or_none(Category.id == entry.category_id)
        if category is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("service", "That category no longer exists: choose another."),
                "category",
            )
    description = entry.description.strip()[:300] or (
        str(category.name_de) if category is not None else ""
    )
    if not description:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Say what is needed: a category or a description."),
            "description",
        )
    quantity = validation.positive(
        entry.quantity, "quantity", QT_TRANSLATE_NOOP("service", "Quantity")
    )
    unit = entry.unit or (str(category.default_unit) if category else Unit.PIECES.value)
    if unit not in {u.value for u in Unit}:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Unknown unit '{unit}': use pcs, kg, l or set."),
            "unit",
            unit=unit,
        )
    if entry.priority not in {p.value for p in Priority}:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service", "Priority '{value}': write urgent, normal or nice to have."
            ),
            "priority",
            value=entry.priority,
        )
    return {
        "category": entry.category_id,
        "description": description,
        "quantity": quantity,
        "unit": unit,
        "priority": entry.priority,
        "needed_by": entry.needed_by,
        "notes": entry.notes.strip(),
    }


@guarded(Permission.NEEDS)
@transactional
@activity_log.logged(
    ActivityKind.NEEDS,
    QT_TRANSLATE_NOOP("service", "Line {result} added to needs list {list_id}: {entry}."),
    subject="need line",
)
def add_line(list_id: int, entry: NeedLineInput) -> int:
    """A new last line of the list; its number follows the list's highest."""
    values = _checked(entry)
    listed = locked(NeedsList.select().where(NeedsList.id == list_id)).first()
    if listed is None:  # locked: two desks adding at once get different numbers
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "There is no needs list {list_id}."), list_id=list_id
        )
    last = (
        NeedLine.select(pw.fn.MAX(NeedLine.line_number)).where(NeedLine.needs_list == list_id)
    ).scalar()
    line = NeedLine.create(needs_list=list_id, line_number=int(last or 0) + 1, **values)
    return int(line.id)


@guarded(Permission.NEEDS)
@transactional
@activity_log.logged(
    ActivityKind.NEEDS,
    QT_TRANSLATE_NOOP("service", "Need line {line_id} changed: {entry}."),
    subject="need line",
)
def update_line(line_id: int, entry: NeedLineInput) -> None:
    _locked_line(line_id)
    NeedLine.update(**_checked(entry)).where(NeedLine.id == line_id).execute()


@guarded(Permission.NEEDS)
@transactional
@activity_log.logged(
    ActivityKind.NEEDS,
    QT_TRANSLATE_NOOP("service", "Need line {line_id} is now {status}."),
    subject="need line",
)
def set_status(line_id: int, status: NeedStatus | str) -> None:
    try:
        value = NeedStatus(status)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service", "A need line is open, partly covered, covered or withdrawn."
            ),
            "status",
        ) from None
    _locked_line(line_id)
    NeedLine.update(status=value.value).where(NeedLine.id == line_id).execute()


def _locked_line(line_id: int) -> NeedLine:
    line: NeedLine | None = locked(NeedLine.select().where(NeedLine.id == line_id)).first()
    if line is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "There is no need line {line_id}."), line_id=line_id
        )
    return line


def lines(list_id: int) -> list[NeedLineRow]:
    """The list's lines as entered, withdrawn ones too, in their order."""
    query = NeedLine.select().where(NeedLine.needs_list == list_id).order_by(NeedLine.line_number)
    return [
        NeedLineRow(
            id=int(n.id),
            list_id=int(n.needs_list_id),
            line_number=int(n.line_number),
            category_id=n.category_id,
            description=str(n.description),
            quantity=Decimal(n.quantity),
            unit=str(n.unit),
            priority=str(n.priority),
            needed_by=n.needed_by,
            notes=str(n.notes),
            status=str(n.status),
        )
        for n in query
    ]


def line(line_id: int) -> NeedLineRow:
    found = NeedLine.get_or_none(NeedLine.id == line_id)
    if found is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "There is no need line {line_id}."), line_id=line_id
        )
    return next(r for r in lines(int(found.needs_list_id)) if r.id == line_id)
