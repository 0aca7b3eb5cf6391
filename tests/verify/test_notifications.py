"""Side effects of workflow transitions: who gets which e-mail, which webhook events are due, once."""

from __future__ import annotations

import smtplib

import pytest
from django.core import mail

from access import roles
from tests.factories import ReviewFactory, SourceFactory
from verify import tasks
from verify.models import AuditEntry, ReviewState
from verify.models.webhooks import (
    AuditEntryDispatch,
    Notification,
    NotificationKind,
    NotificationState,
    WebhookDelivery,
)
from verify.services import events, notifications, reviews, verdicts, webhooks

pytestmark = pytest.mark.django_db


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    """Run a service as a request would: its on-commit tasks (eager here) run when it returns."""

    def run(service, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return service(**kwargs)

    return run


@pytest.fixture
def in_review(fact_checker):
    review = ReviewFactory(state=ReviewState.IN_REVIEW, assignee=fact_checker)
    SourceFactory(review=review)
    return review


@pytest.fixture
def subscription(newsroom_system, settings):
    settings.WEBHOOK_ALLOW_HTTP = True
    created, _secret = webhooks.webhook_subscription_create(
        owner=newsroom_system, url="https://cms.example.org/hook",
        events=["claim.transition", "verdict.published", "verdict.changed"],
    )
    return created


@pytest.fixture(autouse=True)
def _no_webhook_sending(monkeypatch):
    """These tests look at which deliveries are recorded; test_webhooks.py covers sending them."""
    monkeypatch.setattr(tasks.webhook_delivery_send, "delay", lambda *args, **kwargs: None)


def propose(review, actor, run):
    source_ids = list(review.sources.values_list("id", flat=True))
    return run(verdicts.verdict_propose, review=review, actor=actor, substance="mostly_true",
               substance_rationale="The office counts 40,012.", summary="About right.", source_ids=source_ids,
               attribution="confirmed", attribution_rationale="On the recording.")


def last_entry() -> AuditEntry:
    return AuditEntry.objects.order_by("-seq").first()


def events_of(entry: AuditEntry) -> list[str]:
    return sorted(WebhookDelivery.objects.filter(event_id__startswith=f"evt_{entry.seq}_")
                  .values_list("event_type", flat=True))


def test_assignee_is_emailed_when_an_editor_assigns_them(editor, fact_checker, run_on_commit):
    review = ReviewFactory(state=ReviewState.QUEUED)
    run_on_commit(reviews.review_assign, review=review, actor=editor, assignee=fact_checker)
    (message,) = mail.outbox
    assert message.to == [fact_checker.email]
    assert message.subject.startswith("Assigned to you:")
    assert "editor assigned this claim to you" in message.body
    assert review.claim.content in message.body


def test_claiming_for_oneself_sends_no_email(fact_checker, run_on_commit):
    review = ReviewFactory(state=ReviewState.QUEUED)
    run_on_commit(reviews.review_claim, review=review, actor=fact_checker)
    assert mail.outbox == []


def test_editors_but_not_the_proposer_are_emailed_about_a_proposal(
    in_review, fact_checker, editor, other_editor, make_user, run_on_commit
):
    make_user("no_mail_editor", roles.EDITOR, email="")
    propose(in_review, fact_checker, run_on_commit)
    assert sorted(m.to[0] for m in mail.outbox) == [editor.email, other_editor.email]
    assert all(m.subject.startswith("Verdict to approve:") for m in mail.outbox)


def test_proposer_gets_the_editors_note_when_a_verdict_is_sent_back(
    in_review, fact_checker, editor, run_on_commit
):
    propose(in_review, fact_checker, run_on_commit)
    mail.outbox.clear()
    run_on_commit(verdicts.verdict_send_back, review=in_review, actor=editor, reason="Cite the 2024 table.")
    (message,) = mail.outbox
    assert message.to == [fact_checker.email]
    assert "Cite the 2024 table." in message.body


def test_proposer_is_emailed_on_approval_and_newsrooms_get_the_verdict(
    in_review, fact_checker, editor, subscription, run_on_commit
):
    propose(in_review, fact_checker, run_on_commit)
    mail.outbox.clear()
    run_on_commit(verdicts.verdict_approve, review=in_review, actor=editor)
    (message,) = mail.outbox
    assert message.to == [fact_checker.email] and message.subject.startswith("Verdict published:")
    entry = last_entry()
    assert events_of(entry) == ["claim.transition", "verdict.published"]
    published = WebhookDelivery.objects.get(event_id=f"evt_{entry.seq}_verdict.published")
    data = published.payload["data"]
    assert data["verdict"]["substance"] == "mostly_true" and data["verdict"]["summary"] == "About right."
    assert data["claim"]["article"]["source_system"] == "cms-a"
    assert data["transition"] == {"action": "approve", "from": "verdict_proposed", "to": "published",
                                  "at": entry.occurred_at.isoformat(), "seq": entry.seq}


def test_reopening_and_republishing_tell_newsrooms_the_verdict_changed(
    in_review, fact_checker, editor, subscription, run_on_commit
):
    propose(in_review, fact_checker, run_on_commit)
    run_on_commit(verdicts.verdict_approve, review=in_review, actor=editor)
    run_on_commit(reviews.review_reopen, review=in_review, actor=editor, reason="New figures out.")
    reopened = last_entry()
    assert events_of(reopened) == ["claim.transition", "verdict.changed"]
    assert WebhookDelivery.objects.get(event_id=f"evt_{reopened.seq}_verdict.changed").payload["data"]["change"] \
        == "reopened"
    propose(in_review, fact_checker, run_on_commit)
    run_on_commit(verdicts.verdict_approve, review=in_review, actor=editor)
    assert events_of(last_entry()) == ["claim.transition", "verdict.changed", "verdict.published"]


def test_same_audit_entry_twice_sends_one_email_and_one_delivery_per_subscription(
    editor, fact_checker, subscription, run_on_commit
):
    review = ReviewFactory(state=ReviewState.QUEUED)
    run_on_commit(reviews.review_assign, review=review, actor=editor, assignee=fact_checker)
    entry = last_entry()
    assert AuditEntryDispatch.objects.filter(audit_entry=entry).exists()
    run_on_commit(events.transition_side_effects, audit_entry_id=entry.pk)
    AuditEntryDispatch.objects.filter(audit_entry=entry).delete()  # as if the marker were lost
    run_on_commit(events.transition_side_effects, audit_entry_id=entry.pk)
    assert len(mail.outbox) == 1
    assert WebhookDelivery.objects.filter(subscription=subscription).count() == 1


def test_side_effects_and_emails_are_enqueued_only_after_commit(
    editor, fact_checker, django_capture_on_commit_callbacks
):
    review = ReviewFactory(state=ReviewState.QUEUED)
    with django_capture_on_commit_callbacks(execute=False) as transition_callbacks:
        reviews.review_assign(review=review, actor=editor, assignee=fact_checker)
    assert transition_callbacks and not Notification.objects.exists()
    with django_capture_on_commit_callbacks(execute=False) as mail_callbacks:
        for callback in transition_callbacks:
            callback()
    assert Notification.objects.count() == 1 and mail.outbox == []
    for callback in mail_callbacks:
        callback()
    assert len(mail.outbox) == 1


def test_state_changes_go_to_subscribed_newsrooms_only_for_their_source_system(
    newsroom_system, editor, fact_checker, run_on_commit
):
    webhooks.webhook_subscription_create(owner=newsroom_system, url="https://a.example.org/", events=[
        "claim.transition"], source_system="cms-b")
    review = ReviewFactory(state=ReviewState.QUEUED)
    run_on_commit(reviews.review_assign, review=review, actor=editor, assignee=fact_checker)
    assert not WebhookDelivery.objects.exists()


def test_changes_without_a_state_change_cause_nothing(in_review, fact_checker, subscription, run_on_commit):
    from verify.services import sources

    mail.outbox.clear()
    run_on_commit(sources.source_add, review=in_review, actor=fact_checker, url="https://stats.example.org/x",
                  stance="supports", title="T", publisher="P")
    assert mail.outbox == [] and not WebhookDelivery.objects.exists()


def test_failed_email_is_retried_then_given_up(editor, fact_checker, monkeypatch, settings):
    settings.NOTIFICATION_MAX_ATTEMPTS = 2
    review = ReviewFactory(state=ReviewState.QUEUED)
    subject, body = notifications.message(NotificationKind.ASSIGNED, claim=review.claim, actor=editor)
    note = notifications.notification_queue(key="k", kind=NotificationKind.ASSIGNED, recipient=fact_checker,
                                            subject=subject, body=body)

    def broken(*args, **kwargs):
        raise smtplib.SMTPServerDisconnected("gone")

    monkeypatch.setattr(notifications, "send_mail", broken)
    first = notifications.notification_attempt(notification_id=note.pk, attempt=1)
    assert first.state == NotificationState.PENDING and first.retry_in > 0
    assert notifications.notification_attempt(notification_id=note.pk, attempt=2).state == NotificationState.FAILED
    note.refresh_from_db()
    assert note.state == NotificationState.FAILED and "gone" in note.error


def test_an_email_attempt_runs_once_even_if_its_task_runs_twice(fact_checker):
    note = notifications.notification_queue(key="k", kind=NotificationKind.ASSIGNED, recipient=fact_checker,
                                            subject="s", body="b")
    notifications.notification_attempt(notification_id=note.pk, attempt=1)
    assert notifications.notification_attempt(notification_id=note.pk, attempt=1).state == "skipped"
    assert len(mail.outbox) == 1
