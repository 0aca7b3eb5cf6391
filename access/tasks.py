"""Celery tasks of the access app."""

from celery import shared_task

from access import idempotency
from config.retry import RETRY_ON_TRANSIENT


@shared_task(**{**RETRY_ON_TRANSIENT, "max_retries": 3})
def idempotency_records_purge() -> int:
    """Delete stored API responses whose Idempotency-Key has expired."""
    return idempotency.idempotency_records_purge()
