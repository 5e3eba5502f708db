"""The hall's own name and address, as the settings hold them: the sender on every document."""

from __future__ import annotations

from warehouse_app.services import masterdata


def hall_name() -> str:
    return masterdata.settings().get("hall.sender_name", "")


def hall_address(settings: dict[str, str] | None = None) -> str:
    """Street, postcode and city, country: the parts that are set, in that order."""
    hall = masterdata.settings() if settings is None else settings
    town = " ".join(
        p for p in (hall.get("hall.sender_postcode", ""), hall.get("hall.sender_city", "")) if p
    )
    return ", ".join(
        p
        for p in (hall.get("hall.sender_street", ""), town, hall.get("hall.sender_country", ""))
        if p
    )
