"""The drop-off confirmation a donor gets for an appointment at the hall, in German, Ukrainian
and Turkish: as a text to paste into an e-mail or messenger, and (reports/dropoff_confirmation)
as a one-page PDF. Both are drawn from the same wording, so they never say different things.

The confirmation is plain data, filled by whoever holds the appointment; this module reads no
table. The offer's figures are kept raw and formatted here per language, because "40 Kartons",
"40 коробок" and "40 koli" follow three different plural rules.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from babel import Locale
from babel.dates import format_date, format_time
from babel.numbers import format_decimal

from warehouse_app.errors import ValidationError
from warehouse_app.texts import QT_TRANSLATE_NOOP

LANGUAGES = ("de", "uk", "tr")
# Food must last well beyond the convoy's departure and the border; the coordinator may ask
# for more (or less) per appointment.
DEFAULT_SHELF_LIFE_MONTHS = 6
MAX_BOX_KG = 20  # what one volunteer lifts onto a shelf, again and again
ENGINE_UN = ("UN 3528",)  # fuelled engines: generators, pumps
BATTERY_UN = ("UN 3480", "UN 3481")  # lithium-ion batteries, alone or in equipment


class UnknownLanguage(ValidationError, ValueError):
    """A confirmation language other than de, uk and tr."""


@dataclass(frozen=True)
class DropOffConfirmation:
    number: str  # the appointment's code, e.g. "T-2026-00042"
    offered_by: str  # the person's name
    association: str  # the association's name, or ""
    starts_at: dt.datetime  # local time of the slot
    ends_at: dt.datetime
    what: str  # the goods as offered, e.g. "Schlafsäcke"
    boxes: int | None  # the offer's raw figures, formatted per language
    weight_kg: Decimal | None
    quantity: Decimal | None
    unit: str  # kinds.Unit value ("pcs", "kg", "l", "set") or ""
    vin: str  # a donated vehicle's VIN, or ""
    hall_name: str  # from the settings (papers/hall.py and "hall.phone")
    hall_address: str
    hall_phone: str
    notes: str  # the coordinator's note to the donor
    un_number: str = ""  # the category's UN number: a fuelled engine or lithium batteries
    shelf_life_months: int = DEFAULT_SHELF_LIFE_MONTHS

    def __post_init__(self) -> None:
        if self.ends_at <= self.starts_at:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "service",
                    "The drop-off slot ends at {ends} before it starts at {starts}: choose a "
                    "slot that ends after it starts.",
                ),
                "ends_at",
                ends=f"{self.ends_at:%d.%m.%Y %H:%M}",
                starts=f"{self.starts_at:%d.%m.%Y %H:%M}",
            )


@dataclass(frozen=True)
class ConfirmationWording:
    """Every sentence of one confirmation in one language, in reading order."""

    language: str
    title: str
    greeting: str
    intro: str
    facts: tuple[tuple[str, str], ...]  # (label, value); the date and time first
    date: str  # the slot's weekday and date, and its times: the first fact in two parts
    time: str
    number_hint: str  # "show it at the door"
    packing_heading: str
    packing: tuple[str, ...]
    vehicle_heading: str  # "" without a vehicle
    vehicle: tuple[str, ...]
    notes_label: str
    notes: str
    cancel: str
    thanks: str
    regards: str
    signature: str


@dataclass(frozen=True)
class _Words:
    title: str
    greeting: str  # {name}
    greeting_anonymous: str
    intro: str
    when: str
    where: str
    number: str
    number_hint: str
    by: str
    brings: str
    time: str  # {start} {end}
    about: str  # {kg}
    packing_heading: str
    packing: tuple[str, ...]  # {kg} {months}
    months: dict[str, str]  # CLDR plural category -> the word for months in the food rule
    boxes: dict[str, str]
    units: dict[str, str]
    vehicle_heading: str  # {vin}
    vehicle: tuple[str, ...]
    engine: str
    battery: str
    notes_label: str
    cancel_phone: str  # {phone} {number}
    cancel_reply: str  # {number}
    thanks: str
    regards: str


_WORDS = {
    "de": _Words(
        title="Terminbestätigung: Abgabe Ihrer Spende",
        greeting="Guten Tag, {name},",
        greeting_anonymous="Guten Tag,",
        intro="Ihr Termin zur Abgabe Ihrer Spende ist bestätigt. Wir freuen uns auf Sie!",
        when="Termin",
        where="Ort",
        number="Terminnummer",
        number_hint="bitte am Eingang vorzeigen",
        by="Spende von",
        brings="Sie bringen",
        time="{start}–{end} Uhr",
        about="ca. {kg} kg",
        packing_heading="So packen Sie Ihre Spende:",
        packing=(
            "Kartons gut verschließen, jeder höchstens {kg} kg schwer",
            "Jeden Karton außen mit seinem Inhalt beschriften",
            "Kleidung nur sauber und nach Art und Größe sortiert",
            "Lebensmittel nur mit noch mindestens {months} Mindesthaltbarkeit",
            "Bitte nichts Kaputtes oder Unvollständiges",
        ),
        months={"one": "Monat", "other": "Monaten"},
        boxes={"one": "Karton", "other": "Kartons"},
        units={"pcs": "Stück", "kg": "kg", "l": "Liter", "set": "Set"},
        vehicle_heading="Für das Fahrzeug (FIN {vin}) bitte mitbringen:",
        vehicle=(
            "Zulassungsbescheinigung Teil I und Teil II",
            "Alle Schlüssel, auch die Ersatzschlüssel",
            "Serviceheft und Prüfberichte, soweit vorhanden",
        ),
        engine="Geräte mit Verbrennungsmotor (z. B. Stromerzeuger): Tank vollständig leeren",
        battery="Lithium-Akkus (z. B. Powerstations): höchstens 30 % geladen",
        notes_label="Hinweis",
        cancel_phone=(
            "Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte so früh wie möglich "
            "ab: telefonisch unter {phone} oder mit einer Antwort auf unsere Nachricht. Bitte "
            "nennen Sie dabei die Terminnummer {number}."
        ),
        cancel_reply=(
            "Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte so früh wie möglich "
            "mit einer Antwort auf unsere Nachricht ab und nennen Sie dabei die Terminnummer "
            "{number}."
        ),
        thanks="Vielen Dank für Ihre Unterstützung!",
        regards="Herzliche Grüße",
    ),
    "uk": _Words(
        title="Підтвердження запису на передачу пожертви",
        # A name in the nominative reads wrong in an address ("Доброго дня, Олена Коваль!")
        # and a vocative cannot be derived: the name stands in the facts instead.
        greeting="Доброго дня!",
        greeting_anonymous="Доброго дня!",
        intro="Підтверджуємо ваш запис на передачу пожертви. Чекаємо на вас!",
        when="Дата і час",
        where="Адреса",
        number="Номер запису",
        number_hint="покажіть його на вході",
        by="Від кого",
        brings="Що ви привезете",
        time="з {start} до {end}",
        about="близько {kg} кг",
        packing_heading="Як підготувати пожертву:",
        packing=(
            "Коробки мають бути щільно закриті, кожна — не важча за {kg} кг",
            "На кожній коробці напишіть, що в ній",
            "Одяг — лише чистий і розсортований за видом і розміром",
            "Продукти харчування — лише з терміном придатності ще щонайменше на {months}",
            "Будь ласка, не привозьте зламаних, пошкоджених чи неповних речей",
        ),
        months={"one": "місяць", "few": "місяці", "many": "місяців", "other": "місяця"},
        boxes={"one": "коробка", "few": "коробки", "many": "коробок", "other": "коробки"},
        units={"pcs": "шт.", "kg": "кг", "l": "л", "set": "компл."},
        vehicle_heading="Для транспортного засобу (VIN {vin}) візьміть із собою:",
        vehicle=(
            "Свідоцтво про реєстрацію (Zulassungsbescheinigung, частини I і II)",
            "Усі ключі, зокрема запасні",
            "Сервісну книжку та акти техогляду, якщо вони є",
        ),
        engine=(
            "Пристрої з двигуном внутрішнього згоряння (наприклад, генератори): "
            "повністю злийте пальне з бака"
        ),
        battery="Літій-іонні акумулятори (наприклад, зарядні станції): заряд не більше 30 %",
        notes_label="Примітка",
        cancel_phone=(
            "Якщо ви не зможете приїхати, будь ласка, якомога раніше скасуйте запис: "
            "зателефонуйте нам за номером {phone} або дайте відповідь на наше повідомлення. "
            "Назвіть, будь ласка, номер запису {number}."
        ),
        cancel_reply=(
            "Якщо ви не зможете приїхати, будь ласка, якомога раніше скасуйте запис: дайте "
            "відповідь на наше повідомлення й назвіть номер запису {number}."
        ),
        thanks="Щиро дякуємо за вашу підтримку!",
        regards="З повагою,",
    ),
    "tr": _Words(
        title="Bağış Teslim Randevusu Onayı",
        greeting="Merhaba {name},",
        greeting_anonymous="Merhaba,",
        intro="Bağışınızı teslim etmek için aldığınız randevu onaylandı. Sizi bekliyoruz!",
        when="Tarih ve saat",
        where="Adres",
        number="Randevu numarası",
        number_hint="lütfen girişte gösterin",
        by="Bağışçı",
        brings="Getireceğiniz",
        time="saat {start}–{end}",
        about="yaklaşık {kg} kg",
        packing_heading="Bağışınızı lütfen şöyle hazırlayın:",
        packing=(
            "Kolileri iyice kapatın; her koli en fazla {kg} kg olsun",
            "Her kolinin üzerine içinde ne olduğunu yazın",
            "Giysiler temiz olsun, türüne ve bedenine göre ayrılsın",
            "Gıdaların son tüketim tarihine en az {months} kalmış olsun",
            "Lütfen kırık, bozuk ya da eksik eşya getirmeyin",
        ),
        # Turkish keeps the noun singular after a number: "6 ay", "40 koli".
        months={"other": "ay"},
        boxes={"other": "koli"},
        units={"pcs": "adet", "kg": "kg", "l": "litre", "set": "takım"},
        vehicle_heading="Araç için (şasi numarası/VIN {vin}) lütfen şunları getirin:",
        vehicle=(
            "Araç ruhsatı (Zulassungsbescheinigung Teil I ve Teil II)",
            "Yedekler dahil tüm anahtarlar",
            "Varsa servis kitapçığı ve muayene raporları",
        ),
        engine="Motorlu cihazlar (ör. jeneratör): yakıt deposunu tamamen boşaltın",
        battery="Lityum iyon piller (ör. taşınabilir güç istasyonu): şarj en fazla %30 olsun",
        notes_label="Not",
        cancel_phone=(
            "Randevunuza gelemeyecekseniz lütfen en kısa sürede iptal edin: {phone} numarasından "
            "bizi arayın ya da mesajımızı yanıtlayın. Lütfen randevu numaranızı ({number}) "
            "belirtin."
        ),
        cancel_reply=(
            "Randevunuza gelemeyecekseniz lütfen en kısa sürede mesajımızı yanıtlayarak iptal "
            "edin ve randevu numaranızı ({number}) belirtin."
        ),
        thanks="Desteğiniz için çok teşekkür ederiz!",
        regards="Saygılarımızla,",
    ),
}


def wording(c: DropOffConfirmation, language: str) -> ConfirmationWording:
    """Every sentence of the confirmation in language ("de", "uk" or "tr")."""
    words = _words(language)
    facts = [
        (words.when, f"{slot_date(c, language)}, {slot_time(c, language)}"),
        (words.where, ", ".join(p for p in (c.hall_name, c.hall_address) if p)),
        (words.number, f"{c.number} ({words.number_hint})"),
    ]
    if c.offered_by or c.association:
        facts.append((words.by, ", ".join(p for p in (c.offered_by, c.association) if p)))
    amount = amount_text(c, language)
    brought = " – ".join(p for p in (c.what, amount) if p)
    if brought:
        facts.append((words.brings, brought))
    fill = {"kg": MAX_BOX_KG, "months": _counted(words.months, c.shelf_life_months, language)}
    # A vehicle that comes alone needs its papers, not the rules for boxes.
    goods = not c.vin or c.boxes is not None
    packing = [rule.format(**fill) for rule in words.packing] if goods else []
    if c.un_number in ENGINE_UN:
        packing.append(words.engine)
    if c.un_number in BATTERY_UN:
        packing.append(words.battery)
    if c.hall_phone:
        cancel = words.cancel_phone.format(phone=c.hall_phone, number=c.number)
    else:
        cancel = words.cancel_reply.format(number=c.number)
    return ConfirmationWording(
        language=language,
        title=words.title,
        greeting=words.greeting.format(name=c.offered_by)
        if c.offered_by
        else words.greeting_anonymous,
        intro=words.intro,
        facts=tuple(facts),
        date=slot_date(c, language),
        time=slot_time(c, language),
        number_hint=words.number_hint,
        packing_heading=words.packing_heading,
        packing=tuple(packing),
        vehicle_heading=words.vehicle_heading.format(vin=c.vin) if c.vin else "",
        vehicle=words.vehicle if c.vin else (),
        notes_label=words.notes_label,
        notes=c.notes.strip(),
        cancel=cancel,
        thanks=words.thanks,
        regards=words.regards,
        signature=c.hall_name,
    )


def confirmation_text(c: DropOffConfirmation, language: str) -> str:
    """The confirmation as plain text to paste into an e-mail or a messenger."""
    w = wording(c, language)
    blocks = [
        w.greeting,
        w.intro,
        "\n".join(f"{label}: {value}" for label, value in w.facts),
    ]
    if w.packing:
        blocks.append("\n".join([w.packing_heading, *(f"• {rule}" for rule in w.packing)]))
    if w.vehicle_heading:
        blocks.append("\n".join([w.vehicle_heading, *(f"• {item}" for item in w.vehicle)]))
    if w.notes:
        blocks.append(f"{w.notes_label}: {w.notes}")
    blocks.append(w.cancel)
    blocks.append("\n".join(p for p in (w.thanks, w.regards, w.signature) if p))
    return "\n\n".join(blocks) + "\n"


def slot_date(c: DropOffConfirmation, language: str) -> str:
    """'Donnerstag, 12. März 2026', 'четвер, 12 березня 2026 р.', '12 Mart 2026 Perşembe':
    each language's own full date (CLDR), weekday included."""
    _words(language)
    return str(format_date(c.starts_at.date(), "full", locale=language))


