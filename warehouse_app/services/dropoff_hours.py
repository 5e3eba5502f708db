"""The hall's drop-off opening hours, cut into slots of a length with a capacity each: a setting
("2 10:00-16:00, 4 10:00-16:00" = Tuesdays and Thursdays, ISO weekday numbers)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from warehouse_app.access.roles import Permission
from warehouse_app.errors import ValidationError
from warehouse_app.kinds import SlotUnit
from warehouse_app.services import masterdata
from warehouse_app.services.guard import guarded
from warehouse_app.storage.transactions import transactional
from warehouse_app.texts import QT_TRANSLATE_NOOP

HOURS = "dropoff.hours"
SLOT_MINUTES = "dropoff.slot_minutes"
CAPACITY = "dropoff.capacity"
UNIT = "dropoff.unit"
DEFAULT_HOURS = "2 10:00-16:00, 4 10:00-16:00, 6 10:00-14:00"
_WINDOW = re.compile(r"([1-7])\s+(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})")


@dataclass(frozen=True)
class OpeningHours:
    windows: tuple[tuple[int, dt.time, dt.time], ...]  # ISO weekday (1 Monday), opens, closes
    slot_minutes: int = 60
    capacity: int = 2
    unit: str = SlotUnit.VEHICLES.value

    def text(self) -> str:
        return ", ".join(f"{d} {a:%H:%M}-{b:%H:%M}" for d, a, b in self.windows)

    def starts(self, day: dt.date) -> list[dt.datetime]:
        """The slots' starts on day, in order."""
        found = []
        step = dt.timedelta(minutes=self.slot_minutes)
        for weekday, opens, closes in self.windows:
            if weekday != day.isoweekday():
                continue
            start, end = dt.datetime.combine(day, opens), dt.datetime.combine(day, closes)
            while start + step <= end:
                found.append(start)
                start += step
        return sorted(found)


def parse_hours(text: str) -> tuple[tuple[int, dt.time, dt.time], ...]:
    """ "2 10:00-16:00, 4 15:00-19:00" as windows; ValidationError on anything else."""
    windows = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        found = _WINDOW.fullmatch(part)
        try:
            if found is None:
                raise ValueError(part)
            opens = dt.time(int(found[2]), int(found[3]))
            closes = dt.time(int(found[4]), int(found[5]))
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "service",
                    "'{part}' is not an opening time: write the weekday's number (1 Monday … 7 "
                    "Sunday) and the hours, e.g. '2 10:00-16:00, 4 15:00-19:00'.",
                ),
                "hours",
                part=part,
            ) from None
        if closes <= opens:
            raise ValidationError(
                QT_TRANSLATE_NOOP("service", "'{part}' closes before it opens."),
                "hours",
                part=part,
            )
        windows.append((int(found[1]), opens, closes))
    return tuple(sorted(windows))


def opening_hours() -> OpeningHours:
    stored = masterdata.settings()
    try:
        windows = parse_hours(stored.get(HOURS, DEFAULT_HOURS))
    except ValidationError:
        windows = parse_hours(DEFAULT_HOURS)  # a hand-edited setting must not stop the calendar
    return OpeningHours(
        windows=windows,
        slot_minutes=int(stored.get(SLOT_MINUTES, "60") or 60),
        capacity=int(stored.get(CAPACITY, "2") or 2),
        unit=stored.get(UNIT, SlotUnit.VEHICLES.value),
    )


@guarded(Permission.OFFERS)
@transactional
def save_opening_hours(text: str, slot_minutes: int, capacity: int, unit: str) -> OpeningHours:
    """New opening hours for the slots not written yet (booked and closed slots keep theirs)."""
    windows = parse_hours(text)
    if not 10 <= slot_minutes <= 480:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "A slot lasts 10 to 480 minutes."), "slot_minutes"
        )
    if not 1 <= capacity <= 1000:
        raise ValidationError(QT_TRANSLATE_NOOP("service", "A slot takes 1 to 1000."), "capacity")
    if unit not in {u.value for u in SlotUnit}:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Count a slot in vehicles, boxes or m3."), "unit"
        )
    hours = OpeningHours(windows, slot_minutes, capacity, unit)
    masterdata.keep_settings(
        {
            HOURS: hours.text(),
            SLOT_MINUTES: str(slot_minutes),
            CAPACITY: str(capacity),
            UNIT: unit,
        }
    )
    return hours
