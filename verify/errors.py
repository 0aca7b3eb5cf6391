"""The review workflow's errors: one small hierarchy the API and the admin translate in one place.

Messages are written for the person who acted; ``InvalidInput.errors`` maps field names (the
names of the action's form fields) to what is wrong with each. Each class says the HTTP status
and problem type the API answers it with (``access.errors.DomainError``).
"""

from __future__ import annotations

from django.core.exceptions import ImproperlyConfigured

from access.errors import DomainError


class WorkflowError(DomainError):
    """Base of every refusal of the review workflow."""

    http_status = 409
    problem_type = "workflow-refused"


class TransitionNotAllowed(WorkflowError):
    """The claim is not in a state where this action makes sense."""

    problem_type = "transition-not-allowed"


class NotPermitted(WorkflowError):
    """The person acting does not have the role (or is not the person) this action needs."""

    http_status = 403
    problem_type = "not-permitted"


class ConflictError(WorkflowError):
    """Someone else changed the claim between reading it and this write."""

    problem_type = "conflict"


class StaleVersion(ConflictError):
    """The change was based on an older version of the review than the stored one."""

    http_status = 412
    problem_type = "stale-version"

    def __init__(self, message: str, *, expected: int, current: int) -> None:
        super().__init__(message)
        self.expected = expected
        self.current = current


class InvalidInput(WorkflowError):
    """The data sent with an action is missing or wrong; ``errors`` says which field and why."""

    http_status = 400
    problem_type = "validation-error"

    def __init__(self, errors: dict[str, str], message: str | None = None) -> None:
        super().__init__(message or "Some of the information given is missing or not valid.")
        self.errors = dict(errors)

    def __str__(self) -> str:
        details = "; ".join(f"{field}: {text}" for field, text in self.errors.items())
        return f"{self.message} {details}".strip()


class NotConfigured(WorkflowError, ImproperlyConfigured):
    """A setting the action needs is missing or wrong; the message names it and says what it needs."""

    http_status = 503
    problem_type = "not-configured"
