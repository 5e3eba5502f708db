"""From a request (codes, donation, print job) to the PDF bytes: the one place both the
GUI and the command line get their labels, receipts and manifests from."""

from __future__ import annotations

from collections.abc import Sequence

from reports.geometry import FORMATS, LabelFormat
from reports.labels import StartPositionError, render_labels
from reports.receipt import render_receipt
from warehouse_app.errors import NotFound, ValidationError
from warehouse_app.papers.labels import Label
from warehouse_app.papers.manifest import PalletManifest, pallet_manifest
from warehouse_app.papers.print_jobs import job_context
from warehouse_app.papers.receipt import Receipt, receipt
from warehouse_app.services.printqueue import Job
from warehouse_app.texts import QT_TRANSLATE_NOOP


def label_format(name: str) -> LabelFormat:
    found = FORMATS.get(name.strip().lower())
    if found is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "service",
                "Unknown label format '{name}'. Formats: {formats} ('hafenlager labels "
                "--list-formats' describes them).",
            ),
            name=name,
            formats=", ".join(sorted(FORMATS)),
        )
    return found


def labels_pdf(labels: Sequence[Label], format_name: str, start: int = 1) -> bytes:
    fmt = label_format(format_name)
    try:
        return render_labels(labels, fmt, start=start)
    except StartPositionError as exc:
        raise ValidationError(str(exc), "start") from exc


def receipt_pdf(donation_id: int) -> bytes:
    return render_receipt(receipt(donation_id))


def manifest_pdf(pallet_code: str) -> bytes:
    from reports.manifest import render_manifest

    return render_manifest(pallet_manifest(pallet_code))


def job_pdf(job: Job) -> bytes:
    context = job_context(job)
    if isinstance(context, Receipt):
        return render_receipt(context)
    if isinstance(context, PalletManifest):
        from reports.manifest import render_manifest

        return render_manifest(context)
    return labels_pdf(context, job.label_format, job.start)
