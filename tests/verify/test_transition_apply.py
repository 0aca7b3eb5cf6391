"""The dispatcher the API and the admin call: parsing data, refusing bad input, reaching the services."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import SourceFactory, review_in
from verify import workflow
from verify.actions import ACTIONS
from verify.errors import InvalidInput
from verify.models import AuditEntry, Review, ReviewState, Source, Verdict
from verify.services.transitions import transition_apply

pytestmark = pytest.mark.django_db
S = ReviewState


def apply(review, actor, action, data, expected_version=None):
    return transition_apply(review=review, actor=actor, action=action, data=data, expected_version=expected_version)


@pytest.mark.parametrize("action", ["publish", "", None, 42, "Approve", "transition_apply"])
def test_unknown_actions_are_invalid_input(fact_checker, action):
    with pytest.raises(InvalidInput) as raised:
        apply(review_in(S.NEW), fact_checker, action, {})
    assert set(raised.value.errors) == {"action"}


@pytest.mark.parametrize("data", [None, [], "reason=x", 5])
def test_data_that_is_not_an_object_is_invalid_input(fact_checker, data):
    with pytest.raises(InvalidInput) as raised:
        apply(review_in(S.NEW), fact_checker, "dismiss", data)
    assert set(raised.value.errors) == {"data"}


def test_unknown_and_missing_fields_are_all_named(fact_checker):
    with pytest.raises(InvalidInput) as raised:
        apply(review_in(S.NEW), fact_checker, "dismiss", {"state": "dismissed", "version": 9})
    assert raised.value.errors == {
        "state": "This action has no such field.", "version": "This action has no such field.",
        "reason": "This field is required.",
    }


@pytest.mark.parametrize("action,data,field", [
    ("dismiss", {"reason": 12}, "reason"),
    ("dismiss", {"reason": ["a"]}, "reason"),
    ("await_source", {"due_on": "tomorrow"}, "due_on"),
    ("await_source", {"due_on": "2030-02-30"}, "due_on"),
    ("await_source", {"due_on": 20300101}, "due_on"),
    ("priority_override", {"priority": "high"}, "priority"),
    ("priority_override", {"priority": True}, "priority"),
    ("priority_override", {"priority": "nan"}, "priority"),
    ("propose_verdict", {"substance": "true", "substance_rationale": "r", "summary": "s", "source_ids": "1"},
     "source_ids"),
    ("propose_verdict", {"substance": "true", "substance_rationale": "r", "summary": "s", "source_ids": [0]},
     "source_ids"),
    ("assign", {"assignee": "nobody-by-that-name"}, "assignee"),
    ("assign", {"assignee": {"id": 1}}, "assignee"),
    ("restore", {"to_state": "published"}, "to_state"),
    ("source_remove", {"source_id": "abc"}, "source_id"),
    ("source_add", {"url": "https://x.example", "stance": "agrees"}, "stance"),
])
def test_values_of_the_wrong_type_or_shape_are_invalid_input(editor, fact_checker, action, data, field):
    state = {"dismiss": S.NEW, "priority_override": S.QUEUED, "assign": S.QUEUED, "restore": S.DISMISSED}.get(
        action, S.IN_REVIEW
    )
    with pytest.raises(InvalidInput) as raised:
        apply(review_in(state, assignee=fact_checker), editor, action, data)
    assert field in raised.value.errors
    assert not AuditEntry.objects.exists()


def test_form_strings_are_parsed_into_dates_numbers_ids_and_users(editor, fact_checker):
    review = review_in(S.QUEUED)
    review = apply(review, editor, "priority_override", {"priority": "0.75"})
    assert review.priority_override == 0.75
    review = apply(review, editor, "assign", {"assignee": str(fact_checker.pk)}, expected_version=2)
    assert review.assignee == fact_checker
    due = (timezone.localdate() + timedelta(days=3)).isoformat()
    review = apply(review, fact_checker, "await_source", {"due_on": due, "reason": "Asked"}, expected_version=3)
    assert review.due_on.isoformat() == due


def test_a_verdict_is_proposed_through_the_dispatcher(fact_checker):
    review = review_in(S.IN_REVIEW, assignee=fact_checker)
    source = SourceFactory(review=review)
    review = apply(review, fact_checker, "propose_verdict", {
        "substance": "misleading", "substance_rationale": "Cherry-picked year.", "summary": "Misleading.",
        "attribution": "paraphrased_accurately", "attribution_rationale": "Same meaning.",
        "source_ids": [str(source.id)], "recheck_on": (timezone.localdate() + timedelta(days=60)).isoformat(),
    })
    assert review.state == S.VERDICT_PROPOSED
    assert Verdict.objects.get().substance_value is None


def test_source_actions_name_the_source_by_id_within_the_claim(fact_checker):
    review = review_in(S.IN_REVIEW, assignee=fact_checker)
    other = SourceFactory()
    with pytest.raises(InvalidInput) as raised:
        apply(review, fact_checker, "source_remove", {"source_id": other.id})
    assert raised.value.errors == {"source_id": "This claim has no such source."}
    review = apply(review, fact_checker, "source_add", {"url": "https://a.example/x", "stance": "context",
                                                        "title": "A", "publisher": "B"})
    added = Source.objects.get(review=review)
    review = apply(review, fact_checker, "source_update", {"source_id": added.id, "title": "A2"})
    review = apply(review, fact_checker, "source_remove", {"source_id": added.id, "reason": "Wrong page"})
    assert review.version == 4
    assert list(AuditEntry.objects.values_list("action", flat=True)) == ["source_add", "source_update",
                                                                        "source_remove"]


def test_every_action_lists_its_fields_with_labels():
    for spec in ACTIONS.values():
        assert spec.label and all(field.label and field.kind for field in spec.fields.values())


def test_every_action_is_a_transition_of_the_workflow_and_back():
    """The declarations and the machine name the same actions (django-fsm-2's public API)."""
    assert sorted(workflow.action_names(Review())) == sorted(ACTIONS)
