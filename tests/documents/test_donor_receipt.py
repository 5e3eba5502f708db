"""The donor's receipt (Bestätigung über Sachzuwendungen): numbered per association and year,
the same number on a reprint, the value in figures and in German words, and refused without
the association's tax exemption or with one older than five years."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pypdfium2
import pytest

from reports.donor_receipt import render_donor_receipt
from ui.cli.main import main
from warehouse_app.errors import ValidationError
from warehouse_app.papers.donor_receipt import euro_in_words, number_in_words
from warehouse_app.services import donor_receipts
from warehouse_app.storage.models import Association, Box, Donation
from warehouse_app.storage.opening import OpenedDatabase

TODAY = dt.date(2026, 12, 4)


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "null"),
        (1, "eins"),
        (21, "einundzwanzig"),
        (100, "einhundert"),
        (101, "einhunderteins"),
        (1569, "eintausendfünfhundertneunundsechzig"),
        (20_000, "zwanzigtausend"),
        (1_000_001, "eine Million eins"),
        (2_300_000, "zwei Millionen dreihunderttausend"),
    ],
)
def test_numbers_in_german_words(n: int, words: str) -> None:
    assert number_in_words(n) == words


def test_euros_and_cents_in_words() -> None:
    assert euro_in_words(Decimal("240.50")) == "zweihundertvierzig Euro und fünfzig Cent"
    assert euro_in_words(Decimal("1")) == "ein Euro"
    assert euro_in_words(Decimal("301.01")) == "dreihundertein Euro und ein Cent"


def _exempt(code: str, notice: dt.date = dt.date(2024, 5, 14)) -> None:
    donor_receipts.save_tax_data(
        code,
        address=f"Vereinsweg {len(code)}, 44135 Dortmund",
        tax_office="Finanzamt Dortmund-Ost",
        tax_number="317/5730/1234",
        exemption_date=notice,
        assessment_period=str(notice.year - 1),
        purpose="der Hilfe für Kriegsopfer und Flüchtlinge",
    )


def _donation(code: str) -> Donation:
    owner = Association.get(Association.short_code == code)
    found: Donation = (
        Donation.select().where(Donation.association == owner.id).order_by(Donation.id).first()
    )
    return found


def test_a_receipt_is_numbered_per_association_and_year_and_keeps_its_number(
    demo: OpenedDatabase,
) -> None:
    gw, bgh = _donation("GW"), _donation("BGH")
    with pytest.raises(ValidationError, match="no tax exemption on record"):
        donor_receipts.issue(gw.id, donor_name="Erika Muster", donor_address="Dortmund")
    _exempt("GW")
    _exempt("BGH")
    year = gw.received_at.year
    first = donor_receipts.issue(
        gw.id, donor_name="Erika Muster", donor_address="Hauptstr. 1, 44135 Dortmund", today=TODAY
    )
    assert first.number == f"GW-{year}-0001"
    again = donor_receipts.issue(
        gw.id, donor_name="Erika Muster", donor_address="Hauptstr. 1, 44135 Dortmund", today=TODAY
    )
    assert again.number == first.number and again.duplicate  # a reprint, marked so
    assert not first.duplicate and first.issuer_address == "Vereinsweg 2, 44135 Dortmund"
    with pytest.raises(ValidationError, match=f"Receipt {first.number} was issued for this gift"):
        donor_receipts.issue(gw.id, donor_name="Olga", donor_address="Witten", today=TODAY)
    (entry,) = donor_receipts.register("GW")
    assert (entry["number"], entry["donor"]) == (first.number, "Erika Muster")
    other = donor_receipts.issue(bgh.id, donor_name="Olga", donor_address="Witten", today=TODAY)
    assert other.number == f"BGH-{bgh.received_at.year}-0001"
    value = sum(
        (b.quantity * b.value_per_unit_eur for b in Box.select().where(Box.donation == gw.id)),
        Decimal(0),
    )
    assert first.value_eur == value.quantize(Decimal("0.01")) > 0


def test_the_receipt_reads_as_the_template_asks(demo: OpenedDatabase, tmp_path: Path) -> None:
    _exempt("GW")
    gw = _donation("GW")
    issued = donor_receipts.issue(
        gw.id, donor_name="Erika Muster", donor_address="Hauptstr. 1, 44135 Dortmund",
        origin="business", documents=True, today=TODAY,
    )  # fmt: skip
    pdf = tmp_path / "receipt.pdf"
    pdf.write_bytes(render_donor_receipt(issued))
    text = pypdfium2.PdfDocument(pdf)[0].get_textpage().get_text_range()
    for wanted in (
        "Bestätigung über Sachzuwendungen",
        "Erika Muster, Hauptstr. 1, 44135 Dortmund",
        issued.value_in_words,
        f"{gw.received_at:%d.%m.%Y}",
        "☒ Die Sachzuwendung stammt nach den Angaben des Zuwendenden aus dem Betriebsvermögen",
        "StNr. 317/5730/1234, vom 14.05.2024",
        "des Finanzamtes Dortmund-Ost,",
        "§ 63 Abs. 5 AO",
        issued.number,
    ):
        assert wanted in " ".join(text.split()), wanted


def test_an_old_exemption_or_a_missing_donor_is_refused(demo: OpenedDatabase) -> None:
    gw = _donation("GW")
    _exempt("GW", notice=dt.date(2020, 1, 10))
    with pytest.raises(ValidationError, match="more than 5 years"):
        donor_receipts.issue(gw.id, donor_name="Erika", donor_address="Dortmund", today=TODAY)
    _exempt("GW")
    with pytest.raises(ValidationError, match="Donor"):
        donor_receipts.issue(gw.id, donor_name=" ", donor_address="Dortmund", today=TODAY)
    with pytest.raises(ValidationError, match="private, business or unknown"):
        donor_receipts.issue(
            gw.id, donor_name="Erika", donor_address="Dortmund", origin="stolen", today=TODAY
        )
    # None of the refusals used up a number.
    issued = donor_receipts.issue(gw.id, donor_name="Erika", donor_address="Dortmund", today=TODAY)
    assert issued.number.endswith("-0001")


def test_the_receipt_from_the_command_line(
    capsys: pytest.CaptureFixture[str], demo: OpenedDatabase, tmp_path: Path
) -> None:
    gw = _donation("GW")
    tax = ["association", "tax", "GW", "--address", "Speicherstr. 10, 44147 Dortmund",
           "--office", "Finanzamt Dortmund-Ost", "--number", "317/5730/1234", "--notice-date",
           "2024-05-14", "--period", "2023", "--purpose", "der Flüchtlingshilfe"]  # fmt: skip
    code = main(["--db", demo.target, *tax])
    assert code == 0
    out = tmp_path / "r.pdf"
    code = main(["--db", demo.target, "receipt-for-donor", str(gw.id), "--donor", "Erika Muster",
                 "--address", "Dortmund", "--out", str(out)])  # fmt: skip
    said = capsys.readouterr().out
    assert code == 0 and "receipt GW-" in said and "Euro" in said
    assert out.read_bytes().startswith(b"%PDF")
    # No --origin: the template's third box ("no statement"), never a private property assumed.
    text = " ".join(pypdfium2.PdfDocument(out)[0].get_textpage().get_text_range().split())
    assert "☒ Der Zuwendende hat trotz Aufforderung keine Angaben zur Herkunft" in text
    assert "☐ Die Sachzuwendung stammt nach den Angaben des Zuwendenden aus dem Privat" in text
    assert "☐ Die Sachzuwendung stammt nach den Angaben des Zuwendenden aus dem Betrieb" in text
    assert text.count("☒") == 1  # that one origin box, no documents


def test_the_exemption_is_checked_before_it_is_kept(demo: OpenedDatabase) -> None:
    with pytest.raises(ValidationError, match="lies ahead"):
        _exempt("GW", notice=dt.date.today() + dt.timedelta(days=30))
    with pytest.raises(ValidationError, match="assessment period"):
        donor_receipts.save_tax_data(
            "GW", address="Dortmund", tax_office="Finanzamt Dortmund-Ost", tax_number="1",
            exemption_date=dt.date(2024, 5, 14), assessment_period="2030", purpose="der Hilfe",
        )  # fmt: skip
    assert donor_receipts.tax_data("GW")["tax_office"] == ""  # nothing was kept
