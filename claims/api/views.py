"""Endpoints of the claims app: speakers. The article and claims-list endpoints carry review
data and are ``verify.api.articles``."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import generics
from rest_framework.request import Request
from rest_framework.response import Response

from access.api.permissions import IsNewsroomOrStaff
from claims import selectors
from claims.api.filters import SpeakerFilter
from claims.api.serializers import SpeakerSerializer
from config.api.pagination import AlphabeticalCursorPagination


class SpeakerListView(generics.ListAPIView):
    permission_classes = [IsNewsroomOrStaff]
    serializer_class = SpeakerSerializer
    pagination_class = AlphabeticalCursorPagination
    filterset_class = SpeakerFilter

    @extend_schema(summary="Speakers, optionally searched by name")
    def get(self, request: Request, *args, **kwargs) -> Response:
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return selectors.speakers_all()
