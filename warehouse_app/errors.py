"""Errors a user can act on: each message says what is wrong and what to do."""

from warehouse_app.texts import Text


class HafenlagerError(Exception):
    """Base class: the message says what is wrong and what to do.

    The message is an English template (marked with QT_TRANSLATE_NOOP("service", ...)) and
    its values: str() is the English sentence, and the GUI shows `text` in the volunteer's
    language.
    """

    def __init__(self, message: str | Text = "", **values: object) -> None:
        self.text = message if isinstance(message, Text) else Text(message, values)
        super().__init__(str(self.text))


class CodeError(HafenlagerError):
    """A scanned or typed code is not a valid Hafenlager code."""


class DatabaseOpenError(HafenlagerError):
    """The database cannot be opened or used (missing, locked, read-only, corrupt, full disk)."""


class NotAHafenlagerDatabase(DatabaseOpenError):
    """The file exists but is not a Hafenlager database."""


class DatabaseTooNew(DatabaseOpenError):
    """The database was written by a newer Hafenlager than this one."""


class ValidationError(HafenlagerError):
    """Input that the service refuses; nothing was changed."""

    def __init__(
        self, message: str | Text = "", field: str | None = None, **values: object
    ) -> None:
        super().__init__(message, **values)
        self.field = field


class NotFound(HafenlagerError):
    """A code, id or name that does not exist."""


class DatabaseBusy(DatabaseOpenError):
    """Another station held the database (or a row) for longer than a write may wait."""
