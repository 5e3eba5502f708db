"""Errors a user can act on: each message says what is wrong and what to do."""


class HafenlagerError(Exception):
    """Base class: the message is shown to the user as it is."""


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

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFound(HafenlagerError):
    """A code, id or name that does not exist."""


class DatabaseBusy(DatabaseOpenError):
    """Another station held the database (or a row) for longer than a write may wait."""
