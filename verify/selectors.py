"""Reading the review workflow: the desk's queues of claims, a claim's history and dossier.

Selectors return querysets (or lists) with what their readers show joined in, so a page of a
queue costs the same few queries however long it is. The API and the admin share them. A
claim's dossier is scoped to the caller: staff roles see everything; a newsroom system sees its
own articles' claims with their *published* verdicts only, and only the sources the current
published verdict cites (notes, the audit trail, unpublished verdicts and the evidence of a
claim still being checked are internal).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.db.models import F, Prefetch, Q, QuerySet
from django.utils import timezone

from access import roles
from access.callers import Caller
from claims import selectors as claim_selectors
from claims.models import Article, Claim, ClaimKind
from claims.selectors import claims_visible
from verify.actions import Action
from verify.errors import InvalidInput
from verify.models import AuditEntry, Note, Review, ReviewState, Source, Verdict, VerdictStatus
from verify.models.webhooks import WebhookSubscription
from verify.ratings import WORST_RATING, Attribution
from verify.services.transitions import transitions_available
from verify.workflow import ASSIGNED_STATES

RECENTLY_PUBLISHED_DAYS = 7
SEARCH_MAX_CHARS = 200
_BY_PRIORITY = ("-review__effective_priority", "review__id")


def _mine(claims: QuerySet, user: Any) -> QuerySet:
    return claims.filter(review__assignee=user, review__state__in=ASSIGNED_STATES).order_by(*_BY_PRIORITY)


def _to_triage(claims: QuerySet, user: Any) -> QuerySet:
    """Extracted claims nobody has judged worth checking (queue) or not (dismiss) yet."""
    return claims.filter(review__state=ReviewState.NEW).order_by(*_BY_PRIORITY)


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
    "to_triage": _to_triage,
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
    available_actions: list[Action] | None


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
        sources=list(sources_visible(caller, review)),
        verdicts=verdicts,
        current_verdict=_current_verdict(verdicts, review_state=review.state, staff=staff),
        notes=list(notes_of(review)) if staff else None,
        transitions=list(claim_audit_entries(claim)) if staff else None,
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


def sources_visible(caller: Caller, review: Review) -> QuerySet:
    """Staff: the sources the review cites now. Newsroom: only the sources its published verdict
    cites, as the verdict cited them (one removed since is still listed; a cited source cannot
    be edited), and none while the claim is not published."""
    if caller.is_staff_reader:
        return sources_of(review)
    if review.state != ReviewState.PUBLISHED:
        return Source.objects.none()
    return Source.objects.filter(
        review=review, verdicts__review=review, verdicts__status=VerdictStatus.APPROVED
    ).order_by("id")


def notes_of(review) -> QuerySet:
    return Note.objects.filter(review=review).select_related("author")


def claim_audit_entries(claim: Claim) -> QuerySet:
    """The claim's audit trail, oldest first."""
    return AuditEntry.objects.filter(claim_id=claim.pk).order_by("seq")


def subscriptions_owned(user) -> QuerySet:
    """A newsroom system sees and manages only the webhook subscriptions it made."""
    return WebhookSubscription.objects.filter(owner=user)


# --- Articles and the claims list (the API's view of the claims app, with review data) -----


@dataclass(frozen=True)
class ArticleStatus:
    """An article's extraction state, its claims and what their reviews add up to."""

    article: Article
    claims: list[Claim]
    review_states: dict[str, int]
    flagged_verdicts: list[dict]


def article_status(*, caller: Caller, article_id: int) -> ArticleStatus:
    """The status of one visible article; Article.DoesNotExist when the caller may not see it."""
    claims = Claim.objects.select_related("speaker", "review").order_by("content_start", "id")
    article = (
        claim_selectors.articles_visible(caller)
        .defer("body")
        .prefetch_related(Prefetch("claims", queryset=claims))
        .get(pk=article_id)
    )
    claim_list = list(article.claims.all())
    states = Counter(claim.review.state for claim in claim_list if _review_of(claim) is not None)
    return ArticleStatus(
        article=article,
        claims=claim_list,
        review_states=dict(states),
        flagged_verdicts=flagged_verdicts(article),
    )


def flagged_verdicts(article: Article) -> list[dict]:
    """Published verdicts on the article's claims that a CMS should act on: rated at the bottom
    of the substance scale (false) or finding the speaker misquoted."""
    return list(
        Verdict.objects.filter(
            review__claim__article=article, status=VerdictStatus.APPROVED, review__state=ReviewState.PUBLISHED
        )
        .filter(Q(substance_value=WORST_RATING) | Q(attribution=Attribution.MISQUOTED))
        .order_by("review__claim_id")
        .values("review__claim_id", "substance", "substance_label", "attribution")
    )


def _review_of(claim: Claim):
    return getattr(claim, "review", None)




# Query parameters of the claims list that read the desk's working data: only staff may use them.
DESK_ONLY_CLAIM_FILTERS = frozenset({"assignee"})
DESK_ONLY_CLAIM_ORDERINGS = frozenset({"priority"})


def claim_list_params_refused(caller: Caller, *, names: Iterable[str], ordering: str = "") -> dict[str, str]:
    """The desk-only parameters among ``names`` (and ``ordering``) a newsroom system sent, each
    with why it is refused; empty for staff. Refused rather than ignored, so a client never takes
    an unfiltered list for a filtered one."""
    if caller.is_staff_reader:
        return {}
    refused = {
        name: "Only fact-checkers, editors and auditors may filter claims by this."
        for name in sorted(set(names) & DESK_ONLY_CLAIM_FILTERS)
    }
    terms = {term.strip().lstrip("-") for term in ordering.split(",")}
    if terms & DESK_ONLY_CLAIM_ORDERINGS:
        refused["ordering"] = "Only fact-checkers, editors and auditors may order claims by priority."
    return refused


def claims_for_list(caller: Caller) -> QuerySet:
    """Visible claims with what a list row shows joined in (no per-row queries); ``priority`` is
    the review's effective priority (the editor's override, else the computed score)."""
    return (
        claims_visible(caller)
        .select_related("speaker", "review", "review__assignee")
        .annotate(priority=F("review__effective_priority"))
    )
