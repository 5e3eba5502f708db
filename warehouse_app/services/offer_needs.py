"""The open need lines an offer could answer: what the coordinator chooses from when accepting."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from warehouse_app.kinds import NeedStatus
from warehouse_app.storage.models import NeedLine, NeedsList, Recipient


@dataclass(frozen=True)
class NeedChoice:
    line_id: int
    recipient: str
    list_title: str
    line_number: int
    description: str
    quantity: Decimal
    unit: str
    priority: str


def need_lines_for(category_id: int | None) -> list[NeedChoice]:
    """The open need lines an offer of this category could answer, urgent first."""
    query = (
        NeedLine.select(NeedLine, NeedsList.title, Recipient.name)
        .join(NeedsList)
        .join(Recipient)
        .where(NeedLine.status.in_([NeedStatus.OPEN.value, NeedStatus.PARTLY.value]))
    )
    if category_id is not None:
        query = query.where(NeedLine.category == category_id)
    order = {"urgent": 0, "normal": 1, "nice": 2}
    found = [
        NeedChoice(
            line_id=int(n.id),
            recipient=str(n.needs_list.recipient.name).split(" / ")[0],
            list_title=str(n.needs_list.title),
            line_number=int(n.line_number),
            description=str(n.description),
            quantity=Decimal(n.quantity),
            unit=str(n.unit),
            priority=str(n.priority),
        )
        for n in query
    ]
    return sorted(found, key=lambda c: (order.get(c.priority, 1), c.recipient, c.line_number))
