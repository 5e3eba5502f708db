"""Every answer of the scan loop, once: English templates with {name} placeholders.

The terminal prints them as they are; the GUI translates each (context "scan") with the
volunteer's language and fills in the placeholders. Endings are appended to an answer and
translated on their own, so every combination reads right without listing each one.
"""

from __future__ import annotations

from warehouse_app.texts import QT_TRANSLATE_NOOP

# --- what each mode expects ------------------------------------------------------------------
HINT_LOOKUP = QT_TRANSLATE_NOOP("scan", "Look up: scan any label.")
HINT_PUTAWAY = QT_TRANSLATE_NOOP(
    "scan", "Put away: scan the location first, then boxes or pallets."
)
HINT_PACK = QT_TRANSLATE_NOOP("scan", "Pack: scan a pallet (or 'new pallet'), then boxes.")
HINT_UNPACK = QT_TRANSLATE_NOOP("scan", "Unpack: scan boxes to take them off their pallet.")
HINT_STOCKTAKE = QT_TRANSLATE_NOOP(
    "scan", "Stocktake: scan the location, then everything found there."
)
HINT_LOAD = QT_TRANSLATE_NOOP("scan", "Load: scan the vehicle's code, then its pallets and boxes.")
HINT_UNLOAD = QT_TRANSLATE_NOOP("scan", "Unload: scan the vehicle's code, then what comes off it.")

# --- codes that are no use -------------------------------------------------------------------
EMPTY = QT_TRANSLATE_NOOP("scan", "Empty scan: scan the label again.")
PRODUCT_BARCODE = QT_TRANSLATE_NOOP(
    "scan", "{code} is a product barcode from the packaging: scan the Hafenlager label."
)
WRONG_CHECK_DIGIT = QT_TRANSLATE_NOOP(
    "scan", "{code} has a wrong check digit: check the label and type it again."
)
TOO_SHORT = QT_TRANSLATE_NOOP("scan", "{code} is too short for a Hafenlager code.")
WRONG_FIRST_DIGIT = QT_TRANSLATE_NOOP(
    "scan", "{code} is not a Hafenlager code (codes start with 1, 2, 3 or 9)."
)
NOT_DIGITS = QT_TRANSLATE_NOOP("scan", "'{code}' is not a Hafenlager code: codes are digits only.")
UNKNOWN_CONTROL = QT_TRANSLATE_NOOP("scan", "{code} is not a known control code.")
UNKNOWN = QT_TRANSLATE_NOOP("scan", "No {kind} has the code {code}.")
JUST_SCANNED = QT_TRANSLATE_NOOP("scan", "{code} was just scanned: nothing changed.")
# A refusal the convoy services worded (in English only, for now).
SERVICE_REFUSAL = "{error}"

# --- look up ---------------------------------------------------------------------------------
BOX_FOUND = QT_TRANSLATE_NOOP(
    "scan", "Box {code}: {contents} · {amount} · {owner} · {place} · {status}"
)
PALLET_FOUND = QT_TRANSLATE_NOOP("scan", "Pallet {code}: {boxes} boxes · {gross} kg · {place}")
LOCATION_FOUND = QT_TRANSLATE_NOOP("scan", "Location {name}: {boxes} boxes, {pallets} pallets")

# --- boxes that may not move -----------------------------------------------------------------
BOX_SHIPPED = QT_TRANSLATE_NOOP(
    "scan", "Box {code} was shipped: it cannot be in the hall. Put it aside and tell the lead."
)
BOX_DISPOSED = QT_TRANSLATE_NOOP(
    "scan", "Box {code} was disposed of: put it aside and tell the lead."
)
BOX_LOADED = QT_TRANSLATE_NOOP("scan", "Box {code} is loaded on a vehicle: unload it first.")

