"""From an article sent in to claims waiting in the desk's queues: the hand-off between the apps.

``claims`` stores articles and what the extractor found and knows nothing of reviews; this
module drives it and acts on what it returns:

1. ``article_ingest`` stores the article and, when its text is new, enqueues the extraction
   on commit (a rolled-back ingest never starts one).
2. ``article_extract`` (the task's body) runs the extractor outside any transaction, then in
   one transaction stores the claims, removes the stale machine-made claims nobody has started
   reviewing, and opens a ``new`` review for each claim made.
"""

from __future__ import annotations

from datetime import date

from django.db import transaction

from claims import services as claims_services
from claims.models import Article
from claims.services import IngestResult
from verify.services.reviews import claims_with_review_activity, reviews_open


@transaction.atomic
def article_ingest(
    *,
    source_system: str,
    external_id: str,
    body: str,
    headline: str = "",
    url: str = "",
    published_on: date | None = None,
    language: str = "",
) -> IngestResult:
    """Store an article (see ``claims.services.article_store``) and enqueue its extraction on
    commit when its text is new."""
    result = claims_services.article_store(
        source_system=source_system, external_id=external_id, body=body, headline=headline, url=url,
        published_on=published_on, language=language,
    )
    if result.body_changed:
        _extraction_enqueue(result.article.id)
    return result


def article_extraction_requeue(*, article: Article) -> None:
    """Run extraction again for an article (e.g. after a failure or a new extractor)."""
    claims_services.article_extraction_reset(article=article)
    _extraction_enqueue(article.pk)


def article_extract(*, article_id: int) -> Article:
    """Extract the claims of an article and hand them to the desk; safe to run any number of times.

    A claim whose text is unchanged keeps its row and so its review; machine-made claims nobody
    has started reviewing and that the new text no longer has are removed.
    """
    article, analysis = claims_services.article_analyse(article_id=article_id)
    if analysis is None:
        return article
    with transaction.atomic():
        change = claims_services.article_claims_store(article_id=article_id, analysis=analysis)
        busy = claims_with_review_activity(change.stale)
        claims_services.claims_remove(claims=change.stale.exclude(id__in=busy))
        reviews_open(claims=change.created)
    return change.article


def _extraction_enqueue(article_id: int) -> None:
    from verify.tasks import extract_article

    transaction.on_commit(lambda: extract_article.delay(article_id))
