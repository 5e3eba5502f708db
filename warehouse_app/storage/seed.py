"""What a new database starts with: the hall's associations, the default categories with their
HS codes (from the domain brief; editable), the hall's fixed places, and the hall's settings."""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from warehouse_app.codes import CodeKind
from warehouse_app.kinds import LocationKind, Unit
from warehouse_app.storage.models import Association, Category, Location, Setting
from warehouse_app.storage.numbering import allocate_codes
from warehouse_app.texts import QT_TRANSLATE_NOOP


class CategorySeed(NamedTuple):
    name_de: str
    name_en: str
    name_uk: str
    hs_code: str
    unit: Unit
    value_eur: str
    min_shelf_life_days: int | None  # None: no expiry date needed
    is_vehicle: bool = False
    un_number: str = ""
    export_note: str = ""


P, KG, L, SET = Unit.PIECES, Unit.KG, Unit.LITRES, Unit.SETS
# The seeded export notes are marked for the translators: the readiness list shows them in the
# lead's language (a note a lead writes is shown as written).
_UN3528 = QT_TRANSLATE_NOOP(
    "service", "UN 3528 when fuelled: drain the tank or ship it as dangerous goods (ADR)."
)
_LIION = QT_TRANSLATE_NOOP(
    "service", "Lithium-ion batteries (UN 3480/3481): dangerous goods rules for road transport."
)

# The ADR 5.4.1 entry per UN number: proper shipping name, class, packing group (none for these),
# transport category (ADR 1.1.3.6). Editable category data: check against ADR Table A.
ADR_ENTRIES: dict[str, tuple[str, str, str, int | None]] = {
    "UN 3480": ("LITHIUM ION BATTERIES", "9", "", 2),
    "UN 3481": ("LITHIUM ION BATTERIES CONTAINED IN EQUIPMENT", "9", "", 2),
    "UN 3528": ("ENGINE, INTERNAL COMBUSTION, FLAMMABLE LIQUID POWERED", "3", "", 3),
}

# The goods category a line is declared under in AHARS, by the first two HS digits; editable per
# category. The names follow the groups the recipients' guidance names (food, medical products,
# hygiene, household goods, vehicles); AHARS's own list was not available to check them against.
AHARS_BY_CHAPTER: dict[str, str] = {
    "16": "Продукти харчування",
    "19": "Продукти харчування",
    "10": "Продукти харчування",
    "11": "Продукти харчування",
    "15": "Продукти харчування",
    "17": "Продукти харчування",
    "30": "Лікарські засоби та медичні вироби",
    "40": "Лікарські засоби та медичні вироби",
    "90": "Лікарські засоби та медичні вироби",
    "96": "Засоби гігієни",
    "87": "Транспортні засоби",
}
AHARS_VEHICLES = "Транспортні засоби"
AHARS_OTHER = "Товари господарського призначення"


def ahars_category(hs_code: str, is_vehicle: bool) -> str:
    if is_vehicle:
        return AHARS_VEHICLES
    return AHARS_BY_CHAPTER.get(hs_code[:2], AHARS_OTHER)


