"""Property-based tests of the whole API from its OpenAPI schema (schemathesis).

Every operation is called with generated valid and invalid input by each principal that may use
it, so the input parsing behind the permission check is fuzzed too: reads by an editor, a
fact-checker, an auditor and a newsroom system (API keys all); desk writes (transitions, sources,
notes) by the fact-checker and the editor; exports by the auditor; article posts and webhooks by
the newsroom system. Half of the generated ids are pointed at existing rows. Whatever is sent,
the answer must not be a 5xx, and must conform to the schema (status, content type, body).

Two checks are left out on purpose: "negative data rejection" (the API is lenient where that
is harmless: an empty filter or a non-numeric page_size falls back to the default) and
"positive data acceptance" (the schema cannot say that exactly one of `text` and `html` is
required, so generated bodies with both are rightly refused with 400).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.test import override_settings
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance

from access import apikeys
from tests.api.conftest import OWN_SOURCE
from tests.factories import article_with_claims
from verify.services.webhooks import webhook_subscription_create

MAX_EXAMPLES = 20  # per operation and principal: about 35 s of CPU for the whole API
LENIENT_CHECKS = [negative_data_rejection, positive_data_acceptance]
DESK = ("editor", "fact_checker", "auditor")  # each has an API key, as a desk script would

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


@dataclass
class World:
    """The rows generated requests act on, and each principal's Authorization header."""

    headers: dict[str, dict[str, str]]
    ids: dict[str, list[int]]


@pytest.fixture
def world(people, settings, _keep_test_connection) -> World:
    settings.ALLOWED_HOSTS = [WSGI_HOST]
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"api_key": "100000/min", "user": "100000/min", "anon": "100000/min"},
    }
    article = article_with_claims()
    system = people["cms-a-system"]
    keys = {"newsroom": apikeys.apikey_create(user=system, name="cms", source_system=OWN_SOURCE)}
    for role in DESK:
        keys[role] = apikeys.apikey_create(user=people[role], name=f"{role} script")
    subscription, _ = webhook_subscription_create(
        owner=system,
        url="https://cms.example.org/hook",
        events=["verdict.published"],
        source_system=OWN_SOURCE,
    )
    return World(
        headers={name: {"Authorization": f"Api-Key {key.plaintext}"} for name, key in keys.items()},
        ids={
            "articles": [article.pk],
            "claims": list(article.claims.values_list("pk", flat=True)),
            "webhooks": [subscription.pk],
        },
    )


def principals_for(method: str, path: str) -> tuple[str, ...]:
    """Who may use an operation, and so who fuzzes it."""
    if path.startswith("/api/v1/webhooks") or (method, path) == ("POST", "/api/v1/articles"):
        return ("newsroom",)
    if path.startswith("/api/v1/exports/"):
        return ("auditor",)
    if method != "GET":  # transitions, sources and notes: the desk's writes
        return ("fact_checker", "editor")
    return (*DESK, "newsroom")


def operations_of(principal: str):
    """The schema narrowed to the operations ``principal`` fuzzes."""
    return schema.include(
        lambda ctx: principal in principals_for(ctx.operation.method.upper(), ctx.operation.path)
    )


def aim_at_existing_rows(case, world: World) -> None:
    """Generated ids rarely exist; point every other one at a real row so real paths run."""
    pk = (case.path_parameters or {}).get("id")  # drf-spectacular names <int:pk> "id"
    collection = case.path.split("/")[3]
    if isinstance(pk, int) and pk % 2 == 0 and collection in world.ids:
        rows = world.ids[collection]
        case.path_parameters["id"] = rows[pk // 2 % len(rows)]


def call_as(principal: str, case, world: World) -> None:
    aim_at_existing_rows(case, world)
    headers = {**(case.headers or {}), **world.headers[principal]}
    case.call_and_validate(headers=headers, excluded_checks=LENIENT_CHECKS)


fuzz = settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.mark.django_db
@operations_of("editor").parametrize()
@fuzz
def test_api_as_an_editor_never_fails_and_matches_its_schema(case, world):
    call_as("editor", case, world)


@pytest.mark.django_db
@operations_of("fact_checker").parametrize()
@fuzz
def test_api_as_a_fact_checker_never_fails_and_matches_its_schema(case, world):
    call_as("fact_checker", case, world)


@pytest.mark.django_db
@operations_of("auditor").parametrize()
@fuzz
def test_api_as_an_auditor_never_fails_and_matches_its_schema(case, world):
    call_as("auditor", case, world)


@pytest.mark.django_db
@operations_of("newsroom").parametrize()
@fuzz
def test_api_as_a_newsroom_system_never_fails_and_matches_its_schema(case, world):
    call_as("newsroom", case, world)


def test_every_operation_is_fuzzed_by_a_principal_that_may_use_it():
    fuzzed = {
        (result.ok().method.upper(), result.ok().path)
        for principal in (*DESK, "newsroom")
        for result in operations_of(principal).get_all_operations()
    }
    everything = {(r.ok().method.upper(), r.ok().path) for r in schema.get_all_operations()}
    assert fuzzed == everything
    assert principals_for("GET", "/api/v1/exports/verdicts") == ("auditor",)
    assert principals_for("POST", "/api/v1/claims/{id}/transitions") == ("fact_checker", "editor")
