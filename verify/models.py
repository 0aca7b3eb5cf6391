"""Review of a claim: its place in the workflow, who works on it, and its priority."""

from django.conf import settings
from django.db import models
from django_fsm import FSMField


class ReviewState(models.TextChoices):
    NEW = "new", "New"
    QUEUED = "queued", "Queued"
    DISMISSED = "dismissed", "Dismissed"
    IN_REVIEW = "in_review", "In review"
    AWAITING_SOURCE = "awaiting_source", "Awaiting source"
    VERDICT_PROPOSED = "verdict_proposed", "Verdict proposed"
    PUBLISHED = "published", "Published"


class Review(models.Model):
    """The workflow record of one claim; created when the claim is extracted."""

    claim = models.OneToOneField("claims.Claim", on_delete=models.CASCADE, related_name="review")
    state = FSMField(max_length=20, choices=ReviewState.choices, default=ReviewState.NEW, protected=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="reviews"
    )
    priority = models.FloatField(default=0.0)
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [
            models.Index(fields=["state", "-priority"], name="review_state_priority_idx"),
            models.Index(fields=["assignee", "state"], name="review_assignee_state_idx"),
        ]

    def __str__(self) -> str:
        return f"Review of claim {self.claim_id} ({self.state})"