def slot_time(c: DropOffConfirmation, language: str) -> str:
    """'10:00–10:30 Uhr', 'з 10:00 до 10:30', 'saat 10:00–10:30'."""
    return _words(language).time.format(
        start=format_time(c.starts_at, "HH:mm", locale=language),
        end=format_time(c.ends_at, "HH:mm", locale=language),
    )


def amount_text(c: DropOffConfirmation, language: str) -> str:
    """The offer's figures in language: '40 Kartons, 120 Stück, ca. 300 kg'; "" without any."""
    words = _words(language)
    parts = []
    if c.boxes is not None:
        parts.append(_counted(words.boxes, c.boxes, language))
    if c.quantity is not None:
        unit = words.units.get(c.unit, c.unit)
        parts.append(" ".join(p for p in (_number(c.quantity, language), unit) if p))
    if c.weight_kg is not None:
        parts.append(words.about.format(kg=_number(c.weight_kg, language)))
    return ", ".join(parts)


def _words(language: str) -> _Words:
    words = _WORDS.get(language)
    if words is None:
        raise UnknownLanguage(
            QT_TRANSLATE_NOOP(
                "service",
                "A drop-off confirmation cannot be written in '{language}': choose one of "
                "{languages}.",
            ),
            "language",
            language=language,
            languages=", ".join(LANGUAGES),
        )
    return words


@cache
def _locale(language: str) -> Locale:
    return Locale.parse(language)


def _counted(forms: dict[str, str], count: int, language: str) -> str:
    word = forms.get(_locale(language).plural_form(count), forms["other"])
    return f"{_number(Decimal(count), language)} {word}"


def _number(value: Decimal, language: str) -> str:
    """'1.500,5' in German and Turkish, '1 500,5' in Ukrainian (no trailing zeros)."""
    return str(format_decimal(value.normalize(), locale=language))
