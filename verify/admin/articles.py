"""Admin pages for articles: what extraction produced, with each claim's review state, and
re-running it.

Rows here are written by ingest and extraction only; people read them (every staff role)
and, as fact-checkers or editors, ask for an article's extraction to run again.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.html import format_html
from django.views.decorators.http import require_POST

from access.desk import StaffReadOnlyAdmin, desk_access
from claims import selectors
from claims.admin import claim_count_of
from claims.models import Article
from verify.admin.text import highlight_spans
from verify.services.articles import article_extraction_requeue


@admin.register(Article)
class ArticleAdmin(StaffReadOnlyAdmin):
    list_display = (
        "__str__", "source_system", "external_id", "published_on", "extraction_badge", "claim_count",
    )
    list_filter = ("extraction_status", "source_system", "published_on")
    search_fields = ("headline", "external_id", "url")
    date_hierarchy = "created_at"
    show_full_result_count = False
    fieldsets = (
        ("Extraction", {"fields": (
            "extraction_badge", "extraction_error", "extractor_version", "extracted_at",
        )}),
        ("Claims", {"fields": ("claim_table",)}),
        ("Text (claims highlighted)", {"fields": ("body_with_claims",)}),
        ("Article", {"fields": ("headline", "source_system", "external_id", "url", "dateline", "published_on",
                                "language", "revision"), "classes": ("collapse",)}),
    )
    readonly_fields = (
        "source_system", "external_id", "url", "headline", "dateline", "published_on", "language",
        "revision", "extraction_badge", "extraction_error", "extractor_version", "extracted_at",
        "claim_table", "body_with_claims",
    )
    actions = ("rerun_extraction",)
    change_form_template = "verify/admin/article_change_form.html"

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).defer("body").annotate(claim_total=claim_count_of("article"))

    def get_urls(self) -> list:
        rerun = self.admin_site.admin_view(self.rerun_extraction_view)
        return [path("<int:object_id>/extraction/", rerun, name="claims_article_extraction_rerun"),
                *super().get_urls()]

    def has_act_permission(self, request: HttpRequest) -> bool:
        return desk_access(request).can_act

    def render_change_form(self, request: HttpRequest, context: dict, *args, **kwargs) -> HttpResponse:
        context["can_rerun_extraction"] = self.has_act_permission(request)
        return super().render_change_form(request, context, *args, **kwargs)

    @admin.display(description="Claims", ordering="claim_total")
    def claim_count(self, article: Article) -> int:
        return article.claim_total

    @admin.display(description="Extraction", ordering="extraction_status")
    def extraction_badge(self, article: Article) -> str:
        return format_html('<span class="badge badge-extraction-{}">{}</span>',
                           article.extraction_status, article.get_extraction_status_display())

    @admin.display(description="Claims")
    def claim_table(self, article: Article) -> str:
        claims = selectors.claims_for_article(article).select_related("review")
        return render_to_string("verify/admin/includes/article_claims.html", {"claims": claims})

    @admin.display(description="Article text")
    def body_with_claims(self, article: Article) -> str:
        spans = selectors.claim_spans_for_article(article)
        return highlight_spans(article.body, spans)

    @admin.action(description="Re-run extraction", permissions=["act"])
    def rerun_extraction(self, request: HttpRequest, queryset: QuerySet) -> None:
        articles = list(queryset)
        for article in articles:
            article_extraction_requeue(article=article)
        self.message_user(request, f"Extraction queued again for {len(articles)} article(s). "
                                   "Claims already under review keep their reviews.", messages.SUCCESS)

    @method_decorator(require_POST)
    def rerun_extraction_view(self, request: HttpRequest, object_id: int) -> HttpResponse:
        if not self.has_act_permission(request):
            raise PermissionDenied
        article = get_object_or_404(Article, pk=object_id)
        article_extraction_requeue(article=article)
        self.message_user(request, "Extraction queued again. Claims already under review keep their reviews.",
                          messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:claims_article_change", args=[article.pk]))
