"""API keys of newsroom systems: create (plaintext shown once), revoke, authenticate.

Storage, hashing and look-up are djangorestframework-api-key's (``access.apikey_crypto`` fits
them to the ``fck_<prefix>_<secret>`` shape); this module adds what the service needs around
them: the source-system binding, the last time a key was used, and one error for every refusal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from access import roles
from access.errors import DomainError
from access.models import ApiKey

LAST_USED_RESOLUTION = timedelta(minutes=1)


class InvalidApiKey(DomainError):
    """The key is malformed, unknown, revoked, expired, or belongs to an inactive user."""

    http_status = 401
    problem_type = "invalid-api-key"


@dataclass(frozen=True)
class CreatedApiKey:
    api_key: ApiKey
    plaintext: str


def apikey_hash(plaintext: str) -> str:
    """What is stored for a key: the library's SHA-512 hash of the whole key."""
    return ApiKey.objects.key_generator.hash(plaintext)


def apikey_check(*, user: AbstractBaseUser, name: str, source_system: str) -> None:
    """Raise DomainError naming what is wrong with a key about to be made, if anything.

    A newsroom system sees only the articles of its key's source system, so its key needs one:
    without it every call would be refused.
    """
    if not name.strip() or len(name.strip()) > 100:
        raise DomainError("A key needs a name of 1 to 100 characters.")
    if len(source_system.strip()) > 100:
        raise DomainError("The source system name is limited to 100 characters.")
    if not source_system.strip() and roles.NEWSROOM_SYSTEM in roles.role_names(user):
        raise DomainError("A newsroom system's key needs the source system its articles come from.")


@transaction.atomic
def apikey_create(*, user: AbstractBaseUser, name: str, source_system: str = "") -> CreatedApiKey:
    """Make a key for ``user``; the plaintext is returned here and never stored."""
    apikey_check(user=user, name=name, source_system=source_system)
    api_key, plaintext = ApiKey.objects.create_key(
        user=user, name=name.strip(), source_system=source_system.strip()
    )
    return CreatedApiKey(api_key=api_key, plaintext=plaintext)


def apikey_revoke(*, api_key: ApiKey) -> ApiKey:
    """Revoke a key; revoking twice keeps the first revocation time."""
    ApiKey.objects.filter(pk=api_key.pk, revoked=False).update(revoked=True, revoked_at=timezone.now())
    api_key.refresh_from_db(fields=["revoked", "revoked_at"])
    return api_key


def apikey_authenticate(plaintext: str) -> ApiKey:
    """The active key matching ``plaintext`` (with its user loaded), or InvalidApiKey.

    Records the time of use at most once per minute per key, with a conditional update so
    concurrent requests do not each write.
    """
    try:
        api_key = ApiKey.objects.get_from_key(plaintext)
    except ApiKey.DoesNotExist:
        raise InvalidApiKey("Invalid or revoked API key.") from None
    if api_key.has_expired or not api_key.user.is_active:
        raise InvalidApiKey("Invalid or revoked API key.")
    _last_used_touch(api_key)
    return api_key


def _last_used_touch(api_key: ApiKey) -> None:
    now = timezone.now()
    cutoff = now - LAST_USED_RESOLUTION
    if api_key.last_used_at is not None and api_key.last_used_at > cutoff:
        return
    ApiKey.objects.filter(Q(last_used_at__isnull=True) | Q(last_used_at__lte=cutoff), pk=api_key.pk).update(
        last_used_at=now
    )
    api_key.last_used_at = now
