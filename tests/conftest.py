"""Fixtures shared by every test package: the cast of people by role, and the rules for PostgreSQL-only tests.

Tests marked ``postgres`` need PostgreSQL (``DATABASE_URL=postgres://...``). On SQLite they are
skipped, unless ``REQUIRE_SERVICES=1``: then they fail, so CI cannot pass by skipping them.
"""

from __future__ import annotations

import os

import pgtrigger
import pytest
from django.db import connection

from tests.factories import People, UserFactory


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
    """Factory of users beyond the shared cast: ``make_user("ana", roles.FACT_CHECKER)``."""

    def make(username: str | None = None, *role_names: str, **fields) -> object:
        kwargs = {"username": username} if username else {}
        return UserFactory(roles=role_names, **kwargs, **fields)

    return make


@pytest.fixture
def people(db) -> People:
    """The shared cast (``tests.factories.PEOPLE``), one user per role, made on first use."""
    return People()


@pytest.fixture
def fact_checker(people):
    return people["fact_checker"]


@pytest.fixture
def other_fact_checker(people):
    return people["other_checker"]


@pytest.fixture
def editor(people):
    return people["editor"]


@pytest.fixture
def other_editor(people):
    return people["other_editor"]


@pytest.fixture
def auditor(people):
    return people["auditor"]


@pytest.fixture
def newsroom_system(people):
    return people["newsroom"]


@pytest.fixture
def outsider(people):
    return people["outsider"]


@pytest.fixture
def superuser(people):
    return people["superuser"]
