"""GET /api/v1/articles/{id}: extraction status, claims and review summary, by role."""

from __future__ import annotations

import pytest

from claims.models import Article
from tests.api.conftest import ROLES, STAFF, article_with_claims, assert_problem

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
    assert [c["id"] for c in body["claims"]] == list(article.claims.order_by("content_start").values_list("id", flat=True))
    assert body["claims"][0]["speaker"]["canonical_name"] == "Jane Doe"
    assert body["claims"][0]["review_state"] == "new"
    assert body["review_summary"]["states"] == {"new": 2}


def test_failed_extraction_shows_its_error(newsroom, article):
    Article.objects.filter(pk=article.pk).update(extraction_status="failed", extraction_error="Not English prose.")
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
