"""What a print job prints: the labels of its codes (or of a donation), a receipt, a manifest."""

from __future__ import annotations

from collections.abc import Sequence

from warehouse_app.errors import ValidationError
from warehouse_app.papers import labels
from warehouse_app.papers.labels import Label
from warehouse_app.papers.manifest import PalletManifest, pallet_manifest
from warehouse_app.papers.receipt import Receipt, receipt
from warehouse_app.services.printqueue import Job
from warehouse_app.texts import QT_TRANSLATE_NOOP

LABEL_DOCUMENTS = ("box_labels", "pallet_labels", "location_labels", "control_sheet")


def labels_for(document: str, subject: Sequence[str] | int) -> list[Label]:
    """The labels a label document names: codes, or (box labels) a donation's id."""
    if document == "box_labels":
        if isinstance(subject, int):
            return list(labels.box_labels_for_donation(subject))
        return list(labels.box_labels_for_codes(subject))
    if isinstance(subject, int):
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "{document} need codes, not a donation."),
            document=document,
        )
    if document == "pallet_labels":
        return list(labels.pallet_labels(subject))
    if document == "location_labels":
        return list(labels.location_labels(subject))
    if document == "control_sheet":
        from warehouse_app.services.scanning.controls import CONTROL_TITLES

        titles = {control.code: title for control, title in CONTROL_TITLES.items()}
        return labels.control_sheet({code: titles[code] for code in subject if code in titles})
    raise ValidationError(
        QT_TRANSLATE_NOOP("service", "Unknown label document '{document}'."), document=document
    )


def job_context(job: Job) -> list[Label] | Receipt | PalletManifest:
    """What job prints, read now: a reprint shows the box as it is today."""
    if job.document == "pallet_manifest":
        if isinstance(job.subject, int) or len(job.subject) != 1:
            raise ValidationError(QT_TRANSLATE_NOOP("service", "A manifest job names one pallet."))
        return pallet_manifest(job.subject[0])
    if job.document == "receipt":
        if not isinstance(job.subject, int):
            raise ValidationError(QT_TRANSLATE_NOOP("service", "A receipt job names a donation."))
        return receipt(job.subject)
    return labels_for(job.document, job.subject)
