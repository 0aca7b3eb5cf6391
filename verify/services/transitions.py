"""The one entry point the API and the admin use to act on a review, and the buttons they show.

``ACTIONS`` maps each action name to its service and the fields its data may carry.
``transition_apply`` parses the data into typed values (strings from forms are accepted for
dates, numbers and ids) and calls the service; whether the action is allowed, and whether the
data is complete, is decided by the workflow inside the service. ``transitions_available``
lists the actions the state and the user's role allow now.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.contrib.auth import get_user_model

from verify import ratings, workflow
from verify.errors import InvalidInput
from verify.models import Review, ReviewState, Source, Stance
from verify.services import reviews, sources, verdicts

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INTEGER = re.compile(r"^-?\d{1,18}$")


@dataclass(frozen=True)
class FieldSpec:
    """One field of an action's data. ``kind``: text, date, user, number, ids, id or choice."""

    name: str
    kind: str
    label: str
    required: bool = False
    choices: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ActionSpec:
    name: str
    label: str
    fields: tuple[FieldSpec, ...]
    service: Callable[..., Any]

    @property
    def required_fields(self) -> list[str]:
        return [spec.name for spec in self.fields if spec.required]


def _text(name: str, label: str, required: bool = False) -> FieldSpec:
    return FieldSpec(name, "text", label, required)


REASON = _text("reason", "Reason")
SOURCE_ID = FieldSpec("source_id", "id", "Source", required=True)
SOURCE_FIELDS = (
    FieldSpec("url", "text", "Address (http or https)", required=True),
    FieldSpec("stance", "choice", "Stance", required=True, choices=tuple(Stance.choices)),
    _text("title", "Title"), _text("publisher", "Publisher"),
    FieldSpec("published_on", "date", "Published on"), FieldSpec("accessed_on", "date", "Accessed on"),
    _text("excerpt", "Quoted excerpt"), _text("archive_url", "Archived copy address"),
)


def _source_add(*, review: Review | int, **data: Any) -> Review:
    return sources.source_add(review=review, **data).review


def _source_update(*, review: Review | int, actor: Any, expected_version: int | None, source_id: int,
                   **changes: Any) -> Review:
    source = _source_of(review, source_id)
    return sources.source_update(source=source, actor=actor, changes=changes,
                                 expected_version=expected_version).review


def _source_remove(*, review: Review | int, actor: Any, expected_version: int | None, source_id: int,
                   reason: str = "") -> Review:
    source = _source_of(review, source_id)
    return sources.source_remove(source=source, actor=actor, reason=reason,
                                 expected_version=expected_version).review


def _source_of(review: Review | int, source_id: int) -> Source:
    source = Source.objects.filter(review_id=reviews.review_pk(review), pk=source_id).first()
    if source is None:
        raise InvalidInput({"source_id": "This claim has no such source."})
    return source


_ACTION_LIST = (
    ActionSpec("queue", "Queue for checking", (), reviews.review_queue),
    ActionSpec("dismiss", "Dismiss", (_text("reason", "Why it is not worth checking", True),),
               reviews.review_dismiss),
    ActionSpec("restore", "Restore", (
        FieldSpec("to_state", "choice", "Back to", choices=((ReviewState.QUEUED, "Queued"), (ReviewState.NEW, "New"))),
        REASON), reviews.review_restore),
    ActionSpec("claim", "Claim for review", (), reviews.review_claim),
    ActionSpec("assign", "Assign", (FieldSpec("assignee", "user", "Fact-checker", required=True),),
               reviews.review_assign),
    ActionSpec("release", "Release to the queue", (REASON,), reviews.review_release),
    ActionSpec("await_source", "Wait for a source", (
        FieldSpec("due_on", "date", "Answer due on", required=True), _text("reason", "What we are waiting for")),
        reviews.review_await_source),
    ActionSpec("resume", "Resume review", (REASON,), reviews.review_resume),
    ActionSpec("propose_verdict", "Propose verdict", (
        FieldSpec("attribution", "choice", "Did the speaker say it?", choices=tuple(ratings.Attribution.choices)),
        _text("attribution_rationale", "Attribution rationale"),
        FieldSpec("substance", "choice", "Rating", required=True),
        _text("substance_rationale", "Rating rationale", True),
        _text("summary", "Public summary", True),
        FieldSpec("source_ids", "ids", "Sources cited", required=True),
        FieldSpec("recheck_on", "date", "Recheck the figures on")), verdicts.verdict_propose),
    ActionSpec("send_back", "Send back", (_text("reason", "What needs to change", True),),
               verdicts.verdict_send_back),
    ActionSpec("approve", "Approve and publish", (), verdicts.verdict_approve),
    ActionSpec("reopen", "Reopen", (_text("reason", "Why it needs another look", True),), reviews.review_reopen),
    ActionSpec("recheck", "Back to the queue for a recheck", (REASON,), reviews.review_recheck_due),
    ActionSpec("priority_override", "Override priority", (
        FieldSpec("priority", "number", "Priority (0 to 1; empty for the computed score)"), REASON),
        reviews.review_priority_override),
    ActionSpec("source_add", "Add source", SOURCE_FIELDS, _source_add),
    ActionSpec("source_update", "Correct source", (SOURCE_ID, *(
        FieldSpec(spec.name, spec.kind, spec.label, False, spec.choices) for spec in SOURCE_FIELDS)), _source_update),
    ActionSpec("source_remove", "Remove source", (SOURCE_ID, REASON), _source_remove),
)
ACTIONS: dict[str, ActionSpec] = {spec.name: spec for spec in _ACTION_LIST}
assert set(ACTIONS) == set(workflow.ACTION_METHODS), "every workflow action needs a service"


