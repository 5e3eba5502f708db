"""Labels of the convoy papers in the languages chosen for the destination, in their order."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Wording:
    languages: tuple[str, ...] = ("uk", "en")

    def __call__(self, uk: str, en: str, de: str) -> str:
        """One label: 'Відправник / Sender' for uk,en; 'Відправник / Sender / Absender' with de."""
        texts = {"uk": uk, "en": en, "de": de}
        # "HS / HS" says nothing twice: a text already shown is not repeated.
        return " / ".join(dict.fromkeys(texts[code] for code in self.languages))
