"""Celery tasks of the review workflow: each receives ids, loads rows and calls a service.

Every task is safe to run twice: side effects are rows with unique keys (the outbox) and each
send claims its attempt with compare-and-set first. Transient database and network errors are
retried by Celery with exponential back-off and jitter; the next attempt of a webhook delivery
or an e-mail is scheduled with the service's own back-off (``outbox.retry_countdown``) through
``self.retry``. Beat jobs are listed in ``CELERY_BEAT_SCHEDULE`` (config/settings.py).
"""

from celery import shared_task
from django.db import InterfaceError, OperationalError

from verify.export_tasks import export_job_run, export_jobs_purge  # noqa: F401  (registers them with workers)
from verify.services import events, housekeeping, notifications, reviews, source_metadata, webhooks
from verify.services.fetch import FetchTransientError

TRANSIENT_ERRORS = (OperationalError, InterfaceError, ConnectionError, TimeoutError)
RETRIED = {
    "autoretry_for": TRANSIENT_ERRORS,
    "retry_backoff": True,
    "retry_backoff_max": 600,
    "retry_jitter": True,
    "max_retries": 8,
}
# Room for the service's own attempts on top of retries for transient errors.
ATTEMPT_RETRIES_MAX = 100


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
