"""The claim page's action forms: each action's own form (``verify.action_forms``) plus the
hidden ``action`` and ``version`` that say what to do to which version of the review.

The posted strings go to ``transition_apply`` as they are, so the workflow is the one place that
validates; its ``InvalidInput`` errors are then put back next to the fields they name.
"""

from __future__ import annotations

from collections.abc import Iterable

from django import forms
from django.http import QueryDict

from verify.action_forms import ActionForm, IdsField
from verify.actions import Action

VERSION_FIELD = "version"
ACTION_FIELD = "action"


def action_form(
    action: Action, *, version: int, data: QueryDict | None = None, initial: dict | None = None,
    sources: Iterable = (), auto_id: str = "id_%s",
) -> ActionForm:
    """The form of ``action``; bound to ``data`` after a post, else showing ``initial``.

    ``auto_id`` keeps element ids unique when a page shows several forms with the same fields.
    """
    form = action.form(
        data, sources=sources, auto_id=auto_id,
        initial={**(initial or {}), ACTION_FIELD: action.name, VERSION_FIELD: version},
    )
    form.fields[ACTION_FIELD] = forms.CharField(widget=forms.HiddenInput)
    form.fields[VERSION_FIELD] = forms.IntegerField(widget=forms.HiddenInput, required=False)
    return form


def posted_data(action: Action, post: QueryDict) -> dict:
    """The posted values of ``action``'s fields, as strings (lists for ids), for the workflow.

    Empty fields are sent empty, so the workflow words what is missing; fields the form did not
    have are not sent (unticked boxes of ids are an empty list).
    """
    data: dict = {}
    for name, field in action.fields.items():
        if isinstance(field, IdsField):
            data[name] = post.getlist(name)
        elif name in post:
            data[name] = post[name]
    return data


def posted_version(post: QueryDict) -> int | None:
    """The review version the page was showing, or None when it is missing or garbled."""
    raw = post.get(VERSION_FIELD, "")
    return int(raw) if raw.isdigit() else None
