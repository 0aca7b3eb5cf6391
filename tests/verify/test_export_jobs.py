"""Export jobs: who may start one, the worker writing the file, progress, reruns, failures, cleanup."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from django.db import DEFAULT_DB_ALIAS, OperationalError, connection, connections
from django.utils import timezone

from claims.models import Speaker
from tests.verify.export_data import history_build
from verify import export_tasks
from verify.errors import InvalidInput, NotPermitted
from verify.exports import ExportFilters, export_filters_parse, export_stream
from verify.models import ExportJob, ExportJobState
from verify.services import export_jobs

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return Path(settings.MEDIA_ROOT)


@pytest.fixture
def history(fact_checker, editor):
    return history_build(checker=fact_checker, editor=editor)


def started(user, fmt: str = "csv", filters: dict | None = None, *, capture) -> ExportJob:
    """Start a job; the worker (eager in tests) runs it when the transaction commits."""
    with capture(execute=True) as callbacks:
        job = export_jobs.export_job_start(user=user, fmt=fmt, filters=export_filters_parse(filters or {}))
    assert len(callbacks) == 1
    job.refresh_from_db()
    return job


# --- Starting -----------------------------------------------------------------------------------


def test_an_auditor_starts_a_job_that_a_worker_writes_to_media_exports(
    history, auditor, media_root, django_capture_on_commit_callbacks
):
    job = started(auditor, "csv", capture=django_capture_on_commit_callbacks)
    assert (job.state, job.rows_done, job.rows_total, job.percent_done, job.error) == (
        "done",
        11,
        11,
        100,
        "",
    )
    assert job.file.name.startswith("exports/export-") and job.file.name.endswith(".csv")
    assert (media_root / job.file.name).read_bytes() == b"".join(export_stream("csv", ExportFilters()))
    assert job.requested_by == auditor and job.attempt == 1 and job.finished_at is not None


def test_a_filtered_jsonl_job_keeps_its_filters(
    history, auditor, media_root, django_capture_on_commit_callbacks
):
    job = started(auditor, "jsonl", {"source_system": "cms-b"}, capture=django_capture_on_commit_callbacks)
    assert job.filters == {"source_system": "cms-b"}
    assert b'"complete":false' in (media_root / job.file.name).read_bytes()


@pytest.mark.parametrize("role_user", ["fact_checker", "editor", "newsroom_system", "outsider"])
def test_only_auditors_and_superusers_start_exports(history, role_user, request):
    user = request.getfixturevalue(role_user)
    with pytest.raises(NotPermitted):
        export_jobs.export_job_start(user=user, fmt="csv", filters=ExportFilters())
    assert not ExportJob.objects.exists()


def test_a_superuser_may_export(history, superuser, django_capture_on_commit_callbacks):
    assert started(superuser, "claimreview", capture=django_capture_on_commit_callbacks).state == "done"


def test_what_the_format_cannot_do_is_refused_before_a_job_exists(history, auditor):
    with pytest.raises(InvalidInput) as caught:
        export_jobs.export_job_start(
            user=auditor, fmt="claimreview", filters=export_filters_parse({"state": "queued"})
        )
    assert "state" in caught.value.errors
    with pytest.raises(InvalidInput):
        export_jobs.export_job_start(user=auditor, fmt="pdf", filters=ExportFilters())
    assert not ExportJob.objects.exists()


# --- Running ------------------------------------------------------------------------------------


def pending_job(user, fmt: str = "csv", filters: dict | None = None) -> ExportJob:
    return ExportJob.objects.create(requested_by=user, format=fmt, filters=filters or {})


def test_running_a_finished_job_again_does_nothing(history, auditor, media_root):
    job = pending_job(auditor)
    assert export_jobs.export_job_run(job_id=job.pk) == "done"
    assert export_jobs.export_job_run(job_id=job.pk) == "skipped"
    job.refresh_from_db()
    assert job.attempt == 1 and len(list((media_root / "exports").iterdir())) == 1


def test_a_job_left_running_by_a_dead_worker_is_taken_over(history, auditor):
    job = pending_job(auditor)
    ExportJob.objects.filter(pk=job.pk).update(state=ExportJobState.RUNNING, attempt=1, rows_done=7)
    assert export_tasks.export_job_run.delay(job.pk).get() == "done"
    job.refresh_from_db()
    assert (job.state, job.attempt, job.rows_done) == ("done", 2, 11)


def test_a_superseded_run_leaves_the_newer_runs_file_alone(history, auditor, media_root):
    job = pending_job(auditor)
    first = export_jobs._job_claim(job.pk)
    assert export_jobs.export_job_run(job_id=job.pk) == "done"  # the redelivered task, attempt 2
    job.refresh_from_db()
    stale = media_root / "exports" / "stale.csv"
    stale.write_text("x")
    assert (
        export_jobs._job_finish(job.pk, first, name="exports/stale.csv", rows=1, path=stale) == "superseded"
    )
    job.refresh_from_db()
    assert not stale.exists() and (media_root / job.file.name).exists() and job.attempt == 2


def test_filters_that_no_longer_parse_fail_the_job_with_the_reason(history, auditor):
    job = pending_job(auditor, filters={"speaker": str(history.mayor.pk)})
    Speaker.objects.filter(pk=history.mayor.pk).update(canonical_name="Renamed")
    job.filters = {"speaker": "Jane Doe"}
    job.save()
    assert export_jobs.export_job_run(job_id=job.pk) == "failed"
    job.refresh_from_db()
    assert job.state == "failed" and "There is no speaker 'Jane Doe'" in job.error and not job.file


def test_an_unwritable_media_root_fails_the_job(history, auditor, media_root):
    media_root.parent.mkdir(parents=True, exist_ok=True)
    media_root.write_text("a file, not a directory")
    job = pending_job(auditor)
    assert export_jobs.export_job_run(job_id=job.pk) == "failed"
    job.refresh_from_db()
    assert job.error.startswith("The file could not be written:")


def test_a_transient_database_error_is_retried_then_recorded(history, auditor, monkeypatch):
    def unavailable(*args, **kwargs):
        raise OperationalError("server closed the connection")

    monkeypatch.setattr(export_jobs, "export_write", unavailable)
    job = pending_job(auditor)
    with pytest.raises(OperationalError):
        export_jobs.export_job_run(job_id=job.pk, retries_left=True)
    assert ExportJob.objects.get(pk=job.pk).state == "running"
    assert export_jobs.export_job_run(job_id=job.pk, retries_left=False) == "failed"
    job.refresh_from_db()
    assert job.error.startswith("The database failed") and job.attempt == 2


def test_an_unexpected_error_fails_the_job_and_is_raised_for_the_log(history, auditor, monkeypatch):
    def broken(*args, **kwargs):
        raise ZeroDivisionError

    monkeypatch.setattr(export_jobs, "export_write", broken)
    job = pending_job(auditor)
    with pytest.raises(ZeroDivisionError):
        export_jobs.export_job_run(job_id=job.pk)
    assert ExportJob.objects.get(pk=job.pk).state == "failed"


class connections_other:
    """A second connection to the test database, closed on exit."""

    def __enter__(self):
        self.connection = connections.create_connection(DEFAULT_DB_ALIAS)
        return self.connection

    def __exit__(self, *exc) -> None:
        self.connection.close()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_progress_is_visible_to_others_while_the_export_runs(fact_checker, editor, auditor, monkeypatch):
    history_build(checker=fact_checker, editor=editor)
    job = pending_job(auditor, "jsonl")
    seen = []

    class Watched(export_jobs.ProgressRecorder):
        """Records every time, and reads what another connection (the admin) sees right after."""

        def __init__(self, **kwargs) -> None:
            super().__init__(**kwargs, every=0.0)

        def __call__(self, done: int, total: int | None) -> None:
            super().__call__(done, total)
            with connections_other() as other, other.cursor() as cursor:
                cursor.execute("SELECT rows_done, rows_total FROM verify_exportjob WHERE id = %s", [job.pk])
                seen.append(cursor.fetchone())

    monkeypatch.setattr(export_jobs, "ProgressRecorder", Watched)
    monkeypatch.setattr("verify.exports.writers.BATCH_ROWS", 4)
    assert export_jobs.export_job_run(job_id=job.pk) == "done"
    assert seen == [(0, 11), (4, 11), (8, 11), (11, 11)]


def test_no_second_connection_is_opened_inside_a_transaction(db, auditor):
    recorder = export_jobs.ProgressRecorder(job_id=1, attempt=1)
    assert connection.in_atomic_block and recorder.writer is None
    recorder(5, 10)
    recorder.close()


# --- Download, list, cleanup ---------------------------------------------------------------------


def test_a_finished_file_is_handed_to_auditors_only(
    history, auditor, fact_checker, django_capture_on_commit_callbacks
):
    job = started(auditor, "jsonl", capture=django_capture_on_commit_callbacks)
    stream, name, content_type = export_jobs.export_job_open(user=auditor, job=job)
    with stream:
        assert stream.read().startswith(b'{"export":')
    assert name.startswith("audit-history-") and name.endswith(".jsonl")
    assert content_type == "application/jsonl; charset=utf-8"
    with pytest.raises(NotPermitted):
        export_jobs.export_job_open(user=fact_checker, job=job)


def test_an_unfinished_job_has_nothing_to_download(auditor):
    with pytest.raises(InvalidInput):
        export_jobs.export_job_open(user=auditor, job=pending_job(auditor))


def test_the_list_shows_a_users_own_jobs_newest_first(auditor, make_user):
    other = make_user("other_auditor", "auditor")
    first, second = pending_job(auditor), pending_job(auditor)
    pending_job(other)
    assert list(export_jobs.export_jobs_recent(user=auditor)) == [second, first]


def test_purge_deletes_old_finished_jobs_and_their_files(
    history, auditor, media_root, settings, django_capture_on_commit_callbacks
):
    settings.EXPORT_JOB_KEEP_DAYS = 7
    old = started(auditor, capture=django_capture_on_commit_callbacks)
    recent = started(auditor, capture=django_capture_on_commit_callbacks)
    waiting = pending_job(auditor)
    ExportJob.objects.filter(pk__in=[old.pk, waiting.pk]).update(
        created_at=timezone.now() - timedelta(days=8)
    )
    assert export_tasks.export_jobs_purge.delay().get() == 1
    assert set(ExportJob.objects.values_list("pk", flat=True)) == {recent.pk, waiting.pk}
    assert not (media_root / old.file.name).exists() and (media_root / recent.file.name).exists()