# --- put away --------------------------------------------------------------------------------
PUTAWAY_TO = QT_TRANSLATE_NOOP("scan", "Put away to {name}: now scan boxes or pallets.")
LOCATION_FIRST = QT_TRANSLATE_NOOP("scan", "{code} is a {kind}: scan the location first.")
PALLET_CANNOT_MOVE = QT_TRANSLATE_NOOP("scan", "Pallet {code} is {status}: it cannot move.")
PALLET_ALREADY_THERE = QT_TRANSLATE_NOOP("scan", "Pallet {code} is already at {name}.")
PALLET_MOVED = QT_TRANSLATE_NOOP("scan", "Pallet {code} → {name}")
BOX_ON_PALLET_TAKE_OFF = QT_TRANSLATE_NOOP(
    "scan",
    "Box {code} is on pallet {pallet_code}. Take it off and put it at "
    "{name}? Scan 'yes' to confirm.",
)
BOX_ALREADY_THERE = QT_TRANSLATE_NOOP("scan", "Box {code} is already at {name}.")
BOX_MOVED = QT_TRANSLATE_NOOP("scan", "Box {code} → {name} · {contents} · {amount}")

# --- pack ------------------------------------------------------------------------------------
NEW_PALLET = QT_TRANSLATE_NOOP("scan", "New pallet {code}: print its labels, then scan boxes.")
NO_OPEN_PALLET = QT_TRANSLATE_NOOP("scan", "No pallet is open: scan a pallet first.")
PALLET_CLOSED = QT_TRANSLATE_NOOP("scan", "Pallet {code} closed: {boxes} boxes, {gross} kg.")
PALLET_CANNOT_PACK = QT_TRANSLATE_NOOP("scan", "Pallet {code} is {status}: it cannot be packed.")
PACKING = QT_TRANSLATE_NOOP("scan", "Packing pallet {code}: {boxes} boxes, {gross} kg.")
PALLET_OR_BOX = QT_TRANSLATE_NOOP("scan", "{code} is a {kind}: scan a pallet or a box.")
PALLET_FIRST = QT_TRANSLATE_NOOP("scan", "Scan the pallet first (or 'new pallet').")
BOX_ALREADY_ON_PALLET = QT_TRANSLATE_NOOP("scan", "Box {code} is already on this pallet.")
BOX_ON_OTHER_PALLET = QT_TRANSLATE_NOOP(
    "scan",
    "Box {code} is on another pallet ({pallet_code}). Move it to this one? Scan 'yes' to confirm.",
)
BOX_PACKED = QT_TRANSLATE_NOOP(
    "scan", "Box {code} on pallet {pallet_code}: {boxes} boxes, {gross} kg."
)

# --- unpack ----------------------------------------------------------------------------------
BOXES_TO_UNPACK = QT_TRANSLATE_NOOP("scan", "{code} is a {kind}: scan the boxes to unpack.")
NOT_ON_PALLET = QT_TRANSLATE_NOOP("scan", "Box {code} is not on a pallet.")
UNPACKED = QT_TRANSLATE_NOOP("scan", "Box {code} off pallet {pallet_code}, now at {name}.")

# --- load and unload a vehicle ---------------------------------------------------------------
VEHICLE = QT_TRANSLATE_NOOP(
    "scan",
    "Vehicle {number} ({plate}) of convoy {convoy}: {loaded} of {planned} planned items loaded.",
)
VEHICLE_FIRST = QT_TRANSLATE_NOOP("scan", "{code} is a {kind}: scan the vehicle first.")
ON_VEHICLE_ALREADY = QT_TRANSLATE_NOOP("scan", "{code} is on this vehicle already.")
LOADED_PLANNED = QT_TRANSLATE_NOOP(
    "scan", "{code} loaded on vehicle {number}: {loaded} of {planned} planned items."
)
LOADED_OTHER_VEHICLE = QT_TRANSLATE_NOOP(
    "scan",
    "{code} loaded, but it was planned for another vehicle: {loaded} of {planned} planned items.",
)
LOADED_NOT_PLANNED = QT_TRANSLATE_NOOP(
    "scan", "{code} loaded, but it was not planned: {loaded} of {planned} planned items."
)
UNLOADED = QT_TRANSLATE_NOOP("scan", "{code} unloaded from vehicle {number} to the dock.")

