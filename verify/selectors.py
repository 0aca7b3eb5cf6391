"""Reading the review workflow: the desk's queues of claims and a claim's history.

Selectors return querysets (or lists) with what their readers show joined in, so a page of a
queue costs the same few queries however long it is. The API and the admin share them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from claims.models import Claim, ClaimKind
from verify import roles
from verify.errors import InvalidInput
from verify.models import AuditEntry, Review, ReviewState, Verdict
from verify.workflow import ASSIGNED_STATES

RECENTLY_PUBLISHED_DAYS = 7
SEARCH_MAX_CHARS = 200
_BY_PRIORITY = ("-review__effective_priority", "review__id")


def _mine(claims: QuerySet, user: Any) -> QuerySet:
    return claims.filter(review__assignee=user, review__state__in=ASSIGNED_STATES).order_by(*_BY_PRIORITY)


def _unassigned(claims: QuerySet, user: Any) -> QuerySet:
    return claims.filter(review__state=ReviewState.QUEUED).order_by(*_BY_PRIORITY)


def _awaiting_source(claims: QuerySet, user: Any) -> QuerySet:
    return claims.filter(review__state=ReviewState.AWAITING_SOURCE).order_by("review__due_on", "review__id")


def _awaiting_my_approval(claims: QuerySet, user: Any) -> QuerySet:
    """Verdicts waiting for an editor, except the ones this editor proposed (four-eyes)."""
    if not roles.is_editor(user):
        return claims.none()
    waiting = claims.filter(review__state=ReviewState.VERDICT_PROPOSED).exclude(review__proposer=user)
    return waiting.order_by("review__updated_at", "review__id")


def _overdue(claims: QuerySet, user: Any) -> QuerySet:
    return _awaiting_source(claims, user).filter(review__due_on__lt=timezone.localdate())


def _recently_published(claims: QuerySet, user: Any) -> QuerySet:
    since = timezone.now() - timedelta(days=RECENTLY_PUBLISHED_DAYS)
    return claims.filter(review__state=ReviewState.PUBLISHED, review__published_at__gte=since).order_by(
        "-review__published_at", "-review__id"
    )


QUEUES: dict[str, Callable[[QuerySet, Any], QuerySet]] = {
    "mine": _mine,
    "unassigned": _unassigned,
    "awaiting_source": _awaiting_source,
    "awaiting_my_approval": _awaiting_my_approval,
    "overdue": _overdue,
    "recently_published": _recently_published,
}


def claims_for_queue(*, user: Any, queue: str, filters: Mapping[str, Any] | None = None) -> QuerySet:
    """The claims of one of the desk's ``QUEUES`` for ``user``, in the queue's order.

    ``filters`` narrows it: ``kind`` (a claim kind), ``speaker`` and ``article`` (ids), ``search``
    (words in the claim). People without a desk role get an empty queue.
    """
    pick = QUEUES.get(queue) if isinstance(queue, str) else None
    if pick is None:
        raise InvalidInput({"queue": f"There is no queue called {queue!r}."})
    claims = Claim.objects.select_related("article", "speaker", "review", "review__assignee")
    if not roles.is_reader(user):
        return claims.none()
    return pick(claims.filter(**_filter_lookups(filters or {})), user)


def _filter_lookups(filters: Mapping[str, Any]) -> dict[str, Any]:
    lookups, errors = {}, {}
    for name, value in filters.items():
        if name == "kind" and value in ClaimKind.values:
            lookups["kind"] = value
        elif name in ("speaker", "article") and isinstance(value, int) and not isinstance(value, bool):
            lookups[f"{name}_id"] = value
        elif name == "search" and isinstance(value, str) and len(value) <= SEARCH_MAX_CHARS:
            lookups["content__icontains"] = value.strip()
        else:
            errors[name] = "This filter does not exist or its value is not valid."
    if errors:
        raise InvalidInput(errors)
    return lookups


@dataclass(frozen=True)
class ReviewHistory:
    """What happened to a claim: audit entries oldest first, and every verdict ever proposed."""

    review: Review
    entries: list[AuditEntry]
    verdicts: list[Verdict]


def review_history(review: Review) -> ReviewHistory:
    """The claim's audit entries (by claim id, so they outlive the review) and all its verdicts."""
    entries = list(AuditEntry.objects.filter(claim_id=review.claim_id).order_by("seq"))
    verdicts = list(
        Verdict.objects.filter(review=review)
        .select_related("proposed_by", "decided_by")
        .prefetch_related("sources")
        .order_by("number")
    )
    return ReviewHistory(review=review, entries=entries, verdicts=verdicts)
