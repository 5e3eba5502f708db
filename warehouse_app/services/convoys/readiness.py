"""What blocks a convoy's departure, or needs a decision, each problem with its group and its
fix (the rules are in readiness_rules). Marking a convoy ready (or cancelling it) checks them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from warehouse_app.access.roles import Permission
from warehouse_app.errors import ValidationError
from warehouse_app.kinds import ConvoyStatus
from warehouse_app.services import activity_log
from warehouse_app.services.activity_log import ActivityKind
from warehouse_app.services.convoys.readiness_rules import (
    MRN_VALUE_SETTING,
    MRN_WEIGHT_SETTING,
    RULES,
    Facts,
    Problem,
)
from warehouse_app.services.convoys.records import ConvoyRecord, convoy_record, editable_row
from warehouse_app.services.convoys.views import ConvoyBox, boxes_of, gauges
from warehouse_app.services.guard import guarded
from warehouse_app.storage.models import Category, Convoy, ConvoyItem, Pallet, Setting, Vehicle
from warehouse_app.storage.transactions import transactional
from warehouse_app.texts import QT_TRANSLATE_NOOP, say

__all__ = ["MRN_VALUE_SETTING", "MRN_WEIGHT_SETTING", "Problem", "readiness", "set_status"]


def readiness(
    convoy: ConvoyRecord,
    today: dt.date | None = None,
    *,
    for_departure: bool = False,
    rows: list[ConvoyBox] | None = None,
) -> list[Problem]:
    """Everything that blocks 'ready' or needs a decision, grouped, each with its fix.

    Unloaded reservations count once loading has begun, or when asked for_departure. rows
    are the convoy's boxes when the caller has read them already.
    """
    row = Convoy.get_by_id(convoy.id)
    record = convoy_record(row)
    rows = boxes_of(convoy.id) if rows is None else rows
    facts = Facts(
        convoy=row,
        recipient=row.recipient if row.recipient_id else None,
        vehicles=list(Vehicle.select().where(Vehicle.convoy == convoy.id).order_by(Vehicle.number)),
        gauges=gauges(record, rows),
        rows=rows,
        categories={c.id: c for c in Category.select()},
        today=today or dt.date.today(),
        loading_counts=for_departure or row.status in (ConvoyStatus.LOADING, ConvoyStatus.READY),
        pallet_codes=_pallet_codes(rows),
        mrn_thresholds=_mrn_thresholds(),
    )
    return [problem for rule in RULES for problem in rule(facts)]


def _mrn_thresholds() -> tuple[Decimal, Decimal]:
    stored = dict(
        Setting.select(Setting.key, Setting.value)
        .where(Setting.key.in_([MRN_VALUE_SETTING, MRN_WEIGHT_SETTING]))
        .tuples()
    )

    def limit(key: str) -> Decimal:
        try:
            return Decimal(stored.get(key) or "1000")
        except ArithmeticError:
            return Decimal(1000)

    return limit(MRN_VALUE_SETTING), limit(MRN_WEIGHT_SETTING)


def _pallet_codes(rows: list[ConvoyBox]) -> dict[int, str]:
    ids = {r.pallet_id for r in rows if r.pallet_id is not None}
    if not ids:
        return {}
    query = Pallet.select(Pallet.id, Pallet.code).where(Pallet.id.in_(list(ids))).tuples()
    return {int(pallet_id): str(code) for pallet_id, code in query}


@guarded(Permission.CONVOYS)
@transactional
def set_status(convoy: ConvoyRecord, status: ConvoyStatus, today: dt.date | None = None) -> None:
    """Move a convoy to planning, loading, ready or cancelled (departure is transport's)."""
    row = editable_row(convoy.id)
    if status is ConvoyStatus.READY:
        blocking = [p for p in readiness(convoy, today, for_departure=True) if p.blocking]
        if blocking:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "service",
                    "Convoy {convoy_number} is not ready: {blocking_count} problem(s). First: "
                    "{first}",
                ),
                convoy_number=row.number,
                blocking_count=len(blocking),
                first=blocking[0].message,
            )
    if status is ConvoyStatus.CANCELLED:
        if (
            ConvoyItem.select()
            .where(ConvoyItem.convoy == convoy.id, ConvoyItem.loaded == True)
            .exists()
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP("service", "Unload the vehicles before cancelling.")
            )
        ConvoyItem.delete().where(ConvoyItem.convoy == convoy.id).execute()
    Convoy.update(status=status.value).where(Convoy.id == convoy.id).execute()
    activity_log.record_signed_in(
        ActivityKind.CONVOY,
        say(
            QT_TRANSLATE_NOOP("service", "Convoy {convoy}: {before} → {after}."),
            convoy=row.number,
            before=row.status,
            after=status.value,
        ),
        subject="convoy",
        code=str(row.number),
        changes={"status": (row.status, status.value)},
    )
