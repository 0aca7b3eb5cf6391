"""RFC 9457 problem details: the one error shape of the API, for DRF and plain Django alike."""

from __future__ import annotations

from http import HTTPStatus

from django.http import JsonResponse

PROBLEM_CONTENT_TYPE = "application/problem+json"
PROBLEM_TYPE_PREFIX = "urn:factcheck:problem:"


def problem_type(slug: str) -> str:
    """The ``type`` URI of a problem; ``about:blank`` when the HTTP status says it all."""
    return f"{PROBLEM_TYPE_PREFIX}{slug}" if slug else "about:blank"


def problem_body(
    status: int, *, detail: str = "", slug: str = "", title: str = "", errors: list[dict] | None = None
) -> dict:
    body: dict = {
        "type": problem_type(slug),
        "title": title or HTTPStatus(status).phrase,
        "status": status,
        "detail": detail or HTTPStatus(status).description,
    }
    if errors:
        body["errors"] = errors
    return body


def problem_json_response(status: int, *, headers: dict | None = None, **kwargs) -> JsonResponse:
    """A problem response, rendered as JSON whatever the view's renderers are."""
    return JsonResponse(
        problem_body(status, **kwargs), status=status, content_type=PROBLEM_CONTENT_TYPE, headers=headers
    )
