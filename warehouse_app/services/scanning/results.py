"""What a scan answers: the outcome, the message (template and values), and what it touched."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from decimal import Decimal

from warehouse_app.services.scanning.controls import Mode
from warehouse_app.texts import Text


class Outcome(enum.StrEnum):
    OK = "ok"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class PalletTotals:
    code: str
    boxes: int
    pieces: Decimal
    net_kg: Decimal
    gross_kg: Decimal  # with the pallet's tare
    owners: tuple[str, ...]
    limit_kg: Decimal


@dataclass(frozen=True)
class StocktakeReport:
    location: str
    expected: tuple[str, ...]
    found: tuple[str, ...]
    missing: tuple[str, ...]
    unexpected: tuple[str, ...]


@dataclass(frozen=True)
class ScanResult:
    outcome: Outcome
    template: str  # one of messages: English, with {name} placeholders
    params: dict[str, str | Text]
    scanned: str
    mode: Mode
    changed: bool = False  # a movement was written
    needs_confirmation: bool = False
    pallet: PalletTotals | None = None
    endings: tuple[str, ...] = ()  # messages appended to the template, each translated alone
    at: dt.datetime = field(default_factory=dt.datetime.now)

    @property
    def message(self) -> str:
        """The answer in English, as the terminal prints it."""
        return "".join((self.template, *self.endings)).format(**self.params)


@dataclass(frozen=True)
class ScanTarget:
    """What the next scans act on, for the screen's headline; every field "" when unset."""

    pallet: str = ""  # the code of the pallet being packed
    location: str = ""  # the place put away to, or counted
    vehicle: str = ""  # the vehicle's number being loaded or unloaded
    plate: str = ""
    convoy: str = ""
