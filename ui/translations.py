"""The screens' language: Qt's own translations and Hafenlager's, loaded for a locale."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

_LANGUAGE_PROPERTY = "hafenlagerLanguage"


def translations_folder() -> Path:
    # Next to the package's own file: importlib.resources would cost milliseconds of every start.
    import resources

    return Path(resources.__file__).parent / "translations"


def install_translations(app: QApplication, locale: QLocale) -> list[QTranslator]:
    """Load Qt's own and Hafenlager's translations for locale, replacing earlier ones."""
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    # What the screens speak now: the language of names kept in three (categories).
    app.setProperty(_LANGUAGE_PROPERTY, locale.name()[:2])
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


def screen_language() -> str:
    """The two-letter language the screens are shown in ("en" before any was chosen)."""
    app = QCoreApplication.instance()
    language = app.property(_LANGUAGE_PROPERTY) if app is not None else None
    return str(language) if language else "en"


def local_name(german: str, english: str, ukrainian: str) -> str:
    """The one of a thing's three names that the volunteer reads (German in a German hall
    when the screens are in neither of the others)."""
    language = screen_language()
    if language == "uk":
        return ukrainian or german
    if language == "en":
        return english or german
    return german


def slot_time(value: dt.datetime, *, with_date: bool = True) -> str:
    """A drop-off slot's start as the volunteer reads it: "Di 08.12. 10:00" in German, the
    weekday in the screens' language (the hall's local time, as slots are kept)."""
    from PySide6.QtCore import QDateTime

    locale = QLocale(screen_language())
    moment = QDateTime(value)
    return locale.toString(moment, "ddd dd.MM. HH:mm" if with_date else "HH:mm")
