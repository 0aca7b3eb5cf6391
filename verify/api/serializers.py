"""Request and response shapes of a claim's review: detail, transitions, sources, notes, verdicts."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.api.serializers import SpeakerBriefSerializer
from claims.models import Article
from config.api.serializers import BoundedDateField, DeskFieldsMixin, StrictSerializer
from verify.actions import ACTIONS, Action
from verify.api.article_serializers import ReviewBriefSerializer
from verify.models import AuditEntry, MetadataStatus, Note, Source, Stance, Verdict


def _username(field: str) -> serializers.CharField:
    return serializers.CharField(source=f"{field}.username", allow_null=True, default=None)


class SourceSerializer(DeskFieldsMixin, serializers.ModelSerializer):
    """A source a review cites. Newsroom systems get the sources of the published verdict,
    without the desk's fields (who added it, metadata fetching, when it was added)."""

    desk_fields = ("metadata_status", "added_by", "created_at")

    added_by = serializers.CharField(
        source="added_by.username", allow_null=True, default=None, help_text="Desk only."
    )
    metadata_status = serializers.ChoiceField(MetadataStatus.choices, required=False, help_text="Desk only.")
    created_at = serializers.DateTimeField(required=False, help_text="Desk only.")
    # Plain strings: archive_url may be empty, which is no "uri" for the schema.
    url = serializers.CharField()
    archive_url = serializers.CharField()

    class Meta:
        model = Source
        fields = (
            "id",
            "url",
            "title",
            "publisher",
            "published_on",
            "accessed_on",
            "excerpt",
            "stance",
            "archive_url",
            "metadata_status",
            "added_by",
            "created_at",
        )


class SourceCreateSerializer(StrictSerializer):
    url = serializers.CharField(max_length=2000, help_text="http:// or https:// address of the source.")
    stance = serializers.ChoiceField(Stance.choices)
    title = serializers.CharField(max_length=500, required=False, allow_blank=True)
    publisher = serializers.CharField(max_length=300, required=False, allow_blank=True)
    published_on = BoundedDateField(required=False, allow_null=True)
    accessed_on = BoundedDateField(required=False, allow_null=True)
    excerpt = serializers.CharField(max_length=5000, required=False, allow_blank=True, trim_whitespace=False)
    archive_url = serializers.CharField(max_length=2000, required=False, allow_blank=True)


class NoteSerializer(serializers.ModelSerializer):
    author = serializers.CharField(source="author.username")

    class Meta:
        model = Note
        fields = ("id", "author", "text", "created_at", "edited_at")


class NoteCreateSerializer(StrictSerializer):
    text = serializers.CharField(max_length=10_000, trim_whitespace=False)


class PublishedVerdictSerializer(serializers.ModelSerializer):
    """A verdict as the newsroom sees it: the findings, not who decided or the desk's notes."""

    source_ids = serializers.SerializerMethodField()

    class Meta:
        model = Verdict
        fields = (
            "id",
            "claim",
            "number",
            "status",
            "attribution",
            "attribution_rationale",
            "substance",
            "substance_label",
            "substance_value",
            "substance_alternate_name",
            "substance_rationale",
            "summary",
            "source_ids",
            "recheck_on",
            "decided_at",
        )

    claim = serializers.IntegerField(source="review.claim_id")

    def get_source_ids(self, verdict: Verdict) -> list[int]:
        return sorted(source.id for source in verdict.sources.all())


class VerdictSerializer(PublishedVerdictSerializer):
    """A verdict as the desk sees it, with who proposed and decided it."""

    proposed_by = _username("proposed_by")
    decided_by = _username("decided_by")

    class Meta(PublishedVerdictSerializer.Meta):
        fields = (
            *PublishedVerdictSerializer.Meta.fields,
            "proposed_by",
            "proposed_at",
            "decided_by",
            "decision_note",
        )


class TransitionEntrySerializer(serializers.ModelSerializer):
    actor = serializers.CharField(source="actor_username")

    class Meta:
        model = AuditEntry
        fields = ("seq", "occurred_at", "actor", "action", "from_state", "to_state", "reason", "data")


