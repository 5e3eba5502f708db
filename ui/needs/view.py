"""The needs page: the recipients' needs lists, each line with what the hall has free for it and
what is still missing; a list imported from the recipient's spreadsheet; the shortage list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.changes import Change, Kind
from ui.context import AppContext
from ui.formatting import number
from ui.service_texts import error_text, translated
from ui.status_names import unit_label
from ui.widgets.tables import read_only_rows
from warehouse_app.errors import HafenlagerError
from warehouse_app.imports.needs_list import import_needs
from warehouse_app.services import needs
from warehouse_app.texts import QT_TRANSLATE_NOOP

PRIORITIES = {
    "urgent": QT_TRANSLATE_NOOP("NeedsView", "urgent"),
    "normal": QT_TRANSLATE_NOOP("NeedsView", "normal"),
    "nice": QT_TRANSLATE_NOOP("NeedsView", "nice to have"),
}
_RED = QColor("#b00020")
COLUMNS = (
    QT_TRANSLATE_NOOP("NeedsView", "Line"),
    QT_TRANSLATE_NOOP("NeedsView", "What"),
    QT_TRANSLATE_NOOP("NeedsView", "Priority"),
    QT_TRANSLATE_NOOP("NeedsView", "Needed by"),
    QT_TRANSLATE_NOOP("NeedsView", "Missing"),
    QT_TRANSLATE_NOOP("NeedsView", "In the hall"),
    QT_TRANSLATE_NOOP("NeedsView", "On convoys"),
    QT_TRANSLATE_NOOP("NeedsView", "Offered"),
    QT_TRANSLATE_NOOP("NeedsView", "Requested"),
    QT_TRANSLATE_NOOP("NeedsView", "Status"),
    QT_TRANSLATE_NOOP("NeedsView", "Owners"),
)
MISSING = 4
STATUSES = {
    "open": QT_TRANSLATE_NOOP("NeedsView", "open"),
    "partly": QT_TRANSLATE_NOOP("NeedsView", "partly covered"),
    "covered": QT_TRANSLATE_NOOP("NeedsView", "covered"),
    "withdrawn": QT_TRANSLATE_NOOP("NeedsView", "withdrawn"),
}
_GREY = QColor("#777777")


class NeedsView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._names: dict[str, str] = {}
        self.recipient = QComboBox(objectName="needsRecipient")
        self.import_button = QPushButton(self.tr("Import needs list…"), objectName="importNeeds")
        self.template_button = QPushButton(
            self.tr("Needs list template…"), objectName="needsTemplate"
        )
        self.shortage_button = QPushButton(self.tr("Shortage list…"), objectName="shortageList")
        self.new_list_button = QPushButton(self.tr("New list…"), objectName="newNeedsList")
        self.add_line_button = QPushButton(self.tr("Add line…"), objectName="addNeedLine")
        self.edit_line_button = QPushButton(self.tr("Edit line…"), objectName="editNeedLine")
        self.status_button = QPushButton(self.tr("Status…"), objectName="needLineStatus")
        self.lists = QListWidget(objectName="needsLists")
        self.lines = QTableWidget(0, len(COLUMNS), objectName="needLines")
        self.lines.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        read_only_rows(self.lines)
        self.message = QLabel(objectName="needsMessage")
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Recipient")))
        top.addWidget(self.recipient, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.template_button)
        top.addWidget(self.shortage_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.lists)
        splitter.addWidget(self.lines)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 900])
        edits = QHBoxLayout()
        for button in (
            self.new_list_button,
            self.add_line_button,
            self.edit_line_button,
            self.status_button,
        ):
            edits.addWidget(button)
        edits.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(edits)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        self.lists.currentRowChanged.connect(self._show_lines)
        self.recipient.currentIndexChanged.connect(self.refresh)
        self.import_button.clicked.connect(lambda: self.import_list())
        self.template_button.clicked.connect(lambda: self.save_template())
        self.shortage_button.clicked.connect(lambda: self.save_shortage())
        self.new_list_button.clicked.connect(lambda: self.new_list())
        self.add_line_button.clicked.connect(lambda: self.edit_line(new=True))
        self.edit_line_button.clicked.connect(lambda: self.edit_line())
        self.status_button.clicked.connect(lambda: self.change_status())
        self.lines.doubleClicked.connect(lambda: self.edit_line())
        self.lines.itemSelectionChanged.connect(self._enable)
        context.changes.changed.connect(self._changed)
        self._stale = True
        self._enable()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:  # the match reads the whole hall: only when something changed
            self.refresh()

    def _changed(self, change: Change) -> None:
        if change.touches(Kind.NEEDS, Kind.OFFERS, Kind.BOXES, Kind.PALLETS, Kind.CONVOYS):
            self._stale = True
            if self.isVisible():
                self.refresh()

    def _enable(self) -> None:
        listed = self.current_list() is not None
        self.add_line_button.setEnabled(listed)
        chosen = self.current_line() is not None
        self.edit_line_button.setEnabled(chosen)
        self.status_button.setEnabled(chosen)

    def refresh(self) -> None:
        from ui.translations import local_name

        self._stale = False
        from warehouse_app.services import masterdata

        self._names = {
            c.name_de: local_name(c.name_de, c.name_en, c.name_uk) for c in masterdata.categories()
        }
        chosen = self.recipient.currentData()
        self.recipient.blockSignals(True)
        self.recipient.clear()
        self.recipient.addItem(self.tr("All recipients"), None)
        for name in needs.recipient_names():
            self.recipient.addItem(name, name)
        self.recipient.setCurrentIndex(max(0, self.recipient.findData(chosen)))
        self.recipient.blockSignals(False)
        current = self.lists.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.lists.clear()
        for listed in needs.needs_lists(self.recipient.currentData()):
            item = QListWidgetItem(
                self.tr("%1 – %2 (%3 lines)")
                .replace("%1", listed.recipient.split(" / ")[0])
                .replace("%2", listed.title)
                .replace("%3", str(listed.lines))
            )
            item.setData(Qt.ItemDataRole.UserRole, listed.id)
            self.lists.addItem(item)
            if listed.id == keep:
                self.lists.setCurrentItem(item)
        if self.lists.currentRow() < 0 and self.lists.count():
            self.lists.setCurrentRow(self.lists.count() - 1)

    def current_list(self) -> int | None:
        item = self.lists.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def current_line(self) -> int | None:
        item = self.lines.item(self.lines.currentRow(), 0)
        if item is None or not self.lines.selectedItems():
            return None
        return int(item.data(Qt.ItemDataRole.UserRole))

    def _show_lines(self, row: int) -> None:
        from warehouse_app.services import need_lines

        item = self.lists.item(row)
        keep = self.current_line()
        self.lines.setRowCount(0)
        self._enable()
        if item is None:
            return
        list_id = int(item.data(Qt.ItemDataRole.UserRole))
        try:
            matched = {m.line_id: m for m in needs.match(list_id)}
            entered = need_lines.lines(list_id)
        except HafenlagerError as exc:
            self._say(error_text(exc), ok=False)
            return
        self.lines.setRowCount(len(entered))
        for r, line in enumerate(entered):
            unit = unit_label(line.unit)
            found = matched.get(line.id)
            # A line without its own words says its category: in the volunteer's language.
            what = self._names.get(line.description, line.description)
            figures = (
                (
                    f"{number(found.missing)} {unit}" if found.missing else "",
                    f"{number(found.in_stock)} {unit}",
                    f"{number(found.on_convoy)} {unit}" if found.on_convoy else "",
                    f"{number(found.offered)} {unit}" if found.offered else "",
                )
                if found is not None
                else ("", "", "", "")
            )
            cells = (
                str(line.line_number),
                what,
                self.tr(PRIORITIES.get(line.priority, line.priority)),
                f"{line.needed_by:%d.%m.%Y}" if line.needed_by else "",
                *figures,
                f"{number(line.quantity)} {unit}",
                self.tr(STATUSES.get(line.status, line.status)),
                ", ".join(found.owners) if found is not None else "",
            )
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, line.id)
                if found is None:
                    cell.setForeground(_GREY)  # withdrawn: kept, not counted
                elif c == MISSING and found.missing:
                    cell.setForeground(_RED)
                self.lines.setItem(r, c, cell)
            if line.id == keep:
                self.lines.selectRow(r)
        self.lines.resizeColumnsToContents()
        self._enable()

    def new_list(self, title: str | None = None) -> int | None:
        """An empty needs list for the recipient chosen above, to fill line by line."""
        from warehouse_app.services import need_lines

        recipient = self.recipient.currentData()
        if recipient is None:
            self._say(self.tr("Choose the recipient whose list it is first."), ok=False)
            return None
        if title is None:
            title, ok = QInputDialog.getText(
                self, self.tr("New needs list"), self.tr("Title of the list")
            )
            if not ok:
                return None
        try:
            list_id = need_lines.new_list(recipient, title)
        except HafenlagerError as exc:
            self._say(error_text(exc), ok=False)
            return None
        self._written(self.tr("Needs list %1 started: add its lines.").replace("%1", title))
        self._select_list(list_id)
        return list_id

    def edit_line(self, *, new: bool = False) -> int | None:
        from ui.needs.need_line_dialog import NeedLineDialog
        from warehouse_app.services import need_lines

        list_id = self.current_list()
        line_id = self.current_line()
        if list_id is None or (not new and line_id is None):
            return None
        editing = need_lines.line(line_id) if not new and line_id is not None else None
        dialog = NeedLineDialog(list_id, self, editing)
        if not dialog.exec() or dialog.saved_id is None:
            return None
        self._written(self.tr("Need line saved."))
        return dialog.saved_id

    def change_status(self, status: str | None = None) -> None:
        from warehouse_app.services import need_lines

        line_id = self.current_line()
        if line_id is None:
            return
        if status is None:
            labels = [self.tr(label) for label in STATUSES.values()]
            picked, ok = QInputDialog.getItem(
                self, self.tr("Status of the line"), self.tr("The line is"), labels, 0, False
            )
            if not ok:
                return
            status = list(STATUSES)[labels.index(picked)]
        try:
            need_lines.set_status(line_id, status)
        except HafenlagerError as exc:
            self._say(error_text(exc), ok=False)
            return
        self._written(self.tr("Status saved."))

    def _written(self, text: str) -> None:
        self.context.changes.announce(Kind.NEEDS, origin=self)
        self.refresh()
        self._show_lines(self.lists.currentRow())
        self._say(text, ok=True)

    def _select_list(self, list_id: int) -> None:
        for row in range(self.lists.count()):
            if self.lists.item(row).data(Qt.ItemDataRole.UserRole) == list_id:
                self.lists.setCurrentRow(row)

    def import_list(self, path: Path | None = None) -> int | None:
        """A needs list from the recipient's spreadsheet, for the recipient chosen above."""
        recipient = self.recipient.currentData()
        if recipient is None:
            self._say(self.tr("Choose the recipient whose list it is first."), ok=False)
            return None
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import a needs list"), "", self.tr("Spreadsheets (*.xlsx *.csv)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            done = import_needs(path, recipient)
        except HafenlagerError as exc:
            self._say(error_text(exc), ok=False)
            return None
        if done.problems:
            lines = [
                self.tr("Row %1").replace("%1", str(p.row))
                + (f", {p.column}" if p.column else "")
                + f": {translated(p.message)}"
                for p in done.problems
            ]
            self._say(self.tr("Nothing was imported:") + "\n" + "\n".join(lines[:12]), ok=False)
            return None
        self._say(self.tr("%1 lines imported.").replace("%1", str(done.lines)), ok=True)
        self.refresh()
        return done.list_id

    def save_shortage(self, path: Path | None = None) -> Path | None:
        """The shortage list as PDF (to print or post) or XLSX: the dialog's filter, or the
        suffix of the path given, chooses."""
        from reports.shortage import write_shortage
        from warehouse_app.imports.shortage import shortage_sheet

        if path is None:
            pdf, excel = self.tr("PDF (*.pdf)"), self.tr("Excel (*.xlsx)")
            chosen, chosen_filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the shortage list"), "Bedarf.pdf", f"{pdf};;{excel}"
            )
            if not chosen:
                return None
            # The filter decides: a name typed without its suffix (or with the other one) gets
            # the suffix of the format chosen ("Bedarf 10.02.2026" keeps its date).
            path = Path(chosen)
            suffix = ".xlsx" if chosen_filter == excel else ".pdf"
            if path.suffix.lower() in (".pdf", ".xlsx"):
                path = path.with_suffix(suffix)
            elif path.suffix.lower() != suffix:
                path = path.with_name(path.name + suffix)
        try:
            sheet = shortage_sheet(self.recipient.currentData())
            write_shortage(sheet, path)
        except HafenlagerError as exc:
            self._say(
                self.tr("The shortage list was not saved: %1").replace("%1", error_text(exc)),
                ok=False,
            )
            return None
        self._say(
            self.tr("%1 lines still short, saved to %2.")
            .replace("%1", str(len(sheet.lines)))
            .replace("%2", str(path)),
            ok=True,
        )
        return path

    def save_template(self, path: Path | None = None) -> Path | None:
        """The needs list template (XLSX, German and Ukrainian) for a recipient to fill in."""
        from warehouse_app.imports.template import write_template

        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the needs list template"), "Bedarfsliste.xlsx", "Excel (*.xlsx)"
            )
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() != ".xlsx":
                path = path.with_name(path.name + ".xlsx")
        try:
            write_template("needs", path)
        except OSError as exc:
            self._say(
                self.tr("The template was not saved: %1").replace("%1", exc.strerror or str(exc)),
                ok=False,
            )
            return None
        self._say(self.tr("Template saved to %1.").replace("%1", str(path)), ok=True)
        return path

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setStyleSheet(f"color: {'#1e7d32' if ok else '#b00020'}; font-weight: bold;")
        self.message.setText(text)