DEFAULT_CATEGORIES: tuple[CategorySeed, ...] = (
    CategorySeed("Fleischkonserven", "Canned meat", "М'ясні консерви", "1602.50", P, "2.50", 90),
    CategorySeed("Fischkonserven", "Canned fish", "Рибні консерви", "1604.20", P, "2.00", 90),
    # Tuna has its own heading; 1604.20 is for other prepared fish.
    CategorySeed("Thunfischkonserven", "Canned tuna", "Консерви з тунця", "1604.14", P, "2.50", 90),
    CategorySeed("Nudeln", "Pasta", "Макаронні вироби", "1902.19", KG, "1.50", 30),
    CategorySeed("Reis", "Rice", "Рис", "1006.30", KG, "2.00", 30),
    CategorySeed("Mehl", "Flour", "Борошно", "1101.00", KG, "0.80", 30),
    CategorySeed("Zucker", "Sugar", "Цукор", "1701.99", KG, "1.00", 30),
    CategorySeed("Sonnenblumenöl", "Sunflower oil", "Соняшникова олія", "1512.19", L, "2.50", 30),
    CategorySeed(
        "Säuglingsnahrung", "Infant formula", "Дитяча молочна суміш", "1901.10", P, "12.00", 90
    ),
    CategorySeed(
        "Verbandsmaterial",
        "Bandages and dressings",
        "Перев'язувальні матеріали",
        "3005.90",
        P,
        "1.00",
        183,
    ),
    CategorySeed(
        "Erste-Hilfe-Sets",
        "First-aid kits",
        "Аптечки першої допомоги",
        "3006.50",
        SET,
        "15.00",
        183,
    ),
    CategorySeed("Medikamente", "Medicines", "Лікарські засоби", "3004.90", P, "5.00", 183),
    CategorySeed(
        "Untersuchungshandschuhe",
        "Examination gloves",
        "Оглядові рукавички",
        "4015.12",
        P,
        "0.10",
        None,
    ),
    CategorySeed("Spritzen", "Syringes", "Шприци", "9018.31", P, "0.20", 183),
    CategorySeed("Rollstühle", "Wheelchairs", "Інвалідні візки", "8713.10", P, "150.00", None),
    CategorySeed(
        "Krankenhausbetten", "Hospital beds", "Лікарняні ліжка", "9402.90", P, "300.00", None
    ),
    CategorySeed(
        "Behandlungsliegen",
        "Medical treatment couches",
        "Медичні кушетки",
        "9402.90",
        P,
        "150.00",
        None,
    ),
    CategorySeed("Metallspinde", "Metal lockers", "Металеві шафи", "9403.20", P, "60.00", None),
    CategorySeed(
        "Schaumstoffmatratzen", "Foam mattresses", "Матраци поролонові", "9404.21", P, "40.00", None
    ),
    CategorySeed(
        "Matratzen (sonstige)", "Mattresses (other)", "Матраци (інші)", "9404.29", P, "40.00", None
    ),
    CategorySeed("Schlafsäcke", "Sleeping bags", "Спальні мішки", "9404.30", P, "20.00", None),
    CategorySeed("Kissen", "Pillows", "Подушки", "9404.90", P, "5.00", None),
    CategorySeed("Bettdecken", "Duvets", "Ковдри", "9404.40", P, "15.00", None),
    # Wool blankets are 6301.20; 6301.40 is for synthetic fibres.
    CategorySeed("Wolldecken", "Blankets", "Пледи", "6301.20", P, "8.00", None),
    CategorySeed(
        "Decken (Synthetik)", "Synthetic blankets", "Пледи синтетичні", "6301.40", P, "8.00", None
    ),
    CategorySeed(
        "Gebrauchte Kleidung",
        "Used clothing",
        "Одяг, що був у використанні",
        "6309.00",
        KG,
        "2.00",
        None,
    ),
    CategorySeed("Windeln", "Diapers", "Підгузки", "9619.00", P, "8.00", None),
    CategorySeed("Spielzeug", "Toys", "Іграшки", "9503.00", P, "3.00", None),
    CategorySeed(
        "Stromerzeuger (Diesel)",
        "Generators (diesel)",
        "Генератори дизельні",
        "8502.11",
        P,
        "800.00",
        None,
        un_number="UN 3528",
        export_note=_UN3528,
    ),
    CategorySeed(
        "Stromerzeuger (Benzin)",
        "Generators (petrol)",
        "Генератори бензинові",
        "8502.20",
        P,
        "400.00",
        None,
        un_number="UN 3528",
        export_note=_UN3528,
    ),
    CategorySeed(
        "Powerstationen (Akku)",
        "Battery power stations",
        "Портативні зарядні станції",
        "8507.60",
        P,
        "300.00",
        None,
        un_number="UN 3480",
        export_note=_LIION,
    ),
    # Plastic cool boxes are household articles (3924.90), not tableware (3924.10).
    CategorySeed("Kühlboxen", "Cool boxes", "Сумки-холодильники", "3924.90", P, "15.00", None),
    CategorySeed(
        "Kühlboxen (elektrisch)",
        "Cool boxes (electric)",
        "Автохолодильники",
        "8418.69",
        P,
        "60.00",
        None,
    ),
    CategorySeed(
        "Großküchenausstattung",
        "Catering kitchen equipment",
        "Обладнання для їдалень",
        "8419.81",
        P,
        "500.00",
        None,
    ),
    CategorySeed(
        "Schutzhelme und -westen",
        "Helmets and body armour",
        "Шоломи та бронежилети",
        "6506.10",
        P,
        "80.00",
        None,
        export_note=QT_TRANSLATE_NOOP(
            "service", "Export licence needed: enter the licence number before departure."
        ),
    ),
    CategorySeed(
        "Wärmebildkameras",
        "Thermal imaging cameras",
        "Тепловізори",
        "8525.89",
        P,
        "400.00",
        None,
        export_note=QT_TRANSLATE_NOOP(
            "service", "Dual-use check: thermal imaging may need an export licence."
        ),
    ),
    CategorySeed(
        "Feuerwehrfahrzeuge (Drehleiter)",
        "Fire-fighting vehicles (aerial ladder)",
        "Пожежні автомобілі (автодрабини)",
        "8705.30",
        P,
        "25000.00",
        None,
        is_vehicle=True,
    ),
    CategorySeed(
        "Spezialfahrzeuge (Kanalreinigung)",
        "Special-purpose vehicles (sewer cleaning)",
        "Спеціальні автомобілі (каналоочисні)",
        "8705.90",
        P,
        "20000.00",
        None,
        is_vehicle=True,
    ),
    CategorySeed(
        "Busse (Diesel)",
        "Buses (diesel)",
        "Автобуси (дизельні)",
        "8702.10",
        P,
        "15000.00",
        None,
        is_vehicle=True,
    ),
    CategorySeed(
        "Busse (elektrisch)",
        "Buses (electric)",
        "Автобуси (електричні)",
        "8702.40",
        P,
        "30000.00",
        None,
        is_vehicle=True,
    ),
)

