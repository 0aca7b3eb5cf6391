"""How keys look, are hashed and are found: djangorestframework-api-key's generator and manager,
fitted to the service's key shape.

A key is ``fck_<prefix>_<secret>`` (12 hex characters of prefix, a 43-character URL-safe
secret), as keys always were here; the tag makes a leaked key easy to recognise. New keys are
hashed with the library's SHA-512 hasher (``sha512$$<hex>``). Keys issued before the library
came in were stored as a bare SHA-256 hex digest of the whole key: they are still verified
(in constant time), and the library's ``is_valid`` re-hashes such a row with SHA-512 the first
time its key is used, so no key already issued stops working.
"""

from __future__ import annotations

import hashlib
import re
import secrets

from django.db import models
from django.utils.crypto import constant_time_compare
from rest_framework_api_key.crypto import KeyGenerator
from rest_framework_api_key.models import BaseAPIKeyManager

KEY_TAG = "fck"
PREFIX_BYTES = 6
SECRET_BYTES = 32
_LEGACY_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class ServiceKeyGenerator(KeyGenerator):
    """The library's generator with the ``fck_<prefix>_<secret>`` shape and legacy hashes."""

    def get_prefix(self) -> str:
        return secrets.token_hex(PREFIX_BYTES)

    def get_secret_key(self) -> str:
        return secrets.token_urlsafe(SECRET_BYTES)

    def generate(self) -> tuple[str, str, str]:
        prefix = self.get_prefix()
        key = f"{KEY_TAG}_{prefix}_{self.get_secret_key()}"
        return key, prefix, self.hash(key)

    def verify(self, key: str, hashed_key: str) -> bool:
        if _LEGACY_SHA256.match(hashed_key):
            return constant_time_compare(hashlib.sha256(key.encode("utf-8")).hexdigest(), hashed_key)
        return super().verify(key, hashed_key)


def key_prefix(key: str) -> str:
    """The prefix of a key of this service's shape, or "" for anything else."""
    parts = key.split("_")
    if len(parts) < 3 or parts[0] != KEY_TAG or len(parts[1]) != PREFIX_BYTES * 2:
        return ""
    return parts[1]


class ApiKeyManager(BaseAPIKeyManager):
    key_generator = ServiceKeyGenerator()

    def assign_key(self, obj: models.Model) -> str:
        """As the library's, but the row keeps its integer id (the library puts the hash in it)."""
        key, prefix, hashed_key = self.key_generator.generate()
        obj.prefix, obj.hashed_key = prefix, hashed_key
        return key

    def get_usable_keys(self) -> models.QuerySet:
        return super().get_usable_keys().select_related("user")

    def get_from_key(self, key: str) -> models.Model:
        """The unrevoked key row matching ``key`` (DoesNotExist otherwise), found by its prefix."""
        prefix = key_prefix(key)
        if not prefix:
            raise self.model.DoesNotExist("Not a key of this service.")
        api_key = self.get_usable_keys().get(prefix=prefix)
        if not api_key.is_valid(key):
            raise self.model.DoesNotExist("Key is not valid.")
        return api_key
