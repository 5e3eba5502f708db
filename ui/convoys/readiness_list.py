"""The convoy screen's readiness list: problems grouped, each group with its fix."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from ui.service_texts import group_label, translated
from warehouse_app.services.convoys.readiness import Problem

PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1  # on a readiness line: its Problem
SHOWN_PER_GROUP = 50


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConvoyView", text)


def fill(widget: QListWidget, problems: tuple[Problem, ...]) -> None:
    widget.clear()
    groups: dict[str, list[Problem]] = {}
    for problem in problems:
        groups.setdefault(problem.group, []).append(problem)
    if not problems:
        widget.addItem(_tr("Nothing blocks departure."))
    for group, items in groups.items():
        head = QListWidgetItem(
            f"{group_label(group)} ({len(items)}) — {translated(items[0].action)}"
        )
        head.setForeground(Qt.GlobalColor.darkRed)
        widget.addItem(head)
        for problem in items[:SHOWN_PER_GROUP]:
            line = QListWidgetItem(f"    {translated(problem.message)}")
            line.setData(Qt.ItemDataRole.UserRole, problem.category_id)
            line.setData(PROBLEM_ROLE, problem)
            if problem.category_id is not None:
                line.setToolTip(_tr("Double-click to acknowledge with the licence or MRN"))
            elif problem.has_release:
                line.setToolTip(_tr("Double-click to take it off the convoy"))
            widget.addItem(line)
        if len(items) > SHOWN_PER_GROUP:
            widget.addItem(f"    … +{len(items) - SHOWN_PER_GROUP}")
