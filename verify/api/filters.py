"""Query filters of the verdicts list."""

from __future__ import annotations

import django_filters

from claims.api.filters import IdFilter
from verify import ratings
from verify.models import Verdict, VerdictStatus


class VerdictFilter(django_filters.FilterSet):
    status = django_filters.MultipleChoiceFilter(choices=VerdictStatus.choices, distinct=False)
    rating = django_filters.ChoiceFilter(
        field_name="substance",
        choices=ratings.substance_choices,
        help_text="Key of the substance rating, e.g. false.",
    )
    attribution = django_filters.ChoiceFilter(choices=ratings.Attribution.choices)
    claim = IdFilter(field_name="review__claim_id")
    article = IdFilter(field_name="review__claim__article_id")
    decided = django_filters.DateFromToRangeFilter(
        field_name="decided_at", help_text="decided_after / decided_before (YYYY-MM-DD, inclusive)."
    )

    class Meta:
        model = Verdict
        fields: list[str] = []
