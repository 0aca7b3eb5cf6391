"""API-key authentication: ``Authorization: Api-Key <key>``.

The keyword is ``Api-Key`` rather than ``Bearer`` so a key cannot be mistaken for an OAuth
token by proxies or clients. ``request.auth`` is the ApiKey row; ``request.user`` its user.
"""

from __future__ import annotations

from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.request import Request

from access.apikeys import InvalidApiKey, apikey_authenticate

KEYWORD = "Api-Key"


class ApiKeyAuthentication(BaseAuthentication):
    def authenticate(self, request: Request):
        parts = get_authorization_header(request).split()
        if not parts or parts[0].lower() != KEYWORD.lower().encode():
            return None
        if len(parts) != 2:
            raise AuthenticationFailed(f"Expected the header `Authorization: {KEYWORD} <key>`.")
        try:
            plaintext = parts[1].decode("ascii")
        except UnicodeDecodeError as exc:
            raise AuthenticationFailed("Invalid or revoked API key.") from exc
        try:
            api_key = apikey_authenticate(plaintext)
        except InvalidApiKey as exc:
            raise AuthenticationFailed(str(exc)) from exc
        return api_key.user, api_key

    def authenticate_header(self, request: Request) -> str:
        return f'{KEYWORD} realm="api"'
