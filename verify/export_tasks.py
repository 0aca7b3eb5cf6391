"""Celery tasks of exports. Celery discovers only ``verify/tasks.py``, which imports these.

Time limits: an export of millions of rows takes minutes, longer than the default task limit, but
must stay under the broker's ``visibility_timeout`` (or Redis hands the still-running task to a
second worker). ``EXPORT_JOB_TIME_LIMIT`` (seconds, default 900) sets the hard limit; the soft
limit is 30 s earlier, so the job is marked failed before the worker is killed.
"""

from celery import shared_task
from django.conf import settings

from config.retry import RETRY_ON_TRANSIENT

EXPORT_JOB_TIME_LIMIT = settings.EXPORT_JOB_TIME_LIMIT


@shared_task(
    bind=True,
    **{**RETRY_ON_TRANSIENT, "retry_backoff_max": 300, "max_retries": 3},
    time_limit=EXPORT_JOB_TIME_LIMIT,
    soft_time_limit=EXPORT_JOB_TIME_LIMIT - 30,
)
def export_job_run(self, job_id: int) -> str:
    """Write one export job's file; a duplicate or redelivered run is harmless (see the service)."""
    from verify.services.export_jobs import export_job_run as run

    return run(job_id=job_id, retries_left=self.request.retries < self.max_retries)


@shared_task(**{**RETRY_ON_TRANSIENT, "max_retries": 3})
def export_jobs_purge() -> int:
    """Delete finished export jobs and their files after EXPORT_JOB_KEEP_DAYS (daily beat job)."""
    from verify.services.export_jobs import export_jobs_purge as purge

    return purge()
