"""The demo's coordination: needs lists of Zhytomyr's city hospital and of a school, citizens'
and associations' offers (open, accepted, declined, one that arrived last week), and a week of
drop-off appointments, made through the services where a coordinator would use them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from warehouse_app.kinds import Priority
from warehouse_app.storage.models import Association, Category, Donation, NeedLine, NeedsList

HOSPITAL = "Zhytomyr City Hospital No. 1 / Житомирська міська лікарня №1"
SCHOOL = "Zhytomyr Lyceum No. 23 / Житомирський ліцей №23"
# (category, description, quantity, unit, priority, days until needed)
HOSPITAL_LINES = (
    ("Verbandsmaterial", "", "400", "pcs", Priority.URGENT, 20),
    ("Untersuchungshandschuhe", "Handschuhe M und L", "5000", "pcs", Priority.URGENT, 20),
    ("Krankenhausbetten", "Pflegebetten, elektrisch", "12", "pcs", Priority.URGENT, 45),
    ("Stromerzeuger (Diesel)", "für die Intensivstation", "2", "pcs", Priority.URGENT, 30),
    ("Bettdecken", "", "150", "pcs", Priority.NORMAL, 60),
    ("Kissen", "", "150", "pcs", Priority.NORMAL, 60),
    ("Rollstühle", "", "10", "pcs", Priority.NICE, None),
)
SCHOOL_LINES = (
    ("Wolldecken", "für den Schutzraum", "300", "pcs", Priority.URGENT, 14),
    ("Powerstationen (Akku)", "", "6", "pcs", Priority.URGENT, 30),
    ("Spielzeug", "für die Grundschulklassen", "200", "pcs", Priority.NORMAL, None),
    ("Schlafsäcke", "", "120", "pcs", Priority.NORMAL, 30),
)

# Citizens who bring a car boot full: (who, category, what, contact, boxes, kg)
CITIZENS = (
    ("Jana Wolff", "Kissen", "Kopfkissen, neu", "0231 202020", 4, "12"),
    ("Mehmet Demir", "Wolldecken", "Decken aus dem Lager", "0157 3030303", 6, "48"),
    ("Kirchengemeinde St. Marien", "Windeln", "Windeln Gr. 3-5", "marien@example.org", 12, "70"),
    ("Olga Schmidt", "Schlafsäcke", "Schlafsäcke, Winter", "0231 404040", 5, "25"),
    ("Tafel Aplerbeck", "Reis", "Reis 1-kg-Packungen", "0231 505050", 10, "100"),
)


def build(today: dt.date) -> None:
    from warehouse_app.services.recipients import save_recipient

    save_recipient(
        HOSPITAL,
        address="вул. Вітрука, 9",
        city="10002 Житомир / Zhytomyr",
        oblast="Житомирська обл. / Zhytomyr Oblast",
        edrpou="01994215",
        contact="Dr. Olena Kovalenko, +380 412 00 00 00",
    )
    save_recipient(
        SCHOOL,
        address="вул. Київська, 77",
        city="10001 Житомир / Zhytomyr",
        oblast="Житомирська обл. / Zhytomyr Oblast",
        edrpou="22061232",
    )
    categories = {str(c.name_de): c for c in Category.select()}
    hospital = _needs(HOSPITAL, "Winter 2026/27", HOSPITAL_LINES, categories, today)
    _needs(SCHOOL, "Schutzraum und Unterricht", SCHOOL_LINES, categories, today)
    _offers(today, categories, hospital)


def _needs(
    recipient: str,
    title: str,
    lines: tuple[tuple[str, str, str, str, Priority, int | None], ...],
    categories: dict[str, Category],
    today: dt.date,
) -> list[int]:
    from warehouse_app.services.needs import find_recipient

    found = find_recipient(recipient)
    assert found is not None  # saved just before
    listed = NeedsList.create(recipient=found.id, title=title)
    ids = []
    for number, (category, text, quantity, unit, priority, days) in enumerate(lines, start=1):
        line = NeedLine.create(
            needs_list=listed.id,
            line_number=number,
            category=categories[category].id,
            description=text or category,
            quantity=Decimal(quantity),
            unit=unit,
            priority=priority.value,
            needed_by=today + dt.timedelta(days=days) if days is not None else None,
        )
        ids.append(int(line.id))
    return ids


def _offers(today: dt.date, categories: dict[str, Category], hospital: list[int]) -> None:
    from warehouse_app.services import appointments, offers

    codes = {str(a.short_code): int(a.id) for a in Association.select()}

    def offer(by: str, category: str, text: str, **figures: object) -> int:
        owner = figures.pop("association", None)
        return offers.add_offer(
            offers.OfferInput(
                offered_by=by,
                association_id=codes[str(owner)] if owner else None,
                category_id=int(categories[category].id),
                description=text,
                **figures,  # type: ignore[arg-type]
            )
        )

    gloves = offer(
        "Praxis Dr. Schäfer", "Untersuchungshandschuhe", "Nitrilhandschuhe, Restbestand",
        contact="0231 987654", quantity=Decimal(2000), unit="pcs", boxes=20, weight_kg=Decimal(90),
    )  # fmt: skip
    beds = offer(
        "Klinikum Nord (Ausstattung)", "Krankenhausbetten", "Pflegebetten nach Umbau",
        contact="einkauf@klinikum.example", quantity=Decimal(6), unit="pcs",
        weight_kg=Decimal(720), available_from=today + dt.timedelta(days=3),
    )  # fmt: skip
    blankets = offer(
        "Cukurova e.V.", "Wolldecken", "Sammlung aus der Gemeinde", association="CUK",
        quantity=Decimal(150), unit="pcs", boxes=15, weight_kg=Decimal(180),
    )  # fmt: skip
    toys = offer(
        "Familie Nowak", "Spielzeug", "Kuscheltiere und Brettspiele",
        contact="0176 5550101", boxes=3, weight_kg=Decimal(25),
    )  # fmt: skip
    offer(
        "Erika Muster", "Gebrauchte Kleidung", "Sommerkleidung", contact="0231 123456",
        boxes=8, weight_kg=Decimal(60),
    )  # fmt: skip
    sofa = offer("Herr Becker", "Bettdecken", "Daunendecken, fleckig", contact="0231 44 55 66")
    generator = offer(
        "THW-Ortsverband (Spende)", "Stromerzeuger (Diesel)", "Stromerzeuger 8 kVA, gebraucht",
        quantity=Decimal(1), unit="pcs", weight_kg=Decimal(160),
    )  # fmt: skip
    offers.accept(gloves, hospital[1])
    offers.accept(beds, hospital[2])
    offers.accept(blankets)
    offers.accept(toys)
    offers.accept(generator, hospital[3])
    offers.decline(sofa, "quality")
    start = dt.datetime.combine(today, dt.time())
    week = [s.starts_at for s in appointments.free_slots(after=start, days=8, most=60)]
    citizens = [
        offer(by, category, text, contact=contact, boxes=boxes, weight_kg=Decimal(kg))
        for by, category, text, contact, boxes, kg in CITIZENS
    ]
    for offer_id in citizens:
        offers.accept(offer_id)
    coming = [gloves, blankets, *citizens, toys]
    if len(week) >= len(coming):
        step = len(week) // len(coming)
        for index, offer_id in enumerate(coming):
            appointments.book(offer_id, week[index * step], now=start)
    _arrived_last_week(today, codes, categories)


def _arrived_last_week(
    today: dt.date, codes: dict[str, int], categories: dict[str, Category]
) -> None:
    """An offer that came: its appointment a week ago, and the association's donation of that
    day recorded as what arrived."""
    from warehouse_app.services import appointments, offers

    donation = (
        Donation.select()
        .where(Donation.association == codes["BGH"])
        .order_by(Donation.received_at.desc())
        .first()
    )
    if donation is None:
        return
    offer_id = offers.add_offer(
        offers.OfferInput(
            offered_by="Blau-Gelbes-Herz e.V.",
            association_id=codes["BGH"],
            category_id=int(categories["Schlafsäcke"].id),
            description="Spendenaktion der Gemeinde",
            boxes=10,
            weight_kg=Decimal(80),
        )
    )
    offers.accept(offer_id)
    then = dt.datetime.combine(today - dt.timedelta(days=7), dt.time())
    slots = appointments.free_slots(after=then, days=7, most=1)
    if slots:
        booked = appointments.book(offer_id, slots[0].starts_at, now=then)
        appointments.record_arrival(booked.id, int(donation.id))
