"""Throttling: per API key and per user, from settings, answered with 429 and Retry-After."""

from __future__ import annotations

import pytest
from django.test import override_settings
from rest_framework.settings import api_settings

from tests.api.conftest import assert_problem

pytestmark = pytest.mark.django_db


def rates(**overrides) -> dict:
    return {
        **api_settings.user_settings,
        "DEFAULT_THROTTLE_RATES": {
            "api_key": "1000/min",
            "user": "1000/min",
            "anon": "1000/min",
            **overrides,
        },
    }


def test_api_key_over_its_rate_gets_429_with_retry_after(newsroom, article):
    with override_settings(REST_FRAMEWORK=rates(api_key="2/min")):
        url = f"/api/v1/articles/{article.pk}"
        assert [newsroom.get(url).status_code for _ in range(2)] == [200, 200]
        response = newsroom.get(url)
    assert_problem(response, 429)
    assert 1 <= int(response["Retry-After"]) <= 60


def test_each_key_has_its_own_budget(clients, article, other_article):
    with override_settings(REST_FRAMEWORK=rates(api_key="1/min")):
        assert clients["newsroom_own"].get(f"/api/v1/articles/{article.pk}").status_code == 200
        assert clients["newsroom_other"].get(f"/api/v1/articles/{other_article.pk}").status_code == 200
        assert clients["newsroom_own"].get(f"/api/v1/articles/{article.pk}").status_code == 429


def test_logged_in_user_over_its_rate_gets_429(editor, article):
    with override_settings(REST_FRAMEWORK=rates(user="1/min")):
        assert editor.get(f"/api/v1/articles/{article.pk}").status_code == 200
        response = editor.get(f"/api/v1/articles/{article.pk}")
    assert_problem(response, 429)
    assert response["Retry-After"]


def test_anonymous_callers_are_throttled_by_address_on_public_endpoints(client):
    with override_settings(REST_FRAMEWORK=rates(anon="1/min")):
        assert client.get("/api/v1/schema").status_code == 200
        assert_problem(client.get("/api/v1/schema"), 429)
