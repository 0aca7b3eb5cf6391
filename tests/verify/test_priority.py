"""Queue priority: the computed score, opening reviews with it, and which claims count as worked on."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from claims.models import Claim, ClaimKind
from tests.factories import ArticleFactory, ClaimFactory, ReviewFactory, review_in
from verify.models import Review, ReviewState
from verify.services import reviews

pytestmark = pytest.mark.django_db


def claim_of(**fields) -> Claim:
    article = ArticleFactory(published_on=fields.pop("published_on", timezone.localdate()))
    return ClaimFactory(article=article, **fields)


def test_more_check_worthy_claims_score_higher():
    assert reviews.priority_score(claim_of(checkworthiness=0.9)) > reviews.priority_score(claim_of(checkworthiness=0.2))


def test_older_claims_score_lower():
    today = claim_of()
    last_month = claim_of(published_on=timezone.localdate() - timedelta(days=30))
    assert reviews.priority_score(today) > reviews.priority_score(last_month)


def test_figures_and_direct_quotes_score_higher_than_plain_statements():
    with_figure = claim_of(kind=ClaimKind.DIRECT, quantities=[{"value": 40000}])
    statement = claim_of(kind=ClaimKind.STATEMENT)
    assert reviews.priority_score(with_figure) > reviews.priority_score(statement)


def test_the_score_stays_between_0_and_1():
    top = claim_of(checkworthiness=1.0, kind=ClaimKind.DIRECT, quantities=[{"value": 1}])
    bottom = claim_of(checkworthiness=0.0, kind=ClaimKind.STATEMENT, published_on=timezone.localdate() - timedelta(
        days=3650))
    assert reviews.priority_score(top) == 1.0 and 0 <= reviews.priority_score(bottom) < 0.01


def test_new_reviews_open_with_their_score():
    claim = claim_of(checkworthiness=0.7)
    [review] = reviews.reviews_open(claims=[claim])
    assert review.state == ReviewState.NEW and review.priority == reviews.priority_score(claim)


def test_refreshing_scores_touches_waiting_reviews_only_and_leaves_versions_alone(fact_checker):
    waiting = ReviewFactory(state=ReviewState.QUEUED, priority=0.0)
    busy = review_in(ReviewState.IN_REVIEW, assignee=fact_checker, priority=0.0)
    assert reviews.reviews_priority_refresh() == 1
    waiting.refresh_from_db()
    busy.refresh_from_db()
    assert waiting.priority > 0 and waiting.version == 1 and busy.priority == 0.0


def test_claims_with_review_activity_include_any_claim_with_audit_history(fact_checker):
    untouched = ReviewFactory()
    started = review_in(ReviewState.QUEUED)
    restored = ReviewFactory()
    reviews.review_dismiss(review=restored, actor=fact_checker, reason="Opinion")
    reviews.review_restore(review=restored, actor=fact_checker, to_state="new")
    busy = reviews.claims_with_review_activity(Claim.objects.all())
    assert set(busy.values_list("id", flat=True)) == {started.claim_id, restored.claim_id}
    assert untouched.claim_id not in set(busy.values_list("id", flat=True))
    assert Review.objects.count() == 3
