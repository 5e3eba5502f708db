"""`hafenlager offers …` and `hafenlager appointments …` on both engines, and needs kept by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ui.cli.main import main
from warehouse_app.storage.models import Offer
from warehouse_app.storage.opening import OpenedDatabase

SLOT = "2027-06-01 10:00"  # a Tuesday of the default hours, far from the demo's week


def run(capsys: pytest.CaptureFixture[str], demo: OpenedDatabase, *argv: str) -> tuple[int, str]:
    code = main(["--db", demo.target, *argv])
    out, err = capsys.readouterr()
    return code, out + err


def test_an_offer_from_the_command_line_to_its_confirmation(
    capsys: pytest.CaptureFixture[str], demo: OpenedDatabase, tmp_path: Path
) -> None:
    code, said = run(
        capsys, demo, "offers", "add", "--by", "Erika Muster", "--association", "GW",
        "--category", "Schlafsäcke", "--quantity", "40", "--boxes", "4", "--weight", "60",
        "--json",
    )  # fmt: skip
    assert code == 0, said
    offer_id = str(json.loads(said)["offer"])
    code, said = run(capsys, demo, "offers", "accept", offer_id, "--slot", SLOT, "--json")
    assert code == 0, said
    number = json.loads(said)["appointment"]["number"]
    code, said = run(capsys, demo, "appointments", "list", "--date", "2027-06-01", "--json")
    (listed,) = json.loads(said)
    assert listed["number"] == number and listed["offered_boxes"] == 4
    code, said = run(capsys, demo, "appointments", "confirm", number, "--language", "uk")
    assert code == 0 and number in said and "Житомир" not in said, said
    pdf = tmp_path / "Termin.pdf"
    code, said = run(capsys, demo, "appointments", "confirm", number, "--out", str(pdf))
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF")
    code, said = run(capsys, demo, "offers", "decline", offer_id, "--reason", "quality")
    assert code == 0
    code, said = run(capsys, demo, "appointments", "slots", "--date", "2027-06-01", "--json")
    assert json.loads(said)[0]["booked"] == 0  # declining cancelled the appointment


def test_offers_imported_all_or_nothing(
    capsys: pytest.CaptureFixture[str], demo: OpenedDatabase, tmp_path: Path
) -> None:
    good = tmp_path / "Angebote.csv"
    good.write_text(
        "Name;Kontakt;Verein;Kategorie;Menge;Gewicht (kg);Anzahl Kartons;Verfügbar ab\n"
        "Jana Wolff;0231 1;;Kissen;20;12,5;4;10.12.2026\n"
        "Cukurova e.V.;;CUK;Wolldecken;150;180;15;\n",
        encoding="utf-8",
    )
    before = Offer.select().count()
    code, said = run(capsys, demo, "offers", "import", str(good), "--dry-run")
    assert code == 0 and "checked: 2 offers" in said and Offer.select().count() == before
    code, said = run(capsys, demo, "offers", "import", str(good))
    assert code == 0 and "2 offers imported" in said, said
    bad = tmp_path / "Fehler.csv"
    bad.write_text(
        "Name;Kategorie;Menge;Gewicht (kg);Verein\n"
        "Jana Wolff;Kissen;20 Stück;;\n"
        ";Raumschiffe;1;;\n"
        "Max;Kissen;1;;XYZ\n",
        encoding="utf-8",
    )
    count = Offer.select().count()
    code, said = run(capsys, demo, "offers", "import", str(bad))
    assert code == 3 and "nothing was imported" in said, said
    assert "row 2, Menge: '20 Stück' has a unit in it" in said
    assert "row 3, Kategorie: No category is called 'Raumschiffe'" in said
    assert "row 4, Verein: No association is called 'XYZ'" in said
    assert Offer.select().count() == count


def test_a_needs_list_kept_by_hand(
    capsys: pytest.CaptureFixture[str], demo: OpenedDatabase
) -> None:
    code, said = run(
        capsys, demo, "needs", "new", "--recipient", "Berdychiv Central Hospital",
        "--title", "Telefon", "--json",
    )  # fmt: skip
    list_id = str(json.loads(said)["list"])
    code, said = run(
        capsys, demo, "needs", "add-line", list_id, "--category", "Rollstühle",
        "--quantity", "20", "--priority", "urgent", "--json",
    )  # fmt: skip
    assert code == 0, said
    line_id = str(json.loads(said)["line"])
    code, said = run(capsys, demo, "needs", "status", line_id, "partly")
    assert code == 0
    code, said = run(capsys, demo, "needs", "show", list_id, "--json")
    (line,) = json.loads(said)
    assert (line["description"], line["priority"], line["status"]) == (
        "Rollstühle",
        "urgent",
        "partly",
    )
    code, said = run(capsys, demo, "needs", "add-line", list_id, "--quantity", "-1")
    assert code == 1 and "Say what is needed" in said


def test_a_german_date_for_a_slot_is_a_usage_error_and_decides_nothing(
    capsys: pytest.CaptureFixture[str], demo: OpenedDatabase
) -> None:
    code, said = run(capsys, demo, "offers", "add", "--by", "Frau Yılmaz", "--description",
                     "Kinderkleidung", "--boxes", "6", "--json")  # fmt: skip
    assert code == 0, said
    offer_id = str(json.loads(said)["offer"])
    with pytest.raises(SystemExit) as usage:  # argparse's usage error, as for any bad argument
        main(["--db", demo.target, "offers", "accept", offer_id, "--slot", "10.12.2026 10:00"])
    said = capsys.readouterr().err
    assert usage.value.code == 2 and "write it as YYYY-MM-DD HH:MM" in said
    assert "Traceback" not in said
    assert Offer.get_by_id(int(offer_id)).status == "open"


def test_editing_a_line_changes_only_what_is_given(
    capsys: pytest.CaptureFixture[str], demo: OpenedDatabase
) -> None:
    code, said = run(capsys, demo, "needs", "new", "--recipient", "Berdychiv Central Hospital",
                     "--title", "Telefon", "--json")  # fmt: skip
    list_id = str(json.loads(said)["list"])
    code, said = run(capsys, demo, "needs", "add-line", list_id, "--category", "Rollstühle",
                     "--quantity", "20", "--priority", "urgent", "--needed-by", "2027-01-31",
                     "--json")  # fmt: skip
    line_id = str(json.loads(said)["line"])
    code, said = run(capsys, demo, "needs", "edit-line", line_id, "--notes", "Station 3")
    assert code == 0 and f"line {line_id} saved (list {list_id}, line 1)" in said, said
    code, said = run(capsys, demo, "needs", "show", list_id, "--json")
    (line,) = json.loads(said)
    assert (line["priority"], line["needed_by"], line["notes"], line["quantity"]) == (
        "urgent",
        "2027-01-31",
        "Station 3",
        20,
    )


def test_german_excel_thousands_and_a_month_for_available_from(
    capsys: pytest.CaptureFixture[str], demo: OpenedDatabase, tmp_path: Path
) -> None:
    import datetime as dt
    from decimal import Decimal

    from warehouse_app.storage.models import NeedLine

    sheet = tmp_path / "Angebote.csv"
    sheet.write_bytes(
        "Name;Beschreibung;Menge;Gewicht (kg);Verfügbar ab\r\n"
        "Tafel Aplerbeck;Reis;1.200;1.250,5;12/2026\r\n".encode("cp1252")
    )
    code, said = run(capsys, demo, "offers", "import", str(sheet))
    assert code == 0, said
    offer = Offer.select().order_by(Offer.id.desc()).get()
    assert offer.quantity == Decimal(1200) and offer.weight_kg == Decimal("1250.5")
    assert offer.available_from == dt.date(2026, 12, 1)  # from the month's start, not its end
    needs = tmp_path / "Bedarf.csv"
    needs.write_bytes("Kategorie;Menge;Einheit\r\nSchlafsäcke;1.200;Stk.\r\n".encode("cp1252"))
    code, said = run(capsys, demo, "needs", "import", str(needs), "--recipient",
                     "Berdychiv Central Hospital")  # fmt: skip
    assert code == 0, said
    assert NeedLine.select().order_by(NeedLine.id.desc()).get().quantity == Decimal(1200)
