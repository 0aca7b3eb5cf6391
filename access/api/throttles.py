"""Request rate limits per API key, per logged-in user and per anonymous address.

Rates are read from ``REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]`` on every request (DRF binds
them at import time otherwise), so tests and settings overrides take effect.
"""

from __future__ import annotations

from rest_framework.request import Request
from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle

from access.models import ApiKey


class _RateFromSettings(SimpleRateThrottle):
    def get_rate(self) -> str | None:
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)

    def allow_request(self, request: Request, view) -> bool:
        self.rate = self.get_rate()
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request, view)


class ApiKeyRateThrottle(_RateFromSettings):
    scope = "api_key"

    def get_cache_key(self, request: Request, view) -> str | None:
        if isinstance(request.auth, ApiKey):
            return self.cache_format % {"scope": self.scope, "ident": request.auth.pk}
        return None


class UserRateThrottle(_RateFromSettings):
    """Logged-in (session) users; key-authenticated requests are counted per key instead."""

    scope = "user"

    def get_cache_key(self, request: Request, view) -> str | None:
        if request.user and request.user.is_authenticated and not isinstance(request.auth, ApiKey):
            return self.cache_format % {"scope": self.scope, "ident": request.user.pk}
        return None


class AnonRateThrottle(_RateFromSettings):
    scope = "anon"

    def get_cache_key(self, request: Request, view) -> str | None:
        if request.user and request.user.is_authenticated:
            return None
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}
