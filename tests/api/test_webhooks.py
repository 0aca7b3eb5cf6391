"""/api/v1/webhooks: newsroom systems subscribe, list, rotate secrets, unsubscribe, read deliveries."""

from __future__ import annotations

import json

import pytest

from tests.api.conftest import NEWSROOM, OWN_SOURCE, ROLES, assert_problem
from verify.models.webhooks import WebhookDelivery, WebhookSubscription

pytestmark = pytest.mark.django_db
URL = "/api/v1/webhooks"
HOOK = {"url": "https://cms.example.org/hooks/factcheck", "events": ["verdict.published"]}


def create(client, data=HOOK):
    return client.post(URL, data=json.dumps(data), content_type="application/json")


@pytest.fixture
def subscription(newsroom) -> WebhookSubscription:
    return WebhookSubscription.objects.get(pk=create(newsroom).json()["id"])


@pytest.mark.parametrize("role", ROLES)
def test_access_matrix_for_creating(clients, role):
    response = create(clients[role])
    if role in NEWSROOM:
        assert response.status_code == 201, response.content
    else:
        assert_problem(response, 401 if role == "anonymous" else 403)


@pytest.mark.parametrize("role", ROLES)
def test_access_matrix_for_listing(clients, subscription, role):
    response = clients[role].get(URL)
    if role == "newsroom_own":
        assert [row["id"] for row in response.json()["results"]] == [subscription.pk]
    elif role == "newsroom_other":
        assert response.status_code == 200 and response.json()["results"] == []
    else:
        assert_problem(response, 401 if role == "anonymous" else 403)


@pytest.mark.parametrize("role", ROLES)
def test_access_matrix_for_one_subscription(clients, subscription, role):
    detail = f"{URL}/{subscription.pk}"
    responses = [
        clients[role].get(detail),
        clients[role].get(f"{detail}/deliveries"),
        clients[role].post(f"{detail}/rotate-secret"),
        clients[role].delete(detail),
    ]
    if role == "newsroom_own":
        assert [r.status_code for r in responses] == [200, 200, 200, 204]
    else:
        expected = {"anonymous": 401, "newsroom_other": 404}.get(role, 403)
        for response in responses:
            assert_problem(response, expected)


def test_create_returns_the_secret_once_and_scopes_to_the_keys_source(newsroom):
    response = create(newsroom)
    body = response.json()
    assert body["secret"].startswith("whsec_") and body["source_system"] == OWN_SOURCE
    assert response["Location"].endswith(f"/api/v1/webhooks/{body['id']}")
    listed = newsroom.get(URL).json()["results"]
    assert [row["id"] for row in listed] == [body["id"]] and "secret" not in listed[0]
    assert "secret" not in newsroom.get(f"{URL}/{body['id']}").json()


def test_rotating_replaces_the_secret(newsroom, subscription):
    secret = newsroom.post(f"{URL}/{subscription.pk}/rotate-secret").json()["secret"]
    subscription.refresh_from_db()
    assert secret == subscription.secret and subscription.secret_rotated_at is not None


def test_delete_removes_the_subscription(newsroom, subscription):
    assert newsroom.delete(f"{URL}/{subscription.pk}").status_code == 204
    assert not WebhookSubscription.objects.exists()


def test_deliveries_are_listed_newest_first(newsroom, subscription, django_assert_num_queries):
    for n in range(3):
        WebhookDelivery.objects.create(
            subscription=subscription, event_id=f"e{n}", event_type="verdict.published", payload={}
        )
    newsroom.get(f"{URL}/{subscription.pk}/deliveries")
    with django_assert_num_queries(4):  # key, groups, subscription, page
        rows = newsroom.get(f"{URL}/{subscription.pk}/deliveries").json()["results"]
    assert [row["event_id"] for row in rows] == ["e2", "e1", "e0"]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({**HOOK, "events": ["nope"]}, "events.0"),
        ({**HOOK, "events": []}, "events"),
        ({"url": HOOK["url"]}, "events"),
        ({**HOOK, "secret": "mine"}, "secret"),
    ],
)
def test_bad_subscriptions_are_400_naming_the_field(newsroom, data, field):
    assert_problem(create(newsroom, data), 400, field=field)


def test_plain_http_or_credentials_in_url_are_refused_by_the_service(newsroom):
    body = assert_problem(create(newsroom, {**HOOK, "url": "http://cms.example.org/hook"}), 422)
    assert "https" in body["detail"]
