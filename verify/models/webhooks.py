"""Outgoing side effects and their outbox: webhook subscriptions and deliveries, e-mail notifications.

Rows here are written in the same transaction that decides a side effect is due, then sent by a
Celery task enqueued on commit; a beat job re-enqueues rows whose task was lost (broker outage,
worker crash), so nothing decided is forgotten and nothing is sent twice (unique keys, and an
attempt counter bumped with compare-and-set before each send).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

__all__ = [
    "AuditEntryDispatch",
    "DeliveryState",
    "Notification",
    "NotificationKind",
    "NotificationState",
    "WebhookDelivery",
    "WebhookEvent",
    "WebhookSubscription",
]


class WebhookEvent(models.TextChoices):
    CLAIM_TRANSITION = "claim.transition", "A claim's review changed state"
    VERDICT_PUBLISHED = "verdict.published", "A verdict was published"
    VERDICT_CHANGED = "verdict.changed", "A published verdict was reopened or replaced"
    TEST = "webhook.test", "Test delivery asked for by the subscriber"


class WebhookSubscription(models.Model):
    """A newsroom system's endpoint for events about claims of its articles.

    ``secret`` signs every delivery (HMAC-SHA256), so it is stored as is; it is shown once, when
    created or rotated, and never listed. ``source_system`` limits events to articles of that
    source system; empty means all articles.
    """

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="webhook_subscriptions"
    )
    url = models.URLField(max_length=2000)
    events = models.JSONField(default=list, help_text="Event types delivered, e.g. [\"verdict.published\"].")
    source_system = models.CharField(max_length=100, blank=True)
    secret = models.CharField(max_length=100)
    is_active = models.BooleanField(default=True)
    consecutive_failures = models.PositiveIntegerField(default=0)
    disabled_at = models.DateTimeField(null=True, blank=True)
    disabled_reason = models.CharField(max_length=500, blank=True)
    secret_rotated_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["is_active", "source_system"], name="webhook_sub_active_idx")]

    def __str__(self) -> str:
        return f"{self.url} ({self.owner_id})"


class DeliveryState(models.TextChoices):
    PENDING = "pending", "Pending"
    DELIVERED = "delivered", "Delivered"
    FAILED = "failed", "Failed"


class WebhookDelivery(models.Model):
    """One event for one subscription, and how its attempts went; (subscription, event_id) is unique."""

    subscription = models.ForeignKey(WebhookSubscription, on_delete=models.CASCADE, related_name="deliveries")
    event_id = models.CharField(max_length=100)
    event_type = models.CharField(max_length=40, choices=WebhookEvent.choices)
    payload = models.JSONField()
    state = models.CharField(max_length=16, choices=DeliveryState.choices, default=DeliveryState.PENDING)
    attempt_count = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    response_excerpt = models.TextField(blank=True)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "webhook deliveries"
        constraints = [
            models.UniqueConstraint(fields=["subscription", "event_id"], name="webhook_delivery_unique_event"),
            models.CheckConstraint(
                condition=~Q(state="delivered") | Q(delivered_at__isnull=False),
                name="webhook_delivery_delivered_has_time",
            ),
        ]
        indexes = [models.Index(fields=["state", "next_attempt_at"], name="webhook_delivery_due_idx")]

    def __str__(self) -> str:
        return f"{self.event_type} {self.event_id} → {self.subscription_id} ({self.state})"


class NotificationKind(models.TextChoices):
    ASSIGNED = "assigned", "Claim assigned to you"
    VERDICT_RETURNED = "verdict_returned", "Verdict sent back"
    VERDICT_APPROVED = "verdict_approved", "Verdict approved"
    PROPOSAL_WAITING = "proposal_waiting", "Verdict waiting for approval"
    PROPOSAL_REMINDER = "proposal_reminder", "Verdict still waiting for approval"
    CLAIM_OVERDUE = "claim_overdue", "Claim past its due date"


class NotificationState(models.TextChoices):
    PENDING = "pending", "Pending"
    SENT = "sent", "Sent"
    FAILED = "failed", "Failed"


class Notification(models.Model):
    """One e-mail to one person; ``key`` names why it is sent, so deciding it twice sends it once."""

    key = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=32, choices=NotificationKind.choices)
    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    email = models.EmailField()
    subject = models.CharField(max_length=300)
    body = models.TextField()
    state = models.CharField(max_length=16, choices=NotificationState.choices, default=NotificationState.PENDING)
    attempt_count = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["state", "next_attempt_at"], name="notification_due_idx")]

    def __str__(self) -> str:
        return f"{self.kind} to {self.email} ({self.state})"


class AuditEntryDispatch(models.Model):
    """Marks an audit entry whose side effects were worked out; the relay looks for entries without one."""

    # No database constraint, like the audit table's own references: audit rows are never deleted
    # (PostgreSQL refuses it), and a test flush must be able to empty that table first.
    audit_entry = models.OneToOneField(
        "verify.AuditEntry", on_delete=models.DO_NOTHING, db_constraint=False, related_name="dispatch"
    )
    dispatched_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Side effects of audit entry {self.audit_entry_id}"
