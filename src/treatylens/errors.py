"""Errors a user can act on. The CLI prints ``str(error)`` on one line and exits with code 2."""

from __future__ import annotations


class TreatylensError(Exception):
    """Base class for every error treatylens reports to a user."""

    exit_code = 2


class InputError(TreatylensError):
    """The input cannot be read as a document (empty, binary, broken, too large, wrong type)."""


class ValidationError(TreatylensError):
    """A structured input (proposal YAML, saved profile JSON, gold file) is malformed."""
