"""Export filters: parsed from a flat mapping (API query, admin form, command options) or refused,
by a django-filter ``FilterSet`` whose filters also select the audit entries.

Every filter narrows the rows of the export; all given filters must hold. On the history
(CSV, JSON Lines, one row per audit entry) they mean:

``since`` / ``until``
    when the entry happened. A date (``2026-11-01``) or an ISO 8601 date-time; a time without an
    offset is in ``TIME_ZONE``. ``since`` is inclusive; ``until`` as a date includes that whole
    day, as a date-time it is the first moment left out.
``state``
    the state the transition led to (``to_state``); comma-separated (or repeated) for several.
``rating``
    the substance rating key of the verdict the entry records; comma-separated (or repeated)
    for several.
``reviewer``
    the username of the person who acted.
``source_system``
    the newsroom system of the claim's article.
``speaker``
    a speaker id, or a canonical name (every speaker of that name, any type); repeated for
    several (not comma-separated: names hold commas).

On the ClaimReview export (published verdicts only) the dates are the approval's, ``reviewer``
matches the proposer or the approver, and ``state`` may only be ``published``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from claims.models import Article, Speaker
from verify import ratings
from verify.errors import InvalidInput
from verify.models import AuditEntry
from verify.workflow import ReviewState

FILTER_NAMES = ("since", "until", "state", "rating", "reviewer", "source_system", "speaker")
LIST_FILTERS = frozenset({"state", "rating"})  # keys that never hold commas
TEXT_MAX_CHARS = 300


@dataclass(frozen=True)
class ExportFilters:
    """What to export; empty means everything. ``until`` is exclusive (a date was made the next midnight)."""

    since: dt.datetime | None = None
    until: dt.datetime | None = None
    states: tuple[str, ...] = ()
    ratings: tuple[str, ...] = ()
    reviewer: str = ""
    source_system: str = ""
    speaker_ids: tuple[int, ...] = ()

    @property
    def is_empty(self) -> bool:
        return self == ExportFilters()

    def as_dict(self) -> dict[str, Any]:
        """The filters given, JSON-native; ``export_filters_parse`` reads it back to equal filters."""
        values = {
            "since": _iso(self.since),
            "until": _iso(self.until),
            "state": ",".join(self.states),
            "rating": ",".join(self.ratings),
            "reviewer": self.reviewer,
            "source_system": self.source_system,
            "speaker": list(self.speaker_ids),
        }
        return {name: value for name, value in values.items() if value}


def _iso(moment: dt.datetime | None) -> str:
    return moment.isoformat() if moment is not None else ""


def export_filters_parse(data: Mapping[str, Any]) -> ExportFilters:
    """Filters from a mapping of names to text (or lists of text); InvalidInput names every bad one.

    Empty values count as not given, so an admin form's blank fields need no cleaning. Unknown
    names are refused, so a misspelt filter never silently exports everything. The parsing is
    the form of ``AuditEntryFilterSet`` (django-filter).
    """
    errors: dict[str, str] = {}
    for name in sorted(set(data) - set(FILTER_NAMES)):
        errors[name] = f"There is no export filter called {name!r} (filters: {', '.join(FILTER_NAMES)})."
    form = AuditEntryFilterSet(data={name: data[name] for name in FILTER_NAMES if name in data}).form
    if not form.is_valid():
        errors.update({name: " ".join(messages) for name, messages in form.errors.items()})
    if errors:
        raise InvalidInput(errors, "The export filters are not valid.")
    given = {name: value for name, value in form.cleaned_data.items() if value not in (None, "", ())}
    return ExportFilters(**{_FIELDS[name]: value for name, value in given.items()})


def audit_entries_filtered(filters: ExportFilters) -> QuerySet[AuditEntry]:
    """The audit entries the filters keep: each filter of ``AuditEntryFilterSet`` applied to its value."""
    declared = AuditEntryFilterSet.base_filters
    entries = AuditEntry.objects.all()
    for name, field in _FIELDS.items():
        value = getattr(filters, field)
        if value:
            entries = declared[name].filter(entries, value)
    return entries


def _values(raw: Any, *, split: bool) -> tuple[str, ...]:
    """A filter's values as stripped, non-empty texts, from text, a number or a list of them;
    with ``split``, "a,b" is two values."""
    if raw is None:
        return ()
    items = raw if isinstance(raw, list | tuple) else [raw]
    texts = []
    for item in items:
        if isinstance(item, bool) or not isinstance(item, str | int):
            raise TypeError(f"Give text, not {type(item).__name__}.")
        texts.extend(part.strip() for part in (str(item).split(",") if split else [str(item)]))
    return tuple(text for text in texts if text)


def _one(values: tuple[str, ...], what: str) -> str:
    if len(values) > 1:
        raise ValueError(f"Give one {what}, not {len(values)}.")
    if len(values[0]) > TEXT_MAX_CHARS or "\x00" in values[0]:
        raise ValueError(f"This is not a {what}.")
    return values[0]


def _moment(values: tuple[str, ...], *, end: bool) -> dt.datetime:
    text = _one(values, "date")
    try:
        day = parse_date(text)
        moment = None if day else parse_datetime(text)
    except ValueError:
        day = moment = None
    if day is not None and not (end and day == dt.date.max):
        moment = dt.datetime.combine(day + dt.timedelta(days=1) if end else day, dt.time())
    if moment is None:
        raise ValueError(f"{text!r} is not a date (YYYY-MM-DD) or an ISO 8601 date-time.")
    return moment if timezone.is_aware(moment) else timezone.make_aware(moment)


def _choices(values: tuple[str, ...], allowed: Iterable[str], what: str) -> tuple[str, ...]:
    allowed = list(allowed)
    wrong = [value for value in values if value not in allowed]
    if wrong:
        raise ValueError(f"{', '.join(map(repr, wrong))}: not {what} (choose from {', '.join(allowed)}).")
    return tuple(dict.fromkeys(values))


def _reviewer(values: tuple[str, ...]) -> str:
    name = _one(values, "username")
    user_model = get_user_model()
    known = user_model.objects.filter(**{user_model.USERNAME_FIELD: name}).exists()
    if not known and not AuditEntry.objects.filter(actor_username=name).exists():
        raise ValueError(f"Nobody called {name!r} has an account or appears in the audit trail.")
    return name


def _source_system(values: tuple[str, ...]) -> str:
    name = _one(values, "source system")
    if not Article.objects.filter(source_system=name).exists():
        raise ValueError(f"No article comes from a source system called {name!r}.")
    return name


def _speakers(values: tuple[str, ...]) -> tuple[int, ...]:
    ids: list[int] = []
    for value in values:
        if value.isascii() and value.isdigit() and len(value) <= 18:
            found = list(Speaker.objects.filter(pk=int(value)).values_list("id", flat=True))
        else:
            found = list(
                Speaker.objects.filter(canonical_name__iexact=value[:TEXT_MAX_CHARS]).values_list(
                    "id", flat=True
                )
            )
        if not found:
            raise ValueError(f"There is no speaker {value!r} (give a speaker id or canonical name).")
        ids.extend(found)
    return tuple(sorted(set(ids)))


class _ParsedField(forms.Field):
    """A form field whose text values (one, several, or "a,b" when ``split``) ``parse`` turns into
    the filter's value; its ValueError and TypeError messages are the field's errors."""

    def __init__(self, parse: Callable[[tuple[str, ...]], Any], *, split: bool = False, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.parse, self.split = parse, split

    def to_python(self, value: Any) -> Any:
        try:
            values = _values(value, split=self.split)
            return self.parse(values) if values else None
        except (ValueError, TypeError) as exc:
            raise ValidationError(str(exc)) from None


class _ParsedFilter(django_filters.Filter):
    field_class = _ParsedField


class _ExportFilterForm(forms.Form):
    def clean(self) -> dict:
        data = super().clean()
        if data.get("since") and data.get("until") and data["since"] >= data["until"]:
            self.add_error("until", "The end of the period must come after its start.")
        return data


class AuditEntryFilterSet(django_filters.FilterSet):
    """The export filters as django-filter filters over the audit history (see the module's doc)."""

    since = _ParsedFilter(field_name="occurred_at", lookup_expr="gte", parse=lambda v: _moment(v, end=False))
    until = _ParsedFilter(field_name="occurred_at", lookup_expr="lt", parse=lambda v: _moment(v, end=True))
    state = _ParsedFilter(
        field_name="to_state", lookup_expr="in", split=True,
        parse=lambda values: _choices(values, ReviewState.values, "a review state"),
    )
    rating = _ParsedFilter(
        field_name="verdict__substance", lookup_expr="in", split=True,
        parse=lambda values: _choices(values, [r.key for r in ratings.substance_scale()], "a rating"),
    )
    reviewer = _ParsedFilter(field_name="actor_username", parse=_reviewer)
    source_system = _ParsedFilter(field_name="claim__article__source_system", parse=_source_system)
    speaker = _ParsedFilter(field_name="claim__speaker_id", lookup_expr="in", parse=_speakers)

    class Meta:
        model = AuditEntry
        fields: list[str] = []
        form = _ExportFilterForm


_FIELDS = {
    "since": "since",
    "until": "until",
    "state": "states",
    "rating": "ratings",
    "reviewer": "reviewer",
    "source_system": "source_system",
    "speaker": "speaker_ids",
}
