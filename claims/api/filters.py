"""Query filters of the claims app's lists (django-filter), and the id filter the other lists share."""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema_field

from claims.models import Speaker

MAX_ID = 2**63 - 1


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": MAX_ID})
class IdFilter(django_filters.NumberFilter):
    """A whole positive id (NumberFilter alone takes decimals and unbounded numbers)."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, min_value=1, max_value=MAX_ID, **kwargs)


class SpeakerFilter(django_filters.FilterSet):
    name = django_filters.CharFilter(
        method="filter_name", max_length=300, help_text="Part of the speaker's name."
    )

    class Meta:
        model = Speaker
        fields: list[str] = []

    def filter_name(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(canonical_name__icontains=value)
