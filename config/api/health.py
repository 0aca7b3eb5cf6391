"""``GET /api/v1/health``: is the database reachable, and the Celery broker (or embedded)?"""

from __future__ import annotations

from django.conf import settings
from django.db import connection
from drf_spectacular.utils import extend_schema
from kombu import Connection
from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

BROKER_TIMEOUT_SECONDS = 2.0


def database_check() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as exc:  # any failure means "down"; the class name says which
        return {"status": "unavailable", "error": type(exc).__name__}
    return {"status": "ok", "vendor": connection.vendor}


def broker_check() -> dict:
    """Eager Celery has no broker ("embedded"); otherwise connect and ping with a short timeout."""
    if settings.CELERY_TASK_ALWAYS_EAGER or not settings.CELERY_BROKER_URL:
        return {"status": "ok", "kind": "embedded"}
    options = {"socket_timeout": BROKER_TIMEOUT_SECONDS, "socket_connect_timeout": BROKER_TIMEOUT_SECONDS}
    try:
        with Connection(
            settings.CELERY_BROKER_URL, connect_timeout=BROKER_TIMEOUT_SECONDS, transport_options=options
        ) as conn:
            conn.ensure_connection(max_retries=0, timeout=BROKER_TIMEOUT_SECONDS)
            client = getattr(conn.default_channel, "client", None)
            if client is not None and hasattr(client, "ping"):
                client.ping()
    except Exception as exc:  # unreachable, refused, timed out, bad credentials...
        return {"status": "unavailable", "kind": "broker", "error": type(exc).__name__}
    return {"status": "ok", "kind": "broker"}


class HealthSerializer(serializers.Serializer):
    status = serializers.ChoiceField(["ok", "unavailable"])
    checks = serializers.DictField(child=serializers.DictField(), help_text="database and broker")


class HealthView(APIView):
    authentication_classes: list = []
    permission_classes = [AllowAny]
    throttle_classes: list = []

    @extend_schema(summary="Service health", responses={200: HealthSerializer, 503: HealthSerializer})
    def get(self, request: Request) -> Response:
        checks = {"database": database_check(), "broker": broker_check()}
        healthy = all(check["status"] == "ok" for check in checks.values())
        return Response(
            {"status": "ok" if healthy else "unavailable", "checks": checks}, status=200 if healthy else 503
        )
