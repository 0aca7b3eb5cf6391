"""API keys of newsroom systems (and staff scripts), and the stored answers of idempotent POSTs.

``ApiKey`` is djangorestframework-api-key's model with what this service adds: the user the key
acts as, the source system it is bound to, when it was last used and when it was revoked. Keys
keep the ``fck_<prefix>_<secret>`` shape they always had (``access.apikeys``).
"""

from django.conf import settings
from django.db import models
from rest_framework_api_key.models import AbstractAPIKey

from access.apikey_crypto import ApiKeyManager


class ApiKey(AbstractAPIKey):
    """A credential; only a hash of the key is stored (``hashed_key``), ``prefix`` finds the row."""

    # An integer id instead of the library's "prefix.hash" text: rows keep a stable id when
    # their hash is upgraded, and keys issued before the library keep their rows.
    id = models.BigAutoField(primary_key=True)
    # 16 characters: keys issued before the library have 12-character prefixes.
    prefix = models.CharField(max_length=16, unique=True, editable=False)
    name = models.CharField(max_length=100, help_text="What the key is for, e.g. the CMS host.")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_keys")
    source_system = models.CharField(
        max_length=100, blank=True, help_text="Source system whose articles the key may post and read."
    )
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True, help_text="When ``revoked`` was set.")

    objects = ApiKeyManager()

    class Meta(AbstractAPIKey.Meta):
        ordering = ["-created", "-id"]
        verbose_name = "API key"

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        return not self.revoked and not self.has_expired


class IdempotencyRecord(models.Model):
    """The first response to a request sent with an ``Idempotency-Key``, replayed on retries."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    scope = models.CharField(
        max_length=100, blank=True, default="", help_text="Source system of the API key it was sent with."
    )
    key = models.CharField(max_length=255)
    request_hash = models.CharField(max_length=64, help_text="SHA-256 of the method, path and parsed body.")
    response_status = models.PositiveSmallIntegerField()
    response_body = models.JSONField()
    response_location = models.CharField(max_length=2000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "scope", "key"], name="access_idempotency_unique_owner_scope_key"
            ),
        ]
