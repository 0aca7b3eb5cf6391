"""The desk's roles, as Django groups (created by a data migration), and who holds which.

Editors can do everything fact-checkers can; a superuser counts as an editor. ``None`` stands
for the system itself (beat jobs), which holds no role. Role look-ups are cached on the user
object, so a request asks the database once however many checks it makes.
"""

from __future__ import annotations

from typing import Any

FACT_CHECKER = "fact_checker"
EDITOR = "editor"
AUDITOR = "auditor"
NEWSROOM_SYSTEM = "newsroom_system"
ALL = (FACT_CHECKER, EDITOR, AUDITOR, NEWSROOM_SYSTEM)

_CACHE_ATTR = "_access_role_names"


def role_names(user: Any) -> frozenset[str]:
    """The role groups ``user`` belongs to (superusers: editor); empty for None or inactive users."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return frozenset()
    cached = getattr(user, _CACHE_ATTR, None)
    if cached is None:
        names = set(user.groups.filter(name__in=ALL).values_list("name", flat=True))
        if user.is_superuser:
            names.add(EDITOR)
        cached = frozenset(names)
        setattr(user, _CACHE_ATTR, cached)
    return cached


def role_cache_clear(user: Any) -> None:
    """Forget the cached roles of ``user`` (after changing their groups)."""
    if user is not None and hasattr(user, _CACHE_ATTR):
        delattr(user, _CACHE_ATTR)


def is_editor(user: Any) -> bool:
    return EDITOR in role_names(user)


def is_fact_checker(user: Any) -> bool:
    """Fact-checkers and editors: the people who work on claims."""
    return bool(role_names(user) & {FACT_CHECKER, EDITOR})


def is_reader(user: Any) -> bool:
    """Anyone on the desk who may read claims and their history (auditors included)."""
    return bool(role_names(user) & {FACT_CHECKER, EDITOR, AUDITOR})
