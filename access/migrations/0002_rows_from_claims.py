"""Copy the API keys and idempotency records from the claims app, where they used to live.

Keys keep working: the stored hash (a bare SHA-256 hex digest of the whole key) is copied as it
is; ``access.apikey_crypto`` still verifies such hashes and the first use of each key re-hashes
it with the library's SHA-512. Rows get new ids (nothing refers to them). Going back copies
nothing: the old tables come back empty.
"""

from django.db import migrations
from django.utils import timezone


def rows_copy(apps, schema_editor):
    old_key, new_key = apps.get_model("claims", "ApiKey"), apps.get_model("access", "ApiKey")
    new_key.objects.bulk_create(
        new_key(
            prefix=key.prefix, hashed_key=key.hashed_key, name=key.name, user_id=key.user_id,
            source_system=key.source_system, last_used_at=key.last_used_at,
            revoked=key.revoked_at is not None, revoked_at=key.revoked_at,
        )
        for key in old_key.objects.order_by("id")
    )
    # auto_now_add set "created" to now; keep when each key was really made.
    for key in old_key.objects.all():
        new_key.objects.filter(prefix=key.prefix).update(created=key.created_at)
    old_record = apps.get_model("claims", "IdempotencyRecord")
    new_record = apps.get_model("access", "IdempotencyRecord")
    new_record.objects.bulk_create(
        new_record(
            owner_id=record.owner_id, scope=record.scope, key=record.key, request_hash=record.request_hash,
            response_status=record.response_status, response_body=record.response_body,
            response_location=record.response_location, expires_at=record.expires_at,
        )
        for record in old_record.objects.filter(expires_at__gt=timezone.now())  # expired ones are dead
    )


class Migration(migrations.Migration):
    dependencies = [
        ("access", "0001_initial"),
        ("claims", "0003_idempotency_scope"),
    ]

    operations = [migrations.RunPython(rows_copy, migrations.RunPython.noop)]
