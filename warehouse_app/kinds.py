"""The words of the domain: statuses, movement kinds, units and kinds of places.

Plain enums without the database, so the GUI, the documents and the command line can name a
status without loading the tables.
"""

from __future__ import annotations

import enum


class BoxStatus(enum.StrEnum):
    IN_STOCK = "in_stock"
    ON_PALLET = "on_pallet"
    LOADED = "loaded"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    DISPOSED = "disposed"


class PalletStatus(enum.StrEnum):
    IN_STOCK = "in_stock"
    LOADED = "loaded"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    DISSOLVED = "dissolved"


class MovementKind(enum.StrEnum):
    RECEIVED = "received"
    MOVED = "moved"
    PACKED = "packed"
    UNPACKED = "unpacked"
    LOADED = "loaded"
    UNLOADED = "unloaded"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CORRECTED = "corrected"
    DISPOSED = "disposed"
    CREATED = "created"  # a new pallet


class Unit(enum.StrEnum):
    PIECES = "pcs"
    KG = "kg"
    LITRES = "l"
    SETS = "set"


class LocationKind(enum.StrEnum):
    RECEIVING = "receiving"
    SHELF = "shelf"
    FLOOR = "floor"
    DOCK = "dock"
    QUARANTINE = "quarantine"


# Statuses in which a box or pallet is physically in the hall.
BOX_IN_HALL = (BoxStatus.IN_STOCK, BoxStatus.ON_PALLET)
BOX_GONE = (BoxStatus.SHIPPED, BoxStatus.DELIVERED, BoxStatus.DISPOSED)


class PrintJobStatus(enum.StrEnum):
    PENDING = "pending"
    PRINTED = "printed"
    CANCELLED = "cancelled"


class ConvoyStatus(enum.StrEnum):
    PLANNING = "planning"
    LOADING = "loading"
    READY = "ready"
    DEPARTED = "departed"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


class Priority(enum.StrEnum):
    """How much a recipient needs a line of its needs list."""

    URGENT = "urgent"
    NORMAL = "normal"
    NICE = "nice"  # nice to have


class NeedStatus(enum.StrEnum):
    OPEN = "open"
    PARTLY = "partly"  # partly covered
    COVERED = "covered"
    WITHDRAWN = "withdrawn"


class OfferStatus(enum.StrEnum):
    """Where a citizen's or association's offer stands."""

    OPEN = "open"  # not decided yet
    ACCEPTED = "accepted"  # wanted: against a need line or as general stock
    DECLINED = "declined"
    ARRIVED = "arrived"  # brought to the hall and received
    WITHDRAWN = "withdrawn"  # the donor called it off


class DeclineReason(enum.StrEnum):
    NOT_NEEDED = "not_needed"  # not needed now
    NOT_ACCEPTED = "not_accepted"  # goods the hall does not take
    QUALITY = "quality"


class AppointmentStatus(enum.StrEnum):
    BOOKED = "booked"
    ARRIVED = "arrived"
    MISSED = "missed"
    CANCELLED = "cancelled"


class SlotUnit(enum.StrEnum):
    """What a drop-off slot's capacity counts."""

    VEHICLES = "vehicles"
    BOXES = "boxes"
    CUBIC_METRES = "m3"
