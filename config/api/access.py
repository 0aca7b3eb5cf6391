"""Who is calling: the user's roles (groups) and, for a newsroom key, its source system."""

from __future__ import annotations

from dataclasses import dataclass

from rest_framework.request import Request

from claims.models import ApiKey

FACT_CHECKER = "fact_checker"
EDITOR = "editor"
AUDITOR = "auditor"
NEWSROOM_SYSTEM = "newsroom_system"
STAFF_ROLES = frozenset({FACT_CHECKER, EDITOR, AUDITOR})
ROLES = STAFF_ROLES | {NEWSROOM_SYSTEM}


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
    """The request's Caller, computed once per request (one query for the groups)."""
    cached = getattr(request, "_api_caller", None)
    if cached is not None:
        return cached
    user = request.user
    roles: frozenset[str] = frozenset()
    if user is not None and user.is_authenticated:
        roles = STAFF_ROLES if user.is_superuser else frozenset(
            user.groups.filter(name__in=ROLES).values_list("name", flat=True)
        )
    api_key = request.auth if isinstance(request.auth, ApiKey) else None
    source_system = api_key.source_system if api_key and api_key.source_system else None
    caller = Caller(user=user, roles=roles, source_system=source_system)
    request._api_caller = caller
    return caller
