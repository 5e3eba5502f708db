"""A convoy's set of papers: which documents it has, and everything they are drawn from.

Everything is read and checked here before anything is drawn, so a missing driver or aid code
is refused before the first page; reports/papers_set.py draws the set. Once a convoy has
departed, its set is the archived files instead, as they crossed the border.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Collection
from dataclasses import dataclass

from warehouse_app.errors import HafenlagerError
from warehouse_app.papers.convoy_summary import ConvoySummary, convoy_summary
from warehouse_app.papers.documents import PAPERS
from warehouse_app.papers.donation_letter import DonationLetter, donation_letter
from warehouse_app.papers.manifest import PalletManifest, pallet_manifest
from warehouse_app.papers.vehicle import VehiclePapers, convoy_papers
from warehouse_app.services import convoys
from warehouse_app.services.convoys import ConvoyRecord, archive
from warehouse_app.services.convoys.archive import PaperFile
from warehouse_app.storage.models import (
    Association,
    Box,
    Category,
    Convoy,
    ConvoyAcknowledgement,
    ConvoyItem,
    Pallet,
    Recipient,
    Setting,
    Vehicle,
)
from warehouse_app.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PapersToDraw:
    convoy: ConvoyRecord
    documents: frozenset[str]
    vehicles: tuple[VehiclePapers, ...]
    letter: DonationLetter | None  # with the whole set, when asked for
    summary: ConvoySummary | None
    manifests: dict[str, tuple[PalletManifest, ...]]  # per vehicle's document number

    def vehicle_number(self, papers: VehiclePapers) -> int:
        return int(papers.number.rsplit("-", 1)[1])


def to_draw(
    convoy: ConvoyRecord,
    vehicle_number: int | None = None,
    documents: Collection[str] = PAPERS,
    languages: tuple[str, ...] | None = None,
    today: dt.date | None = None,
) -> PapersToDraw:
    """What the chosen documents of the convoy (or of one vehicle) are drawn from.

    Without a vehicle number the set includes the convoy's own documents (donation letter,
    summary); a single vehicle's set does not: another vehicle's missing driver must not block
    this one's papers."""
    wanted = frozenset(documents)
    whole = vehicle_number is None
    all_papers = convoy_papers(convoy, today, languages, vehicle_number)
    manifests = {
        papers.number: tuple(pallet_manifest(code) for code in _pallets(papers))
        for papers in all_papers
        if "pallet-manifests" in wanted
    }
    return PapersToDraw(
        convoy=convoy,
        documents=wanted,
        vehicles=tuple(all_papers),
        letter=donation_letter(convoy, all_papers=all_papers)
        if whole and "donation-letter" in wanted
        else None,
        summary=convoy_summary(convoy, all_papers=all_papers)
        if whole and "convoy-summary" in wanted
        else None,
        manifests=manifests,
    )


def _pallets(papers: VehiclePapers) -> list[str]:
    return list(dict.fromkeys(line.pallet_code for line in papers.lines if line.pallet_code))


def archived_files(
    convoy: ConvoyRecord,
    vehicle_number: int | None = None,
    documents: Collection[str] = PAPERS,
    languages: tuple[str, ...] | None = None,
) -> list[PaperFile] | None:
    """The files the convoy departed with (SHA-256 checked); None before departure."""
    if not archive.is_archived(convoy):
        return None
    if languages is not None:
        raise HafenlagerError(
            QT_TRANSLATE_NOOP(
                "service",
                "Convoy {convoy_number} departed: its papers are the archived ones, in the "
                "languages they were printed in. Leave out the languages to reprint them.",
            ),
            convoy_number=convoy.number,
        )
    if vehicle_number is not None:
        convoys.get_vehicle(convoy, vehicle_number)  # an unknown number is an error
    return archive.archived(convoy, vehicle_number, documents, vehicle_number is None)


def fingerprint(convoy: ConvoyRecord) -> str:
    """One hash of everything the convoy's papers are drawn from: the convoy, its vehicles,
    its items and their boxes and pallets, the recipient, the hall's settings, categories,
    associations and acknowledgements. The same fingerprint, the same papers; it is a tenth
    of the time of reading the papers themselves."""
    items = ConvoyItem.select().where(ConvoyItem.convoy == convoy.id)
    pallet_ids = [p for (p,) in items.select(ConvoyItem.pallet).tuples() if p is not None]
    loose = [b for (b,) in items.select(ConvoyItem.box).tuples() if b is not None]
    sources = (
        Convoy.select().where(Convoy.id == convoy.id),
        Vehicle.select().where(Vehicle.convoy == convoy.id),
        items,
        Pallet.select().where(Pallet.id.in_(pallet_ids)),
        Box.select().where(Box.pallet.in_(pallet_ids) | Box.id.in_(loose)),
        Recipient.select().where(Recipient.id == (convoy.recipient_id or 0)),
        Setting.select(),
        Category.select(),
        Association.select(),
        ConvoyAcknowledgement.select().where(ConvoyAcknowledgement.convoy == convoy.id),
    )
    digest = hashlib.sha256()
    for query in sources:
        for row in query.order_by(query.model._meta.primary_key).tuples():
            digest.update(repr(row).encode())
        digest.update(b"|")
    return digest.hexdigest()
