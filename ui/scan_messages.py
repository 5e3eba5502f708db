"""The scan loop's answers, marked for translation (context "scan").

The service (warehouse_app/services/scanning.py) writes English templates; lupdate cannot see
them there, so they are listed here. A test fails when the service gains one that is missing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# Endings the service appends to another answer; translated on their own.
SUFFIXES = (
    QT_TRANSLATE_NOOP(
        "scan",
        " Expired on {expiry}!",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        " Expires soon: {expiry}.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        " Over the pallet limit of {limit} kg!",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        " Owners: {owners}.",
    ),
)

TEMPLATES = (
    QT_TRANSLATE_NOOP("scan", "Load: scan the vehicle's code, then its pallets and boxes."),
    QT_TRANSLATE_NOOP("scan", "Unload: scan the vehicle's code, then what comes off it."),
    QT_TRANSLATE_NOOP(
        "scan",
        "Vehicle {number} ({plate}) of convoy {convoy}: "
        "{loaded} of {planned} planned items loaded.",
    ),
    QT_TRANSLATE_NOOP("scan", "{code} is a {kind}: scan the vehicle first."),
    QT_TRANSLATE_NOOP("scan", "{code} is on this vehicle already."),
    QT_TRANSLATE_NOOP(
        "scan", "{code} loaded on vehicle {number}: {loaded} of {planned} planned items."
    ),
    QT_TRANSLATE_NOOP(
        "scan", "{code} loaded, but it was not planned: {loaded} of {planned} planned items."
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "{code} loaded, but it was planned for another vehicle: "
        "{loaded} of {planned} planned items.",
    ),
    QT_TRANSLATE_NOOP("scan", "{code} unloaded from vehicle {number} to the dock."),
    QT_TRANSLATE_NOOP("scan", "Box {code} off pallet {pallet_code}, now at {name}."),
    QT_TRANSLATE_NOOP("scan", "Box {code} on pallet {pallet_code}: {boxes} boxes, {gross} kg."),
    QT_TRANSLATE_NOOP("scan", "Box {code} → {name}"),
    QT_TRANSLATE_NOOP("scan", "Look up: scan any label."),
    QT_TRANSLATE_NOOP("scan", "Pack: scan a pallet (or 'new pallet'), then boxes."),
    QT_TRANSLATE_NOOP("scan", "Put away: scan the location first, then boxes or pallets."),
    QT_TRANSLATE_NOOP(
        "scan", "Stocktake {name}: {found} found, {missing} missing, {unexpected} unexpected."
    ),
    QT_TRANSLATE_NOOP("scan", "Stocktake: scan the location, then everything found there."),
    QT_TRANSLATE_NOOP("scan", "Unpack: scan boxes to take them off their pallet."),
    QT_TRANSLATE_NOOP("scan", "{code} counted ({found} of {expected})."),
    QT_TRANSLATE_NOOP("scan", "{code} is not recorded here: it will be listed as unexpected."),
    QT_TRANSLATE_NOOP(
        "scan",
        "'{code}' is not a Hafenlager code: codes are digits only.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "Box {code} is already at {name}.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "Box {code} is already on this pallet.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "Box {code} is loaded on a vehicle: unload it first.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "Box {code} is not on a pallet.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "Box {code} is on another pallet ({pallet_code}). Move it to this one? "
        "Scan 'yes' to confirm.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "Box {code} is on pallet {pallet_code}. Take it off and put it at "
        "{name}? Scan 'yes' to confirm.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "Box {code} was disposed of: put it aside and tell the lead.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "Box {code} was shipped: it cannot be in the hall. Put it aside and tell the lead.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "Box {code}: {contents} · {owner} · {place} · {status}",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "Counting {name}: {expected} boxes expected.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "Empty scan: scan the label again.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "Last scan undone.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "Location {name}: {boxes} boxes, {pallets} pallets",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "New pallet {code}: print its labels, then scan boxes.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "No pallet is open: scan a pallet first.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "No stocktake is running.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "No {kind} has the code {code}.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "Nothing to undo.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "Nothing waits for a yes.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "Packing pallet {code}: {boxes} boxes, {gross} kg.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "Pallet {code} closed: {boxes} boxes, {gross} kg.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "Pallet {code} is already at {name}.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "Pallet {code} is {status}: it cannot be packed.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "Pallet {code} is {status}: it cannot move.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "Pallet {code} → {name}",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "Pallet {code}: {boxes} boxes · {gross} kg · {place}",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "Put away to {name}: now scan boxes or pallets.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "Scan the location you are counting first.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "Scan the pallet first (or 'new pallet').",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "The box changed meanwhile: scan it again.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "The scan to confirm no longer applies.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "{code} has a wrong check digit: check the label and type it again.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "{code} is a product barcode from the packaging: scan the Hafenlager label.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "{code} is a {kind}: scan a pallet or a box.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "{code} is a {kind}: scan the boxes to unpack.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "{code} is a {kind}: scan the location first.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "{code} is already counted.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "{code} is not a Hafenlager code (codes start with 1, 2, 3 or 9).",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "{code} is not a known control code.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "{code} is too short for a Hafenlager code.",
    ),
    QT_TRANSLATE_NOOP(
        "scan",
        "{code} was just scanned: nothing changed.",
    ),
)
