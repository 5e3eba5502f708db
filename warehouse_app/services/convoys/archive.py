"""The papers a convoy departed with: stored once, with their SHA-256, and handed back unchanged.

A reprint after departure must give the bytes that crossed the border, not a new rendering
from master data someone has edited since (a new address, a renamed category)."""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Protocol

from warehouse_app.errors import HafenlagerError
from warehouse_app.services.convoys.records import ConvoyRecord
from warehouse_app.storage.models import ArchivedPaper
from warehouse_app.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PaperFile:
    """One file of a convoy's papers (a PDF, or the goods list as CSV or XLSX)."""

    file_name: str
    document: str  # one of warehouse_app.papers.convoy_set.PAPERS
    vehicle_number: int | None  # None for the convoy's own documents
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


class PapersRenderer(Protocol):
    """Renders the final papers of a convoy (reports/ provides it: the domain draws no PDF).

    fingerprint says, cheaply, whether what the papers are drawn from has changed: departure
    renders before its short write transaction and compares the fingerprint inside it."""

    def fingerprint(self, convoy: ConvoyRecord) -> str: ...

    def __call__(self, convoy: ConvoyRecord) -> Sequence[PaperFile]: ...


class ArchiveDamaged(HafenlagerError):
    """An archived file no longer matches the SHA-256 stored with it."""


def store(convoy: ConvoyRecord, files: Sequence[PaperFile]) -> None:
    """Archive files; call inside the departure's transaction so both happen or neither."""
    ArchivedPaper.insert_many(
        [
            {
                "convoy": convoy.id,
                "vehicle_number": f.vehicle_number,
                "document": f.document,
                "file_name": f.file_name,
                "sha256": f.sha256,
                "data": f.data,
            }
            for f in files
        ]
    ).execute()


def is_archived(convoy: ConvoyRecord) -> bool:
    return bool(ArchivedPaper.select().where(ArchivedPaper.convoy == convoy.id).exists())


def archived(
    convoy: ConvoyRecord,
    vehicle_number: int | None = None,
    documents: Collection[str] | None = None,
    convoy_documents: bool = True,
) -> list[PaperFile]:
    """The archived files, checked against their SHA-256; vehicle_number narrows to one truck."""
    query = ArchivedPaper.select().where(ArchivedPaper.convoy == convoy.id)
    files = []
    for row in query.order_by(ArchivedPaper.id):
        own = row.vehicle_number is None
        if own and not convoy_documents:
            continue
        if not own and vehicle_number is not None and row.vehicle_number != vehicle_number:
            continue
        if documents is not None and row.document not in documents:
            continue
        found = PaperFile(row.file_name, row.document, row.vehicle_number, bytes(row.data))
        if found.sha256 != row.sha256:
            raise ArchiveDamaged(
                QT_TRANSLATE_NOOP(
                    "service",
                    "The archived {file_name} of convoy {convoy_number} does not match its "
                    "SHA-256: the database was damaged. Restore the latest backup "
                    "('hafenlager restore FILE').",
                ),
                file_name=row.file_name,
                convoy_number=convoy.number,
            )
        files.append(found)
    return files


def fingerprints(convoy: ConvoyRecord) -> list[tuple[str, str]]:
    """(file name, SHA-256) of every archived file: what the logistics lead can read out."""
    return list(
        ArchivedPaper.select(ArchivedPaper.file_name, ArchivedPaper.sha256)
        .where(ArchivedPaper.convoy == convoy.id)
        .order_by(ArchivedPaper.id)
        .tuples()
    )