class ActionSerializer(serializers.Serializer):
    """An action the caller may take now, and the fields its request carries."""

    name = serializers.CharField()
    label = serializers.CharField()
    data_fields = serializers.SerializerMethodField(help_text="The fields to send with the action.")

    @extend_schema_field(serializers.ListField(child=serializers.DictField()))
    def get_data_fields(self, action: Action) -> list[dict]:
        return [
            {"name": name, "kind": field.kind, "required": name in action.form.needed}
            for name, field in action.fields.items()
        ]


class ArticleBriefSerializer(serializers.ModelSerializer):
    url = serializers.CharField(help_text="The article's own address, if the newsroom sent one.")

    class Meta:
        model = Article
        fields = ("id", "source_system", "external_id", "headline", "url", "published_on")


class ClaimDetailSerializer(serializers.Serializer):
    """``GET /claims/{id}``, built from ``selectors.ClaimDossier``. Newsroom systems do not get
    ``notes``, ``transitions`` or ``available_actions``, nor the desk's fields of the review and
    sources; they see published verdicts only, and only the sources the published one cites."""

    id = serializers.IntegerField(source="claim.id")
    article = ArticleBriefSerializer(source="claim.article")
    kind = serializers.CharField(source="claim.kind")
    content = serializers.CharField(source="claim.content")
    speaker = SpeakerBriefSerializer(source="claim.speaker", allow_null=True)
    speaker_mention = serializers.CharField(source="claim.speaker_mention")
    cue = serializers.CharField(source="claim.cue")
    quantities = serializers.JSONField(source="claim.quantities")
    dates = serializers.JSONField(
        source="claim.dates", help_text="Date mentions: the day each names (`value`) or its period (`period`)."
    )
    as_of = serializers.DateField(source="claim.as_of", allow_null=True)
    checkworthiness = serializers.FloatField(source="claim.checkworthiness")
    created_at = serializers.DateTimeField(source="claim.created_at")
    review = ReviewBriefSerializer(source="claim.review", allow_null=True, default=None)
    sources = SourceSerializer(many=True, help_text="Newsroom: the sources the published verdict cites.")
    verdict = serializers.SerializerMethodField(
        help_text="The current verdict (newsroom: the published one). "
        "Staff also get proposed_by, proposed_at, decided_by and decision_note."
    )
    verdict_history = serializers.SerializerMethodField(help_text="Every verdict (newsroom: published ones).")
    notes = NoteSerializer(many=True, required=False)
    transitions = TransitionEntrySerializer(many=True, required=False)
    available_actions = ActionSerializer(many=True, required=False)

    @extend_schema_field(PublishedVerdictSerializer(allow_null=True))
    def get_verdict(self, dossier) -> dict | None:
        if dossier.current_verdict is None:
            return None
        return self._verdict_serializer(dossier)(dossier.current_verdict).data

    @extend_schema_field(PublishedVerdictSerializer(many=True))
    def get_verdict_history(self, dossier) -> list[dict]:
        return self._verdict_serializer(dossier)(dossier.verdicts, many=True).data

    def _verdict_serializer(self, dossier) -> type[PublishedVerdictSerializer]:
        return VerdictSerializer if dossier.notes is not None else PublishedVerdictSerializer

    def to_representation(self, dossier) -> dict:
        data = super().to_representation(dossier)
        for internal in ("notes", "transitions", "available_actions"):
            if data.get(internal) is None:
                data.pop(internal, None)
        return data


def _action_fields(action: Action) -> str:
    names = [name + ("*" if name in action.form.needed else "") for name in action.fields]
    return ", ".join(names) or "no fields"


class TransitionRequestSerializer(serializers.Serializer):
    """``{"action": ..., <the action's fields>}``; the workflow checks the fields."""

    action = serializers.ChoiceField(
        sorted(ACTIONS),
        help_text="Fields of each action (* required): "
        + " ".join(f"`{spec.name}`: {_action_fields(spec)}." for spec in ACTIONS.values()),
    )

    def to_internal_value(self, data) -> dict:
        value = super().to_internal_value(data)
        return {"action": value["action"], "data": {k: v for k, v in data.items() if k != "action"}}
