"""A small form dialog for master data records (categories, associations), built from a list
of fields, that hands the values to a save function and shows its refusal at the field."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.service_texts import error_text
from warehouse_app.errors import HafenlagerError, ValidationError


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: str = "text"  # text | bool | int | choice
    choices: Sequence[tuple[str, str]] = field(default_factory=tuple)  # (value, label)


class RecordDialog(QDialog):
    def __init__(
        self,
        title: str,
        fields: Sequence[FieldSpec],
        values: dict[str, Any],
        save: Callable[[dict[str, Any]], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("recordDialog")
        self._save = save
        self._fields = fields
        self.widgets: dict[str, QWidget] = {}
        form = QFormLayout()
        for spec in fields:
            widget = self._make(spec, values.get(spec.name))
            widget.setObjectName(spec.name)
            self.widgets[spec.name] = widget
            form.addRow(spec.label, widget)
        self.error = QLabel(objectName="errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    @staticmethod
    def _make(spec: FieldSpec, value: Any) -> QWidget:
        if spec.kind == "bool":
            box = QCheckBox()
            box.setChecked(bool(value))
            return box
        if spec.kind == "int":
            spin = QSpinBox()
            spin.setRange(0, 100_000)
            spin.setValue(int(value or 0))
            return spin
        if spec.kind == "choice":
            combo = QComboBox()
            for choice, label in spec.choices:
                combo.addItem(label, choice)
            # Choices are text: a stored number (a transport category) is found as its text.
            combo.setCurrentIndex(max(0, combo.findData("" if value is None else str(value))))
            return combo
        edit = QLineEdit("" if value is None else str(value))
        # Wide enough to read a name or an ADR shipping name whole, not its middle.
        edit.setMinimumWidth(edit.fontMetrics().averageCharWidth() * 36)
        return edit

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for spec in self._fields:
            widget = self.widgets[spec.name]
            if isinstance(widget, QCheckBox):
                result[spec.name] = widget.isChecked()
            elif isinstance(widget, QSpinBox):
                result[spec.name] = widget.value()
            elif isinstance(widget, QComboBox):
                result[spec.name] = widget.currentData()
            elif isinstance(widget, QLineEdit):
                result[spec.name] = widget.text()
        return result

    def accept(self) -> None:
        try:
            self._save(self.values())
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            if exc.field in self.widgets:
                self.widgets[exc.field].setFocus()
            return
        except HafenlagerError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        super().accept()
