"""Outgoing webhooks: signed deliveries a receiver can verify, retries, disabling, idempotency."""

from __future__ import annotations

import hashlib
import hmac
from datetime import timedelta

import pytest
from django.utils import timezone

from tests.verify.local_http import LocalServer, Reply
from tests.verify.side_effects import eager_retries  # noqa: F401
from verify import tasks
from verify.models.webhooks import DeliveryState, WebhookDelivery, WebhookSubscription
from verify.services import webhooks
from verify.services.webhooks import WebhookError

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _local_receivers_allowed(settings):
    settings.FETCH_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    settings.WEBHOOK_ALLOW_HTTP = True
    settings.SIDE_EFFECT_RETRY_BASE_SECONDS = 30


@pytest.fixture
def receiver():
    """A newsroom_system's endpoint that answers 200 only to correctly signed requests."""
    with LocalServer() as server:
        server.secret = ""
        server.status = 200

        def check(request):
            timestamp = request.headers["X-Webhook-Timestamp"]
            mac = hmac.new(server.secret.encode(), f"{timestamp}.".encode() + request.body, hashlib.sha256)
            if request.headers["X-Webhook-Signature"] != f"sha256={mac.hexdigest()}":
                return Reply(401, body=b"bad signature")
            return Reply(server.status, body=b"thanks")

        server.routes["/hook"] = check
        yield server


@pytest.fixture
def subscription(newsroom_system, receiver) -> WebhookSubscription:
    created, secret = webhooks.webhook_subscription_create(
        owner=newsroom_system, url=receiver.url("/hook"), events=["claim.transition", "verdict.published"]
    )
    receiver.secret = secret
    return created


def publish(event_id: str = "evt_1_verdict.published", source_system: str = "cms-a", **kwargs):
    return webhooks.webhook_deliveries_create(
        event_id=event_id, event_type="verdict.published", data={"claim": 7}, source_system=source_system, **kwargs
    )


def test_delivery_is_signed_so_the_receiver_can_verify_it(subscription, receiver, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        (delivery,) = publish()
    delivery.refresh_from_db()
    assert delivery.state == DeliveryState.DELIVERED
    assert (delivery.status_code, delivery.response_excerpt, delivery.attempt_count) == (200, "thanks", 1)
    (request,) = receiver.received
    assert request.headers["X-Webhook-Id"] == "evt_1_verdict.published"
    assert request.headers["Content-Type"] == "application/json"
    assert webhooks.webhook_signature_verify(
        secret=receiver.secret, timestamp=request.headers["X-Webhook-Timestamp"], body=request.body,
        signature=request.headers["X-Webhook-Signature"],
    )


def test_deliveries_are_sent_only_after_commit(subscription, receiver, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        publish()
    assert receiver.received == []
    assert len(callbacks) == 1
    callbacks[0]()
    assert len(receiver.received) == 1


def test_same_event_twice_makes_one_delivery_per_subscription(
    subscription, newsroom_system, receiver, django_capture_on_commit_callbacks
):
    receiver.routes["/other"] = lambda request: Reply(204)
    webhooks.webhook_subscription_create(owner=newsroom_system, url=receiver.url("/other"), events=["verdict.published"])
    with django_capture_on_commit_callbacks(execute=True):
        assert len(publish()) == 2
        assert publish() == []
    assert WebhookDelivery.objects.count() == 2


def test_signature_check_refuses_tampered_body_and_stale_timestamp():
    body = b'{"id":"x"}'
    signature = webhooks.webhook_signature(secret="s", timestamp=1000, body=body)
    assert webhooks.webhook_signature_verify(secret="s", timestamp="1000", body=body, signature=signature, now=1100)
    assert not webhooks.webhook_signature_verify(
        secret="s", timestamp="1000", body=b'{"id":"y"}', signature=signature, now=1100
    )
    assert not webhooks.webhook_signature_verify(secret="s", timestamp="1000", body=body, signature=signature, now=2000)
    assert not webhooks.webhook_signature_verify(secret="t", timestamp="1000", body=body, signature=signature, now=1100)


def test_failed_attempts_are_logged_and_retried_with_growing_backoff(subscription, receiver, settings):
    settings.WEBHOOK_MAX_ATTEMPTS = 3
    receiver.status = 503
    (delivery,) = publish()
    first = webhooks.webhook_delivery_attempt(delivery_id=delivery.id, attempt=1)
    second = webhooks.webhook_delivery_attempt(delivery_id=delivery.id, attempt=2)
    assert 15 <= first.retry_in <= 30 and 30 <= second.retry_in <= 60
    delivery.refresh_from_db()
    assert (delivery.state, delivery.status_code, delivery.error) == (DeliveryState.PENDING, 503, "HTTP 503")
    assert delivery.next_attempt_at > timezone.now()
    assert webhooks.webhook_delivery_attempt(delivery_id=delivery.id, attempt=3).state == DeliveryState.FAILED
    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempt_count) == (DeliveryState.FAILED, 3)


def test_task_retries_until_the_receiver_answers(subscription, receiver, settings, eager_retries):
    settings.WEBHOOK_MAX_ATTEMPTS = 5
    answers = iter([500, 502, 200])

    receiver.routes["/hook"] = lambda request: Reply(next(answers), body=b"")
    (delivery,) = publish()
    tasks.webhook_delivery_send.apply(args=[delivery.id, 1])
    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempt_count, delivery.status_code) == (DeliveryState.DELIVERED, 3, 200)
    assert len(receiver.received) == 3


