"""API keys of newsroom systems: create (plaintext shown once), revoke, authenticate.

A key looks like ``fck_<prefix>_<secret>``. The prefix is stored in clear to find the row;
only the SHA-256 of the whole key is stored, and it is compared in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from claims.errors import ClaimsError
from claims.models import ApiKey
from verify import roles

KEY_TAG = "fck"
PREFIX_BYTES = 6
SECRET_BYTES = 32
LAST_USED_RESOLUTION = timedelta(minutes=1)


class InvalidApiKey(ClaimsError):
    """The key is malformed, unknown, revoked, or belongs to an inactive user."""


@dataclass(frozen=True)
class CreatedApiKey:
    api_key: ApiKey
    plaintext: str


def apikey_hash(plaintext: str) -> str:
    return hashlib.sha256(plaintext.encode("utf-8")).hexdigest()


def apikey_check(*, user: AbstractBaseUser, name: str, source_system: str) -> None:
    """Raise ClaimsError naming what is wrong with a key about to be made, if anything.

    A newsroom system sees only the articles of its key's source system, so its key needs one:
    without it every call would be refused.
    """
    if not name.strip() or len(name.strip()) > 100:
        raise ClaimsError("A key needs a name of 1 to 100 characters.")
    if len(source_system.strip()) > 100:
        raise ClaimsError("The source system name is limited to 100 characters.")
    if not source_system.strip() and roles.NEWSROOM_SYSTEM in roles.role_names(user):
        raise ClaimsError("A newsroom system's key needs the source system its articles come from.")


@transaction.atomic
def apikey_create(*, user: AbstractBaseUser, name: str, source_system: str = "") -> CreatedApiKey:
    """Make a key for ``user``; the plaintext is returned here and never stored."""
    apikey_check(user=user, name=name, source_system=source_system)
    name = name.strip()
    prefix = secrets.token_hex(PREFIX_BYTES)
    plaintext = f"{KEY_TAG}_{prefix}_{secrets.token_urlsafe(SECRET_BYTES)}"
    api_key = ApiKey.objects.create(
        user=user,
        name=name,
        source_system=source_system.strip(),
        prefix=prefix,
        hashed_key=apikey_hash(plaintext),
    )
    return CreatedApiKey(api_key=api_key, plaintext=plaintext)


def apikey_revoke(*, api_key: ApiKey) -> ApiKey:
    """Revoke a key; revoking twice keeps the first revocation time."""
    ApiKey.objects.filter(pk=api_key.pk, revoked_at__isnull=True).update(revoked_at=timezone.now())
    api_key.refresh_from_db(fields=["revoked_at"])
    return api_key


def apikey_authenticate(plaintext: str) -> ApiKey:
    """The active key matching ``plaintext`` (with its user loaded), or InvalidApiKey.

    Records the time of use at most once per minute per key, with a conditional update so
    concurrent requests do not each write.
    """
    prefix = _prefix_of(plaintext)
    api_key = ApiKey.objects.select_related("user").filter(prefix=prefix).first() if prefix else None
    expected = api_key.hashed_key if api_key else apikey_hash("")
    matches = hmac.compare_digest(expected, apikey_hash(plaintext))
    if api_key is None or not matches or not api_key.is_active or not api_key.user.is_active:
        raise InvalidApiKey("Invalid or revoked API key.")
    _last_used_touch(api_key)
    return api_key


def _prefix_of(plaintext: str) -> str:
    parts = plaintext.split("_")
    if len(parts) < 3 or parts[0] != KEY_TAG or len(parts[1]) != PREFIX_BYTES * 2:
        return ""
    return parts[1]


def _last_used_touch(api_key: ApiKey) -> None:
    now = timezone.now()
    cutoff = now - LAST_USED_RESOLUTION
    if api_key.last_used_at is not None and api_key.last_used_at > cutoff:
        return
    ApiKey.objects.filter(Q(last_used_at__isnull=True) | Q(last_used_at__lte=cutoff), pk=api_key.pk).update(
        last_used_at=now
    )
    api_key.last_used_at = now
