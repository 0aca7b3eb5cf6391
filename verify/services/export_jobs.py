"""Big exports as background jobs: an auditor starts one, a worker writes the file, the admin
follows its progress and offers the file when it is done.

Files go to ``MEDIA_ROOT/exports/``. They hold internal notes and names, so they must never be
served as public media: ``export_job_open`` hands one out after checking who asks.

Settings (Django settings, with these defaults): ``EXPORT_JOB_KEEP_DAYS`` (7) how long finished
jobs and their files are kept by ``export_jobs_purge``.
"""

from __future__ import annotations

import logging
import time
from datetime import timedelta
from pathlib import Path
from typing import IO, Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connection, connections, transaction
from django.db.models import F, QuerySet
from django.utils import timezone

from access import roles
from verify.errors import InvalidInput, NotPermitted, WorkflowError
from verify.exports import (
    EXPORT_CONTENT_TYPES,
    ExportFilters,
    export_check,
    export_filename,
    export_filters_parse,
    export_format_parse,
    export_write,
)
from verify.models import ExportJob, ExportJobState

log = logging.getLogger(__name__)

EXPORT_DIR = "exports"
PROGRESS_EVERY_SECONDS = 1.0
RECENT_JOBS = 20


def export_permitted(user: Any) -> bool:
    """Auditors (and superusers) export, as on the admin's exports page."""
    if user is None or not getattr(user, "is_active", False):
        return False
    return user.is_superuser or roles.AUDITOR in roles.role_names(user)


@transaction.atomic
def export_job_start(*, user: Any, fmt: str, filters: ExportFilters) -> ExportJob:
    """Record an export job and hand it to a worker once this transaction commits."""
    if not export_permitted(user):
        raise NotPermitted("Only auditors can export the audit trail and verdicts.")
    fmt = export_format_parse(fmt)
    export_check(fmt, filters)
    job = ExportJob.objects.create(requested_by=user, format=fmt, filters=filters.as_dict())
    transaction.on_commit(lambda: _enqueue(job.id))
    return job


def _enqueue(job_id: int) -> None:
    from verify.export_tasks import export_job_run as task

    task.delay(job_id)


def export_jobs_recent(*, user: Any) -> QuerySet[ExportJob]:
    """The latest jobs the user started, newest first, for the admin's list."""
    return ExportJob.objects.filter(requested_by=user).order_by("-created_at", "-id")[:RECENT_JOBS]


def export_job_run(*, job_id: int, retries_left: bool = False) -> str:
    """Run a job in a worker; returns its state. Safe to run twice.

    1. Claim the job: pending (or running, when a worker died and the task came back) becomes
       running with ``attempt`` + 1; a done or failed job is left alone.
    2. Write the export file, recording progress about once a second.
    3. Finish (done, with the file) or fail (with the error), but only if ``attempt`` is still
       ours: a newer run of the same job owns it otherwise.
    A transient database error is raised again for the task to retry while ``retries_left``.
    """
    attempt = _job_claim(job_id)
    if attempt is None:
        return "skipped"
    job = ExportJob.objects.get(pk=job_id)
    # One file per attempt, so a superseded run never removes the file of the run that replaced it.
    name = f"{EXPORT_DIR}/export-{job.pk}-{attempt}-{export_filename(job.format, at=job.created_at)}"
    path = Path(settings.MEDIA_ROOT) / name
    recorder = ProgressRecorder(job_id=job_id, attempt=attempt)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        rows = export_write(job.format, export_filters_parse(job.filters), path, progress=recorder)
    except DatabaseError as exc:
        if retries_left:
            raise
        return _job_fail(job_id, attempt, f"The database failed: {exc}")
    except (WorkflowError, ImproperlyConfigured, OSError) as exc:
        return _job_fail(job_id, attempt, _error_text(exc))
    except Exception:
        _job_fail(job_id, attempt, "The export failed unexpectedly; the worker's log has the error.")
        raise
    finally:
        recorder.close()
    return _job_finish(job_id, attempt, name=name, rows=rows, path=path)


def _error_text(exc: Exception) -> str:
    if isinstance(exc, OSError):
        return f"The file could not be written: {exc.strerror or exc}"
    return str(exc)


