"""What an audit entry causes outside the service: e-mails to the desk and webhooks to newsrooms.

``transition_side_effects`` runs (as a task, after commit) for each audit entry and, in one
transaction, writes the outbox rows the entry calls for plus an ``AuditEntryDispatch`` marker.
What each action sets off is declared with the action (``verify.actions``):

- ``mail``: an e-mail of that kind to the new assignee, to every editor, or to the verdict's
  proposer; never to the person who acted.
- webhooks: every state change is a ``claim.transition``; an action that ``publishes`` is also
  a ``verdict.published`` (and a ``verdict.changed`` when the claim had been published
  before); leaving ``published`` otherwise (reopen, recheck) is a ``verdict.changed``.

Entries that change no state (priority, sources) cause nothing. Webhooks go to subscriptions
whose ``source_system`` is empty or the claim's article's. The marker makes a second run a no-op,
and the outbox relay finds entries without one (their task was lost) and runs them again.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import transaction

from verify.actions import ACTIONS, ASSIGNEE, EDITORS, PROPOSER
from verify.models import AuditEntry, Review, ReviewState, Verdict
from verify.models.webhooks import AuditEntryDispatch, WebhookEvent
from verify.services import notifications, webhooks


@dataclass(frozen=True)
class Mail:
    kind: str
    recipient: object
    note: str = ""


def transition_side_effects(*, audit_entry_id: int) -> None:
    """Record (once) the e-mails and webhook deliveries an audit entry causes; they go out on commit."""
    entry = AuditEntry.objects.select_related("actor").filter(pk=audit_entry_id).first()
    if entry is None:
        return
    with transaction.atomic():
        _marker, first_time = AuditEntryDispatch.objects.get_or_create(audit_entry=entry)
        if not first_time or entry.review_id is None or entry.from_state == entry.to_state:
            return
        review = Review.objects.select_related("claim__article", "claim__speaker").filter(pk=entry.review_id).first()
        if review is None:  # the claim was deleted since; nothing to tell anyone
            return
        for mail in mails_for(entry, review):
            _mail_queue(entry, review, mail)
        for event_type, data in webhook_events_for(entry, review):
            webhooks.webhook_deliveries_create(
                event_id=f"evt_{entry.seq}_{event_type}", event_type=event_type, data=data,
                source_system=review.claim.article.source_system, occurred_at=entry.occurred_at,
            )


def _mail_queue(entry: AuditEntry, review: Review, mail: Mail) -> None:
    subject, body = notifications.message(mail.kind, claim=review.claim, actor=entry.actor, note=mail.note)
    notifications.notification_queue(
        key=f"audit:{entry.pk}:{mail.kind}:{mail.recipient.pk}", kind=mail.kind, recipient=mail.recipient,
        subject=subject, body=body,
    )


# --- E-mails ----------------------------------------------------------------------------------


def entry_verdict(entry: AuditEntry, review: Review) -> Verdict | None:
    """The verdict an entry is about: the snapshot's number if it has one, else the latest."""
    number = (entry.verdict or {}).get("number")
    verdicts = review.verdicts.select_related("proposed_by", "decided_by").order_by("-number")
    return (verdicts.filter(number=number) if number else verdicts).first()


def mails_for(entry: AuditEntry, review: Review) -> Iterator[Mail]:
    declared = ACTIONS.get(entry.action)
    mail = declared.mail if declared else None
    if mail is None:
        return
    if mail.to == ASSIGNEE:
        assignee = _user(entry.data.get("assignee"))
        if assignee is not None and assignee.pk != entry.actor_id:
            yield Mail(mail.kind, assignee)
    elif mail.to == EDITORS:
        for editor in notifications.editors(excluding=[entry.actor_id] if entry.actor_id else []):
            yield Mail(mail.kind, editor)
    elif mail.to == PROPOSER:
        verdict = entry_verdict(entry, review)
        if verdict is not None and verdict.proposed_by_id != entry.actor_id:
            yield Mail(mail.kind, verdict.proposed_by, note=entry.reason)


def _user(username: str | None):
    if not username:
        return None
    return get_user_model().objects.filter(**{get_user_model().USERNAME_FIELD: username}).first()


# --- Webhooks ---------------------------------------------------------------------------------


def webhook_events_for(entry: AuditEntry, review: Review) -> Iterator[tuple[str, dict]]:
    data = {"claim": claim_payload(review), "transition": transition_payload(entry)}
    yield WebhookEvent.CLAIM_TRANSITION, data
    declared = ACTIONS.get(entry.action)
    if declared is not None and declared.publishes:
        verdict = entry_verdict(entry, review)
        with_verdict = {**data, "verdict": verdict_payload(verdict) if verdict else None}
        yield WebhookEvent.VERDICT_PUBLISHED, with_verdict
        if _was_published_before(entry):
            yield WebhookEvent.VERDICT_CHANGED, {**with_verdict, "change": "replaced"}
    elif entry.from_state == ReviewState.PUBLISHED:
        change = "reopened" if entry.action == "reopen" else "recheck_due"
        yield WebhookEvent.VERDICT_CHANGED, {**data, "change": change, "verdict": None}


def _was_published_before(entry: AuditEntry) -> bool:
    return AuditEntry.objects.filter(claim_id=entry.claim_id, action="approve", seq__lt=entry.seq).exists()


def claim_payload(review: Review) -> dict:
    claim, article = review.claim, review.claim.article
    return {
        "id": claim.pk,
        "content": claim.content,
        "speaker": claim.speaker.canonical_name if claim.speaker_id else None,
        "state": review.state,
        "article": {
            "source_system": article.source_system, "external_id": article.external_id,
            "url": article.url, "headline": article.headline,
        },
    }


def transition_payload(entry: AuditEntry) -> dict:
    return {
        "action": entry.action, "from": entry.from_state, "to": entry.to_state,
        "at": entry.occurred_at.isoformat(), "seq": entry.seq,
    }


def verdict_payload(verdict: Verdict) -> dict:
    """The public part of a verdict: ratings, summary and cited sources (no internal notes)."""
    return {
        "number": verdict.number,
        "substance": verdict.substance,
        "substance_label": verdict.substance_label,
        "attribution": verdict.attribution or None,
        "summary": verdict.summary,
        "published_at": verdict.decided_at.isoformat() if verdict.decided_at else None,
        "recheck_on": verdict.recheck_on.isoformat() if verdict.recheck_on else None,
        "sources": [
            {"url": s.url, "title": s.title, "publisher": s.publisher}
            for s in verdict.sources.order_by("pk")
        ],
    }
