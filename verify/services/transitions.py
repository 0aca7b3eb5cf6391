"""The one entry point the API and the admin use to act on a review, and the actions they offer.

``transition_apply`` parses an action's data with its form (``verify.actions``: strings from the
admin's forms and JSON values from the API alike) and calls its service; whether the action is
allowed, and whether the data is complete, is decided by the workflow inside the service.
``transitions_available`` lists the actions the state and the user's role allow now.
"""

from __future__ import annotations

from typing import Any

from verify import workflow
from verify.actions import ACTIONS, Action
from verify.errors import InvalidInput
from verify.models import Review


def transition_apply(
    *, review: Review | int, actor: Any, action: str, data: dict, expected_version: int | None
) -> Review:
    """Take ``action`` on ``review`` as ``actor`` with ``data``; the review as stored afterwards.

    Raises the workflow's errors: InvalidInput (unknown action or field, wrong type, missing or
    bad data), TransitionNotAllowed, NotPermitted, StaleVersion, ConflictError.
    """
    declared = ACTIONS.get(action) if isinstance(action, str) else None
    if declared is None:
        raise InvalidInput({"action": f"There is no action called {action!r}."})
    if not isinstance(data, dict):
        raise InvalidInput({"data": "The action's data must be an object of fields."})
    kwargs = declared.form.parse(data)
    return declared.service(review=review, actor=actor, expected_version=expected_version, **kwargs)


def transitions_available(review: Review, user: Any) -> list[Action]:
    """The actions the claim's state and ``user``'s role allow now, in display order."""
    return [action for action in ACTIONS.values() if workflow.transition_allowed(review, action.name, user)]
