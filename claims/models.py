"""Articles, the speakers they quote, and the claims extracted from them.

Models hold fields, constraints and trivial properties; writing logic lives in
``claims.services`` and reading logic in ``claims.selectors``.
"""

import datetime

from django.db import models
from django.db.models import Q


class ExtractionStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class Article(models.Model):
    """A news article as a newsroom system sent it; (source_system, external_id) names it."""

    source_system = models.CharField(max_length=100)
    external_id = models.CharField(max_length=200)
    url = models.URLField(max_length=2000, blank=True)
    headline = models.CharField(max_length=1000, blank=True)
    dateline = models.CharField(max_length=200, blank=True)
    published_on = models.DateField(null=True, blank=True)
    language = models.CharField(max_length=16, default="en")
    body = models.TextField()
    content_hash = models.CharField(max_length=64, help_text="SHA-256 of the body text.")
    revision = models.PositiveIntegerField(default=1)
    extraction_status = models.CharField(
        max_length=16, choices=ExtractionStatus.choices, default=ExtractionStatus.PENDING
    )
    extraction_error = models.TextField(blank=True)
    extracted_hash = models.CharField(
        max_length=64, blank=True, help_text="content_hash of the body the current claims come from."
    )
    extractor_version = models.CharField(max_length=40, blank=True)
    extracted_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["source_system", "external_id"], name="article_unique_external_id"
            ),
        ]
        indexes = [
            models.Index(fields=["extraction_status", "created_at"], name="article_status_idx"),
            models.Index(fields=["-published_on"], name="article_published_idx"),
        ]

    def __str__(self) -> str:
        return self.headline or f"{self.source_system}:{self.external_id}"


class ArticleRevision(models.Model):
    """An earlier body of an article, kept so spans of claims made from it stay readable."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField()
    body = models.TextField()
    content_hash = models.CharField(max_length=64)
    headline = models.CharField(max_length=1000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["article", "number"]
        constraints = [
            models.UniqueConstraint(fields=["article", "number"], name="revision_unique_number"),
        ]


class SpeakerType(models.TextChoices):
    PERSON = "person", "Person"
    ORGANIZATION = "organization", "Organisation"
    COUNTRY = "country", "Country"
    ANONYMOUS = "anonymous", "Anonymous source"
    GROUP = "group", "Group"


class Speaker(models.Model):
    """Someone claims are attributed to, shared across articles by canonical name and type."""

    canonical_name = models.CharField(max_length=300)
    name_key = models.CharField(max_length=300, help_text="Case- and space-folded canonical name.")
    type = models.CharField(max_length=16, choices=SpeakerType.choices)
    role = models.CharField(max_length=300, blank=True)
    aliases = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["canonical_name"]
        constraints = [
            models.UniqueConstraint(fields=["name_key", "type"], name="speaker_unique_name_type"),
        ]

    def __str__(self) -> str:
        return f"{self.canonical_name} ({self.role})" if self.role else self.canonical_name


class ClaimKind(models.TextChoices):
    DIRECT = "direct", "Direct quote"
    INDIRECT = "indirect", "Reported speech"
    MIXED = "mixed", "Reported speech with partial quote"
    STATEMENT = "statement", "Statement in the article's voice"


class ClaimOrigin(models.TextChoices):
    MACHINE = "machine", "Extracted"
    MANUAL = "manual", "Added by a person"


class Claim(models.Model):
    """One attributed claim (or factual statement) with its exact place in the article body.

    Spans are code-point offsets into the body whose hash is ``body_hash``: the current body
    while ``body_hash == article.content_hash``, otherwise the matching ``ArticleRevision``.
    """

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims")
    kind = models.CharField(max_length=16, choices=ClaimKind.choices)
    content = models.TextField()
    content_key = models.CharField(
        max_length=64, help_text="SHA-256 of the normalised content; matches a claim across revisions."
    )
    content_start = models.PositiveIntegerField()
    content_end = models.PositiveIntegerField()
    body_hash = models.CharField(max_length=64)
    speaker = models.ForeignKey(
        Speaker, null=True, blank=True, on_delete=models.PROTECT, related_name="claims"
    )
    speaker_mention = models.CharField(max_length=300, blank=True)
    mention_start = models.PositiveIntegerField(null=True, blank=True)
    mention_end = models.PositiveIntegerField(null=True, blank=True)
    cue = models.CharField(max_length=60, blank=True)
    quantities = models.JSONField(default=list, blank=True)
    dates = models.JSONField(default=list, blank=True)
    as_of = models.DateField(
        null=True,
        blank=True,
        help_text="The day a time-bound figure is as of: a day the claim names, else the article's date.",
    )
    checkworthiness = models.FloatField(default=0.0)
    origin = models.CharField(max_length=16, choices=ClaimOrigin.choices, default=ClaimOrigin.MACHINE)
    extraction_method = models.CharField(max_length=40, blank=True)
    extraction_version = models.CharField(max_length=40, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["article", "content_start", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(content_end__gte=models.F("content_start")), name="claim_span_ordered"
            ),
            models.CheckConstraint(
                condition=Q(checkworthiness__gte=0) & Q(checkworthiness__lte=1),
                name="claim_checkworthiness_unit_range",
            ),
        ]
        indexes = [
            models.Index(fields=["article", "content_key"], name="claim_article_key_idx"),
            models.Index(fields=["speaker", "-created_at"], name="claim_speaker_idx"),
            models.Index(fields=["kind", "-checkworthiness"], name="claim_kind_worth_idx"),
            models.Index(fields=["-created_at"], name="claim_created_idx"),
        ]

    def __str__(self) -> str:
        return self.content[:80]

    @property
    def figure_period(self) -> dict | None:
        """The first period the claim names, ``{"text", "start", "end"}`` ("last year"), if any."""
        for mention in self.dates:
            period = mention.get("period") if isinstance(mention, dict) else None
            if period:
                start, end = (datetime.date.fromisoformat(day) for day in period)
                return {"text": mention.get("text", ""), "start": start, "end": end}
        return None

    @property
    def is_attributed(self) -> bool:
        return self.kind != ClaimKind.STATEMENT
