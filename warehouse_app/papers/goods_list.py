"""The goods list a recipient enters into AHARS to register the aid, one file per truck.

AHARS asks per line for the goods category, the name, the commodity code, the quantity and its
unit, the number of places, the weight, the value, wear and shelf life (the declaration must
match it "by categories and names of goods, number of places, number of pieces and weight").
So each line is one category *and name*: a category's boxes are split by their Ukrainian
description ("Paracetamol 500 mg" and "Ibuprofen 400 mg" are two lines of "medicines"), and
every donated vehicle is a line of its own with its VIN, make, model and year. The gross of the
lines includes the pallets (apportioned, see papers.lines) and sums to CMR box 11.

The column set follows what the recipients' guidance names; the official form (Cabinet of
Ministers resolution No. 953) could not be read to check its exact headings, so the headings
are bilingual and say what each column holds.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from warehouse_app.papers.lines import PaperLine
from warehouse_app.papers.vehicle import UNITS_UK, VehiclePapers
from warehouse_app.quantities import EUR, exact
from warehouse_app.storage.models import Category


@dataclass(frozen=True)
class GoodsLine:
    number: int
    ahars_category: str
    name_uk: str
    name_en: str
    code: str  # HS (6 digits) or UKTZED (10 digits), as the category holds it
    unit: str  # the Ukrainian unit name: шт., кг, л, компл.
    quantity: Decimal
    places: int  # boxes; a donated vehicle is one place, unpacked
    net_kg: Decimal
    gross_kg: Decimal
    value_eur: Decimal
    wear_percent: int
    expiry: dt.date | None
    vin: str
    vehicle: str  # make, model, year, fuel, first registration of a donated vehicle


def goods_lines(papers: VehiclePapers) -> tuple[GoodsLine, ...]:
    groups: dict[tuple[str, ...], list[PaperLine]] = defaultdict(list)
    for line in papers.lines:
        if line.is_vehicle:
            groups[("vehicle", line.box_code)].append(line)
        else:
            key = (line.hs_code, line.category_uk, line.description_uk or line.category_uk)
            groups[(*key, line.unit)].append(line)
    ahars = dict(Category.select(Category.name_en, Category.ahars_category).tuples())
    ordered = sorted(groups.values(), key=lambda m: (m[0].is_vehicle, m[0].hs_code, _name(m[0])))
    return tuple(
        _goods_line(n, members, str(ahars.get(members[0].category_en, "")))
        for n, members in enumerate(ordered, start=1)
    )


def _name(line: PaperLine) -> str:
    return line.description_uk or line.category_uk


def _goods_line(n: int, members: list[PaperLine], ahars_category: str) -> GoodsLine:
    first = members[0]
    expiries = [m.expiry for m in members if m.expiry]
    vehicle = first.vehicle if first.is_vehicle else None
    return GoodsLine(
        number=n,
        ahars_category=ahars_category,
        name_uk=_name(first),
        name_en=first.description_en or first.category_en,
        code=first.hs_code,
        unit=UNITS_UK.get(first.unit, first.unit),
        quantity=exact(sum((m.quantity for m in members), Decimal(0))),
        places=len(members),
        net_kg=exact(sum((m.net_kg for m in members), Decimal(0))),
        gross_kg=exact(sum((m.shipped_gross_kg for m in members), Decimal(0))),
        value_eur=exact(sum((m.total_value_eur for m in members), Decimal(0)), EUR),
        wear_percent=max(m.wear_percent for m in members),
        expiry=min(expiries) if expiries else None,
        vin=first.serial_or_vin if first.is_vehicle else "",
        vehicle=vehicle.facts_text if vehicle else "",
    )


def code_heading(lines: tuple[GoodsLine, ...]) -> str:
    """'HS' when every code has 6 digits, 'УКТЗЕД' when every one has 10, both when mixed."""
    lengths = {len(line.code.replace(".", "").replace(" ", "")) for line in lines}
    if lengths <= {4, 6}:
        return "Код HS / HS code"
    if lengths == {10}:
        return "Код УКТЗЕД / UKTZED code"
    return "Код УКТЗЕД або HS / UKTZED or HS code"


def goods_list_rows(papers: VehiclePapers) -> tuple[list[str], list[list[object]]]:
    """The goods list as headers and typed rows, for the CSV and the XLSX."""
    lines = goods_lines(papers)
    headers = [
        "№ з/п / No.",
        "Категорія (АСГД) / AHARS category",
        "Найменування / Name (UA)",
        "Name (EN)",
        code_heading(lines),
        "Одиниця виміру / unit",
        "Кількість / quantity",
        "Кількість місць (ящиків) / packages (boxes)",
        "Нетто кг / net kg",
        "Брутто кг з піддонами / gross kg incl. pallets",
        "Вартість EUR / value EUR",
        "Знос % / wear %",
        "Термін придатності до / expiry",
        "VIN",
        "Марка, модель, рік / make, model, year",
    ]
    rows: list[list[object]] = [
        [
            g.number,
            g.ahars_category,
            g.name_uk,
            g.name_en,
            g.code,
            g.unit,
            g.quantity,
            g.places,
            g.net_kg,
            g.gross_kg,
            g.value_eur,
            g.wear_percent,
            g.expiry,
            g.vin,
            g.vehicle,
        ]
        for g in lines
    ]
    return headers, rows


def goods_list_title(papers: VehiclePapers) -> list[str]:
    """The lines above the XLSX table: which truck, which aid."""
    return [
        f"Перелік товарів / Goods list {papers.number} · {papers.date:%d.%m.%Y}",
        f"Тягач, причіп / Truck, trailer: {papers.truck_plate} / {papers.trailer_plate}",
        f"Унікальний код гуманітарної допомоги / Unique humanitarian aid code: {papers.aid_code}",
        f"Отримувач / Consignee: {papers.recipient.name}, ЄДРПОУ {papers.recipient.edrpou}",
    ]
