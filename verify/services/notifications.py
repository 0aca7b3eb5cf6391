"""E-mail notifications to the desk, through Django's e-mail backend (console in development).

``notification_queue`` records an e-mail as a ``Notification`` row under a key that names its
cause ("audit:<entry id>:<kind>:<user id>", "reminder:<review id>:<date>:<user id>"), so
deciding the same e-mail twice sends it once; the row is sent by a task enqueued on commit and
retried with back-off when the mail server fails.
"""

from __future__ import annotations

import smtplib
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from access import roles
from claims.models import Claim
from verify.models.webhooks import Notification, NotificationKind, NotificationState
from verify.services import outbox

SUBJECT_EXCERPT_CHARS = 60


def editors(*, excluding: Iterable[int] = ()) -> list[Any]:
    """Active members of the editor group with an e-mail address."""
    users = get_user_model().objects.filter(groups__name=roles.EDITOR, is_active=True).exclude(email="")
    return list(users.exclude(pk__in=list(excluding)).distinct().order_by("pk"))


def notification_queue(
    *, key: str, kind: str, recipient: Any, subject: str, body: str
) -> Notification | None:
    """Record one e-mail under ``key`` and send it after commit; None if recorded before or no address."""
    if recipient is None or not recipient.is_active or not recipient.email:
        return None
    notification, created = Notification.objects.get_or_create(
        key=key,
        defaults={"kind": kind, "recipient": recipient, "email": recipient.email, "subject": subject[:300],
                  "body": body},
    )
    if not created:
        return None
    transaction.on_commit(lambda: _enqueue_attempts([(notification.pk, 0)]))
    return notification


def _enqueue_attempts(notifications: Iterable[tuple[int, int]]) -> None:
    from verify.tasks import notification_send

    for notification_id, attempts_made in notifications:
        notification_send.delay(notification_id, attempts_made + 1)


def notification_attempt(*, notification_id: int, attempt: int) -> outbox.AttemptOutcome:
    """Send attempt number ``attempt`` of an e-mail, once; record it as sent, failed or due again."""
    notification = Notification.objects.filter(pk=notification_id).first()
    if notification is None or not outbox.attempt_claim(Notification, pk=notification_id, attempt=attempt):
        return outbox.SKIPPED
    rows = Notification.objects.filter(pk=notification_id)
    try:
        send_mail(notification.subject, notification.body, settings.DEFAULT_FROM_EMAIL, [notification.email])
    except smtplib.SMTPRecipientsRefused as exc:
        rows.update(state=NotificationState.FAILED, error=f"Recipient refused: {exc.recipients}"[:2000])
        return outbox.AttemptOutcome(NotificationState.FAILED)
    except (smtplib.SMTPException, OSError) as exc:
        if attempt >= settings.NOTIFICATION_MAX_ATTEMPTS:
            rows.update(state=NotificationState.FAILED, error=repr(exc)[:2000])
            return outbox.AttemptOutcome(NotificationState.FAILED)
        countdown = outbox.retry_countdown(attempts_made=attempt)
        rows.update(error=repr(exc)[:2000], next_attempt_at=timezone.now() + timedelta(seconds=countdown))
        return outbox.AttemptOutcome(NotificationState.PENDING, retry_in=countdown)
    rows.update(state=NotificationState.SENT, sent_at=timezone.now(), error="")
    return outbox.AttemptOutcome(NotificationState.SENT)


def notifications_relay() -> int:
    """Re-enqueue pending e-mails whose task was lost; returns how many."""
    rows = list(outbox.stranded(Notification.objects.all()).order_by("next_attempt_at")
                .values_list("id", "attempt_count")[:1000])
    _enqueue_attempts(rows)
    return len(rows)


# --- What the e-mails say ---------------------------------------------------------------------


def _claim_excerpt(claim: Claim) -> str:
    text = " ".join(claim.content.split())
    return text if len(text) <= SUBJECT_EXCERPT_CHARS else text[: SUBJECT_EXCERPT_CHARS - 1] + "…"


def _claim_link(claim: Claim) -> str:
    site = settings.SITE_URL.rstrip("/")
    try:
        return f"{site}{reverse('admin:claims_claim_change', args=[claim.pk])}" if site else ""
    except NoReverseMatch:
        return ""


def _name(user: Any) -> str:
    if user is None:
        return "the system"
    return user.get_full_name() or user.get_username()


def claim_summary(claim: Claim) -> str:
    """The lines every e-mail about a claim starts with: the claim, its speaker and article, a link."""
    article = claim.article
    lines = [f"Claim #{claim.pk}: “{claim.content}”"]
    if claim.speaker_id:
        lines.append(f"Speaker: {claim.speaker}")
    lines.append(f"Article: {article.headline or article.external_id} ({article.source_system})")
    link = _claim_link(claim)
    if link:
        lines.append(f"Open it: {link}")
    return "\n".join(lines)


def message(
    kind: str, *, claim: Claim, actor: Any = None, note: str = "", since: datetime | None = None
) -> tuple[str, str]:
    """Subject and body of one kind of e-mail about ``claim``."""
    excerpt = _claim_excerpt(claim)
    texts = {
        NotificationKind.ASSIGNED: (f"Assigned to you: {excerpt}", f"{_name(actor)} assigned this claim to you."),
        NotificationKind.VERDICT_RETURNED: (
            f"Verdict sent back: {excerpt}",
            f"{_name(actor)} sent your proposed verdict back:\n\n{note}",
        ),
        NotificationKind.VERDICT_APPROVED: (
            f"Verdict published: {excerpt}", f"{_name(actor)} approved your verdict; it is published."
        ),
        NotificationKind.PROPOSAL_WAITING: (
            f"Verdict to approve: {excerpt}", f"{_name(actor)} proposed a verdict that needs an editor's approval."
        ),
        NotificationKind.PROPOSAL_REMINDER: (
            f"Still waiting for approval: {excerpt}",
            f"A proposed verdict has been waiting for approval since {since:%Y-%m-%d %H:%M} UTC."
            if since else "A proposed verdict is still waiting for approval.",
        ),
        NotificationKind.CLAIM_OVERDUE: (
            f"Source overdue: {excerpt}", f"The answer awaited for this claim was due on {note}."
        ),
    }
    subject, lead = texts[kind]
    return subject, f"{lead}\n\n{claim_summary(claim)}\n"
