"""Review transitions' preconditions, versions and what each leaves on the review."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import ReviewFactory, review_in
from verify.errors import ConflictError, InvalidInput, NotPermitted, StaleVersion, TransitionNotAllowed
from verify.models import AuditEntry, Review, ReviewState
from verify.services import reviews

pytestmark = pytest.mark.django_db
S = ReviewState


def tomorrow():
    return timezone.localdate() + timedelta(days=1)


@pytest.mark.parametrize("reason", ["", "   ", None])
def test_dismissal_needs_a_reason(fact_checker, reason):
    review = ReviewFactory()
    with pytest.raises(InvalidInput) as raised:
        reviews.review_dismiss(review=review, actor=fact_checker, reason=reason)
    assert set(raised.value.errors) == {"reason"}
    assert Review.objects.get().state == S.NEW


def test_dismissal_keeps_the_reason_and_restore_can_return_the_claim_to_new(fact_checker):
    review = reviews.review_dismiss(review=ReviewFactory(), actor=fact_checker, reason="  Opinion.  ")
    assert review.dismissed_reason == "Opinion."
    assert AuditEntry.objects.get().reason == "Opinion."
    review = reviews.review_restore(review=review, actor=fact_checker, to_state="new")
    assert (review.state, review.dismissed_reason) == (S.NEW, "")


def test_restore_refuses_a_target_other_than_new_or_queued(fact_checker):
    review = review_in(S.DISMISSED)
    with pytest.raises(InvalidInput) as raised:
        reviews.review_restore(review=review, actor=fact_checker, to_state="published")
    assert set(raised.value.errors) == {"to_state"}


@pytest.mark.parametrize("due_on", [None, "2030-01-01", timezone.localdate() - timedelta(days=1), timezone.now()])
def test_awaiting_a_source_needs_a_due_date_not_in_the_past(fact_checker, due_on):
    review = review_in(S.IN_REVIEW, assignee=fact_checker)
    with pytest.raises(InvalidInput) as raised:
        reviews.review_await_source(review=review, actor=fact_checker, due_on=due_on)
    assert set(raised.value.errors) == {"due_on"}


def test_waiting_for_a_source_stores_the_due_date_and_resuming_clears_it(fact_checker):
    review = review_in(S.IN_REVIEW, assignee=fact_checker)
    review = reviews.review_await_source(review=review, actor=fact_checker, due_on=tomorrow(), reason="Asked HR")
    assert (review.state, review.due_on) == (S.AWAITING_SOURCE, tomorrow())
    assert AuditEntry.objects.get().data == {"due_on": tomorrow().isoformat()}
    review = reviews.review_resume(review=review, actor=fact_checker)
    assert (review.state, review.due_on) == (S.IN_REVIEW, None)


def test_claiming_assigns_the_claim_to_the_fact_checker(fact_checker):
    review = reviews.review_claim(review=review_in(S.QUEUED), actor=fact_checker)
    assert (review.state, review.assignee) == (S.IN_REVIEW, fact_checker)
    assert AuditEntry.objects.get().data == {"assignee": "fact_checker"}


def test_claiming_a_claim_someone_else_has_is_a_conflict_naming_them(fact_checker, other_fact_checker):
    review = review_in(S.IN_REVIEW, assignee=fact_checker)
    with pytest.raises(ConflictError, match="fact_checker has already claimed"):
        reviews.review_claim(review=review, actor=other_fact_checker)


def test_claiming_your_own_claim_again_is_refused_without_conflict(fact_checker):
    review = review_in(S.IN_REVIEW, assignee=fact_checker)
    with pytest.raises(TransitionNotAllowed, match="already working"):
        reviews.review_claim(review=review, actor=fact_checker)


def test_editor_assigns_only_to_fact_checkers_and_editors(editor, auditor, fact_checker):
    review = review_in(S.QUEUED)
    with pytest.raises(InvalidInput, match="not a fact-checker"):
        reviews.review_assign(review=review, actor=editor, assignee=auditor)
    review = reviews.review_assign(review=review, actor=editor, assignee=fact_checker)
    assert (review.state, review.assignee) == (S.IN_REVIEW, fact_checker)


def test_editor_reassigns_a_claim_waiting_for_a_source_without_changing_its_state(editor, fact_checker,
                                                                                  other_fact_checker):
    review = review_in(S.AWAITING_SOURCE, assignee=fact_checker)
    review = reviews.review_assign(review=review, actor=editor, assignee=other_fact_checker)
    assert (review.state, review.assignee) == (S.AWAITING_SOURCE, other_fact_checker)
    assert AuditEntry.objects.get().data == {
        "assignee": other_fact_checker.username, "previous_assignee": "fact_checker"
    }


def test_releasing_puts_the_claim_back_unassigned(fact_checker):
    review = reviews.review_release(review=review_in(S.IN_REVIEW, assignee=fact_checker), actor=fact_checker)
    assert (review.state, review.assignee) == (S.QUEUED, None)


def test_the_system_may_release_an_idle_claim(fact_checker):
    review = review_in(S.IN_REVIEW, assignee=fact_checker)
    review = reviews.review_release(review=review, actor=None, reason="Idle for 72 hours.")
    entry = AuditEntry.objects.get()
    assert (review.state, entry.actor, entry.actor_username, entry.reason) == (S.QUEUED, None, "", "Idle for 72 hours.")


def test_another_fact_checker_cannot_release_my_claim(fact_checker, other_fact_checker):
    with pytest.raises(NotPermitted, match="working on this claim"):
        reviews.review_release(review=review_in(S.IN_REVIEW, assignee=fact_checker), actor=other_fact_checker)


def test_reopen_needs_a_reason_and_an_editor(editor, fact_checker):
    review = review_in(S.PUBLISHED)
    with pytest.raises(NotPermitted, match="Only an editor"):
        reviews.review_reopen(review=review, actor=fact_checker, reason="New figures")
    with pytest.raises(InvalidInput):
        reviews.review_reopen(review=review, actor=editor, reason="")
    review = reviews.review_reopen(review=review, actor=editor, reason="New figures")
    assert (review.state, review.assignee) == (S.IN_REVIEW, editor)


def test_recheck_by_the_system_waits_for_the_recheck_date():
    review = review_in(S.PUBLISHED, recheck_on=tomorrow())
    with pytest.raises(TransitionNotAllowed, match="not due"):
        reviews.review_recheck_due(review=review)
    Review.objects.filter(pk=review.pk).update(recheck_on=timezone.localdate())
    review = reviews.review_recheck_due(review=review)
    assert (review.state, review.recheck_on, review.assignee) == (S.QUEUED, None, None)
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.actor, entry.data) == ("recheck", None, {"recheck_on": timezone.localdate().isoformat()})


def test_running_the_recheck_twice_is_refused_the_second_time():
    review = review_in(S.PUBLISHED, recheck_on=timezone.localdate())
    reviews.review_recheck_due(review=review)
    with pytest.raises(TransitionNotAllowed):
        reviews.review_recheck_due(review=review)
    assert AuditEntry.objects.count() == 1


def test_a_change_based_on_a_stale_version_is_rejected(fact_checker):
    review = review_in(S.IN_REVIEW, assignee=fact_checker)
    reviews.review_await_source(review=review, actor=fact_checker, due_on=tomorrow(), expected_version=1)
    with pytest.raises(StaleVersion) as raised:
        reviews.review_resume(review=review, actor=fact_checker, expected_version=1)
    assert (raised.value.expected, raised.value.current) == (1, 2)
    assert Review.objects.get().state == S.AWAITING_SOURCE


def test_every_transition_bumps_the_version_by_one(fact_checker):
    review = ReviewFactory()
    for step in (reviews.review_queue, reviews.review_claim, reviews.review_release):
        before = review.version
        review = step(review=review, actor=fact_checker, expected_version=before)
        assert review.version == before + 1 == Review.objects.get().version


def test_a_lost_compare_and_set_race_is_a_conflict_in_the_users_words(fact_checker, monkeypatch):
    """Simulate the other writer committing between our read and our write."""
    review = review_in(S.QUEUED)
    real_load = reviews.review_load

    def load_then_someone_writes(ref):
        loaded = real_load(ref)
        Review.objects.filter(pk=loaded.pk).update(version=loaded.version + 1)
        return loaded

    monkeypatch.setattr(reviews, "review_load", load_then_someone_writes)
    with pytest.raises(ConflictError, match="Someone else claimed this claim a moment ago."):
        reviews.review_claim(review=review, actor=fact_checker)
    with pytest.raises(StaleVersion):
        reviews.review_claim(review=review, actor=fact_checker, expected_version=review.version)
    assert not AuditEntry.objects.exists()


@pytest.mark.parametrize("version", ["1", 1.0, True])
def test_expected_version_of_the_wrong_type_is_invalid_input(fact_checker, version):
    with pytest.raises(InvalidInput) as raised:
        reviews.review_queue(review=ReviewFactory(), actor=fact_checker, expected_version=version)
    assert set(raised.value.errors) == {"expected_version"}


def test_an_unknown_review_is_invalid_input(fact_checker):
    with pytest.raises(InvalidInput):
        reviews.review_queue(review=999_999, actor=fact_checker)


@pytest.mark.parametrize("priority", [-0.1, 1.5, float("nan"), float("inf"), "high", True])
def test_priority_override_must_be_a_number_between_0_and_1(editor, priority):
    with pytest.raises(InvalidInput) as raised:
        reviews.review_priority_override(review=review_in(S.QUEUED), actor=editor, priority=priority)
    assert set(raised.value.errors) == {"priority"}


def test_priority_override_sets_the_effective_priority_and_none_clears_it(editor):
    review = ReviewFactory(state=S.QUEUED, priority=0.2)
    review = reviews.review_priority_override(review=review, actor=editor, priority=0.95, reason="Election week")
    assert (review.priority_override, review.effective_priority) == (0.95, 0.95)
    assert AuditEntry.objects.get().data == {
        "priority_override": "0.95", "previous_override": None, "priority_score": "0.2"
    }
    review = reviews.review_priority_override(review=review, actor=editor, priority=None)
    assert (review.priority_override, review.effective_priority) == (None, 0.2)


@pytest.mark.parametrize("reason", ["x" * 2001, "bad\x00byte", 42])
def test_oversized_or_malformed_reasons_are_invalid_input(fact_checker, reason):
    with pytest.raises(InvalidInput) as raised:
        reviews.review_dismiss(review=ReviewFactory(), actor=fact_checker, reason=reason)
    assert set(raised.value.errors) == {"reason"}