def transition_apply(
    *, review: Review | int, actor: Any, action: str, data: dict, expected_version: int | None
) -> Review:
    """Take ``action`` on ``review`` as ``actor`` with ``data``; the review as stored afterwards.

    Raises the workflow's errors: InvalidInput (unknown action or field, wrong type, missing or
    bad data), TransitionNotAllowed, NotPermitted, StaleVersion, ConflictError.
    """
    spec = ACTIONS.get(action) if isinstance(action, str) else None
    if spec is None:
        raise InvalidInput({"action": f"There is no action called {action!r}."})
    if not isinstance(data, dict):
        raise InvalidInput({"data": "The action's data must be an object of fields."})
    kwargs = data_parse(spec, data)
    return spec.service(review=review, actor=actor, expected_version=expected_version, **kwargs)


def transitions_available(review: Review, user: Any) -> list[ActionSpec]:
    """The actions the claim's state and ``user``'s role allow now, in display order."""
    return [spec for spec in _ACTION_LIST if workflow.transition_allowed(review, spec.name, user)]


def data_parse(spec: ActionSpec, data: dict) -> dict:
    """The fields of ``data`` as the service's typed arguments; InvalidInput names every bad field."""
    fields = {field.name: field for field in spec.fields}
    errors = {name: "This action has no such field." for name in data if name not in fields}
    errors.update({name: "This field is required." for name in spec.required_fields if name not in data})
    parsed = {}
    for name, value in data.items():
        if name in fields:
            try:
                parsed[name] = _PARSERS[fields[name].kind](value, fields[name])
            except InvalidInput as error:
                errors[name] = error.errors["value"]
    if errors:
        raise InvalidInput(errors)
    return parsed


def _bad(message: str) -> InvalidInput:
    return InvalidInput({"value": message})


def _parse_text(value: Any, field: FieldSpec) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _bad("This must be text.")
    return value


def _parse_choice(value: Any, field: FieldSpec) -> str:
    value = _parse_text(value, field)
    if value and field.choices and value not in dict(field.choices):
        raise _bad(f"Choose one of: {', '.join(dict(field.choices))}.")
    return value


def _parse_date(value: Any, field: FieldSpec) -> date | None:
    if value is None or value == "" or isinstance(value, date):
        return value or None
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        raise _bad("This must be a date written YYYY-MM-DD.")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _bad("This is not a real date.") from None


def _parse_number(value: Any, field: FieldSpec) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            raise _bad("This must be a number.") from None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _bad("This must be a number.")
    return float(value)


def _parse_id(value: Any, field: FieldSpec) -> int:
    if isinstance(value, str) and _INTEGER.match(value):
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise _bad("This must be the id of a row (a whole number).")
    return value


def _parse_ids(value: Any, field: FieldSpec) -> list[int]:
    if value is None:
        return []
    if not isinstance(value, list | tuple) or len(value) > 100:
        raise _bad("This must be a list of at most 100 ids.")
    return [_parse_id(item, field) for item in value]


def _parse_user(value: Any, field: FieldSpec) -> Any:
    user_model = get_user_model()
    if value is None or value == "" or isinstance(value, user_model):
        return value or None
    if isinstance(value, str) and not _INTEGER.match(value):
        user = user_model.objects.filter(**{user_model.USERNAME_FIELD: value[:150], "is_active": True}).first()
    else:
        user = user_model.objects.filter(pk=_parse_id(value, field), is_active=True).first()
    if user is None:
        raise _bad("There is no active user by that name.")
    return user


_PARSERS: dict[str, Callable[[Any, FieldSpec], Any]] = {
    "text": _parse_text, "choice": _parse_choice, "date": _parse_date, "number": _parse_number,
    "id": _parse_id, "ids": _parse_ids, "user": _parse_user,
}
