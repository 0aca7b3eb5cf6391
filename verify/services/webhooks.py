"""Outgoing webhooks: newsroom systems' subscriptions, signed deliveries, retries and disabling.

A delivery is a POST of the event's JSON with three headers:

- ``X-Webhook-Id``: the event id, the same on every attempt (receivers de-duplicate with it);
- ``X-Webhook-Timestamp``: unix seconds of this attempt;
- ``X-Webhook-Signature``: ``sha256=`` + hex HMAC-SHA256 of ``"{timestamp}.{body}"`` keyed with
  the subscription's secret (``webhook_signature_verify`` is the receiver's side).

A 2xx answer is delivered. Anything else is retried with exponential back-off up to
``WEBHOOK_MAX_ATTEMPTS``; a URL the SSRF rules refuse fails at once. After
``WEBHOOK_DISABLE_AFTER_FAILURES`` failed deliveries in a row the subscription is disabled with
the reason; its pending deliveries wait until the owner enables it again.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Iterable
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from access import roles
from access.errors import DomainError
from verify.models.webhooks import DeliveryState, WebhookDelivery, WebhookEvent, WebhookSubscription
from verify.services import fetch, outbox

SUBSCRIBABLE_EVENTS = frozenset(e.value for e in WebhookEvent if e != WebhookEvent.TEST)
SIGNATURE_TOLERANCE_SECONDS = 300


class WebhookError(DomainError, ValueError):
    """A subscription request that cannot be accepted (bad URL, unknown event, not a newsroom)."""

    http_status = 422
    problem_type = "invalid-webhook"


# --- Signing ----------------------------------------------------------------------------------


def webhook_body(payload: dict) -> bytes:
    """The exact bytes sent (and signed) for a payload: compact, sorted keys, UTF-8."""
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def webhook_signature(*, secret: str, timestamp: int, body: bytes) -> str:
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def webhook_signature_verify(
    *, secret: str, timestamp: str, body: bytes, signature: str, now: float | None = None
) -> bool:
    """The receiver's check: signature matches and the timestamp is within five minutes."""
    if not timestamp.isdigit():
        return False
    if abs((time.time() if now is None else now) - int(timestamp)) > SIGNATURE_TOLERANCE_SECONDS:
        return False
    expected = webhook_signature(secret=secret, timestamp=int(timestamp), body=body)
    return hmac.compare_digest(expected, signature)


def webhook_headers(*, delivery: WebhookDelivery, body: bytes, timestamp: int) -> dict[str, str]:
    signature = webhook_signature(secret=delivery.subscription.secret, timestamp=timestamp, body=body)
    return {
        "X-Webhook-Id": delivery.event_id,
        "X-Webhook-Timestamp": str(timestamp),
        "X-Webhook-Signature": signature,
    }


# --- Subscriptions ----------------------------------------------------------------------------


def _new_secret() -> str:
    return f"whsec_{secrets.token_urlsafe(32)}"


def _validated_url(url: str) -> str:
    schemes = {"https", "http"} if settings.WEBHOOK_ALLOW_HTTP else {"https"}
    parts = urlsplit(url.strip())
    if parts.scheme not in schemes or not parts.hostname or parts.username or parts.password:
        raise WebhookError(f"The URL must be {' or '.join(sorted(schemes))} with a host and no credentials.")
    return url.strip()


def _validated_events(events: Iterable[str]) -> list[str]:
    chosen = sorted(set(events))
    unknown = set(chosen) - SUBSCRIBABLE_EVENTS
    if not chosen or unknown:
        raise WebhookError(f"Events must be some of {', '.join(sorted(SUBSCRIBABLE_EVENTS))}.")
    return chosen


