"""Celery tasks of the claims app: thin wrappers that load ids and call services."""

import logging

from celery import shared_task
from celery.signals import worker_process_init
from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError

from claims import extraction, idempotency, services
from claims.errors import ClaimsError
from claims.extraction import ExtractionError
from claims.models import Article

logger = logging.getLogger(__name__)

TRANSIENT_ERRORS = (OperationalError, InterfaceError, ConnectionError, TimeoutError)


@worker_process_init.connect
def _language_model_preload(**kwargs) -> None:
    """Load the extraction model when a worker process starts, not inside its first task's time limit."""
    try:
        extraction.load_model(settings.EXTRACTION_MODEL)
    except ExtractionError:
        logger.exception("extraction model %s could not be loaded", settings.EXTRACTION_MODEL)


@shared_task(
    bind=True,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=True,
    retry_backoff_max=300,
    retry_jitter=True,
    max_retries=5,
)
def extract_article(self, article_id: int) -> str:
    """Extract and store the claims of one article; a re-run with unchanged text is a no-op."""
    try:
        article = services.article_extract(article_id=article_id)
    except Article.DoesNotExist:
        logger.warning("extract_article: article %s no longer exists", article_id)
        return "missing"
    except (ExtractionError, ClaimsError) as exc:
        services.article_extraction_failed(article_id=article_id, error=str(exc))
        return "failed"
    except TRANSIENT_ERRORS as exc:
        if self.request.retries >= self.max_retries:
            services.article_extraction_failed(article_id=article_id, error=f"Gave up after retries: {exc}")
        raise
    except DatabaseError as exc:
        services.article_extraction_failed(article_id=article_id, error=f"Database error: {exc}")
        raise
    except Exception as exc:
        logger.exception("extract_article: article %s failed", article_id)
        services.article_extraction_failed(article_id=article_id, error=f"Unexpected error: {exc!r}")
        raise
    return article.extraction_status


@shared_task(autoretry_for=TRANSIENT_ERRORS, retry_backoff=True, retry_jitter=True, max_retries=3)
def idempotency_records_purge() -> int:
    """Delete stored API responses whose Idempotency-Key has expired."""
    return idempotency.idempotency_records_purge()
