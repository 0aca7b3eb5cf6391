"""The review state machine: which action leads from which state to which, who may take it, and
what it needs. These rules live here and nowhere else (the checks of an action's data are
``verify.workflow_input``, which the transitions call; each action's name, form and wording
are declared in ``verify.actions``).

The transitions are django-fsm-2 transitions of ``Review.state`` (a protected FSMField), declared
on ``ReviewWorkflow``, the mixin ``verify.models.Review`` inherits. A transition method only
changes the review in memory and returns a ``StepNote`` (the cleaned reason and details for the
audit entry); the services in ``verify/services/`` persist the row with a compare-and-set update,
write the audit entry and enqueue side effects.

``transition_run`` checks an action, in this order:
1. the action exists (else ``InvalidInput``);
2. the claim's state has the transition (else ``TransitionNotAllowed``; ``ConflictError`` when
   someone else has claimed the claim already);
3. the actor's role: the transition's ``permission`` (else ``NotPermitted``, with the message of
   the first rule that failed);
4. the data, inside the transition method (else ``InvalidInput`` naming the fields).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db import models
from django.utils import timezone
from django_fsm import GET_STATE, Transition, has_transition_perm, transition

from access import roles
from verify.errors import ConflictError, InvalidInput, NotPermitted, TransitionNotAllowed
from verify.workflow_input import (
    VerdictDraft,
    date_required,
    priority_clean,
    text_clean,
    verdict_draft_clean,
)


class ReviewState(models.TextChoices):
    NEW = "new", "New"
    QUEUED = "queued", "Queued"
    DISMISSED = "dismissed", "Dismissed"
    IN_REVIEW = "in_review", "In review"
    AWAITING_SOURCE = "awaiting_source", "Awaiting source"
    VERDICT_PROPOSED = "verdict_proposed", "Verdict proposed"
    PUBLISHED = "published", "Published"


S = ReviewState
ASSIGNED_STATES = (S.IN_REVIEW, S.AWAITING_SOURCE, S.VERDICT_PROPOSED)
OPEN_STATES = (S.NEW, S.QUEUED, *ASSIGNED_STATES)
SOURCE_STATES = [S.IN_REVIEW, S.AWAITING_SOURCE]


# --- Who may act ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """One condition on the person acting, with the message that explains a refusal."""

    test: Callable[[Any, Any], bool]
    refusal: str


class Permission:
    """A django-fsm ``permission`` callable made of rules; ``refusal`` names the first that fails."""

    def __init__(self, *rules: Rule) -> None:
        self.rules = rules

    def __call__(self, review: Any, user: Any) -> bool:
        return self.refusal(review, user) is None

    def refusal(self, review: Any, user: Any) -> str | None:
        return next((rule.refusal for rule in self.rules if not rule.test(review, user)), None)


def _is_worker(review: Any, user: Any) -> bool:
    return roles.is_fact_checker(user)


def _is_editor(review: Any, user: Any) -> bool:
    return roles.is_editor(user)


def _is_assignee_or_editor(review: Any, user: Any) -> bool:
    return roles.is_editor(user) or (roles.is_fact_checker(user) and review.assignee_id == user.pk)


def _is_not_proposer(review: Any, user: Any) -> bool:
    return user is not None and review.proposer_id != user.pk


def _is_system_or_editor(review: Any, user: Any) -> bool:
    return user is None or roles.is_editor(user)


def _is_system_assignee_or_editor(review: Any, user: Any) -> bool:
    return user is None or _is_assignee_or_editor(review, user)


def editors_only(doing: str) -> Permission:
    return Permission(Rule(_is_editor, f"Only an editor can {doing}."))


_NOT_YOURS = "Only the fact-checker working on this claim or an editor can do this."
WORKERS = Permission(Rule(_is_worker, "Only fact-checkers and editors can work on claims."))
ASSIGNEE_OR_EDITOR = Permission(Rule(_is_assignee_or_editor, _NOT_YOURS))
ASSIGNEE_EDITOR_OR_SYSTEM = Permission(Rule(_is_system_assignee_or_editor, _NOT_YOURS))
FOUR_EYES = Permission(
    Rule(_is_editor, "Only an editor can approve a verdict."),
    Rule(_is_not_proposer, "An editor other than the proposer must approve this verdict."),
)
SYSTEM_OR_EDITOR = Permission(Rule(_is_system_or_editor, "Only an editor can put a published claim back in the queue."))


# --- What a transition hands back --------------------------------------------------------------


@dataclass(frozen=True)
class StepNote:
    """What a transition method hands back for the audit entry (``value``: a cleaned input)."""

    reason: str = ""
    data: dict = field(default_factory=dict)
    value: Any = None


# --- The machine ------------------------------------------------------------------------------


def _restore_target(review: Any, *args: Any, to_state: str | None = None, **kwargs: Any) -> str:
    return to_state or S.QUEUED


def _assign_target(review: Any, *args: Any, **kwargs: Any) -> str:
    return S.IN_REVIEW if review.state == S.QUEUED else review.state


def _username(user: Any) -> str | None:
    return user.get_username() if user is not None else None


class ReviewWorkflow:
    """The transitions of ``Review.state``; mixed into the model, so they run on a review row.

    ``custom["doing"]`` words the action for refusals ("You can't <doing> while ...").
    """

    @transition(field="state", source=S.NEW, target=S.QUEUED, permission=WORKERS,
                custom={"doing": "queue this claim"})
    def queue(self, *, actor: Any) -> StepNote:
        return StepNote()

    @transition(field="state", source=[S.NEW, S.QUEUED], target=S.DISMISSED, permission=WORKERS,
                custom={"doing": "dismiss this claim"})
    def dismiss(self, *, actor: Any, reason: str) -> StepNote:
        self.dismissed_reason = text_clean(reason, "reason", required="Say why this claim is not worth checking.")
        return StepNote(reason=self.dismissed_reason)

    @transition(field="state", source=S.DISMISSED, target=GET_STATE(_restore_target, states=[S.NEW, S.QUEUED]),
                permission=WORKERS, custom={"doing": "restore this claim"})
    def restore(self, *, actor: Any, to_state: str | None = None, reason: str = "") -> StepNote:
        if to_state not in (None, "", S.NEW, S.QUEUED):
            raise InvalidInput({"to_state": "A dismissed claim goes back to new or queued."})
        self.dismissed_reason = ""
        return StepNote(reason=text_clean(reason, "reason"))

    @transition(field="state", source=S.QUEUED, target=S.IN_REVIEW, permission=WORKERS,
                custom={"action": "claim", "doing": "claim this claim",
                        "conflict": "Someone else claimed this claim a moment ago."})
    def claim_for_review(self, *, actor: Any) -> StepNote:
        self.assignee = actor
        return StepNote(data={"assignee": _username(actor)})

    @transition(field="state", source=[S.QUEUED, *ASSIGNED_STATES[:2]],
                target=GET_STATE(_assign_target, states=[S.IN_REVIEW, S.AWAITING_SOURCE]),
                permission=editors_only("assign claims"), custom={"doing": "assign this claim"})
    def assign(self, *, actor: Any, assignee: Any) -> StepNote:
        if assignee is None:
            raise InvalidInput({"assignee": "Choose who will check this claim."})
        if not roles.is_fact_checker(assignee):
            raise InvalidInput({"assignee": f"{_username(assignee)} is not a fact-checker or editor."})
        previous = self.assignee
        self.assignee = assignee
        return StepNote(data={"assignee": _username(assignee), "previous_assignee": _username(previous)})

    @transition(field="state", source=S.IN_REVIEW, target=S.QUEUED, permission=ASSIGNEE_EDITOR_OR_SYSTEM,
                custom={"doing": "release this claim"})
    def release(self, *, actor: Any, reason: str = "") -> StepNote:
        previous = self.assignee
        self.assignee = None
        return StepNote(reason=text_clean(reason, "reason"), data={"previous_assignee": _username(previous)})

    @transition(field="state", source=S.IN_REVIEW, target=S.AWAITING_SOURCE, permission=ASSIGNEE_OR_EDITOR,
                custom={"doing": "wait for a source"})
    def await_source(self, *, actor: Any, due_on: date | None, reason: str = "") -> StepNote:
        self.due_on = date_required(due_on, "due_on", "Say by when the answer is due.")
        return StepNote(reason=text_clean(reason, "reason"), data={"due_on": self.due_on.isoformat()})

    @transition(field="state", source=S.AWAITING_SOURCE, target=S.IN_REVIEW, permission=ASSIGNEE_OR_EDITOR,
                custom={"doing": "resume work on this claim"})
    def resume(self, *, actor: Any, reason: str = "") -> StepNote:
        data = {"due_on": self.due_on.isoformat() if self.due_on else None}
        self.due_on = None
        return StepNote(reason=text_clean(reason, "reason"), data=data)

    @transition(field="state", source=S.IN_REVIEW, target=S.VERDICT_PROPOSED, permission=ASSIGNEE_OR_EDITOR,
                custom={"doing": "propose a verdict"})
    def propose_verdict(self, *, actor: Any, draft: VerdictDraft, sources: Sequence[Any]) -> StepNote:
        cleaned = verdict_draft_clean(draft, claim=self.claim, sources=sources)
        self.proposer = actor
        return StepNote(value=cleaned)

    @transition(field="state", source=S.VERDICT_PROPOSED, target=S.IN_REVIEW,
                permission=editors_only("send a verdict back"), custom={"doing": "send a verdict back"})
    def send_back(self, *, actor: Any, reason: str) -> StepNote:
        note = text_clean(reason, "reason", required="Say what needs to change before it can be published.")
        self.proposer = None
        return StepNote(reason=note)

    @transition(field="state", source=S.VERDICT_PROPOSED, target=S.PUBLISHED, permission=FOUR_EYES,
                custom={"doing": "approve a verdict"})
    def approve(self, *, actor: Any, recheck_on: date | None) -> StepNote:
        self.proposer = None
        self.due_on = None
        self.recheck_on = recheck_on
        self.published_at = timezone.now()
        return StepNote(data={"recheck_on": recheck_on.isoformat() if recheck_on else None})

    @transition(field="state", source=S.PUBLISHED, target=S.IN_REVIEW,
                permission=editors_only("reopen a published verdict"), custom={"doing": "reopen this claim"})
    def reopen(self, *, actor: Any, reason: str) -> StepNote:
        note = text_clean(reason, "reason", required="Say why the published verdict needs another look.")
        self.assignee = self.assignee or actor
        self.recheck_on = None
        return StepNote(reason=note, data={"assignee": _username(self.assignee)})

    @transition(field="state", source=S.PUBLISHED, target=S.QUEUED, permission=SYSTEM_OR_EDITOR,
                custom={"doing": "put this claim back in the queue"})
    def recheck(self, *, actor: Any, reason: str = "") -> StepNote:
        if actor is None and (self.recheck_on is None or self.recheck_on > timezone.localdate()):
            raise TransitionNotAllowed("This claim is not due for a recheck yet.")
        data = {"recheck_on": self.recheck_on.isoformat() if self.recheck_on else None}
        self.assignee = None
        self.recheck_on = None
        return StepNote(reason=text_clean(reason, "reason") or "The figures are due for a recheck.", data=data)

    # The action is priority_override everywhere; the method cannot take that name, which is the
    # column it sets.
    @transition(field="state", source=list(OPEN_STATES), target=None,
                permission=editors_only("override a claim's priority"),
                custom={"action": "priority_override", "doing": "change the priority"})
    def override_priority(self, *, actor: Any, priority: float | None, reason: str = "") -> StepNote:
        previous = self.priority_override
        self.priority_override = priority_clean(priority)
        return StepNote(
            reason=text_clean(reason, "reason"),
            data={"priority_override": self.priority_override, "previous_override": previous,
                  "priority_score": self.priority},
        )

    @transition(field="state", source=SOURCE_STATES, target=None, permission=ASSIGNEE_OR_EDITOR,
                custom={"doing": "change the sources"})
    def source_add(self, *, actor: Any) -> StepNote:
        return StepNote()

    @transition(field="state", source=SOURCE_STATES, target=None, permission=ASSIGNEE_OR_EDITOR,
                custom={"doing": "change the sources"})
    def source_update(self, *, actor: Any, source: Any, cited: bool) -> StepNote:
        _source_still_cited(source)
        if cited:
            raise TransitionNotAllowed("A verdict cites this source as it is; add a corrected source instead.")
        return StepNote()

    @transition(field="state", source=SOURCE_STATES, target=None, permission=ASSIGNEE_OR_EDITOR,
                custom={"doing": "change the sources"})
    def source_remove(self, *, actor: Any, source: Any, reason: str = "") -> StepNote:
        _source_still_cited(source)
        return StepNote(reason=text_clean(reason, "reason"))


def _source_still_cited(source: Any) -> None:
    if source.removed_at is not None:
        raise TransitionNotAllowed("This source has been removed.")


def note_check(*, actor: Any, note: Any = None) -> None:
    """Fact-checkers and editors write notes on any claim; only a note's author edits it."""
    if not roles.is_fact_checker(actor):
        raise NotPermitted("Only fact-checkers and editors can write notes.")
    if note is not None and note.author_id != actor.pk:
        raise NotPermitted("Only the author of a note can edit it.")


