"""/api/v1/claims/{id}/sources: the desk reads a claim's evidence and the checker adds to it; a newsroom
system reads only the sources its claim's published verdict cites."""

from __future__ import annotations

import json

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from tests.api.conftest import ROLES, STAFF, assert_problem
from tests.factories import SourceFactory, VerdictFactory
from verify.models import Review, Source, VerdictStatus

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


def sources_read(client, claim):
    return client.get(f"/api/v1/claims/{claim.pk}/sources")


def publish(claim, *, cited):
    """Publish the claim with an approved verdict citing ``cited``."""
    Review.objects.filter(claim=claim).update(state="published")
    editor_user = User.objects.get(username="editor")
    verdict = VerdictFactory(
        review=claim.review,
        number=1,
        status=VerdictStatus.APPROVED,
        proposed_by=User.objects.get(username="fact_checker"),
        decided_by=editor_user,
        decided_at=timezone.now(),
    )
    verdict.sources.set(cited)
    return verdict


@pytest.mark.parametrize("role", ROLES)
def test_access_matrix_for_reading(clients, claim, role):
    """While the claim is being checked its evidence is the desk's: the newsroom sees none."""
    source = SourceFactory(review=claim.review)
    SourceFactory(review=claim.review, removed_at=source.created_at)
    response = sources_read(clients[role], claim)
    if role in STAFF:
        assert [row["id"] for row in response.json()] == [source.id]
        assert response.json()[0]["added_by"] is None and "metadata_status" in response.json()[0]
    elif role == "newsroom_own":
        assert response.status_code == 200 and response.json() == []
    else:
        assert_problem(response, {"anonymous": 401, "outsider": 403, "newsroom_other": 404}[role])


def test_newsroom_reads_only_the_sources_the_published_verdict_cites(clients, claim):
    checker = User.objects.get(username="fact_checker")
    cited = SourceFactory(review=claim.review, added_by=checker)
    cited_then_removed = SourceFactory(review=claim.review, added_by=checker)
    uncited = SourceFactory(review=claim.review, added_by=checker)
    publish(claim, cited=[cited, cited_then_removed])
    Source.objects.filter(pk=cited_then_removed.pk).update(removed_at=timezone.now())
    rows = sources_read(clients["newsroom_own"], claim).json()
    assert [row["id"] for row in rows] == [cited.id, cited_then_removed.id]
    assert not {"added_by", "metadata_status", "created_at"} & set(rows[0])
    assert rows[0]["excerpt"] == cited.excerpt and rows[0]["url"] == cited.url
    desk_rows = sources_read(clients["editor"], claim).json()
    assert [row["id"] for row in desk_rows] == [cited.id, uncited.id]
    assert desk_rows[0]["added_by"] == "fact_checker"


def test_newsroom_reads_no_sources_once_the_claim_is_reopened(clients, claim):
    cited = SourceFactory(review=claim.review)
    publish(claim, cited=[cited])
    assert [row["id"] for row in sources_read(clients["newsroom_own"], claim).json()] == [cited.id]
    Review.objects.filter(claim=claim).update(state="in_review")
    assert sources_read(clients["newsroom_own"], claim).json() == []


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
