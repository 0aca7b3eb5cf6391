"""The claim list (the queues, with bulk actions) and the claim page (the fact-checker's workspace).

Every change goes through ``verify.services``: the claim page posts each action to
``transition_apply`` (with the review version the page showed) and notes to the notes service;
bulk actions call ``transition_apply`` once per claim and report what each refusal was.
"""

from __future__ import annotations

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.html import format_html
from django.views.decorators.http import require_POST

from access.desk import StaffReadOnlyAdmin, desk_access
from claims import search
from claims.models import Claim
from verify import admin_messages
from verify.actions import ACTIONS
from verify.admin import bulk, list_filters
from verify.admin.claim_page import Posted, claim_workspace
from verify.admin.forms import posted_data, posted_version
from verify.admin.paging import CappedCountPaginator
from verify.admin.queues import QUEUE_PARAM, QUEUES_BY_KEY, queue_claims, queue_ordering
from verify.errors import InvalidInput, StaleVersion, WorkflowError
from verify.models import Review
from verify.services.notes import note_add, note_edit
from verify.services.transitions import transition_apply


@admin.register(Claim)
class ClaimAdmin(StaffReadOnlyAdmin):
    list_display = ("claim_text", "speaker_name", "state_badge", "assignee_name", "priority", "rating",
                    "article_headline")
    list_display_links = ("claim_text",)
    list_filter = (
        list_filters.QueueFilter, list_filters.StateFilter, list_filters.AssigneeFilter,
        list_filters.RatingFilter, "kind", list_filters.SpeakerTypeFilter, list_filters.ArticleSourceFilter,
        ("created_at", list_filters.AddedFilter), ("article__published_on", list_filters.ArticleDateFilter),
    )
    search_fields = ("content", "speaker__canonical_name", "article__headline")  # shows the box; see below
    search_help_text = "Search the claim text, the speaker's name and the article headline."
    list_select_related = ("article", "speaker", "review", "review__assignee")
    list_per_page = 50
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER  # facet counts are a COUNT per filter choice
    paginator = CappedCountPaginator
    actions = ("queue_for_checking", "claim_for_me", "assign_to", "dismiss_with_reason", "change_priority")
    action_form = bulk.DeskActionForm
    change_list_template = "verify/admin/claim_change_list.html"

    # --- list ---------------------------------------------------------------------------------

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        queue = request.GET.get(QUEUE_PARAM)
        claims = queue_claims(request, queue) if queue else super().get_queryset(request)
        return claims.defer("article__body").annotate(**list_filters.current_rating_annotation())

    def get_search_results(self, request: HttpRequest, queryset: QuerySet, search_term: str) -> tuple:
        """The same fields as ``search_fields``, searched so names and headlines are not ILIKEd per claim."""
        if not search_term.strip():
            return queryset, False
        return search.claims_search(queryset, search_term), False

    def changelist_view(self, request: HttpRequest, extra_context: dict | None = None) -> HttpResponse:
        queue = QUEUES_BY_KEY.get(request.GET.get(QUEUE_PARAM, ""))
        return super().changelist_view(request, extra_context={"queue": queue, **(extra_context or {})})

    def get_ordering(self, request: HttpRequest) -> list[str]:
        return queue_ordering(request, request.GET.get(QUEUE_PARAM)) or ["-created_at", "-id"]

    @admin.display(description="Claim", ordering="content")
    def claim_text(self, claim: Claim) -> str:
        return claim.content if len(claim.content) <= 140 else claim.content[:137] + "…"

    @admin.display(description="Speaker", ordering="speaker__canonical_name")
    def speaker_name(self, claim: Claim) -> str:
        return claim.speaker.canonical_name if claim.speaker else "—"

    @admin.display(description="State", ordering="review__state")
    def state_badge(self, claim: Claim) -> str:
        review = getattr(claim, "review", None)
        if review is None:
            return "—"
        return format_html('<span class="badge badge-{}">{}</span>', review.state, review.get_state_display())

    @admin.display(description="Assignee", ordering="review__assignee__username")
    def assignee_name(self, claim: Claim) -> str:
        review = getattr(claim, "review", None)
        return review.assignee.get_username() if review and review.assignee else "—"

    @admin.display(description="Priority", ordering="review__effective_priority")
    def priority(self, claim: Claim) -> str:
        review = getattr(claim, "review", None)
        return f"{review.effective_priority:.2f}" if review and review.effective_priority is not None else "—"

    @admin.display(description="Rating")
    def rating(self, claim: Claim) -> str:
        return getattr(claim, "current_rating", None) or "—"

    @admin.display(description="Article", ordering="article__headline")
    def article_headline(self, claim: Claim) -> str:
        headline = claim.article.headline
        short = headline if len(headline) <= 40 else headline[:39] + "…"
        return format_html('{} <span class="quiet">{}</span>', short, claim.article.source_system)

    # --- bulk actions ---------------------------------------------------------------------------

    def has_act_permission(self, request: HttpRequest) -> bool:
        return desk_access(request).can_act

    def has_assign_permission(self, request: HttpRequest) -> bool:
        return desk_access(request).can_assign

    @admin.action(description="Queue for checking", permissions=["act"])
    def queue_for_checking(self, request: HttpRequest, queryset: QuerySet) -> None:
        bulk.transition_each(request, queryset, action="queue", data={})

    @admin.action(description="Claim for me", permissions=["act"])
    def claim_for_me(self, request: HttpRequest, queryset: QuerySet) -> None:
        bulk.transition_each(request, queryset, action="claim", data={})

    @admin.action(description="Assign to…", permissions=["assign"])
    def assign_to(self, request: HttpRequest, queryset: QuerySet) -> None:
        bulk.transition_each(request, queryset, action="assign", data=bulk.action_data(request, "assignee"))

    @admin.action(description="Dismiss with reason…", permissions=["act"])
    def dismiss_with_reason(self, request: HttpRequest, queryset: QuerySet) -> None:
        bulk.transition_each(request, queryset, action="dismiss", data=bulk.action_data(request, "reason"))

    @admin.action(description="Change priority…", permissions=["assign"])
    def change_priority(self, request: HttpRequest, queryset: QuerySet) -> None:
        data = bulk.action_data(request, "priority", "reason")
        bulk.transition_each(request, queryset, action="priority_override", data=data)

    # --- the claim page -------------------------------------------------------------------------

    def get_urls(self) -> list:
        wrap = self.admin_site.admin_view
        return [
            path("<int:object_id>/act/", wrap(self.act_view), name="claims_claim_act"),
            path("<int:object_id>/notes/", wrap(self.note_view), name="claims_claim_note"),
            *super().get_urls(),
        ]

    def change_view(self, request: HttpRequest, object_id: str, form_url: str = "", extra_context=None):
        if not object_id.isdigit():
            raise Http404
        return self.workspace_response(request, int(object_id))

    def workspace_response(self, request: HttpRequest, claim_id: int, *, posted: Posted | None = None,
                           status: int = 200) -> HttpResponse:
        if not self.has_view_permission(request):
            raise PermissionDenied
        try:
            workspace = claim_workspace(user=request.user, claim_id=claim_id, posted=posted)
        except Claim.DoesNotExist:
            raise Http404("There is no such claim.") from None
        context = {
            **self.admin_site.each_context(request), **workspace, "opts": self.opts,
            "title": f"Claim {claim_id}", "subtitle": workspace["claim"].content[:80],
        }
        return TemplateResponse(request, "verify/admin/claim_workspace.html", context, status=status)

    @method_decorator(require_POST)
    def act_view(self, request: HttpRequest, object_id: int) -> HttpResponse:
        review = Review.objects.filter(claim_id=object_id).select_related("assignee").first()
        action = request.POST.get("action", "")
        if review is None or action not in ACTIONS:
            raise Http404("There is no such claim or action.")
        data = posted_data(ACTIONS[action], request.POST)
        try:
            stored = transition_apply(review=review, actor=request.user, action=action, data=data,
                                      expected_version=posted_version(request.POST))
        except WorkflowError as error:
            return self._refused(request, object_id, action, error)
        admin_messages.action_done(request, action, **_done_details(stored))
        return self._back_to_claim(object_id)

    @method_decorator(require_POST)
    def note_view(self, request: HttpRequest, object_id: int) -> HttpResponse:
        review = Review.objects.filter(claim_id=object_id).first()
        note_id = request.POST.get("note", "")
        if review is None:
            raise Http404("There is no such claim.")
        text = request.POST.get("text", "")
        action = "note_edit" if note_id else "note_add"
        try:
            if note_id:
                note_edit(note=int(note_id) if note_id.isdigit() else note_id, actor=request.user, text=text)
            else:
                note_add(review=review, actor=request.user, text=text)
        except WorkflowError as error:
            return self._refused(request, object_id, action, error, note_id=note_id)
        admin_messages.action_done(request, action)
        return self._back_to_claim(object_id, anchor="notes")

    def _refused(self, request: HttpRequest, claim_id: int, action: str, error: WorkflowError,
                 note_id: str = "") -> HttpResponse:
        """Say why; forms with typed input come back open (with field errors), others redirect."""
        admin_messages.error_message(request, error)
        keep_input = isinstance(error, StaleVersion | InvalidInput)
        if not keep_input:
            return self._back_to_claim(claim_id)
        source_id = request.POST.get("source_id", "")
        posted = Posted(
            action=action, data=request.POST, errors=admin_messages.field_errors(error),
            source_id=int(source_id) if source_id.isdigit() else None,
            note_id=int(note_id) if note_id.isdigit() else None, stale=isinstance(error, StaleVersion),
        )
        return self.workspace_response(request, claim_id, posted=posted, status=409 if posted.stale else 400)

    def _back_to_claim(self, claim_id: int, anchor: str = "") -> HttpResponseRedirect:
        url = reverse("admin:claims_claim_change", args=[claim_id])
        return HttpResponseRedirect(f"{url}#{anchor}" if anchor else url)


def _done_details(review: Review) -> dict:
    """Words for the success message: who has the claim now, and until when it waits."""
    return {
        "assignee": review.assignee.get_username() if review.assignee else "the fact-checker",
        "due_on": review.due_on.isoformat() if review.due_on else "",
    }
