"""Scanning: look up, put away, pack, unpack, take stock, load and unload, by barcode.

session    the scan loop of one station (codes in, one answer each); control codes
state      what the loop remembers between two scans (mode, target, undo, 'yes')
lookup, putaway, pack, unpack, stocktake, loading   one handler per mode, with its writes
messages   every answer, once, in English (the GUI translates them)
results    what an answer carries; controls: the modes and the control sheet's codes
places     finding boxes, pallets and places by code; a pallet's totals
"""

from warehouse_app.services.scanning.controls import CONTROL_TITLES, Control, Mode
from warehouse_app.services.scanning.places import (
    DEFAULT_PALLET_LIMIT_KG,
    PALLET_LIMIT_SETTING,
    pallet_totals,
)
from warehouse_app.services.scanning.results import (
    Outcome,
    PalletTotals,
    ScanResult,
    ScanTarget,
    StocktakeReport,
)
from warehouse_app.services.scanning.session import ScanSession

__all__ = [
    "CONTROL_TITLES",
    "DEFAULT_PALLET_LIMIT_KG",
    "PALLET_LIMIT_SETTING",
    "Control",
    "Mode",
    "Outcome",
    "PalletTotals",
    "ScanResult",
    "ScanSession",
    "ScanTarget",
    "StocktakeReport",
    "pallet_totals",
]
