"""Marks the English texts that the GUI translates, where Qt cannot be imported.

pyside6-lupdate finds every call of a function named QT_TRANSLATE_NOOP, in any module, and puts
its text into resources/translations/*.ts under the given context; at run time the marker hands
the English text back unchanged and the GUI translates it with that context. So a text a
volunteer reads is written once, in the domain, and still reaches the translators.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
