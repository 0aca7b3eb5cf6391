"""Which admin pages a person reaches, by role. The workflow decides what they may *do*.

The admin asks one question per page (may this person read claims? export? act?) and
answers it from the user's role groups (``access.roles``, one query per request). Whether a
particular review action is allowed is never decided here, but by the workflow in ``verify``.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import admin
from django.http import HttpRequest

from access.callers import STAFF_ROLES
from access.roles import AUDITOR, EDITOR, FACT_CHECKER, NEWSROOM_SYSTEM, role_names


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
    """The request user's DeskAccess; ``role_names`` caches the one groups query on the user."""
    user = request.user
    if user.is_superuser and user.is_active:
        return DeskAccess(roles=STAFF_ROLES, is_superuser=True)
    return DeskAccess(roles=role_names(user))


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
