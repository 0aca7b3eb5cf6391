"""The review of a claim: its place in the workflow, who works on it, and its queue priority.

The state changes only through the transitions of ``verify.workflow.ReviewWorkflow``; services
persist them with a compare-and-set update of ``version``.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django_fsm import FSMField, FSMModelMixin

from verify.workflow import ReviewState, ReviewWorkflow


class Review(ReviewWorkflow, FSMModelMixin, models.Model):
    """The workflow record of one claim; opened when the claim is extracted."""

    claim = models.OneToOneField("claims.Claim", on_delete=models.CASCADE, related_name="review")
    state = FSMField(max_length=20, choices=ReviewState.choices, default=ReviewState.NEW, protected=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="reviews"
    )
    proposer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text="Who proposed the verdict waiting for approval (four-eyes: they may not approve it).",
    )
    priority = models.FloatField(default=0.0, help_text="Computed score, see priority_score().")
    priority_override = models.FloatField(null=True, blank=True, help_text="An editor's priority, 0 to 1.")
    effective_priority = models.GeneratedField(
        expression=Coalesce("priority_override", "priority"), output_field=models.FloatField(), db_persist=True
    )
    due_on = models.DateField(null=True, blank=True, help_text="When the awaited source should have answered.")
    dismissed_reason = models.TextField(blank=True)
    recheck_on = models.DateField(
        null=True, blank=True, help_text="When the published verdict's time-bound figures need a recheck."
    )
    published_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [
            models.Index(fields=["state", "-effective_priority", "id"], name="review_queue_order_idx"),
            models.Index(fields=["assignee", "state"], name="review_assignee_state_idx"),
            models.Index(fields=["state", "due_on"], name="review_state_due_idx"),
            models.Index(fields=["state", "recheck_on"], name="review_state_recheck_idx"),
            models.Index(fields=["state", "-published_at"], name="review_state_published_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(priority_override__isnull=True) | Q(priority_override__gte=0, priority_override__lte=1),
                name="review_priority_override_unit_range",
            ),
            models.CheckConstraint(
                condition=~Q(state=ReviewState.AWAITING_SOURCE) | Q(due_on__isnull=False),
                name="review_awaiting_source_has_due_date",
            ),
            models.CheckConstraint(condition=Q(version__gte=1), name="review_version_positive"),
        ]

    def __str__(self) -> str:
        return f"Review of claim {self.claim_id} ({self.state})"

    @property
    def is_overdue(self) -> bool:
        return self.state == ReviewState.AWAITING_SOURCE and self.due_on is not None and (
            self.due_on < timezone.localdate()
        )
