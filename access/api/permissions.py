"""Role permissions of the API. Coarse on purpose: the workflow services decide actions."""

from __future__ import annotations

from rest_framework.permissions import BasePermission
from rest_framework.request import Request

from access.callers import caller_of
from access.roles import AUDITOR


class IsNewsroomSystem(BasePermission):
    """A newsroom system's API key naming its source system."""

    message = "Only a newsroom system's API key may do this."

    def has_permission(self, request: Request, view) -> bool:
        caller = caller_of(request)
        return caller.is_newsroom and caller.source_system is not None


class IsStaffReader(BasePermission):
    """Fact-checkers, editors and auditors."""

    message = "Only fact-checkers, editors and auditors may do this."

    def has_permission(self, request: Request, view) -> bool:
        return caller_of(request).is_staff_reader


class IsNewsroomOrStaff(BasePermission):
    """Anyone with a role: newsroom systems then see only their own source system."""

    message = "Your account has no role that may use this endpoint."

    def has_permission(self, request: Request, view) -> bool:
        caller = caller_of(request)
        return caller.is_staff_reader or (caller.is_newsroom and caller.source_system is not None)


class IsAuditor(BasePermission):
    """Auditors (session or API key): the verdict-history exports."""

    message = "Only auditors may export verdict histories."

    def has_permission(self, request: Request, view) -> bool:
        return AUDITOR in caller_of(request).roles
