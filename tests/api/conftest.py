"""API fixtures: one client per role of the shared cast, and a small article with claims under review
(``tests.factories.article_with_claims``).

Roles of the access matrix:
  anonymous, newsroom_own (key for source "cms-a", which owns the article), newsroom_other
  (key for "cms-b"), fact_checker, editor, auditor (admin sessions), outsider (no group).
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from rest_framework.test import APIClient

from access import apikeys
from claims.models import Article
from tests.factories import article_with_claims

OWN_SOURCE = "cms-a"
OTHER_SOURCE = "cms-b"
ROLES = ["anonymous", "newsroom_own", "newsroom_other", "fact_checker", "editor", "auditor", "outsider"]
STAFF = {"fact_checker", "editor", "auditor"}
NEWSROOM = {"newsroom_own", "newsroom_other"}


@pytest.fixture(autouse=True)
def _fresh_throttle_counts():
    """Throttle counters live in the cache; each test starts with none."""
    cache.clear()
    yield
    cache.clear()


def client_with_key(user: User, source_system: str) -> APIClient:
    created = apikeys.apikey_create(user=user, name=f"{user.username} key", source_system=source_system)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Api-Key {created.plaintext}")
    client.api_key = created.api_key
    return client


def client_logged_in(user: User) -> APIClient:
    client = APIClient()
    client.force_login(user)
    return client


@pytest.fixture
def clients(people) -> dict[str, APIClient]:
    """An API client for every role of the access matrix, from the shared cast."""
    result = {"anonymous": APIClient()}
    result["newsroom_own"] = client_with_key(people["cms-a-system"], OWN_SOURCE)
    result["newsroom_other"] = client_with_key(people["cms-b-system"], OTHER_SOURCE)
    for role in sorted(STAFF):
        result[role] = client_logged_in(people[role])
    result["outsider"] = client_logged_in(people["outsider"])
    for role, client in result.items():
        client.role = role
    return result


@pytest.fixture
def newsroom(clients) -> APIClient:
    return clients["newsroom_own"]


@pytest.fixture
def editor(clients) -> APIClient:
    return clients["editor"]


@pytest.fixture
def article(db) -> Article:
    return article_with_claims()


@pytest.fixture
def other_article(db) -> Article:
    return article_with_claims(source_system=OTHER_SOURCE, external_id="other-1")


def assert_problem(response, status: int, field: str | None = None) -> dict:
    """The response is problem details with ``status``; with ``field``, an error names it."""
    assert response.status_code == status, (response.status_code, response.content[:500])
    assert response["Content-Type"].startswith("application/problem+json"), response["Content-Type"]
    body = response.json()
    assert body["status"] == status and body["title"] and body["type"] and "detail" in body
    if field is not None:
        assert field in [error["field"] for error in body.get("errors", [])], body
    return body
