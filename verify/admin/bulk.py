"""Bulk actions on the claim list: one workflow call per claim, one summary message.

"Claimed 3. 2 refused: 1 already claimed by bob; 1 dismissed." Each claim goes through
``transition_apply`` on its own (its own transaction and audit entry), so one refusal never
undoes the others.
"""

from __future__ import annotations

from django import forms
from django.contrib.admin import helpers
from django.db.models import QuerySet
from django.http import HttpRequest

from verify import admin_messages
from verify.action_forms import assignee_choices
from verify.errors import WorkflowError
from verify.models import Review
from verify.services.reviews import review_load
from verify.services.transitions import transition_apply


class DeskActionForm(helpers.ActionForm):
    """The action menu plus what some actions need: whom to assign, why to dismiss, what priority."""

    assignee = forms.ChoiceField(choices=assignee_choices, required=False)
    reason = forms.CharField(
        required=False, widget=forms.TextInput(attrs={"placeholder": "Reason", "size": 30}),
    )
    # Text, not a number field: a bad value must reach the workflow and be explained, not make
    # Django's action form invalid ("No action selected").
    priority = forms.CharField(
        required=False, widget=forms.NumberInput(attrs={"placeholder": "Priority 0–1", "step": 0.05}),
    )


def action_data(request: HttpRequest, *names: str) -> dict:
    """The action form's values for ``names`` as posted (the workflow parses and checks them)."""
    return {name: request.POST.get(name, "") for name in names}


def transition_each(request: HttpRequest, claims: QuerySet, *, action: str, data: dict) -> None:
    """Take ``action`` on the review of each selected claim and report the outcome in one message."""
    outcome = admin_messages.BulkOutcome(action)
    reviews = Review.objects.filter(claim_id__in=claims.values("pk")).order_by("pk")
    for review in reviews:
        try:
            transition_apply(review=review, actor=request.user, action=action, data=data,
                             expected_version=None)
        except WorkflowError as error:
            outcome.refused(error, review_load(review.pk), request.user)
        else:
            outcome.succeeded += 1
    admin_messages.bulk_outcome_message(request, outcome)
