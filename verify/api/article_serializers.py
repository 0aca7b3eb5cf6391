"""Response shapes of an article's status and of the claims list: claims with their reviews."""

from __future__ import annotations

from rest_framework import serializers

from claims.api.serializers import SpeakerBriefSerializer
from claims.models import Claim
from config.api.serializers import DeskFieldsMixin


class ArticleClaimSerializer(serializers.ModelSerializer):
    speaker = SpeakerBriefSerializer(allow_null=True)
    review_state = serializers.CharField(source="review.state", allow_null=True, default=None)

    class Meta:
        model = Claim
        fields = ("id", "kind", "content", "speaker", "speaker_mention", "checkworthiness", "review_state")


class ExtractionSerializer(serializers.Serializer):
    status = serializers.CharField(source="extraction_status")
    error = serializers.CharField(source="extraction_error", allow_blank=True)
    extracted_at = serializers.DateTimeField(allow_null=True)
    extractor_version = serializers.CharField(allow_blank=True)


class FlaggedVerdictSerializer(serializers.Serializer):
    claim = serializers.IntegerField(source="review__claim_id")
    substance = serializers.CharField()
    substance_label = serializers.CharField()
    attribution = serializers.CharField(allow_blank=True)


class ReviewSummarySerializer(serializers.Serializer):
    states = serializers.DictField(
        source="review_states",
        child=serializers.IntegerField(),
        help_text="How many claims are in each review state.",
    )
    needs_attention = serializers.SerializerMethodField(
        help_text="True when a published verdict rates a claim false or finds the speaker misquoted."
    )
    flagged = FlaggedVerdictSerializer(source="flagged_verdicts", many=True)

    def get_needs_attention(self, status) -> bool:
        return bool(status.flagged_verdicts)


class ArticleStatusSerializer(serializers.Serializer):
    """``GET /articles/{id}``: built from ``selectors.ArticleStatus``."""

    id = serializers.IntegerField(source="article.id")
    source_system = serializers.CharField(source="article.source_system")
    external_id = serializers.CharField(source="article.external_id")
    url = serializers.CharField(source="article.url")
    headline = serializers.CharField(source="article.headline")
    published_on = serializers.DateField(source="article.published_on", allow_null=True)
    language = serializers.CharField(source="article.language")
    revision = serializers.IntegerField(source="article.revision")
    extraction = ExtractionSerializer(source="article")
    claims = ArticleClaimSerializer(many=True)
    review_summary = ReviewSummarySerializer(source="*")


class ReviewBriefSerializer(DeskFieldsMixin, serializers.Serializer):
    """A claim's review: newsroom systems get ``state`` only, the other fields are the desk's."""

    desk_fields = ("assignee", "priority", "version")

    state = serializers.CharField()
    assignee = serializers.CharField(
        source="assignee.username",
        allow_null=True,
        default=None,
        help_text="Desk only: username of the assigned reviewer.",
    )
    priority = serializers.FloatField(
        source="effective_priority", required=False, help_text="Desk only: override, else computed score."
    )
    version = serializers.IntegerField(
        required=False, help_text="Desk only: send as If-Match (quoted) when acting on the claim."
    )


class ClaimListSerializer(serializers.ModelSerializer):
    speaker = SpeakerBriefSerializer(allow_null=True)
    review = ReviewBriefSerializer(allow_null=True, default=None)

    class Meta:
        model = Claim
        fields = (
            "id",
            "article",
            "kind",
            "content",
            "speaker",
            "speaker_mention",
            "checkworthiness",
            "as_of",
            "origin",
            "created_at",
            "review",
        )
