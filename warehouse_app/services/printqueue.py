"""The print queue of each station: what was sent, what still waits (the reprint list)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from warehouse_app.errors import NotFound, ValidationError
from warehouse_app.kinds import PrintJobStatus
from warehouse_app.storage.models import PrintJob, utcnow
from warehouse_app.texts import QT_TRANSLATE_NOOP, Text, from_stored, stored

DOCUMENTS = (
    "box_labels",
    "pallet_labels",
    "location_labels",
    "control_sheet",
    "receipt",
    "pallet_manifest",
)


@dataclass(frozen=True)
class Job:
    id: int
    created_at: dt.datetime
    station: str
    document: str
    subject: tuple[str, ...] | int
    label_format: str
    start: int
    status: str
    error: Text  # why it did not print, as a Text: each station reads it in its language


def _job(row: PrintJob) -> Job:
    subject = json.loads(row.subject)
    return Job(
        id=row.id,
        created_at=row.created_at,
        station=row.station,
        document=row.document,
        subject=tuple(subject) if isinstance(subject, list) else int(subject),
        label_format=row.label_format,
        start=row.start,
        status=row.status,
        error=from_stored(row.error),
    )


def enqueue(
    station: str, document: str, subject: list[str] | int, label_format: str = "", start: int = 1
) -> int:
    if document not in DOCUMENTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Unknown document '{document}'."), document=document
        )
    return int(
        PrintJob.insert(
            station=station,
            document=document,
            subject=json.dumps(subject),
            label_format=label_format,
            start=start,
        ).execute()
    )


def get(job_id: int) -> Job:
    row = PrintJob.get_or_none(PrintJob.id == job_id)
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("service", "There is no print job {job_id}."), job_id=job_id
        )
    return _job(row)


def pending(station: str) -> list[Job]:
    query = (
        PrintJob.select()
        .where(PrintJob.station == station, PrintJob.status == PrintJobStatus.PENDING.value)
        .order_by(PrintJob.id)
    )
    return [_job(row) for row in query]


def mark_printed(job_id: int) -> None:
    PrintJob.update(status=PrintJobStatus.PRINTED.value, printed_at=utcnow(), error="").where(
        PrintJob.id == job_id
    ).execute()


def mark_failed(job_id: int, error: str) -> None:
    """The job stays pending, with the reason the volunteer was told (a Text keeps its
    template and values, for the reprint list of any station and language)."""
    PrintJob.update(error=stored(error)).where(PrintJob.id == job_id).execute()


def cancel(job_id: int) -> None:
    PrintJob.update(status=PrintJobStatus.CANCELLED.value).where(PrintJob.id == job_id).execute()
