"""The signed act on screen: attached when the delivery is confirmed, listed, saved again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from tests.gui.test_convoy import select
from ui.convoys.acts_dialog import ActsDialog
from ui.convoys.delivery_dialog import DeliveryDialog
from warehouse_app.services import convoys
from warehouse_app.services.movements import Actor
from warehouse_app.storage.models import DeliveryAct

SCAN = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


def test_the_act_is_attached_at_delivery_and_saved_again(
    qtbot: QtBot, convoy_view: Any, actor: Actor, tmp_path: Path
) -> None:
    select(convoy_view, "2026-D")
    assert convoy_view.acts.button.isEnabled()  # departed: acts come with the handover
    dialog = DeliveryDialog(convoys.get_convoy("2026-D"), actor, convoy_view)
    qtbot.addWidget(dialog)
    dialog.receipt.setText("Akt 7/2026")
    dialog.act.setText(str(tmp_path / "missing.png"))
    kept = DeliveryAct.select().count()  # the demo's delivered convoy has its act
    dialog.accept()
    assert "There is no file" in dialog.error.text() and DeliveryAct.select().count() == kept
    scan = tmp_path / "akt.png"
    scan.write_bytes(SCAN)
    dialog.act.setText(str(scan))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    acts = ActsDialog("2026-D", convoy_view)
    qtbot.addWidget(acts)
    assert acts.table.rowCount() == 1 and acts.table.item(0, 1).text() == "akt.png"
    copy = acts.save_copy(tmp_path / "copy.png")
    assert copy is not None and copy.read_bytes() == SCAN
    select(convoy_view, "2026-P")
    assert not convoy_view.acts.button.isEnabled()


def test_an_act_that_comes_later_is_attached_from_the_list(
    qtbot: QtBot, convoy_view: Any, actor: Actor, tmp_path: Path
) -> None:
    acts = ActsDialog("2026-D", convoy_view)
    qtbot.addWidget(acts)
    assert acts.table.rowCount() == 0 and not acts.save_button.isEnabled()
    assert not acts.attach(tmp_path / "missing.jpg") and "There is no file" in acts.message.text()
    later = tmp_path / "foto.png"
    later.write_bytes(SCAN)
    assert acts.attach(later) and acts.table.rowCount() == 1 and acts.save_button.isEnabled()
