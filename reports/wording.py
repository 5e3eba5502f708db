"""Labels of the convoy papers in the languages chosen for the destination, in their order."""

from __future__ import annotations

from dataclasses import dataclass

from warehouse_app.papers.places import counted, places
from warehouse_app.papers.vehicle import Totals

PACKING = {
    "pallets": ("піддони", "pallets", "Paletten"),
    "boxes": ("ящики", "boxes", "Kisten"),
    "pallets+boxes": ("піддони, ящики", "pallets, boxes", "Paletten, Kisten"),
    "unpacked": ("без упаковки", "unpacked", "unverpackt"),
}


@dataclass(frozen=True)
class Wording:
    languages: tuple[str, ...] = ("uk", "en")

    def __call__(self, uk: str, en: str, de: str) -> str:
        """One label: 'Відправник / Sender' for uk,en; 'Відправник / Sender / Absender' with de."""
        texts = {"uk": uk, "en": en, "de": de}
        # "HS / HS" says nothing twice: a text already shown is not repeated.
        return " / ".join(dict.fromkeys(texts[code] for code in self.languages))

    def places(self, t: Totals) -> str:
        """The load's number of places, the same on every paper: '2 піддони (33 ящики) /
        2 pallets (33 boxes)'."""
        return self(
            *(places(t.pallets, t.on_pallets, t.loose, lang, t.vehicles) for lang in _ORDER)
        )

    def counted(self, noun: str, count: int) -> str:
        """'5 категорій / 5 categories'."""
        return self(*(counted(noun, count, lang) for lang in _ORDER))

    def packing(self, kind: str) -> str:
        """CMR box 8, the method of packing of a line."""
        return self(*PACKING[kind])


_ORDER = ("uk", "en", "de")  # the argument order of __call__
