"""Errors a user can meet.

Each carries one sentence that says what happened and what to do next; the UI and the CLI show
``str(error)`` and never a traceback. The sentence (and each field message) is translated when
the error is made, through :mod:`deskapp.messages` (English when no translator is installed).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from deskapp.messages import msg, translate


class DeskAppError(Exception):
    """Base for every error that is shown to a person."""

    def __init__(self, message: str = "", *args: object) -> None:
        super().__init__(translate(message) if isinstance(message, str) else message, *args)


class ValidationError(DeskAppError):
    """Input that breaks a rule. ``fields`` maps a field name to its message for inline display."""

    def __init__(self, message: str, fields: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.fields: dict[str, str] = {name: translate(text)
                                       for name, text in (fields or {}).items()}

    @classmethod
    def for_fields(cls, fields: Mapping[str, str]) -> ValidationError:
        first = translate(next(iter(fields.values())))
        if len(fields) == 1:
            return cls(first, fields)
        return cls(msg("{first} ({more} more field(s) need attention.)", first=first,
                       more=len(fields) - 1), fields)


class InvalidTransition(ValidationError):
    """A lifecycle step that is not allowed from the record's current status."""


class NotFound(DeskAppError):
    """The record does not exist or was deleted."""


class ConflictError(DeskAppError):
    """Someone else saved the record since it was read.

    ``theirs`` holds the current saved state (a DTO) so the UI can offer a field-by-field merge;
    ``by`` and ``at`` say who saved it last and when, where the record's history knows.
    """

    def __init__(self, message: str, theirs: Any = None, *, by: str | None = None,
                 at: datetime | None = None) -> None:
        super().__init__(message)
        self.theirs = theirs
        self.by = by
        self.at = at


class PermissionDenied(DeskAppError):
    """The signed-in staff member may not do this."""


class ConfigError(DeskAppError):
    """A setting, profile or database URL is wrong."""


class ConnectionFailed(DeskAppError):
    """The database server could not be reached."""


class LoginRefused(ConnectionFailed):
    """The server answered but refused the user name or password."""


class SchemaMismatch(DeskAppError):
    """The database schema revision differs from the one this DeskApp was built for."""


class OperatingError(DeskAppError):
    """The database could not do the work for a reason outside DeskApp's rules (locked, full,
    read-only). Nothing of the operation was saved; the form keeps what was typed."""


class DatabaseBusy(OperatingError):
    """Another program held the database's write lock for longer than DeskApp waits."""


class StorageFull(OperatingError):
    """The disk (or the database's size limit) is full."""


class ReadOnlyDatabase(OperatingError):
    """The database (or its folder) may not be written."""


class DowngradeRefused(DeskAppError):
    """A schema downgrade would lose data the older schema cannot hold; nothing was changed."""
