"""Articles and the claims list over HTTP: submit an article (its extraction is queued), read its
status with the review summary, and list claims with their reviews. Views parse, call one
service or selector, and format."""

from __future__ import annotations

from django.urls import reverse
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from access.api.permissions import IsNewsroomOrStaff, IsNewsroomSystem
from access.callers import caller_of
from access.idempotency import StoredResponse, idempotency_request_hash, idempotent_response
from claims.api.serializers import ArticleAcceptedSerializer, ArticleSubmitSerializer
from config.api.headers import idempotency_key
from config.api.pagination import NewestFirstCursorPagination
from verify import selectors
from verify.api.article_serializers import ArticleStatusSerializer, ClaimListSerializer
from verify.api.filters import ClaimFilter, ClaimOrdering
from verify.services.articles import article_ingest

IDEMPOTENCY_KEY_PARAMETER = OpenApiParameter(
    "Idempotency-Key",
    str,
    OpenApiParameter.HEADER,
    required=False,
    description="A unique string (a UUID); a retry with the same key and body gets the first response back.",
)


class ArticleSubmitView(APIView):
    permission_classes = [IsNewsroomSystem]

    @extend_schema(
        summary="Submit an article (or a new version of it) for claim extraction",
        request=ArticleSubmitSerializer,
        responses={202: ArticleAcceptedSerializer},
        parameters=[IDEMPOTENCY_KEY_PARAMETER],
    )
    def post(self, request: Request) -> Response:
        serializer = ArticleSubmitSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        source_system = caller_of(request).source_system

        def perform() -> StoredResponse:
            result = article_ingest(source_system=source_system, **serializer.validated_data)
            body = ArticleAcceptedSerializer(result.article, context={"request": request}).data
            location = request.build_absolute_uri(reverse("api:article-detail", args=[result.article.pk]))
            return StoredResponse(status=202, body=body, location=location)

        stored = idempotent_response(
            owner=request.user,
            scope=source_system,
            key=idempotency_key(request),
            perform=perform,
            request_hash=idempotency_request_hash(
                method=request.method, path=request.path, data=request.data
            ),
        )
        headers = {
            "Location": stored.location,
            **({"Idempotent-Replayed": "true"} if stored.replayed else {}),
        }
        return Response(stored.body, status=stored.status, headers=headers)


class ArticleStatusView(APIView):
    permission_classes = [IsNewsroomOrStaff]

    @extend_schema(
        summary="An article's extraction status, claims and review summary",
        responses={200: ArticleStatusSerializer},
    )
    def get(self, request: Request, pk: int) -> Response:
        status = selectors.article_status(caller=caller_of(request), article_id=pk)
        return Response(ArticleStatusSerializer(status).data)


class ClaimListView(generics.ListAPIView):
    permission_classes = [IsNewsroomOrStaff]
    serializer_class = ClaimListSerializer
    pagination_class = NewestFirstCursorPagination
    filter_backends = [DjangoFilterBackend, ClaimOrdering]
    filterset_class = ClaimFilter
    # Orderings an index serves on a million rows: newest first, or priority within one state
    # (``?state=queued&ordering=-priority`` is the work queue).
    ordering_fields = ["created_at", "priority"]

    @extend_schema(summary="Claims, filtered and ordered, a page at a time (cursor pagination)")
    def get(self, request: Request, *args, **kwargs) -> Response:
        refused = selectors.claim_list_params_refused(
            caller_of(request),
            names=request.query_params.keys(),
            ordering=request.query_params.get(ClaimOrdering.ordering_param, ""),
        )
        if refused:
            raise ValidationError(refused)
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return selectors.claims_for_list(caller_of(self.request))

    def get_serializer_context(self) -> dict:
        return {**super().get_serializer_context(), "caller": caller_of(self.request)}
