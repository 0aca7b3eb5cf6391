"""GET /api/v1/schema and /api/v1/docs: public, and the schema documents auth and errors."""

from __future__ import annotations

import pytest
import yaml

pytestmark = pytest.mark.django_db


def test_schema_is_openapi_3_with_api_key_security_and_problem_responses(client):
    response = client.get("/api/v1/schema")
    assert response.status_code == 200
    schema = yaml.safe_load(response.content)
    assert schema["openapi"].startswith("3.")
    assert schema["components"]["securitySchemes"]["ApiKey"] == {
        "type": "apiKey",
        "in": "header",
        "name": "Authorization",
        "description": "A newsroom system's key, sent as `Authorization: Api-Key <key>`.",
    }
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            assert "application/problem+json" in operation["responses"]["default"]["content"], (path, method)
    assert {
        "/api/v1/articles",
        "/api/v1/claims",
        "/api/v1/claims/{id}/transitions",
        "/api/v1/verdicts",
        "/api/v1/webhooks",
        "/api/v1/speakers",
        "/api/v1/health",
    } <= set(schema["paths"])


def test_schema_as_json(client):
    response = client.get("/api/v1/schema", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200 and response.json()["info"]["title"]


def test_docs_page_is_swagger_ui(client):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200 and b"swagger" in response.content.lower()


def test_schema_marks_the_desks_fields_optional(client):
    """Newsroom systems get claims without the desk's fields; the schema must allow that."""
    schemas = yaml.safe_load(client.get("/api/v1/schema").content)["components"]["schemas"]
    assert schemas["ReviewBrief"]["required"] == ["state"]
    assert not {"added_by", "metadata_status", "created_at"} & set(schemas["Source"]["required"])
    for name in ("assignee", "priority", "version"):
        assert schemas["ReviewBrief"]["properties"][name]["description"].startswith("Desk only")


def test_schema_describes_the_claimreview_export_as_json(client):
    """JSON-LD is parsed as JSON by clients; a "binary string" schema made every answer invalid."""
    schema = yaml.safe_load(client.get("/api/v1/schema").content)
    content = schema["paths"]["/api/v1/exports/verdicts"]["get"]["responses"]["200"]["content"]
    assert content["application/ld+json"]["schema"]["type"] == "array"
    assert content["text/csv"]["schema"] == {"type": "string", "format": "binary"}
