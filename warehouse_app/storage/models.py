"""The peewee models, bound to the real database at start-up through one DatabaseProxy.

Only portable field types and the query API are used, so the same models run on SQLite (one
PC) and PostgreSQL (several workstations). Quantities, weights and money are Decimals: the
convoy papers must agree to the piece and the 0.1 kg, which floats cannot promise.
"""

from __future__ import annotations

import datetime as dt

import peewee as pw

from warehouse_app.kinds import (
    AppointmentStatus,
    BoxStatus,
    ConvoyStatus,
    LocationKind,
    NeedStatus,
    OfferStatus,
    PalletStatus,
    PrintJobStatus,
    Priority,
    SlotUnit,
    Unit,
)

database_proxy = pw.DatabaseProxy()


def utcnow() -> dt.datetime:
    """Naive UTC: one clock for all workstations, converted to local time only for display."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class BaseModel(pw.Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class SchemaHistory(BaseModel):
    """One row per applied schema step; the highest version is the database's schema."""

    version = pw.IntegerField(unique=True)
    name = pw.CharField(max_length=100)
    applied_at = pw.DateTimeField(default=utcnow)
    app_version = pw.CharField(max_length=20)


class Setting(BaseModel):
    """Shared settings of the hall (sender name and address on documents, limits)."""

    key = pw.CharField(max_length=100, primary_key=True)
    value = pw.TextField()


class CodeCounter(BaseModel):
    """The last serial handed out per code kind: codes are never reused, even after deletes."""

    kind = pw.CharField(max_length=1, primary_key=True)
    last_serial = pw.IntegerField(default=0)


class Association(BaseModel):
    name = pw.CharField(max_length=200, unique=True)
    short_code = pw.CharField(max_length=4, unique=True)
    colour = pw.CharField(max_length=7, default="#555555")
    contact = pw.TextField(default="")
    active = pw.BooleanField(default=True)


class Category(BaseModel):
    name_de = pw.CharField(max_length=200)
    name_en = pw.CharField(max_length=200)
    name_uk = pw.CharField(max_length=200)
    hs_code = pw.CharField(max_length=12)
    default_unit = pw.CharField(max_length=8, default=Unit.PIECES.value)
    default_value_eur = pw.DecimalField(max_digits=12, decimal_places=2, default=0)
    expiry_required = pw.BooleanField(default=False)
    min_shelf_life_days = pw.IntegerField(default=0)
    is_vehicle = pw.BooleanField(default=False)
    un_number = pw.CharField(max_length=20, default="")
    export_note = pw.TextField(default="")
    active = pw.BooleanField(default=True)
    # ADR 5.4.1 entry of goods with a UN number (schema 6): proper shipping name, class,
    # packing group; the transport category sets the points of ADR 1.1.3.6 (None: unknown).
    adr_name = pw.CharField(max_length=200, default="")
    adr_class = pw.CharField(max_length=10, default="")
    adr_packing_group = pw.CharField(max_length=4, default="")
    adr_transport_category = pw.IntegerField(null=True)
    # The goods category the recipient chooses for the line in AHARS (schema 6).
    ahars_category = pw.CharField(max_length=100, default="")


class Location(BaseModel):
    code = pw.CharField(max_length=16, unique=True)
    name = pw.CharField(max_length=100, unique=True)
    kind = pw.CharField(max_length=16, default=LocationKind.SHELF.value)
    active = pw.BooleanField(default=True)


class Volunteer(BaseModel):
    name = pw.CharField(max_length=100, unique=True)
    role = pw.CharField(max_length=50, default="volunteer")
    # The GUI language this volunteer picked ("de", "uk", "en"; "" follows the PC).
    language = pw.CharField(max_length=8, default="")
    active = pw.BooleanField(default=True)
    # Schema 10: the PIN's hash ("" until the person sets one), the association a board
    # member's view is limited to, and wrong PINs since the last good one (a short PIN is
    # guessed in minutes without a pause after a few misses).
    pin_hash = pw.CharField(max_length=200, default="")
    association = pw.ForeignKeyField(Association, null=True, on_delete="RESTRICT")
    failed_pins = pw.IntegerField(default=0)
    locked_until = pw.DateTimeField(null=True)


