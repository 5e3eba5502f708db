"""The drop-off confirmation a donor gets: one page in German, Ukrainian or Turkish whose
barcode the volunteer scans at the door, and the same facts as a text to paste."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from importlib.resources import files

import pypdfium2 as pdfium
import pytest
import zxingcpp
from reportlab.pdfbase.ttfonts import TTFont

from reports.dropoff_confirmation import render_confirmation
from reports.fonts import BOLD, REGULAR
from warehouse_app.errors import ValidationError
from warehouse_app.papers.dropoff import (
    LANGUAGES,
    DropOffConfirmation,
    amount_text,
    confirmation_text,
    wording,
)

OFFER = DropOffConfirmation(
    number="T-2026-00042",
    # İ, Ö, ü, Ç, ğ: the letters a Turkish donor's name loses first in a careless PDF.
    offered_by="İlknur Öztürk-Çağlayan",
    association="Cukurova e.V.",
    starts_at=dt.datetime(2026, 3, 12, 10, 0),
    ends_at=dt.datetime(2026, 3, 12, 10, 30),
    what="Schlafsäcke, Winter",
    boxes=40,
    weight_kg=Decimal("300.000"),
    quantity=None,
    unit="",
    vin="",
    hall_name="Grenzenlose Wärme e.V.",
    hall_address="Speicherstraße 10, 44147 Dortmund",
    hall_phone="0231 9876543",
    notes="",
)
ADDRESS = "Speicherstraße 10, 44147 Dortmund"

# Each language's own way to write the day: weekday, date and the slot.
DATES = {
    "de": ("Donnerstag, 12. März 2026", "10:00–10:30 Uhr"),
    "uk": ("четвер, 12 березня 2026 р.", "з 10:00 до 10:30"),
    "tr": ("12 Mart 2026 Perşembe", "saat 10:00–10:30"),
}
AMOUNTS = {
    "de": "40 Kartons, ca. 300 kg",
    "uk": "40 коробок, близько 300 кг",
    "tr": "40 koli, yaklaşık 300 kg",
}

HEAVIEST = {"de": "höchstens 20 kg", "uk": "не важча за 20 кг", "tr": "en fazla 20 kg"}


def pdf_text(pdf: bytes) -> str:
    """The page's text with every run of white space (line breaks included) as one space."""
    pages = pdfium.PdfDocument(pdf)
    return " ".join(" ".join(p.get_textpage().get_text_range().split()) for p in pages)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_prints_one_page_with_the_number_the_day_and_the_halls_address(
    language: str,
) -> None:
    pdf = render_confirmation(OFFER, language)

    assert len(pdfium.PdfDocument(pdf)) == 1
    text = pdf_text(pdf)
    day, hours = DATES[language]
    assert "T-2026-00042" in text
    assert day in text
    assert hours in text
    assert ADDRESS in text
    assert "İlknur Öztürk-Çağlayan" in text
    assert AMOUNTS[language] in text


def test_turkish_letters_survive_in_the_pdf() -> None:
    text = pdf_text(render_confirmation(OFFER, "tr"))

    for phrase in (
        "Bağış Teslim Randevusu Onayı",
        "Gıdaların son tüketim tarihine en az 6 ay kalmış olsun",
        "Lütfen kırık, bozuk ya da eksik eşya getirmeyin",
        "İlknur Öztürk-Çağlayan",
        "lütfen girişte gösterin",
    ):
        assert phrase in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_documents_font_has_every_letter_of_every_language(language: str) -> None:
    # A glyph missing from the font prints as an empty box, yet still reads back as text.
    vehicle = dataclasses.replace(OFFER, vin="WMA06XZZ3KP123456", un_number="UN 3480")
    letters = set(confirmation_text(vehicle, language)) - {"\n"}
    for name in (REGULAR, BOLD):
        font = TTFont(name, str(files("resources") / "fonts" / f"{name}.ttf"))
        missing = sorted(ch for ch in letters if ord(ch) not in font.face.charToGlyph)
        assert missing == [], f"{name} lacks {missing}"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("dpi", [150, 300])