def _job_claim(job_id: int) -> int | None:
    """Compare-and-set the job to running; the attempt number this run owns, or None."""
    with transaction.atomic():
        job = ExportJob.objects.select_for_update().filter(pk=job_id).first()
        if job is None or job.state not in (ExportJobState.PENDING, ExportJobState.RUNNING):
            return None
        ExportJob.objects.filter(pk=job_id).update(
            state=ExportJobState.RUNNING,
            attempt=F("attempt") + 1,
            rows_done=0,
            error="",
            started_at=timezone.now(),
            updated_at=timezone.now(),
        )
        return job.attempt + 1


def _job_finish(job_id: int, attempt: int, *, name: str, rows: int, path: Path) -> str:
    updated = ExportJob.objects.filter(pk=job_id, attempt=attempt, state=ExportJobState.RUNNING).update(
        state=ExportJobState.DONE,
        file=name,
        rows_done=rows,
        rows_total=rows,
        finished_at=timezone.now(),
        updated_at=timezone.now(),
    )
    if not updated:  # a newer run owns the job and writes its own file
        path.unlink(missing_ok=True)
        return "superseded"
    return ExportJobState.DONE


def _job_fail(job_id: int, attempt: int, error: str) -> str:
    ExportJob.objects.filter(pk=job_id, attempt=attempt, state=ExportJobState.RUNNING).update(
        state=ExportJobState.FAILED, error=error[:2000], finished_at=timezone.now(), updated_at=timezone.now()
    )
    return ExportJobState.FAILED


class ProgressRecorder:
    """Writes a running job's ``rows_done`` / ``rows_total`` at most once per ``every`` seconds.

    The export reads inside one READ ONLY transaction on the main connection, which can neither
    write nor show uncommitted writes to the admin, so progress goes through a second connection
    in autocommit. That is done on PostgreSQL only, and only when the job is not itself inside a
    transaction (whose locks the second connection would wait on); elsewhere (SQLite, tests)
    progress is written once, when the job finishes. Progress is a hint: a failed write is logged
    and the export goes on.
    """

    def __init__(self, *, job_id: int, attempt: int, every: float = PROGRESS_EVERY_SECONDS) -> None:
        self.job_id, self.attempt, self.every = job_id, attempt, every
        self.last_write = float("-inf")
        self.writer = None
        if connection.vendor == "postgresql" and not connection.in_atomic_block:
            self.writer = connections.create_connection(DEFAULT_DB_ALIAS)

    def __call__(self, done: int, total: int | None) -> None:
        now = time.monotonic()
        if self.writer is None or (done and now - self.last_write < self.every):
            return
        self.last_write = now
        table = connection.ops.quote_name(ExportJob._meta.db_table)
        try:
            with self.writer.cursor() as cursor:
                cursor.execute(
                    f"UPDATE {table} SET rows_done = %s, rows_total = %s, updated_at = %s "
                    "WHERE id = %s AND attempt = %s",
                    [done, total, timezone.now(), self.job_id, self.attempt],
                )
        except DatabaseError:
            log.warning("Could not record the progress of export job %s", self.job_id, exc_info=True)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None


def export_job_open(*, user: Any, job: ExportJob) -> tuple[IO[bytes], str, str]:
    """The finished job's file, its download name and content type, for the person who may have it."""
    if not export_permitted(user):
        raise NotPermitted("Only auditors can download exports.")
    if job.state != ExportJobState.DONE or not job.file:
        raise InvalidInput({"job": "This export is not ready."})
    return (
        job.file.open("rb"),
        export_filename(job.format, at=job.created_at),
        EXPORT_CONTENT_TYPES[job.format],
    )


def export_jobs_purge(*, now: Any = None) -> int:
    """Delete finished jobs older than ``EXPORT_JOB_KEEP_DAYS`` and their files; returns jobs deleted."""
    keep_days = settings.EXPORT_JOB_KEEP_DAYS
    cutoff = (now or timezone.now()) - timedelta(days=keep_days)
    old = ExportJob.objects.filter(
        state__in=[ExportJobState.DONE, ExportJobState.FAILED], created_at__lt=cutoff
    )
    deleted = 0
    for job in old.iterator(chunk_size=200):
        if job.file:
            job.file.delete(save=False)
        deleted += ExportJob.objects.filter(pk=job.pk).delete()[0]
    return deleted
