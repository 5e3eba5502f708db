"""Corrections in the convoy tree: take goods off the convoy, move them to another vehicle,
edit a vehicle; and the one-click fix of a readiness problem. A loaded pallet is unloaded on
the way off, to the place the lead chooses."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QInputDialog,
    QMenu,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ui.changes import Kind
from ui.service_texts import error_text
from warehouse_app.errors import HafenlagerError
from warehouse_app.services import convoys, masterdata

if TYPE_CHECKING:
    from ui.context import AppContext
    from warehouse_app.services.convoys import ConvoyRecord, Problem

# On a pallet or loose box of the tree: ("pallet" | "box", its code).
GOODS_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Goods:
    pallets: tuple[str, ...] = ()
    boxes: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.pallets or self.boxes)

    def __len__(self) -> int:
        return len(self.pallets) + len(self.boxes)


def goods_of(items: Iterable[QTreeWidgetItem]) -> Goods:
    pallets: dict[str, None] = {}
    boxes: dict[str, None] = {}
    for item in items:
        data = item.data(0, GOODS_ROLE)
        if data:
            (pallets if data[0] == "pallet" else boxes)[data[1]] = None
    return Goods(tuple(pallets), tuple(boxes))


class Screen(Protocol):
    """What the corrections use of the convoy screen."""

    tree: QTreeWidget
    convoy: ConvoyRecord | None
    context: AppContext

    def say(self, text: str, ok: bool) -> None: ...

    def announce(self, *kinds: Kind) -> None: ...


class ConvoyCorrections(QObject):
    """The convoy screen's corrections; each ends with the change announced, or in red."""

    def __init__(self, view: Screen, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = view

    # --- the tree's menu ------------------------------------------------------------
    def show_menu(self, position: QPoint) -> None:
        menu = self.menu_for(self.view.tree.selectedItems(), self.view.tree.itemAt(position))
        if menu.actions():
            menu.exec(self.view.tree.viewport().mapToGlobal(position))

    def menu_for(self, selected: list[QTreeWidgetItem], under: QTreeWidgetItem | None) -> QMenu:
        menu = QMenu(self.view.tree)
        goods = goods_of(selected)
        if goods:
            remove = QAction(
                self.tr("Remove from convoy (%1)").replace("%1", str(len(goods))), menu
            )
            remove.triggered.connect(lambda: self.ask_and_remove(goods))
            move = QAction(self.tr("Move to vehicle…"), menu)
            move.triggered.connect(lambda: self.ask_and_move(goods))
            menu.addAction(remove)
            menu.addAction(move)
        data = under.data(0, Qt.ItemDataRole.UserRole) if under is not None else None
        if data and data[0] == "vehicle" and data[2] is not None:
            edit = QAction(self.tr("Edit vehicle %1…").replace("%1", str(data[2])), menu)
            edit.triggered.connect(lambda: self.edit_vehicle(data[2]))
            menu.addAction(edit)
        return menu

    def remove_selected(self) -> None:
        goods = goods_of(self.view.tree.selectedItems())
        if goods:
            self.ask_and_remove(goods)

    # --- taking goods off -----------------------------------------------------------
    def ask_and_remove(self, goods: Goods) -> bool:
        convoy = self.view.convoy
        assert convoy is not None
        loaded = convoys.loaded_among(convoy, pallets=goods.pallets, boxes=goods.boxes)
        unload_to = None
        if loaded:
            places = [(loc.name, loc.id) for loc in masterdata.locations()]
            name, ok = QInputDialog.getItem(
                self.view.tree,
                self.tr("Remove from convoy"),
                self.tr("%1 of them are loaded on a truck. Unload them to:").replace(
                    "%1", str(loaded)
                ),
                [n for n, _ in places],
                0,
                False,
            )
            if not ok:
                return False
            unload_to = dict(places)[name]
        return self.remove(goods, unload_to)

    def remove(self, goods: Goods, unload_to: int | None = None) -> bool:
        convoy = self.view.convoy
        assert convoy is not None
        try:
            count = convoys.release(
                convoy,
                pallets=goods.pallets,
                boxes=goods.boxes,
                actor=self.view.context.actor,
                unload_to=unload_to,
            )
        except HafenlagerError as exc:
            self.view.say(error_text(exc), ok=False)
            return False
        self.view.announce(Kind.CONVOYS, Kind.PALLETS, Kind.BOXES)
        self.view.say(
            self.tr("%1 taken off convoy %2.")
            .replace("%1", ", ".join((*goods.pallets, *goods.boxes)) if count else "0")
            .replace("%2", convoy.number),
            ok=True,
        )
        return True

    # --- moving goods ---------------------------------------------------------------
    def ask_and_move(self, goods: Goods) -> bool:
        convoy = self.view.convoy
        assert convoy is not None
        trucks = {
            f"{v.number}: {v.truck_plate} {v.trailer_plate}".strip(): v.number
            for v in convoys.vehicles(convoy)
        }
        if not trucks:
            self.view.say(self.tr("The convoy has no vehicle yet: add one first."), ok=False)
            return False
        choice, ok = QInputDialog.getItem(
            self.view.tree, self.tr("Move to vehicle"), self.tr("Vehicle:"), list(trucks), 0, False
        )
        return ok and self.move(goods, trucks[choice])

    def move(self, goods: Goods, vehicle_number: int) -> bool:
        convoy = self.view.convoy
        assert convoy is not None
        try:
            vehicle = convoys.get_vehicle(convoy, vehicle_number)
            convoys.move(
                convoy,
                vehicle,
                pallets=goods.pallets,
                boxes=goods.boxes,
                actor=self.view.context.actor,
            )
        except HafenlagerError as exc:
            self.view.say(error_text(exc), ok=False)
            return False
        self.view.announce(Kind.CONVOYS)
        self.view.say(
            self.tr("%1 now on vehicle %2.")
            .replace("%1", ", ".join((*goods.pallets, *goods.boxes)))
            .replace("%2", str(vehicle_number)),
            ok=True,
        )
        return True

    def edit_vehicle(self, vehicle_number: int) -> None:
        from ui.convoys.vehicle_dialog import VehicleDialog

        convoy = self.view.convoy
        assert convoy is not None
        vehicle = convoys.get_vehicle(convoy, vehicle_number)
        if VehicleDialog(convoy, self.view.tree, editing=vehicle).exec():
            self.view.announce(Kind.CONVOYS)

    # --- readiness ------------------------------------------------------------------
    def fix(self, problem: Problem, *, ask: bool = True) -> bool:
        """Take off what the problem names; with ask, after a yes from the lead."""
        goods = Goods(problem.release_pallets, problem.release_boxes)
        if not goods:
            return False
        if ask:
            answer = QMessageBox.question(
                self.view.tree,
                self.tr("Take off the convoy"),
                self.tr("Take %1 off the convoy?").replace(
                    "%1", ", ".join((*goods.pallets, *goods.boxes))
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            return self.ask_and_remove(goods)
        return self.remove(goods)
