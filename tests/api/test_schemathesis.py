"""Property-based tests of the whole API from its OpenAPI schema (schemathesis).

Every operation is called with generated valid and invalid input, authenticated as a staff
reader (an editor's key) or, to post articles, a newsroom system's key. Whatever is sent,
the answer must not be a 5xx, and must conform to the schema (status, content type, body).

Two checks are left out on purpose: "negative data rejection" (the API is lenient where that
is harmless: an empty filter or a non-numeric page_size falls back to the default) and
"positive data acceptance" (the schema cannot say that exactly one of `text` and `html` is
required, so generated bodies with both are rightly refused with 400).
"""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")

from django.core.signals import request_finished, request_started  # noqa: E402
from django.core.wsgi import get_wsgi_application  # noqa: E402
from django.db import close_old_connections  # noqa: E402
from django.test import override_settings  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

from claims import apikeys  # noqa: E402
from tests.api.conftest import OWN_SOURCE, article_with_claims, user_with_role  # noqa: E402

from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance  # noqa: E402

MAX_EXAMPLES = 30
LENIENT_CHECKS = [negative_data_rejection, positive_data_acceptance]

WSGI_HOST = "localhost"  # the Host schemathesis's WSGI client sends

with override_settings(ALLOWED_HOSTS=[WSGI_HOST]):
    schema = schemathesis.openapi.from_wsgi("/api/v1/schema", get_wsgi_application())


@pytest.fixture
def _keep_test_connection():
    """Django closes connections at the end of a WSGI request; inside the test's transaction
    that would lose it (Django's own test client disconnects the same handlers)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def auth_headers(db, settings, _keep_test_connection) -> dict[str, dict[str, str]]:
    settings.ALLOWED_HOSTS = [WSGI_HOST]
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"api_key": "100000/min", "user": "100000/min", "anon": "100000/min"},
    }
    article_with_claims()
    newsroom = apikeys.apikey_create(
        user=user_with_role("cms-a-system", "newsroom_system"), name="cms", source_system=OWN_SOURCE
    )
    editor = apikeys.apikey_create(user=user_with_role("editor", "editor"), name="editor script")
    return {
        "newsroom": {"Authorization": f"Api-Key {newsroom.plaintext}"},
        "editor": {"Authorization": f"Api-Key {editor.plaintext}"},
    }


def principal_for(case) -> str:
    return "newsroom" if (case.method.upper(), case.path) == ("POST", "/api/v1/articles") else "editor"


@pytest.mark.django_db
@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_never_fails_and_matches_its_schema(case, auth_headers):
    headers = {**(case.headers or {}), **auth_headers[principal_for(case)]}
    case.call_and_validate(headers=headers, excluded_checks=LENIENT_CHECKS)
