"""From a request (codes, donation, print job) to the PDF bytes: the one place both the
GUI and the command line get their documents from."""

from __future__ import annotations

from collections.abc import Sequence

from reports.geometry import FORMATS, LabelFormat
from reports.labels import StartPositionError, render_labels
from reports.receipt import render_receipt
from warehouse_app.errors import NotFound, ValidationError
from warehouse_app.papers import labels as labeldata
from warehouse_app.papers import manifest as manifestdata
from warehouse_app.papers.labels import Label
from warehouse_app.services.printqueue import Job


def label_format(name: str) -> LabelFormat:
    found = FORMATS.get(name.strip().lower())
    if found is None:
        raise NotFound(
            f"Unknown label format '{name}'. Formats: {', '.join(sorted(FORMATS))} "
            "('hafenlager labels --list-formats' describes them)."
        )
    return found


def labels_pdf(labels: Sequence[Label], format_name: str, start: int = 1) -> bytes:
    fmt = label_format(format_name)
    try:
        return render_labels(labels, fmt, start=start)
    except StartPositionError as exc:
        raise ValidationError(str(exc), "start") from exc


def collect_labels(document: str, subject: Sequence[str] | int) -> list[Label]:
    if document == "box_labels":
        if isinstance(subject, int):
            return list(labeldata.box_labels_for_donation(subject))
        return list(labeldata.box_labels_for_codes(subject))
    if isinstance(subject, int):
        raise ValidationError(f"{document} need codes, not a donation.")
    if document == "pallet_labels":
        return list(labeldata.pallet_labels(subject))
    if document == "location_labels":
        return list(labeldata.location_labels(subject))
    raise ValidationError(f"Unknown label document '{document}'.")


def receipt_pdf(donation_id: int) -> bytes:
    from warehouse_app.papers.receipt import receipt

    return render_receipt(receipt(donation_id))


def manifest_pdf(pallet_code: str) -> bytes:
    from reports.manifest import render_manifest

    return render_manifest(manifestdata.pallet_manifest(pallet_code))


def job_pdf(job: Job) -> bytes:
    if job.document == "pallet_manifest":
        if isinstance(job.subject, int) or len(job.subject) != 1:
            raise ValidationError("A manifest job names one pallet.")
        return manifest_pdf(job.subject[0])
    if job.document == "receipt":
        if not isinstance(job.subject, int):
            raise ValidationError("A receipt job names a donation.")
        return receipt_pdf(job.subject)
    return labels_pdf(collect_labels(job.document, job.subject), job.label_format, job.start)
