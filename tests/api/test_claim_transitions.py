"""POST /api/v1/claims/{id}/transitions: the workflow decides; If-Match guards against lost updates."""

from __future__ import annotations

import json

import pytest

from tests.api.conftest import ROLES, assert_problem
from verify.models import AuditEntry, Review

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim(article):
    return article.claims.order_by("id").first()


def act(client, claim, body: dict, if_match: str | None = '"1"'):
    headers = {"If-Match": if_match} if if_match is not None else {}
    return client.post(
        f"/api/v1/claims/{claim.pk}/transitions",
        data=json.dumps(body),
        content_type="application/json",
        headers=headers,
    )


@pytest.mark.parametrize("role", ROLES)
def test_access_matrix_for_queueing_a_new_claim(clients, claim, role):
    response = act(clients[role], claim, {"action": "queue"})
    if role in ("fact_checker", "editor"):
        assert response.status_code == 200, response.content
        assert Review.objects.get(claim=claim).state == "queued"
    else:
        assert_problem(response, {"anonymous": 401}.get(role, 403))
        assert Review.objects.get(claim=claim).state == "new"


def test_transition_answers_the_new_detail_and_etag_and_is_audited(clients, claim):
    response = act(clients["fact_checker"], claim, {"action": "queue"})
    assert response["ETag"] == '"2"'
    body = response.json()
    assert body["review"]["state"] == "queued"
    assert [(t["action"], t["from_state"], t["to_state"], t["actor"]) for t in body["transitions"]] == [
        ("queue", "new", "queued", "fact_checker")
    ]
    assert AuditEntry.objects.filter(claim_id=claim.pk).count() == 1


def test_chained_actions_with_fresh_etags(clients, claim):
    checker = clients["fact_checker"]
    etag = act(checker, claim, {"action": "queue"})["ETag"]
    response = act(checker, claim, {"action": "claim"}, if_match=etag)
    assert response.status_code == 200 and response.json()["review"]["assignee"] == "fact_checker"


def test_missing_if_match_is_428(editor, claim):
    body = assert_problem(act(editor, claim, {"action": "queue"}, if_match=None), 428)
    assert "If-Match" in body["detail"]


def test_stale_if_match_is_412_and_changes_nothing(editor, claim):
    act(editor, claim, {"action": "queue"})
    assert_problem(act(editor, claim, {"action": "dismiss", "reason": "dup"}, if_match='"1"'), 412)
    assert Review.objects.get(claim=claim).state == "queued"


def test_malformed_if_match_is_400(editor, claim):
    assert_problem(act(editor, claim, {"action": "queue"}, if_match="yesterday"), 400, field="If-Match")


def test_action_the_state_does_not_allow_is_409(editor, claim):
    body = assert_problem(act(editor, claim, {"action": "approve"}), 409)
    assert body["type"].endswith("transition-not-allowed")


def test_unknown_action_is_400_naming_action(editor, claim):
    assert_problem(act(editor, claim, {"action": "explode"}), 400, field="action")


def test_missing_and_unknown_data_fields_are_named(editor, claim):
    body = assert_problem(act(editor, claim, {"action": "dismiss", "colour": "red"}), 400)
    assert {e["field"] for e in body["errors"]} == {"reason", "colour"}


def test_wrong_type_in_data_is_400(editor, claim):
    act(editor, claim, {"action": "queue"})
    assert_problem(
        act(editor, claim, {"action": "priority_override", "priority": "high"}, if_match='"2"'),
        400,
        field="priority",
    )


def test_newsroom_cannot_act_even_on_its_own_claims(newsroom, claim):
    assert_problem(act(newsroom, claim, {"action": "queue"}), 403)


def test_unknown_claim_is_404(editor):
    response = editor.post(
        "/api/v1/claims/999999/transitions",
        data=json.dumps({"action": "queue"}),
        content_type="application/json",
        headers={"If-Match": '"1"'},
    )
    assert_problem(response, 404)
