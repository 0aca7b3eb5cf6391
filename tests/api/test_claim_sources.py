"""/api/v1/claims/{id}/sources: everyone who sees the claim reads them; the checker adds them."""

from __future__ import annotations

import json

import pytest
from django.contrib.auth.models import User

from tests.api.conftest import ROLES, STAFF, assert_problem
from tests.factories import SourceFactory
from verify.models import Review, Source

pytestmark = pytest.mark.django_db
SOURCE = {"url": "https://stats.example.org/wages", "stance": "supports", "title": "Wage statistics"}


@pytest.fixture
def claim(clients, article):
    """A claim the fact_checker client is working on."""
    claim = article.claims.order_by("id").first()
    Review.objects.filter(claim=claim).update(
        state="in_review", assignee=User.objects.get(username="fact_checker")
    )
    return claim


def add(client, claim, data=SOURCE):
    return client.post(
        f"/api/v1/claims/{claim.pk}/sources", data=json.dumps(data), content_type="application/json"
    )


@pytest.mark.parametrize("role", ROLES)
def test_access_matrix_for_reading(clients, claim, role):
    source = SourceFactory(review=claim.review)
    SourceFactory(review=claim.review, removed_at=source.created_at)
    response = clients[role].get(f"/api/v1/claims/{claim.pk}/sources")
    if role in STAFF or role == "newsroom_own":
        assert [row["id"] for row in response.json()] == [source.id]
    else:
        assert_problem(response, {"anonymous": 401, "outsider": 403, "newsroom_other": 404}[role])


@pytest.mark.parametrize("role", ROLES)
def test_access_matrix_for_adding(clients, claim, role):
    response = add(clients[role], claim)
    if role in ("fact_checker", "editor"):
        assert response.status_code == 201, response.content
        assert response.json()["title"] == "Wage statistics"
    else:
        assert_problem(response, {"anonymous": 401}.get(role, 403))


def test_adding_bumps_the_review_version_and_honours_if_match(clients, claim):
    checker = clients["fact_checker"]
    stale = checker.post(
        f"/api/v1/claims/{claim.pk}/sources",
        data=json.dumps(SOURCE),
        content_type="application/json",
        headers={"If-Match": '"9"'},
    )
    assert_problem(stale, 412)
    assert add(checker, claim).status_code == 201
    assert checker.get(f"/api/v1/claims/{claim.pk}")["ETag"] == '"2"'


def test_adding_when_the_claim_is_not_being_checked_is_409(clients, claim):
    Review.objects.filter(claim=claim).update(state="queued", assignee=None)
    assert_problem(add(clients["editor"], claim), 409)
    assert not Source.objects.exists()


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({**SOURCE, "stance": "maybe"}, "stance"),
        ({"url": SOURCE["url"]}, "stance"),
        ({**SOURCE, "published_on": "01/02/2024"}, "published_on"),
        ({**SOURCE, "rating": 5}, "rating"),
    ],
)
def test_bad_sources_are_400_naming_the_field(clients, claim, data, field):
    assert_problem(add(clients["fact_checker"], claim, data), 400, field=field)


def test_a_url_the_service_refuses_is_400(clients, claim):
    assert_problem(add(clients["fact_checker"], claim, {**SOURCE, "url": "ftp://x"}), 400)
