"""The convoy screen: tree, gauges, goods, vehicles, status, delivery."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.convoys.convoy_dialog import ConvoyDialog
from ui.convoys.goods_dialog import GoodsDialog
from ui.convoys.vehicle_dialog import VehicleDialog
from ui.convoys.view import ConvoyView
from warehouse_app.services import convoys
from warehouse_app.services.convoys import archive as paper_archive
from warehouse_app.services.movements import Actor
from warehouse_app.storage.models import Convoy, ConvoyItem, Pallet, Vehicle
from warehouse_app.storage.opening import OpenedDatabase


@pytest.fixture
def view(convoy_view: ConvoyView) -> ConvoyView:
    return convoy_view


def select(view: ConvoyView, number: str) -> None:
    for row in range(view.list.count()):
        if view.list.item(row).text().startswith(number):
            view.list.setCurrentRow(row)
            return
    raise AssertionError(number)


def test_the_tree_shows_vehicles_pallets_and_boxes(qtbot: QtBot, view: ConvoyView) -> None:
    select(view, "2026-P")
    assert view.convoy is not None and view.convoy.number == "2026-P"
    truck = view.tree.topLevelItem(0)
    assert truck.text(0).startswith("1: DO-HL 100") and truck.childCount() == 2
    pallet = truck.child(0)
    pallet.setExpanded(True)
    assert pallet.childCount() == int(pallet.text(1)) > 0
    assert view.gauges.count() == 2  # the truck and the convoy
    assert view.depart_button.isEnabled() is False


def test_choosing_goods_updates_the_gauges(qtbot: QtBot, view: ConvoyView) -> None:
    select(view, "2026-P")
    before = view.gauges.itemAt(0).widget().format()
    assert view.convoy is not None
    dialog = GoodsDialog(view.convoy, view.context.changes, view)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() > 0
    expiries = [dialog.candidates[r].earliest_expiry for r in range(len(dialog.candidates))]
    dated = [e for e in expiries if e is not None]
    assert dated == sorted(dated)  # earliest expiry first
    dialog.table.selectRow(0)
    code, gross = dialog.candidates[0].code, dialog.candidates[0].gross_kg
    assert dialog.assign_selected()
    # It says what it did: the pallets leave the list, so the lead sees it took.
    assert dialog.assigned.text().startswith("Reserved for ")
    assert f"(pallets: 1, {gross.normalize():f} kg gross): {code}." in dialog.assigned.text()
    reserved = ConvoyItem.select().join(Pallet, on=(ConvoyItem.pallet == Pallet.id))
    assert reserved.where(Pallet.code == code, ConvoyItem.convoy == view.convoy.id).exists()
    assert view.gauges.itemAt(0).widget().format() != before
    assert code not in [c.code for c in dialog.candidates]  # reserved now


def test_new_convoy_and_vehicle_dialogs_refuse_bad_input(qtbot: QtBot, view: ConvoyView) -> None:
    dialog = ConvoyDialog(view)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "Convoy number is empty" in dialog.error.text()
    dialog.number_edit.setText("K-UI")
    dialog.accept()
    assert Convoy.get(Convoy.number == "K-UI").recipient_id is not None
    vehicle = VehicleDialog(convoys.get_convoy("K-UI"), view)
    qtbot.addWidget(vehicle)
    vehicle.payload.setText("0")
    vehicle.accept()
    assert "Payload kg is 100 to 60000, not 0" in vehicle.error.text()
    vehicle.payload.setText("24000")
    vehicle.truck.setText("do-ui 1")
    vehicle.carrier.setText("Spedition Ruhr GmbH")
    vehicle.accept()  # a carrier without its address: the CMR names both
    assert "needs its address" in vehicle.error.text()
    assert not Vehicle.select().where(Vehicle.truck_plate == "DO-UI 1").exists()
    vehicle.carrier_address.setText("Hafenstraße 23, 44147 Dortmund, DE")
    vehicle.accept()
    saved = Vehicle.get(Vehicle.truck_plate == "DO-UI 1")
    assert (saved.number, saved.carrier_address) == (1, "Hafenstraße 23, 44147 Dortmund, DE")


def test_status_buttons_follow_the_rules(
    qtbot: QtBot, view: ConvoyView, monkeypatch: pytest.MonkeyPatch
) -> None:
    select(view, "2026-R")
    assert view.depart_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(view.departure_finished, timeout=30_000):
        view.depart_button.click()  # the papers render and archive off the GUI thread
        assert not view.depart_button.isEnabled()
    assert "departed" in view.message.text()
    assert convoys.get_convoy("2026-R").status == "departed"
    assert paper_archive.is_archived(convoys.get_convoy("2026-R"))
    assert view.deliver_button.isEnabled() and not view.goods_button.isEnabled()
    select(view, "2026-P")
    view.ready_button.click()
    assert "is not ready" in view.message.text()


def test_editing_and_acknowledging_from_the_screen(
    qtbot: QtBot, view: ConvoyView, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    select(view, "2026-P")
    dialog = ConvoyDialog(view, editing=view.convoy)
    qtbot.addWidget(dialog)
    assert dialog.number_edit.isReadOnly() and dialog.number_edit.text() == "2026-P"
    dialog.aid_code.setText("AHD-EDITED")
    dialog.accept()
    assert convoys.get_convoy("2026-P").aid_code == "AHD-EDITED"
    view.show_convoy()
    export = [
        view.problems.item(r)
        for r in range(view.problems.count())
        if view.problems.item(r).data(256) is not None
    ]
    assert export, "the demo convoy carries goods with an export note"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("MRN 26DE1", True))
    view.acknowledge(export[0])
    assert "Acknowledged" in view.message.text()
    assert (
        len(
            [
                view.problems.item(r)
                for r in range(view.problems.count())
                if view.problems.item(r).data(256) is not None
            ]
        )
        == len(export) - 1
    )


def test_recipients_are_edited_in_the_settings(
    qtbot: QtBot, demo: OpenedDatabase, actor: Actor
) -> None:
    from ui.settings.view import SettingsView

    settings = SettingsView(AppContext(demo, actor.volunteer_id, "T", "PC"))
    qtbot.addWidget(settings)
    table = settings.recipients
    from warehouse_app.services.recipients import recipients

    before = len(recipients())
    assert table.table.rowCount() == before >= 2  # the demo's recipients, its own and the needs'
    dialog = table.open_dialog(None)
    qtbot.addWidget(dialog)
    dialog.widgets["name"].setText("Korostyshiv Council")
    dialog.widgets["edrpou"].setText("123")
    dialog.accept()
    assert "8 digits" in dialog.error.text()
    dialog.widgets["edrpou"].setText("12345678")
    dialog.accept()
    assert table.table.rowCount() == before + 1


def test_a_departure_whose_papers_cannot_be_made_says_why_and_does_not_happen(
    qtbot: QtBot, view: ConvoyView
) -> None:
    from warehouse_app.services import masterdata

    masterdata.save_settings({"hall.sender_city": ""})
    select(view, "2026-R")
    with qtbot.waitSignal(view.departure_finished, timeout=30_000):
        view.start_departure("2026-R")
    assert "The papers need: sender name and city" in view.message.text()
    assert convoys.get_convoy("2026-R").status == "ready"
    assert not paper_archive.is_archived(convoys.get_convoy("2026-R"))
    assert view.depart_button.isEnabled()


def test_choose_goods_filters_by_location_and_expiry(qtbot: QtBot, view: ConvoyView) -> None:
    from warehouse_app.storage.models import Location

    select(view, "2026-P")
    assert view.convoy is not None
    dialog = GoodsDialog(view.convoy, view.context.changes, view)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.location.isVisible() and dialog.expiring.isVisible()
    everything = {c.code for c in dialog.candidates}
    place = Location.get(Location.name == dialog.candidates[0].location)
    dialog.location.setCurrentIndex(dialog.location.findData(place.id))
    there = {c.code for c in dialog.candidates}
    assert there and there <= everything
    assert all(c.location == place.name for c in dialog.candidates)
    dialog.location.setCurrentIndex(0)
    dialog.expiring.setCurrentIndex(dialog.expiring.findData(3))
    assert all(c.earliest_expiry is not None for c in dialog.candidates)
    # Every column shows its header whole: the widths follow the texts.
    header = dialog.table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(5):
        title = dialog.table.horizontalHeaderItem(column).text()
        assert header.sectionSize(column) >= metrics.horizontalAdvance(title)
