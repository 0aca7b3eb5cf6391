"""Beat jobs: idle claims released, overdue sources and waiting proposals reminded, rechecks queued,
and the outbox relay re-sending what a lost task left behind. Times are relative to "now"."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.conf import settings as django_settings
from django.core import mail
from django.utils import timezone

from config.celery import app as celery_app
from tests.factories import NoteFactory, ReviewFactory, VerdictFactory
from verify import tasks
from verify.models import AuditEntry, Review, ReviewState
from verify.models.webhooks import AuditEntryDispatch, Notification, NotificationState
from verify.services import housekeeping, reviews

pytestmark = pytest.mark.django_db


def days_ago(days: float):
    return timezone.now() - timedelta(days=days)


def idle_since(review: Review, when) -> Review:
    Review.objects.filter(pk=review.pk).update(updated_at=when)
    return review


# --- Idle release -----------------------------------------------------------------------------


def test_claim_idle_in_review_past_the_limit_goes_back_to_the_queue(settings, fact_checker):
    settings.REVIEW_IDLE_RELEASE_HOURS = 72
    idle = idle_since(ReviewFactory(state=ReviewState.IN_REVIEW, assignee=fact_checker), days_ago(4))
    assert tasks.reviews_idle_release.apply().get() == 1
    idle.refresh_from_db()
    assert (idle.state, idle.assignee) == (ReviewState.QUEUED, None)
    entry = AuditEntry.objects.get(review=idle, action="release")
    assert entry.actor is None and "72 hours" in entry.reason


def test_recently_worked_claims_are_not_released(fact_checker):
    fresh = ReviewFactory(state=ReviewState.IN_REVIEW, assignee=fact_checker)
    with_note = idle_since(ReviewFactory(state=ReviewState.IN_REVIEW, assignee=fact_checker), days_ago(5))
    NoteFactory(review=with_note, author=fact_checker)
    waiting = idle_since(ReviewFactory(state=ReviewState.AWAITING_SOURCE), days_ago(10))
    assert housekeeping.reviews_idle_release() == 0
    assert [r.state for r in Review.objects.filter(pk__in=[fresh.pk, with_note.pk, waiting.pk]).order_by("pk")] == [
        ReviewState.IN_REVIEW, ReviewState.IN_REVIEW, ReviewState.AWAITING_SOURCE
    ]


def test_idle_release_is_relative_to_the_time_given(fact_checker):
    review = idle_since(ReviewFactory(state=ReviewState.IN_REVIEW, assignee=fact_checker), days_ago(1))
    assert housekeeping.reviews_idle(now=timezone.now()) == []
    assert housekeeping.reviews_idle(now=timezone.now() + timedelta(days=3)) == [review]


# --- Overdue sources --------------------------------------------------------------------------


def test_assignee_is_told_once_when_the_awaited_source_is_overdue(fact_checker, django_capture_on_commit_callbacks):
    yesterday = timezone.localdate() - timedelta(days=1)
    ReviewFactory(state=ReviewState.AWAITING_SOURCE, assignee=fact_checker, due_on=yesterday)
    ReviewFactory(state=ReviewState.AWAITING_SOURCE, assignee=fact_checker)  # due in three days
    with django_capture_on_commit_callbacks(execute=True):
        assert housekeeping.reviews_overdue_notify() == 1
        assert housekeeping.reviews_overdue_notify() == 0
    (message,) = mail.outbox
    assert message.to == [fact_checker.email] and yesterday.isoformat() in message.body


# --- Proposals waiting ------------------------------------------------------------------------


@pytest.fixture
def waiting_proposal(fact_checker):
    review = ReviewFactory(state=ReviewState.VERDICT_PROPOSED, assignee=fact_checker, proposer=fact_checker)
    VerdictFactory(review=review, proposed_by=fact_checker, proposed_at=timezone.now() - timedelta(hours=30))
    return review


def test_editors_are_reminded_once_a_day_of_a_proposal_waiting_too_long(
    waiting_proposal, editor, other_editor, settings
):
    settings.PROPOSAL_REMINDER_AFTER_HOURS = 24
    now = timezone.now()
    assert housekeeping.proposals_remind(now=now) == 2
    assert housekeeping.proposals_remind(now=now + timedelta(hours=2)) == 0
    assert housekeeping.proposals_remind(now=now + timedelta(days=1)) == 2
    assert Notification.objects.filter(recipient=waiting_proposal.proposer).count() == 0


def test_recent_proposals_need_no_reminder(fact_checker, editor, settings):
    settings.PROPOSAL_REMINDER_AFTER_HOURS = 24
    review = ReviewFactory(state=ReviewState.VERDICT_PROPOSED, assignee=fact_checker, proposer=fact_checker)
    VerdictFactory(review=review, proposed_by=fact_checker, proposed_at=timezone.now() - timedelta(hours=2))
    assert housekeeping.proposals_remind() == 0


# --- Rechecks ---------------------------------------------------------------------------------


def test_published_claims_due_for_a_recheck_go_back_to_the_queue():
    today = timezone.localdate()
    due = ReviewFactory(state=ReviewState.PUBLISHED, recheck_on=today, published_at=days_ago(90))
    later = ReviewFactory(state=ReviewState.PUBLISHED, recheck_on=today + timedelta(days=1))
    assert tasks.reviews_recheck_due.apply().get() == 1
    assert housekeeping.reviews_recheck_due() == 0
    due.refresh_from_db()
    later.refresh_from_db()
    assert (due.state, later.state) == (ReviewState.QUEUED, ReviewState.PUBLISHED)
    assert AuditEntry.objects.get(review=due, action="recheck").actor is None


# --- Outbox relay -----------------------------------------------------------------------------


def test_relay_runs_side_effects_whose_task_was_lost(editor, fact_checker, django_capture_on_commit_callbacks):
    review = ReviewFactory(state=ReviewState.QUEUED)
    with django_capture_on_commit_callbacks(execute=False):  # the broker was down: the task is lost
        reviews.review_assign(review=review, actor=editor, assignee=fact_checker)
    entry = AuditEntry.objects.get(review=review, action="assign")
    assert housekeeping.audit_entries_undispatched() == []  # not late yet
    assert housekeeping.audit_entries_undispatched(now=timezone.now() + timedelta(minutes=2)) == [entry.pk]


def test_relay_sends_stranded_emails_and_marks_lost_entries(editor, fact_checker, django_capture_on_commit_callbacks):
    review = ReviewFactory(state=ReviewState.QUEUED)
    with django_capture_on_commit_callbacks(execute=False):
        reviews.review_assign(review=review, actor=editor, assignee=fact_checker)
    with django_capture_on_commit_callbacks(execute=False):
        late = timezone.now() + timedelta(minutes=2)
        for entry_id in housekeeping.audit_entries_undispatched(now=late):
            tasks.transition_recorded.apply(args=[entry_id])
    assert AuditEntryDispatch.objects.count() == 1
    Notification.objects.update(next_attempt_at=timezone.now() - timedelta(minutes=5))
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.outbox_relay.apply().get()["notifications"] == 1
    assert Notification.objects.get().state == NotificationState.SENT
    assert len(mail.outbox) == 1


def test_beat_schedule_names_registered_tasks():
    celery_app.loader.import_default_modules()
    for name, entry in getattr(django_settings, "CELERY_BEAT_SCHEDULE", {}).items():
        assert entry["task"] in celery_app.tasks, name
