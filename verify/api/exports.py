"""``GET /api/v1/exports/verdicts``: an auditor's streamed export of the verdict history."""

from __future__ import annotations

from django.http import StreamingHttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework.request import Request
from rest_framework.views import APIView

from access.api.permissions import IsAuditor
from verify.exports import (
    EXPORT_CONTENT_TYPES,
    FILTER_NAMES,
    ExportFormat,
    export_filename,
    export_filters_parse,
    export_format_parse,
    export_stream,
)

FILTER_HELP = {
    "since": "only entries at or after this time (ISO 8601 date or date-time)",
    "until": "only entries before this time",
    "state": "review states, comma-separated",
    "rating": "substance ratings, comma-separated",
    "reviewer": "username of the person who acted",
    "source_system": "newsroom system of the claim's article",
    "speaker": "speaker id or canonical name",
}
# JSON-LD is JSON, so clients (and schema checks) parse it: it is described as what it is.
RESPONSE_SCHEMAS = {
    ExportFormat.CLAIMREVIEW: {
        "type": "array",
        "items": {"type": "object", "description": "A schema.org ClaimReview of a published verdict."},
    },
}
RESPONSES = {
    (200, EXPORT_CONTENT_TYPES[fmt].split(";")[0]): OpenApiResponse(
        RESPONSE_SCHEMAS.get(fmt, OpenApiTypes.BINARY)
    )
    for fmt in ExportFormat
}
PARAMETERS = [
    OpenApiParameter("format", str, enum=ExportFormat.values, required=True,
                     description="csv and jsonl: every transition; claimreview: published verdicts"),
    *[OpenApiParameter(name, str, description=FILTER_HELP.get(name, "")) for name in FILTER_NAMES],
]


class VerdictExportView(APIView):
    permission_classes = [IsAuditor]

    @extend_schema(
        operation_id="exports_verdicts",
        parameters=PARAMETERS,
        responses=RESPONSES,
    )
    def get(self, request: Request) -> StreamingHttpResponse:
        """Stream the export row by row from one consistent snapshot of the history."""
        params = {key: request.query_params.getlist(key) for key in request.query_params if key != "format"}
        fmt = export_format_parse(request.query_params.get("format"))
        stream = export_stream(fmt, export_filters_parse(params))
        response = StreamingHttpResponse(stream, content_type=EXPORT_CONTENT_TYPES[fmt])
        response["Content-Disposition"] = f'attachment; filename="{export_filename(fmt)}"'
        return response
