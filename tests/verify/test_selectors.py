"""The desk's queues and a claim's history: who sees what, in which order, at a constant query count."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from access import roles
from claims.models import ClaimKind
from tests.factories import ClaimFactory, ReviewFactory, review_in
from verify.errors import InvalidInput
from verify.models import Review, ReviewState
from verify.selectors import claims_for_queue, review_history
from verify.services import reviews, verdicts

pytestmark = pytest.mark.django_db
S = ReviewState


def queue_ids(user, queue, **filters):
    return [claim.id for claim in claims_for_queue(user=user, queue=queue, filters=filters)]


def test_unassigned_is_ordered_by_effective_priority_and_an_override_moves_a_claim_up(fact_checker, editor):
    low = ReviewFactory(state=S.QUEUED, priority=0.1)
    high = ReviewFactory(state=S.QUEUED, priority=0.9)
    middle = ReviewFactory(state=S.QUEUED, priority=0.5)
    ReviewFactory(state=S.NEW, priority=1.0)
    assert queue_ids(fact_checker, "unassigned") == [high.claim_id, middle.claim_id, low.claim_id]
    reviews.review_priority_override(review=low, actor=editor, priority=0.95)
    reviews.review_priority_override(review=high, actor=editor, priority=0.0)
    assert queue_ids(fact_checker, "unassigned") == [low.claim_id, middle.claim_id, high.claim_id]


def test_mine_lists_only_my_claims_being_worked_on(fact_checker, other_fact_checker):
    mine = [review_in(state, assignee=fact_checker) for state in (S.IN_REVIEW, S.AWAITING_SOURCE,
                                                                  S.VERDICT_PROPOSED)]
    review_in(S.IN_REVIEW, assignee=other_fact_checker)
    review_in(S.QUEUED)
    assert sorted(queue_ids(fact_checker, "mine")) == sorted(review.claim_id for review in mine)


def test_awaiting_my_approval_hides_my_own_proposals_and_is_for_editors_only(fact_checker, editor, other_editor):
    theirs = review_in(S.VERDICT_PROPOSED, assignee=fact_checker)
    own = review_in(S.VERDICT_PROPOSED, assignee=editor)
    assert queue_ids(editor, "awaiting_my_approval") == [theirs.claim_id]
    assert queue_ids(other_editor, "awaiting_my_approval") == [theirs.claim_id, own.claim_id]
    assert queue_ids(fact_checker, "awaiting_my_approval") == []


def test_overdue_lists_claims_whose_awaited_source_is_past_due(auditor):
    late = review_in(S.AWAITING_SOURCE, due_on=timezone.localdate() - timedelta(days=1))
    on_time = review_in(S.AWAITING_SOURCE, due_on=timezone.localdate())
    assert queue_ids(auditor, "overdue") == [late.claim_id]
    assert queue_ids(auditor, "awaiting_source") == [late.claim_id, on_time.claim_id]


def test_recently_published_shows_the_last_week_newest_first(auditor):
    old = review_in(S.PUBLISHED)
    Review.objects.filter(pk=old.pk).update(published_at=timezone.now() - timedelta(days=8))
    older = review_in(S.PUBLISHED)
    Review.objects.filter(pk=older.pk).update(published_at=timezone.now() - timedelta(days=1))
    newest = review_in(S.PUBLISHED)
    assert queue_ids(auditor, "recently_published") == [newest.claim_id, older.claim_id]


def test_people_without_a_desk_role_see_empty_queues(outsider, newsroom_system):
    review_in(S.QUEUED)
    assert queue_ids(outsider, "unassigned") == [] == queue_ids(newsroom_system, "unassigned")


def test_filters_narrow_a_queue(fact_checker):
    direct = ReviewFactory(state=S.QUEUED, claim=ClaimFactory(kind=ClaimKind.DIRECT, content="Taxes will fall"))
    ReviewFactory(state=S.QUEUED)
    assert queue_ids(fact_checker, "unassigned", kind="direct") == [direct.claim_id]
    assert queue_ids(fact_checker, "unassigned", search="taxes") == [direct.claim_id]
    assert queue_ids(fact_checker, "unassigned", article=direct.claim.article_id) == [direct.claim_id]


@pytest.mark.parametrize("queue,filters", [
    ("everything", {}), (None, {}), ("unassigned", {"kind": "poem"}), ("unassigned", {"speaker": "1"}),
    ("unassigned", {"search": "x" * 201}), ("unassigned", {"state": "queued"}),
])
def test_unknown_queues_and_bad_filters_are_invalid_input(fact_checker, queue, filters):
    with pytest.raises(InvalidInput):
        claims_for_queue(user=fact_checker, queue=queue, filters=filters)


@pytest.mark.parametrize("queue", ["mine", "unassigned", "awaiting_source", "awaiting_my_approval", "overdue",
                                   "recently_published"])
def test_a_queue_page_costs_the_same_queries_for_3_or_30_claims(
    queue, editor, fact_checker, django_assert_num_queries
):
    def page() -> int:
        claims = claims_for_queue(user=editor, queue=queue, filters={})
        return sum(len(str(c.article)) + len(str(c.speaker)) + len(c.review.state) +
                   len(str(c.review.assignee)) for c in claims[:50])

    state = {"mine": S.IN_REVIEW, "unassigned": S.QUEUED, "awaiting_source": S.AWAITING_SOURCE,
             "awaiting_my_approval": S.VERDICT_PROPOSED, "overdue": S.AWAITING_SOURCE,
             "recently_published": S.PUBLISHED}[queue]
    due = {"due_on": timezone.localdate() - timedelta(days=1)} if state == S.AWAITING_SOURCE else {}
    assignee = editor if queue == "mine" else fact_checker
    for count in (3, 30):
        while Review.objects.filter(state=state).count() < count:
            review_in(state, assignee=assignee, **due)
        roles.role_cache_clear(editor)
        with django_assert_num_queries(2):  # the editor's roles, then the page
            page()


def test_history_lists_entries_and_verdicts_at_a_constant_query_count(
    fact_checker, editor, other_editor, django_assert_num_queries
):
    review = review_in(S.VERDICT_PROPOSED, assignee=fact_checker)
    verdicts.verdict_approve(review=review, actor=editor)
    reviews.review_reopen(review=review, actor=other_editor, reason="New data.")
    with django_assert_num_queries(3):  # entries, verdicts with people, their sources (prefetch)
        history = review_history(review)
        texts = [(e.action, e.actor_username) for e in history.entries]
        cited = [(v.proposed_by.username, v.decided_by.username, [s.url for s in v.sources.all()])
                 for v in history.verdicts]
    assert [action for action, _ in texts] == ["approve", "reopen"]
    assert len(cited) == 1 and cited[0][1] == "editor"
