"""Proposing, sending back and approving verdicts: completeness, four-eyes, and kept history."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import IntegrityError
from django.utils import timezone

from claims.models import ClaimKind
from tests.factories import ClaimFactory, ReviewFactory, SourceFactory, VerdictFactory, review_in
from verify import ratings
from verify.errors import InvalidInput, NotPermitted, TransitionNotAllowed
from verify.models import AuditEntry, ReviewState, Verdict, VerdictStatus
from verify.selectors import review_history
from verify.services import reviews, sources, verdicts

pytestmark = pytest.mark.django_db
S = ReviewState


def propose(review, actor, **overrides):
    source = SourceFactory(review=review)
    fields = {
        "substance": "false", "substance_rationale": "The office counts 25,000.", "summary": "Wrong figure.",
        "attribution": "confirmed", "attribution_rationale": "On the council video.", "source_ids": [source.id],
        **overrides,
    }
    return verdicts.verdict_propose(review=review, actor=actor, **fields)


@pytest.fixture
def in_review(fact_checker):
    return review_in(S.IN_REVIEW, assignee=fact_checker)


@pytest.mark.parametrize("missing", ["substance", "substance_rationale", "summary", "source_ids"])
def test_a_proposal_needs_rating_rationale_summary_and_a_source(in_review, fact_checker, missing):
    with pytest.raises(InvalidInput) as raised:
        propose(in_review, fact_checker, **{missing: [] if missing == "source_ids" else ""})
    assert set(raised.value.errors) == {missing}
    assert not Verdict.objects.exists() and not AuditEntry.objects.exists()


def test_an_attributed_claim_needs_the_attribution_finding(in_review, fact_checker):
    with pytest.raises(InvalidInput) as raised:
        propose(in_review, fact_checker, attribution="", attribution_rationale="")
    assert set(raised.value.errors) == {"attribution"}


def test_a_statement_in_the_articles_voice_needs_no_attribution_finding(fact_checker):
    review = ReviewFactory(state=S.IN_REVIEW, assignee=fact_checker,
                           claim=ClaimFactory(kind=ClaimKind.STATEMENT, speaker=None))
    review = propose(review, fact_checker, attribution="", attribution_rationale="")
    assert Verdict.objects.get(review=review).attribution == ""


@pytest.mark.parametrize("field,value", [
    ("substance", "pants_on_fire"), ("attribution", "maybe"), ("summary", "x" * 1001),
    ("substance_rationale", "x" * 20_001), ("summary", "nul\x00"), ("summary", 5),
    ("recheck_on", timezone.localdate()),
])
def test_a_proposal_with_bad_values_is_refused_naming_the_field(in_review, fact_checker, field, value):
    with pytest.raises(InvalidInput) as raised:
        propose(in_review, fact_checker, **{field: value})
    assert set(raised.value.errors) == {field}


def test_a_proposal_cannot_cite_another_claims_or_a_removed_source(in_review, fact_checker):
    elsewhere = SourceFactory()
    removed = SourceFactory(review=in_review, removed_at=timezone.now())
    with pytest.raises(InvalidInput, match="not complete") as raised:
        propose(in_review, fact_checker, source_ids=[elsewhere.id, removed.id])
    assert str(elsewhere.id) in raised.value.errors["source_ids"]


@pytest.mark.parametrize("source_ids", [["1"], [1.5], "1,2", [True]])
def test_source_ids_of_the_wrong_type_are_invalid_input(in_review, fact_checker, source_ids):
    with pytest.raises(InvalidInput) as raised:
        propose(in_review, fact_checker, source_ids=source_ids)
    assert set(raised.value.errors) == {"source_ids"}


def test_a_proposal_stores_the_rating_as_the_scale_had_it_and_snapshots_it_in_the_audit(in_review, fact_checker):
    review = propose(in_review, fact_checker, recheck_on=timezone.localdate() + timedelta(days=30))
    verdict = Verdict.objects.get()
    assert (verdict.substance_label, verdict.substance_value, verdict.status) == ("False", 1, VerdictStatus.PROPOSED)
    assert (review.state, review.proposer) == (S.VERDICT_PROPOSED, fact_checker)
    entry = AuditEntry.objects.get()
    assert entry.verdict["summary"] == "Wrong figure." and entry.verdict["proposed_by"] == "fact_checker"
    assert entry.source_ids == [verdict.sources.get().id] == entry.verdict["source_ids"]


def test_proposer_cannot_approve_own_verdict_even_as_an_editor(editor):
    review = review_in(S.IN_REVIEW, assignee=editor)
    propose(review, editor)
    with pytest.raises(NotPermitted, match="An editor other than the proposer must approve this verdict."):
        verdicts.verdict_approve(review=review, actor=editor)
    assert Verdict.objects.get().status == VerdictStatus.PROPOSED


def test_a_fact_checker_cannot_approve(in_review, fact_checker, other_fact_checker):
    propose(in_review, fact_checker)
    with pytest.raises(NotPermitted, match="Only an editor"):
        verdicts.verdict_approve(review=in_review, actor=other_fact_checker)


def test_the_database_refuses_a_self_approved_verdict_too(fact_checker):
    with pytest.raises(IntegrityError):
        VerdictFactory(proposed_by=fact_checker, decided_by=fact_checker, status=VerdictStatus.APPROVED,
                       decided_at=timezone.now())


def test_approval_publishes_and_records_the_approver_and_recheck_date(in_review, fact_checker, editor):
    recheck = timezone.localdate() + timedelta(days=90)
    propose(in_review, fact_checker, recheck_on=recheck)
    review = verdicts.verdict_approve(review=in_review, actor=editor)
    verdict = Verdict.objects.get()
    assert (review.state, review.recheck_on, review.proposer) == (S.PUBLISHED, recheck, None)
    assert review.published_at is not None
    assert (verdict.status, verdict.approved_by, verdict.decided_at is not None) == (
        VerdictStatus.APPROVED, editor, True
    )
    assert AuditEntry.objects.last().verdict["decided_by"] == "editor"


def test_send_back_needs_a_note_and_keeps_the_verdict_as_sent_back(in_review, fact_checker, editor):
    propose(in_review, fact_checker)
    with pytest.raises(InvalidInput):
        verdicts.verdict_send_back(review=in_review, actor=editor, reason=" ")
    review = verdicts.verdict_send_back(review=in_review, actor=editor, reason="Cite the statistics office.")
    verdict = Verdict.objects.get()
    assert review.state == S.IN_REVIEW and review.assignee == fact_checker
    assert (verdict.status, verdict.decision_note, verdict.decided_by) == (
        VerdictStatus.SENT_BACK, "Cite the statistics office.", editor
    )


def test_every_verdict_stays_in_history_through_send_back_reopen_and_a_new_approval(
    in_review, fact_checker, editor, other_editor
):
    propose(in_review, fact_checker)
    verdicts.verdict_send_back(review=in_review, actor=editor, reason="Add the primary source.")
    propose(in_review, fact_checker, substance="mostly_false")
    verdicts.verdict_approve(review=in_review, actor=editor)
    reviews.review_reopen(review=in_review, actor=other_editor, reason="New figures published.")
    propose(in_review, fact_checker, substance="true")
    verdicts.verdict_approve(review=in_review, actor=other_editor)
    history = review_history(in_review)
    assert [(v.number, v.substance, v.status) for v in history.verdicts] == [
        (1, "false", VerdictStatus.SENT_BACK), (2, "mostly_false", VerdictStatus.SUPERSEDED),
        (3, "true", VerdictStatus.APPROVED),
    ]
    assert [e.action for e in history.entries if e.verdict] == [
        "propose_verdict", "send_back", "propose_verdict", "approve", "propose_verdict", "approve"
    ]
    assert history.entries[-1].data["superseded_verdict_ids"] == [history.verdicts[1].id]


def test_a_cited_source_cannot_be_corrected_in_place_after_reopening(in_review, fact_checker, editor, other_editor):
    propose(in_review, fact_checker)
    verdicts.verdict_approve(review=in_review, actor=editor)
    reviews.review_reopen(review=in_review, actor=other_editor, reason="Recount.")
    cited = Verdict.objects.get().sources.get()
    with pytest.raises(TransitionNotAllowed, match="cites this source"):
        sources.source_update(source=cited, actor=fact_checker, changes={"excerpt": "edited"})


def test_a_configured_scale_replaces_the_default(settings, in_review, fact_checker):
    settings.VERDICT_SUBSTANCE_SCALE = [
        {"key": "correct", "label": "Correct", "rating_value": 5},
        {"key": "satire", "label": "Satire", "rating_value": None, "alternate_name": "Satire"},
    ]
    with pytest.raises(InvalidInput):
        propose(in_review, fact_checker, substance="false")
    propose(in_review, fact_checker, substance="satire")
    verdict = Verdict.objects.get()
    assert (verdict.substance_label, verdict.substance_value, verdict.substance_alternate_name) == (
        "Satire", None, "Satire"
    )


def test_claimreview_ratings_carry_numbers_only_on_the_numeric_part_of_the_scale():
    assert ratings.substance_rating("mostly_true").claimreview() == {
        "@type": "Rating", "alternateName": "Mostly true", "ratingValue": 4, "bestRating": 5, "worstRating": 1
    }
    assert ratings.substance_rating("misleading").claimreview() == {"@type": "Rating", "alternateName": "Misleading"}


@pytest.mark.parametrize("scale", [
    [{"label": "No key"}], [{"key": "a", "rating_value": 9}], [{"key": "a"}, {"key": "a"}], ["true"],
])
def test_a_malformed_scale_setting_is_a_configuration_error(settings, scale):
    settings.VERDICT_SUBSTANCE_SCALE = scale
    with pytest.raises(ImproperlyConfigured):
        ratings.substance_scale()


def test_audit_keeps_the_cited_sources_as_they_were_when_decided(fact_checker, editor):
    from verify.models import AuditEntry
    from verify.services import sources as source_services
    from verify.services import verdicts

    review = review_in(ReviewState.IN_REVIEW, assignee=fact_checker)
    source = source_services.source_add(review=review, actor=fact_checker, url="https://example.org/report",
                                        stance="supports", title="Report as first read", publisher="Agency")
    verdicts.verdict_propose(review=review, actor=fact_checker, substance="true", substance_rationale="Matches.",
                             summary="Accurate.", source_ids=[source.id], attribution="confirmed",
                             attribution_rationale="On the recording.")
    entry = AuditEntry.objects.get(action="propose_verdict")
    assert entry.verdict["sources"] == [source_services.source_snapshot(source)]
    assert entry.verdict["sources"][0]["title"] == "Report as first read"


def test_audit_keeps_the_claim_as_it_was_judged_and_the_chain_covers_it(in_review, fact_checker):
    from verify.services.audit import audit_chain_check

    propose(in_review, fact_checker)
    claim = in_review.claim
    judged = AuditEntry.objects.get(action="propose_verdict").verdict["claim"]
    assert judged["content"] == claim.content and judged["kind"] == claim.kind
    assert judged["content_span"] == [claim.content_start, claim.content_end]
    assert judged["speaker"]["canonical"] == claim.speaker.canonical_name
    assert judged["article"]["external_id"] == claim.article.external_id

    claim.content = "A different sentence put in later."
    claim.save(update_fields=["content"])
    entry = AuditEntry.objects.get(action="propose_verdict")
    assert entry.verdict["claim"]["content"] == judged["content"]
    assert audit_chain_check().ok
