"""The words the services put into their sentences for an offer's or an appointment's status and
a slot's unit, as texts of their own, so the volunteer reads them in their language too."""

from __future__ import annotations

from warehouse_app.texts import QT_TRANSLATE_NOOP, Text, say

_OFFER = {
    "open": QT_TRANSLATE_NOOP("service", "open"),
    "accepted": QT_TRANSLATE_NOOP("service", "accepted"),
    "declined": QT_TRANSLATE_NOOP("service", "declined"),
    "arrived": QT_TRANSLATE_NOOP("service", "brought to the hall"),
    "withdrawn": QT_TRANSLATE_NOOP("service", "withdrawn"),
}
_APPOINTMENT = {
    "booked": QT_TRANSLATE_NOOP("service", "booked"),
    "arrived": QT_TRANSLATE_NOOP("service", "received at the door"),
    "missed": QT_TRANSLATE_NOOP("service", "the donor did not come"),
    "cancelled": QT_TRANSLATE_NOOP("service", "cancelled"),
}
_UNIT = {
    "vehicles": QT_TRANSLATE_NOOP("service", "vehicles"),
    "boxes": QT_TRANSLATE_NOOP("service", "boxes"),
    "m3": QT_TRANSLATE_NOOP("service", "m³"),
}


def offer_status(status: str) -> Text:
    return say(_OFFER.get(status, status))


def appointment_status(status: str) -> Text:
    return say(_APPOINTMENT.get(status, status))


def slot_unit(unit: str) -> Text:
    return say(_UNIT.get(unit, unit))
