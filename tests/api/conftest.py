"""API fixtures: one client per role, and a small article with claims under review.

Roles of the access matrix:
  anonymous, newsroom_own (key for source "cms-a", which owns the article), newsroom_other
  (key for "cms-b"), fact_checker, editor, auditor (admin sessions), outsider (no group).
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, User
from django.core.cache import cache
from rest_framework.test import APIClient

from access import apikeys
from claims.models import Article, Claim, ClaimKind, Speaker
from claims.services import claim_content_key, content_hash
from verify.models import Review

OWN_SOURCE = "cms-a"
OTHER_SOURCE = "cms-b"
ROLES = ["anonymous", "newsroom_own", "newsroom_other", "fact_checker", "editor", "auditor", "outsider"]
STAFF = {"fact_checker", "editor", "auditor"}
NEWSROOM = {"newsroom_own", "newsroom_other"}
BODY = (
    "Mayor Jane Doe said 40,000 people would benefit from the new wage.\n\n"
    "Council member John Roe said the increase would cost businesses $3 million a year.\n"
)


@pytest.fixture(autouse=True)
def _fresh_throttle_counts():
    """Throttle counters live in the cache; each test starts with none."""
    cache.clear()
    yield
    cache.clear()


def user_with_role(username: str, group: str | None = None) -> User:
    user = User.objects.create_user(username=username, password="pw", is_staff=group in STAFF)
    if group:
        user.groups.add(Group.objects.get_or_create(name=group)[0])
    return user


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
def clients(db) -> dict[str, APIClient]:
    """An API client for every role of the access matrix."""
    result = {"anonymous": APIClient()}
    result["newsroom_own"] = client_with_key(user_with_role("cms-a-system", "newsroom_system"), OWN_SOURCE)
    result["newsroom_other"] = client_with_key(
        user_with_role("cms-b-system", "newsroom_system"), OTHER_SOURCE
    )
    for role in sorted(STAFF):
        result[role] = client_logged_in(user_with_role(role, role))
    result["outsider"] = client_logged_in(user_with_role("outsider"))
    for role, client in result.items():
        client.role = role
    return result


@pytest.fixture
def newsroom(clients) -> APIClient:
    return clients["newsroom_own"]


@pytest.fixture
def editor(clients) -> APIClient:
    return clients["editor"]


def article_with_claims(
    source_system: str = OWN_SOURCE, external_id: str = "story-1", claims: int = 2
) -> Article:
    """An extracted article with ``claims`` claims, each with a new review (no extractor run)."""
    digest = content_hash(BODY)
    article = Article.objects.create(
        source_system=source_system,
        external_id=external_id,
        body=BODY,
        content_hash=digest,
        headline="Wage rise",
        extraction_status="done",
        extracted_hash=digest,
    )
    speaker, _ = Speaker.objects.get_or_create(
        name_key="jane doe", type="person", defaults={"canonical_name": "Jane Doe", "role": "Mayor"}
    )
    for index in range(claims):
        content = f"{40_000 + index} people would benefit from the new wage"
        claim = Claim.objects.create(
            article=article,
            kind=ClaimKind.INDIRECT,
            content=content,
            content_key=claim_content_key(content),
            content_start=index,
            content_end=index + 10,
            body_hash=digest,
            speaker=speaker,
            speaker_mention="Mayor Jane Doe",
            checkworthiness=0.8,
        )
        Review.objects.create(claim=claim, priority=claim.checkworthiness)
    return article


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
