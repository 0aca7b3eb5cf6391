"""Keys issued before the keys moved to djangorestframework-api-key keep working.

They were stored as a bare SHA-256 hex digest of the whole key in ``claims_apikey``; migrating
copies them to ``access_apikey`` and the first use re-hashes them with the library's SHA-512.
"""

from __future__ import annotations

import hashlib

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from access import apikeys
from access.models import ApiKey, IdempotencyRecord
from tests.factories import UserFactory

PLAINTEXT = "fck_0123456789ab_Zr8vQ0bJm1sV2h3YkR9wX4tP6uN7cE5aL0dF8gH2iJ1"
LEGACY_HASH = hashlib.sha256(PLAINTEXT.encode("utf-8")).hexdigest()
BEFORE = [("claims", "0003_idempotency_scope"), ("access", None)]


@pytest.mark.django_db
def test_a_legacy_hash_authenticates_and_is_upgraded_on_first_use():
    user = UserFactory(username="cms-a-system", roles=["newsroom_system"], is_staff=False)
    ApiKey.objects.create(user=user, name="CMS", source_system="cms-a", prefix="0123456789ab",
                          hashed_key=LEGACY_HASH)
    key = apikeys.apikey_authenticate(PLAINTEXT)
    assert key.user == user and key.source_system == "cms-a"
    stored = ApiKey.objects.get(pk=key.pk).hashed_key
    assert stored == apikeys.apikey_hash(PLAINTEXT) and stored.startswith("sha512$$")
    assert apikeys.apikey_authenticate(PLAINTEXT).pk == key.pk
    with pytest.raises(apikeys.InvalidApiKey):
        apikeys.apikey_authenticate(PLAINTEXT[:-1] + "x")


@pytest.mark.django_db(transaction=True)
def test_keys_and_idempotency_records_survive_the_migration():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state([BEFORE[0]]).apps
    user = old.get_model("auth", "User").objects.create(username="cms-a-system", is_active=True)
    old.get_model("claims", "ApiKey").objects.create(
        user_id=user.pk, name="CMS", source_system="cms-a", prefix="0123456789ab", hashed_key=LEGACY_HASH
    )
    old.get_model("claims", "ApiKey").objects.create(
        user_id=user.pk, name="Old CMS", prefix="ba9876543210", hashed_key="0" * 64,
        revoked_at="2026-01-01T00:00:00Z",
    )
    old.get_model("claims", "IdempotencyRecord").objects.create(
        owner_id=user.pk, scope="cms-a", key="k-1", request_hash="h", response_status=202,
        response_body={"id": 1}, expires_at="2999-01-01T00:00:00Z",
    )

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    key = apikeys.apikey_authenticate(PLAINTEXT)
    assert (key.name, key.source_system, key.user.username) == ("CMS", "cms-a", "cms-a-system")
    assert ApiKey.objects.get(prefix="ba9876543210").revoked
    assert IdempotencyRecord.objects.get().response_body == {"id": 1}
