"""The input of each review action: one Django form per action, for the admin and the API alike.

The admin renders these forms and posts their strings; the API sends JSON values. The fields
here accept both (a date as ``date`` or ``"2026-03-01"``, an id as ``7`` or ``"7"``) and refuse
anything else with a message for the person who sent it. They check shape only: whether the
data is complete and makes sense (a reason given, a date not in the past, sources of this
claim) is the workflow's call (``verify.workflow``), so every field is optional to Django and
``ActionForm.parse`` names the fields an action needs that were not sent at all.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any, ClassVar

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

from access.roles import EDITOR, FACT_CHECKER
from verify import ratings
from verify.errors import InvalidInput
from verify.models import ReviewState, Stance

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INTEGER = re.compile(r"^-?\d{1,18}$")
MAX_IDS = 100


def assignee_choices() -> list[tuple[str, str]]:
    """(id, username) of the fact-checkers and editors who can be given a claim, in one plain query.

    A ModelChoiceField would iterate its queryset through a server-side cursor on PostgreSQL,
    which costs more than reading two dozen users.
    """
    users = (
        get_user_model().objects.filter(is_active=True, groups__name__in=[FACT_CHECKER, EDITOR])
        .distinct().order_by("username").values_list("pk", "username")
    )
    return [("", "—"), *((str(pk), name) for pk, name in users)]


# --- Fields: each says its ``kind`` (the API lists it with the action's fields) ------------------


class TextField(forms.CharField):
    kind = "text"

    def __init__(self, *, lines: int = 0, **kwargs: Any) -> None:
        widget = forms.Textarea(attrs={"rows": lines, "cols": 60}) if lines else forms.TextInput(attrs={"size": 60})
        super().__init__(required=False, strip=False, widget=widget, **kwargs)

    def to_python(self, value: Any) -> str:
        if value is None:
            return ""
        if not isinstance(value, str):
            raise ValidationError("This must be text.")
        return value


class ChoiceField(TextField):
    kind = "choice"

    def __init__(self, *, choices: Iterable[tuple[str, str]] | Callable[[], list], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._choices = choices
        self.widget = forms.Select()

    @property
    def choices(self) -> list[tuple[str, str]]:
        return list(self._choices() if callable(self._choices) else self._choices)

    def widget_attrs(self, widget: forms.Widget) -> dict:
        return {}

    def to_python(self, value: Any) -> str:
        value = super().to_python(value)
        allowed = dict(self.choices)
        if value and value not in allowed:
            raise ValidationError(f"Choose one of: {', '.join(allowed)}.")
        return value

    def get_bound_field(self, form: forms.Form, field_name: str) -> forms.BoundField:
        self.widget.choices = [("", "—"), *self.choices]
        return super().get_bound_field(form, field_name)


class DateField(forms.Field):
    kind = "date"
    widget = forms.DateInput(attrs={"type": "date"})

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(required=False, **kwargs)

    def to_python(self, value: Any) -> date | None:
        if value is None or value == "" or isinstance(value, date):
            return value or None
        if not isinstance(value, str) or not _ISO_DATE.match(value):
            raise ValidationError("This must be a date written YYYY-MM-DD.")
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ValidationError("This is not a real date.") from None


class NumberField(forms.Field):
    kind = "number"
    widget = forms.NumberInput(attrs={"min": 0, "max": 1, "step": 0.05})

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(required=False, **kwargs)

    def to_python(self, value: Any) -> float | None:
        if value is None or value == "":
            return None
        if isinstance(value, str):
            try:
                value = float(value)
            except ValueError:
                raise ValidationError("This must be a number.") from None
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise ValidationError("This must be a number.")
        return float(value)


def row_id(value: Any) -> int:
    if isinstance(value, str) and _INTEGER.match(value):
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValidationError("This must be the id of a row (a whole number).")
    return value


class IdField(forms.Field):
    kind = "id"
    widget = forms.HiddenInput

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(required=False, **kwargs)

    def to_python(self, value: Any) -> int | None:
        return None if value is None or value == "" else row_id(value)


class IdsField(forms.Field):
    """Row ids; the admin shows ``choices`` (the sources a verdict may cite) as tick boxes."""

    kind = "ids"
    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(required=False, **kwargs)
        self.choices: list[tuple[int, str]] = []

    def to_python(self, value: Any) -> list[int]:
        if value is None:
            return []
        if not isinstance(value, list | tuple) or len(value) > MAX_IDS:
            raise ValidationError(f"This must be a list of at most {MAX_IDS} ids.")
        return [row_id(item) for item in value]


class UserField(forms.Field):
    """An active user, by username or id (the admin's menu sends ids)."""

    kind = "user"
    widget = forms.Select

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(required=False, **kwargs)

    def get_bound_field(self, form: forms.Form, field_name: str) -> forms.BoundField:
        self.widget.choices = assignee_choices()
        return super().get_bound_field(form, field_name)

    def to_python(self, value: Any) -> Any:
        user_model = get_user_model()
        if value is None or value == "" or isinstance(value, user_model):
            return value or None
        active = user_model.objects.filter(is_active=True)
        if isinstance(value, str) and not _INTEGER.match(value):
            user = active.filter(**{user_model.USERNAME_FIELD: value[:150]}).first()
        else:
            user = active.filter(pk=row_id(value)).first()
        if user is None:
            raise ValidationError("There is no active user by that name.")
        return user


# --- Forms ------------------------------------------------------------------------------------


class ActionForm(forms.Form):
    """The fields of one action. ``needed``: the fields the action cannot do without."""

    needed: ClassVar[tuple[str, ...]] = ()

    def __init__(self, *args: Any, sources: Iterable = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, IdsField):
                field.choices = [(source.pk, str(source)) for source in sources]
                field.widget.choices = field.choices
            if field.widget.attrs is not None and self.is_needed(field):
                field.widget.attrs["required"] = True  # the browser marks it; the workflow decides

    def add_workflow_errors(self, errors: Mapping[str, str]) -> None:
        """Show the workflow's field errors next to their fields (others above the form)."""
        self.is_valid()
        for name, text in errors.items():
            self.add_error(name if name in self.fields else None, text)

    def is_needed(self, field: forms.Field) -> bool:
        return any(self.fields.get(name) is field for name in self.needed)

    @classmethod
    def parse(cls, data: Mapping[str, Any]) -> dict[str, Any]:
        """The values ``data`` holds, typed; InvalidInput names every unknown, missing or bad field.

        Only the fields sent are returned, so the service's own defaults apply to the others.
        """
        errors = {name: "This action has no such field." for name in data if name not in cls.base_fields}
        errors.update({name: "This field is required." for name in cls.needed if name not in data})
        parsed = {}
        for name, value in data.items():
            if name in cls.base_fields:
                try:
                    parsed[name] = cls.base_fields[name].clean(value)
                except ValidationError as error:
                    errors[name] = " ".join(error.messages)
        if errors:
            raise InvalidInput(errors)
        return parsed


class NoInput(ActionForm):
    pass


class ReasonForm(ActionForm):
    reason = TextField(label="Reason", lines=2)


def reason_needed(label: str) -> type[ActionForm]:
    """A form of one reason the action cannot do without, labelled ``label``."""
    return type("ReasonNeededForm", (ActionForm,), {"reason": TextField(label=label, lines=2), "needed": ("reason",)})


class RestoreForm(ActionForm):
    to_state = ChoiceField(label="Back to", choices=((ReviewState.QUEUED, "Queued"), (ReviewState.NEW, "New")))
    reason = TextField(label="Reason", lines=2)


class AssignForm(ActionForm):
    assignee = UserField(label="Fact-checker")
    needed = ("assignee",)


class AwaitSourceForm(ActionForm):
    due_on = DateField(label="Answer due on")
    reason = TextField(label="What we are waiting for", lines=2)
    needed = ("due_on",)


class VerdictForm(ActionForm):
    attribution = ChoiceField(label="Did the speaker say it?", choices=ratings.Attribution.choices)
    attribution_rationale = TextField(label="Attribution rationale", lines=4)
    substance = ChoiceField(label="Rating", choices=ratings.substance_choices)
    substance_rationale = TextField(label="Rating rationale", lines=4)
    summary = TextField(label="Public summary", lines=2)
    source_ids = IdsField(label="Sources cited")
    recheck_on = DateField(label="Recheck the figures on")
    needed = ("substance", "substance_rationale", "summary", "source_ids")


class PriorityForm(ActionForm):
    priority = NumberField(label="Priority (0 to 1; empty for the computed score)")
    reason = TextField(label="Reason", lines=2)


class SourceForm(ActionForm):
    url = TextField(label="Address (http or https)")
    stance = ChoiceField(label="Stance", choices=Stance.choices)
    title = TextField(label="Title")
    publisher = TextField(label="Publisher")
    published_on = DateField(label="Published on")
    accessed_on = DateField(label="Accessed on")
    excerpt = TextField(label="Quoted excerpt", lines=3)
    archive_url = TextField(label="Archived copy address")
    needed = ("url", "stance")


class _SourceNamed(ActionForm):
    source_id = IdField(label="Source")


class SourceCorrectionForm(SourceForm, _SourceNamed):
    """The source's fields, all optional, after the source's id (bases list the id first)."""

    needed = ("source_id",)


class SourceRemovalForm(_SourceNamed):
    reason = TextField(label="Reason", lines=2)
    needed = ("source_id",)
