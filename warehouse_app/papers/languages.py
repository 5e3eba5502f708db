"""Which languages the convoy papers speak, set per destination country.

Customs documents for Ukraine need Ukrainian and English; German can be added (for the German
side of the handover), and the order says which language comes first on every label."""

from __future__ import annotations

from warehouse_app.errors import ValidationError
from warehouse_app.services import masterdata
from warehouse_app.texts import QT_TRANSLATE_NOOP

LANGUAGES = ("uk", "en", "de")
REQUIRED = ("uk", "en")
DEFAULT = ("uk", "en")
SETTING = "papers.languages."  # + ISO country code of the destination, e.g. papers.languages.UA


def parse_languages(text: str) -> tuple[str, ...]:
    """'uk,en,de' -> ('uk', 'en', 'de'); refuses unknown, repeated or missing languages."""
    codes = tuple(code.strip().lower() for code in text.split(",") if code.strip())
    unknown = [c for c in codes if c not in LANGUAGES]
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "Unknown document language {unknown}: choose from {languages} (for example "
                "uk,en,de).",
            ),
            "languages",
            unknown=", ".join(unknown),
            languages=", ".join(LANGUAGES),
        )
    if len(set(codes)) != len(codes):
        raise ValidationError(
            QT_TRANSLATE_NOOP("service", "A language is named twice in '{text}'."),
            "languages",
            text=text,
        )
    missing = [c for c in REQUIRED if c not in codes]
    if missing:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service",
                "Customs papers need Ukrainian and English: add {missing} (for example uk,en "
                "or uk,en,de).",
            ),
            "languages",
            missing=", ".join(missing),
        )
    return codes


def languages_for(country: str) -> tuple[str, ...]:
    """The languages set for a destination country, or Ukrainian and English."""
    stored = masterdata.settings().get(SETTING + country.strip().upper(), "")
    return parse_languages(stored) if stored else DEFAULT


def all_settings() -> dict[str, tuple[str, ...]]:
    """Every destination country with its own setting."""
    return {
        key.removeprefix(SETTING): parse_languages(value)
        for key, value in masterdata.settings().items()
        if key.startswith(SETTING) and value
    }


def set_languages(country: str, text: str) -> tuple[str, ...]:
    code = country.strip().upper()
    if len(code) != 2 or not code.isalpha():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "service", "'{country}' is not a country code: use two letters, such as UA or MD."
            ),
            "country",
            country=country,
        )
    languages = parse_languages(text)
    masterdata.save_settings({SETTING + code: ",".join(languages)})
    return languages
