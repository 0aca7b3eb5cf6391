"""A claim's review over HTTP: detail (for the desk, ETag = review version), transitions
(If-Match required), sources, notes, and the verdicts list. The workflow services decide; views
parse and format."""

from __future__ import annotations

from django.db.models import QuerySet
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from access.api.permissions import IsNewsroomOrStaff, IsStaffReader
from access.callers import caller_of
from config.api.headers import etag_for_version, if_match_version, optional_if_match_version
from config.api.pagination import NewestFirstCursorPagination
from verify import selectors
from verify.api.filters import VerdictFilter
from verify.api.serializers import (
    ClaimDetailSerializer,
    NoteCreateSerializer,
    NoteSerializer,
    PublishedVerdictSerializer,
    SourceCreateSerializer,
    SourceSerializer,
    TransitionRequestSerializer,
    VerdictSerializer,
)
from verify.models import Review
from verify.services.notes import note_add
from verify.services.sources import source_add
from verify.services.transitions import transition_apply

IF_MATCH = OpenApiParameter(
    "If-Match",
    str,
    OpenApiParameter.HEADER,
    required=True,
    description='The ETag of the claim as you last read it, e.g. "3". Stale: 412; missing: 428.',
)
IF_MATCH_OPTIONAL = OpenApiParameter(
    "If-Match",
    str,
    OpenApiParameter.HEADER,
    required=False,
    description="Checked when sent (412 if stale).",
)


class VerdictPagination(NewestFirstCursorPagination):
    ordering = "-proposed_at"


def claim_response(request: Request, claim_id: int) -> Response:
    """The claim's detail as the caller may see it; the desk also gets the review version as ETag
    (a newsroom system cannot act on the claim, and the version counts the desk's edits)."""
    caller = caller_of(request)
    dossier = selectors.claim_dossier(caller=caller, claim_id=claim_id)
    review = getattr(dossier.claim, "review", None)
    headers = {"ETag": etag_for_version(review.version)} if review and caller.is_staff_reader else {}
    return Response(ClaimDetailSerializer(dossier, context={"caller": caller}).data, headers=headers)


def review_of_visible_claim(request: Request, claim_id: int) -> Review:
    """The review of a claim the caller may see (404 otherwise, or if it has no review)."""
    return selectors.review_visible(caller_of(request), claim_id)


class ClaimDetailView(APIView):
    permission_classes = [IsNewsroomOrStaff]

    @extend_schema(
        summary="A claim with its sources, verdicts and (for staff) notes and history",
        responses={200: ClaimDetailSerializer},
    )
    def get(self, request: Request, pk: int) -> Response:
        return claim_response(request, pk)


class ClaimTransitionView(APIView):
    permission_classes = [IsStaffReader]

    @extend_schema(
        summary="Act on a claim's review (the workflow decides whether you may)",
        request=TransitionRequestSerializer,
        responses={200: ClaimDetailSerializer},
        parameters=[IF_MATCH],
    )
    def post(self, request: Request, pk: int) -> Response:
        serializer = TransitionRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        review = review_of_visible_claim(request, pk)
        transition_apply(
            review=review,
            actor=request.user,
            action=serializer.validated_data["action"],
            data=serializer.validated_data["data"],
            expected_version=if_match_version(request),
        )
        return claim_response(request, pk)


class ClaimSourceListView(APIView):
    @extend_schema(
        summary="The sources a claim's review cites (newsroom: those its published verdict cites)",
        responses={200: SourceSerializer(many=True)},
    )
    def get(self, request: Request, pk: int) -> Response:
        caller = caller_of(request)
        sources = selectors.sources_visible(caller, review_of_visible_claim(request, pk))
        return Response(SourceSerializer(sources, many=True, context={"caller": caller}).data)

    @extend_schema(
        summary="Cite a source (while the claim is being checked)",
        request=SourceCreateSerializer,
        responses={201: SourceSerializer},
        parameters=[IF_MATCH_OPTIONAL],
    )
    def post(self, request: Request, pk: int) -> Response:
        serializer = SourceCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        source = source_add(
            review=review_of_visible_claim(request, pk),
            actor=request.user,
            expected_version=optional_if_match_version(request),
            **serializer.validated_data,
        )
        body = SourceSerializer(source, context={"caller": caller_of(request)}).data
        return Response(body, status=status.HTTP_201_CREATED)

    def get_permissions(self) -> list:
        return [IsNewsroomOrStaff()] if self.request.method == "GET" else [IsStaffReader()]


class ClaimNoteListView(APIView):
    """Notes are internal to the desk: newsroom systems get 403."""

    permission_classes = [IsStaffReader]

    @extend_schema(summary="The desk's internal notes on a claim", responses={200: NoteSerializer(many=True)})
    def get(self, request: Request, pk: int) -> Response:
        return Response(
            NoteSerializer(selectors.notes_of(review_of_visible_claim(request, pk)), many=True).data
        )

    @extend_schema(
        summary="Leave a note on a claim", request=NoteCreateSerializer, responses={201: NoteSerializer}
    )
    def post(self, request: Request, pk: int) -> Response:
        serializer = NoteCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        note = note_add(
            review=review_of_visible_claim(request, pk), actor=request.user, **serializer.validated_data
        )
        return Response(NoteSerializer(note).data, status=status.HTTP_201_CREATED)


class VerdictListView(generics.ListAPIView):
    """Staff: every verdict with who decided it. Newsroom systems: published verdicts on their claims."""

    permission_classes = [IsNewsroomOrStaff]
    pagination_class = VerdictPagination
    filterset_class = VerdictFilter

    @extend_schema(summary="Verdicts, newest first", responses={200: VerdictSerializer(many=True)})
    def get(self, request: Request, *args, **kwargs) -> Response:
        return super().get(request, *args, **kwargs)

    def get_queryset(self) -> QuerySet:
        return selectors.verdicts_visible(caller_of(self.request))

    def get_serializer_class(self) -> type:
        return VerdictSerializer if caller_of(self.request).is_staff_reader else PublishedVerdictSerializer
