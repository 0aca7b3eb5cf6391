"""Fixtures shared by every test package: a user per desk role, and the rules for PostgreSQL-only tests.

Tests marked ``postgres`` need PostgreSQL (``DATABASE_URL=postgres://...``). On SQLite they are
skipped, unless ``REQUIRE_SERVICES=1``: then they fail, so CI cannot pass by skipping them.
"""

from __future__ import annotations

import os

import pgtrigger
import pytest
from django.db import connection

from access import roles
from tests.factories import UserFactory


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("postgres") is None or connection.vendor == "postgresql":
        return
    message = f"needs PostgreSQL (DATABASE_URL=postgres://...), the database is {connection.vendor}"
    if os.environ.get("REQUIRE_SERVICES") == "1":
        pytest.fail(f"{message}, and REQUIRE_SERVICES=1 forbids skipping")
    pytest.skip(message)


@pytest.fixture(autouse=True)
def _audit_log_emptied_before_flush(request: pytest.FixtureRequest):
    """Transactional tests end with a flush (TRUNCATE); on PostgreSQL the audit table refuses it
    while it has rows, so empty it first with its append-only trigger ignored (pgtrigger)."""
    marker = request.node.get_closest_marker("django_db")
    transactional = (marker is not None and marker.kwargs.get("transaction")) or (
        {"transactional_db", "live_server"} & set(request.fixturenames)
    )
    if not transactional:
        yield
        return
    request.getfixturevalue("transactional_db")
    yield
    if connection.vendor == "postgresql":
        with pgtrigger.ignore("verify.AuditEntry:append_only"), connection.cursor() as cursor:
            cursor.execute("DELETE FROM verify_auditentry")


@pytest.fixture
def make_user(db):
    """Factory of users: ``make_user("ana", roles.FACT_CHECKER)``."""

    def make(username: str | None = None, *role_names: str, **fields) -> object:
        kwargs = {"username": username} if username else {}
        return UserFactory(roles=role_names, **kwargs, **fields)

    return make


@pytest.fixture
def fact_checker(make_user):
    return make_user("fact_checker", roles.FACT_CHECKER)


@pytest.fixture
def other_fact_checker(make_user):
    return make_user("other_fact_checker", roles.FACT_CHECKER)


@pytest.fixture
def editor(make_user):
    return make_user("editor", roles.EDITOR)


@pytest.fixture
def other_editor(make_user):
    return make_user("other_editor", roles.EDITOR)


@pytest.fixture
def auditor(make_user):
    return make_user("auditor", roles.AUDITOR)


@pytest.fixture
def newsroom_system(make_user):
    return make_user("newsroom_system", roles.NEWSROOM_SYSTEM, is_staff=False)


@pytest.fixture
def outsider(make_user):
    return make_user("outsider")


@pytest.fixture
def superuser(make_user):
    return make_user("superuser", is_superuser=True)

