"""The hall's own name and address, as the settings hold them: the sender on every document."""

from __future__ import annotations

from warehouse_app.errors import ValidationError
from warehouse_app.papers import languages as paper_languages
from warehouse_app.services import masterdata
from warehouse_app.storage.transactions import transactional
from warehouse_app.texts import QT_TRANSLATE_NOOP

CMR_FILE_COPY = "papers.cmr_file_copy"  # "yes": print the CMR with a 4th copy for the files


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


@transactional
def save_hall_settings(
    sender: dict[str, str], *, cmr_file_copy: bool, country: str, languages: str
) -> None:
    """The hall's sender data, the CMR file copy and one destination's paper languages, all
    saved or none: a refused language list leaves the sender's address as it was."""
    if not sender.get("hall.sender_name", "").strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "The sender's name cannot be empty."), "hall.sender_name"
        )
    unknown = [key for key in sender if not key.startswith("hall.")]
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "Not a hall setting: {unknown}."),
            unknown=", ".join(unknown),
        )
    paper_languages.parse_languages(languages)  # refuse before anything is written
    masterdata.save_settings(sender)
    masterdata.save_settings({CMR_FILE_COPY: "yes" if cmr_file_copy else "no"})
    paper_languages.set_languages(country, languages)
