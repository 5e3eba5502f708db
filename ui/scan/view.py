"""The scan screen: a mode, a target, and a large coloured answer to every scan.

The scan field of the main window feeds this screen while it is shown. Every answer comes
after the scan's commit; green is done, amber needs a look, red changed nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui import service_texts
from ui.changes import Kind
from ui.context import AppContext
from ui.errors import unexpected_message
from ui.formatting import number
from ui.scan.history import ScanHistory
from ui.scan.sounds import SoundPlayer
from ui.service_texts import error_text
from warehouse_app.config import StationConfig
from warehouse_app.errors import HafenlagerError
from warehouse_app.services.scanning import Mode, Outcome, ScanResult, ScanSession, messages
from warehouse_app.services.scanning.controls import HINTS

log = logging.getLogger(__name__)

HISTORY = 20
COLOURS = {
    Outcome.OK: ("#2e7d32", "white"),
    Outcome.WARNING: ("#f9a825", "black"),
    Outcome.ERROR: ("#c62828", "white"),
}


_PROMPTS = frozenset(HINTS.values())


def translated(result: ScanResult) -> str:
    """The result's one line in the volunteer's language (English when no translation).

    The answer and each of its endings (" Expired on {expiry}!") are translated on their own,
    so every combination reads right without listing each combination.
    """
    parts = (result.template, *result.endings)
    local = "".join(QCoreApplication.translate("scan", part) for part in parts)
    params = {name: service_texts.local_value(name, value) for name, value in result.params.items()}
    for candidate in (local, "".join(parts)):
        try:
            return candidate.format(**params)
        except (KeyError, IndexError, ValueError):
            continue  # a broken translation must not hide the answer
    return result.message


class ScanView(QWidget):
    # Emitted after every scan has been answered and shown (benchmarks and tests wait on it).
    answered = Signal(object)

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, sounds: SoundPlayer | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scanView")
        self.sounds = sounds or SoundPlayer(StationConfig.load().sounds != "off")
        self.context = context
        self.session = ScanSession(context.actor)
        self.station = context.station
        self.mode_buttons: dict[Mode, QPushButton] = {}
        # Two rows of four: seven buttons in one row need 1,760 px in Ukrainian.
        modes = QGridLayout()
        for mode, title, key in (
            (Mode.LOOKUP, self.tr("Look up"), "F5"),
            (Mode.PUTAWAY, self.tr("Put away"), "F6"),
            (Mode.PACK, self.tr("Pack pallet"), "F7"),
            (Mode.UNPACK, self.tr("Unpack"), "F8"),
            (Mode.STOCKTAKE, self.tr("Stocktake"), "F11"),
            (Mode.LOAD, self.tr("Load truck"), "F12"),
            (Mode.UNLOAD, self.tr("Unload"), "Shift+F12"),
        ):
            # The key under the mode's name: "Розвантаження (Shift+F12)" on one line made the
            # page wider than the hall's 1,366 px screens.
            button = QPushButton(f"{title}\n{key}", objectName=f"mode_{mode.value}")
            button.setCheckable(True)
            button.setMinimumHeight(60)
            button.setStyleSheet("font-size: 14pt;")
            button.clicked.connect(lambda _=False, m=mode: self.set_mode(m))
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(
                lambda m=mode: self.set_mode(m) if self.isVisible() else None
            )
            modes.addWidget(button, len(self.mode_buttons) // 4, len(self.mode_buttons) % 4)
            self.mode_buttons[mode] = button

        self.target = QLabel(objectName="scanTarget")
        self.target.setStyleSheet("font-size: 15pt;")
        self.target.setWordWrap(True)  # a long vehicle or place name wraps, never widens
        self.target.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.result_panel = QLabel(self.tr("Scan a label"), objectName="scanResult")
        self.result_panel.setWordWrap(True)
        self.result_panel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.result_panel.setMinimumHeight(160)
        # The answer's length never moves the page: a new text repaints the panel only.
        self.result_panel.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._paint_panel(None)

        self.totals = QLabel(objectName="palletTotals")
        self.totals.setStyleSheet("font-size: 15pt; font-weight: bold;")
        # A pallet of many owners made this line (and the window) wider than a 1366 px screen.
        self.totals.setWordWrap(True)
        self.totals.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.confirm_button = QPushButton(self.tr("Yes, do it"), objectName="confirmScan")
        self.undo_button = QPushButton(self.tr("Undo last scan"), objectName="undoScan")
        self.new_pallet_button = QPushButton(self.tr("New pallet"), objectName="newPallet")
        self.close_pallet_button = QPushButton(self.tr("Close pallet"), objectName="closePallet")
        self.finish_button = QPushButton(self.tr("Finish stocktake"), objectName="finishStocktake")
        self.apply_button = QPushButton(
            self.tr("Apply the corrections"), objectName="applyStocktake"
        )
        for button in (
            self.confirm_button,
            self.undo_button,
            self.new_pallet_button,
            self.close_pallet_button,
            self.finish_button,
            self.apply_button,
        ):
            button.setMinimumHeight(44)
            button.setStyleSheet("font-size: 13pt;")
        # One row: buttons that do not apply in a mode are hidden and take no room.
        actions = QHBoxLayout()
        for button in (
            self.confirm_button,
            self.undo_button,
            self.new_pallet_button,
            self.close_pallet_button,
            self.finish_button,
            self.apply_button,
        ):
            actions.addWidget(button)
        self.report = QLabel(objectName="stocktakeReport")
        self.report.setWordWrap(True)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.history = ScanHistory(HISTORY)
        self.history.setObjectName("scanHistory")
        font = self.history.font()
        font.setPointSizeF(12)
        self.history.setFont(font)
        history_box = QGroupBox(self.tr("Last %1 scans").replace("%1", str(HISTORY)))
        QVBoxLayout(history_box).addWidget(self.history)

        left = QVBoxLayout()
        left.addLayout(modes)
        left.addWidget(self.target)
        left.addWidget(self.result_panel, 2)
        left.addWidget(self.totals)
        left.addLayout(actions)
        left.addWidget(self.report, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(history_box, 2)

        self.confirm_button.clicked.connect(lambda: self._act(self.session.confirm))
        self.undo_button.clicked.connect(self.undo)
        self.new_pallet_button.clicked.connect(lambda: self._act(self.session.new_pallet))
        self.close_pallet_button.clicked.connect(lambda: self.close_pallet())
        self.finish_button.clicked.connect(lambda: self._act(self.session.finish_stocktake_result))
        self.apply_button.clicked.connect(self.apply_stocktake)
        self.set_mode(Mode.LOOKUP)

    # --- scanning -------------------------------------------------------------------
    def handle_scan(self, text: str) -> ScanResult:
        result = self._answer(lambda: self.session.scan(text), text)
        if result.mode is not self._shown_mode:
            self._mode_changed()
        self.show_result(result)
        return result

    def _answer(self, work: Callable[[], ScanResult], scanned: str = "") -> ScanResult:
        """The session's answer; one nobody foresaw (a bug) is red too, and logged."""
        try:
            return work()
        except Exception:
            log.exception("a scan failed")
            return self.session.state.answer(
                Outcome.ERROR, messages.NOT_SAVED, scanned, error=unexpected_message()
            )

    def _act(self, work: Callable[[], ScanResult]) -> ScanResult:
        result = self._answer(work)
        self.show_result(result)
        return result

    def undo(self) -> ScanResult:
        """Undo the last scan (the button, Ctrl+Z, the control code); the answer says what."""
        return self._act(self.session.undo)

    def set_mode(self, mode: Mode) -> None:
        self.show_result(self.session.set_mode(mode))
        self._mode_changed()

    def _mode_changed(self) -> None:
        mode = self.session.mode
        self._shown_mode = mode
        for m, button in self.mode_buttons.items():
            button.setChecked(m is mode)
        self.new_pallet_button.setVisible(mode is Mode.PACK)
        self.close_pallet_button.setVisible(mode is Mode.PACK)
        self.finish_button.setVisible(mode is Mode.STOCKTAKE)
        self.apply_button.setVisible(mode is Mode.STOCKTAKE)
        self.totals.setVisible(mode is Mode.PACK)
        self.report.clear()

    def show_result(self, result: ScanResult) -> None:
        line = translated(result)
        if result.template == messages.PALLET_CLOSED:
            line += " " + self.print_manifest(str(result.params["code"]))
        # What a mode expects is a prompt, not a success: grey, so green always means "taken".
        self._paint_panel(None if result.template in _PROMPTS else result.outcome)
        self.result_panel.setText(line)
        self.confirm_button.setVisible(result.needs_confirmation)
        self._show_target()
        if result.pallet is not None:
            p = result.pallet
            self.totals.setText(
                self.tr("Pallet %1: %2 boxes · %3 pieces · net %4 kg · gross %5 of %6 kg · %7")
                .replace("%1", p.code)
                .replace("%2", str(p.boxes))
                .replace("%3", number(p.pieces))
                .replace("%4", number(p.net_kg))
                .replace("%5", number(p.gross_kg))
                .replace("%6", number(p.limit_kg))
                .replace("%7", ", ".join(p.owners) or "–")
            )
        prompt = result.template in _PROMPTS
        background, foreground = ("#eeeeee", "black") if prompt else COLOURS[result.outcome]
        self.history.add(f"{result.at:%H:%M:%S}  {line}", background, foreground)
        self.sounds.play(result.outcome)
        if result.changed:
            self._announce(result)
        self.answered.emit(result)

    def _announce(self, result: ScanResult) -> None:
        """Tell the other screens: the stock browser, the convoy screen."""
        kinds = [Kind.BOXES, Kind.PALLETS]
        if result.mode in (Mode.LOAD, Mode.UNLOAD):
            kinds.append(Kind.CONVOYS)
        self.context.changes.announce(*kinds, origin=self)

    def close_pallet(self, height_cm: int | None = None) -> None:
        """Close the open pallet; its measured height (cm) is asked for the truck's gauge."""
        if height_cm is None and self.session.pallet_id is not None:
            from PySide6.QtWidgets import QInputDialog

            value, ok = QInputDialog.getInt(
                self,
                self.tr("Close pallet"),
                self.tr("Height of the pallet in cm (0 if not measured):"),
                0,
                0,
                350,
            )
            height_cm = value if ok else 0
        height = Decimal(height_cm) / 100 if height_cm else None
        self._act(lambda: self.session.close_pallet(height_m=height))

    def print_manifest(self, pallet_code: str) -> str:
        """Print the closed pallet's manifest; a missing printer leaves it in the reprint list."""
        from ui.printing import jobs
        from warehouse_app.services import printqueue

        job_id = printqueue.enqueue(self.station, "pallet_manifest", [pallet_code])
        problem = jobs.print_job(job_id, self.context.changes)
        if problem:
            return self.tr("The manifest waits in the reprint list: %1").replace("%1", problem)
        return self.tr("Manifest printed.")

    def _paint_panel(self, outcome: Outcome | None) -> None:
        background, foreground = (
            COLOURS.get(outcome, ("#eeeeee", "black")) if outcome else ("#eeeeee", "black")
        )
        sheet = (
            f"background: {background}; color: {foreground}; font-size: 26pt; "
            "font-weight: bold; padding: 16px; border-radius: 8px;"
        )
        # A style sheet set again re-polishes the panel and lays the page out anew, even when it
        # is the same: only a change of colour is worth that.
        if sheet != self.result_panel.styleSheet():
            self.result_panel.setStyleSheet(sheet)

    def _show_target(self) -> None:
        target = self.session.target()
        if target.pallet:
            text = self.tr("Packing pallet %1").replace("%1", target.pallet)
        elif target.vehicle:
            text = (
                self.tr("Vehicle %1 (%2) of convoy %3")
                .replace("%1", target.vehicle)
                .replace("%2", target.plate)
                .replace("%3", target.convoy)
            )
        elif target.location:
            text = (
                self.tr("Putting away to %1")
                if self.session.mode is Mode.PUTAWAY
                else self.tr("Counting %1")
            ).replace("%1", target.location)
        else:
            text = ""
        self.target.setText(text)

    def apply_stocktake(self) -> None:
        try:
            report = self.session.apply_stocktake()
        except HafenlagerError as exc:
            self._paint_panel(Outcome.ERROR)
            self.result_panel.setText(error_text(exc))
            self.sounds.play(Outcome.ERROR)
            return
        self.context.changes.announce(Kind.BOXES, origin=self)
        self.report.setText(
            self.tr(
                "Booked: %1 found here that were recorded elsewhere; %2 missing moved to "
                "quarantine."
            )
            .replace("%1", ", ".join(report.unexpected) or "–")
            .replace("%2", ", ".join(report.missing) or "–")
        )
