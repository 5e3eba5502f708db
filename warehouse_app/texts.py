"""Marks the English texts that the GUI translates, where Qt cannot be imported.

pyside6-lupdate finds every call of a function named QT_TRANSLATE_NOOP, in any module, and puts
its text into resources/translations/*.ts under the given context; at run time the marker hands
the English text back unchanged and the GUI translates it with that context. So a text a
volunteer reads is written once, in the domain, and still reaches the translators.
"""

from __future__ import annotations

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
