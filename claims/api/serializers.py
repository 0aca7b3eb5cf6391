"""Request and response shapes of the claims app: an article as sent in, and speakers.

Shapes that carry review data (an article's status, the claims list) are ``verify``'s.
"""

from __future__ import annotations

from django.core.validators import RegexValidator
from rest_framework import serializers
from rest_framework.reverse import reverse

from claims.models import Article, Speaker
from claims.text import html_to_text
from config.api.serializers import BoundedDateField, StrictSerializer

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
