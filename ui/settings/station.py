"""This PC's printers, label formats, sounds and terminal mode: kept on the PC, not in the
shared database."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.changes import Kind
from ui.context import AppContext
from warehouse_app.config import StationConfig


class StationSettings(QWidget):
    """This PC's printers and label formats (kept on the PC, not in the shared database)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stationSettings")
        self.context = context
        from reports.geometry import FORMATS
        from ui.printing.printer import printer_names

        config = StationConfig.load()
        printers = printer_names()
        self.label_printer = self._printer_choice(printers, config.label_printer, "labelPrinter")
        self.sheet_printer = self._printer_choice(printers, config.sheet_printer, "sheetPrinter")
        self.label_format = QComboBox(objectName="labelFormat")
        self.pallet_format = QComboBox(objectName="palletFormat")
        for combo, chosen in (
            (self.label_format, config.label_format),
            (self.pallet_format, config.pallet_format),
        ):
            for name, fmt in FORMATS.items():
                combo.addItem(fmt.title, name)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        self.sheet_position = QSpinBox(objectName="sheetPosition")
        self.sheet_position.setRange(1, 24)
        self.sheet_position.setValue(int(config.sheet_position or 1))
        form = QFormLayout()
        form.addRow(self.tr("Station"), QLabel(context.station))
        form.addRow(self.tr("Label printer (rolls, thermal)"), self.label_printer)
        form.addRow(self.tr("A4 printer (sheets, receipts)"), self.sheet_printer)
        form.addRow(self.tr("Box labels"), self.label_format)
        form.addRow(self.tr("Pallet labels"), self.pallet_format)
        form.addRow(self.tr("Next free label on the A4 sheet"), self.sheet_position)
        self.sounds = QCheckBox(self.tr("Sounds on the scan screen"), objectName="sounds")
        self.sounds.setChecked(config.sounds != "off")
        form.addRow("", self.sounds)
        self.terminal = QCheckBox(
            self.tr("Volunteer terminal: only the volunteers' screens, whoever signs in"),
            objectName="terminalMode",
        )
        self.terminal.setChecked(config.terminal_mode == "on")
        form.addRow("", self.terminal)
        self.save_button = QPushButton(self.tr("&Save"), objectName="saveStation")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(objectName="stationMessage", wordWrap=True)
        layout = QVBoxLayout(self)
        if not printers:
            layout.addWidget(
                QLabel(
                    self.tr(
                        "No printer is installed on this PC. Labels are still saved and wait "
                        "in the reprint list of the intake screen, where they can be saved "
                        "as PDF."
                    ),
                    wordWrap=True,
                )
            )
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _printer_choice(self, printers: list[str], chosen: str, name: str) -> QComboBox:
        combo = QComboBox(objectName=name)
        combo.addItem(self.tr("(none)"), "")
        for printer in printers:
            combo.addItem(printer, printer)
        if chosen and combo.findData(chosen) < 0:
            combo.addItem(self.tr("%1 (not connected)").replace("%1", chosen), chosen)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        return combo

    def save(self) -> None:
        config = StationConfig.load()
        config.label_printer = str(self.label_printer.currentData() or "")
        config.sheet_printer = str(self.sheet_printer.currentData() or "")
        config.label_format = str(self.label_format.currentData())
        config.pallet_format = str(self.pallet_format.currentData())
        config.sheet_position = str(self.sheet_position.value())
        config.sounds = "on" if self.sounds.isChecked() else "off"
        config.terminal_mode = "on" if self.terminal.isChecked() else "off"
        config.save()
        self.message.setText(self.tr("Saved."))
        if self.context.terminal != self.terminal.isChecked():
            self.context.terminal = self.terminal.isChecked()
            # The main window shows the pages for it at once.
            self.context.changes.announce(Kind.SETTINGS, origin=self)
