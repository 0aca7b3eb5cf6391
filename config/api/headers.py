"""Parsing of the request headers the API gives meaning to: Idempotency-Key and If-Match."""

from __future__ import annotations

import re

from rest_framework.exceptions import APIException, ValidationError
from rest_framework.request import Request

_IDEMPOTENCY_KEY = re.compile(r"^[\x21-\x7e]{1,255}$")
_ENTITY_TAG = re.compile(r'^(?:W/)?"(\d{1,18})"$')


class PreconditionRequired(APIException):
    status_code = 428
    default_detail = "This request needs an If-Match header with the ETag of the resource."
    default_code = "precondition_required"


def idempotency_key(request: Request) -> str | None:
    value = request.headers.get("Idempotency-Key")
    if value is None:
        return None
    if not _IDEMPOTENCY_KEY.match(value):
        raise ValidationError({"Idempotency-Key": ["Use 1 to 255 visible ASCII characters, e.g. a UUID."]})
    return value


def if_match_version(request: Request) -> int:
    """The version named by If-Match (an ETag this API gave out); 428 without one."""
    version = optional_if_match_version(request)
    if version is None:
        raise PreconditionRequired()
    return version


def optional_if_match_version(request: Request) -> int | None:
    """The version named by If-Match, or None when the header is absent."""
    value = request.headers.get("If-Match")
    if value is None:
        return None
    match = _ENTITY_TAG.match(value.strip())
    if match is None:
        raise ValidationError({"If-Match": ['Expected an ETag from this API, e.g. "3".']})
    return int(match.group(1))


def etag_for_version(version: int) -> str:
    return f'"{version}"'