class Donation(BaseModel):
    association = pw.ForeignKeyField(Association, backref="donations", on_delete="RESTRICT")
    received_at = pw.DateTimeField(default=utcnow, index=True)
    delivered_by = pw.CharField(max_length=200, default="")
    notes = pw.TextField(default="")
    volunteer = pw.ForeignKeyField(Volunteer, null=True, on_delete="RESTRICT")
    station = pw.CharField(max_length=100, default="")


class Pallet(BaseModel):
    code = pw.CharField(max_length=16, unique=True)
    kind = pw.CharField(max_length=30, default="euro")
    tare_kg = pw.DecimalField(max_digits=8, decimal_places=2, default=25)
    # Indexed with its code by storage.sort_indexes.
    location = pw.ForeignKeyField(Location, null=True, on_delete="RESTRICT", index=False)
    status = pw.CharField(max_length=16, default=PalletStatus.IN_STOCK.value, index=True)
    created_at = pw.DateTimeField(default=utcnow)
    height_m = pw.DecimalField(max_digits=4, decimal_places=2, null=True)  # measured at closing


class Box(BaseModel):
    code = pw.CharField(max_length=16, unique=True)
    donation = pw.ForeignKeyField(Donation, backref="boxes", on_delete="RESTRICT")
    # owner, category, expiry, location and pallet are indexed by storage.sort_indexes, with
    # the id and status after them.
    owner = pw.ForeignKeyField(Association, backref="boxes", on_delete="RESTRICT", index=False)
    category = pw.ForeignKeyField(Category, backref="boxes", on_delete="RESTRICT", index=False)
    description_de = pw.CharField(max_length=300)
    description_uk = pw.CharField(max_length=300)
    description_en = pw.CharField(max_length=300, default="")
    quantity = pw.DecimalField(max_digits=12, decimal_places=3)
    unit = pw.CharField(max_length=8, default=Unit.PIECES.value)
    net_kg = pw.DecimalField(max_digits=10, decimal_places=3)
    gross_kg = pw.DecimalField(max_digits=10, decimal_places=3)
    value_per_unit_eur = pw.DecimalField(max_digits=12, decimal_places=2, default=0)
    used = pw.BooleanField(default=False)
    wear_percent = pw.IntegerField(default=0)
    expiry_date = pw.DateField(null=True)
    origin_country = pw.CharField(max_length=2, default="DE")
    serial_or_vin = pw.CharField(max_length=40, default="")
    # A box on a pallet has no location of its own: it is where its pallet is, so moving a
    # pallet never has to touch (and log) each of its boxes.
    location = pw.ForeignKeyField(
        Location, null=True, backref="boxes", on_delete="RESTRICT", index=False
    )
    pallet = pw.ForeignKeyField(
        Pallet, null=True, backref="boxes", on_delete="RESTRICT", index=False
    )
    status = pw.CharField(max_length=16, default=BoxStatus.IN_STOCK.value, index=True)
    box_number = pw.IntegerField(default=1)  # "3" of "3/10" within its intake entry
    box_count = pw.IntegerField(default=1)
    created_at = pw.DateTimeField(default=utcnow)
    # Descriptions, serial and code case-folded (box_search_text): SQLite's LIKE folds only
    # ASCII, so "спальний" would not find "Спальний" without it.
    search_text = pw.TextField(default="")


def box_search_text(*parts: str) -> str:
    """What the free-text search looks in: every part case-folded, one per line."""
    return "\n".join(part.casefold() for part in parts if part)


class Movement(BaseModel):
    """Append-only log: every change of a box or pallet, written in the same transaction."""

    at = pw.DateTimeField(default=utcnow)
    kind = pw.CharField(max_length=16)
    box = pw.ForeignKeyField(Box, null=True, backref="movements", on_delete="RESTRICT")
    pallet = pw.ForeignKeyField(Pallet, null=True, backref="movements", on_delete="RESTRICT")
    volunteer = pw.ForeignKeyField(Volunteer, null=True, on_delete="RESTRICT")
    station = pw.CharField(max_length=100, default="")
    from_location = pw.ForeignKeyField(Location, null=True, backref="+", on_delete="RESTRICT")
    to_location = pw.ForeignKeyField(Location, null=True, backref="+", on_delete="RESTRICT")
    from_pallet = pw.ForeignKeyField(Pallet, null=True, backref="+", on_delete="RESTRICT")
    to_pallet = pw.ForeignKeyField(Pallet, null=True, backref="+", on_delete="RESTRICT")
    from_status = pw.CharField(max_length=16, default="")
    to_status = pw.CharField(max_length=16)
    note = pw.TextField(default="")

    class Meta:
        indexes = ((("box", "id"), False), (("pallet", "id"), False))


