"""Two people acting on the same claim at the same moment, on real concurrent PostgreSQL connections."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from django.db import connection

from tests.factories import ReviewFactory, review_in
from verify.errors import ConflictError, StaleVersion
from verify.models import AuditEntry, Review, ReviewState
from verify.services import reviews

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def at_the_same_moment(*calls: Callable[[], object]) -> list[object]:
    """Run each call in its own thread (so its own database connection), released by one barrier;
    return each call's result or the exception it raised."""
    barrier = threading.Barrier(len(calls))
    results: list[object] = [None] * len(calls)

    def run(index: int, call: Callable[[], object]) -> None:
        try:
            barrier.wait(timeout=10)
            results[index] = call()
        except Exception as error:  # noqa: BLE001 - the test inspects it
            results[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return results


@pytest.mark.parametrize("attempt", range(5))
def test_two_fact_checkers_claiming_at_once_exactly_one_wins(fact_checker, other_fact_checker, attempt):
    review = ReviewFactory(state=ReviewState.QUEUED)
    results = at_the_same_moment(
        lambda: reviews.review_claim(review=review.pk, actor=fact_checker, expected_version=None),
        lambda: reviews.review_claim(review=review.pk, actor=other_fact_checker, expected_version=None),
    )
    winners = [result for result in results if isinstance(result, Review)]
    losers = [result for result in results if isinstance(result, Exception)]
    assert len(winners) == 1 and len(losers) == 1, results
    assert isinstance(losers[0], ConflictError) and "claimed" in losers[0].message
    stored = Review.objects.get(pk=review.pk)
    assert (stored.state, stored.assignee_id, stored.version) == (
        ReviewState.IN_REVIEW, winners[0].assignee_id, 2
    )
    assert AuditEntry.objects.filter(action="claim").count() == 1


def test_two_edits_from_the_same_version_at_once_one_is_stale(fact_checker, editor):
    review = review_in(ReviewState.IN_REVIEW, assignee=fact_checker)
    results = at_the_same_moment(
        lambda: reviews.review_release(review=review.pk, actor=fact_checker, expected_version=1),
        lambda: reviews.review_priority_override(review=review.pk, actor=editor, priority=0.9, expected_version=1),
    )
    assert sum(isinstance(result, Review) for result in results) == 1, results
    assert sum(isinstance(result, StaleVersion) for result in results) == 1, results
    assert list(AuditEntry.objects.values_list("seq", flat=True)) == [1]
