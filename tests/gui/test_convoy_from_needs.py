"""Choose goods → From needs list…: a list chosen, its proposal shown, reserved; the convoy
screen then shows how much of the list it covers. A proposal overtaken by another station is
refused with nothing reserved, and the new one shown."""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.domain.needs_setup import categories, loose_boxes, needs_list, pallet_of
from ui.convoys.goods_dialog import GoodsDialog
from ui.translations import install_translations
from warehouse_app.services import convoys
from warehouse_app.storage.models import Convoy, ConvoyItem

ARRIVAL = dt.date.today() + dt.timedelta(days=4)  # the demo's planning convoy 2026-P
SCREENSHOTS = os.environ.get("HAFENLAGER_SCREENSHOTS", "")  # a folder: the pictures go there


def _hospital_list() -> tuple[int, list[str]]:
    bandages, blankets = categories()
    pallet, boxes = pallet_of(blankets, quantity=5)
    loose = loose_boxes(bandages, 2, quantity=5, expiry=ARRIVAL + dt.timedelta(days=400))
    zhytomyr = Convoy.get(Convoy.number == "2026-P").recipient_id
    list_id = needs_list(
        zhytomyr,
        [(blankets, boxes * 5 + 20, "pcs", "normal"), (bandages, 10, "pcs", "urgent")],
        "Zhytomyr hospital",
    )
    return list_id, [pallet, *loose]


def test_a_needs_list_is_proposed_reserved_and_its_coverage_shown(
    qtbot: QtBot, qapp: QApplication, convoy_view: Any
) -> None:
    install_translations(qapp, QLocale("en"))
    list_id, codes = _hospital_list()
    convoy_view.reload_list("2026-P")
    assert not convoy_view.coverage.isVisible() or "0 % covered" in convoy_view.coverage.text()

    convoy = convoys.get_convoy("2026-P")
    goods = GoodsDialog(convoy, convoy_view.context.changes, convoy_view)
    qtbot.addWidget(goods)
    assert goods.needs_button.isEnabled()
    dialog = goods.needs_dialog()
    qtbot.addWidget(dialog)
    dialog.lists.setCurrentIndex(dialog.lists.findData(list_id))
    table = dialog.table
    assert table.rowCount() == 2
    assert table.item(0, 1).text() == "Test blankets"  # the category, in the lead's language
    assert table.item(1, 2).text() == "urgent" and table.item(1, 5).text() == "10 pcs"
    assert table.item(0, 6).text() == "20 pcs"  # more than the hall has: missing, in red
    assert table.item(0, 6).foreground().color().name() == "#b00020"
    assert "Takes pallets: 1, loose boxes: 2" in dialog.summary.text()
    assert "of 24000 kg, 3 of 33 pallet places" in dialog.summary.text()
    assert dialog.minimumSizeHint().width() <= 1366 and dialog.minimumSizeHint().height() <= 700
    assert codes[0] in table.item(0, 5).toolTip()  # what is taken, by its codes
    if SCREENSHOTS:
        dialog.resize(980, 400)
        dialog.show()
        qapp.processEvents()
        proposed = dialog.grab()

    with qtbot.waitSignal(convoy_view.context.changes.changed, timeout=2000):
        assert dialog.reserve()
    assert dialog.reserved is not None
    reserved = ConvoyItem.select().where(ConvoyItem.convoy == convoy.id)
    assert set(codes) <= {i.pallet.code if i.pallet_id else i.box.code for i in reserved}
    qtbot.waitUntil(lambda: "list" in convoy_view.coverage.text())
    said = convoy_view.coverage.text()
    assert f"list {list_id} (Zhytomyr hospital):" in said and "urgent lines 100 %" in said
    assert "Needs of Zhytomyr City Council" in said
    assert "Test bandages: 10 of 10" in convoy_view.coverage.toolTip()
    if SCREENSHOTS:  # the screen after the fill, and the proposal it came from over it
        convoy_view.resize(1366, 768)
        qapp.processEvents()
        picture = convoy_view.grab()
        painter = QPainter(picture)
        painter.drawPixmap(370, 350, proposed)
        painter.setPen(QPen(QColor("#555555"), 2))
        painter.drawRect(370, 350, proposed.width(), proposed.height())
        painter.end()
        picture.save(os.path.join(SCREENSHOTS, "convoy-from-needs.png"))


def test_a_proposal_another_station_overtook_reserves_nothing(
    qtbot: QtBot, qapp: QApplication, convoy_view: Any
) -> None:
    install_translations(qapp, QLocale("en"))
    list_id, codes = _hospital_list()
    convoy = convoys.get_convoy("2026-P")
    goods = GoodsDialog(convoy, convoy_view.context.changes, convoy_view)
    qtbot.addWidget(goods)
    dialog = goods.needs_dialog()
    qtbot.addWidget(dialog)
    dialog.lists.setCurrentIndex(dialog.lists.findData(list_id))
    assert dialog.reserve_button.isEnabled()
    before = ConvoyItem.select().where(ConvoyItem.convoy == convoy.id).count()
    other = convoys.get_convoy("2026-L")  # the dock reserves a proposed box meanwhile
    convoys.assign(other, vehicle=None, boxes=[codes[1]])
    assert not dialog.reserve()
    assert f"Box {codes[1]} is reserved for convoy 2026-L already" in dialog.error.text()
    assert ConvoyItem.select().where(ConvoyItem.convoy == convoy.id).count() == before
    assert dialog.proposal is not None  # the new proposal, without that box
    assert codes[1] not in {t.code for t in dialog.proposal.takes}
