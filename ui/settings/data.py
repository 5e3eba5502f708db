"""Where the data lives, and a backup at the press of a button."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.operations import Failure, Operation
from warehouse_app.storage import backup, pg_backup


class DataSettings(QWidget):
    """Where the data lives, and a backup at the press of a button."""

    # Emitted on the GUI thread when a backup ended: its path, "" if it failed.
    backup_finished = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dataSettings")
        self.context = context
        db = context.database
        form = QFormLayout()
        form.addRow(self.tr("Database"), QLabel(db.description))
        form.addRow(self.tr("Backups folder"), QLabel(str(self._folder())))
        form.addRow(self.tr("This workstation"), QLabel(context.station))
        self.backup_button = QPushButton(self.tr("&Back up now"), objectName="backupNow")
        self.backup_button.clicked.connect(self.backup_now)
        self.message = QLabel(objectName="backupMessage", wordWrap=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Hafenlager backs the database up once a day at start and keeps the last 14 "
                    "backups. To restore one, close Hafenlager on every station and run: "
                    "hafenlager restore FILE"
                ),
                wordWrap=True,  # a line of prose, not the page's minimum width
            )
        )
        layout.addWidget(self.backup_button)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _folder(self) -> Path:
        return self.context.database.backup_dir or pg_backup.default_folder()

    def backup_now(self) -> Operation:
        """Write a backup on a worker thread: the large database takes a second. A server's
        is a pg_dump into this PC's backups folder."""
        opened = self.context.database
        stamp = backup.timestamp(dt.datetime.now())
        suffix = ".sqlite" if opened.path is not None else pg_backup.SUFFIX
        dest = self._folder() / f"hafenlager-manual-{stamp}{suffix}"

        def write(_report: object) -> Path:
            if opened.path is None:
                return pg_backup.dump_to(opened.target, dest)
            return backup.backup_to(opened.db, dest)

        self.backup_button.setEnabled(False)
        self._backup = Operation(
            self,
            write,
            on_success=self._backed_up,
            on_failure=self._backup_failed,
            name="backup",
        ).start()
        return self._backup

    def _backed_up(self, dest: object) -> None:
        self.backup_button.setEnabled(True)
        self.message.setText(self.tr("Backup written to %1").replace("%1", str(dest)))
        self.backup_finished.emit(str(dest))

    def _backup_failed(self, failure: Failure) -> None:
        self.backup_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Backup failed"), failure.message)
        self.backup_finished.emit("")
