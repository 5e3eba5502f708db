"""Corrections on the convoy screen: goods off the convoy (a loaded pallet unloaded on the
way), onto another vehicle, a vehicle edited, and a readiness problem fixed in one click."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from tests.gui.test_convoy import select
from ui.convoys.convoy_dialog import ConvoyDialog
from ui.convoys.vehicle_dialog import VehicleDialog
from ui.convoys.view import ConvoyView
from warehouse_app.kinds import PalletStatus
from warehouse_app.services import convoys
from warehouse_app.storage.models import Convoy, ConvoyItem, Location, Pallet


@pytest.fixture
def view(convoy_view: ConvoyView) -> ConvoyView:
    return convoy_view


def pallet_rows(view: ConvoyView) -> list[QTreeWidgetItem]:
    return [
        view.tree.topLevelItem(t).child(c)
        for t in range(view.tree.topLevelItemCount())
        for c in range(view.tree.topLevelItem(t).childCount())
        if view.tree.topLevelItem(t).child(c).text(0) != "loose boxes"
    ]


def on_convoy(number: str) -> set[str]:
    return {
        i.pallet.code
        for i in ConvoyItem.select().join(Convoy).where(Convoy.number == number)
        if i.pallet_id
    }


def test_a_loaded_and_an_unloaded_pallet_come_off_the_convoy_from_the_tree_menu(
    qtbot: QtBot, view: ConvoyView, monkeypatch: pytest.MonkeyPatch
) -> None:
    select(view, "2026-L")
    rows = pallet_rows(view)
    loaded = next(r for r in rows if r.text(3))
    waiting = next(r for r in rows if not r.text(3))
    loaded.setSelected(True)
    waiting.setSelected(True)
    loaded_code = loaded.text(0)
    codes = {loaded_code, waiting.text(0)}
    # The lead answers "unload to Wareneingang" when asked where the loaded one goes.
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Wareneingang", True))
    menu = view.corrections.menu_for(view.tree.selectedItems(), loaded)
    (remove,) = [a for a in menu.actions() if a.text().startswith("Remove from convoy (2)")]
    remove.trigger()
    assert not codes & on_convoy("2026-L")
    back = Pallet.get(Pallet.code == loaded_code)
    assert back.status == PalletStatus.IN_STOCK
    assert back.location_id == Location.get(Location.name == "Wareneingang").id
    assert "taken off convoy 2026-L" in view.message.text()
    assert not codes & {r.text(0) for r in pallet_rows(view)}  # the tree read it again


def test_pallets_move_to_another_vehicle_and_a_vehicle_is_edited(
    qtbot: QtBot, view: ConvoyView, monkeypatch: pytest.MonkeyPatch
) -> None:
    select(view, "2026-P")
    assert view.convoy is not None
    convoys.add_vehicle(view.convoy, payload_kg="12000", truck_plate="DO-X 2", drivers="O: 1")
    select(view, "2026-P")
    row = pallet_rows(view)[0]
    row.setSelected(True)
    code = row.text(0)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("2: DO-X 2", True))
    menu = view.corrections.menu_for([row], view.tree.topLevelItem(0))
    titles = [a.text() for a in menu.actions()]
    assert titles == ["Remove from convoy (1)", "Move to vehicle…", "Edit vehicle 1…"]
    menu.actions()[1].trigger()
    item = ConvoyItem.get(ConvoyItem.pallet == Pallet.get(Pallet.code == code).id)
    assert item.vehicle.number == 2 and "now on vehicle 2" in view.message.text()

    truck = convoys.get_vehicle(view.convoy, 2)
    dialog = VehicleDialog(view.convoy, view, editing=truck)
    qtbot.addWidget(dialog)
    assert (dialog.payload.text(), dialog.truck.text()) == ("12000", "DO-X 2")
    dialog.payload.setText("-1")
    dialog.accept()
    assert "Payload kg is 100 to 60000, not -1" in dialog.error.text()
    dialog.payload.setText("18000")
    dialog.loading_height.setText("2.9")
    dialog.accept()
    edited = convoys.get_vehicle(view.convoy, 2)
    assert (edited.payload_kg, edited.loading_height_m) == (18000, Decimal("2.9"))


def test_the_loading_problem_is_fixed_by_a_double_click(
    qtbot: QtBot, view: ConvoyView, monkeypatch: pytest.MonkeyPatch
) -> None:
    select(view, "2026-L")
    lines = [view.problems.item(r) for r in range(view.problems.count())]
    (line,) = [li for li in lines if "are not loaded" in li.text()]
    assert "take it off" in line.toolTip()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.problems.itemDoubleClicked.emit(line)
    texts = [view.problems.item(r).text() for r in range(view.problems.count())]
    assert not [t for t in texts if "are not loaded" in t]
    assert all(i.loaded for i in ConvoyItem.select().join(Convoy).where(Convoy.number == "2026-L"))


def test_the_new_convoy_dialog_takes_the_export_mrn(qtbot: QtBot, view: ConvoyView) -> None:
    dialog = ConvoyDialog(view)
    qtbot.addWidget(dialog)
    dialog.number_edit.setText("K-MRN")
    dialog.mrn.setText("26DE123456789012A1")
    dialog.accept()
    assert convoys.get_convoy("K-MRN").export_mrn == "26DE123456789012A1"
    edit = ConvoyDialog(view, editing=convoys.get_convoy("K-MRN"))
    qtbot.addWidget(edit)
    assert edit.mrn.text() == "26DE123456789012A1"
