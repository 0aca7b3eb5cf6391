"""Celery tasks of the review workflow: each receives ids, loads rows and calls a service.

Every task is safe to run twice: side effects are rows with unique keys (the outbox) and each
send claims its attempt with compare-and-set first. Transient database and network errors are
retried by Celery with exponential back-off and jitter; the next attempt of a webhook delivery
or an e-mail is scheduled with the service's own back-off (``outbox.retry_countdown``) through
``self.retry``. Beat jobs are listed in ``CELERY_BEAT_SCHEDULE`` (config/settings.py).
"""

import logging

from celery import shared_task
from django.db import DatabaseError

from claims import services as claims_services
from claims.errors import ClaimsError
from claims.extraction import ExtractionError
from claims.models import Article
from config.retry import RETRY_ON_TRANSIENT as RETRIED
from config.retry import TRANSIENT_ERRORS
from verify.export_tasks import export_job_run, export_jobs_purge  # noqa: F401  (registers them with workers)
from verify.services import articles, events, housekeeping, notifications, reviews, source_metadata, webhooks
from verify.services.fetch import FetchTransientError

logger = logging.getLogger(__name__)
# Room for the service's own attempts on top of retries for transient errors.
ATTEMPT_RETRIES_MAX = 100


@shared_task(bind=True, **{**RETRIED, "retry_backoff_max": 300, "max_retries": 5})
def extract_article(self, article_id: int) -> str:
    """Extract and store the claims of one article and open their reviews; a re-run with unchanged
    text is a no-op. Failures are stored on the article (its text is kept)."""
    failed = claims_services.article_extraction_failed
    try:
        article = articles.article_extract(article_id=article_id)
    except Article.DoesNotExist:
        logger.warning("extract_article: article %s no longer exists", article_id)
        return "missing"
    except (ExtractionError, ClaimsError) as exc:
        failed(article_id=article_id, error=str(exc))
        return "failed"
    except TRANSIENT_ERRORS as exc:
        if self.request.retries >= self.max_retries:
            failed(article_id=article_id, error=f"Gave up after retries: {exc}")
        raise
    except DatabaseError as exc:
        failed(article_id=article_id, error=f"Database error: {exc}")
        raise
    except Exception as exc:
        logger.exception("extract_article: article %s failed", article_id)
        failed(article_id=article_id, error=f"Unexpected error: {exc!r}")
        raise
    return article.extraction_status


@shared_task(**RETRIED)
def transition_recorded(audit_entry_id: int) -> None:
    """Side effects of one workflow transition (notifications, webhooks), run after commit."""
    events.transition_side_effects(audit_entry_id=audit_entry_id)


@shared_task(bind=True, **RETRIED)
def webhook_delivery_send(self, delivery_id: int, attempt: int = 1) -> str:
    """Make one attempt of a webhook delivery; schedule the next one with back-off if it failed."""
    outcome = webhooks.webhook_delivery_attempt(delivery_id=delivery_id, attempt=attempt)
    if outcome.retry_in is not None:
        raise self.retry(args=(delivery_id, attempt + 1), countdown=outcome.retry_in, max_retries=ATTEMPT_RETRIES_MAX)
    return outcome.state


@shared_task(bind=True, **RETRIED)
def notification_send(self, notification_id: int, attempt: int = 1) -> str:
    """Send one e-mail attempt; schedule the next one with back-off if the mail server failed."""
    outcome = notifications.notification_attempt(notification_id=notification_id, attempt=attempt)
    if outcome.retry_in is not None:
        raise self.retry(args=(notification_id, attempt + 1), countdown=outcome.retry_in, max_retries=ATTEMPT_RETRIES_MAX)
    return outcome.state


@shared_task(bind=True, **{**RETRIED, "autoretry_for": (*TRANSIENT_ERRORS, FetchTransientError), "max_retries": 5})
def source_fetch_metadata(self, source_id: int) -> str:
    """Fill a source's title and publisher from its page; network trouble is retried, then recorded."""
    try:
        return source_metadata.source_metadata_fetch(source_id=source_id)
    except FetchTransientError as exc:
        if self.request.retries < self.max_retries:
            raise
        source_metadata.source_metadata_gave_up(source_id=source_id, error=str(exc))
        return "failed"


# --- Beat jobs ------------------------------------------------------------------------------------


@shared_task(**RETRIED)
def outbox_relay() -> dict:
    """Re-enqueue side effects, deliveries and e-mails whose task was lost (every minute)."""
    return housekeeping.outbox_relay()


@shared_task(**RETRIED)
def reviews_idle_release() -> int:
    """Put claims idle in review for too long back in the queue."""
    return housekeeping.reviews_idle_release()


@shared_task(**RETRIED)
def reviews_overdue_notify() -> int:
    """Tell assignees their awaited source is past due, once per due date."""
    return housekeeping.reviews_overdue_notify()


@shared_task(**RETRIED)
def proposals_remind() -> int:
    """Remind editors of verdicts waiting for approval, once a day each."""
    return housekeeping.proposals_remind()


@shared_task(**RETRIED)
def reviews_recheck_due() -> int:
    """Put published claims whose recheck date has come back in the queue."""
    return housekeeping.reviews_recheck_due()


@shared_task(**RETRIED)
def reviews_priority_refresh() -> int:
    """Recompute queue scores of waiting claims so they sink as they age."""
    return reviews.reviews_priority_refresh()
