"""Every operation of the API for every role, in one table: who gets in, who is refused how.

The per-endpoint modules test what each role sees; this one proves nothing is left out: the
table must name every operation of the OpenAPI schema. A newsroom system's 200 answers are also
searched for the desk's working data (assignees, priorities, versions, names, notes), which it
must never get, whatever the endpoint.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import yaml
from django.contrib.auth.models import User
from django.utils import timezone

from tests.api.conftest import NEWSROOM, ROLES, STAFF, assert_problem
from tests.factories import NoteFactory, SourceFactory, VerdictFactory, article_with_claims
from verify.models import Review, VerdictStatus
from verify.services.webhooks import webhook_subscription_create

pytestmark = pytest.mark.django_db

DESK_KEYS = frozenset(
    {
        "assignee",
        "priority",
        "version",
        "added_by",
        "metadata_status",
        "notes",
        "transitions",
        "available_actions",
        "proposed_by",
        "proposed_at",
        "decided_by",
        "decision_note",
    }
)


def expect(default: int, **by_role: int) -> dict[str, int]:
    """The status each role gets: ``by_role`` (group names expanded), else ``default``."""
    groups = {"staff": STAFF, "newsroom": NEWSROOM}
    statuses = dict.fromkeys(ROLES, default)
    statuses["anonymous"] = 401
    for name, status in by_role.items():
        for role in groups.get(name, {name}):
            statuses[role] = status
    return statuses


SOURCE = {"url": "https://stats.example.org/wages", "stance": "supports", "title": "Wage statistics"}
HOOK = {"url": "https://cms.example.org/hook", "events": ["verdict.published"]}
EVERYONE = dict.fromkeys(ROLES, 200)
READERS = expect(403, staff=200, newsroom=200)
OWN_ARTICLE_READERS = expect(403, staff=200, newsroom_own=200, newsroom_other=404)
DESK_READERS = expect(403, staff=200)
OWN_SUBSCRIPTION = expect(403, newsroom_own=200, newsroom_other=404)


@dataclass(frozen=True)
class Call:
    method: str
    path: str
    data: dict | None = None
    headers: dict | None = None
    params: dict | None = None


# (method, schema path) -> (the request, with {published}/{in_review}/{new}/{article}/{hook}
# standing for the rows of the ``world`` fixture, and the status of each role)
MATRIX: dict[tuple[str, str], tuple[Call, dict[str, int]]] = {
    ("get", "/api/v1/health"): (Call("get", "/api/v1/health"), EVERYONE),
    ("post", "/api/v1/articles"): (
        Call("post", "/api/v1/articles", {"external_id": "matrix-1", "text": "The mayor said it rained."}),
        expect(403, newsroom=202),
    ),
    ("get", "/api/v1/articles/{id}"): (Call("get", "/api/v1/articles/{article}"), OWN_ARTICLE_READERS),
    ("get", "/api/v1/claims"): (Call("get", "/api/v1/claims"), READERS),
    ("get", "/api/v1/claims/{id}"): (Call("get", "/api/v1/claims/{published}"), OWN_ARTICLE_READERS),
    ("post", "/api/v1/claims/{id}/transitions"): (
        Call("post", "/api/v1/claims/{new}/transitions", {"action": "queue"}, {"If-Match": '"1"'}),
        expect(403, fact_checker=200, editor=200),
    ),
    ("get", "/api/v1/claims/{id}/sources"): (
        Call("get", "/api/v1/claims/{published}/sources"),
        OWN_ARTICLE_READERS,
    ),
    ("post", "/api/v1/claims/{id}/sources"): (
        Call("post", "/api/v1/claims/{in_review}/sources", SOURCE),
        expect(403, fact_checker=201, editor=201),
    ),
    ("get", "/api/v1/claims/{id}/notes"): (Call("get", "/api/v1/claims/{published}/notes"), DESK_READERS),
    ("post", "/api/v1/claims/{id}/notes"): (
        Call("post", "/api/v1/claims/{in_review}/notes", {"text": "Called them."}),
        expect(403, fact_checker=201, editor=201),
    ),
    ("get", "/api/v1/verdicts"): (Call("get", "/api/v1/verdicts"), READERS),
    ("get", "/api/v1/speakers"): (Call("get", "/api/v1/speakers"), READERS),
    ("get", "/api/v1/exports/verdicts"): (
        Call("get", "/api/v1/exports/verdicts", params={"format": "jsonl"}),
        expect(403, auditor=200),
    ),
    ("get", "/api/v1/webhooks"): (Call("get", "/api/v1/webhooks"), expect(403, newsroom=200)),
    ("post", "/api/v1/webhooks"): (
        Call("post", "/api/v1/webhooks", HOOK),
        expect(403, newsroom=201),
    ),
    ("get", "/api/v1/webhooks/{id}"): (Call("get", "/api/v1/webhooks/{hook}"), OWN_SUBSCRIPTION),
    ("delete", "/api/v1/webhooks/{id}"): (
        Call("delete", "/api/v1/webhooks/{hook}"),
        expect(403, newsroom_own=204, newsroom_other=404),
    ),
    ("post", "/api/v1/webhooks/{id}/rotate-secret"): (
        Call("post", "/api/v1/webhooks/{hook}/rotate-secret"),
        OWN_SUBSCRIPTION,
    ),
    ("get", "/api/v1/webhooks/{id}/deliveries"): (
        Call("get", "/api/v1/webhooks/{hook}/deliveries"),
        OWN_SUBSCRIPTION,
    ),
}


@pytest.fixture
def world(clients) -> dict[str, int]:
    """The own article's claims in three states, the desk's data on them, and a subscription."""
    article = article_with_claims(claims=3)
    published, in_review, new = article.claims.order_by("id")
    checker = User.objects.get(username="fact_checker")
    Review.objects.filter(claim__in=[published, in_review]).update(
        state="in_review", assignee=checker, priority_override=0.7
    )
    Review.objects.filter(claim=published).update(state="published", version=5)
    for claim in (published, in_review):
        SourceFactory(review=claim.review, added_by=checker)
        NoteFactory(review=claim.review, author=checker)
    verdict = VerdictFactory(
        review=published.review,
        number=1,
        status=VerdictStatus.APPROVED,
        proposed_by=checker,
        decided_by=User.objects.get(username="editor"),
        decided_at=timezone.now(),
        decision_note="Fine.",
    )
    verdict.sources.set(published.review.sources.all())
    subscription, _ = webhook_subscription_create(
        owner=clients["newsroom_own"].api_key.user,
        url="https://cms.example.org/hook",
        events=["verdict.published"],
        source_system=clients["newsroom_own"].api_key.source_system,
    )
    return {
        "article": article.pk,
        "published": published.pk,
        "in_review": in_review.pk,
        "new": new.pk,
        "hook": subscription.pk,
    }


def send(client, call: Call, world: dict[str, int]):
    path = call.path.format(**world)
    if call.method == "get":
        return client.get(path, call.params or {}, headers=call.headers)
    body = json.dumps(call.data) if call.data is not None else None
    return getattr(client, call.method)(
        path, data=body, content_type="application/json", headers=call.headers
    )


def keys_in(value: object) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from keys_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from keys_in(item)


def test_the_matrix_names_every_operation_of_the_schema(client):
    schema = yaml.safe_load(client.get("/api/v1/schema").content)
    operations = {(method, path) for path, item in schema["paths"].items() for method in item}
    assert operations == set(MATRIX)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("operation", sorted(MATRIX), ids=lambda op: f"{op[0].upper()} {op[1]}")
def test_access_matrix(clients, world, operation, role):
    call, statuses = MATRIX[operation]
    response = send(clients[role], call, world)
    expected = statuses[role]
    if expected >= 400:
        assert_problem(response, expected)
        return
    assert response.status_code == expected, (response.status_code, response.content[:500])
    if role in NEWSROOM and response.get("Content-Type", "").startswith("application/json"):
        assert not DESK_KEYS & set(keys_in(response.json())), response.json()
        assert "ETag" not in response
