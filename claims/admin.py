"""Admin page for speakers, and the per-row claim count the article list shares.

Rows here are written by extraction only; every staff role reads them. Articles (their claims
with review states, re-running extraction) are ``verify.admin.articles``; the claim page, where
the review work happens, is ``verify.admin.claims``.
"""

from django.contrib import admin
from django.db.models import Count, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest

from access.desk import StaffReadOnlyAdmin
from claims.models import Claim, Speaker


def claim_count_of(field: str) -> Coalesce:
    """The number of claims whose ``field`` is the row, as a per-row subquery.

    A ``Count`` join would group every claim for each page and would also be joined into the
    filter sidebar's DISTINCT queries; the subquery counts only the rows shown, from an index.
    """
    claims = Claim.objects.filter(**{field: OuterRef("pk")}).order_by().values(field)
    return Coalesce(Subquery(claims.annotate(total=Count("pk")).values("total")), 0)


@admin.register(Speaker)
class SpeakerAdmin(StaffReadOnlyAdmin):
    list_display = ("canonical_name", "type", "role", "claim_count")
    list_filter = ("type",)
    search_fields = ("canonical_name", "aliases", "role")
    readonly_fields = ("canonical_name", "name_key", "type", "role", "aliases", "created_at")
    show_full_result_count = False

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).annotate(claim_total=claim_count_of("speaker"))

    @admin.display(description="Claims", ordering="claim_total")
    def claim_count(self, speaker: Speaker) -> int:
        return speaker.claim_total
