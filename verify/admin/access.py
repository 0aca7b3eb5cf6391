"""Which admin pages a person reaches, by role. The workflow decides what they may *do*.

The admin asks one question per page (may this person read claims? export? act?) and
answers it from the user's groups, looked up once per request. Whether a particular
transition is allowed is never decided here: the buttons come from
``transitions_available`` and every post goes through ``transition_apply``.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import admin
from django.http import HttpRequest

from config.api.access import AUDITOR, EDITOR, FACT_CHECKER, NEWSROOM_SYSTEM  # verify.roles once it lands

STAFF_ROLES = frozenset({FACT_CHECKER, EDITOR, AUDITOR})
ALL_ROLES = STAFF_ROLES | {NEWSROOM_SYSTEM}


@dataclass(frozen=True)
class DeskAccess:
    """What the admin shows a user: computed from their groups (a superuser has every role)."""

    roles: frozenset[str]
    is_superuser: bool = False

    @property
    def is_newsroom_system(self) -> bool:
        return NEWSROOM_SYSTEM in self.roles and not self.is_superuser

    @property
    def can_read(self) -> bool:
        """Fact-checkers, editors and auditors read every claim, article and history."""
        return not self.is_newsroom_system and bool(self.roles & STAFF_ROLES)

    @property
    def can_act(self) -> bool:
        """Fact-checkers and editors work on claims; auditors only read."""
        return not self.is_newsroom_system and bool(self.roles & {FACT_CHECKER, EDITOR})

    @property
    def can_assign(self) -> bool:
        return not self.is_newsroom_system and EDITOR in self.roles

    @property
    def can_export(self) -> bool:
        return not self.is_newsroom_system and AUDITOR in self.roles


def desk_access(request: HttpRequest) -> DeskAccess:
    """The request user's DeskAccess, computed once per request (one query for the groups)."""
    cached = getattr(request, "_desk_access", None)
    if cached is not None:
        return cached
    user = request.user
    if not user.is_authenticated or not user.is_active:
        access = DeskAccess(roles=frozenset())
    elif user.is_superuser:
        access = DeskAccess(roles=STAFF_ROLES, is_superuser=True)
    else:
        names = user.groups.filter(name__in=ALL_ROLES).values_list("name", flat=True)
        access = DeskAccess(roles=frozenset(names))
    request._desk_access = access
    return access


class ReadOnlyForStaffMixin:
    """ModelAdmin permissions for rows people read here and change only through services."""

    def has_module_permission(self, request: HttpRequest) -> bool:
        return desk_access(request).can_read

    def has_view_permission(self, request: HttpRequest, obj=None) -> bool:
        return desk_access(request).can_read

    def has_add_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False


class StaffReadOnlyAdmin(ReadOnlyForStaffMixin, admin.ModelAdmin):
    """A read-only ModelAdmin visible to every staff role."""
