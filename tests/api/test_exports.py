"""/api/v1/exports/verdicts: auditors stream verdict histories; everyone else is refused."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import User

from tests.api.conftest import ROLES, assert_problem
from verify.models import Review
from verify.services import reviews

pytestmark = pytest.mark.django_db
URL = "/api/v1/exports/verdicts"
VERIFIER = Path(__file__).resolve().parents[2] / "tools" / "verify_export.py"


@pytest.fixture
def history(article, clients):
    """Two claims queued and one claimed: three audit rows."""
    editor = User.objects.get(username="editor")
    checker = User.objects.get(username="fact_checker")
    first, second = Review.objects.filter(claim__article=article).order_by("id")
    reviews.review_queue(review=first, actor=editor)
    reviews.review_queue(review=second, actor=editor)
    reviews.review_claim(review=first, actor=checker)
    return article


def body_of(response) -> bytes:
    return b"".join(response.streaming_content)


@pytest.mark.parametrize("role", ROLES)
def test_only_auditors_may_export(clients, history, role):
    response = clients[role].get(URL, {"format": "csv"})
    if role == "auditor":
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/csv")
        assert "attachment" in response["Content-Disposition"]
    else:
        assert_problem(response, 401 if role == "anonymous" else 403)


def test_csv_export_has_a_row_per_transition(clients, history):
    response = clients["auditor"].get(URL, {"format": "csv"})
    rows = list(csv.DictReader(io.StringIO(body_of(response).decode("utf-8"))))
    assert len(rows) == 3
    assert [row["action"] for row in rows] == ["queue", "queue", "claim"]


def test_filters_narrow_the_export(clients, history):
    response = clients["auditor"].get(URL, {"format": "csv", "reviewer": "fact_checker"})
    rows = list(csv.DictReader(io.StringIO(body_of(response).decode("utf-8"))))
    assert [row["action"] for row in rows] == ["claim"]


def test_jsonl_export_verifies_offline(clients, history, tmp_path):
    path = tmp_path / "export.jsonl"
    path.write_bytes(body_of(clients["auditor"].get(URL, {"format": "jsonl"})))
    result = subprocess.run([sys.executable, str(VERIFIER), str(path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("OK: 3 rows")


def test_claimreview_export_is_json_ld(clients, history):
    response = clients["auditor"].get(URL, {"format": "claimreview"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/ld+json")
    assert json.loads(body_of(response)) is not None


def test_claimreview_without_a_url_template_is_a_problem_naming_the_setting(clients, history, settings):
    settings.CLAIMREVIEW_URL_TEMPLATE = ""
    response = clients["auditor"].get(URL, {"format": "claimreview"})
    assert response.status_code == 503
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["detail"].startswith("CLAIMREVIEW_URL_TEMPLATE is not set")


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({}, "format"),
        ({"format": "xlsx"}, "format"),
        ({"format": "csv", "since": "yesterday-ish"}, "since"),
        ({"format": "csv", "since": "2026-02-01", "until": "2026-01-01"}, "until"),
        ({"format": "csv", "colour": "red"}, "colour"),
    ],
    ids=["no-format", "unknown-format", "bad-date", "empty-period", "unknown-filter"],
)
def test_bad_export_requests_name_the_field(clients, history, params, field):
    assert_problem(clients["auditor"].get(URL, params), 400, field)
