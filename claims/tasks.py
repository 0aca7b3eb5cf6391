"""Worker start-up for the claims app: load the language model before the first extraction.

The extraction task itself is ``verify.tasks.extract_article``: the layer that opens reviews
drives the extraction (``verify.services.articles``).
"""

import logging

from celery.signals import worker_process_init
from django.conf import settings

from claims import extraction
from claims.extraction import ExtractionError

logger = logging.getLogger(__name__)


@worker_process_init.connect
def _language_model_preload(**kwargs) -> None:
    """Load the extraction model when a worker process starts, not inside its first task's time limit."""
    try:
        extraction.load_model(settings.EXTRACTION_MODEL)
    except ExtractionError:
        logger.exception("extraction model %s could not be loaded", settings.EXTRACTION_MODEL)
