"""Admin pages for articles, speakers and claims: read-only views of what extraction produced."""

from django.contrib import admin, messages
from django.db.models import Count, QuerySet
from django.http import HttpRequest
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from claims import selectors, services
from claims.models import Article, Claim, Speaker


class ReadOnlyAdmin(admin.ModelAdmin):
    """Extraction owns these rows: people read them here and change them through the workflow."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False


class ClaimInline(admin.TabularInline):
    model = Claim
    fields = ("kind", "speaker", "cue", "content", "checkworthiness")
    readonly_fields = fields
    extra = 0
    show_change_link = True
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).select_related("speaker")


@admin.register(Article)
class ArticleAdmin(ReadOnlyAdmin):
    list_display = ("__str__", "source_system", "external_id", "published_on", "extraction_status", "claim_count")
    list_filter = ("extraction_status", "source_system", "published_on")
    search_fields = ("headline", "external_id", "url")
    date_hierarchy = "created_at"
    readonly_fields = (
        "source_system", "external_id", "url", "headline", "dateline", "published_on", "language",
        "revision", "extraction_status", "extraction_error", "extractor_version", "extracted_at",
        "content_hash", "body_with_claims",
    )
    exclude = ("body", "extracted_hash")
    inlines = [ClaimInline]
    actions = ["rerun_extraction"]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).annotate(claim_total=Count("claims"))

    @admin.display(description="Claims", ordering="claim_total")
    def claim_count(self, article: Article) -> int:
        return article.claim_total

    @admin.display(description="Article text (claims highlighted)")
    def body_with_claims(self, article: Article) -> str:
        spans = selectors.claim_spans_for_article(article)
        return format_html('<div class="article-body">{}</div>', highlight_spans(article.body, spans))

    @admin.action(description="Re-run extraction")
    def rerun_extraction(self, request: HttpRequest, queryset: QuerySet) -> None:
        if not request.user.has_perm("claims.view_article"):
            self.message_user(request, "You may not re-run extraction.", messages.ERROR)
            return
        for article in queryset:
            services.article_extraction_requeue(article=article)
        self.message_user(request, f"Extraction queued again for {queryset.count()} article(s).")

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        # The change page is where the re-run action lives; every field on it is read-only.
        return request.user.has_perm("claims.view_article")


@admin.register(Speaker)
class SpeakerAdmin(ReadOnlyAdmin):
    list_display = ("canonical_name", "type", "role", "claim_count")
    list_filter = ("type",)
    search_fields = ("canonical_name", "aliases", "role")
    readonly_fields = ("canonical_name", "name_key", "type", "role", "aliases", "created_at")

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).annotate(claim_total=Count("claims"))

    @admin.display(description="Claims", ordering="claim_total")
    def claim_count(self, speaker: Speaker) -> int:
        return speaker.claim_total


@admin.register(Claim)
class ClaimAdmin(ReadOnlyAdmin):
    list_display = ("short_content", "kind", "speaker", "cue", "checkworthiness", "article")
    list_filter = ("kind", "speaker__type", "article__source_system", "origin")
    search_fields = ("content", "speaker__canonical_name", "speaker_mention", "article__headline")
    list_select_related = ("speaker", "article")
    readonly_fields = (
        "article", "kind", "content", "speaker", "speaker_mention", "cue", "quantity_list",
        "as_of", "checkworthiness", "origin", "extraction_method", "extraction_version", "in_context",
    )
    exclude = ("quantities", "dates", "content_key", "body_hash", "content_start", "content_end",
               "mention_start", "mention_end")
    show_full_result_count = False

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
        body, spans = selectors.claim_body_and_spans(claim)
        return format_html('<div class="article-body">{}</div>', highlight_spans(body, spans))


def highlight_spans(text: str, spans: list[tuple[int, int, str]]) -> str:
    """Escape ``text`` and wrap each non-overlapping (start, end, css_class) span in <mark>."""
    parts: list[str] = []
    position = 0
    for start, end, css_class in sorted(spans):
        if start < position or end > len(text) or start >= end:
            continue
        parts.append(format_html("{}", text[position:start]))
        parts.append(format_html('<mark class="{}">{}</mark>', css_class, text[start:end]))
        position = end
    parts.append(format_html("{}", text[position:]))
    # Every part was escaped by format_html above, so the joined text is safe as it is.
    return format_html('<p style="white-space: pre-wrap; max-width: 60em">{}</p>', mark_safe("".join(parts)))
