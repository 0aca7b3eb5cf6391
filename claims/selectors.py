"""Read queries over articles and claims, shared by the admin, the API and the commands.

What a caller may see: staff roles see everything, a newsroom system only the articles (and
their claims) of its own source system. Querysets carry their joins.
"""

from __future__ import annotations

from django.db.models import QuerySet

from access.callers import Caller
from claims.models import Article, ArticleRevision, Claim, Speaker

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


def claims_visible(caller: Caller) -> QuerySet:
    claims = Claim.objects.all()
    if caller.is_staff_reader:
        return claims
    if caller.is_newsroom and caller.source_system:
        return claims.filter(article__source_system=caller.source_system)
    return claims.none()


def speakers_all() -> QuerySet:
    return Speaker.objects.all()
