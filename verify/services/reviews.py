"""Reviews: opening them, their queue priority, and the workflow transitions of the review itself.

Every transition service is keyword-only and runs in one transaction: ``review_step`` checks the
action with ``verify.workflow`` and saves the review with a compare-and-set update of its
version, then ``audit_record`` appends the audit entry (its side effects run on commit). Verdict
and source transitions (``verdicts.py``, ``sources.py``) use the same ``review_step``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db import transaction
from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.utils import timezone

from claims.models import ClaimKind
from verify import workflow
from verify.errors import ConflictError, InvalidInput, StaleVersion
from verify.models import AuditEntry, Review, ReviewState
from verify.services.audit import audit_record

ReviewRef = Review | int
PRIORITY_WEIGHTS = {"checkworthiness": 0.6, "recency": 0.25, "kind": 0.15}
RECENCY_HALF_LIFE_DAYS = 7
# A figure to verify, and a speaker's own words, make a claim more urgent to check.
QUANTITY_WEIGHT = 0.6
KIND_WEIGHTS = {ClaimKind.DIRECT: 0.4, ClaimKind.MIXED: 0.4, ClaimKind.INDIRECT: 0.2}
# The columns a transition may change; the compare-and-set update writes them all.
_STEP_FIELDS = (
    "state", "assignee_id", "proposer_id", "priority_override", "due_on", "dismissed_reason", "recheck_on",
    "published_at",
)


# --- Opening reviews and their priority -------------------------------------------------------


def priority_score(claim: Any, *, today: date | None = None) -> float:
    """How soon a claim should be checked, 0 to 1.

    1. Check-worthiness (0 to 1) weighs most.
    2. Recency: 1 on the article's date (else the claim's creation), halving every week after.
    3. Kind: figures to verify and a speaker's own words make a claim more urgent to check.
    """
    today = today or timezone.localdate()
    worth = min(1.0, max(0.0, float(claim.checkworthiness or 0.0)))
    said_on = claim.article.published_on or (timezone.localdate(claim.created_at) if claim.created_at else today)
    recency = 0.5 ** (max(0, (today - said_on).days) / RECENCY_HALF_LIFE_DAYS)
    kind = min(1.0, (QUANTITY_WEIGHT if claim.quantities else 0.0) + KIND_WEIGHTS.get(claim.kind, 0.0))
    weights = PRIORITY_WEIGHTS
    return round(weights["checkworthiness"] * worth + weights["recency"] * recency + weights["kind"] * kind, 4)


def reviews_open(*, claims: Iterable) -> list[Review]:
    """Create the ``new`` review of each freshly extracted claim, with its priority score."""
    today = timezone.localdate()
    return Review.objects.bulk_create(
        [Review(claim=claim, priority=priority_score(claim, today=today)) for claim in claims]
    )


def claims_with_review_activity(claims: QuerySet) -> QuerySet:
    """Ids of the given claims someone has worked on: state beyond ``new``, or any audit entry."""
    started = Q(review__isnull=False) & ~Q(review__state=ReviewState.NEW)
    touched = Exists(AuditEntry.objects.filter(claim_id=OuterRef("pk")))
    return claims.filter(started | touched).values("id")


def reviews_priority_refresh(*, reviews: QuerySet | None = None) -> int:
    """Recompute the score of waiting reviews (new, queued), e.g. daily as they age; returns rows changed.

    The score is not something a person edits, so the version is left alone.
    """
    reviews = reviews if reviews is not None else Review.objects.all()
    waiting = reviews.filter(state__in=[ReviewState.NEW, ReviewState.QUEUED]).select_related("claim__article")
    today, changed = timezone.localdate(), 0
    for review in waiting.iterator(chunk_size=500):
        score = priority_score(review.claim, today=today)
        if score != review.priority:
            changed += Review.objects.filter(pk=review.pk).update(priority=score)
    return changed


# --- The transition step every workflow service runs -----------------------------------------


@dataclass(frozen=True)
class Step:
    """A transition applied and saved: the review as now stored, where it came from, what it noted."""

    review: Review
    from_state: str
    note: workflow.StepNote


def review_pk(review: ReviewRef) -> int:
    pk = review.pk if isinstance(review, Review) else review
    if isinstance(pk, bool) or not isinstance(pk, int):
        raise InvalidInput({"review": "Name the review by its id."})
    return pk


def review_load(review: ReviewRef) -> Review:
    """The review as stored now, with what the workflow reads joined in."""
    try:
        return Review.objects.select_related("claim__article", "assignee").get(pk=review_pk(review))
    except Review.DoesNotExist:
        raise InvalidInput({"review": "There is no such review."}) from None


def review_step(*, review: ReviewRef, actor: Any, action: str, expected_version: int | None, **data: Any) -> Step:
    """Run one workflow transition and save it, or raise why not.

    1. Load the review as stored; ``StaleVersion`` when ``expected_version`` is given and older.
    2. ``workflow.transition_run`` checks state, role and data and changes the review in memory.
    3. Save with ``UPDATE ... WHERE version = <version read>``; no row updated means someone else
       wrote first (``StaleVersion`` if the caller named a version, else ``ConflictError``).
    """
    current = review_load(review)
    version_check(current, expected_version)
    from_state, version = current.state, current.version
    note = workflow.transition_run(current, action, actor, **data)
    _save_compare_and_set(current, version=version, action=action, expected_version=expected_version)
    return Step(review=current, from_state=from_state, note=note)


def version_check(review: Review, expected_version: int | None) -> None:
    if expected_version is None:
        return
    if isinstance(expected_version, bool) or not isinstance(expected_version, int):
        raise InvalidInput({"expected_version": "The version must be a whole number."})
    if expected_version != review.version:
        raise StaleVersion(
            "This claim has changed since you loaded it; reload it to see what changed.",
            expected=expected_version, current=review.version,
        )


def _save_compare_and_set(review: Review, *, version: int, action: str, expected_version: int | None) -> None:
    now = timezone.now()
    values = {name: getattr(review, name) for name in _STEP_FIELDS}
    saved = Review.objects.filter(pk=review.pk, version=version).update(
        **values, version=F("version") + 1, updated_at=now
    )
    if not saved:
        if expected_version is not None:
            raise StaleVersion(
                "This claim changed a moment ago; reload it to see what changed.",
                expected=expected_version, current=version + 1,
            )
        raise ConflictError(workflow.conflict_message(review, action))
    review.version = version + 1
    review.updated_at = now


def _transition_audited(*, review: ReviewRef, actor: Any, action: str, expected_version: int | None,
                        **data: Any) -> Review:
    step = review_step(review=review, actor=actor, action=action, expected_version=expected_version, **data)
    audit_record(
        review=step.review, actor=actor, action=action, from_state=step.from_state,
        reason=step.note.reason, data=step.note.data,
    )
    return step.review


# --- Review transitions -----------------------------------------------------------------------


@transaction.atomic
def review_queue(*, review: ReviewRef, actor: Any, expected_version: int | None = None) -> Review:
    """A new claim is worth checking: it joins the unassigned queue."""
    return _transition_audited(review=review, actor=actor, action="queue", expected_version=expected_version)


@transaction.atomic
def review_dismiss(*, review: ReviewRef, actor: Any, reason: str, expected_version: int | None = None) -> Review:
    """A claim is not worth checking; the reason is required and kept."""
    return _transition_audited(
        review=review, actor=actor, action="dismiss", expected_version=expected_version, reason=reason
    )


@transaction.atomic
def review_restore(
    *, review: ReviewRef, actor: Any, to_state: str | None = None, reason: str = "",
    expected_version: int | None = None,
) -> Review:
    """Bring a dismissed claim back, to ``queued`` (default) or ``new``."""
    return _transition_audited(
        review=review, actor=actor, action="restore", expected_version=expected_version,
        to_state=to_state, reason=reason,
    )


@transaction.atomic
def review_claim(*, review: ReviewRef, actor: Any, expected_version: int | None = None) -> Review:
    """A fact-checker takes a queued claim; of two at once exactly one wins (``ConflictError``)."""
    return _transition_audited(review=review, actor=actor, action="claim", expected_version=expected_version)


@transaction.atomic
def review_assign(*, review: ReviewRef, actor: Any, assignee: Any, expected_version: int | None = None) -> Review:
    """An editor gives a claim to a fact-checker (or to another one)."""
    return _transition_audited(
        review=review, actor=actor, action="assign", expected_version=expected_version, assignee=assignee
    )


@transaction.atomic
def review_release(*, review: ReviewRef, actor: Any, reason: str = "", expected_version: int | None = None) -> Review:
    """Put a claim under review back in the unassigned queue."""
    return _transition_audited(
        review=review, actor=actor, action="release", expected_version=expected_version, reason=reason
    )


@transaction.atomic
def review_await_source(
    *, review: ReviewRef, actor: Any, due_on: date | None, reason: str = "", expected_version: int | None = None
) -> Review:
    """Wait for an outside answer until ``due_on`` (required)."""
    return _transition_audited(
        review=review, actor=actor, action="await_source", expected_version=expected_version,
        due_on=due_on, reason=reason,
    )


@transaction.atomic
def review_resume(*, review: ReviewRef, actor: Any, reason: str = "", expected_version: int | None = None) -> Review:
    """The answer came (or waiting is over): back to work on the claim."""
    return _transition_audited(
        review=review, actor=actor, action="resume", expected_version=expected_version, reason=reason
    )


@transaction.atomic
def review_reopen(*, review: ReviewRef, actor: Any, reason: str, expected_version: int | None = None) -> Review:
    """An editor reopens a published claim; its verdicts stay in the history."""
    return _transition_audited(
        review=review, actor=actor, action="reopen", expected_version=expected_version, reason=reason
    )


@transaction.atomic
def review_recheck_due(
    *, review: ReviewRef, actor: Any = None, reason: str = "", expected_version: int | None = None
) -> Review:
    """Put a published claim whose figures are due for a recheck back in the queue.

    The system (``actor=None``, the beat job) may do so once ``recheck_on`` has come; an editor any
    time. The published verdict stays in the history. Raises ``TransitionNotAllowed`` when the
    claim is not published (e.g. a second run of the job) or not due.
    """
    return _transition_audited(
        review=review, actor=actor, action="recheck", expected_version=expected_version, reason=reason
    )


@transaction.atomic
def review_priority_override(
    *, review: ReviewRef, actor: Any, priority: float | None, reason: str = "", expected_version: int | None = None
) -> Review:
    """An editor sets the claim's queue priority (0 to 1), or clears the override with None."""
    result = _transition_audited(
        review=review, actor=actor, action="priority_override", expected_version=expected_version,
        priority=priority, reason=reason,
    )
    result.refresh_from_db(fields=["effective_priority"])
    return result
