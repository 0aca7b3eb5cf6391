"""Request limits enforced before any view parses the request (paths under /api/ only).

* Bodies larger than ``API_MAX_BODY_BYTES`` get 413, whether announced by Content-Length or
  streamed in chunks without one (then read up to the limit and buffered for the view).
* Query parameters with control characters get 400: nothing downstream (filters, the database)
  has to cope with them.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from django.conf import settings
from django.core.handlers.wsgi import LimitedStream
from django.http import HttpRequest, HttpResponse

from config.api.parsers import BAD_CHARS_MESSAGE, has_bad_chars
from config.api.problems import problem_json_response

API_PREFIX = "/api/"
READ_CHUNK = 64 * 1024


class ApiRequestLimitsMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith(API_PREFIX):
            refusal = _body_size_refusal(request) or _query_refusal(request)
            if refusal is not None:
                return refusal
        return self.get_response(request)


def _too_large(limit: int) -> HttpResponse:
    # No "Connection: close" here: it is a hop-by-hop header, which WSGI forbids applications to
    # set (wsgiref, under runserver, fails on it). The server discards the unread body itself.
    return problem_json_response(413, detail=f"The request body is larger than {limit:,} bytes.")


def _body_size_refusal(request: HttpRequest) -> HttpResponse | None:
    limit = settings.API_MAX_BODY_BYTES
    announced = request.META.get("CONTENT_LENGTH") or ""
    if announced:
        try:
            length = int(announced)
        except ValueError:
            return problem_json_response(400, detail="The Content-Length header is not a number.")
        return _too_large(limit) if length > limit else None
    if "chunked" not in request.META.get("HTTP_TRANSFER_ENCODING", "").lower():
        return None
    body = _read_at_most(request.META["wsgi.input"], limit + 1)
    if len(body) > limit:
        return _too_large(limit)
    # Django reads a body only up to CONTENT_LENGTH; give it the buffered body and its length.
    request.META["CONTENT_LENGTH"] = str(len(body))
    request._stream = LimitedStream(io.BytesIO(body), len(body))
    return None


def _read_at_most(stream, size: int) -> bytes:
    chunks: list[bytes] = []
    remaining = size
    while remaining > 0:
        chunk = stream.read(min(READ_CHUNK, remaining))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _query_refusal(request: HttpRequest) -> HttpResponse | None:
    for name, values in request.GET.lists():
        if has_bad_chars(name) or any(has_bad_chars(value) for value in values):
            field = name if not has_bad_chars(name) else None
            return problem_json_response(
                400,
                slug="validation-error",
                title="Invalid input",
                detail=f"{field or 'query'}: {BAD_CHARS_MESSAGE}",
                errors=[{"field": field, "message": BAD_CHARS_MESSAGE, "code": "control_characters"}],
            )
    return None
