"""Celery tasks of the review workflow: each receives ids, loads rows and calls a service."""

from celery import shared_task
from django.db import InterfaceError, OperationalError

TRANSIENT_ERRORS = (OperationalError, InterfaceError, ConnectionError, TimeoutError)


@shared_task(autoretry_for=TRANSIENT_ERRORS, retry_backoff=True, retry_jitter=True, max_retries=8)
def transition_recorded(audit_entry_id: int) -> None:
    """Side effects of one workflow transition (notifications, webhooks), run after commit."""
    from verify.services.events import transition_side_effects

    transition_side_effects(audit_entry_id=audit_entry_id)
