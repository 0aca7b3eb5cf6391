"""Mechanics shared by the outbox rows (webhook deliveries, e-mail notifications).

A row is written pending in the transaction that decides the side effect; its task is enqueued
on commit. Before each send the task claims the attempt with compare-and-set on
``attempt_count``, so a duplicated or re-enqueued task cannot send the same attempt twice; a
failed attempt sets ``next_attempt_at``. The relay beat job re-enqueues pending rows whose
``next_attempt_at`` passed long ago: their task was lost.
"""

import random
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db.models import Model, QuerySet
from django.utils import timezone


@dataclass(frozen=True)
class AttemptOutcome:
    """How an attempt ended: ``state`` of the row ("skipped" if not made); ``retry_in`` seconds if due again."""

    state: str
    retry_in: float | None = None


SKIPPED = AttemptOutcome("skipped")


def attempt_claim(model: type[Model], *, pk: int, attempt: int) -> bool:
    """Mark attempt number ``attempt`` as started; False when it was started already (or the row is done)."""
    claimed = model.objects.filter(pk=pk, state="pending", attempt_count=attempt - 1).update(
        attempt_count=attempt, last_attempt_at=timezone.now()
    )
    return claimed == 1


def retry_countdown(*, attempts_made: int) -> float:
    """Seconds before the next attempt: base * 2**(attempts_made - 1), capped, less up to half (jitter)."""
    base = settings.SIDE_EFFECT_RETRY_BASE_SECONDS
    delay = min(settings.SIDE_EFFECT_RETRY_MAX_SECONDS, base * 2 ** max(attempts_made - 1, 0))
    return delay * random.uniform(0.5, 1.0)


def stranded(queryset: QuerySet) -> QuerySet:
    """Pending rows of ``queryset`` that should have been attempted a while ago: their task was lost."""
    late = timezone.now() - timedelta(seconds=settings.OUTBOX_RELAY_AFTER_SECONDS)
    return queryset.filter(state="pending", next_attempt_at__lte=late)
