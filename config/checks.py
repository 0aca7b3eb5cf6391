"""System checks for configuration that must be right before the service serves anything."""

from django.conf import settings
from django.core.checks import Error, register

SECRET_KEY_REQUIRED = "DJANGO_SECRET_KEY is required when DJANGO_DEBUG is off"


@register()
def secret_key_configured(app_configs, **kwargs) -> list[Error]:
    if getattr(settings, "SECRET_KEY_MISSING", False):
        return [Error(SECRET_KEY_REQUIRED, hint="Set DJANGO_SECRET_KEY, or DJANGO_DEBUG=true for development.",
                      id="config.E001")]
    return []


def refuse_to_serve_without_secret_key() -> None:
    """Called by the WSGI/ASGI entry points: gunicorn runs no system checks of its own."""
    from django.core.exceptions import ImproperlyConfigured

    if getattr(settings, "SECRET_KEY_MISSING", False):
        raise ImproperlyConfigured(SECRET_KEY_REQUIRED)
