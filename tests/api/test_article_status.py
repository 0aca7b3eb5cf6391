"""GET /api/v1/articles/{id}: extraction status, claims and review summary, by role."""

from __future__ import annotations

import pytest

from claims.models import Article
from tests.api.conftest import ROLES, STAFF, assert_problem
from tests.factories import article_with_claims

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", ROLES)
def test_access_matrix(clients, article, role):
    response = clients[role].get(f"/api/v1/articles/{article.pk}")
    expected = {"anonymous": 401, "outsider": 403, "newsroom_other": 404}.get(role, 200)
    if role in STAFF or role == "newsroom_own":
        assert response.status_code == 200
    else:
        assert_problem(response, expected)


def test_status_lists_claims_and_counts_review_states(newsroom, article):
    body = newsroom.get(f"/api/v1/articles/{article.pk}").json()
    assert body["extraction"]["status"] == "done" and body["extraction"]["error"] == ""
    assert [c["id"] for c in body["claims"]] == list(
        article.claims.order_by("content_start").values_list("id", flat=True)
    )
    assert body["claims"][0]["speaker"]["canonical_name"] == "Jane Doe"
    assert body["claims"][0]["review_state"] == "new"
    assert body["review_summary"]["states"] == {"new": 2}


def test_failed_extraction_shows_its_error(newsroom, article):
    Article.objects.filter(pk=article.pk).update(
        extraction_status="failed", extraction_error="Not English prose."
    )
    body = newsroom.get(f"/api/v1/articles/{article.pk}").json()
    assert body["extraction"] == {**body["extraction"], "status": "failed", "error": "Not English prose."}


def test_unknown_article_is_404(newsroom):
    assert_problem(newsroom.get("/api/v1/articles/987654"), 404)


def test_huge_id_is_404_not_500(newsroom):
    assert_problem(newsroom.get("/api/v1/articles/99999999999999999999999"), 404)


def test_query_count_does_not_grow_with_claims(editor, django_assert_max_num_queries):
    small = article_with_claims(external_id="small", claims=1)
    large = article_with_claims(external_id="large", claims=30)
    editor.get(f"/api/v1/articles/{small.pk}")  # warm the session
    with django_assert_max_num_queries(6) as small_queries:
        editor.get(f"/api/v1/articles/{small.pk}")
    with django_assert_max_num_queries(len(small_queries.captured_queries)):
        editor.get(f"/api/v1/articles/{large.pk}")


def test_summary_flags_published_false_or_misquoted_verdicts(newsroom, article):
    from tests.factories import UserFactory, VerdictFactory
    from verify.models import Review, VerdictStatus

    first, second = article.claims.order_by("id")
    checker, desk_editor = UserFactory(roles=["fact_checker"]), UserFactory(roles=["editor"])
    for claim, substance, value, attribution in (
        (first, "false", 1, "confirmed"),
        (second, "true", 5, "misquoted"),
    ):
        Review.objects.filter(claim=claim).update(state="published")
        VerdictFactory(
            review=claim.review,
            number=1,
            status=VerdictStatus.APPROVED,
            substance=substance,
            substance_value=value,
            attribution=attribution,
            proposed_by=checker,
            decided_by=desk_editor,
            decided_at=claim.created_at,
        )
    summary = newsroom.get(f"/api/v1/articles/{article.pk}").json()["review_summary"]
    assert summary["states"] == {"published": 2} and summary["needs_attention"] is True
    assert [(f["claim"], f["substance"], f["attribution"]) for f in summary["flagged"]] == [
        (first.id, "false", "confirmed"),
        (second.id, "true", "misquoted"),
    ]
    Review.objects.filter(claim=first).update(state="in_review")  # reopened: no longer published
    assert [
        f["claim"] for f in newsroom.get(f"/api/v1/articles/{article.pk}").json()["review_summary"]["flagged"]
    ] == [second.id]


def test_summary_without_verdicts_needs_no_attention(newsroom, article):
    summary = newsroom.get(f"/api/v1/articles/{article.pk}").json()["review_summary"]
    assert summary == {"states": {"new": 2}, "needs_attention": False, "flagged": []}
