"""How every Celery task retries errors that may pass (a database restart, a network blip).

One definition for every app's tasks: ``TRANSIENT_ERRORS`` are retried automatically with
exponential back-off and jitter (``RETRY_ON_TRANSIENT``, spread into ``@shared_task``); a task
overrides ``max_retries`` or ``retry_backoff_max`` where its work needs another budget.
"""

from django.db import InterfaceError, OperationalError

TRANSIENT_ERRORS: tuple[type[Exception], ...] = (OperationalError, InterfaceError, ConnectionError, TimeoutError)
RETRY_ON_TRANSIENT: dict = {
    "autoretry_for": TRANSIENT_ERRORS,
    "retry_backoff": True,
    "retry_backoff_max": 600,
    "retry_jitter": True,
    "max_retries": 8,
}
