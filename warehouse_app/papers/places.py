"""Counted nouns of the papers, by each language's plural rules, and the one way every
document states a truck's number of places ("кількість місць").

The places are the pallets, with the boxes on them in brackets, because that is what the
border counts on the truck: "2 піддони (33 ящики)"; loose boxes are counted as boxes, and a
vehicle that is itself the gift is "без упаковки / unpacked". Plural forms come from the
CLDR rules (Babel): Ukrainian has one/few/many (1 піддон, 2 піддони, 5 піддонів, 21 піддон,
11 піддонів), which no "add -s" rule gets right.
"""

from __future__ import annotations

from functools import cache

from babel import Locale

# noun -> language -> CLDR plural category -> word
NOUNS: dict[str, dict[str, dict[str, str]]] = {
    "pallet": {
        "uk": {"one": "піддон", "few": "піддони", "many": "піддонів", "other": "піддона"},
        "en": {"one": "pallet", "other": "pallets"},
        "de": {"one": "Palette", "other": "Paletten"},
    },
    "box": {
        "uk": {"one": "ящик", "few": "ящики", "many": "ящиків", "other": "ящика"},
        "en": {"one": "box", "other": "boxes"},
        "de": {"one": "Kiste", "other": "Kisten"},
    },
    "vehicle": {
        "uk": {
            "one": "транспортний засіб",
            "few": "транспортні засоби",
            "many": "транспортних засобів",
            "other": "транспортного засобу",
        },
        "en": {"one": "vehicle", "other": "vehicles"},
        "de": {"one": "Fahrzeug", "other": "Fahrzeuge"},
    },
    "point": {
        "uk": {"one": "бал", "few": "бали", "many": "балів", "other": "бала"},
        "en": {"one": "point", "other": "points"},
        "de": {"one": "Punkt", "other": "Punkte"},
    },
    "category": {
        "uk": {"one": "категорія", "few": "категорії", "many": "категорій", "other": "категорії"},
        "en": {"one": "category", "other": "categories"},
        "de": {"one": "Kategorie", "other": "Kategorien"},
    },
}

UNPACKED = {"uk": "без упаковки", "en": "unpacked", "de": "unverpackt"}


@cache
def _locale(language: str) -> Locale:
    return Locale.parse(language)


def word(noun: str, count: int, language: str) -> str:
    """The noun's form for count in language: word("pallet", 5, "uk") == "піддонів"."""
    forms = NOUNS[noun][language]
    return forms.get(_locale(language).plural_form(count), forms["other"])


def counted(noun: str, count: int, language: str) -> str:
    """'5 піддонів', '1 pallet', '2 Kisten'."""
    return f"{count} {word(noun, count, language)}"


def places(pallets: int, on_pallets: int, loose: int, language: str, vehicles: int = 0) -> str:
    """The number of places of a load: '2 піддони (33 ящики)'; loose boxes after them
    ('2 піддони (30 ящиків), 3 ящики'); a donated vehicle last ('1 транспортний засіб без
    упаковки'). on_pallets and loose count boxes; a vehicle is counted in neither."""
    parts = []
    if pallets:
        inside = f" ({counted('box', on_pallets, language)})" if on_pallets else ""
        parts.append(counted("pallet", pallets, language) + inside)
    if loose:
        parts.append(counted("box", loose, language))
    if vehicles:
        parts.append(f"{counted('vehicle', vehicles, language)} {UNPACKED[language]}")
    return ", ".join(parts) if parts else counted("box", 0, language)