def webhook_subscription_create(
    *, owner: AbstractBaseUser, url: str, events: Iterable[str], source_system: str = ""
) -> tuple[WebhookSubscription, str]:
    """Subscribe a newsroom system; returns the subscription and its secret, shown only now.

    The API passes the calling key's source system as ``source_system`` so a newsroom hears only
    about its own articles; empty means every article.
    """
    if roles.NEWSROOM_SYSTEM not in roles.role_names(owner):
        raise WebhookError("Only newsroom system accounts can subscribe to webhooks.")
    secret = _new_secret()
    subscription = WebhookSubscription.objects.create(
        owner=owner, url=_validated_url(url), events=_validated_events(events),
        source_system=source_system, secret=secret,
    )
    return subscription, secret


def webhook_secret_rotate(*, subscription: WebhookSubscription) -> str:
    """Replace the secret; the next attempt of every delivery is signed with the new one."""
    secret = _new_secret()
    WebhookSubscription.objects.filter(pk=subscription.pk).update(
        secret=secret, secret_rotated_at=timezone.now(), updated_at=timezone.now()
    )
    subscription.refresh_from_db()
    return secret


def webhook_subscription_delete(*, subscription: WebhookSubscription) -> None:
    """Remove the subscription with its delivery log."""
    subscription.delete()


@transaction.atomic
def webhook_subscription_enable(*, subscription: WebhookSubscription) -> WebhookSubscription:
    """Turn a disabled subscription back on; its pending deliveries are sent again."""
    WebhookSubscription.objects.filter(pk=subscription.pk).update(
        is_active=True, consecutive_failures=0, disabled_at=None, disabled_reason="", updated_at=timezone.now()
    )
    pending = list(subscription.deliveries.filter(state=DeliveryState.PENDING).values_list("id", "attempt_count"))
    transaction.on_commit(lambda: _enqueue_attempts(pending))
    subscription.refresh_from_db()
    return subscription


@transaction.atomic
def webhook_test_send(*, subscription: WebhookSubscription) -> WebhookDelivery:
    """Queue a ``webhook.test`` event to the subscription so its owner can check the receiver."""
    event_id = f"test_{secrets.token_hex(8)}"
    payload = event_payload(event_id=event_id, event_type=WebhookEvent.TEST, data={"subscription": subscription.pk})
    delivery = WebhookDelivery.objects.create(
        subscription=subscription, event_id=event_id, event_type=WebhookEvent.TEST, payload=payload
    )
    transaction.on_commit(lambda: _enqueue_attempts([(delivery.pk, 0)]))
    return delivery


# --- Deliveries -------------------------------------------------------------------------------


def event_payload(*, event_id: str, event_type: str, data: dict, occurred_at: datetime | None = None) -> dict:
    return {
        "id": event_id,
        "type": str(event_type),
        "created": (occurred_at or timezone.now()).isoformat(),
        "data": data,
    }


def subscriptions_for(*, event_type: str, source_system: str) -> list[WebhookSubscription]:
    """Active subscriptions of active owners that want ``event_type`` for this source system."""
    candidates = WebhookSubscription.objects.filter(
        Q(source_system="") | Q(source_system=source_system), is_active=True, owner__is_active=True
    )
    # JSON containment has no SQLite lookup; the list is short, so filter here.
    return [s for s in candidates if event_type in s.events]


def webhook_deliveries_create(
    *, event_id: str, event_type: str, data: dict, source_system: str, occurred_at: datetime | None = None
) -> list[WebhookDelivery]:
    """Write a pending delivery per interested subscription (once per event) and send them on commit.

    Call inside the transaction that decides the event. Returns the deliveries created now;
    an event already recorded for a subscription is skipped, so running this twice is harmless.
    """
    payload = event_payload(event_id=event_id, event_type=event_type, data=data, occurred_at=occurred_at)
    created = []
    for subscription in subscriptions_for(event_type=event_type, source_system=source_system):
        delivery, is_new = WebhookDelivery.objects.get_or_create(
            subscription=subscription, event_id=event_id, defaults={"event_type": event_type, "payload": payload}
        )
        if is_new:
            created.append(delivery)
    if created:
        transaction.on_commit(lambda: _enqueue_attempts([(d.pk, 0) for d in created]))
    return created


