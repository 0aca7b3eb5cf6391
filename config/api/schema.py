"""OpenAPI additions: the Api-Key security scheme and problem details on every operation."""

from __future__ import annotations

from drf_spectacular.extensions import OpenApiAuthenticationExtension

from config.api.problems import PROBLEM_CONTENT_TYPE

PROBLEM_SCHEMA = {
    "type": "object",
    "description": "RFC 9457 problem details; `errors` lists field errors of invalid input.",
    "properties": {
        "type": {"type": "string", "description": "URI of the problem type (`about:blank` or a URN)."},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "field": {
                        "type": "string",
                        "nullable": True,
                        "description": "Dotted path; null if general.",
                    },
                    "message": {"type": "string"},
                    "code": {"type": "string"},
                },
                "required": ["field", "message", "code"],
            },
        },
    },
    "required": ["type", "title", "status", "detail"],
}


class ApiKeyAuthenticationScheme(OpenApiAuthenticationExtension):
    target_class = "access.api.authentication.ApiKeyAuthentication"
    name = "ApiKey"

    def get_security_definition(self, auto_schema) -> dict:
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "A newsroom system's key, sent as `Authorization: Api-Key <key>`.",
        }


def problem_responses_postprocess(result: dict, generator, request, public) -> dict:
    """drf-spectacular hook: every operation may answer problem details (the `default` response)."""
    result.setdefault("components", {}).setdefault("schemas", {})["Problem"] = PROBLEM_SCHEMA
    problem = {
        "description": "An error, as problem details.",
        "content": {PROBLEM_CONTENT_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
    }
    for path_item in result.get("paths", {}).values():
        for operation in path_item.values():
            responses = operation.setdefault("responses", {})
            for response in responses.values():
                # The problem renderer is there for errors; successes are plain JSON.
                response.get("content", {}).pop(PROBLEM_CONTENT_TYPE, None)
            responses.setdefault("default", problem)
    return result
