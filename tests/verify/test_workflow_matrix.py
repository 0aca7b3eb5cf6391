"""Every action from every state, and every action by every role, through ``transition_apply``."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import SourceFactory, review_in
from verify.actions import ACTIONS
from verify.errors import ConflictError, NotPermitted, TransitionNotAllowed
from verify.models import AuditEntry, ReviewState
from verify.services.transitions import transition_apply, transitions_available

pytestmark = pytest.mark.django_db

S = ReviewState
ASSIGNED = {S.IN_REVIEW, S.AWAITING_SOURCE}
OPEN = {S.NEW, S.QUEUED, S.IN_REVIEW, S.AWAITING_SOURCE, S.VERDICT_PROPOSED}
ALLOWED_FROM = {
    "queue": {S.NEW},
    "dismiss": {S.NEW, S.QUEUED},
    "restore": {S.DISMISSED},
    "claim": {S.QUEUED},
    "assign": {S.QUEUED, *ASSIGNED},
    "release": {S.IN_REVIEW},
    "await_source": {S.IN_REVIEW},
    "resume": {S.AWAITING_SOURCE},
    "propose_verdict": {S.IN_REVIEW},
    "send_back": {S.VERDICT_PROPOSED},
    "approve": {S.VERDICT_PROPOSED},
    "reopen": {S.PUBLISHED},
    "recheck": {S.PUBLISHED},
    "priority_override": OPEN,
    "source_add": ASSIGNED,
    "source_update": ASSIGNED,
    "source_remove": ASSIGNED,
}
TARGET = {
    "queue": S.QUEUED, "dismiss": S.DISMISSED, "restore": S.QUEUED, "claim": S.IN_REVIEW, "release": S.QUEUED,
    "await_source": S.AWAITING_SOURCE, "resume": S.IN_REVIEW, "propose_verdict": S.VERDICT_PROPOSED,
    "send_back": S.IN_REVIEW, "approve": S.PUBLISHED, "reopen": S.IN_REVIEW, "recheck": S.QUEUED,
}


def test_matrix_covers_every_registered_action():
    assert set(ALLOWED_FROM) == set(ACTIONS)


def action_data(action: str, review, *, assignee) -> dict:
    """Complete, valid data for ``action`` on ``review``."""
    if action in ("source_update", "source_remove", "propose_verdict"):
        source = SourceFactory(review=review)
    return {
        "dismiss": lambda: {"reason": "An opinion, not a checkable fact."},
        "assign": lambda: {"assignee": assignee.username},
        "await_source": lambda: {"due_on": (timezone.localdate() + timedelta(days=2)).isoformat()},
        "propose_verdict": lambda: {
            "substance": "mostly_true", "substance_rationale": "Close to the official count.",
            "summary": "About right.", "attribution": "confirmed", "attribution_rationale": "On video.",
            "source_ids": [source.id],
        },
        "send_back": lambda: {"reason": "Cite the primary source."},
        "reopen": lambda: {"reason": "New figures were published."},
        "priority_override": lambda: {"priority": 0.9},
        "source_add": lambda: {"url": "https://stats.example.org/x", "stance": "refutes", "title": "T",
                               "publisher": "P"},
        "source_update": lambda: {"source_id": source.id, "excerpt": "A better excerpt."},
        "source_remove": lambda: {"source_id": source.id},
    }.get(action, dict)()


@pytest.mark.parametrize("state", list(S))
@pytest.mark.parametrize("action", list(ALLOWED_FROM))
def test_each_action_is_taken_from_its_states_and_refused_from_the_others(
    action, state, editor, fact_checker, django_capture_on_commit_callbacks
):
    review = review_in(state, assignee=fact_checker, recheck_on=timezone.localdate())
    data = action_data(action, review, assignee=fact_checker)
    if state not in ALLOWED_FROM[action]:
        expected = ConflictError if action == "claim" and state in (*ASSIGNED, S.VERDICT_PROPOSED) else (
            TransitionNotAllowed
        )
        with pytest.raises(expected):
            transition_apply(review=review, actor=editor, action=action, data=data, expected_version=1)
        assert not AuditEntry.objects.exists()
        return
    with django_capture_on_commit_callbacks(execute=False):
        result = transition_apply(review=review, actor=editor, action=action, data=data, expected_version=1)
    assert result.state == (S.IN_REVIEW if (action, state) == ("assign", S.QUEUED) else TARGET.get(action, state))
    assert result.version == 2
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.from_state, entry.to_state) == (action, state, result.state)


ROLES = ["assignee", "other_fact_checker", "editor", "superuser", "auditor", "newsroom_system", "outsider", "system"]
EDITORS = {"editor", "superuser"}
WORKERS = {"assignee", "other_fact_checker", *EDITORS}
ASSIGNEE_OR_EDITOR = {"assignee", *EDITORS}
ALLOWED_ROLES = {
    "queue": WORKERS, "dismiss": WORKERS, "restore": WORKERS, "claim": WORKERS,
    "assign": EDITORS, "release": {*ASSIGNEE_OR_EDITOR, "system"}, "await_source": ASSIGNEE_OR_EDITOR,
    "resume": ASSIGNEE_OR_EDITOR, "propose_verdict": ASSIGNEE_OR_EDITOR, "send_back": EDITORS,
    "approve": EDITORS, "reopen": EDITORS, "recheck": {*EDITORS, "system"}, "priority_override": EDITORS,
    "source_add": ASSIGNEE_OR_EDITOR, "source_update": ASSIGNEE_OR_EDITOR, "source_remove": ASSIGNEE_OR_EDITOR,
}


@pytest.fixture
def actors(fact_checker, other_fact_checker, editor, superuser, auditor, newsroom_system, outsider) -> dict:
    return {
        "assignee": fact_checker, "other_fact_checker": other_fact_checker, "editor": editor,
        "superuser": superuser, "auditor": auditor, "newsroom_system": newsroom_system, "outsider": outsider,
        "system": None,
    }


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", list(ALLOWED_ROLES))
def test_each_action_is_allowed_to_its_roles_only(action, role, actors, django_capture_on_commit_callbacks):
    state = sorted(ALLOWED_FROM[action])[0]
    review = review_in(state, assignee=actors["assignee"], recheck_on=timezone.localdate())
    data = action_data(action, review, assignee=actors["assignee"])
    actor = actors[role]
    assert (ACTIONS[action] in transitions_available(review, actor)) == (role in ALLOWED_ROLES[action])
    if role not in ALLOWED_ROLES[action]:
        with pytest.raises(NotPermitted):
            transition_apply(review=review, actor=actor, action=action, data=data, expected_version=None)
        return
    with django_capture_on_commit_callbacks(execute=False):
        transition_apply(review=review, actor=actor, action=action, data=data, expected_version=None)
    assert AuditEntry.objects.get().actor == actor


def test_an_inactive_editor_has_no_role(editor, fact_checker):
    editor.is_active = False
    editor.save()
    review = review_in(S.VERDICT_PROPOSED, assignee=fact_checker)
    with pytest.raises(NotPermitted):
        transition_apply(review=review, actor=editor, action="approve", data={}, expected_version=None)


def test_buttons_offered_follow_state_and_role(fact_checker, editor):
    review = review_in(S.IN_REVIEW, assignee=fact_checker)
    names = [spec.name for spec in transitions_available(review, fact_checker)]
    assert names == ["release", "await_source", "propose_verdict", "source_add", "source_update", "source_remove"]
    editor_names = [spec.name for spec in transitions_available(review, editor)]
    assert "assign" in editor_names and "priority_override" in editor_names
    assert ACTIONS["propose_verdict"].required_fields == ["substance", "substance_rationale", "summary", "source_ids"]
