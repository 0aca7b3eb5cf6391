"""The one place the admin turns workflow outcomes into messages people read.

Successes say what happened and where the claim went, in the desk's words ("Claimed. It is now
in My claims."). Refusals use the workflow's own message, written for the person who acted,
except a stale page, which gets the desk's explanation of what to do next. Bulk actions get one
summary line: how many succeeded, how many were refused and why ("Claimed 3. 2 refused: 1 ...").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.contrib import messages
from django.http import HttpRequest

from access.errors import DomainError
from verify.actions import ACTIONS
from verify.errors import ConflictError, InvalidInput, StaleVersion, TransitionNotAllowed, WorkflowError
from verify.models import Review

STALE_PAGE = (
    "Someone changed this claim since you opened it. The page now shows the current state; "
    "check it and try again."
)
INVALID_INPUT = "Please correct the fields marked below."

# What a person sees after something that is not a review action succeeds; the actions' own
# messages are declared with them (``verify.actions``).
OTHER_DONE: dict[str, str] = {
    "note_add": "Note added.",
    "note_edit": "Note saved. The earlier text is kept in its history.",
    "export_job_start": "Export started. It is listed below; this page refreshes until the file is ready.",
    "export_job_large": "This export has more than {limit} rows, so it is being prepared as a file. "
                        "It is listed below; this page refreshes until the file is ready.",
}


def action_done(request: HttpRequest, action: str, **details: object) -> None:
    """Tell the user ``action`` succeeded; ``details`` fill the message (assignee, due_on...)."""
    declared = ACTIONS.get(action)
    text = declared.done if declared else OTHER_DONE.get(action, "Done.")
    try:
        text = text.format(**details)
    except (KeyError, IndexError):
        text = text.split(".")[0] + "."
    messages.success(request, text)


def error_text(error: DomainError) -> str:
    """What to tell a person about one refusal."""
    if isinstance(error, StaleVersion):
        return STALE_PAGE
    if isinstance(error, InvalidInput):
        return error.message
    return str(error)


def error_message(request: HttpRequest, error: DomainError) -> None:
    """Add the refusal as an error message (field errors of InvalidInput go next to their fields)."""
    if isinstance(error, InvalidInput) and error.errors:
        messages.error(request, f"{error.message} {INVALID_INPUT}")
        return
    level = messages.WARNING if isinstance(error, StaleVersion) else messages.ERROR
    messages.add_message(request, level, error_text(error))


@dataclass
class BulkOutcome:
    """Counts of a bulk action: successes, and refusals grouped by their reason."""

    action: str
    succeeded: int = 0
    refusals: Counter = field(default_factory=Counter)

    def refused(self, error: WorkflowError, review: Review, actor: object) -> None:
        """Count a refusal; ``review`` is the review as stored after the refusal."""
        self.refusals[refusal_reason(error, review, actor)] += 1

    @property
    def refused_count(self) -> int:
        return sum(self.refusals.values())

    def summary(self) -> str:
        """E.g. "Claimed 3. 2 refused: 1 already claimed by bob; 1 dismissed." """
        declared = ACTIONS.get(self.action)
        verb = (declared.bulk_done if declared else "") or "Done:"
        parts = [f"{verb} {self.succeeded}."]
        if self.refusals:
            reasons = "; ".join(f"{count} {reason}" for reason, count in self.refusals.most_common())
            parts.append(f"{self.refused_count} refused: {reasons}.")
        return " ".join(parts)


def bulk_outcome_message(request: HttpRequest, outcome: BulkOutcome) -> None:
    if outcome.refused_count and not outcome.succeeded:
        level = messages.ERROR
    elif outcome.refused_count:
        level = messages.WARNING
    else:
        level = messages.SUCCESS
    messages.add_message(request, level, outcome.summary())


def refusal_reason(error: WorkflowError, review: Review, actor: object) -> str:
    """A refusal as a short phrase to follow a count: "already claimed by bob", "dismissed"."""
    if isinstance(error, (ConflictError, TransitionNotAllowed)) and review.assignee_id:
        if review.assignee_id == getattr(actor, "pk", None):
            return "already yours"
        if isinstance(error, ConflictError):
            return f"already claimed by {review.assignee.get_username()}"
    if isinstance(error, TransitionNotAllowed):
        return review.get_state_display().lower()
    if isinstance(error, InvalidInput) and error.errors:
        return "; ".join(_lower_first(text.rstrip(".")) for text in error.errors.values())
    return _lower_first(error_text(error).rstrip("."))


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def field_errors(error: WorkflowError) -> dict[str, str]:
    """The per-field errors of an InvalidInput, for a form to show next to its fields."""
    return dict(error.errors) if isinstance(error, InvalidInput) else {}
