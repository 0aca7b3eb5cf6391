"""Request and response shapes of the articles, claims and speakers endpoints."""

from __future__ import annotations

from django.core.validators import RegexValidator
from rest_framework import serializers
from rest_framework.reverse import reverse

from claims.models import Article, Claim, Speaker
from claims.text import html_to_text
from config.api.serializers import BoundedDateField, DeskFieldsMixin, StrictSerializer

LANGUAGE_TAG = RegexValidator(
    r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", "Use a language tag such as en or pt-BR."
)


class ArticleSubmitSerializer(StrictSerializer):
    """An article as a CMS sends it: the body as plain ``text`` or as ``html`` (one of them)."""

    external_id = serializers.CharField(max_length=200, help_text="The article's id in the CMS.")
    url = serializers.URLField(max_length=2000, required=False, allow_blank=True, default="")
    headline = serializers.CharField(max_length=1000, required=False, allow_blank=True, default="")
    published_on = BoundedDateField(required=False, allow_null=True, default=None)
    language = serializers.CharField(
        max_length=16,
        required=False,
        validators=[LANGUAGE_TAG],
        help_text="Language tag; a new article without one is en, a resend without one keeps the stored one.",
    )
    text = serializers.CharField(required=False, trim_whitespace=False, help_text="The body as plain text.")
    html = serializers.CharField(
        required=False, trim_whitespace=False, help_text="The body as HTML; it is reduced to clean text."
    )

    def validate(self, attrs: dict) -> dict:
        has_text, has_html = "text" in attrs, "html" in attrs
        if has_text == has_html:
            raise serializers.ValidationError({"text": ["Send the body as exactly one of `text` or `html`."]})
        body = attrs.pop("text") if has_text else html_to_text(attrs.pop("html"))
        return {**attrs, "body": body}


class ArticleAcceptedSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField(help_text="This article's status in the API.")
    source_url = serializers.CharField(source="url", help_text="The article's own address, if sent.")

    class Meta:
        model = Article
        fields = ("id", "url", "source_system", "external_id", "source_url", "revision", "extraction_status")

    def get_url(self, article: Article) -> str:
        return reverse("api:article-detail", args=[article.pk], request=self.context.get("request"))


class SpeakerSerializer(serializers.ModelSerializer):
    class Meta:
        model = Speaker
        fields = ("id", "canonical_name", "type", "role", "aliases")


class SpeakerBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Speaker
        fields = ("id", "canonical_name", "type")


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
