"""GET /api/v1/speakers: search by name, for anyone with a role."""

from __future__ import annotations

import pytest

from claims.models import Speaker
from tests.api.conftest import ROLES, STAFF, assert_problem

pytestmark = pytest.mark.django_db
URL = "/api/v1/speakers"


@pytest.fixture
def speakers(db):
    Speaker.objects.create(canonical_name="Jane Doe", name_key="jane doe", type="person", role="Mayor")
    Speaker.objects.create(canonical_name="John Roe", name_key="john roe", type="person")
    Speaker.objects.create(canonical_name="World Bank", name_key="world bank", type="organization")


@pytest.mark.parametrize("role", ROLES)
def test_access_matrix(clients, speakers, role):
    response = clients[role].get(URL)
    if role in STAFF or role.startswith("newsroom"):
        assert response.status_code == 200 and len(response.json()["results"]) == 3
    else:
        assert_problem(response, 401 if role == "anonymous" else 403)


def test_search_by_part_of_the_name_case_insensitively(editor, speakers):
    names = [s["canonical_name"] for s in editor.get(URL, {"name": "jo"}).json()["results"]]
    assert names == ["John Roe"]


def test_results_are_alphabetical(editor, speakers, django_assert_num_queries):
    editor.get(URL)
    with django_assert_num_queries(4):
        names = [s["canonical_name"] for s in editor.get(URL).json()["results"]]
    assert names == ["Jane Doe", "John Roe", "World Bank"]


def test_overlong_search_is_400(editor):
    assert_problem(editor.get(URL, {"name": "x" * 301}), 400, field="name")
