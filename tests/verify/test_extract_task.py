"""The extraction task: failures are stored on the article, transient errors are retried."""

import pytest
from celery.exceptions import Retry
from django.db import OperationalError

from claims import services
from claims import tasks as claims_tasks
from claims.extraction import ExtractionError
from claims.models import Article, ExtractionStatus
from verify import tasks
from verify.services import articles

pytestmark = pytest.mark.django_db

TEXT = "Officials said 12 bridges were closed on Friday.\n"


@pytest.fixture
def article(django_capture_on_commit_callbacks) -> Article:
    with django_capture_on_commit_callbacks(execute=False):
        return articles.article_ingest(source_system="cms", external_id="x", body=TEXT).article


def test_task_extracts_and_marks_done(article):
    assert tasks.extract_article.apply(args=[article.id]).get() == ExtractionStatus.DONE
    article.refresh_from_db()
    assert article.extraction_status == ExtractionStatus.DONE
    assert article.extractor_version


def test_unprocessable_article_keeps_text_and_stores_error(article, monkeypatch):
    def refuse(*args, **kwargs):
        raise ExtractionError("The text is not English prose.")

    monkeypatch.setattr(services.extraction, "analyse_article", refuse)
    assert tasks.extract_article.apply(args=[article.id]).get() == "failed"
    article.refresh_from_db()
    assert article.extraction_status == ExtractionStatus.FAILED
    assert article.extraction_error == "The text is not English prose."
    assert article.body == TEXT


def test_transient_database_error_is_retried(article, monkeypatch):
    def flaky(**kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(articles, "article_extract", flaky)
    with pytest.raises(Retry):
        tasks.extract_article.apply(args=[article.id])
    article.refresh_from_db()
    assert article.extraction_status == ExtractionStatus.PENDING


def test_transient_error_on_the_last_attempt_is_recorded(article, monkeypatch):
    def flaky(**kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(articles, "article_extract", flaky)
    last = tasks.extract_article.max_retries
    result = tasks.extract_article.apply(args=[article.id], retries=last, throw=False)
    assert isinstance(result.result, OperationalError)
    article.refresh_from_db()
    assert article.extraction_status == ExtractionStatus.FAILED
    assert "Gave up after retries" in article.extraction_error
    assert article.body == TEXT


def test_missing_article_is_not_an_error():
    assert tasks.extract_article.apply(args=[987654]).get() == "missing"


def test_worker_processes_load_the_model_when_they_start(monkeypatch):
    loaded = []
    monkeypatch.setattr(claims_tasks.extraction, "load_model", lambda name: loaded.append(name))
    from celery.signals import worker_process_init

    worker_process_init.send(sender=None)
    assert loaded == [claims_tasks.settings.EXTRACTION_MODEL]