def test_task_gives_up_after_max_attempts(subscription, receiver, settings, eager_retries):
    settings.WEBHOOK_MAX_ATTEMPTS = 3
    receiver.status = 500
    (delivery,) = publish()
    tasks.webhook_delivery_send.apply(args=[delivery.id, 1])
    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempt_count) == (DeliveryState.FAILED, 3)
    assert len(receiver.received) == 3


def test_subscription_is_disabled_after_consecutive_failed_deliveries(subscription, receiver, settings):
    settings.WEBHOOK_MAX_ATTEMPTS = 1
    settings.WEBHOOK_DISABLE_AFTER_FAILURES = 2
    receiver.status = 500
    for n in range(2):
        (delivery,) = publish(event_id=f"evt_{n}")
        webhooks.webhook_delivery_attempt(delivery_id=delivery.id, attempt=1)
    subscription.refresh_from_db()
    assert not subscription.is_active
    assert subscription.disabled_at is not None
    assert "2 deliveries in a row failed" in subscription.disabled_reason
    assert publish(event_id="evt_later") == []


def test_a_delivered_event_resets_the_failure_count(subscription, receiver, settings):
    settings.WEBHOOK_MAX_ATTEMPTS = 1
    receiver.status = 500
    (failing,) = publish(event_id="evt_a")
    webhooks.webhook_delivery_attempt(delivery_id=failing.id, attempt=1)
    receiver.status = 200
    (working,) = publish(event_id="evt_b")
    webhooks.webhook_delivery_attempt(delivery_id=working.id, attempt=1)
    subscription.refresh_from_db()
    assert subscription.consecutive_failures == 0


def test_enabling_a_disabled_subscription_sends_what_waited(
    subscription, receiver, django_capture_on_commit_callbacks
):
    WebhookSubscription.objects.filter(pk=subscription.pk).update(is_active=False, disabled_reason="x")
    subscription.refresh_from_db()
    WebhookDelivery.objects.create(subscription=subscription, event_id="evt_w", event_type="verdict.published",
                                   payload={"id": "evt_w"})
    with django_capture_on_commit_callbacks(execute=True):
        webhooks.webhook_subscription_enable(subscription=subscription)
    assert WebhookDelivery.objects.get(event_id="evt_w").state == DeliveryState.DELIVERED


