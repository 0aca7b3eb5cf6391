"""Every review action, declared once: what it is called, its button, its input, what it says.

An ``Action`` names the workflow transition it runs (who may take it, from which state, is
declared on that transition in ``verify.workflow``), the form its input is parsed with (the
admin renders the same form), the service that carries it out, how the claim's history tells
it, what the desk sees once it succeeded, and what it sets off (e-mails, webhook events, in
``verify.services.events``). The dispatcher, the admin, the API and the side effects all read
``ACTIONS``; none keeps a table of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from verify import action_forms as f
from verify.errors import InvalidInput
from verify.models import Review, Source
from verify.models.webhooks import NotificationKind
from verify.services import reviews, sources, verdicts

# Who an action's e-mail goes to (see verify.services.events.mails_for).
ASSIGNEE, EDITORS, PROPOSER = "assignee", "editors", "proposer"


@dataclass(frozen=True)
class Mail:
    """An e-mail an action sends: its kind and to whom (never to the person who acted)."""

    kind: str
    to: str


@dataclass(frozen=True)
class Action:
    name: str
    label: str
    form: type[f.ActionForm]
    service: Callable[..., Review]
    history: str  # after the actor's name; {placeholders} from the audit entry
    done: str  # the success message; {assignee} and {due_on} from the review
    bulk_done: str = ""  # "Claimed" in "Claimed 3. 1 refused: ..."
    style: str = "plain"  # primary, caution or plain button
    mail: Mail | None = None
    publishes: bool = False  # webhooks: verdict.published (and verdict.changed after a reopen)

    @property
    def fields(self) -> dict:
        return self.form.base_fields

    @property
    def required_fields(self) -> list[str]:
        return list(self.form.needed)


def _source_add(*, review: Review | int, **data: Any) -> Review:
    return sources.source_add(review=review, **data).review


def _source_update(*, review: Review | int, actor: Any, expected_version: int | None, source_id: int,
                   **changes: Any) -> Review:
    source = _source_of(review, source_id)
    return sources.source_update(source=source, actor=actor, changes=changes,
                                 expected_version=expected_version).review


def _source_remove(*, review: Review | int, actor: Any, expected_version: int | None, source_id: int,
                   reason: str = "") -> Review:
    source = _source_of(review, source_id)
    return sources.source_remove(source=source, actor=actor, reason=reason,
                                 expected_version=expected_version).review


def _source_of(review: Review | int, source_id: int) -> Source:
    source = Source.objects.filter(review_id=reviews.review_pk(review), pk=source_id).first()
    if source is None:
        raise InvalidInput({"source_id": "This claim has no such source."})
    return source


_DECLARED = (
    Action("queue", "Queue for checking", f.NoInput, reviews.review_queue, "queued it for checking",
           "Queued. It is now in Unassigned.", bulk_done="Queued", style="primary"),
    Action("dismiss", "Dismiss", f.reason_needed("Why it is not worth checking"), reviews.review_dismiss,
           "dismissed it", "Dismissed. It will not be checked.", bulk_done="Dismissed", style="caution"),
    Action("restore", "Restore", f.RestoreForm, reviews.review_restore, "restored it", "Restored to the queue."),
    Action("claim", "Claim for review", f.NoInput, reviews.review_claim, "claimed it",
           "Claimed. It is now in My claims.", bulk_done="Claimed", style="primary"),
    Action("assign", "Assign", f.AssignForm, reviews.review_assign, "assigned it to {assignee}",
           "Assigned to {assignee}. It is now in their claims.", bulk_done="Assigned",
           mail=Mail(NotificationKind.ASSIGNED, ASSIGNEE)),
    Action("release", "Release to the queue", f.ReasonForm, reviews.review_release, "released it to the queue",
           "Released. It is back in Unassigned."),
    Action("await_source", "Wait for a source", f.AwaitSourceForm, reviews.review_await_source,
           "is waiting for a source, due {due_on}",
           "Waiting for a source, due {due_on}. It is now in Awaiting source."),
    Action("resume", "Resume review", f.ReasonForm, reviews.review_resume, "resumed the review", "Back in review.",
           style="primary"),
    Action("propose_verdict", "Propose verdict", f.VerdictForm, verdicts.verdict_propose,
           "proposed a verdict: {rating}", "Verdict proposed. An editor other than you must approve it.",
           mail=Mail(NotificationKind.PROPOSAL_WAITING, EDITORS)),
    Action("send_back", "Send back", f.reason_needed("What needs to change"), verdicts.verdict_send_back,
           "sent the verdict back", "Sent back to {assignee} with your note.", style="caution",
           mail=Mail(NotificationKind.VERDICT_RETURNED, PROPOSER)),
    Action("approve", "Approve and publish", f.NoInput, verdicts.verdict_approve,
           "approved and published the verdict: {rating}", "Approved and published.", style="primary",
           mail=Mail(NotificationKind.VERDICT_APPROVED, PROPOSER), publishes=True),
    Action("reopen", "Reopen", f.reason_needed("Why it needs another look"), reviews.review_reopen, "reopened it",
           "Reopened. It is back in review."),
    Action("recheck", "Back to the queue for a recheck", f.ReasonForm, reviews.review_recheck_due,
           "put it back in the queue for a recheck", "Back in the queue for a recheck."),
    Action("priority_override", "Override priority", f.PriorityForm, reviews.review_priority_override,
           "set the priority to {priority}", "Priority changed.", bulk_done="Priority changed for"),
    Action("source_add", "Add source", f.SourceForm, _source_add, "added a source: {source}", "Source added."),
    Action("source_update", "Correct source", f.SourceCorrectionForm, _source_update,
           "corrected a source: {source}", "Source corrected."),
    Action("source_remove", "Remove source", f.SourceRemovalForm, _source_remove, "removed a source: {source}",
           "Source removed. Verdicts that cited it keep it.", style="caution"),
)
ACTIONS: dict[str, Action] = {action.name: action for action in _DECLARED}

# What the history says of entries the system writes that are no action of a person.
SYSTEM_HISTORY = {"source_metadata": "filled in the {filled} of a source from its page: {source}"}
