"""A claim's whole way through the desk, from extraction to a published verdict and a reopen."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import ReviewFactory
from verify.models import AuditEntry, ReviewState, Verdict, VerdictStatus
from verify.services import reviews, sources, verdicts

pytestmark = pytest.mark.django_db


def test_claim_goes_from_new_to_published_and_back_with_every_step_audited(fact_checker, editor, other_editor):
    review = ReviewFactory()
    review = reviews.review_queue(review=review, actor=fact_checker)
    review = reviews.review_claim(review=review, actor=fact_checker, expected_version=review.version)
    review = reviews.review_await_source(
        review=review, actor=fact_checker, due_on=timezone.localdate() + timedelta(days=2), reason="Asked the office"
    )
    review = reviews.review_resume(review=review, actor=fact_checker)
    source = sources.source_add(review=review, actor=fact_checker, url="https://stats.example.org/a",
                                stance="supports", title="Wages", publisher="Stats office")
    review = verdicts.verdict_propose(
        review=review, actor=fact_checker, substance="mostly_true", substance_rationale="Close to 40,012.",
        summary="About right.", attribution="confirmed", attribution_rationale="On video.", source_ids=[source.id],
    )
    review = verdicts.verdict_approve(review=review, actor=editor)
    assert review.state == ReviewState.PUBLISHED
    review = reviews.review_reopen(review=review, actor=other_editor, reason="New figures out")
    assert review.state == ReviewState.IN_REVIEW
    actions = list(AuditEntry.objects.values_list("action", flat=True))
    assert actions == ["queue", "claim", "await_source", "resume", "source_add", "propose_verdict", "approve", "reopen"]
    assert Verdict.objects.get().status == VerdictStatus.APPROVED
    assert review.version == 9
