"""The beat jobs' logic: time-driven changes to reviews, reminders, and the outbox relay.

Each job is safe to run at any frequency and twice in a row: workflow changes go through the
workflow's services (which refuse a transition that is no longer possible) and reminders are
notifications whose key names the day or due date they are about. One review's failure is
logged and does not stop the others.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta

from django.conf import settings
from django.db.models import Max
from django.utils import timezone

from verify.errors import NotPermitted, WorkflowError
from verify.models import AuditEntry, Review, ReviewState, VerdictStatus
from verify.models.webhooks import NotificationKind
from verify.services import notifications, reviews, webhooks

logger = logging.getLogger(__name__)


def _each(rows: Iterable[Review], job: str, step: Callable[[Review], object]) -> int:
    """Run ``step`` on each review; a refusal (someone acted first) or an error skips that review."""
    done = 0
    for review in rows:
        try:
            step(review)
        except NotPermitted as exc:
            logger.warning("%s: review %s refused to the system: %s", job, review.pk, exc)
        except WorkflowError as exc:
            logger.info("%s: review %s skipped: %s", job, review.pk, exc)
        except Exception:
            logger.exception("%s: review %s failed", job, review.pk)
        else:
            done += 1
    return done


# --- Workflow changes ---------------------------------------------------------------------------


def reviews_idle(*, now: datetime | None = None) -> list[Review]:
    """Reviews in review untouched (no transition, audit entry or note) for ``REVIEW_IDLE_RELEASE_HOURS``."""
    cutoff = (now or timezone.now()) - timedelta(hours=settings.REVIEW_IDLE_RELEASE_HOURS)
    idle = (
        Review.objects.filter(state=ReviewState.IN_REVIEW, updated_at__lt=cutoff)
        .exclude(audit_entries__occurred_at__gte=cutoff)
        .exclude(notes__created_at__gte=cutoff)
        .exclude(notes__edited_at__gte=cutoff)
    )
    return list(idle.distinct().order_by("pk"))


def reviews_idle_release(*, now: datetime | None = None) -> int:
    """Put claims nobody worked on for too long back in the queue (actor: the system)."""
    hours = settings.REVIEW_IDLE_RELEASE_HOURS
    reason = f"Released automatically after {hours} hours without activity."
    return _each(
        reviews_idle(now=now), "reviews_idle_release",
        lambda review: reviews.review_release(review=review, actor=None, reason=reason, expected_version=review.version),
    )


def reviews_recheck_due(*, today: date | None = None) -> int:
    """Put published claims whose ``recheck_on`` date has come back in the queue."""
    today = today or timezone.localdate()
    due = Review.objects.filter(state=ReviewState.PUBLISHED, recheck_on__lte=today).order_by("recheck_on", "pk")
    return _each(due, "reviews_recheck_due", lambda review: reviews.review_recheck_due(review=review, actor=None))


# --- Reminders ----------------------------------------------------------------------------------


def reviews_overdue_notify(*, today: date | None = None) -> int:
    """E-mail the assignee of each claim whose awaited source is past due, once per due date."""
    today = today or timezone.localdate()
    overdue = Review.objects.filter(state=ReviewState.AWAITING_SOURCE, due_on__lt=today).select_related(
        "assignee", "claim__article", "claim__speaker"
    )
    queued = []
    for review in overdue.order_by("due_on", "pk"):
        due = review.due_on.isoformat()
        subject, body = notifications.message(NotificationKind.CLAIM_OVERDUE, claim=review.claim, note=due)
        queued.append(notifications.notification_queue(
            key=f"overdue:{review.pk}:{due}:{review.assignee_id}", kind=NotificationKind.CLAIM_OVERDUE,
            recipient=review.assignee, subject=subject, body=body,
        ))
    return sum(1 for notification in queued if notification is not None)


def proposals_remind(*, now: datetime | None = None) -> int:
    """Remind editors, once a day, of each verdict waiting for approval longer than the setting."""
    now = now or timezone.now()
    cutoff = now - timedelta(hours=settings.PROPOSAL_REMINDER_AFTER_HOURS)
    waiting = Review.objects.filter(
        state=ReviewState.VERDICT_PROPOSED, verdicts__status=VerdictStatus.PROPOSED,
        verdicts__proposed_at__lt=cutoff,
    ).select_related("claim__article", "claim__speaker").annotate(since=Max("verdicts__proposed_at"))
    day = timezone.localdate(now).isoformat()
    queued = []
    for review in waiting.order_by("since", "pk"):
        subject, body = notifications.message(NotificationKind.PROPOSAL_REMINDER, claim=review.claim, since=review.since)
        for editor in notifications.editors(excluding=[review.proposer_id] if review.proposer_id else []):
            queued.append(notifications.notification_queue(
                key=f"reminder:{review.pk}:{day}:{editor.pk}", kind=NotificationKind.PROPOSAL_REMINDER,
                recipient=editor, subject=subject, body=body,
            ))
    return sum(1 for notification in queued if notification is not None)


# --- Outbox relay -------------------------------------------------------------------------------


def audit_entries_undispatched(*, now: datetime | None = None) -> list[int]:
    """Ids of recent audit entries whose side-effects task never ran (lost with the broker)."""
    now = now or timezone.now()
    late = now - timedelta(seconds=settings.OUTBOX_RELAY_AFTER_SECONDS)
    oldest = now - timedelta(hours=settings.OUTBOX_RELAY_WINDOW_HOURS)
    entries = AuditEntry.objects.filter(occurred_at__gte=oldest, occurred_at__lte=late, dispatch__isnull=True)
    return list(entries.order_by("seq").values_list("pk", flat=True)[:1000])


def outbox_relay() -> dict[str, int]:
    """Re-enqueue whatever was decided but whose task was lost: side effects, deliveries, e-mails."""
    from verify.tasks import transition_recorded

    entry_ids = audit_entries_undispatched()
    for entry_id in entry_ids:
        transition_recorded.delay(entry_id)
    return {
        "audit_entries": len(entry_ids),
        "webhook_deliveries": webhooks.webhook_deliveries_relay(),
        "notifications": notifications.notifications_relay(),
    }
