"""The signed acceptance acts of a convoy, as attached at the handovers: listed with their
SHA-256, opened, or saved again as a copy to print or send."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.formatting import short_datetime
from ui.service_texts import error_text
from ui.widgets.tables import read_only_rows
from warehouse_app.errors import HafenlagerError
from warehouse_app.kinds import ConvoyStatus
from warehouse_app.services.convoys import ConvoyRecord, acts


class ActsDialog(QDialog):
    def __init__(self, convoy_number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Acceptance acts of %1").replace("%1", convoy_number))
        self.convoy_number = convoy_number
        self.rows: list[acts.ActRecord] = []
        self.table = QTableWidget(0, 4, objectName="actsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Vehicle"), self.tr("File"), self.tr("Attached"), self.tr("SHA-256")]
        )
        read_only_rows(self.table)
        self.message = QLabel(objectName="actsMessage")
        self.message.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open"), objectName="openAct")
        self.save_button = QPushButton(self.tr("Save a copy…"), objectName="saveAct")
        # An act that comes a day after the handover (a photo sent later) is attached here.
        self.attach_button = QPushButton(self.tr("Attach an act…"), objectName="attachAct")
        self.open_button.clicked.connect(lambda: self.open_act())
        self.save_button.clicked.connect(lambda: self.save_copy())
        self.attach_button.clicked.connect(lambda: self.attach())
        buttons = QHBoxLayout()
        for button in (self.open_button, self.save_button, self.attach_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(760, 320)
        self._fill()
        if not self.rows:
            self.message.setText(
                self.tr("No act is attached yet: attach it here or when confirming the delivery.")
            )

    def _fill(self) -> None:
        self.rows = acts.acts(self.convoy_number)
        self.table.setRowCount(len(self.rows))
        for row, act in enumerate(self.rows):
            cells = (
                str(act.vehicle_number) if act.vehicle_number else self.tr("whole convoy"),
                act.file_name,
                short_datetime(act.attached_at),
                act.sha256[:16] + "…",
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.rows:
            self.table.selectRow(len(self.rows) - 1)
        for button in (self.open_button, self.save_button):
            button.setEnabled(bool(self.rows))

    def attach(self, path: Path | None = None) -> bool:
        from warehouse_app.services.convoys import get_convoy

        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("The signed acceptance act"), "",
                self.tr("Act (*.pdf *.jpg *.jpeg *.png)"),
            )  # fmt: skip
            if not name:
                return False
            path = Path(name)
        try:
            acts.attach_act(get_convoy(self.convoy_number), acts.read_act(path))
        except HafenlagerError as exc:
            self._say(error_text(exc), ok=False)
            return False
        self._fill()
        self._say(self.tr("%1 attached.").replace("%1", path.name), ok=True)
        return True

    def _chosen(self) -> acts.ActRecord | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def save_copy(self, path: Path | None = None) -> Path | None:
        chosen = self._chosen()
        if chosen is None:
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save a copy of the act"), chosen.file_name
            )
            if not name:
                return None
            path = Path(name)
        try:
            _, data = acts.act_file(chosen.id)
            path.write_bytes(data)
        except (HafenlagerError, OSError) as exc:
            self._say(error_text(exc), ok=False)
            return None
        self._say(self.tr("Saved as %1.").replace("%1", str(path)), ok=True)
        return path

    def open_act(self) -> None:
        """In the PC's viewer, from a copy (the stored act itself is never handed out)."""
        chosen = self._chosen()
        if chosen is None:
            return
        folder = Path(tempfile.mkdtemp(prefix="hafenlager-act-"))
        copy = self.save_copy(folder / chosen.file_name)
        if copy is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setStyleSheet("" if ok else "color: #b00020; font-weight: bold;")
        self.message.setText(text)


class ActsButton(QObject):
    """'Acceptance acts…' on the convoy screen: enabled once the convoy has left."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.widget = parent
        self.button = QPushButton(self.tr("Acceptance acts…"), objectName="acts")
        self.button.setEnabled(False)
        self.button.clicked.connect(lambda: self.show())
        self.convoy_number = ""

    def follow(self, convoy: ConvoyRecord | None) -> None:
        self.convoy_number = convoy.number if convoy is not None else ""
        self.button.setEnabled(
            convoy is not None and convoy.status in (ConvoyStatus.DEPARTED, ConvoyStatus.DELIVERED)
        )

    def show(self) -> ActsDialog | None:
        if not self.convoy_number:
            return None
        dialog = ActsDialog(self.convoy_number, self.widget)
        dialog.open()
        return dialog
