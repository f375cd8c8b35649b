"""Errors with messages a user can act on. Every error the CLI shows is a CoachError."""

from __future__ import annotations


class CoachError(Exception):
    """Base class: the message is shown to the user as it is, on one line."""


class InvalidAnswerError(CoachError):
    """The answer cannot be analysed (empty, too large, not text)."""


class InputFormatError(CoachError):
    """An input file or record is malformed."""


class ModelUnavailableError(CoachError):
    """A packaged model is missing or does not match its pinned hash."""


class StorageError(CoachError):
    """The database cannot be opened or used as asked."""


class RecordNotFoundError(StorageError):
    """A row asked for by id does not exist."""
