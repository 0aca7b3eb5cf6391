"""The claim list's filters that Django's field filters cannot express cheaply.

Choices come from small tables (users, the rating scale, articles' source systems), never from
a DISTINCT over the claims, so the filter sidebar costs the same with 100 or 100,000 claims.
"""

from __future__ import annotations

from django.contrib import admin
from django.db.models import OuterRef, QuerySet, Subquery
from django.http import HttpRequest

from access.desk import desk_access
from claims.models import Article, SpeakerType
from verify import ratings
from verify.action_forms import assignee_choices
from verify.admin.queues import QUEUE_PARAM, queues_for
from verify.models import ReviewState, Verdict, VerdictStatus

CURRENT_VERDICT_STATUSES = (VerdictStatus.PROPOSED, VerdictStatus.APPROVED)
NOBODY = "none"


def current_verdicts() -> QuerySet:
    """Verdicts that stand now (pending or approved), newest first."""
    return Verdict.objects.filter(status__in=CURRENT_VERDICT_STATUSES).order_by("-number")


def current_rating_annotation() -> dict:
    """``current_rating``: the substance label of the claim's standing verdict (one subquery)."""
    latest = current_verdicts().filter(review_id=OuterRef("review__id")).values("substance_label")[:1]
    return {"current_rating": Subquery(latest)}


class QueueFilter(admin.SimpleListFilter):
    """The queues of the front page; the queryset itself comes from ``claims_for_queue``."""

    title = "queue"
    parameter_name = QUEUE_PARAM

    def lookups(self, request: HttpRequest, model_admin) -> list[tuple[str, str]]:
        return [(queue.key, queue.label) for queue in queues_for(desk_access(request))]

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        return queryset  # ClaimAdmin.get_queryset already started from the queue's selector


class StateFilter(admin.SimpleListFilter):
    title = "state"
    parameter_name = "state"

    def lookups(self, request: HttpRequest, model_admin) -> list[tuple[str, str]]:
        return list(ReviewState.choices)

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        return queryset.filter(review__state=self.value()) if self.value() else queryset


class AssigneeFilter(admin.SimpleListFilter):
    title = "assignee"
    parameter_name = "assignee"

    def lookups(self, request: HttpRequest, model_admin) -> list[tuple[str, str]]:
        return [(NOBODY, "Nobody"), *assignee_choices()[1:]]

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        if self.value() == NOBODY:
            return queryset.filter(review__assignee__isnull=True)
        if self.value() and self.value().isdigit():
            return queryset.filter(review__assignee_id=int(self.value()))
        return queryset


class RatingFilter(admin.SimpleListFilter):
    title = "rating"
    parameter_name = "rating"

    def lookups(self, request: HttpRequest, model_admin) -> list[tuple[str, str]]:
        return ratings.substance_choices()

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        if not self.value():
            return queryset
        rated = current_verdicts().filter(substance=self.value()).values("review_id")
        return queryset.filter(review__id__in=rated)


class SpeakerTypeFilter(admin.SimpleListFilter):
    title = "speaker type"
    parameter_name = "speaker_type"

    def lookups(self, request: HttpRequest, model_admin) -> list[tuple[str, str]]:
        return list(SpeakerType.choices)

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        return queryset.filter(speaker__type=self.value()) if self.value() else queryset


class AddedFilter(admin.DateFieldListFilter):
    """When the claim was extracted."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.title = "added"


class ArticleDateFilter(admin.DateFieldListFilter):
    """The date the article was published."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.title = "article published"


class ArticleSourceFilter(admin.SimpleListFilter):
    title = "article source"
    parameter_name = "source_system"

    def lookups(self, request: HttpRequest, model_admin) -> list[tuple[str, str]]:
        systems = Article.objects.order_by("source_system").values_list("source_system", flat=True).distinct()
        return [(system, system) for system in systems]

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        return queryset.filter(article__source_system=self.value()) if self.value() else queryset
