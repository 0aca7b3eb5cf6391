"""What each caller of the API may read: staff roles see everything, a newsroom system only
the articles (and their claims) of its own source system. Querysets carry their joins."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.db.models import F, Prefetch, Q, QuerySet

from claims.models import Article, Claim, Speaker
from config.api.access import Caller
from verify.models import ReviewState, Verdict, VerdictStatus
from verify.ratings import WORST_RATING, Attribution


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
