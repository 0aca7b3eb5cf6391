"""The API's one exception handler: every error becomes RFC 9457 problem details.

DRF exceptions keep their status. A domain error of any app (``access.errors.DomainError`` and
its subclasses) says how it is answered itself, with two class attributes: ``http_status`` and
``problem_type`` (the slug of the problem's ``type``), plus ``errors`` ({field: message}) when
it names fields; this module reads those attributes and so imports no app (HackSoft's styleguide:
one base error, one handler). Django's ``ObjectDoesNotExist`` is a 404. Django's own
400/403/404/500 handlers answer with the same shape under /api/.
"""

from __future__ import annotations

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.views import defaults
from rest_framework import exceptions
from rest_framework.settings import api_settings

from config.api.problems import problem_json_response

API_PREFIX = "/api/"


def api_exception_handler(exc: Exception, context: dict) -> HttpResponse | None:
    """DRF's EXCEPTION_HANDLER: a problem response, or None to let Django answer 500.

    The response is rendered here as JSON, not by the view's renderers, so errors have the
    same shape on every endpoint (the schema endpoint renders YAML, for instance).
    """
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    if isinstance(exc, exceptions.APIException):
        return _api_exception_response(exc)
    mapped = _domain_mapping(exc)
    if mapped is None:
        return None
    status_code, slug = mapped
    errors = _domain_field_errors(exc)
    return problem_json_response(
        status_code, detail=str(exc), slug=slug, title="Invalid input" if errors else "", errors=errors
    )


def _api_exception_response(exc: exceptions.APIException) -> HttpResponse:
    headers = {}
    if getattr(exc, "auth_header", None):
        headers["WWW-Authenticate"] = exc.auth_header
    if getattr(exc, "wait", None) is not None:
        headers["Retry-After"] = str(max(1, int(exc.wait + 0.999)))
    if isinstance(exc, exceptions.ValidationError):
        errors = field_errors(exc.detail)
        first = errors[0] if errors else {"field": None, "message": "Invalid input."}
        detail = f"{first['field']}: {first['message']}" if first["field"] else first["message"]
        return problem_json_response(
            exc.status_code,
            detail=detail,
            slug="validation-error",
            title="Invalid input",
            errors=errors,
            headers=headers,
        )
    return problem_json_response(exc.status_code, detail=str(exc.detail), headers=headers)


def _domain_mapping(exc: Exception) -> tuple[int, str] | None:
    """(status, problem slug) of a domain error, or of a missing row; None for anything else."""
    status = getattr(type(exc), "http_status", None)
    if isinstance(status, int) and isinstance(getattr(type(exc), "problem_type", None), str):
        return status, type(exc).problem_type
    if isinstance(exc, ObjectDoesNotExist):
        return 404, ""
    return None


def _domain_field_errors(exc: Exception) -> list[dict] | None:
    """Field errors a domain error carries as ``errors`` ({field: message}), e.g. InvalidInput."""
    raw = getattr(exc, "errors", None)
    return field_errors(raw) if isinstance(raw, dict) and raw else None


def field_errors(detail: object, path: str | None = None) -> list[dict]:
    """Flatten DRF's nested error detail into ``[{field, message, code}]`` with dotted paths."""
    if isinstance(detail, dict):
        found: list[dict] = []
        for key, value in detail.items():
            is_general = key == api_settings.NON_FIELD_ERRORS_KEY
            found += field_errors(value, path if is_general else _join(path, str(key)))
        return found
    if isinstance(detail, (list, tuple)):
        found = []
        for index, item in enumerate(detail):
            nested = isinstance(item, (dict, list, tuple))
            found += field_errors(item, _join(path, str(index)) if nested else path)
        return found
    return [{"field": path, "message": str(detail), "code": getattr(detail, "code", "invalid")}]


def _join(path: str | None, key: str) -> str:
    return f"{path}.{key}" if path else key


def _is_api(request: HttpRequest) -> bool:
    return request.path.startswith(API_PREFIX)


# Django-level handlers (config/urls.py): problem details under /api/, Django's pages elsewhere.
def handler400(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if _is_api(request):
        return problem_json_response(400, detail="The request could not be understood.")
    return defaults.bad_request(request, exception)


def handler403(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if _is_api(request):
        return problem_json_response(403)
    return defaults.permission_denied(request, exception)


def handler404(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if _is_api(request):
        return problem_json_response(404, detail=f"No API resource at {request.path}.")
    return defaults.page_not_found(request, exception)


def handler500(request: HttpRequest) -> HttpResponse:
    if _is_api(request):
        return problem_json_response(500, detail="The server failed to answer; the error was logged.")
    return defaults.server_error(request)
