"""The receiving window at the other end, in Ukrainian, with no database of its own: each scan
counted against the kit, the receipt saved, and that receipt imported in Dortmund."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.receiving.window import ReceivingWindow
from ui.translations import install_translations
from warehouse_app.papers.receiving_kit import kit_hash, read_kit
from warehouse_app.services import convoys
from warehouse_app.services.convoys import receipts
from warehouse_app.services.movements import Actor
from warehouse_app.storage.opening import OpenedDatabase


def test_the_recipient_scans_and_the_hall_imports(
    qtbot: QtBot, qapp: QApplication, demo: OpenedDatabase, actor: Actor, tmp_path: Path
) -> None:
    convoy = convoys.get_convoy("2026-D")
    text = receipts.issue_kit(convoy)
    kit = read_kit(text)
    install_translations(qapp, QLocale("uk"))
    try:
        window = ReceivingWindow(kit, kit_hash(text), "Olena Koval", tmp_path / "receipt.json")
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        assert window.windowTitle() == f"Приймання конвою {kit.convoy}"
        expected = sum(len(p.boxes) for p in kit.pallets) + len(kit.loose)
        assert window.counts["expected"].text() == str(expected)
        assert window.handle_scan(kit.pallets[0].code) == "pallet"
        assert window.handle_scan("1999999") == "extra"
        assert window.counts["arrived"].text() == str(len(kit.pallets[0].boxes))
        assert window.counts["extra"].text() == "1"
        assert "Піддон" in window.history.item(1).text()
        assert window.save_receipt() and "Розписку збережено" in window.message.text()
    finally:
        install_translations(qapp, QLocale("en"))
    done, missing, extra = receipts.import_receipt(
        convoy, (tmp_path / "receipt.json").read_text(encoding="utf-8"), actor
    )
    assert (done, missing, extra) == (1, expected - len(kit.pallets[0].boxes), 1)
