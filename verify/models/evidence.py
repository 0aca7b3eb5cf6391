"""What a review rests on: sources with their evidence, reviewers' notes, and verdicts.

Rows here are kept: a removed source is marked removed (verdicts keep citing it), an edited note
keeps its earlier texts as ``NoteRevision`` rows, and every verdict ever proposed stays, with
only its decision fields (status, decided_by, decided_at, decision_note) changed afterwards.
"""

from django.conf import settings
from django.core.validators import MaxLengthValidator, ProhibitNullCharactersValidator, URLValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from verify.ratings import Attribution
from verify.workflow_input import RATIONALE_MAX_CHARS, SUMMARY_MAX_CHARS

EXCERPT_MAX_CHARS = 5_000
NOTE_MAX_CHARS = 10_000
http_url = URLValidator(schemes=["http", "https"], message="Enter an http:// or https:// address.")
no_nul = ProhibitNullCharactersValidator()


class Stance(models.TextChoices):
    SUPPORTS = "supports", "Supports the claim"
    REFUTES = "refutes", "Refutes the claim"
    CONTEXT = "context", "Gives context"


class MetadataStatus(models.TextChoices):
    PENDING = "pending", "Waiting to be fetched"
    FETCHED = "fetched", "Fetched"
    FAILED = "failed", "Could not be fetched"
    MANUAL = "manual", "Entered by hand"


class Source(models.Model):
    """A document a review cites; title and publisher are fetched when the reviewer left them blank."""

    review = models.ForeignKey("verify.Review", on_delete=models.CASCADE, related_name="sources")
    url = models.URLField(max_length=2000, validators=[http_url])
    title = models.CharField(max_length=500, blank=True, validators=[no_nul])
    publisher = models.CharField(max_length=300, blank=True, validators=[no_nul])
    published_on = models.DateField(null=True, blank=True)
    accessed_on = models.DateField(default=timezone.localdate)
    excerpt = models.TextField(blank=True, validators=[MaxLengthValidator(EXCERPT_MAX_CHARS), no_nul])
    stance = models.CharField(max_length=16, choices=Stance.choices)
    archive_url = models.URLField(max_length=2000, blank=True, validators=[http_url])
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    metadata_status = models.CharField(
        max_length=16, choices=MetadataStatus.choices, default=MetadataStatus.MANUAL
    )
    metadata_error = models.TextField(blank=True)
    metadata_fetched_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    removed_at = models.DateTimeField(null=True, blank=True)
    removed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["review", "created_at", "id"]
        indexes = [
            models.Index(fields=["review", "removed_at"], name="source_review_current_idx"),
            models.Index(fields=["metadata_status", "created_at"], name="source_metadata_idx"),
        ]

    def __str__(self) -> str:
        return self.title or self.url

    @property
    def is_removed(self) -> bool:
        return self.removed_at is not None


class Note(models.Model):
    """An internal remark of a reviewer on a review; only its author edits it."""

    review = models.ForeignKey("verify.Review", on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    text = models.TextField(validators=[MaxLengthValidator(NOTE_MAX_CHARS), no_nul])
    created_at = models.DateTimeField(auto_now_add=True)
    edited_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["review", "created_at", "id"]

    def __str__(self) -> str:
        return self.text[:80]


class NoteRevision(models.Model):
    """An earlier text of a note, kept when the note was edited."""

    note = models.ForeignKey(Note, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField()
    text = models.TextField()
    written_at = models.DateTimeField(help_text="When this text was written.")
    replaced_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["note", "number"]
        constraints = [
            models.UniqueConstraint(fields=["note", "number"], name="note_revision_unique_number"),
        ]


class VerdictStatus(models.TextChoices):
    PROPOSED = "proposed", "Proposed"
    SENT_BACK = "sent_back", "Sent back"
    APPROVED = "approved", "Approved"
    SUPERSEDED = "superseded", "Superseded"


class Verdict(models.Model):
    """One proposed verdict on a claim: attribution and substance findings, summary, sources.

    The substance label and ClaimReview value are copied from the scale when proposed, so a later
    change of ``VERDICT_SUBSTANCE_SCALE`` leaves this verdict as it was.
    """

    review = models.ForeignKey("verify.Review", on_delete=models.PROTECT, related_name="verdicts")
    number = models.PositiveIntegerField(help_text="1 for the review's first verdict, then 2, ...")
    status = models.CharField(max_length=16, choices=VerdictStatus.choices, default=VerdictStatus.PROPOSED)
    attribution = models.CharField(max_length=32, choices=Attribution.choices, blank=True)
    attribution_rationale = models.TextField(blank=True, validators=[MaxLengthValidator(RATIONALE_MAX_CHARS)])
    substance = models.CharField(max_length=40, help_text="Key of the rating on the substance scale.")
    substance_label = models.CharField(max_length=200)
    substance_value = models.PositiveSmallIntegerField(null=True, blank=True)
    substance_alternate_name = models.CharField(max_length=200)
    substance_rationale = models.TextField(validators=[MaxLengthValidator(RATIONALE_MAX_CHARS)])
    summary = models.TextField(validators=[MaxLengthValidator(SUMMARY_MAX_CHARS)])
    sources = models.ManyToManyField(Source, related_name="verdicts")
    recheck_on = models.DateField(null=True, blank=True)
    proposed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    proposed_at = models.DateTimeField()
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
        help_text="The editor who approved the verdict or sent it back.",
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField(blank=True)

    class Meta:
        ordering = ["review", "number"]
        constraints = [
            models.UniqueConstraint(fields=["review", "number"], name="verdict_unique_number"),
            models.UniqueConstraint(
                fields=["review"], condition=Q(status=VerdictStatus.PROPOSED), name="verdict_one_pending_per_review"
            ),
            models.CheckConstraint(
                condition=~Q(status__in=[VerdictStatus.APPROVED, VerdictStatus.SUPERSEDED])
                | ~Q(decided_by=F("proposed_by")),
                name="verdict_four_eyes",
            ),
            models.CheckConstraint(
                condition=Q(status=VerdictStatus.PROPOSED) | Q(decided_at__isnull=False, decided_by__isnull=False),
                name="verdict_decision_recorded",
            ),
        ]
        indexes = [models.Index(fields=["status", "-decided_at"], name="verdict_status_decided_idx")]

    def __str__(self) -> str:
        return f"Verdict {self.number} on claim review {self.review_id}: {self.substance_label} ({self.status})"

    @property
    def approved_by(self):
        """The approving editor, once approved (None while proposed or when sent back)."""
        return self.decided_by if self.status in (VerdictStatus.APPROVED, VerdictStatus.SUPERSEDED) else None
