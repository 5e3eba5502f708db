"""Print papers: a convoy's or one vehicle's document set, chosen, previewed, printed in one job,
or saved as a folder or a ZIP. Rendering and printing run on a worker thread with a progress bar
and a Cancel button; the set comes from reports.papers_set, as on the command line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.operations import Failure, Operation
from ui.printing import printer as printing
from warehouse_app.papers.documents import CONVOY_DOCUMENTS, PAPERS
from warehouse_app.services import convoys
from warehouse_app.services.convoys import ConvoyRecord
from warehouse_app.services.convoys.archive import PaperFile

PRINT_DPI = 300
PREVIEW_DPI = 110
PREVIEW_PAGES = 60
FILE_ONLY = ("goods-list",)  # spreadsheets: saved, never printed


class PapersDialog(QDialog):
    # Emitted on the GUI thread when a piece of work has ended, with what the dialog said.
    work_finished = Signal(str)

    def __init__(
        self,
        convoy: ConvoyRecord,
        vehicle_number: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("papersDialog")
        self.convoy_number = convoy.number
        self.setWindowTitle(self.tr("Papers of convoy %1").replace("%1", convoy.number))
        self.resize(720, 560)

        self.vehicle = QComboBox(objectName="papersVehicle")
        self.vehicle.addItem(self.tr("All vehicles, with donation letter and summary"), None)
        for v in convoys.vehicles(convoy):
            self.vehicle.addItem(
                self.tr("Vehicle %1: %2")
                .replace("%1", str(v.number))
                .replace("%2", f"{v.truck_plate} {v.trailer_plate}".strip() or "–"),
                v.number,
            )
            if v.number == vehicle_number:
                self.vehicle.setCurrentIndex(self.vehicle.count() - 1)

        self.documents = QTableWidget(len(PAPERS), 2, objectName="papersDocuments")
        self.documents.setHorizontalHeaderLabels([self.tr("Document"), self.tr("Copies")])
        self.documents.verticalHeader().hide()
        header = self.documents.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.copies: dict[str, QSpinBox] = {}
        names = self._names()
        for row, name in enumerate(PAPERS):
            item = QTableWidgetItem(names[name])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.documents.setItem(row, 0, item)
            spin = QSpinBox(objectName=f"copies_{name}")
            spin.setRange(1, 9)
            spin.setMinimumWidth(130)  # "file only" in every language
            if name in FILE_ONLY:
                spin.setEnabled(False)
                spin.setSpecialValueText(self.tr("file only"))
                spin.setMinimum(0)
                spin.setValue(0)
            self.copies[name] = spin
            self.documents.setCellWidget(row, 1, spin)

        archived = convoys.archive.is_archived(convoy)
        self.source = QLabel(
            self.tr(
                "Convoy departed: these are the papers archived at departure, checked against "
                "their SHA-256."
            )
            if archived
            else self.tr("Made from the current data. At departure the final set is archived.")
        )
        self.source.setWordWrap(True)
        self.message = QLabel(objectName="papersMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(objectName="papersProgress")
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="papersCancel")
        self.cancel_button.hide()

        self.preview_button = QPushButton(self.tr("Pre&view…"), objectName="papersPreview")
        self.print_button = QPushButton(self.tr("&Print all…"), objectName="papersPrint")
        self.folder_button = QPushButton(self.tr("Save as &folder…"), objectName="papersFolder")
        self.zip_button = QPushButton(self.tr("Save as &ZIP…"), objectName="papersZip")
        close = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.folder_button, self.zip_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        working = QHBoxLayout()
        working.addWidget(self.progress, 1)
        working.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.vehicle)
        layout.addWidget(self.documents, 1)
        layout.addWidget(self.source)
        layout.addLayout(working)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.vehicle.currentIndexChanged.connect(self._vehicle_changed)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_all)
        self.folder_button.clicked.connect(self.save_folder)
        self.zip_button.clicked.connect(self.save_zip)
        self.cancel_button.clicked.connect(self.cancel)
        close.clicked.connect(self.reject)
        self._task: Operation | None = None
        self._printing = False
        self._then: Callable[[Any], None] | None = None
        self._vehicle_changed()

    def _names(self) -> dict[str, str]:
        return {
            "packing-list": self.tr("Packing list"),
            "cmr": self.tr("CMR consignment note (3 originals)"),
            "pro-forma": self.tr("Pro-forma invoice"),
            "acceptance-act": self.tr("Acceptance act"),
            "pallet-manifests": self.tr("Pallet manifests"),
            "goods-list": self.tr("Goods list for the declaration (XLSX and CSV)"),
            "donation-letter": self.tr("Donation letter (whole convoy)"),
            "convoy-summary": self.tr("Convoy summary (whole convoy)"),
        }

    def _vehicle_changed(self) -> None:
        # The convoy's own documents sum every vehicle: they come with the whole set only.
        whole = self.vehicle.currentData() is None
        for row, name in enumerate(PAPERS):
            if name in CONVOY_DOCUMENTS:
                self.documents.setRowHidden(row, not whole)

    # --- what is asked ---------------------------------------------------------------
    def chosen(self) -> list[str]:
        vehicle = self.vehicle.currentData()
        found = []
        for row, name in enumerate(PAPERS):
            item = self.documents.item(row, 0)
            if item.checkState() != Qt.CheckState.Checked:
                continue
            if vehicle is not None and name in CONVOY_DOCUMENTS:
                continue
            found.append(name)
        return found

    def set_chosen(self, names: list[str]) -> None:
        for row, name in enumerate(PAPERS):
            state = Qt.CheckState.Checked if name in names else Qt.CheckState.Unchecked
            self.documents.item(row, 0).setCheckState(state)

    # --- actions -----------------------------------------------------------------------
    def save_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the papers in"))
        if folder:
            self.save_to_folder(Path(folder))

    def save_zip(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the papers as ZIP"),
            f"papers-{self.convoy_number}.zip",
            self.tr("ZIP archive (*.zip)"),
        )
        if name:
            self.save_to_zip(Path(name if name.lower().endswith(".zip") else name + ".zip"))

    def save_to_folder(self, folder: Path) -> Operation | None:
        from reports.papers_set import write_folder

        def done(paths: object) -> None:
            count = len(paths)  # type: ignore[arg-type]
            self._say(
                self.tr("%1 files saved in %2").replace("%1", str(count)).replace("%2", str(folder))
            )

        return self._start(lambda files: write_folder(folder, files), done)

    def save_to_zip(self, path: Path) -> Operation | None:
        from reports.papers_set import write_zip

        def done(_result: object) -> None:
            self._say(self.tr("Papers saved as %1").replace("%1", str(path)))

        return self._start(lambda files: write_zip(path, files), done)

    def print_all(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> Operation | None:
        """Every chosen PDF, each in its copies, as one job on printer (off the GUI thread)."""
        copies = {name: spin.value() for name, spin in self.copies.items()}
        printer.setResolution(PRINT_DPI)
        printer.setFullPage(True)

        def send(files: list[PaperFile], go_on: Callable[[int], bool]) -> int:
            documents = [
                (f.data, copies[f.document]) for f in files if f.file_name.endswith(".pdf")
            ]
            return printing.paint_documents(printer, documents, PRINT_DPI, go_on)

        def pages(files: list[PaperFile]) -> int:
            return sum(
                _pages(f) * copies[f.document] for f in files if f.file_name.endswith(".pdf")
            )

        def done(sent: object) -> None:
            self._say(self.tr("%1 pages sent to the printer.").replace("%1", str(sent)))

        return self._start(send, done, pages=pages)

    def preview(self) -> Operation | None:
        def show(files: object) -> None:
            self._say("")
            self.preview_dialog(files).exec()  # type: ignore[arg-type]

        return self._start(lambda files: files, show)

    def preview_dialog(self, files: list[PaperFile]) -> printing.PreviewDialog:
        """Each chosen document once (copies add nothing to see), at most PREVIEW_PAGES pages:
        the preview holds every page as an image."""
        documents = [(f.data, 1) for f in files if f.file_name.endswith(".pdf")]
        total = sum(_pages(f) for f in files if f.file_name.endswith(".pdf"))
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        dialog = printing.PreviewDialog(printer, self)
        dialog.setObjectName("papersPreviewDialog")
        title = self.windowTitle()
        if total > PREVIEW_PAGES:
            title += " – " + self.tr("first %1 of %2 pages; printing prints them all").replace(
                "%1", str(PREVIEW_PAGES)
            ).replace("%2", str(total))
        dialog.setWindowTitle(title)
        dialog.paintRequested.connect(
            lambda target: printing.paint_documents(
                target, documents, PREVIEW_DPI, max_pages=PREVIEW_PAGES
            )
        )
        return dialog

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)

    # --- the worker ----------------------------------------------------------------------
    def _start(
        self,
        then: Callable[..., object],
        done: Callable[[object], None],
        pages: Callable[[list[PaperFile]], int] | None = None,
    ) -> Operation | None:
        """Render (or fetch) the chosen files, pass them to then() on the worker thread, and
        call done(result) on the GUI thread. With pages (a page count of the files), then()
        also gets a progress callback taking the pages done: printing reports per page."""
        names = self.chosen()
        if not names:
            self._say(self.tr("Choose at least one document."), ok=False)
            return None
        if self._task is not None:
            return None
        convoy_number, vehicle = self.convoy_number, self.vehicle.currentData()

        def work(report: Callable[[int], bool]) -> object:
            from reports.papers_set import Cancelled, papers_files

            share = 90 if pages is None else 50

            def rendered(done_: int, total: int) -> bool:
                return report(done_ * share // max(total, 1))

            files = papers_files(convoys.get_convoy(convoy_number), vehicle, names, rendered)
            if pages is None:
                result = then(files)
                report(100)
                return result
            total = max(1, pages(files))

            def printed(count: int) -> bool:
                return report(share + count * (100 - share) // total)

            sent = then(files, printed)
            if not report(100):
                raise Cancelled("Printing stopped.")
            return sent

        self._then = done
        self._printing = pages is not None
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.message.clear()
        for button in (self.preview_button, self.print_button, self.folder_button, self.zip_button):
            button.setEnabled(False)
        self._task = Operation(
            self,
            work,
            on_success=self._finished,
            on_failure=self._failed,
            on_progress=self.progress.setValue,
            name=f"papers of convoy {convoy_number}",
        ).start()
        return self._task

    def _idle(self) -> None:
        self._task = None
        self.progress.hide()
        self.cancel_button.hide()
        for button in (self.preview_button, self.print_button, self.folder_button, self.zip_button):
            button.setEnabled(True)

    def _finished(self, result: object) -> None:
        self._idle()
        if self._then is not None:
            self._then(result)
        self.work_finished.emit(self.message.text())

    def _failed(self, failure: Failure) -> None:
        self._idle()
        message = failure.message
        if failure.cancelled:
            message = (
                self.tr("Printing stopped.")
                if self._printing
                else self.tr("Stopped: no papers were written.")
            )
        self._say(message, ok=False)
        self.work_finished.emit(message)

    def _say(self, text: str, ok: bool = True) -> None:
        self.message.setStyleSheet(f"color: {'#1e7d32' if ok else '#b00020'}; font-weight: bold;")
        self.message.setText(text)

    def reject(self) -> None:
        self.cancel()
        super().reject()


def _pages(file: PaperFile) -> int:
    import pypdfium2 as pdfium

    return len(pdfium.PdfDocument(file.data))
