"""One line on the convoy screen: how much of each needs list of its recipient the convoy covers
("Zhytomyr City Council – list 3 (Winter): 64 % covered, urgent lines 100 %"); each line's
figures in the tooltip. Hidden while the recipient has no list, so it takes no room then."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ui.formatting import number
from ui.status_names import unit_label
from ui.translations import local_name
from warehouse_app.services.convoys import ListCoverage, percent

SHOWN = 3  # lists named on the line; the rest are counted


class CoveragePanel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("needsCoverage")
        self.setWordWrap(True)
        self.setVisible(False)

    def show_coverage(self, lists: list[ListCoverage]) -> None:
        if not lists:
            self.clear()
            self.setToolTip("")
            self.setVisible(False)
            return
        parts = [self._one(listed) for listed in lists[-SHOWN:]]  # the newest lists
        if len(lists) > SHOWN:
            parts.insert(0, self.tr("%1 older lists").replace("%1", str(len(lists) - SHOWN)))
        recipient = lists[0].recipient.split(" / ")[0]
        self.setText(
            self.tr("Needs of %1: %2").replace("%1", recipient).replace("%2", " · ".join(parts))
        )
        complete = all(listed.covered >= 1 for listed in lists)
        self.setStyleSheet(f"color: {'#1e7d32' if complete else '#333333'}; font-weight: bold;")
        self.setToolTip("\n".join(self._lines(listed) for listed in lists))
        self.setVisible(True)

    def _one(self, listed: ListCoverage) -> str:
        text = (
            self.tr("list %1 (%2): %3 % covered")
            .replace("%1", str(listed.list_id))
            .replace("%2", listed.title)
            .replace("%3", str(percent(listed.covered)))
        )
        urgent = listed.urgent_covered
        if urgent is not None:
            text += self.tr(", urgent lines %1 %").replace("%1", str(percent(urgent)))
        return text

    def _lines(self, listed: ListCoverage) -> str:
        rows = [
            self.tr("List %1 (%2):").replace("%1", str(listed.list_id)).replace("%2", listed.title)
        ]
        for line in listed.lines:
            category = line.category
            what = (
                local_name(category.de, str(category), category.uk)
                if not line.description or line.description == category.de
                else line.description
            )
            unit = unit_label(line.unit)
            rows.append(
                self.tr("  %1. %2: %3 of %4 %5 on the convoy")
                .replace("%1", str(line.line_number))
                .replace("%2", what)
                .replace("%3", number(line.carried))
                .replace("%4", number(line.requested))
                .replace("%5", unit)
            )
        return "\n".join(rows)
