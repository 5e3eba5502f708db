"""'Delivery confirmations…' on the convoy screen: one PDF per association of a delivered convoy,
saved into a folder the lead chooses, for each association's board to forward to its donors.

The PDFs are drawn off the GUI thread (a large convoy's associations have thousands of boxes);
the screen says what was written, or why nothing was."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from ui.operations import Failure, Operation
from warehouse_app.kinds import ConvoyStatus
from warehouse_app.services.convoys import ConvoyRecord


class Screen(Protocol):
    """What the confirmations use of the convoy screen."""

    def say(self, text: str, ok: bool) -> None: ...


class DeliveryConfirmations(QObject):
    # Emitted on the GUI thread when saving has ended, with what the screen said.
    finished = Signal(str)

    def __init__(self, screen: Screen, parent: QWidget) -> None:
        super().__init__(parent)
        self.screen = screen
        self.widget = parent
        self.button = QPushButton(self.tr("Delivery confirmations…"), objectName="confirmations")
        self.button.setToolTip(
            self.tr(
                "One PDF per association, in German and Ukrainian: what of its goods was "
                "handed over, when and under which act, for its board to forward to donors."
            )
        )
        self.button.setEnabled(False)
        self.button.clicked.connect(self.choose_folder)
        self.convoy_number = ""
        self._delivered = False
        self._task: Operation | None = None

    def follow(self, convoy: ConvoyRecord | None) -> None:
        """Enabled for a convoy delivered in full: before that its goods are still on the way."""
        self.convoy_number = convoy.number if convoy is not None else ""
        self._delivered = convoy is not None and convoy.status == ConvoyStatus.DELIVERED
        self.button.setEnabled(self._delivered and self._task is None)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.widget, self.tr("Save the delivery confirmations in")
        )
        if folder:
            self.save_to(Path(folder))

    def save_to(self, folder: Path, convoy_number: str | None = None) -> Operation | None:
        """Write the confirmations of the convoy shown (or the one named) into folder."""
        number = convoy_number or self.convoy_number
        if not number or self._task is not None:
            return None

        def work(_report: object) -> list[Path]:
            from reports.delivery_confirmation import write_confirmations  # loads reportlab

            return write_confirmations(number, folder)

        self.button.setEnabled(False)
        self.screen.say(
            self.tr("Making the delivery confirmations of convoy %1…").replace("%1", number),
            ok=True,
        )
        self._task = Operation(
            self.widget,
            work,
            on_success=lambda written: self._saved(number, folder, written),
            on_failure=self._failed,
            name=f"delivery confirmations of convoy {number}",
        ).start()
        return self._task

    def _saved(self, number: str, folder: Path, written: object) -> None:
        self._task = None
        self.button.setEnabled(self._delivered)
        names = [p.name for p in written] if isinstance(written, list) else []
        if names:
            text = (
                self.tr("%1 delivery confirmation(s) of convoy %2 saved in %3: %4")
                .replace("%1", str(len(names)))
                .replace("%2", number)
                .replace("%3", str(folder))
                .replace("%4", ", ".join(names))
            )
        else:
            text = self.tr(
                "Convoy %1 handed over no goods: there is no delivery confirmation to save."
            ).replace("%1", number)
        self.screen.say(text, ok=bool(names))
        self.finished.emit(text)

    def _failed(self, failure: Failure) -> None:
        self._task = None
        self.button.setEnabled(self._delivered)
        self.screen.say(failure.message, ok=False)
        self.finished.emit(failure.message)
