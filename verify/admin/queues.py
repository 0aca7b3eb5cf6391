"""The review queues as the admin shows them: which a role sees, their counts and their links.

The queues themselves (which claims, in which order) are ``verify.selectors.claims_for_queue``;
this module only names them in the desk's words and decides which appear on whose front page.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse

from access.desk import DeskAccess, desk_access
from access.roles import AUDITOR, EDITOR, FACT_CHECKER
from verify import selectors
from verify.admin.paging import count_capped, count_label

QUEUE_PARAM = "queue"
WORKERS = frozenset({FACT_CHECKER, EDITOR})
READERS = WORKERS | {AUDITOR}
NEXT_UP_SIZE = 5
# A front-page card needs to say "lots", not how many: counting stops here ("1,000+").
CARD_COUNT_CAP = 1_000


@dataclass(frozen=True)
class Queue:
    key: str
    label: str
    description: str
    shown_to: frozenset[str]


QUEUES: tuple[Queue, ...] = (
    Queue("mine", "My claims", "Assigned to you and not yet published or dismissed.", WORKERS),
    Queue("to_triage", "To triage",
          "Just extracted: queue the claims worth checking, dismiss the rest; most check-worthy first.",
          WORKERS),
    Queue("unassigned", "Unassigned", "Nobody has claimed these yet; most check-worthy first.", WORKERS),
    Queue("awaiting_source", "Awaiting source", "Waiting for a source to answer or a document.", READERS),
    Queue("awaiting_my_approval", "Awaiting my approval",
          "Verdicts proposed by someone else, waiting for an editor.", frozenset({EDITOR})),
    Queue("overdue", "Overdue", "Past their due date and not yet published.", READERS),
    Queue("recently_published", "Recently published", "Verdicts published in the last 7 days.", READERS),
)
QUEUES_BY_KEY = {queue.key: queue for queue in QUEUES}


def queues_for(access: DeskAccess) -> list[Queue]:
    return [queue for queue in QUEUES if queue.shown_to & access.roles]


def queue_url(key: str) -> str:
    return f"{reverse('admin:claims_claim_changelist')}?{QUEUE_PARAM}={key}"


@dataclass(frozen=True)
class QueueCard:
    queue: Queue
    count: int
    count_text: str
    url: str


def queue_claims(request: HttpRequest, key: str) -> QuerySet:
    """The claims of queue ``key`` for the request's user; none for a queue they do not have."""
    if key not in {queue.key for queue in queues_for(desk_access(request))}:
        return selectors.claims_for_queue(user=request.user, queue="mine", filters={}).none()
    return selectors.claims_for_queue(user=request.user, queue=key, filters={})


def queue_ordering(request: HttpRequest, key: str | None) -> list[str]:
    """The order the queue's selector gives its claims, for the changelist to keep (none: [])."""
    return list(queue_claims(request, key).query.order_by) if key in QUEUES_BY_KEY else []


def landing_context(request: HttpRequest) -> dict:
    """Template context of the front page: one card per queue and the top of Unassigned."""
    access = desk_access(request)
    cards = []
    for queue in queues_for(access):
        claims = selectors.claims_for_queue(user=request.user, queue=queue.key, filters={})
        count = count_capped(claims, CARD_COUNT_CAP)
        cards.append(QueueCard(queue=queue, count=count, count_text=count_label(count, CARD_COUNT_CAP),
                               url=queue_url(queue.key)))
    next_up = []
    if access.can_act:
        unassigned = selectors.claims_for_queue(user=request.user, queue="unassigned", filters={})
        next_up = list(unassigned[:NEXT_UP_SIZE])
    return {
        "queue_cards": cards,
        "next_up": next_up,
        "unassigned_url": queue_url("unassigned"),
        "can_export": access.can_export,
        "is_reader": access.can_read,
    }
