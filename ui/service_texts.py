"""What the services word in English, shown in the volunteer's language.

A service refuses with an English template and its values (warehouse_app.texts.Text); here
the template is looked up in context "service", and the values are filled in, each translated
too where it is a text of its own (a field's name, a list of problems, a status word).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from ui.status_names import status_label
from ui.translations import local_name
from warehouse_app.errors import HafenlagerError
from warehouse_app.texts import QT_TRANSLATE_NOOP, Names, Text, TextList

_CONTEXT = "service"

# The readiness list's groups, as the services name them.
_GROUPS = {
    "aid code": QT_TRANSLATE_NOOP("service", "aid code"),
    "convoy": QT_TRANSLATE_NOOP("service", "convoy"),
    "export": QT_TRANSLATE_NOOP("service", "export"),
    "goods": QT_TRANSLATE_NOOP("service", "goods"),
    "loading": QT_TRANSLATE_NOOP("service", "loading"),
    "recipient": QT_TRANSLATE_NOOP("service", "recipient"),
    "shelf life": QT_TRANSLATE_NOOP("service", "shelf life"),
    "vehicles": QT_TRANSLATE_NOOP("service", "vehicles"),
}


# The kinds of code, as the scan loop and the services name them ({kind}, {kind_label}).
_KINDS = {
    "box": QT_TRANSLATE_NOOP("service", "box"),
    "pallet": QT_TRANSLATE_NOOP("service", "pallet"),
    "location": QT_TRANSLATE_NOOP("service", "location"),
    "vehicle": QT_TRANSLATE_NOOP("service", "vehicle"),
    "control": QT_TRANSLATE_NOOP("service", "control code"),
}


def translated(text: Text) -> str:
    """text in the volunteer's language; English where a translation is missing or broken."""
    local = QCoreApplication.translate(_CONTEXT, text.template)
    if local == text.template:
        # A scan's answer, kept in the activity log, is worded in the scan screen's context.
        local = QCoreApplication.translate("scan", text.template)
    if not text.values:
        return local
    values = _local_values(text.values)
    for template in (local, text.template):
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            continue  # a broken translation must not hide the message
    return str(text)


def error_text(exc: BaseException) -> str:
    """The refusal of a service, as the volunteer reads it (other errors as they are)."""
    return translated(exc.text) if isinstance(exc, HafenlagerError) else str(exc)


def group_label(group: str) -> str:
    return QCoreApplication.translate(_CONTEXT, _GROUPS.get(group, group))


def _local_values(values: Mapping[str, object]) -> dict[str, object]:
    return {name: local_value(name, value) for name, value in values.items()}


def local_value(name: str, value: object) -> object:
    """A value as the volunteer reads it in a sentence: texts, status and kind words
    translated, everything else (codes, names, figures) as it is."""
    if isinstance(value, Text):
        return translated(value)
    if isinstance(value, Names):
        return local_name(value.de, str(value), value.uk)
    if isinstance(value, TextList):
        return value.separator.join(
            translated(item) if isinstance(item, Text) else item for item in value.items
        )
    if (name == "status" or name.endswith("_status")) and isinstance(value, str):
        return status_label(value)
    if (name == "kind" or name.startswith("kind_label")) and value in _KINDS:
        return QCoreApplication.translate(_CONTEXT, _KINDS[str(value)])
    return value
