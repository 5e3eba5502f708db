"""Which column of a donation list holds what: its heading, in German, English or Ukrainian.

Headings are compared case-folded, without spaces at the ends and without a trailing colon;
a heading with a unit in brackets ("Gewicht (kg)") is tried as it is, then without the bracket.
"""

from __future__ import annotations

import re

# field: the headings that name it (case-folded). One row is one kind of box: quantity and
# weights are per box, box_count says how many such boxes there are (as on the intake form).
HEADINGS: dict[str, tuple[str, ...]] = {
    "category": ("kategorie", "warengruppe", "category", "категорія"),
    "hs_code": ("hs", "hs-code", "hs code", "zolltarifnummer", "уктзед", "укт зед", "код hs"),
    "description_de": (
        "beschreibung",
        "inhalt",
        "bezeichnung",
        "artikel",
        "beschreibung deutsch",
        "inhalt deutsch",
        "description german",
        "опис німецькою",
    ),
    "description_uk": (
        "beschreibung ukrainisch",
        "inhalt ukrainisch",
        "description ukrainian",
        "опис",
        "опис українською",
        "найменування",
    ),
    "description_en": (
        "description",
        "description english",
        "beschreibung englisch",
        "опис англійською",
    ),
    "quantity": ("menge", "stückzahl", "stück", "quantity", "qty", "pieces", "кількість"),
    "unit": ("einheit", "unit", "одиниця", "од."),
    "box_count": (
        "anzahl kartons",
        "kartons",
        "anzahl kisten",
        "kisten",
        "boxes",
        "number of boxes",
        "кількість ящиків",
        "ящиків",
        "ящики",
    ),
    "net_kg": (
        "gewicht",
        "gewicht netto",
        "netto",
        "nettogewicht",
        "net kg",
        "net weight",
        "weight",
        "вага",
        "вага нетто",
        "нетто",
    ),
    "gross_kg": ("brutto", "bruttogewicht", "gross kg", "gross weight", "брутто", "вага брутто"),
    "expiry": (
        "mhd",
        "haltbar bis",
        "ablaufdatum",
        "verfallsdatum",
        "best before",
        "expiry",
        "expiry date",
        "термін придатності",
        "придатний до",
    ),
    "value": (
        "wert",
        "wert pro stück",
        "stückwert",
        "value",
        "value per unit",
        "вартість",
        "вартість за одиницю",
    ),
    "origin": ("herkunft", "herkunftsland", "origin", "country of origin", "країна походження"),
    "serial": ("seriennummer", "fin", "vin", "serial", "serial number", "серійний номер"),
}
_BY_HEADING = {heading: name for name, headings in HEADINGS.items() for heading in headings}
_BRACKET = re.compile(r"\s*[\(\[].*?[\)\]]\s*")


def field_of(heading: str) -> str | None:
    """The field a heading names, or None; a heading in two languages ("Kategorie /
    Категорія", as the template has them) by either."""
    if " / " in heading:
        for part in heading.split(" / "):
            found = field_of(part)
            if found:
                return found
        return None
    folded = " ".join(heading.casefold().strip().rstrip(":").replace("_", " ").split())
    if folded in _BY_HEADING:
        return _BY_HEADING[folded]
    bare = " ".join(_BRACKET.sub(" ", folded).split())
    return _BY_HEADING.get(bare)


def map_columns(headers: tuple[str, ...], given: dict[str, str]) -> dict[str, int]:
    """field -> column index: the headings recognised, then what given maps by hand
    (heading -> field, as a preview or --column sets it), which wins."""
    found = {given[h]: i for i, h in enumerate(headers) if h in given and given[h] in HEADINGS}
    for index, heading in enumerate(headers):
        name = None if heading in given else field_of(heading)
        if name and name not in found:
            found[name] = index
    return found


def columns_by(headers: tuple[str, ...], headings: dict[str, tuple[str, ...]]) -> dict[str, int]:
    """field -> column index for a list with headings of its own (a needs or offers list):
    case, spaces and a trailing colon aside, and a two-language heading by either half."""
    by_heading = {h: name for name, hs in headings.items() for h in hs}
    found: dict[str, int] = {}
    for index, heading in enumerate(headers):
        for part in heading.split(" / "):
            name = by_heading.get(" ".join(part.casefold().strip().rstrip(":").split()))
            if name and name not in found:
                found[name] = index
                break
    return found
