"""GET /api/v1/health: database and broker, 200 when both answer, 503 with details otherwise."""

from __future__ import annotations

import os

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db
URL = "/api/v1/health"


def test_healthy_with_embedded_broker_needs_no_authentication(client):
    response = client.get(URL)
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {
            "database": {"status": "ok", "vendor": response.json()["checks"]["database"]["vendor"]},
            "broker": {"status": "ok", "kind": "embedded"},
        },
    }


@override_settings(CELERY_TASK_ALWAYS_EAGER=False, CELERY_BROKER_URL="redis://127.0.0.1:1/0")
def test_unreachable_broker_is_503_with_details(client):
    response = client.get(URL)
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert (
        body["checks"]["broker"]["status"] == "unavailable" and body["checks"]["database"]["status"] == "ok"
    )


def test_reachable_redis_broker_is_ok(client):
    redis_url = os.environ.get("TEST_REDIS_URL")
    if not redis_url:
        pytest.skip("TEST_REDIS_URL is not set")
    with override_settings(CELERY_TASK_ALWAYS_EAGER=False, CELERY_BROKER_URL=redis_url):
        response = client.get(URL)
    assert response.status_code == 200 and response.json()["checks"]["broker"] == {
        "status": "ok",
        "kind": "broker",
    }


def test_database_failure_is_503(client, monkeypatch):
    from django.db import OperationalError

    def fail(self, *args, **kwargs):
        raise OperationalError("down")

    monkeypatch.setattr("django.db.backends.utils.CursorWrapper.execute", fail)
    response = client.get(URL)
    assert response.status_code == 503
    assert response.json()["checks"]["database"] == {"status": "unavailable", "error": "OperationalError"}
