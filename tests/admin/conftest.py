"""Admin fixtures: one logged-in client per role and a small article with claims under review.

Roles of the access matrix: anonymous, outsider (staff, no role), newsroom (a newsroom
system account, not staff), newsroom_staff (the same, wrongly marked staff), fact_checker,
other_checker, editor, other_editor, auditor.
"""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.contrib.auth.models import User
from django.test import Client

from claims.models import Article, Claim, ClaimKind, Speaker
from claims.services import claim_content_key, content_hash
from tests.factories import UserFactory
from verify.admin_site import FactCheckAdminSite
from verify.models import Review

ROLE_GROUPS = {
    "outsider": None,
    "newsroom": "newsroom_system",
    "newsroom_staff": "newsroom_system",
    "fact_checker": "fact_checker",
    "other_checker": "fact_checker",
    "editor": "editor",
    "other_editor": "editor",
    "auditor": "auditor",
}
MATRIX_ROLES = ["anonymous", "outsider", "newsroom", "newsroom_staff", "fact_checker", "editor", "auditor"]
READERS = {"fact_checker", "editor", "auditor"}
WORKERS = {"fact_checker", "editor"}
BODY = (
    "Mayor Jane Doe said 40,000 people would benefit from the new wage.\n\n"
    "Council member John Roe said the increase would cost businesses $3 million a year.\n"
)


@pytest.fixture(autouse=True)
def _desk_site_installed() -> None:
    """Say how to install the desk's admin site instead of failing obscurely without it."""
    if not isinstance(admin.site, FactCheckAdminSite):
        pytest.fail(
            'The desk needs its admin site: in config/settings.py INSTALLED_APPS, replace '
            '"django.contrib.admin" with "verify.admin_apps.FactCheckAdminConfig".'
        )


@pytest.fixture
def users(db) -> dict[str, User]:
    """One user per role of the matrix, named after it (password "pw")."""
    return {
        role: UserFactory(username=role, roles=[group] if group else [], is_staff=role != "newsroom")
        for role, group in ROLE_GROUPS.items()
    }


@pytest.fixture
def clients(users) -> dict[str, Client]:
    """A test client per role of the matrix (anonymous is not logged in)."""
    result = {"anonymous": Client()}
    for role, user in users.items():
        client = Client()
        client.force_login(user)
        result[role] = client
    return result


def article_with_claims(external_id: str = "story-1", claims: int = 2, source_system: str = "cms-a") -> Article:
    """An extracted article with ``claims`` claims, each with a new review (no extractor run)."""
    digest = content_hash(BODY)
    article = Article.objects.create(
        source_system=source_system, external_id=external_id, body=BODY, content_hash=digest,
        headline="Wage rise", extraction_status="done", extracted_hash=digest,
    )
    speaker, _ = Speaker.objects.get_or_create(
        name_key="jane doe", type="person", defaults={"canonical_name": "Jane Doe", "role": "Mayor"}
    )
    start = BODY.index("40,000")
    for index in range(claims):
        content = f"{40_000 + index} people would benefit from the new wage"
        claim = Claim.objects.create(
            article=article, kind=ClaimKind.INDIRECT, content=content, content_key=claim_content_key(content),
            content_start=start, content_end=start + 52, body_hash=digest, speaker=speaker,
            speaker_mention="Mayor Jane Doe", mention_start=0, mention_end=14, checkworthiness=0.8,
        )
        Review.objects.create(claim=claim, priority=claim.checkworthiness)
    return article


@pytest.fixture
def article(db) -> Article:
    return article_with_claims()
