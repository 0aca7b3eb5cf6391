"""Article pages: extraction status, re-running extraction, the article's claims; by role."""

from __future__ import annotations

import pytest
from django.urls import reverse

from claims.models import Article
from tests.admin.conftest import MATRIX_ROLES, READERS, WORKERS
from tests.factories import article_with_claims

pytestmark = pytest.mark.django_db


def expected_read_status(role: str) -> int:
    if role in READERS:
        return 200
    return 403 if role == "outsider" else 302  # others are sent to the login page


@pytest.mark.parametrize("role", MATRIX_ROLES)
@pytest.mark.parametrize("page", ["changelist", "change"])
def test_article_pages_access(clients, article, role, page):
    args = [article.pk] if page == "change" else []
    response = clients[role].get(reverse(f"admin:claims_article_{page}", args=args))
    assert response.status_code == expected_read_status(role)


@pytest.mark.parametrize("role", MATRIX_ROLES)
def test_speaker_list_access(clients, article, role):
    response = clients[role].get(reverse("admin:claims_speaker_changelist"))
    assert response.status_code == expected_read_status(role)


@pytest.mark.parametrize("role", MATRIX_ROLES)
def test_rerun_extraction_access(clients, article, role, django_capture_on_commit_callbacks):
    Article.objects.filter(pk=article.pk).update(extraction_status="failed", extraction_error="boom")
    url = reverse("admin:claims_article_extraction_rerun", args=[article.pk])
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = clients[role].post(url)
    article.refresh_from_db()
    if role in WORKERS:
        assert response.status_code == 302
        assert article.extraction_status == "pending" and len(callbacks) == 1
    else:
        assert response.status_code in {302, 403} and article.extraction_status == "failed"
        assert callbacks == []


def test_article_page_shows_status_text_and_claims(clients, article):
    Article.objects.filter(pk=article.pk).update(extraction_status="failed", extraction_error="Not English prose.")
    page = clients["fact_checker"].get(reverse("admin:claims_article_change", args=[article.pk])).content.decode()
    assert "Failed" in page and "Not English prose." in page
    assert '<mark class="claim-span">' in page
    assert "40000 people would benefit" in page and "Re-run extraction" in page


def test_auditor_sees_no_rerun_button(clients, article):
    page = clients["auditor"].get(reverse("admin:claims_article_change", args=[article.pk])).content.decode()
    assert "Re-run extraction" not in page


def test_rerun_extraction_is_post_only(clients, article):
    url = reverse("admin:claims_article_extraction_rerun", args=[article.pk])
    assert clients["editor"].get(url).status_code == 405


def test_rerun_says_what_happened(clients, article, django_capture_on_commit_callbacks):
    url = reverse("admin:claims_article_extraction_rerun", args=[article.pk])
    with django_capture_on_commit_callbacks(execute=False):
        response = clients["editor"].post(url, follow=True)
    assert "Extraction queued again." in response.content.decode()


def test_article_list_query_count_does_not_grow(clients, django_assert_max_num_queries):
    article_with_claims("a-1")
    client = clients["auditor"]
    url = reverse("admin:claims_article_changelist")
    client.get(url)
    with django_assert_max_num_queries(12) as few:
        client.get(url)
    baseline = len(few.captured_queries)
    for index in range(2, 12):
        article_with_claims(f"a-{index}", claims=3)
    with django_assert_max_num_queries(baseline):
        client.get(url)


def test_article_page_query_count_does_not_grow_with_claims(clients, django_assert_max_num_queries):
    small, large = article_with_claims("small", claims=1), article_with_claims("large", claims=15)
    client = clients["editor"]
    client.get(reverse("admin:claims_article_change", args=[small.pk]))
    with django_assert_max_num_queries(15) as few:
        client.get(reverse("admin:claims_article_change", args=[small.pk]))
    baseline = len(few.captured_queries)
    with django_assert_max_num_queries(baseline):
        client.get(reverse("admin:claims_article_change", args=[large.pk]))
