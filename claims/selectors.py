"""Read queries over articles and claims, shared by the admin, the API and the commands.

What a caller may see: staff roles see everything, a newsroom system only the articles (and
their claims) of its own source system. Querysets carry their joins.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import F, Prefetch, Q, QuerySet

from claims.models import Article, ArticleRevision, Claim, Speaker
from config.api.access import Caller
from verify.models import ReviewState, Verdict, VerdictStatus
from verify.ratings import WORST_RATING, Attribution

CLAIM_SPAN_CLASS = "claim-span"
MENTION_SPAN_CLASS = "speaker-span"


def claims_for_article(article: Article) -> QuerySet:
    return article.claims.select_related("speaker").order_by("content_start", "id")


def claim_spans_for_article(article: Article) -> list[tuple[int, int, str]]:
    """Highlightable spans of the claims that refer to the article's current body."""
    rows = article.claims.filter(body_hash=article.content_hash).values_list("content_start", "content_end")
    return [(start, end, CLAIM_SPAN_CLASS) for start, end in rows]


def claim_body(claim: Claim) -> str:
    """The body the claim's offsets refer to: the current one or an earlier revision."""
    if claim.body_hash == claim.article.content_hash:
        return claim.article.body
    revision = ArticleRevision.objects.filter(article_id=claim.article_id, content_hash=claim.body_hash).first()
    return revision.body if revision else ""


def claim_body_and_spans(claim: Claim) -> tuple[str, list[tuple[int, int, str]]]:
    """The claim's body with its content span and (when known) its speaker's mention span."""
    body = claim_body(claim)
    spans = [(claim.content_start, claim.content_end, CLAIM_SPAN_CLASS)]
    if claim.mention_start is not None and claim.mention_end is not None:
        spans.append((claim.mention_start, claim.mention_end, MENTION_SPAN_CLASS))
    return body, spans


def articles_visible(caller: Caller) -> QuerySet:
    articles = Article.objects.all()
    if caller.is_staff_reader:
        return articles
    if caller.is_newsroom and caller.source_system:
        return articles.filter(source_system=caller.source_system)
    return articles.none()


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
        articles_visible(caller)
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


def claims_visible(caller: Caller) -> QuerySet:
    claims = Claim.objects.all()
    if caller.is_staff_reader:
        return claims
    if caller.is_newsroom and caller.source_system:
        return claims.filter(article__source_system=caller.source_system)
    return claims.none()


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


def speakers_all() -> QuerySet:
    return Speaker.objects.all()