def test_an_attempt_is_made_once_even_if_its_task_runs_twice(subscription, receiver):
    receiver.status = 500
    (delivery,) = publish()
    webhooks.webhook_delivery_attempt(delivery_id=delivery.id, attempt=1)
    assert webhooks.webhook_delivery_attempt(delivery_id=delivery.id, attempt=1).state == "skipped"
    assert len(receiver.received) == 1


def test_url_refused_by_the_ssrf_rules_fails_without_retry(newsroom_system, settings):
    subscription, _ = webhooks.webhook_subscription_create(
        owner=newsroom_system, url="http://169.254.169.254/hook", events=["verdict.published"]
    )
    (delivery,) = publish()
    outcome = webhooks.webhook_delivery_attempt(delivery_id=delivery.id, attempt=1)
    delivery.refresh_from_db()
    assert outcome.state == DeliveryState.FAILED and outcome.retry_in is None
    assert "metadata" in delivery.error


def test_source_system_filter_limits_events_to_that_newsrooms_articles(newsroom_system, receiver):
    webhooks.webhook_subscription_create(
        owner=newsroom_system, url=receiver.url("/hook"), events=["verdict.published"], source_system="cms-a"
    )
    assert len(publish(event_id="evt_a", source_system="cms-a")) == 1
    assert publish(event_id="evt_b", source_system="cms-b") == []


def test_unsubscribed_event_types_are_not_delivered(subscription):
    created = webhooks.webhook_deliveries_create(
        event_id="evt_c", event_type="verdict.changed", data={}, source_system="cms-a"
    )
    assert created == []


def test_relay_resends_deliveries_whose_task_was_lost(subscription, receiver):
    (lost,) = publish(event_id="evt_lost")
    (recent,) = publish(event_id="evt_recent")
    WebhookDelivery.objects.filter(pk=lost.pk).update(next_attempt_at=timezone.now() - timedelta(minutes=5))
    assert webhooks.webhook_deliveries_relay() == 1
    assert WebhookDelivery.objects.get(pk=lost.pk).state == DeliveryState.DELIVERED
    assert WebhookDelivery.objects.get(pk=recent.pk).state == DeliveryState.PENDING


def test_subscription_returns_its_secret_once_and_rotation_replaces_it(subscription, receiver):
    old = receiver.secret
    assert subscription.secret == old and old.startswith("whsec_")
    new = webhooks.webhook_secret_rotate(subscription=subscription)
    assert new != old
    receiver.secret = new
    (delivery,) = publish()
    assert webhooks.webhook_delivery_attempt(delivery_id=delivery.id, attempt=1).state == DeliveryState.DELIVERED


def test_only_newsroom_systems_can_subscribe(receiver, outsider):
    with pytest.raises(WebhookError, match="newsroom system"):
        webhooks.webhook_subscription_create(owner=outsider, url=receiver.url("/hook"), events=["verdict.published"])


@pytest.mark.parametrize(
    ("url", "events"),
    [
        ("ftp://example.org/hook", ["verdict.published"]),
        ("https://user:pw@example.org/hook", ["verdict.published"]),
        ("https://example.org/hook", ["claim.deleted"]),
        ("https://example.org/hook", []),
    ],
)
def test_invalid_subscriptions_are_refused(newsroom_system, url, events):
    with pytest.raises(WebhookError):
        webhooks.webhook_subscription_create(owner=newsroom_system, url=url, events=events)


def test_plain_http_is_refused_unless_allowed(newsroom_system, settings):
    settings.WEBHOOK_ALLOW_HTTP = False
    with pytest.raises(WebhookError, match="https"):
        webhooks.webhook_subscription_create(owner=newsroom_system, url="http://example.org/", events=["verdict.published"])


def test_test_send_delivers_a_test_event(subscription, receiver, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        delivery = webhooks.webhook_test_send(subscription=subscription)
    delivery.refresh_from_db()
    assert delivery.state == DeliveryState.DELIVERED
    assert b'"type":"webhook.test"' in receiver.received[0].body
