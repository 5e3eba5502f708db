"""Labels of the convoy papers in the languages chosen for the destination, in their order."""

from __future__ import annotations

from dataclasses import dataclass

from warehouse_app.papers.dangerous import POINT_LIMIT, DangerousLoad
from warehouse_app.papers.places import counted, places, word
from warehouse_app.papers.vehicle import Totals

PARTIES = {
    "sender": ("Відправник", "Sender", "Absender"),
    "consignee": ("Отримувач", "Consignee", "Empfänger"),
    "carrier": ("Перевізник", "Carrier", "Frachtführer"),
    "donor": ("Дарувальник", "Donor", "Schenker"),
}

# Terms the Ukrainian rules name exactly, the same on every paper.
TERMS = {
    "aid_code": (
        "Унікальний код гуманітарної допомоги",
        "Unique humanitarian aid code",
        "Eindeutiger Code der humanitären Hilfe",
    ),
    "register": (
        "Номер у Єдиному реєстрі отримувачів гуманітарної допомоги",
        "Number in the Unified Register of humanitarian aid recipients",
        "Nummer im Einheitlichen Register der Empfänger humanitärer Hilfe",
    ),
}

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

    def party(self, role: str) -> str:
        """One name per party on every paper: 'Отримувач / Consignee', never 'Recipient' on one
        and 'Consignee' on the next."""
        return self(*PARTIES[role])

    def term(self, name: str) -> str:
        return self(*TERMS[name])

    def adr(self, load: DangerousLoad) -> str:
        """'ADR 1.1.3.6: 36 балів / 36 points (≤ 1000)' for an exempt load, else that ADR
        applies in full; "" without dangerous goods."""
        if not load.entries:
            return ""
        if load.exempt:
            return f"ADR 1.1.3.6: {self.counted('point', int(load.points or 0))} (≤ {POINT_LIMIT})"
        return self(
            "ADR застосовується повністю (не звільнено за 1.1.3.6)",
            "ADR applies in full (not exempt under 1.1.3.6)",
            "ADR gilt voll (keine Freistellung nach 1.1.3.6)",
        )

    def places(self, t: Totals) -> str:
        """The load's number of places, the same on every paper: '2 піддони (33 ящики) /
        2 pallets (33 boxes)'."""
        return self(
            *(places(t.pallets, t.on_pallets, t.loose, lang, t.vehicles) for lang in _ORDER)
        )

    def counted(self, noun: str, count: int) -> str:
        """'5 категорій / 5 categories'."""
        return self(*(counted(noun, count, lang) for lang in _ORDER))

    def packing(self, kind: str, count: int | None = None) -> str:
        """CMR box 8, the method of packing; with count, the noun agrees with box 7's figure
        ('1 | ящик / box', '25 | ящиків / boxes', '2 | піддони / pallets')."""
        noun = {"boxes": "box", "pallets": "pallet"}.get(kind)
        if count is None or noun is None:
            return self(*PACKING[kind])
        return self(*(word(noun, count, lang) for lang in _ORDER))


_ORDER = ("uk", "en", "de")  # the argument order of __call__
