"""The choice of the screens' language: each language named in its own words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

# Whoever reads the list finds theirs: each name is in its own language, never translated.
LANGUAGES = (("de", "Deutsch"), ("uk", "Українська"), ("en", "English"))


def language_chooser(current: str, *, with_system: bool = True) -> QComboBox:
    box = QComboBox()
    box.setObjectName("language")
    if with_system:
        box.addItem(QCoreApplication.translate("VolunteerDialog", "Language of this PC"), "")
    for code, name in LANGUAGES:
        box.addItem(name, code)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box
