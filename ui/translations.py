"""The screens' language: Qt's own translations and Hafenlager's, loaded for a locale."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication


def translations_folder() -> Path:
    # Next to the package's own file: importlib.resources would cost milliseconds of every start.
    import resources

    return Path(resources.__file__).parent / "translations"


def install_translations(app: QApplication, locale: QLocale) -> list[QTranslator]:
    """Load Qt's own and Hafenlager's translations for locale, replacing earlier ones."""
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    installed = []
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("hafenlager", str(translations_folder())),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
