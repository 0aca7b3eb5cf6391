"""Fixtures shared by the side-effect tests (webhooks, notifications, source metadata, beat jobs).

Import a fixture by name into a test module to use it.
"""

from __future__ import annotations

import pytest

from config.celery import app as celery_app


@pytest.fixture
def eager_retries():
    """Let an eager task's retries run in a loop instead of raising ``Retry`` to the caller."""
    previous = celery_app.conf.task_eager_propagates
    celery_app.conf.task_eager_propagates = False
    yield
    celery_app.conf.task_eager_propagates = previous
