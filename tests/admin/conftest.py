"""Admin fixtures: one logged-in client per role of the shared cast, and a small article with
claims under review (``tests.factories.article_with_claims``).

Roles of the access matrix: anonymous, outsider (staff, no role), newsroom (a newsroom
system account, not staff), newsroom_staff (the same, wrongly marked staff), fact_checker,
other_checker, editor, other_editor, auditor.
"""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.test import Client

from claims.models import Article
from tests.factories import article_with_claims
from verify.admin_site import FactCheckAdminSite

# The admin's cast (tests.factories.PEOPLE): anonymous is not logged in.
ADMIN_ROLES = ["outsider", "newsroom", "newsroom_staff", "fact_checker", "other_checker", "editor",
               "other_editor", "auditor"]
MATRIX_ROLES = ["anonymous", "outsider", "newsroom", "newsroom_staff", "fact_checker", "editor", "auditor"]
READERS = {"fact_checker", "editor", "auditor"}
WORKERS = {"fact_checker", "editor"}


@pytest.fixture(autouse=True)
def _desk_site_installed() -> None:
    """Say how to install the desk's admin site instead of failing obscurely without it."""
    if not isinstance(admin.site, FactCheckAdminSite):
        pytest.fail(
            'The desk needs its admin site: in config/settings.py INSTALLED_APPS, replace '
            '"django.contrib.admin" with "verify.admin_apps.FactCheckAdminConfig".'
        )


@pytest.fixture
def clients(people) -> dict[str, Client]:
    """A test client per role of the matrix (anonymous is not logged in)."""
    result = {"anonymous": Client()}
    for role in ADMIN_ROLES:
        client = Client()
        client.force_login(people[role])
        result[role] = client
    return result


@pytest.fixture
def article(db) -> Article:
    return article_with_claims()