# --- Checking an action, through django-fsm-2's public API -----------------------------------


def action_name(found: Transition) -> str:
    """The action a transition is: its ``custom["action"]``, else the method's name."""
    return found.custom.get("action", found.name)


def action_names(review: Any) -> list[str]:
    """Every action of the machine, each once."""
    return list(dict.fromkeys(action_name(found) for found in review.get_all_state_transitions()))


def _declared(review: Any, action: object) -> Transition:
    """The action's transition as declared (for any source state); InvalidInput if there is none."""
    found = next((t for t in review.get_all_state_transitions() if action_name(t) == action), None)
    if found is None:
        raise InvalidInput({"action": f"There is no action called {action!r}."})
    return found


def transition_check(review: Any, action: str, actor: Any) -> None:
    """Raise the reason ``actor`` may not take ``action`` on ``review`` now (state, then role)."""
    declared = _declared(review, action)
    available = next((t for t in review.get_available_state_transitions() if action_name(t) == action), None)
    if available is None:
        _refuse_by_state(review, action, actor, doing=declared.custom["doing"])
    if not has_transition_perm(getattr(review, available.name), actor):
        raise NotPermitted(available.permission.refusal(review, actor))


def _refuse_by_state(review: Any, action: str, actor: Any, *, doing: str) -> None:
    if action == "claim" and review.state in ASSIGNED_STATES and review.assignee_id is not None:
        if actor is not None and review.assignee_id == actor.pk:
            raise TransitionNotAllowed("You are already working on this claim.")
        raise ConflictError(f"{_username(review.assignee)} has already claimed this claim.")
    raise TransitionNotAllowed(f"You can't {doing} while the claim is {review.get_state_display().lower()}.")


def transition_allowed(review: Any, action: str, actor: Any) -> bool:
    """Whether the state and ``actor``'s role allow ``action`` now (the data is not looked at)."""
    try:
        transition_check(review, action, actor)
    except (TransitionNotAllowed, NotPermitted, ConflictError):
        return False
    return True


def transition_run(review: Any, action: str, actor: Any, **data: Any) -> StepNote:
    """Check ``action`` and run its transition on the in-memory ``review``; nothing is saved."""
    transition_check(review, action, actor)
    return getattr(review, _declared(review, action).name)(actor=actor, **data)


def conflict_message(review: Any, action: str) -> str:
    """What to tell someone whose write of ``action`` lost a race to another write of the review."""
    return _declared(review, action).custom.get(
        "conflict", "Someone else changed this claim a moment ago; reload it and try again."
    )