# The associations that share the hall (domain brief); more are added in the settings.
DEFAULT_ASSOCIATIONS: tuple[tuple[str, str, str], ...] = (
    ("Grenzenlose Wärme e.V.", "GW", "#C0392B"),
    ("Blau-Gelbes-Herz e.V.", "BGH", "#1F5FBF"),
    ("Cukurova e.V.", "CUK", "#138D75"),
    ("Weltladen Aplerbeck", "WLA", "#7D3C98"),
)

DEFAULT_LOCATIONS: tuple[tuple[str, LocationKind], ...] = (
    ("Wareneingang", LocationKind.RECEIVING),
    ("Verladerampe", LocationKind.DOCK),
    ("Sperrlager", LocationKind.QUARANTINE),
    ("Bodenfläche 1", LocationKind.FLOOR),
    ("Bodenfläche 2", LocationKind.FLOOR),
    ("Bodenfläche 3", LocationKind.FLOOR),
    ("Bodenfläche 4", LocationKind.FLOOR),
)

DEFAULT_SETTINGS: dict[str, str] = {
    "hall.sender_name": "Grenzenlose Wärme e.V.",
    "hall.sender_street": "",
    "hall.sender_postcode": "",
    "hall.sender_city": "Dortmund",
    "hall.sender_country": "DE",
    "hall.phone": "",
    "hall.email": "",
    "hall.register": "",
}


def seed_new_database() -> None:
    """Fill a newly created database; call inside the creating transaction."""
    Category.insert_many(
        [
            {
                "name_de": c.name_de,
                "name_en": c.name_en,
                "name_uk": c.name_uk,
                "hs_code": c.hs_code,
                "default_unit": c.unit.value,
                "default_value_eur": Decimal(c.value_eur),
                "expiry_required": c.min_shelf_life_days is not None,
                "min_shelf_life_days": c.min_shelf_life_days or 0,
                "is_vehicle": c.is_vehicle,
                "un_number": c.un_number,
                "export_note": c.export_note,
                **_adr_columns(c.un_number),
                "ahars_category": ahars_category(c.hs_code, c.is_vehicle),
            }
            for c in DEFAULT_CATEGORIES
        ]
    ).execute()
    Association.insert_many(
        [{"name": n, "short_code": s, "colour": c} for n, s, c in DEFAULT_ASSOCIATIONS]
    ).execute()
    add_locations(DEFAULT_LOCATIONS)
    Setting.insert_many([{"key": k, "value": v} for k, v in DEFAULT_SETTINGS.items()]).execute()


def _adr_columns(un_number: str) -> dict[str, object]:
    # Every row names every column: insert_many takes its columns from the rows.
    name, adr_class, group, transport_category = ADR_ENTRIES.get(un_number, ("", "", "", None))
    return {
        "adr_name": name,
        "adr_class": adr_class,
        "adr_packing_group": group,
        "adr_transport_category": transport_category,
    }


def add_locations(places: tuple[tuple[str, LocationKind], ...]) -> None:
    codes = allocate_codes(CodeKind.LOCATION, len(places))
    Location.insert_many(
        [
            {"code": code, "name": name, "kind": kind.value}
            for code, (name, kind) in zip(codes, places, strict=True)
        ]
    ).execute()
