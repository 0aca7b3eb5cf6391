"""Who is calling: the user's desk roles and, for a newsroom system's key, its source system."""

from __future__ import annotations

from dataclasses import dataclass

from rest_framework.request import Request

from claims.models import ApiKey
from verify import roles

# Re-exported for modules that imported the role names from here before verify.roles existed.
FACT_CHECKER, EDITOR, AUDITOR, NEWSROOM_SYSTEM = (
    roles.FACT_CHECKER,
    roles.EDITOR,
    roles.AUDITOR,
    roles.NEWSROOM_SYSTEM,
)
STAFF_ROLES = frozenset({FACT_CHECKER, EDITOR, AUDITOR})


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
        return NEWSROOM_SYSTEM in self.roles and not self.is_staff_reader


def caller_of(request: Request) -> Caller:
    """The request's Caller; the roles are looked up once per request (``verify.roles`` caches them)."""
    api_key = request.auth if isinstance(request.auth, ApiKey) else None
    return Caller(
        user=request.user,
        roles=roles.role_names(request.user),
        source_system=api_key.source_system if api_key and api_key.source_system else None,
    )
