"""HTML forms for workflow actions, built from the action's ``FieldSpec`` list.

The forms only render and carry what people typed: every field is optional to Django (the
browser still marks required ones), and the posted strings go to ``transition_apply`` as they
are, so the workflow is the one place that validates. Its ``InvalidInput`` errors are then put
back next to the fields they name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.http import QueryDict

from access.roles import EDITOR, FACT_CHECKER
from verify import ratings
from verify.services.transitions import ActionSpec, FieldSpec

VERSION_FIELD = "version"
ACTION_FIELD = "action"
# Text fields short enough for one line; every other text field gets a text area.
ONE_LINE_TEXT = {"url", "title", "publisher", "archive_url"}
TEXTAREA_ROWS = {"summary": 2, "reason": 2, "excerpt": 3}


class ActionForm(forms.Form):
    """One action's form; hidden ``action`` and ``version`` say what to do to which version."""

    action = forms.CharField(widget=forms.HiddenInput)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, spec: ActionSpec, fields: Iterable[tuple[str, forms.Field]], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.spec = spec
        for name, field in fields:
            self.fields[name] = field

    def add_workflow_errors(self, errors: Mapping[str, str]) -> None:
        """Show the workflow's field errors next to their fields (others above the form)."""
        self.is_valid()
        for name, text in errors.items():
            self.add_error(name if name in self.fields else None, text)


def assignable_users() -> QuerySet:
    """Fact-checkers and editors who can be given a claim."""
    return (
        get_user_model().objects.filter(is_active=True, groups__name__in=[FACT_CHECKER, EDITOR])
        .distinct().order_by("username")
    )


def assignee_choices() -> list[tuple[str, str]]:
    """(id, username) of the assignable users, in one plain query.

    A ModelChoiceField would iterate its queryset through a server-side cursor on PostgreSQL,
    which costs more than reading two dozen users.
    """
    return [("", "—"), *((str(pk), name) for pk, name in assignable_users().values_list("pk", "username"))]


def form_field(spec: FieldSpec, *, sources: Iterable = ()) -> forms.Field:
    """The Django form field for one workflow field (``sources``: the ones a verdict may cite)."""
    attrs = {"required": True} if spec.required else {}
    common = {"label": spec.label, "required": False}
    if spec.kind == "date":
        return forms.DateField(widget=forms.DateInput(attrs={**attrs, "type": "date"}), **common)
    if spec.kind == "number":
        widget = forms.NumberInput(attrs={**attrs, "min": 0, "max": 1, "step": 0.05})
        return forms.FloatField(widget=widget, **common)
    if spec.kind == "user":
        return forms.ChoiceField(choices=assignee_choices, widget=forms.Select(attrs=attrs), **common)
    if spec.kind == "ids":
        choices = [(source.pk, str(source)) for source in sources]
        return forms.MultipleChoiceField(choices=choices, widget=forms.CheckboxSelectMultiple, **common)
    if spec.kind == "id":
        return forms.IntegerField(widget=forms.HiddenInput, **common)
    if spec.kind == "choice":
        choices = list(spec.choices) or ratings.substance_choices()
        return forms.ChoiceField(choices=[("", "—")] + choices, widget=forms.Select(attrs=attrs), **common)
    if spec.name in ONE_LINE_TEXT:
        return forms.CharField(widget=forms.TextInput(attrs={**attrs, "size": 60}), **common)
    rows = TEXTAREA_ROWS.get(spec.name, 4)
    return forms.CharField(widget=forms.Textarea(attrs={**attrs, "rows": rows, "cols": 60}), **common)


def action_form(
    spec: ActionSpec, *, version: int, data: QueryDict | None = None, initial: dict | None = None,
    sources: Iterable = (), auto_id: str = "id_%s",
) -> ActionForm:
    """The form of ``spec``; bound to ``data`` after a post, else showing ``initial``.

    ``auto_id`` keeps element ids unique when a page shows several forms with the same fields.
    """
    sources = list(sources)
    fields = [(field.name, form_field(field, sources=sources)) for field in spec.fields]
    return ActionForm(
        data, spec=spec, fields=fields, auto_id=auto_id,
        initial={**(initial or {}), ACTION_FIELD: spec.name, VERSION_FIELD: version},
    )


def posted_data(spec: ActionSpec, post: QueryDict) -> dict:
    """The posted values of ``spec``'s fields, as strings (lists for ``ids``), for the workflow.

    Empty fields are sent empty, so the workflow words what is missing; fields the form did not
    have are not sent (unticked boxes of ``ids`` are an empty list).
    """
    data: dict = {}
    for field in spec.fields:
        if field.kind == "ids":
            data[field.name] = post.getlist(field.name)
        elif field.name in post:
            data[field.name] = post[field.name]
    return data


def posted_version(post: QueryDict) -> int | None:
    """The review version the page was showing, or None when it is missing or garbled."""
    raw = post.get(VERSION_FIELD, "")
    return int(raw) if raw.isdigit() else None