class PrintJob(BaseModel):
    """A document waiting for (or sent to) a station's printer: the reprint list.

    A box is saved whether or not its label prints; a label that could not print stays
    pending here until it is printed or cancelled.
    """

    created_at = pw.DateTimeField(default=utcnow, index=True)
    station = pw.CharField(max_length=100, index=True)
    document = pw.CharField(max_length=20)  # box_labels, pallet_labels, location_labels, receipt
    subject = pw.TextField()  # JSON: the codes, or the donation id
    label_format = pw.CharField(max_length=32, default="")
    start = pw.IntegerField(default=1)
    status = pw.CharField(max_length=12, default=PrintJobStatus.PENDING.value, index=True)
    error = pw.TextField(default="")
    printed_at = pw.DateTimeField(null=True)


class Recipient(BaseModel):
    """A receiving organisation (e.g. Zhytomyr City Council): data, not code."""

    name = pw.CharField(max_length=200, unique=True)
    address = pw.TextField(default="")
    city = pw.CharField(max_length=100, default="")
    oblast = pw.CharField(max_length=100, default="")
    country = pw.CharField(max_length=2, default="UA")
    edrpou = pw.CharField(max_length=20, default="")
    register_number = pw.CharField(max_length=40, default="")  # humanitarian aid register
    may_receive_vehicles = pw.BooleanField(default=False)
    contact = pw.TextField(default="")
    active = pw.BooleanField(default=True)


class Convoy(BaseModel):
    number = pw.CharField(max_length=30, unique=True)
    name = pw.CharField(max_length=200, default="")
    recipient = pw.ForeignKeyField(Recipient, null=True, on_delete="RESTRICT")
    delivery_place = pw.CharField(max_length=200, default="")
    border_crossing = pw.CharField(max_length=100, default="")
    planned_departure = pw.DateField(null=True)
    planned_arrival = pw.DateField(null=True)
    aid_code = pw.CharField(max_length=40, default="")
    aid_code_valid_until = pw.DateField(null=True)
    export_mrn = pw.CharField(max_length=40, default="")
    status = pw.CharField(max_length=12, default=ConvoyStatus.PLANNING.value, index=True)
    notes = pw.TextField(default="")
    created_at = pw.DateTimeField(default=utcnow)
    departed_at = pw.DateTimeField(null=True)


class Vehicle(BaseModel):
    """A truck (or a donated bus driving itself) of a convoy."""

    convoy = pw.ForeignKeyField(Convoy, backref="vehicles", on_delete="RESTRICT")
    number = pw.IntegerField()  # 1, 2, ... within the convoy
    code = pw.CharField(max_length=16, unique=True)  # scanned first when loading
    carrier = pw.CharField(max_length=200, default="")
    carrier_address = pw.CharField(max_length=300, default="")  # CMR art. 6(1)(d), schema 6
    truck_plate = pw.CharField(max_length=20, default="")
    trailer_plate = pw.CharField(max_length=20, default="")
    drivers = pw.TextField(default="")  # "Name: passport number", one per line
    payload_kg = pw.DecimalField(max_digits=10, decimal_places=1)
    pallet_places = pw.IntegerField(default=33)
    loading_length_m = pw.DecimalField(max_digits=5, decimal_places=2, default=13.6)
    loading_height_m = pw.DecimalField(max_digits=4, decimal_places=2, default=2.7)
    donated_box = pw.ForeignKeyField(Box, null=True, on_delete="RESTRICT")  # a bus from stock
    delivered_at = pw.DateTimeField(null=True)
    receipt_reference = pw.CharField(max_length=100, default="")

    class Meta:
        indexes = ((("convoy", "number"), True),)


class VehicleDetails(BaseModel):
    """What the donation letter and the goods list say of a donated vehicle (a box of a vehicle
    category); its VIN is the box's serial_or_vin (schema 6)."""

    box = pw.ForeignKeyField(Box, unique=True, on_delete="CASCADE")
    # Unique in the database, so two stations cannot take in one vehicle twice; None for a
    # vehicle too old for a 17-character VIN (its chassis number stays in serial_or_vin).
    vin = pw.CharField(max_length=17, unique=True, null=True)
    make = pw.CharField(max_length=60, default="")
    model = pw.CharField(max_length=60, default="")
    model_year = pw.IntegerField(null=True)
    fuel = pw.CharField(max_length=30, default="")
    first_registered = pw.DateField(null=True)


