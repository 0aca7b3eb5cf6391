"""Settings of the verify app's side effects (fetching, webhooks, notifications, beat jobs).

Each is read from Django settings when present, else the default below, so tests override
them with pytest-django's ``settings`` fixture and production sets them in config/settings.py.
"""

from typing import Any

from django.conf import settings

DEFAULTS: dict[str, Any] = {
    # Outgoing HTTP (source metadata and webhook deliveries), see verify/services/fetch.py.
    "FETCH_MAX_BYTES": 2 * 1024 * 1024,
    "FETCH_CONNECT_TIMEOUT": 5.0,
    "FETCH_TOTAL_TIMEOUT": 20.0,
    "FETCH_MAX_REDIRECTS": 5,
    # CIDR networks reachable although not public (tests: ["127.0.0.1/32"]); default none.
    "FETCH_ALLOWED_NETWORKS": [],
    "FETCH_USER_AGENT": "factcheck-metadata/1.0",
    # Webhooks.
    "WEBHOOK_ALLOW_HTTP": False,
    "WEBHOOK_TIMEOUT": 10.0,
    "WEBHOOK_MAX_ATTEMPTS": 8,
    "WEBHOOK_DISABLE_AFTER_FAILURES": 5,
    # E-mail notifications.
    "NOTIFICATION_MAX_ATTEMPTS": 5,
    # Retries of webhook deliveries and e-mails: base * 2**(attempt - 1), capped, with jitter.
    "SIDE_EFFECT_RETRY_BASE_SECONDS": 30,
    "SIDE_EFFECT_RETRY_MAX_SECONDS": 6 * 3600,
    # Outbox relay: how long a pending row may wait before its task is presumed lost,
    # and how far back the relay looks for audit entries whose side effects never ran.
    "OUTBOX_RELAY_AFTER_SECONDS": 60,
    "OUTBOX_RELAY_WINDOW_HOURS": 48,
    # Beat jobs.
    "REVIEW_IDLE_RELEASE_HOURS": 72,
    "PROPOSAL_REMINDER_AFTER_HOURS": 24,
    # Absolute URL of the site, for links in e-mails ("" = no links).
    "SITE_URL": "",
}


def get(name: str) -> Any:
    """The value of one setting of this module (KeyError for a name it does not define)."""
    return getattr(settings, name, DEFAULTS[name])
