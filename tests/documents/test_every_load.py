"""A convoy with every kind of load gets papers that agree: a truck carrying a fire truck, a
power station and a generator, and a donated coach driving itself with a pallet on board."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from reports.labels import number
from tests.documents import goods_files
from ui.cli.main import main
from warehouse_app.errors import ValidationError
from warehouse_app.papers.vehicle import vehicle_papers
from warehouse_app.services import convoys, masterdata
from warehouse_app.services.convoys.readiness import readiness
from warehouse_app.services.intake import IntakeEntry, receive
from warehouse_app.services.movements import Actor
from warehouse_app.services.vehicles import VehicleFacts
from warehouse_app.storage.models import ConvoyItem, Pallet
from warehouse_app.storage.opening import OpenedDatabase

COACH_VIN = "WMA06XZZ3CP012345"
FIRE_TRUCK_VIN = "WDB9763641L987654"


def pages_of(path: Path) -> list[str]:
    return [" ".join(p.get_textpage().get_text_range().split()) for p in pdfium.PdfDocument(path)]


def _receive(category: str, description: str, net_kg: str, vin: str = "", **more: object) -> str:
    entry = IntakeEntry(
        association_id=masterdata.find_association("GW").id,
        category_id=masterdata.find_category(category).id,
        description_de=description,
        description_uk=description,
        description_en=description,
        quantity="1",
        unit="pcs",
        net_kg=net_kg,
        serial_or_vin=vin,
        heavy_confirmed=True,
        **more,  # type: ignore[arg-type]
    )
    return receive(entry, Actor(None, "Halle-PC-1")).codes[0]


@pytest.fixture
def mixed_convoy(papers_db: OpenedDatabase) -> convoys.ConvoyRecord:
    coach = _receive(
        "Buses (diesel)",
        "Reisebus Setra S 415 HD",
        "12500",
        COACH_VIN,
        vehicle=VehicleFacts("Setra", "S 415 HD", 2012, "diesel", dt.date(2012, 5, 1)),
    )
    fire_truck = _receive(
        "Fire-fighting vehicles (aerial ladder)",
        "Drehleiter DLK 23/12",
        "15000",
        FIRE_TRUCK_VIN,
        vehicle=VehicleFacts("Mercedes-Benz", "Atego 1528 DLK", 2004, "diesel"),
    )
    power_station = _receive("Battery power stations", "EcoFlow Delta 2", "12")
    generator = _receive("Generators (diesel)", "Diesel generator 5 kVA", "95")
    convoys.create_convoy(
        "K-MIX",
        recipient="Zhytomyr City Council / Житомирська міська рада",
        delivery_place="Zhytomyr, municipal warehouse",
        border_crossing="Korczowa",
        departure=dt.date.today() + dt.timedelta(days=3),
        arrival=dt.date.today() + dt.timedelta(days=5),
    )
    convoy = convoys.get_convoy("K-MIX")
    truck = convoys.add_vehicle(
        convoy,
        payload_kg="24000",
        carrier="Spedition Ruhr GmbH",
        carrier_address="Hafenstraße 23, 44147 Dortmund, DE",
        truck_plate="DO-LL 1",
        trailer_plate="DO-LL 2",
        drivers="Olena Koval: FX123456",
    )
    convoys.add_vehicle(
        convoy,
        payload_kg="1500",
        pallet_places=2,
        carrier="Grenzenlose Wärme e.V.",
        carrier_address="Speicherstraße 10, 44147 Dortmund, DE",
        truck_plate="DO-GW 415",
        drivers="Petro Bondar: FY654321",
        donated_box=coach,
    )
    coach_vehicle = convoys.get_vehicle(convoy, 2)
    reserved = ConvoyItem.select(ConvoyItem.pallet).where(ConvoyItem.pallet.is_null(False))
    pallet = (
        Pallet.select()
        .where(Pallet.status == "in_stock", Pallet.id.not_in(reserved))
        .order_by(Pallet.id)
        .first()
    )
    convoys.assign(convoy, vehicle=coach_vehicle, pallets=[pallet.code], check_expiry=False)
    convoys.assign(convoy, vehicle=truck, boxes=[fire_truck, power_station, generator])
    return convoys.get_convoy("K-MIX")


def test_every_document_of_every_vehicle_states_the_goods_lists_gross(
    papers_db: OpenedDatabase, mixed_convoy: convoys.ConvoyRecord, tmp_path: Path
) -> None:
    out = tmp_path / "papers"
    assert main(["--db", papers_db.target, "papers", "K-MIX", "--out", str(out)]) == 0
    for n in (1, 2):
        rows = goods_files.csv_rows(out / f"goods-list-K-MIX-{n}-DRAFT.csv")
        gross = sum(goods_files.number(r[goods_files.GROSS]) for r in rows)
        papers = vehicle_papers(mixed_convoy, convoys.get_vehicle(mixed_convoy, n))
        assert gross == papers.totals.gross_kg
        for document in ("cmr", "packing-list", "pro-forma", "acceptance-act"):
            text = " ".join(pages_of(out / f"{document}-K-MIX-{n}-DRAFT.pdf"))
            assert number(gross) in text, (n, document)
    # The vehicles are named with their VIN, make and year on the goods list and the letter.
    coach_rows = goods_files.csv_rows(out / "goods-list-K-MIX-2-DRAFT.csv")
    coach = next(r for r in coach_rows if r["VIN"] == COACH_VIN)
    assert coach["Марка, модель, рік / make, model, year"].startswith("Setra S 415 HD, 2012")
    assert coach[goods_files.PLACES] == "1"
    truck_rows = goods_files.csv_rows(out / "goods-list-K-MIX-1-DRAFT.csv")
    assert FIRE_TRUCK_VIN in {r["VIN"] for r in truck_rows}
    letter = " ".join(pages_of(out / "donation-letter-K-MIX-D-DRAFT.pdf"))
    for expected in (COACH_VIN, FIRE_TRUCK_VIN, "Setra S 415 HD, 2012, diesel", "Atego 1528 DLK"):
        assert expected in letter, expected
    # Dangerous goods by their ADR entry in CMR box 9, the exemption by points in box 13.
    cmr = pages_of(out / "cmr-K-MIX-1-DRAFT.pdf")[0]
    assert "UN 3480 LITHIUM ION BATTERIES, 9" in cmr
    assert "UN 3528 ENGINE, INTERNAL COMBUSTION, FLAMMABLE LIQUID POWERED, 3" in cmr
    # 95.5 kg × 1 (transport category 3) + 12.5 kg × 3 (category 2) = 133 points: exempt.
    assert "ADR 1.1.3.6: 133 бали / 133 points (≤ 1000)" in cmr
    # The coach carries its goods, not itself: box 8 says unpacked for the coach's line.
    assert "без упаковки / unpacked" in pages_of(out / "cmr-K-MIX-2-DRAFT.pdf")[0]
    # Not ready: every page of every paper says so.
    for pdf in out.glob("*.pdf"):
        assert all("ЧЕРНЕТКА / DRAFT" in page for page in pages_of(pdf)), pdf.name


def test_a_donated_vehicle_driving_itself_carries_its_goods_not_its_own_weight(
    mixed_convoy: convoys.ConvoyRecord,
) -> None:
    gauges = convoys.gauges(mixed_convoy)
    coach = gauges[1]
    assert coach.boxes > 0 and coach.gross_kg < coach.payload_kg  # 12.5 t of bus is not cargo
    papers = vehicle_papers(mixed_convoy, convoys.get_vehicle(mixed_convoy, 2))
    assert papers.totals.vehicles == 1 and papers.totals.gross_kg > Decimal(12500)


def test_above_the_export_threshold_the_convoy_needs_its_mrn_and_the_papers_print_it(
    mixed_convoy: convoys.ConvoyRecord, papers_db: OpenedDatabase, tmp_path: Path
) -> None:
    problems = [p.message for p in readiness(mixed_convoy) if p.group == "export"]
    assert any("electronic export declaration (ATLAS)" in m for m in problems)
    convoys.update_convoy(mixed_convoy, export_mrn="26DE987654321098A7")
    convoy = convoys.get_convoy("K-MIX")
    assert not [p for p in readiness(convoy) if "ATLAS" in p.message]
    assert main(["--db", papers_db.target, "papers", "K-MIX", "--out", str(tmp_path)]) == 0
    assert "MRN 26DE987654321098A7" in pages_of(tmp_path / "cmr-K-MIX-1-DRAFT.pdf")[0]
    assert "26DE987654321098A7" in " ".join(pages_of(tmp_path / "pro-forma-K-MIX-1-DRAFT.pdf"))


def test_a_carrier_without_its_address_is_refused_and_nothing_is_written(
    mixed_convoy: convoys.ConvoyRecord,
) -> None:
    truck = convoys.get_vehicle(mixed_convoy, 1)
    with pytest.raises(ValidationError, match="needs its address"):
        convoys.set_vehicle(truck, carrier="Other Transport GmbH", carrier_address="")
    assert convoys.get_vehicle(mixed_convoy, 1).carrier == "Spedition Ruhr GmbH"
    with pytest.raises(ValidationError, match="needs its address"):
        convoys.add_vehicle(mixed_convoy, payload_kg="20000", carrier="No Address GmbH")
    assert len(convoys.vehicles(mixed_convoy)) == 2
