"""Settings come from the environment, strictly parsed, with safe production defaults."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.settings import env_bool

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("raw", ["true", "1", "yes", "on", "TRUE"])
def test_env_bool_accepts_true_words(monkeypatch, raw):
    monkeypatch.setenv("SOME_FLAG", raw)
    assert env_bool("SOME_FLAG", False) is True


@pytest.mark.parametrize("raw", ["false", "0", "no", "off"])
def test_env_bool_accepts_false_words(monkeypatch, raw):
    monkeypatch.setenv("SOME_FLAG", raw)
    assert env_bool("SOME_FLAG", True) is False


@pytest.mark.parametrize("raw", ["ture", "2", "enabled", "y e s"])
def test_env_bool_refuses_anything_else(monkeypatch, raw):
    monkeypatch.setenv("SOME_FLAG", raw)
    with pytest.raises(ImproperlyConfigured, match="must be true or false"):
        env_bool("SOME_FLAG", False)


def load_settings(**env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "CELERY_"))}
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); from django.conf import settings; "
         "print(settings.DEBUG, settings.CELERY_TASK_ALWAYS_EAGER, settings.DATABASES['default']['ENGINE'])"],
        cwd=ROOT, env={**clean, "DJANGO_SETTINGS_MODULE": "config.settings", **env},
        capture_output=True, text=True, timeout=60,
    )


def run_manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "CELERY_"))}
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env={**clean, **env},
                          capture_output=True, text=True, timeout=120)


def test_production_refuses_to_serve_without_a_secret_key():
    check = run_manage("check")
    assert check.returncode != 0
    assert "DJANGO_SECRET_KEY is required" in check.stderr
    wsgi = subprocess.run([sys.executable, "-c", "import config.wsgi"], cwd=ROOT, capture_output=True, text=True,
                          env={k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}, timeout=60)
    assert wsgi.returncode != 0
    assert "DJANGO_SECRET_KEY is required" in wsgi.stderr


def test_offline_extraction_needs_no_configuration(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The mayor said 40 schools would close.\n", encoding="utf-8")
    result = run_manage("extract", str(article), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    assert '"path"' in result.stdout


def test_embedded_default_is_sqlite_with_eager_celery():
    result = load_settings(DJANGO_DEBUG="true")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True", "django.db.backends.sqlite3"]


def test_broker_url_turns_off_eager_mode():
    result = load_settings(DJANGO_SECRET_KEY="x" * 50, CELERY_BROKER_URL="redis://127.0.0.1:6379/0",
                           DATABASE_URL="postgres://u@127.0.0.1:5432/db")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False", "django.db.backends.postgresql"]
