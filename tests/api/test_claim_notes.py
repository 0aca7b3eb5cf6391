"""/api/v1/claims/{id}/notes: internal to the desk; fact-checkers and editors write them."""

from __future__ import annotations

import json

import pytest

from tests.api.conftest import ROLES, STAFF, assert_problem
from tests.factories import NoteFactory
from verify.models import Note

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim(article):
    return article.claims.order_by("id").first()


@pytest.mark.parametrize("role", ROLES)
def test_access_matrix_for_reading(clients, claim, role):
    note = NoteFactory(review=claim.review)
    response = clients[role].get(f"/api/v1/claims/{claim.pk}/notes")
    if role in STAFF:
        assert [row["id"] for row in response.json()] == [note.id]
    else:
        assert_problem(response, {"anonymous": 401}.get(role, 403))


@pytest.mark.parametrize("role", ROLES)
def test_access_matrix_for_writing(clients, claim, role):
    response = clients[role].post(
        f"/api/v1/claims/{claim.pk}/notes",
        data=json.dumps({"text": "Called them."}),
        content_type="application/json",
    )
    if role in ("fact_checker", "editor"):
        assert response.status_code == 201 and response.json()["author"] == role
        assert Note.objects.get().text == "Called them."
    else:
        assert_problem(response, {"anonymous": 401}.get(role, 403))
        assert not Note.objects.exists()


def test_empty_note_is_refused_naming_text(clients, claim):
    response = clients["editor"].post(
        f"/api/v1/claims/{claim.pk}/notes", data=json.dumps({"text": "  "}), content_type="application/json"
    )
    assert_problem(response, 400, field="text")


def test_notes_of_a_claim_the_caller_cannot_see_are_404(clients, other_article):
    claim = other_article.claims.first()
    assert clients["editor"].get(f"/api/v1/claims/{claim.pk}/notes").status_code == 200
    assert_problem(clients["editor"].get("/api/v1/claims/999999/notes"), 404)
