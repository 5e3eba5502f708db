"""Marks the English texts that the GUI translates, where Qt cannot be imported.

pyside6-lupdate finds every call of a function named QT_TRANSLATE_NOOP, in any module, and puts
its text into resources/translations/*.ts under the given context; at run time the marker hands
the English text back unchanged and the GUI translates it with that context. So a text a
volunteer reads is written once, in the domain, and still reaches the translators.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


class Text(str):
    """A text for the user: its English sentence, which it is, and the English template and
    values it was made from.

    Being a str, it goes wherever English text went (the terminal, the log, the tests); the
    GUI looks the template up in context "service" and fills in the same values, so a refusal
    worded once in a service reads in the volunteer's language.
    """

    template: str
    values: Mapping[str, object]

    def __new__(cls, template: str, values: Mapping[str, object] | None = None) -> Text:
        filled = dict(values or {})
        text = super().__new__(cls, fill(template, filled))
        text.template = template
        text.values = filled
        return text

    def __repr__(self) -> str:
        return f"Text({self.template!r}, {dict(self.values)!r})"


def say(template: str, **values: object) -> Text:
    """Text(template, values), short for the many places that word a problem."""
    return Text(template, values)


def fill(template: str, values: Mapping[str, object]) -> str:
    """template with its {placeholders} filled; a template without values is taken as it is
    (so a literal brace in it needs no doubling)."""
    if not values:
        return template
    return template.format(**values)


def stored(text: str) -> str:
    """text as a table keeps it: a Text as its template and values (JSON), so that whoever
    reads it later, on any station, reads it in their language; any other str as it is."""
    if not isinstance(text, Text):
        return text
    return json.dumps({"template": text.template, "values": _plain(text.values)})


def from_stored(value: str) -> Text:
    """The Text that stored() kept; an English sentence kept before (or by hand) as it is."""
    if value.startswith('{"template"'):
        try:
            kept = json.loads(value)
            return Text(kept["template"], _texts(kept["values"]))
        except (ValueError, KeyError, TypeError, IndexError):
            pass  # not one of ours after all: shown as it is
    return Text(value)


def _plain(values: Mapping[str, object]) -> dict[str, object]:
    return {
        name: {"template": v.template, "values": _plain(v.values)}
        if isinstance(v, Text)
        else str(v)
        for name, v in values.items()
    }


def _texts(values: Mapping[str, object]) -> dict[str, object]:
    return {
        name: Text(v["template"], _texts(v["values"])) if isinstance(v, dict) else v
        for name, v in values.items()
    }


class TextList(str):
    """Several texts shown as one value (English: joined), each translated on its own."""

    items: tuple[str, ...]
    separator: str

    def __new__(cls, items: Sequence[str], separator: str = "; ") -> TextList:
        text = super().__new__(cls, separator.join(items))
        text.items = tuple(items)
        text.separator = separator
        return text


class Names(str):
    """A thing's name in the three languages the hall keeps (a category's): English as the
    str, for the terminal; the GUI shows the volunteer's."""

    de: str
    uk: str

    def __new__(cls, en: str, de: str, uk: str) -> Names:
        names = super().__new__(cls, en or de)
        names.de, names.uk = de, uk
        return names