def _enqueue_attempts(deliveries: Iterable[tuple[int, int]]) -> None:
    from verify.tasks import webhook_delivery_send

    for delivery_id, attempts_made in deliveries:
        webhook_delivery_send.delay(delivery_id, attempts_made + 1)


def _post(delivery: WebhookDelivery) -> tuple[fetch.PostResult | None, str, bool]:
    """POST the delivery once: (result or None, error text, whether the error is permanent)."""
    body = webhook_body(delivery.payload)
    headers = webhook_headers(delivery=delivery, body=body, timestamp=int(time.time()))
    try:
        result = fetch.post_json(
            delivery.subscription.url, body=body, headers=headers, allow_http=settings.WEBHOOK_ALLOW_HTTP
        )
    except fetch.FetchRefused as exc:
        return None, str(exc), True
    except (fetch.FetchError, fetch.FetchTransientError) as exc:
        return None, str(exc), False
    error = "" if 200 <= result.status < 300 else f"HTTP {result.status}"
    return result, error, False


def webhook_delivery_attempt(*, delivery_id: int, attempt: int) -> outbox.AttemptOutcome:
    """Make attempt number ``attempt`` of a delivery, once, and record how it went.

    Skipped when the delivery is gone, finished, its subscription disabled, or this attempt was
    already made by another task.
    """
    delivery = WebhookDelivery.objects.select_related("subscription").filter(pk=delivery_id).first()
    if delivery is None or delivery.state != DeliveryState.PENDING or not delivery.subscription.is_active:
        return outbox.SKIPPED
    if not outbox.attempt_claim(WebhookDelivery, pk=delivery_id, attempt=attempt):
        return outbox.SKIPPED
    result, error, permanent = _post(delivery)
    return _attempt_record(delivery, attempt=attempt, result=result, error=error, permanent=permanent)


def _attempt_record(
    delivery: WebhookDelivery, *, attempt: int, result: fetch.PostResult | None, error: str, permanent: bool
) -> outbox.AttemptOutcome:
    now = timezone.now()
    outcome = {
        "status_code": result.status if result else None,
        "response_excerpt": result.body_excerpt if result else "",
        "error": error,
    }
    rows = WebhookDelivery.objects.filter(pk=delivery.pk)
    if not error:
        rows.update(state=DeliveryState.DELIVERED, delivered_at=now, **outcome)
        WebhookSubscription.objects.filter(pk=delivery.subscription_id).update(consecutive_failures=0)
        return outbox.AttemptOutcome(DeliveryState.DELIVERED)
    if permanent or attempt >= settings.WEBHOOK_MAX_ATTEMPTS:
        rows.update(state=DeliveryState.FAILED, **outcome)
        _failure_count(delivery.subscription_id, reason=error)
        return outbox.AttemptOutcome(DeliveryState.FAILED)
    countdown = outbox.retry_countdown(attempts_made=attempt)
    rows.update(next_attempt_at=now + timedelta(seconds=countdown), **outcome)
    return outbox.AttemptOutcome(DeliveryState.PENDING, retry_in=countdown)


def _failure_count(subscription_id: int, *, reason: str) -> None:
    """Count a failed delivery; disable the subscription when too many failed in a row."""
    WebhookSubscription.objects.filter(pk=subscription_id).update(consecutive_failures=F("consecutive_failures") + 1)
    limit = settings.WEBHOOK_DISABLE_AFTER_FAILURES
    WebhookSubscription.objects.filter(pk=subscription_id, is_active=True, consecutive_failures__gte=limit).update(
        is_active=False,
        disabled_at=timezone.now(),
        disabled_reason=f"{limit} deliveries in a row failed; last error: {reason}"[:500],
        updated_at=timezone.now(),
    )


def webhook_deliveries_relay() -> int:
    """Re-enqueue pending deliveries of active subscriptions whose task was lost; returns how many."""
    stranded = outbox.stranded(WebhookDelivery.objects.filter(subscription__is_active=True))
    rows = list(stranded.order_by("next_attempt_at").values_list("id", "attempt_count")[:1000])
    _enqueue_attempts(rows)
    return len(rows)
