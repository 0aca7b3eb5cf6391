"""Idempotent POSTs: the first response to an ``Idempotency-Key`` is stored and replayed.

A retry with the same key and the same request gets the stored response back without doing
the work again; the same key with a different request is refused (IdempotencyKeyReused).
Keys are scoped to the user and the source system the API key acts for, so one account's keys
for two newsroom systems never replay each other's responses.
Records expire after ``API_IDEMPOTENCY_TTL_HOURS``; an expired key can be used afresh.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.utils import timezone

from access.errors import DomainError
from access.models import IdempotencyRecord


class IdempotencyKeyReused(DomainError):
    """The key was already used for a different request."""

    http_status = 422
    problem_type = "idempotency-key-reused"


@dataclass(frozen=True)
class StoredResponse:
    status: int
    body: dict
    location: str = ""
    replayed: bool = False


def idempotency_request_hash(*, method: str, path: str, data: object) -> str:
    """Fingerprint of a request: method, path and the parsed body in canonical JSON."""
    canonical = json.dumps([method.upper(), path, data], sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def idempotent_response(
    *,
    owner: AbstractBaseUser,
    scope: str,
    key: str | None,
    request_hash: str,
    perform: Callable[[], StoredResponse],
) -> StoredResponse:
    """Run ``perform`` once per (owner, scope, key) and return its response, or replay the stored
    one. ``scope`` is the caller's source system ("" for none).

    0. No key: just run ``perform`` (the request is then idempotent only if the work is).
    1. A live record for the key: replay it if the request matches, else refuse.
    2. Otherwise run ``perform`` and store its response in the same transaction, so the work
       and the record commit together.
    3. If a concurrent request stored the key first, our work is rolled back and theirs replayed.
    """
    if key is None:
        return perform()
    scoped = {"owner": owner, "scope": scope, "key": key}
    record = _record_live(scoped)
    if record is not None:
        return _replay(record, request_hash)
    try:
        with transaction.atomic():
            response = perform()
            IdempotencyRecord.objects.filter(**scoped, expires_at__lte=timezone.now()).delete()
            IdempotencyRecord.objects.create(
                **scoped,
                request_hash=request_hash,
                response_status=response.status,
                response_body=response.body,
                response_location=response.location,
                expires_at=timezone.now() + timedelta(hours=settings.API_IDEMPOTENCY_TTL_HOURS),
            )
    except IntegrityError:
        record = _record_live(scoped)
        if record is None:
            raise
        return _replay(record, request_hash)
    return response


def idempotency_records_purge() -> int:
    """Delete expired records; returns how many (for a periodic task)."""
    deleted, _ = IdempotencyRecord.objects.filter(expires_at__lte=timezone.now()).delete()
    return deleted


def _record_live(scoped: dict) -> IdempotencyRecord | None:
    return IdempotencyRecord.objects.filter(**scoped, expires_at__gt=timezone.now()).first()


def _replay(record: IdempotencyRecord, request_hash: str) -> StoredResponse:
    if record.request_hash != request_hash:
        raise IdempotencyKeyReused(
            "This Idempotency-Key was already used for a different request; use a new key for new content."
        )
    return StoredResponse(
        status=record.response_status,
        body=record.response_body,
        location=record.response_location,
        replayed=True,
    )
