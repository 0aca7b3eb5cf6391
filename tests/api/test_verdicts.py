"""GET /api/v1/verdicts: the desk sees every verdict; a newsroom its own published ones."""

from __future__ import annotations

import pytest

from tests.api.conftest import ROLES, STAFF, assert_problem
from tests.factories import UserFactory, VerdictFactory
from verify.models import Review, VerdictStatus

pytestmark = pytest.mark.django_db
URL = "/api/v1/verdicts"


def verdict_on(claim, *, status=VerdictStatus.PROPOSED, substance="mostly_true", state="verdict_proposed"):
    Review.objects.filter(claim=claim).update(state=state)
    checker, desk_editor = UserFactory(roles=["fact_checker"]), UserFactory(roles=["editor"])
    decided = (
        {}
        if status == VerdictStatus.PROPOSED
        else {"decided_by": desk_editor, "decided_at": claim.created_at}
    )
    return VerdictFactory(
        review=claim.review, number=1, status=status, substance=substance, proposed_by=checker, **decided
    )


@pytest.fixture
def verdicts(article, other_article):
    own_claims = list(article.claims.order_by("id"))
    return {
        "own_published": verdict_on(
            own_claims[0], status=VerdictStatus.APPROVED, substance="false", state="published"
        ),
        "own_proposed": verdict_on(own_claims[1]),
        "other_published": verdict_on(
            other_article.claims.first(), status=VerdictStatus.APPROVED, state="published"
        ),
    }


def ids(response) -> set[int]:
    assert response.status_code == 200, response.content
    return {row["id"] for row in response.json()["results"]}


@pytest.mark.parametrize("role", ROLES)
def test_access_matrix(clients, verdicts, role):
    response = clients[role].get(URL)
    if role in STAFF:
        assert ids(response) == {v.id for v in verdicts.values()}
    elif role == "newsroom_own":
        assert ids(response) == {verdicts["own_published"].id}
        assert "proposed_by" not in response.json()["results"][0]
    elif role == "newsroom_other":
        assert ids(response) == {verdicts["other_published"].id}
    else:
        assert_problem(response, 401 if role == "anonymous" else 403)


def test_filters(editor, verdicts, article):
    assert ids(editor.get(URL, {"rating": "false"})) == {verdicts["own_published"].id}
    assert ids(editor.get(URL, {"status": "proposed"})) == {verdicts["own_proposed"].id}
    assert ids(editor.get(URL, {"article": article.id})) == {
        verdicts["own_published"].id,
        verdicts["own_proposed"].id,
    }
    assert_problem(editor.get(URL, {"rating": "sort of"}), 400, field="rating")


def test_query_count_is_constant(editor, verdicts, article, django_assert_num_queries):
    editor.get(URL)
    with django_assert_num_queries(5):  # session, user, groups, page, sources prefetch
        editor.get(URL)
    for claim in article.claims.all()[2:]:
        verdict_on(claim)
    from tests.factories import article_with_claims

    for n in range(3):
        verdict_on(article_with_claims(external_id=f"x{n}", claims=1).claims.get())
    with django_assert_num_queries(5):
        editor.get(URL)
