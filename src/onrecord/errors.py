"""The one exception tree of onrecord.

Every error a user can cause is an :class:`OnrecordError` with a message that says
what to do. The CLI turns them into one-line messages and exit codes
(``exit_code``); the library never prints.
"""

from __future__ import annotations


class OnrecordError(Exception):
    """Base class of every error onrecord raises on purpose."""

    code = "E000"
    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(OnrecordError):
    """The call itself is wrong: a bad option, a missing argument."""

    code = "E001"
    exit_code = 2


class InputError(OnrecordError):
    """An input cannot be read: missing, empty, binary, undecodable, too large."""

    code = "E010"
    exit_code = 3


class EmptyInputError(InputError):
    code = "E011"


class BinaryInputError(InputError):
    code = "E012"


class EncodingError(InputError):
    code = "E013"


class TooLargeError(InputError):
    code = "E014"


class FetchError(InputError):
    """A URL could not be fetched (network, status, content type, size)."""

    code = "E015"


class FormatError(InputError):
    """The input is of a format onrecord cannot read, or is malformed."""

    code = "E016"


class ModelUnavailableError(OnrecordError):
    """An optional model (sentence embeddings) is not installed."""

    code = "E020"
