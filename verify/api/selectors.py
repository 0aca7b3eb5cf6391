"""What the API reads about a claim's review, scoped to the caller.

Staff roles see everything; a newsroom system sees its own articles' claims with their
sources and *published* verdicts only: notes, the audit trail and unpublished verdicts are
internal. Querysets carry their joins so serializers make no further queries.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet

from claims.api.selectors import claims_visible
from claims.models import Claim
from config.api.access import Caller
from verify.models import AuditEntry, Note, Review, ReviewState, Source, Verdict, VerdictStatus
from verify.models.webhooks import WebhookSubscription
from verify.services.transitions import ActionSpec, transitions_available

PUBLISHED_VERDICT_STATUSES = (VerdictStatus.APPROVED, VerdictStatus.SUPERSEDED)
CURRENT_VERDICT_STATUSES = (VerdictStatus.PROPOSED, VerdictStatus.APPROVED)


@dataclass(frozen=True)
class ClaimDossier:
    """A claim with everything its detail page shows; ``None`` marks what the caller may not see."""

    claim: Claim
    sources: list[Source]
    verdicts: list[Verdict]
    current_verdict: Verdict | None
    notes: list[Note] | None
    transitions: list[AuditEntry] | None
    available_actions: list[ActionSpec] | None


def claim_visible(caller: Caller, claim_id: int) -> Claim:
    """The claim with its article, speaker and review; Claim.DoesNotExist if the caller may not see it."""
    return (
        claims_visible(caller)
        .select_related("article", "speaker", "review", "review__assignee")
        .get(pk=claim_id)
    )


def review_visible(caller: Caller, claim_id: int) -> Review:
    """The review of a claim the caller may see; DoesNotExist otherwise (or with no review)."""
    return Review.objects.get(claim__in=claims_visible(caller).filter(pk=claim_id))


def verdicts_visible(caller: Caller) -> QuerySet:
    """Verdicts of visible claims; newsroom systems get published ones only."""
    verdicts = Verdict.objects.filter(review__claim__in=claims_visible(caller).values("id"))
    if not caller.is_staff_reader:
        verdicts = verdicts.filter(status__in=PUBLISHED_VERDICT_STATUSES)
    return verdicts.select_related("review", "proposed_by", "decided_by").prefetch_related(
        Prefetch("sources", queryset=Source.objects.only("id", "review_id"))
    )


def claim_dossier(*, caller: Caller, claim_id: int) -> ClaimDossier:
    claim = claim_visible(caller, claim_id)
    review = getattr(claim, "review", None)
    staff = caller.is_staff_reader
    if review is None:  # a claim whose review was never opened: nothing to show but the claim
        empty = [] if staff else None
        return ClaimDossier(claim, [], [], None, notes=empty, transitions=empty, available_actions=empty)
    verdicts = list(verdicts_visible(caller).filter(review=review).order_by("number"))
    return ClaimDossier(
        claim=claim,
        sources=list(sources_of(review)),
        verdicts=verdicts,
        current_verdict=_current_verdict(verdicts, review_state=review.state, staff=staff),
        notes=list(notes_of(review)) if staff else None,
        transitions=list(review_history(claim)) if staff else None,
        available_actions=transitions_available(review, caller.user) if staff else None,
    )


def _current_verdict(verdicts: list[Verdict], *, review_state: str, staff: bool) -> Verdict | None:
    """Staff: the latest verdict pending or approved. Newsroom: the approved one, while published."""
    if not staff:
        live = [
            v
            for v in verdicts
            if v.status == VerdictStatus.APPROVED and review_state == ReviewState.PUBLISHED
        ]
        return live[-1] if live else None
    current = [v for v in verdicts if v.status in CURRENT_VERDICT_STATUSES]
    return current[-1] if current else None


def sources_of(review) -> QuerySet:
    """The sources a review cites now (removed ones are kept for old verdicts, but not listed)."""
    return Source.objects.filter(review=review, removed_at__isnull=True).select_related("added_by")


def notes_of(review) -> QuerySet:
    return Note.objects.filter(review=review).select_related("author")


def review_history(claim: Claim) -> QuerySet:
    """The claim's audit trail, oldest first."""
    return AuditEntry.objects.filter(claim_id=claim.pk).order_by("seq")


def subscriptions_owned(user) -> QuerySet:
    """A newsroom system sees and manages only the webhook subscriptions it made."""
    return WebhookSubscription.objects.filter(owner=user)
