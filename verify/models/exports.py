"""Export jobs: big exports written to a file under ``MEDIA_ROOT/exports`` by a Celery task.

The admin shows a job's progress (``rows_done`` of ``rows_total``) until it is ``done``, then
offers ``file`` for download. ``attempt`` is raised each time a worker starts the job, so a
redelivered task and the one it replaces cannot both finish it.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q


class ExportFormat(models.TextChoices):
    CSV = "csv", "CSV (audit history)"
    JSONL = "jsonl", "JSON Lines (audit history, verifiable)"
    CLAIMREVIEW = "claimreview", "ClaimReview JSON-LD (published verdicts)"


class ExportJobState(models.TextChoices):
    PENDING = "pending", "Waiting for a worker"
    RUNNING = "running", "Running"
    DONE = "done", "Ready to download"
    FAILED = "failed", "Failed"


class ExportJob(models.Model):
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="export_jobs"
    )
    format = models.CharField(max_length=16, choices=ExportFormat.choices)
    filters = models.JSONField(default=dict, blank=True, help_text="ExportFilters.as_dict() of the request.")
    state = models.CharField(max_length=16, choices=ExportJobState.choices, default=ExportJobState.PENDING)
    rows_done = models.PositiveBigIntegerField(default=0)
    rows_total = models.PositiveBigIntegerField(
        null=True, blank=True, help_text="Counted when the job starts."
    )
    file = models.FileField(upload_to="exports/", max_length=300, blank=True)
    error = models.TextField(blank=True)
    attempt = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True, help_text="Last change, progress included.")
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["requested_by", "-created_at"], name="exportjob_user_created_idx")]
        constraints = [
            models.CheckConstraint(
                condition=~Q(state=ExportJobState.DONE) | ~Q(file=""), name="exportjob_done_has_file"
            ),
        ]

    def __str__(self) -> str:
        return f"Export {self.pk} ({self.format}, {self.state})"

    @property
    def percent_done(self) -> int | None:
        if self.state == ExportJobState.DONE:
            return 100
        if not self.rows_total:
            return None
        return min(99, self.rows_done * 100 // self.rows_total)
