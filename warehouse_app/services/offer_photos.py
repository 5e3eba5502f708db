"""Photos of offered goods (JPG or PNG, at most 8 MB), kept with the offer and their SHA-256."""

from __future__ import annotations

import hashlib
from pathlib import Path

from warehouse_app.access.roles import Permission
from warehouse_app.errors import ValidationError
from warehouse_app.services.guard import guarded
from warehouse_app.services.offers import locked_offer
from warehouse_app.storage.models import OfferPhoto
from warehouse_app.storage.transactions import transactional
from warehouse_app.texts import QT_TRANSLATE_NOOP

MAX_PHOTO_BYTES = 8 * 1024 * 1024  # a phone's photo; more is a video or a mistake
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")


@guarded(Permission.OFFERS)
@transactional
def add_photo(offer_id: int, path: Path) -> str:
    """A photo of the offered goods (JPG or PNG), stored with its SHA-256; returns the hash."""
    if path.suffix.lower() not in PHOTO_SUFFIXES or not path.is_file():
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "{name} is not a JPG or PNG photo."),
            "photo",
            name=path.name,
        )
    data = path.read_bytes()
    if len(data) > MAX_PHOTO_BYTES or not data.startswith((b"\xff\xd8", b"\x89PNG")):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service", "{name} is not a photo Hafenlager keeps (JPG or PNG, at most 8 MB)."
            ),
            "photo",
            name=path.name,
        )
    locked_offer(offer_id)
    digest = hashlib.sha256(data).hexdigest()
    OfferPhoto.create(offer=offer_id, file_name=path.name[:200], sha256=digest, data=data)
    return digest


def photos(offer_id: int) -> list[tuple[str, bytes]]:
    query = OfferPhoto.select(OfferPhoto.file_name, OfferPhoto.data).where(
        OfferPhoto.offer == offer_id
    )
    return [(str(name), bytes(data)) for name, data in query.order_by(OfferPhoto.id).tuples()]