# --- stocktake -------------------------------------------------------------------------------
COUNTING = QT_TRANSLATE_NOOP("scan", "Counting {name}: {expected} boxes expected.")
COUNT_LOCATION_FIRST = QT_TRANSLATE_NOOP("scan", "Scan the location you are counting first.")
ALREADY_COUNTED = QT_TRANSLATE_NOOP("scan", "{code} is already counted.")
COUNTED = QT_TRANSLATE_NOOP("scan", "{code} counted ({found} of {expected}).")
NOT_RECORDED_HERE = QT_TRANSLATE_NOOP(
    "scan", "{code} is not recorded here: it will be listed as unexpected."
)
NO_STOCKTAKE = QT_TRANSLATE_NOOP("scan", "No stocktake is running.")
STOCKTAKE_DONE = QT_TRANSLATE_NOOP(
    "scan", "Stocktake {name}: {found} found, {missing} missing, {unexpected} unexpected."
)

# --- another station was first ----------------------------------------------------------
PALLET_NOT_IN_STOCK_NOW = QT_TRANSLATE_NOOP(
    "scan",
    "Pallet {pallet_code} is {status} now (another station): box {code} was not packed. "
    "Scan another pallet.",
)
NOT_UNDONE = QT_TRANSLATE_NOOP(
    "scan", "{code} was changed since by another station: the last scan was not undone."
)
DATABASE_BUSY = QT_TRANSLATE_NOOP(
    "scan",
    "The database is busy (another station is writing): {code} was not saved. Scan it again.",
)
NOT_SAVED = QT_TRANSLATE_NOOP("scan", "Not saved: {error}")
# The activity log's entry of a booked stocktake.
STOCKTAKE_BOOKED = QT_TRANSLATE_NOOP(
    "scan",
    "Stocktake of {place} booked: {found} found, missing {missing}, not expected there "
    "{unexpected}.",
)
NOT_THEIRS = QT_TRANSLATE_NOOP(
    "scan", "{code} holds goods of {owner}: you work with your own association's goods only"
)

# --- confirm and undo ------------------------------------------------------------------------
NOTHING_TO_CONFIRM = QT_TRANSLATE_NOOP("scan", "Nothing waits for a yes.")
BOX_CHANGED = QT_TRANSLATE_NOOP("scan", "The box changed meanwhile: scan it again.")
CONFIRM_GONE = QT_TRANSLATE_NOOP("scan", "The scan to confirm no longer applies.")
NOTHING_TO_UNDO = QT_TRANSLATE_NOOP("scan", "Nothing to undo.")
UNDONE = QT_TRANSLATE_NOOP("scan", "Last scan undone.")
UNDONE_BOX = QT_TRANSLATE_NOOP("scan", "Undone: box {code} is back at {place}.")
UNDONE_PALLET = QT_TRANSLATE_NOOP("scan", "Undone: pallet {code} is back at {place}.")
UNDONE_NEW_PALLET = QT_TRANSLATE_NOOP(
    "scan", "Undone: the new pallet {code} is dissolved; throw its labels away."
)

# --- endings, appended to an answer and translated on their own -----------------------------
EXPIRED = QT_TRANSLATE_NOOP("scan", " Expired on {expiry}!")
EXPIRES_SOON = QT_TRANSLATE_NOOP("scan", " Expires soon: {expiry}.")
KEEPS_UNTIL = QT_TRANSLATE_NOOP("scan", " Best before {expiry}.")
OVER_PALLET_LIMIT = QT_TRANSLATE_NOOP("scan", " Over the pallet limit of {limit} kg!")
OWNERS = QT_TRANSLATE_NOOP("scan", " Owners: {owners}.")
