"""On the embedded SQLite default, an export being downloaded must not stop the desk writing.

Runs in a child process on a temporary database file (the test database is in memory, where
SQLite locks differently): the export's generator is left paused after its first chunk, as a
slow download leaves it, and a second connection then writes with a one-second lock timeout.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import django, sqlite3, sys
django.setup()
from django.core.management import call_command
from django.db import connection
call_command("migrate", verbosity=0)
from verify.exports import export_stream
from verify.exports.filters import ExportFilters

stream = export_stream("jsonl", ExportFilters())
next(stream)                       # the download has started and is paused
assert connection.in_atomic_block is False
other = sqlite3.connect(connection.settings_dict["NAME"], timeout=1, isolation_level=None)
other.execute("BEGIN IMMEDIATE")
other.execute("INSERT INTO django_content_type (app_label, model) VALUES ('probe', 'probe')")
other.execute("COMMIT")
print("desk wrote while the export was open")
stream.close()
"""


def test_a_paused_export_does_not_block_writers(tmp_path):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'desk.sqlite3'}",
           "DJANGO_SETTINGS_MODULE": "config.settings", "DJANGO_DEBUG": "true"}
    env.pop("CELERY_BROKER_URL", None)
    result = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "desk wrote while the export was open" in result.stdout