class ConvoyItem(BaseModel):
    """A pallet or a loose box reserved for a convoy, on a vehicle once assigned."""

    convoy = pw.ForeignKeyField(Convoy, backref="items", on_delete="RESTRICT")
    vehicle = pw.ForeignKeyField(Vehicle, null=True, backref="items", on_delete="RESTRICT")
    pallet = pw.ForeignKeyField(Pallet, null=True, unique=True, on_delete="RESTRICT")
    box = pw.ForeignKeyField(Box, null=True, unique=True, on_delete="RESTRICT")
    loaded = pw.BooleanField(default=False)
    delivered_at = pw.DateTimeField(null=True)  # handed over (per pallet or loose box)


class ConvoyAcknowledgement(BaseModel):
    """A category with an export-attention note, acknowledged with its licence or MRN."""

    convoy = pw.ForeignKeyField(Convoy, backref="acknowledgements", on_delete="RESTRICT")
    category = pw.ForeignKeyField(Category, on_delete="RESTRICT")
    reference = pw.CharField(max_length=100)

    class Meta:
        indexes = ((("convoy", "category"), True),)


class ArchivedPaper(BaseModel):
    """A convoy document as printed at departure: its bytes and their SHA-256, never changed.

    Reprints come from here, so a later change of an address or a category name cannot make
    a reprint differ from the copy that crossed the border."""

    convoy = pw.ForeignKeyField(Convoy, on_delete="RESTRICT")
    vehicle_number = pw.IntegerField(null=True)  # None for the convoy's own documents
    document = pw.CharField(max_length=30)
    file_name = pw.CharField(max_length=120)
    sha256 = pw.CharField(max_length=64)
    data = pw.BlobField()
    archived_at = pw.DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("convoy", "file_name"), True),)


class ChangeCounter(BaseModel):
    """SQLite: how often each table has been written; triggers count, and the other stations
    poll it to know which screens to read again (storage.change_feed). PostgreSQL notifies
    instead and leaves this table empty."""

    name = pw.CharField(max_length=40, primary_key=True)  # the table's name
    writes = pw.BigIntegerField(default=0)


class StationPresence(BaseModel):
    """A station that has the database open, and when it last said so: a restore refuses
    while another one is here (SQLite; PostgreSQL knows its connections itself)."""

    station = pw.CharField(max_length=63)
    host = pw.CharField(max_length=255)
    pid = pw.IntegerField()
    opened_at = pw.DateTimeField(default=utcnow)
    seen_at = pw.DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("host", "pid"), True),)


class NeedsList(BaseModel):
    """What a recipient needs, as it sent it (schema 7): a list of lines."""

    recipient = pw.ForeignKeyField(Recipient, backref="needs_lists", on_delete="RESTRICT")
    title = pw.CharField(max_length=200, default="")
    received_at = pw.DateTimeField(default=utcnow)
    notes = pw.TextField(default="")


class NeedLine(BaseModel):
    needs_list = pw.ForeignKeyField(NeedsList, backref="lines", on_delete="CASCADE")
    line_number = pw.IntegerField()  # the row of the list as the recipient numbered it
    category = pw.ForeignKeyField(Category, null=True, on_delete="RESTRICT")
    description = pw.CharField(max_length=300, default="")
    quantity = pw.DecimalField(max_digits=12, decimal_places=3)
    unit = pw.CharField(max_length=8, default=Unit.PIECES.value)
    priority = pw.CharField(max_length=8, default=Priority.NORMAL.value)
    needed_by = pw.DateField(null=True)
    notes = pw.TextField(default="")
    status = pw.CharField(max_length=10, default=NeedStatus.OPEN.value)

    class Meta:
        indexes = ((("needs_list", "line_number"), True),)


