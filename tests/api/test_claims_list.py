"""GET /api/v1/claims: who sees which claims, filters, ordering, cursor pages, query count."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User

from claims.models import Claim
from tests.api.conftest import ROLES, STAFF, assert_problem
from tests.factories import article_with_claims
from verify.models import Review

pytestmark = pytest.mark.django_db
URL = "/api/v1/claims"


def ids(response) -> set[int]:
    assert response.status_code == 200, response.content
    return {row["id"] for row in response.json()["results"]}


@pytest.mark.parametrize("role", ROLES)
def test_access_matrix(clients, article, other_article, role):
    response = clients[role].get(URL)
    own = set(article.claims.values_list("id", flat=True))
    other = set(other_article.claims.values_list("id", flat=True))
    if role in STAFF:
        assert ids(response) == own | other
    elif role == "newsroom_own":
        assert ids(response) == own
    elif role == "newsroom_other":
        assert ids(response) == other
    else:
        assert_problem(response, 401 if role == "anonymous" else 403)


def test_rows_carry_speaker_and_review(editor, article):
    row = editor.get(URL).json()["results"][0]
    assert row["speaker"]["canonical_name"] == "Jane Doe"
    assert row["review"] == {"state": "new", "assignee": None, "priority": 0.8, "version": 1}


def test_newsroom_rows_carry_the_review_state_only(newsroom, article):
    Review.objects.filter(claim__article=article).update(
        state="in_review", assignee=User.objects.create_user("ann")
    )
    rows = newsroom.get(URL).json()["results"]
    assert [row["review"] for row in rows] == [{"state": "in_review"}] * 2


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"assignee": "ann"}, "assignee"),
        ({"ordering": "-priority"}, "ordering"),
        ({"ordering": "created_at,priority"}, "ordering"),
    ],
)
def test_newsroom_may_not_filter_or_order_by_desk_data(clients, article, params, field):
    assert_problem(clients["newsroom_own"].get(URL, params), 400, field=field)
    assert clients["auditor"].get(URL, params).status_code == 200


def test_newsroom_may_filter_by_state_and_order_by_date(newsroom, article):
    claim = article.claims.first()
    Review.objects.filter(claim=claim).update(state="queued")
    assert ids(newsroom.get(URL, {"state": "queued", "ordering": "-created_at"})) == {claim.id}


def test_filters(editor, article, other_article):
    claim = article.claims.first()
    checker = User.objects.create_user("ann")
    Review.objects.filter(claim=claim).update(state="queued", assignee=checker)
    assert ids(editor.get(URL, {"state": "queued"})) == {claim.id}
    assert ids(editor.get(URL, {"assignee": "ann"})) == {claim.id}
    assert ids(editor.get(URL, {"article": other_article.id})) == set(
        other_article.claims.values_list("id", flat=True)
    )
    assert ids(editor.get(URL, {"q": "40000 PEOPLE"})) == {claim.id, other_article.claims.first().id}
    assert ids(editor.get(URL, {"kind": "direct"})) == set()
    assert len(ids(editor.get(URL, {"speaker": claim.speaker_id}))) == 4
    assert len(ids(editor.get(URL, {"created_after": "2000-01-01", "created_before": "2100-01-01"}))) == 4
    assert ids(editor.get(URL, {"created_before": "2000-01-01"})) == set()


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"state": "nonsense"}, "state"),
        ({"article": "x"}, "article"),
        ({"article": "1.5"}, "article"),
        ({"article": str(2**70)}, "article"),
        ({"created_after": "2024-13-01"}, "created"),
        ({"q": "x" * 201}, "q"),
    ],
)
def test_bad_filters_are_400_naming_the_parameter(editor, params, field):
    body = assert_problem(editor.get(URL, params), 400)
    assert any(e["field"].startswith(field) for e in body["errors"]), body


def test_ordering_and_cursor_pages(editor):
    article_with_claims(claims=5)
    Review.objects.filter(claim__content__startswith="40003").update(priority_override=0.9)
    first = editor.get(URL, {"ordering": "-priority", "page_size": 2}).json()
    assert first["results"][0]["content"].startswith("40003")
    seen = [row["id"] for row in first["results"]]
    page = first
    while page["next"]:
        page = editor.get(page["next"]).json()
        seen += [row["id"] for row in page["results"]]
    assert sorted(seen) == sorted(Claim.objects.values_list("id", flat=True))


def test_invalid_cursor_is_a_problem_not_a_crash(editor):
    assert_problem(editor.get(URL, {"cursor": "garbage"}), 404)


def test_query_count_is_constant(editor, django_assert_num_queries):
    article_with_claims(claims=2)
    editor.get(URL)
    # session, user, groups, claims page (joined speaker, review, assignee)
    with django_assert_num_queries(4):
        editor.get(URL)
    for n in range(3):
        article_with_claims(external_id=f"more-{n}", claims=10)
    with django_assert_num_queries(4):
        editor.get(URL)


def test_newsroom_query_count_is_constant(newsroom, django_assert_num_queries):
    for n in range(3):
        article_with_claims(external_id=f"more-{n}", claims=10)
    newsroom.get(URL)
    # key lookup, groups, claims page
    with django_assert_num_queries(3):
        newsroom.get(URL)


def test_rating_filter_finds_claims_by_their_published_verdict(editor, article):
    from tests.factories import UserFactory, VerdictFactory
    from verify.models import VerdictStatus

    first, second = article.claims.order_by("id")
    checker, desk_editor = UserFactory(roles=["fact_checker"]), UserFactory(roles=["editor"])
    Review.objects.filter(claim=first).update(state="published")
    VerdictFactory(
        review=first.review,
        number=1,
        status=VerdictStatus.APPROVED,
        substance="false",
        proposed_by=checker,
        decided_by=desk_editor,
        decided_at=first.created_at,
    )
    Review.objects.filter(claim=second).update(state="verdict_proposed")
    VerdictFactory(review=second.review, number=1, substance="false", proposed_by=checker)
    assert ids(editor.get(URL, {"rating": "false"})) == {first.id}
    assert ids(editor.get(URL, {"rating": "true"})) == set()
    assert_problem(editor.get(URL, {"rating": "bogus"}), 400, field="rating")
