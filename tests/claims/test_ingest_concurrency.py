"""Two newsroom requests posting the same new article at the same moment, on real PostgreSQL."""

import pytest

from claims import services
from claims.models import Article
from tests.verify.test_concurrency_postgres import at_the_same_moment
from verify.services import articles

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("attempt", range(3))
def test_simultaneous_first_posts_store_one_article(attempt, monkeypatch):
    monkeypatch.setattr(articles, "_extraction_enqueue", lambda article_id: None)

    def post(body: str):
        return articles.article_ingest(source_system="cms", external_id="same-id", body=body)

    results = at_the_same_moment(lambda: post("First text.\n"), lambda: post("First text.\n"))
    assert all(isinstance(result, services.IngestResult) for result in results), results
    assert sorted(result.created for result in results) == [False, True]
    assert Article.objects.count() == 1


def test_simultaneous_different_first_posts_make_two_revisions(monkeypatch):
    monkeypatch.setattr(articles, "_extraction_enqueue", lambda article_id: None)

    def post(body: str):
        return articles.article_ingest(source_system="cms", external_id="same-id", body=body)

    results = at_the_same_moment(lambda: post("Version A.\n"), lambda: post("Version B.\n"))
    assert all(isinstance(result, services.IngestResult) for result in results), results
    article = Article.objects.get()
    assert article.revision == 2
    assert article.revisions.count() == 1
