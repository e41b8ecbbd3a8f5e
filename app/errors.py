"""Errors services raise: a stable code, a Chinese message template and its parameters.

The UI translates `template` through Qt (context "DomainError") and formats it with `params`;
the command line prints str(error), the Chinese text.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A rule refused the action; nothing was written."""

    def __init__(self, code: str, template: str, **params: Any) -> None:
        self.code = code
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The Chinese message with its parameters filled in."""
        return self.template.format(**self.params)

    def __str__(self) -> str:
        return self.message


class ValidationError(DomainError):
    """Bad input: `field` names the form field at fault (may be empty)."""

    def __init__(self, field: str, code: str, template: str, **params: Any) -> None:
        self.field = field
        super().__init__(code, template, **params)


class PermissionDenied(DomainError):
    """The acting user's roles do not allow this action."""


class NotFound(DomainError):
    """The record asked for does not exist (or was deleted)."""
