"""The claim list (the queues) and the claim page (the fact-checker's workspace)."""

from __future__ import annotations

from django.contrib import admin
from django.utils.html import format_html, format_html_join

from claims import selectors as claim_selectors
from claims.models import Claim
from verify.admin.access import StaffReadOnlyAdmin
from verify.admin.paging import CappedCountPaginator
from verify.admin.text import highlight_spans


@admin.register(Claim)
class ClaimAdmin(StaffReadOnlyAdmin):
    list_display = ("short_content", "kind", "speaker", "cue", "checkworthiness", "article")
    list_filter = ("kind", "speaker__type", "article__source_system", "origin")
    search_fields = ("content", "speaker__canonical_name", "article__headline")
    list_select_related = ("speaker", "article")
    readonly_fields = (
        "article", "kind", "content", "speaker", "speaker_mention", "cue", "quantity_list",
        "as_of", "checkworthiness", "origin", "in_context",
    )
    fields = readonly_fields
    show_full_result_count = False
    paginator = CappedCountPaginator

    @admin.display(description="Claim", ordering="content")
    def short_content(self, claim: Claim) -> str:
        return claim.content if len(claim.content) <= 120 else claim.content[:117] + "…"

    @admin.display(description="Quantities")
    def quantity_list(self, claim: Claim) -> str:
        return format_html_join(
            "", "<div>{} → {} {} {}</div>",
            ((q.get("text"), q.get("qualifier") or "", q.get("value"), q.get("unit") or "") for q in claim.quantities),
        ) or "—"

    @admin.display(description="In the article")
    def in_context(self, claim: Claim) -> str:
        body, spans = claim_selectors.claim_body_and_spans(claim)
        return highlight_spans(body, spans)
