"""Who is calling: the user's desk roles and, for a newsroom system's key, its source system.

Selectors take a ``Caller`` to decide what its holder may see; the API builds it from the
request (``caller_of``) and the admin from the signed-in user (``caller_for_user``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from access import roles
from access.models import ApiKey

STAFF_ROLES = frozenset({roles.FACT_CHECKER, roles.EDITOR, roles.AUDITOR})


@dataclass(frozen=True)
class Caller:
    user: object
    roles: frozenset[str]
    source_system: str | None

    @property
    def is_staff_reader(self) -> bool:
        """Fact-checkers, editors and auditors read everything; the workflow decides writes."""
        return bool(self.roles & STAFF_ROLES)

    @property
    def is_newsroom(self) -> bool:
        """A newsroom system sees only its own source system's articles; staff roles win."""
        return roles.NEWSROOM_SYSTEM in self.roles and not self.is_staff_reader


def caller_of(request: Any) -> Caller:
    """The request's Caller; the roles are looked up once per request (``access.roles`` caches them)."""
    api_key = request.auth if isinstance(request.auth, ApiKey) else None
    return Caller(
        user=request.user,
        roles=roles.role_names(request.user),
        source_system=api_key.source_system if api_key and api_key.source_system else None,
    )


def caller_for_user(user: Any) -> Caller:
    """A signed-in person (the admin), who acts for no source system."""
    return Caller(user=user, roles=roles.role_names(user), source_system=None)
