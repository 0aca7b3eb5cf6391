"""What each caller of the API may read: staff roles see everything, a newsroom system only
the articles (and their claims) of its own source system. Querysets carry their joins."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.db.models import F, Prefetch, QuerySet

from claims.models import Article, Claim, Speaker
from config.api.access import Caller


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


def article_status(*, caller: Caller, article_id: int) -> ArticleStatus:
    """The status of one visible article; Article.DoesNotExist when the caller may not see it."""
    claims = Claim.objects.select_related("speaker", "review").order_by("content_start", "id")
    article = (
        articles_visible(caller).defer("body").prefetch_related(Prefetch("claims", queryset=claims)).get(pk=article_id)
    )
    claim_list = list(article.claims.all())
    states = Counter(claim.review.state for claim in claim_list if _review_of(claim) is not None)
    return ArticleStatus(article=article, claims=claim_list, review_states=dict(states))


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
    """Visible claims with what a list row shows joined in (no per-row queries)."""
    return claims_visible(caller).select_related("speaker", "review", "review__assignee").annotate(
        priority=F("review__priority")
    )


def speakers_all() -> QuerySet:
    return Speaker.objects.all()
