"""Verdicts: proposing one, sending it back, approving (publishing) it.

Every verdict ever proposed is kept; after it is created only its decision fields change. Each
service runs the workflow transition (``review_step``) and writes the audit entry with a JSON
snapshot of the verdict in the same transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from django.db import transaction
from django.utils import timezone

from claims.models import Claim
from verify import ratings, workflow_input
from verify.audit_chain import json_native
from verify.models import Review, Source, Verdict, VerdictStatus
from verify.services.audit import audit_record
from verify.services.reviews import ReviewRef, review_pk, review_step
from verify.services.sources import source_snapshot

DECISION_FIELDS = ["status", "decided_by", "decided_at", "decision_note"]


def verdict_snapshot(verdict: Verdict, *, sources: Sequence[Source]) -> dict:
    """The verdict as the audit entry keeps it (JSON-native: dates and times as strings), with the
    claim it judges and its cited sources as they are at this moment, so the entry's hash covers
    what was decided, about which words, on what evidence."""
    source_ids = [source.id for source in sources]
    return json_native({
        "id": verdict.id,
        "claim": claim_snapshot(Claim.objects.select_related("speaker", "article").get(pk=verdict.review.claim_id)),
        "number": verdict.number,
        "status": verdict.status,
        "attribution": verdict.attribution,
        "attribution_rationale": verdict.attribution_rationale,
        "substance": verdict.substance,
        "substance_label": verdict.substance_label,
        "substance_value": verdict.substance_value,
        "substance_alternate_name": verdict.substance_alternate_name,
        "substance_rationale": verdict.substance_rationale,
        "summary": verdict.summary,
        "source_ids": sorted(source_ids),
        "sources": [source_snapshot(source) for source in sorted(sources, key=lambda source: source.id)],
        "recheck_on": verdict.recheck_on,
        "proposed_by": _username(verdict.proposed_by),
        "proposed_at": verdict.proposed_at,
        "decided_by": _username(verdict.decided_by),
        "decided_at": verdict.decided_at,
        "decision_note": verdict.decision_note,
    })


def claim_snapshot(claim: Claim) -> dict:
    """The claim's words, speaker and article as a verdict on it sees them."""
    speaker, article = claim.speaker, claim.article
    return {
        "id": claim.id,
        "kind": claim.kind,
        "content": claim.content,
        "content_span": [claim.content_start, claim.content_end],
        "body_hash": claim.body_hash,
        "cue": claim.cue,
        "as_of": claim.as_of,
        "speaker": None if speaker is None else {
            "mention": claim.speaker_mention,
            "canonical": speaker.canonical_name,
            "type": speaker.type,
            "role": speaker.role,
        },
        "article": {
            "source_system": article.source_system,
            "external_id": article.external_id,
            "url": article.url,
            "headline": article.headline,
        },
    }


def _username(user: Any) -> str | None:
    return user.get_username() if user is not None else None


@transaction.atomic
def verdict_propose(
    *,
    review: ReviewRef,
    actor: Any,
    substance: str,
    substance_rationale: str,
    summary: str,
    source_ids: Sequence[int],
    attribution: str = "",
    attribution_rationale: str = "",
    recheck_on: date | None = None,
    expected_version: int | None = None,
) -> Review:
    """Propose a verdict on a claim under review; an editor other than the proposer must approve it."""
    draft = workflow_input.VerdictDraft(
        substance=substance, substance_rationale=substance_rationale, summary=summary,
        attribution=attribution, attribution_rationale=attribution_rationale,
        source_ids=workflow_input.ids_clean(source_ids, "source_ids"), recheck_on=recheck_on,
    )
    sources = list(Source.objects.filter(review_id=review_pk(review), removed_at__isnull=True,
                                         id__in=draft.source_ids))
    step = review_step(review=review, actor=actor, action="propose_verdict", expected_version=expected_version,
                       draft=draft, sources=sources)
    verdict = _verdict_create(step.review, actor=actor, draft=step.note.value, sources=sources)
    source_ids = [source.id for source in sources]
    audit_record(review=step.review, actor=actor, action="propose_verdict", from_state=step.from_state,
                 verdict=verdict_snapshot(verdict, sources=sources), source_ids=source_ids)
    return step.review


def _verdict_create(review: Review, *, actor: Any, draft: workflow_input.VerdictDraft, sources: list[Source]) -> Verdict:
    rating = ratings.substance_rating(draft.substance)
    verdict = Verdict.objects.create(
        review=review, number=review.verdicts.count() + 1, status=VerdictStatus.PROPOSED,
        attribution=draft.attribution or "", attribution_rationale=draft.attribution_rationale,
        substance=rating.key, substance_label=rating.label, substance_value=rating.rating_value,
        substance_alternate_name=rating.alternate_name, substance_rationale=draft.substance_rationale,
        summary=draft.summary, recheck_on=draft.recheck_on, proposed_by=actor, proposed_at=timezone.now(),
    )
    verdict.sources.set(sources)
    return verdict


@transaction.atomic
def verdict_send_back(*, review: ReviewRef, actor: Any, reason: str, expected_version: int | None = None) -> Review:
    """An editor returns the proposed verdict to the fact-checker with a note of what to change."""
    step = review_step(review=review, actor=actor, action="send_back", expected_version=expected_version,
                       reason=reason)
    verdict = _verdict_decide(step.review, actor=actor, status=VerdictStatus.SENT_BACK, note=step.note.reason)
    _audit_decision(step, actor=actor, action="send_back", verdict=verdict)
    return step.review


@transaction.atomic
def verdict_approve(*, review: ReviewRef, actor: Any, expected_version: int | None = None) -> Review:
    """An editor who did not propose it approves the verdict: the claim is published.

    Earlier approved verdicts of the claim (before a reopen) become ``superseded``.
    """
    pending = _pending(review_pk(review))
    step = review_step(review=review, actor=actor, action="approve", expected_version=expected_version,
                       recheck_on=pending.recheck_on if pending else None)
    superseded = list(
        Verdict.objects.filter(review=step.review, status=VerdictStatus.APPROVED).values_list("id", flat=True)
    )
    Verdict.objects.filter(id__in=superseded).update(status=VerdictStatus.SUPERSEDED)
    verdict = _verdict_decide(step.review, actor=actor, status=VerdictStatus.APPROVED)
    _audit_decision(step, actor=actor, action="approve", verdict=verdict,
                    data={**step.note.data, "superseded_verdict_ids": superseded})
    return step.review


def _pending(review_id: int) -> Verdict | None:
    return Verdict.objects.filter(review_id=review_id, status=VerdictStatus.PROPOSED).first()


def _verdict_decide(review: Review, *, actor: Any, status: str, note: str = "") -> Verdict:
    """Record the decision on the review's pending verdict (the workflow made sure there is one)."""
    verdict = Verdict.objects.select_related("proposed_by").get(review=review, status=VerdictStatus.PROPOSED)
    verdict.status, verdict.decided_by, verdict.decided_at, verdict.decision_note = (
        status, actor, timezone.now(), note
    )
    verdict.save(update_fields=DECISION_FIELDS)
    return verdict


def _audit_decision(step: Any, *, actor: Any, action: str, verdict: Verdict, data: dict | None = None) -> None:
    sources = list(verdict.sources.all())
    source_ids = [source.id for source in sources]
    audit_record(review=step.review, actor=actor, action=action, from_state=step.from_state,
                 reason=step.note.reason, verdict=verdict_snapshot(verdict, sources=sources),
                 source_ids=source_ids, data=data or step.note.data)
