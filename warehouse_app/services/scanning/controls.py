"""The scan modes, and the control codes printed on the control sheet that switch them."""

from __future__ import annotations

import enum

from warehouse_app.codes import CodeKind, make_code
from warehouse_app.services.scanning import messages


class Mode(enum.StrEnum):
    LOOKUP = "lookup"
    PUTAWAY = "putaway"
    PACK = "pack"
    UNPACK = "unpack"
    STOCKTAKE = "stocktake"
    LOAD = "load"
    UNLOAD = "unload"


# What the volunteer is told on entering each mode.
HINTS = {
    Mode.LOOKUP: messages.HINT_LOOKUP,
    Mode.PUTAWAY: messages.HINT_PUTAWAY,
    Mode.PACK: messages.HINT_PACK,
    Mode.UNPACK: messages.HINT_UNPACK,
    Mode.STOCKTAKE: messages.HINT_STOCKTAKE,
    Mode.LOAD: messages.HINT_LOAD,
    Mode.UNLOAD: messages.HINT_UNLOAD,
}


class Control(enum.IntEnum):
    """Serials of the control codes (kind 9) on the control sheet."""

    LOOKUP = 1
    PUTAWAY = 2
    PACK = 3
    UNPACK = 4
    STOCKTAKE = 5
    LOAD = 6
    UNLOAD = 7
    NEW_PALLET = 10
    CLOSE_PALLET = 11
    UNDO = 12
    YES = 13
    FINISH_STOCKTAKE = 14

    @property
    def code(self) -> str:
        return make_code(CodeKind.CONTROL, self.value)


# The control sheet is a document: it carries its own three languages.
CONTROL_TITLES = {
    Control.LOOKUP: "Mode: look up / Suchen / Пошук",
    Control.PUTAWAY: "Mode: put away / Einlagern / Розміщення",
    Control.PACK: "Mode: pack pallet / Palette packen / Пакування піддона",
    Control.UNPACK: "Mode: unpack / Auspacken / Розпакування",
    Control.STOCKTAKE: "Mode: stocktake / Inventur / Інвентаризація",
    Control.LOAD: "Mode: load a vehicle / Verladen / Завантаження",
    Control.UNLOAD: "Mode: unload a vehicle / Entladen / Розвантаження",
    Control.NEW_PALLET: "New pallet / Neue Palette / Новий піддон",
    Control.CLOSE_PALLET: "Close pallet / Palette abschließen / Закрити піддон",
    Control.UNDO: "Undo last scan / Rückgängig / Скасувати",
    Control.YES: "Yes, confirm / Ja / Так",
    Control.FINISH_STOCKTAKE: "Finish stocktake / Inventur beenden / Завершити",
}
MODE_OF_CONTROL = {
    Control.LOOKUP: Mode.LOOKUP,
    Control.PUTAWAY: Mode.PUTAWAY,
    Control.PACK: Mode.PACK,
    Control.UNPACK: Mode.UNPACK,
    Control.STOCKTAKE: Mode.STOCKTAKE,
    Control.LOAD: Mode.LOAD,
    Control.UNLOAD: Mode.UNLOAD,
}
