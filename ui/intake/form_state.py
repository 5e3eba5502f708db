"""What a volunteer has typed into the intake form, carried into the form of a window built
again (the language changed): half a typed donation is not lost to a click on the language.

Every input of the form with an object name is carried: texts as typed, choices by their data
(an association's or a category's id, the same in every language), ticks and counts; and the
open donation, so the next save still adds to it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox

if TYPE_CHECKING:
    from ui.intake.view import IntakeView


@dataclass(frozen=True)
class FormState:
    choices: dict[str, object] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    ticks: dict[str, bool] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    donation_id: int | None = None


def capture(view: IntakeView) -> FormState:
    return FormState(
        choices={
            w.objectName(): w.currentData() for w in view.findChildren(QComboBox) if w.objectName()
        },
        texts={w.objectName(): w.text() for w in view.findChildren(QLineEdit) if w.objectName()},
        ticks={
            w.objectName(): w.isChecked() for w in view.findChildren(QCheckBox) if w.objectName()
        },
        counts={w.objectName(): w.value() for w in view.findChildren(QSpinBox) if w.objectName()},
        donation_id=view.donation_id,
    )


def restore(view: IntakeView, state: FormState) -> None:
    # Choices first: choosing a category fills in its descriptions, which the texts then
    # replace with what the volunteer had typed.
    for combo in view.findChildren(QComboBox):
        if combo.objectName() in state.choices:
            index = combo.findData(state.choices[combo.objectName()])
            if index >= 0:
                combo.setCurrentIndex(index)
    for line in view.findChildren(QLineEdit):
        if line.objectName() in state.texts:
            line.setText(state.texts[line.objectName()])
    for box in view.findChildren(QCheckBox):
        if box.objectName() in state.ticks:
            box.setChecked(state.ticks[box.objectName()])
    for spin in view.findChildren(QSpinBox):
        if spin.objectName() in state.counts:
            spin.setValue(state.counts[spin.objectName()])
    if state.donation_id is not None:
        view.continue_donation(state.donation_id)
