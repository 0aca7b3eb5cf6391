"""Query filters of the claims list and the verdicts list (django-filter): each filter names one
query parameter."""

from __future__ import annotations

import django_filters
from django.db.models import Exists, OuterRef, QuerySet
from rest_framework.filters import OrderingFilter

from claims.api.filters import IdFilter
from claims.models import Claim, ClaimKind
from verify import ratings
from verify.models import ReviewState, Verdict, VerdictStatus


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


class ClaimFilter(django_filters.FilterSet):
    # distinct=False: a claim has one review, so the join cannot duplicate rows, and SELECT
    # DISTINCT over a million claims would sort them all before taking a page.
    state = django_filters.MultipleChoiceFilter(
        field_name="review__state",
        choices=ReviewState.choices,
        distinct=False,
        help_text="Review state (repeat for several).",
    )
    article = IdFilter(field_name="article_id", help_text="Article id.")
    speaker = IdFilter(field_name="speaker_id", help_text="Speaker id.")
    assignee = django_filters.CharFilter(
        field_name="review__assignee__username",
        max_length=150,
        help_text="Username of the assigned reviewer. Desk only: a newsroom system gets 400.",
    )
    kind = django_filters.MultipleChoiceFilter(choices=ClaimKind.choices, distinct=False)
    q = django_filters.CharFilter(method="filter_text", max_length=200, help_text="Text the claim contains.")
    created = django_filters.DateFromToRangeFilter(
        field_name="created_at", help_text="created_after / created_before (YYYY-MM-DD, inclusive)."
    )
    rating = django_filters.ChoiceFilter(
        choices=ratings.substance_choices,
        method="filter_rating",
        help_text="Substance rating of the claim's published verdict, e.g. false.",
    )
    published = django_filters.DateFromToRangeFilter(
        field_name="article__published_on",
        help_text="published_after / published_before: the article's date.",
    )

    class Meta:
        model = Claim
        fields: list[str] = []

    def filter_text(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(content__icontains=value)

    def filter_rating(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        published = Verdict.objects.filter(
            review__claim=OuterRef("pk"), status=VerdictStatus.APPROVED, substance=value
        )
        return queryset.filter(Exists(published), review__state=ReviewState.PUBLISHED)


class ClaimOrdering(OrderingFilter):
    ordering_description = (
        "created_at or priority, with - for descending (e.g. -priority). "
        "Priority is desk only: a newsroom system gets 400."
    )
