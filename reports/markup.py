"""Free text inside reportlab Paragraph markup."""

from __future__ import annotations

from xml.sax.saxutils import escape


def plain(text: str) -> str:
    """Escape text typed by users so Paragraph prints it as written.

    Paragraph parses its text as markup: an unescaped "Kinder & Jugend"
    prints as "Kinder &Jugend;" and "<b>" would switch to bold.
    """
    return escape(text)