def test_the_volunteer_scans_the_appointment_number_off_the_page(language: str, dpi: int) -> None:
    page = pdfium.PdfDocument(render_confirmation(OFFER, language))[0]
    image = page.render(scale=dpi / 72, grayscale=True).to_pil()

    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.Code128)

    assert [r.text for r in found] == ["T-2026-00042"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_text_to_paste_states_the_same_facts_as_the_pdf(language: str) -> None:
    offer = dataclasses.replace(OFFER, notes="Bitte an Tor 2 klingeln.")
    text = flat(confirmation_text(offer, language))
    printed = pdf_text(render_confirmation(offer, language))
    w = wording(offer, language)

    day, hours = DATES[language]
    for fact in (
        "T-2026-00042",
        day,
        hours,
        ADDRESS,
        "Grenzenlose Wärme e.V.",
        "İlknur Öztürk-Çağlayan, Cukurova e.V.",
        f"Schlafsäcke, Winter – {AMOUNTS[language]}",
        "0231 9876543",
        "Bitte an Tor 2 klingeln.",
        *(flat(rule) for rule in w.packing),
        flat(w.cancel),
    ):
        assert fact in text
        assert fact in printed
    assert HEAVIEST[language] in text  # the heaviest box a volunteer should lift


def test_the_texts_are_written_in_their_own_language() -> None:
    texts = {language: confirmation_text(OFFER, language) for language in LANGUAGES}

    assert texts["de"].startswith("Guten Tag, İlknur Öztürk-Çağlayan,\n")
    assert "Terminnummer: T-2026-00042 (bitte am Eingang vorzeigen)" in texts["de"]
    assert texts["uk"].startswith("Доброго дня!\n")
    assert "Номер запису: T-2026-00042 (покажіть його на вході)" in texts["uk"]
    assert texts["tr"].startswith("Merhaba İlknur Öztürk-Çağlayan,\n")
    assert "Randevu numarası: T-2026-00042 (lütfen girişte gösterin)" in texts["tr"]
    assert "Lebensmittel nur mit noch mindestens 6 Monaten Mindesthaltbarkeit" in texts["de"]
    assert "щонайменше на 6 місяців" in texts["uk"]


def test_counted_words_follow_each_languages_plural_rules() -> None:
    def boxes(n: int, language: str) -> str:
        offer = dataclasses.replace(OFFER, boxes=n, weight_kg=None)
        return amount_text(offer, language)

    assert [boxes(n, "uk") for n in (1, 3, 5, 11, 21, 22)] == [
        "1 коробка",
        "3 коробки",
        "5 коробок",
        "11 коробок",
        "21 коробка",
        "22 коробки",
    ]
    assert [boxes(n, "de") for n in (1, 2)] == ["1 Karton", "2 Kartons"]
    # Turkish keeps the noun singular after a number.
    assert [boxes(n, "tr") for n in (1, 2)] == ["1 koli", "2 koli"]
    months = {
        n: wording(dataclasses.replace(OFFER, shelf_life_months=n), "uk").packing[3]
        for n in (1, 3, 6)
    }
    assert months[1].endswith("на 1 місяць")
    assert months[3].endswith("на 3 місяці")
    assert months[6].endswith("на 6 місяців")


def test_figures_are_written_in_each_languages_number_format() -> None:
    offer = dataclasses.replace(
        OFFER, boxes=None, quantity=Decimal("1500"), unit="pcs", weight_kg=Decimal("1250.5")
    )

    assert amount_text(offer, "de") == "1.500 Stück, ca. 1.250,5 kg"
    assert amount_text(offer, "uk") == "1\xa0500 шт., близько 1\xa0250,5 кг"
    assert amount_text(offer, "tr") == "1.500 adet, yaklaşık 1.250,5 kg"
    assert amount_text(dataclasses.replace(offer, quantity=None, weight_kg=None), "de") == ""


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_donated_vehicle_brings_its_papers_and_keys_instead_of_packed_boxes(
    language: str,
) -> None:
    bus = dataclasses.replace(
        OFFER, what="Stadtbus MAN Lion's City", boxes=None, weight_kg=None, vin="WMA06XZZ3KP123456"
    )
    w = wording(bus, language)
    text = confirmation_text(bus, language)
    printed = pdf_text(render_confirmation(bus, language))

    assert w.packing == ()  # no boxes to close and label
    assert "WMA06XZZ3KP123456" in w.vehicle_heading
    assert any("Zulassungsbescheinigung" in item for item in w.vehicle)
    for item in (w.vehicle_heading, *w.vehicle):
        assert flat(item) in flat(text)
        assert flat(item) in printed
    assert HEAVIEST[language] not in text


def test_engines_and_lithium_batteries_get_the_carriers_rules() -> None:
    generator = dataclasses.replace(OFFER, un_number="UN 3528")
    power_station = dataclasses.replace(OFFER, un_number="UN 3481")

    assert "Tank vollständig leeren" in confirmation_text(generator, "de")
    assert "злийте пальне" in confirmation_text(generator, "uk")
    assert "yakıt deposunu tamamen boşaltın" in confirmation_text(generator, "tr")
    assert "höchstens 30 % geladen" in confirmation_text(power_station, "de")
    assert "не більше 30 %" in confirmation_text(power_station, "uk")
    assert "şarj en fazla %30" in confirmation_text(power_station, "tr")
    assert "30 %" not in confirmation_text(generator, "de")
    assert "Tank" not in confirmation_text(OFFER, "de")


@pytest.mark.parametrize("language", LANGUAGES)
def test_without_a_phone_number_the_donor_cancels_by_replying(language: str) -> None:
    offer = dataclasses.replace(OFFER, hall_phone="")

    cancel = wording(offer, language).cancel

    assert "T-2026-00042" in cancel
    assert "0231" not in confirmation_text(offer, language)
    assert "0231 9876543" in wording(OFFER, language).cancel


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_long_note_still_fits_on_one_page(language: str) -> None:
    note = "Bitte vorher anrufen, die Einfahrt ist wegen einer Baustelle gesperrt. " * 40
    offer = dataclasses.replace(OFFER, notes=note, vin="WMA06XZZ3KP123456", un_number="UN 3528")

    pdf = render_confirmation(offer, language)

    assert len(pdfium.PdfDocument(pdf)) == 1
    assert "gesperrt" in pdf_text(pdf)
    image = pdfium.PdfDocument(pdf)[0].render(scale=300 / 72, grayscale=True).to_pil()
    assert [r.text for r in zxingcpp.read_barcodes(image)] == ["T-2026-00042"]


@pytest.mark.parametrize("language", ["en", "fr", "", "DE"])
def test_another_language_is_refused(language: str) -> None:
    with pytest.raises(ValueError, match="de, uk, tr"):
        confirmation_text(OFFER, language)
    with pytest.raises(ValueError, match="de, uk, tr"):
        render_confirmation(OFFER, language)


def test_a_slot_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"ends at 12\.03\.2026 09:30 before it starts"):
        dataclasses.replace(OFFER, ends_at=dt.datetime(2026, 3, 12, 9, 30))


def test_the_same_confirmation_gives_the_same_bytes() -> None:
    assert render_confirmation(OFFER, "uk") == render_confirmation(OFFER, "uk")
