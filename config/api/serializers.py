"""Serializer helpers shared by the apps' APIs: strict input (unknown fields are errors), bounded
dates, and output fields only the desk sees."""

from __future__ import annotations

from datetime import date

from django.core.validators import MaxValueValidator, MinValueValidator
from rest_framework import serializers
from rest_framework.exceptions import ErrorDetail, ValidationError

EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2100, 12, 31)


class StrictSerializer(serializers.Serializer):
    """Refuses fields it does not declare, so a typo never silently drops data."""

    def to_internal_value(self, data):
        unknown = {}
        if isinstance(data, dict):
            writable = {name for name, field in self.fields.items() if not field.read_only}
            unknown = {
                name: [ErrorDetail("Unknown field.", code="unknown_field")]
                for name in sorted(set(data) - writable)
            }
        try:
            value = super().to_internal_value(data)
        except ValidationError as exc:
            detail = exc.detail if isinstance(exc.detail, dict) else {"non_field_errors": exc.detail}
            raise ValidationError({**detail, **unknown}) from exc
        if unknown:
            raise ValidationError(unknown)
        return value


def BoundedDateField(**kwargs) -> serializers.DateField:  # noqa: N802 - reads like a field class
    """A date between 1900 and 2100: outside that it is a typo, not a news date."""
    validators = [
        MinValueValidator(EARLIEST_DATE, message=f"Dates before {EARLIEST_DATE} are out of range."),
        MaxValueValidator(LATEST_DATE, message=f"Dates after {LATEST_DATE} are out of range."),
    ]
    return serializers.DateField(validators=validators, **kwargs)


def is_desk_context(context: dict) -> bool:
    """True when the serializer's context carries a caller with a desk role (``caller`` key)."""
    caller = context.get("caller")
    return caller is not None and caller.is_staff_reader


class DeskFieldsMixin:
    """Leaves out ``desk_fields`` unless the context's ``caller`` is on the desk.

    The desk's working data (who is assigned, priorities, versions, who added a source) is not
    for newsroom systems. Without a caller in the context the fields are left out as well, so a
    view that forgets to pass one leaks nothing. Declare the fields with ``required=False`` and
    say "Desk only" in their help text, so the schema shows them as optional.
    """

    desk_fields: tuple[str, ...] = ()

    def to_representation(self, instance) -> dict:
        data = super().to_representation(instance)
        if not is_desk_context(self.context):
            for name in self.desk_fields:
                data.pop(name, None)
        return data
