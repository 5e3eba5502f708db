"""A line of a needs list, added or edited by hand: what, how much, how urgent, by when."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from ui.formatting import number
from ui.service_texts import error_text
from ui.status_names import unit_label
from ui.translations import local_name
from ui.widgets.date_edit import DateEdit
from ui.widgets.form_dialog import FormDialog
from warehouse_app.errors import HafenlagerError
from warehouse_app.kinds import Unit
from warehouse_app.services import masterdata, need_lines
from warehouse_app.texts import QT_TRANSLATE_NOOP

PRIORITIES = {
    "urgent": QT_TRANSLATE_NOOP("NeedLineDialog", "urgent"),
    "normal": QT_TRANSLATE_NOOP("NeedLineDialog", "normal"),
    "nice": QT_TRANSLATE_NOOP("NeedLineDialog", "nice to have"),
}


class NeedLineDialog(FormDialog):
    def __init__(
        self,
        list_id: int,
        parent: QWidget | None = None,
        editing: need_lines.NeedLineRow | None = None,
    ) -> None:
        super().__init__(
            self.tr("New need line")
            if editing is None
            else self.tr("Need line %1").replace("%1", str(editing.line_number)),
            parent,
        )
        self.list_id = list_id
        self.editing = editing
        self.saved_id: int | None = None
        self.category = QComboBox(objectName="lineCategory")
        self.category.addItem(self.tr("(no category)"), None)
        for c in masterdata.categories(active_only=True):
            self.category.addItem(local_name(c.name_de, c.name_en, c.name_uk), c.id)
        self.description = QLineEdit(objectName="lineDescription")
        self.quantity = QLineEdit(objectName="lineQuantity")
        self.unit = QComboBox(objectName="lineUnit")
        for unit in Unit:
            self.unit.addItem(unit_label(unit.value), unit.value)
        self.priority = QComboBox(objectName="linePriority")
        for value, label in PRIORITIES.items():
            self.priority.addItem(self.tr(label), value)
        self.priority.setCurrentIndex(1)
        self.dated = QCheckBox(self.tr("needed by"), objectName="lineDated")
        self.needed_by = DateEdit(QDate.currentDate().addDays(30), objectName="lineNeededBy")
        self.needed_by.setCalendarPopup(True)
        self.needed_by.setDisplayFormat("dd.MM.yyyy")
        self.needed_by.setEnabled(False)
        self.dated.toggled.connect(self.needed_by.setEnabled)
        self.notes = QLineEdit(objectName="lineNotes")
        amount = QHBoxLayout()
        amount.addWidget(self.quantity, 1)
        amount.addWidget(self.unit)
        when = QHBoxLayout()
        when.addWidget(self.dated)
        when.addWidget(self.needed_by, 1)
        self.description.setMinimumWidth(self.description.fontMetrics().averageCharWidth() * 40)
        self.form.addRow(self.tr("Category"), self.category)
        self.form.addRow(self.tr("Description"), self.description)
        self.form.addRow(self.tr("Quantity"), amount)
        self.form.addRow(self.tr("Priority"), self.priority)
        self.form.addRow(self.tr("When"), when)
        self.form.addRow(self.tr("Notes"), self.notes)
        self.category.currentIndexChanged.connect(self._category_unit)
        if editing is not None:
            self._fill(editing)

    def _category_unit(self) -> None:
        chosen = self.category.currentData()
        for c in masterdata.categories():
            if c.id == chosen:
                self.unit.setCurrentIndex(max(0, self.unit.findData(c.default_unit)))

    def _fill(self, line: need_lines.NeedLineRow) -> None:
        self.category.setCurrentIndex(max(0, self.category.findData(line.category_id)))
        self.description.setText(line.description)
        self.quantity.setText(number(line.quantity))
        self.unit.setCurrentIndex(max(0, self.unit.findData(line.unit)))
        self.priority.setCurrentIndex(max(0, self.priority.findData(line.priority)))
        if line.needed_by is not None:
            self.dated.setChecked(True)
            self.needed_by.setDate(QDate(line.needed_by))
        self.notes.setText(line.notes)

    def entry(self) -> need_lines.NeedLineInput:
        return need_lines.NeedLineInput(
            category_id=self.category.currentData(),
            description=self.description.text(),
            quantity=self.quantity.text().strip().replace(",", "."),
            unit=str(self.unit.currentData()),
            priority=str(self.priority.currentData()),
            needed_by=self.needed_by.date().toPython() if self.dated.isChecked() else None,
            notes=self.notes.text(),
        )

    def accept(self) -> None:
        try:
            if self.editing is None:
                self.saved_id = need_lines.add_line(self.list_id, self.entry())
            else:
                need_lines.update_line(self.editing.id, self.entry())
                self.saved_id = self.editing.id
        except HafenlagerError as exc:
            self.error.show_message(error_text(exc))
            return
        super().accept()