class Offer(BaseModel):
    """What a citizen or an association offers to bring (schema 8): estimated, not counted."""

    offered_by = pw.CharField(max_length=200)
    contact = pw.CharField(max_length=300, default="")  # phone or e-mail
    association = pw.ForeignKeyField(Association, null=True, on_delete="RESTRICT")
    category = pw.ForeignKeyField(Category, null=True, on_delete="RESTRICT")
    description = pw.CharField(max_length=300, default="")
    quantity = pw.DecimalField(max_digits=12, decimal_places=3, null=True)
    unit = pw.CharField(max_length=8, default=Unit.PIECES.value)
    weight_kg = pw.DecimalField(max_digits=10, decimal_places=1, null=True)
    boxes = pw.IntegerField(null=True)
    vin = pw.CharField(max_length=17, default="")  # a vehicle offered
    available_from = pw.DateField(null=True)
    available_until = pw.DateField(null=True)
    notes = pw.TextField(default="")
    status = pw.CharField(max_length=10, default=OfferStatus.OPEN.value, index=True)
    need_line = pw.ForeignKeyField(NeedLine, null=True, on_delete="SET NULL")
    decline_reason = pw.CharField(max_length=16, default="")
    created_at = pw.DateTimeField(default=utcnow)
    decided_at = pw.DateTimeField(null=True)


class OfferPhoto(BaseModel):
    offer = pw.ForeignKeyField(Offer, backref="photos", on_delete="CASCADE")
    file_name = pw.CharField(max_length=200)
    sha256 = pw.CharField(max_length=64)
    data = pw.BlobField()


class DropOffSlot(BaseModel):
    """One slot of the hall's drop-off calendar (schema 8), written when first booked or
    changed, from the opening hours then in force: a later change of the hours leaves booked
    slots as they were."""

    starts_at = pw.DateTimeField(unique=True)  # local time of the hall
    ends_at = pw.DateTimeField()
    capacity = pw.IntegerField()
    unit = pw.CharField(max_length=8, default=SlotUnit.VEHICLES.value)
    closed = pw.BooleanField(default=False)


class Appointment(BaseModel):
    number = pw.CharField(max_length=20, unique=True)  # "T-2026-00042", shown at the door
    offer = pw.ForeignKeyField(Offer, backref="appointments", on_delete="RESTRICT")
    slot = pw.ForeignKeyField(DropOffSlot, backref="appointments", on_delete="RESTRICT")
    load = pw.IntegerField(default=1)  # what it takes of the slot's capacity, in its unit
    status = pw.CharField(max_length=10, default=AppointmentStatus.BOOKED.value, index=True)
    created_at = pw.DateTimeField(default=utcnow)


class AppointmentDonation(BaseModel):
    """A donation received from an appointment: what arrived, against what was offered."""

    appointment = pw.ForeignKeyField(Appointment, backref="donations", on_delete="RESTRICT")
    donation = pw.ForeignKeyField(Donation, unique=True, on_delete="CASCADE")


class DeliveryAct(BaseModel):
    """The signed acceptance act of a handover (schema 9), as scanned or photographed: stored
    with its SHA-256 beside the archived papers, shown and printed again from here."""

    convoy = pw.ForeignKeyField(Convoy, backref="acts", on_delete="RESTRICT")
    vehicle_number = pw.IntegerField(null=True)  # None: the act covers the whole convoy
    file_name = pw.CharField(max_length=200)
    media_type = pw.CharField(max_length=40)  # application/pdf, image/jpeg, image/png
    sha256 = pw.CharField(max_length=64)
    data = pw.BlobField()
    attached_at = pw.DateTimeField(default=utcnow)
    station = pw.CharField(max_length=100, default="")


class DeliveryDiscrepancy(BaseModel):
    """What the recipient found at a handover against the papers (schema 9): a box missing,
    damaged or refused, or goods that came but were not on the list."""

    convoy = pw.ForeignKeyField(Convoy, backref="discrepancies", on_delete="RESTRICT")
    vehicle_number = pw.IntegerField(null=True)
    box = pw.ForeignKeyField(Box, null=True, on_delete="RESTRICT")  # None for "extra"
    code = pw.CharField(max_length=100)  # as named at the handover
    kind = pw.CharField(max_length=10)  # missing, damaged, refused, extra
    # Part of a box: "2 of its 10 pieces are missing"; None: the whole box.
    quantity = pw.DecimalField(max_digits=12, decimal_places=3, null=True)
    note = pw.TextField(default="")
    recorded_at = pw.DateTimeField(default=utcnow)
    station = pw.CharField(max_length=100, default="")
